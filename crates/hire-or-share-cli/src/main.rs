//! The `hire-or-share` command.
//!
//! Exit status: 0 on success, 2 on bad input (with a one-line message on
//! standard error), 1 on any other failure.

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use hire_or_share::{EmployerCost, EmployerCostInput, Lang, Payer, employer_cost};
use rust_decimal::Decimal;

#[derive(Debug, Parser)]
#[command(
    name = "hire-or-share",
    version,
    about = "Hire a full-time expert or share one? French employer cost and comparisons."
)]
struct Cli {
    /// Language of messages and labels.
    #[arg(long, global = true, value_enum, default_value = "en")]
    lang: LangArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    Fr,
    En,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Annual employer cost and net salary of a full-time CDI (French rules).
    EmployerCost(EmployerCostArgs),
}

#[derive(Debug, clap::Args)]
struct EmployerCostArgs {
    /// Gross annual salary in euros (salaire brut annuel).
    #[arg(long, allow_hyphen_values = true)]
    gross_annual: Decimal,
    /// The employee is not a cadre (executive).
    #[arg(long)]
    non_cadre: bool,
    /// Company headcount (effectif).
    #[arg(long, default_value_t = 20)]
    headcount: u32,
    /// Mobility levy rate in percent (versement mobilité; Paris 3.2).
    #[arg(long, allow_hyphen_values = true, default_value = "0")]
    mobility_rate: Decimal,
    /// AT/MP rate in percent.
    #[arg(long, allow_hyphen_values = true, default_value = "2.08")]
    at_mp_rate: Decimal,
    /// Monthly health plan premium in euros (complémentaire santé).
    #[arg(long, allow_hyphen_values = true, default_value = "40")]
    health_plan: Decimal,
    /// Employer share of the health plan in percent.
    #[arg(long, allow_hyphen_values = true, default_value = "50")]
    health_plan_employer_share: Decimal,
    /// Share of apprentices in the headcount, in percent.
    #[arg(long, allow_hyphen_values = true, default_value = "0")]
    apprentice_ratio: Decimal,
    /// Date whose rules apply (YYYY-MM-DD); default: the latest rules known.
    #[arg(long)]
    date: Option<jiff::civil::Date>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match cli.lang {
        LangArg::Fr => Lang::Fr,
        LangArg::En => Lang::En,
    };
    match cli.command {
        Command::EmployerCost(args) => {
            let input = EmployerCostInput {
                gross_annual: args.gross_annual,
                cadre: !args.non_cadre,
                headcount: args.headcount,
                mobility_rate_percent: args.mobility_rate,
                at_mp_rate_percent: args.at_mp_rate,
                health_plan_monthly: args.health_plan,
                health_plan_employer_share_percent: args.health_plan_employer_share,
                apprentice_ratio_percent: args.apprentice_ratio,
                date: args.date,
            };
            match employer_cost(&input) {
                Ok(cost) => {
                    let text = match args.format {
                        Format::Json => {
                            let mut json = serde_json::to_string_pretty(&cost)
                                .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
                            json.push('\n');
                            json
                        }
                        Format::Table => table(&cost, lang),
                    };
                    // A closed pipe is not an error worth a panic.
                    let _ = std::io::stdout().write_all(text.as_bytes());
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("error: {}", err.message(lang));
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn table(cost: &EmployerCost, lang: Lang) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let (employer, employee) = match lang {
        Lang::Fr => ("Part patronale", "Part salariale"),
        Lang::En => ("Employer", "Employee"),
    };
    let _ = writeln!(
        out,
        "{:<52} {:>12} {:>9} {:>11}",
        "", "base", "rate %", "amount"
    );
    for payer in [Payer::Employer, Payer::Employee] {
        let _ = writeln!(
            out,
            "{}",
            if payer == Payer::Employer {
                employer
            } else {
                employee
            }
        );
        for line in cost.lines.iter().filter(|l| l.payer == payer) {
            let label = match lang {
                Lang::Fr => line.label_fr,
                Lang::En => line.label_en,
            };
            let _ = writeln!(
                out,
                "  {:<50} {:>12} {:>9} {:>11}",
                label,
                line.base,
                line.rate.normalize(),
                line.amount
            );
        }
    }
    let rows: [(&str, &str, Decimal); 6] = [
        (
            "Salaire brut annuel",
            "Gross annual salary",
            cost.gross_annual,
        ),
        (
            "Cotisations patronales (après réductions)",
            "Employer contributions (after reductions)",
            cost.employer_contributions,
        ),
        ("dont RGDU", "of which RGDU reduction", -cost.rgdu),
        (
            "Coût total employeur",
            "Total employer cost",
            cost.total_employer_cost,
        ),
        (
            "Cotisations salariales",
            "Employee contributions",
            cost.employee_contributions,
        ),
        (
            "Net à payer avant impôt",
            "Net before income tax",
            cost.net_before_income_tax,
        ),
    ];
    for (fr, en, value) in rows {
        let _ = writeln!(
            out,
            "{:<76} {:>11}",
            if lang == Lang::Fr { fr } else { en },
            value
        );
    }
    let rgdu = &cost.rgdu_detail;
    let _ = match lang {
        Lang::Fr => writeln!(
            out,
            "RGDU : coefficient {} ; nulle à partir de {} € brut annuel (3 × SMIC) ; \
             juste en dessous, elle vaut {} €",
            rgdu.coefficient, rgdu.threshold_annual, rgdu.cliff_amount
        ),
        Lang::En => writeln!(
            out,
            "RGDU: coefficient {}; nil from {} € gross a year (3 × SMIC); \
             just below, it is worth {} €",
            rgdu.coefficient, rgdu.threshold_annual, rgdu.cliff_amount
        ),
    };
    let _ = writeln!(
        out,
        "{} {} ({} – {})",
        if lang == Lang::Fr { "Règles" } else { "Rules" },
        cost.period.name,
        cost.period.start,
        cost.period.end
    );
    out
}

//! `employer-cost`: its flags, read as the core reads each field of the
//! payroll input (`EmployerCostInput::set`: `1e5` refused, money to the
//! cent at most), and the command run.

use hire_or_share::{EmployerCostInput, Lang, employer_cost};

use crate::failure::Failure;
use crate::format::Format;
use crate::json::json;
use crate::notice::warn;
use crate::{employer_cost as render, today};

#[derive(Debug, clap::Args)]
pub struct EmployerCostArgs {
    /// Gross annual salary in euros (salaire brut annuel).
    #[arg(long, allow_hyphen_values = true)]
    gross_annual: String,
    /// The employee is not a cadre (executive).
    #[arg(long)]
    non_cadre: bool,
    /// Company headcount (effectif).
    #[arg(long, allow_hyphen_values = true, default_value = "20")]
    headcount: String,
    /// Mobility levy rate in percent (versement mobilité; Paris 3.2).
    #[arg(
        long,
        visible_alias = "mobility-rate-percent",
        allow_hyphen_values = true,
        default_value = "0"
    )]
    mobility_rate: String,
    /// AT/MP rate in percent.
    #[arg(
        long,
        visible_alias = "at-mp-rate-percent",
        allow_hyphen_values = true,
        default_value = "2.08"
    )]
    at_mp_rate: String,
    /// The employer asks for the AT/MP support-function rate (0.64 % in
    /// 2026, below 20 employees) for this administrative support job.
    #[arg(long)]
    at_mp_support_function: bool,
    /// The employer pays the taxe sur les salaires (not liable to VAT).
    #[arg(long)]
    salary_tax: bool,
    /// With --salary-tax: the part of the non-profit bodies' allowance
    /// (CGI art. 1679 A; 24,256 € in 2026) the tax on the other staff's pay
    /// leaves unused, euros a year.
    #[arg(long, allow_hyphen_values = true, default_value = "0")]
    salary_tax_allowance: String,
    /// Monthly health plan premium in euros (complémentaire santé).
    #[arg(
        long,
        visible_alias = "health-plan-monthly",
        allow_hyphen_values = true,
        default_value = "40"
    )]
    health_plan: String,
    /// Employer share of the health plan in percent.
    #[arg(
        long,
        visible_alias = "health-plan-employer-share-percent",
        allow_hyphen_values = true,
        default_value = "50"
    )]
    health_plan_employer_share: String,
    /// Share of apprentices in the headcount, in percent.
    #[arg(
        long,
        visible_alias = "apprentice-ratio-percent",
        allow_hyphen_values = true,
        default_value = "0"
    )]
    apprentice_ratio: String,
    /// Date whose rules apply (YYYY-MM-DD); default: today's (past the last
    /// known period, the last one, with a notice on standard error).
    #[arg(long, allow_hyphen_values = true)]
    date: Option<String>,
    /// Output format (table or json).
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

/// Runs `employer-cost`.
///
/// # Errors
///
/// A [`Failure`] naming the flag whose value does not read, or the field
/// out of its range.
pub fn run(args: &EmployerCostArgs, lang: Lang) -> Result<String, Failure> {
    let mut input = EmployerCostInput {
        cadre: !args.non_cadre,
        at_mp_support_function: args.at_mp_support_function,
        salary_tax: args.salary_tax,
        ..EmployerCostInput::default()
    };
    let texts = [
        ("gross-annual", "grossAnnual", &args.gross_annual),
        ("headcount", "headcount", &args.headcount),
        ("mobility-rate", "mobilityRatePercent", &args.mobility_rate),
        ("at-mp-rate", "atMpRatePercent", &args.at_mp_rate),
        (
            "salary-tax-allowance",
            "salaryTaxAllowance",
            &args.salary_tax_allowance,
        ),
        ("health-plan", "healthPlanMonthly", &args.health_plan),
        (
            "health-plan-employer-share",
            "healthPlanEmployerSharePercent",
            &args.health_plan_employer_share,
        ),
        (
            "apprentice-ratio",
            "apprenticeRatioPercent",
            &args.apprentice_ratio,
        ),
    ];
    let dated = args.date.as_ref().map(|date| ("date", "date", date));
    for (flag, field, text) in texts.into_iter().chain(dated) {
        set(&mut input, field, text)
            .map_err(|e: hire_or_share::Error| Failure::flag(flag, &e, lang))?;
    }
    if input.date.is_none() {
        let (date, notice) = hire_or_share::rules::date_in_force(today::checked()?);
        input.date = Some(date);
        warn(notice.as_ref(), lang);
    }
    let cost = employer_cost(&input).map_err(|e| Failure::core(&e, lang))?;
    Ok(match args.format {
        Format::Json => json(&cost)?,
        Format::Table => render::table(&cost, lang),
        Format::Markdown => render::markdown(&cost, lang),
    })
}

/// Sets `field` from `text` as the core reads it, an amount of money (as
/// the scenario's field of the same name is) to the cent at most.
fn set(
    input: &mut EmployerCostInput,
    field: &'static str,
    text: &str,
) -> Result<(), hire_or_share::Error> {
    // Its range, and an amount to the cent, are the core's to check.
    input.set(field, text)
}

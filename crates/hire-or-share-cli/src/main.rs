//! The `hire-or-share` command.
//!
//! ```text
//! hire-or-share compare --preset daf --days-per-week 1
//! hire-or-share compare --scenario examples/drh-paris.json --format json
//! hire-or-share compare --preset daf --need 6x2,18x0.5 --exit-when-need-ends
//! hire-or-share employer-cost --gross-annual 55000 --headcount 50
//! hire-or-share presets
//! hire-or-share schema scenario
//! ```
//!
//! Exit status: 0 on success, 2 on bad input (with a one-line message on
//! standard error naming the field and the allowed range), 1 on any other
//! failure (an unreadable file, a closed output).

mod bundle;
mod chart;
mod employer_cost;
mod profile;
mod render;
mod text;
mod today;

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use hire_or_share::{EmployerCostInput, Lang, Role, Scenario, compare, employer_cost};
use rust_decimal::Decimal;
use serde_json::{Map, Value};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare a full-time hire, a part-time hire and shared time.
    Compare(CompareArgs),
    /// Annual employer cost and net salary of a full-time CDI (French rules).
    EmployerCost(EmployerCostArgs),
    /// The role presets, with their salary and day rate and sources.
    Presets {
        /// Output format (table or json).
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// A self-contained section for a proposal: tables, an SVG chart, sources.
    Report(ReportArgs),
    /// Print the JSON Schema of a scenario or of a comparison result.
    Schema {
        /// Which schema.
        #[arg(value_enum)]
        which: SchemaKind,
    },
}

#[derive(Debug, clap::Args)]
struct ReportArgs {
    #[command(flatten)]
    scenario: ScenarioArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "html")]
    format: ReportFormat,
    /// The address of the calculator's page (`https://example.fr/calculateur`):
    /// the report links to its figures there, pinned to their rules and
    /// defaults. Without it, the report gives the link's query to append.
    #[arg(long)]
    link_base: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Markdown,
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SchemaKind {
    Scenario,
    Result,
}

#[derive(Debug, clap::Args)]
struct CompareArgs {
    #[command(flatten)]
    scenario: ScenarioArgs,
    /// A bundle of roles in JSON (`-` for standard input):
    /// `{ "scenarios": [ { "role": "daf", "daysPerWeek": "1" }, … ], "generalistGrossAnnual": "95000" }`.
    #[arg(long, conflicts_with = "scenario")]
    bundle: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

/// The scenario: a file, then flags on top of it.
#[derive(Debug, clap::Args)]
struct ScenarioArgs {
    /// A scenario file in JSON (`-` for standard input); flags override it.
    #[arg(long)]
    scenario: Option<String>,
    /// Role preset: daf, dsi, drh or marketing.
    #[arg(long, visible_alias = "role")]
    preset: Option<String>,
    /// Gross annual salary of a full-time recruit, euros.
    #[arg(long, allow_hyphen_values = true)]
    gross_annual: Option<Decimal>,
    /// Shared-time day rate, euros excluding VAT.
    #[arg(long, allow_hyphen_values = true)]
    day_rate: Option<Decimal>,
    /// Days a week of expert work needed (0.5 to 5).
    #[arg(long, allow_hyphen_values = true)]
    days_per_week: Option<Decimal>,
    /// Weeks a year of shared time (1 to 52).
    #[arg(long, allow_hyphen_values = true)]
    weeks_per_year: Option<Decimal>,
    /// Company headcount: the social-security headcount (CSS L130-1), the
    /// yearly average; a threshold crossed counts after five consecutive years.
    #[arg(long, allow_hyphen_values = true)]
    headcount: Option<i64>,
    /// The version of the defaults the scenario starts from (`2026-11`,
    /// `2026-12`); default: the current one.
    #[arg(long)]
    defaults: Option<String>,
    /// Where the company is: paris, ile-de-france, large-city or elsewhere.
    /// Sets the mobility levy, the transport pass and the office cost.
    #[arg(long)]
    location: Option<String>,
    /// The recruit would not be a cadre.
    #[arg(long)]
    non_cadre: bool,
    /// Whether the company recovers VAT (true or false); if not, shared
    /// time costs its day rate plus 20 % and the recruit's pay bears the
    /// taxe sur les salaires.
    #[arg(long, value_name = "BOOL")]
    vat_recoverable: Option<bool>,
    /// Whether the employer pays the taxe sur les salaires on the recruit's
    /// pay (true or false); default: exactly when VAT is not recoverable.
    #[arg(long, value_name = "BOOL")]
    salary_tax: Option<bool>,
    /// Whether the employer asks for the AT/MP support-function rate (true
    /// or false; 0.64 % in 2026, below 20 employees); default: the role's.
    #[arg(long, value_name = "BOOL")]
    at_mp_support_function: Option<bool>,
    /// Whether to count the recruit's exit at the end of the tenure (true or
    /// false): the legal severance, amortized.
    #[arg(long, value_name = "BOOL")]
    include_exit_cost: Option<bool>,
    /// Whether that exit is a rupture conventionnelle (true or false): the
    /// severance plus the employer's 40 % levy on it (CSS L137-12).
    #[arg(long, value_name = "BOOL")]
    rupture_conventionnelle: Option<bool>,
    /// Whether the recruitment firm replaces a hire that fails in the trial
    /// period free of fee (true or false): the fee once, the failed trials'
    /// running costs and a second vacancy instead.
    #[arg(long, value_name = "BOOL")]
    recruitment_guarantee: Option<bool>,
    /// A need that changes over time: periods of months x days a week,
    /// `6x2,18x0.5` (6 months at 2 days, then 18 at half a day).
    #[arg(long, allow_hyphen_values = true)]
    need: Option<String>,
    /// With `--need` ending in months of no need: the recruit is dismissed
    /// when the need ends (notice and legal severance).
    #[arg(long)]
    exit_when_need_ends: bool,
    /// Date whose rules apply (YYYY-MM-DD); default: today's (past the last
    /// known period, the last one, with a notice on standard error).
    #[arg(long, allow_hyphen_values = true)]
    date: Option<String>,
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
    #[arg(long, allow_hyphen_values = true, default_value_t = 20)]
    headcount: i64,
    /// Mobility levy rate in percent (versement mobilité; Paris 3.2).
    #[arg(long, allow_hyphen_values = true, default_value = "0")]
    mobility_rate: Decimal,
    /// AT/MP rate in percent.
    #[arg(long, allow_hyphen_values = true, default_value = "2.08")]
    at_mp_rate: Decimal,
    /// The employer asks for the AT/MP support-function rate (0.64 % in
    /// 2026, below 20 employees) for this administrative support job.
    #[arg(long)]
    at_mp_support_function: bool,
    /// The employer pays the taxe sur les salaires (not liable to VAT).
    #[arg(long)]
    salary_tax: bool,
    /// Monthly health plan premium in euros (complémentaire santé).
    #[arg(long, allow_hyphen_values = true, default_value = "40")]
    health_plan: Decimal,
    /// Employer share of the health plan in percent.
    #[arg(long, allow_hyphen_values = true, default_value = "50")]
    health_plan_employer_share: Decimal,
    /// Share of apprentices in the headcount, in percent.
    #[arg(long, allow_hyphen_values = true, default_value = "0")]
    apprentice_ratio: Decimal,
    /// Date whose rules apply (YYYY-MM-DD); default: today's (past the last
    /// known period, the last one, with a notice on standard error).
    #[arg(long)]
    date: Option<hire_or_share::Date>,
    /// Output format (table or json).
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

/// Why the command failed, and how it exits.
enum Failure {
    /// Bad input: exit 2.
    Input(String),
    /// Anything else: exit 1.
    Other(String),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            use clap::error::ErrorKind;
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) {
                let _ = err.print();
                return ExitCode::SUCCESS;
            }
            // One line: clap's first line names the flag and the problem.
            let text = err.to_string();
            let line = text.lines().next().unwrap_or("error: invalid arguments");
            eprintln!("{line}");
            return ExitCode::from(2);
        }
    };
    let lang = match cli.lang {
        LangArg::Fr => Lang::Fr,
        LangArg::En => Lang::En,
    };
    let result = match cli.command {
        Command::Compare(args) => run_compare(&args, lang),
        Command::EmployerCost(args) => run_employer_cost(&args, lang),
        Command::Report(args) => run_report(&args, lang),
        Command::Presets { format } => Ok(employer_cost::presets(format == Format::Json, lang)),
        Command::Schema { which } => Ok(match which {
            SchemaKind::Scenario => include_str!("../../../schemas/scenario.schema.json"),
            SchemaKind::Result => include_str!("../../../schemas/comparison.schema.json"),
        }
        .to_owned()),
    };
    match result {
        Ok(text) => {
            if std::io::stdout().write_all(text.as_bytes()).is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(Failure::Input(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Other(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn run_employer_cost(args: &EmployerCostArgs, lang: Lang) -> Result<String, Failure> {
    let mut input = EmployerCostInput {
        gross_annual: args.gross_annual,
        cadre: !args.non_cadre,
        headcount: headcount(args.headcount, lang)?,
        mobility_rate_percent: args.mobility_rate,
        at_mp_rate_percent: args.at_mp_rate,
        at_mp_support_function: args.at_mp_support_function,
        salary_tax: args.salary_tax,
        health_plan_monthly: args.health_plan,
        health_plan_employer_share_percent: args.health_plan_employer_share,
        apprentice_ratio_percent: args.apprentice_ratio,
        work_time_percent: Decimal::ONE_HUNDRED,
        date: args.date,
    };
    if input.date.is_none() {
        let (date, notice) = hire_or_share::rules::date_in_force(today()?);
        input.date = Some(date);
        warn(notice.as_ref(), lang);
    }
    let cost = employer_cost(&input).map_err(|e| Failure::Input(e.message(lang)))?;
    Ok(match args.format {
        Format::Json => json(&cost)?,
        Format::Table => employer_cost::table(&cost, lang),
        Format::Markdown => employer_cost::markdown(&cost, lang),
    })
}

/// `--headcount`, read as any whole number (`-3` too, so that the error
/// is the field's range, not clap's "unexpected argument").
fn headcount(count: i64, lang: Lang) -> Result<u32, Failure> {
    u32::try_from(count).map_err(|_| {
        let err = hire_or_share::Error::out_of_range(
            "headcount",
            Decimal::from(count),
            Decimal::ONE,
            Decimal::from(hire_or_share::payroll::MAX_HEADCOUNT),
            hire_or_share::Unit::Count,
        );
        Failure::Input(err.message(lang))
    })
}

/// Reads the scenario: the file if any, then the flags on top.
fn scenario_from(args: &ScenarioArgs, lang: Lang) -> Result<Scenario, Failure> {
    let mut object = match &args.scenario {
        None => Map::new(),
        Some(path) => {
            let text = read_input(path)?;
            match serde_json::from_str::<Value>(&text) {
                Ok(Value::Object(map)) => map,
                Ok(_) => {
                    return Err(Failure::Input(input_error(
                        "the scenario must be a JSON object",
                        lang,
                    )));
                }
                Err(e) => return Err(Failure::Input(input_error(&e.to_string(), lang))),
            }
        }
    };
    if let Some(preset) = &args.preset {
        let role = Role::from_key(preset).ok_or_else(|| {
            Failure::Input(match lang {
                Lang::Fr => format!(
                    "métier (preset)\u{a0}: « {preset} » inconnu\u{a0}; choix\u{a0}: daf, dsi, drh, marketing"
                ),
                Lang::En => format!(
                    "role (preset): unknown \"{preset}\"; choose daf, dsi, drh or marketing"
                ),
            })
        })?;
        object.insert("role".into(), Value::String(role.key().into()));
    }
    let decimals = [
        ("grossAnnual", args.gross_annual),
        ("dayRate", args.day_rate),
        ("daysPerWeek", args.days_per_week),
        ("weeksPerYear", args.weeks_per_year),
    ];
    for (key, value) in decimals {
        if let Some(value) = value {
            object.insert(key.into(), Value::String(value.to_string()));
        }
    }
    if let Some(count) = args.headcount {
        object.insert("headcount".into(), Value::from(headcount(count, lang)?));
    }
    if args.non_cadre {
        object.insert("cadre".into(), Value::Bool(false));
    }
    let switches = [
        ("vatRecoverable", args.vat_recoverable),
        ("salaryTax", args.salary_tax),
        ("atMpSupportFunction", args.at_mp_support_function),
        ("includeExitCost", args.include_exit_cost),
        ("ruptureConventionnelle", args.rupture_conventionnelle),
        ("recruitmentGuarantee", args.recruitment_guarantee),
    ];
    for (key, value) in switches {
        if let Some(value) = value {
            object.insert(key.into(), Value::Bool(value));
        }
    }
    // Fields given as text, read as a form's or a link's are (a need
    // profile's text form `6x2,18x0.5` in the file too): after the rest, so
    // that their errors are the core's, in the language asked for.
    let mut texts = Vec::new();
    if let Some(Value::String(text)) = object.get("needProfile") {
        texts.push(("needProfile", text.clone()));
        object.remove("needProfile");
    }
    if let Some(need) = &args.need {
        texts.push(("needProfile", need.clone()));
    }
    if let Some(date) = &args.date {
        texts.push(("date", date.clone()));
    }
    if let Some(version) = &args.defaults {
        object.insert("defaults".into(), Value::String(version.clone()));
    }
    // The zone sets its values; a file's own values of those fields win.
    if let Some(text) = &args.location {
        let location: hire_or_share::Location = text
            .parse()
            .map_err(|e: hire_or_share::Error| Failure::Input(e.message(lang)))?;
        object.insert("location".into(), Value::String(location.key().into()));
    }
    let mut scenario = scenario_from_object(&object, lang)?;
    for (field, text) in texts {
        scenario
            .set(field, &text)
            .map_err(|e| Failure::Input(e.message(lang)))?;
    }
    if args.exit_when_need_ends {
        scenario.exit_when_need_ends = true;
    }
    // No date: today's rules, or the last known with a notice.
    let (scenario, notice) = scenario.on(today()?);
    warn(notice.as_ref(), lang);
    Ok(scenario)
}

/// Today's date (`today::today`), a bad `HIRE_OR_SHARE_TODAY` being bad input.
fn today() -> Result<hire_or_share::Date, Failure> {
    today::today().map_err(Failure::Input)
}

/// A notice about the rules used, on standard error: the output stays the
/// result alone.
fn warn(notice: Option<&hire_or_share::Notice>, lang: Lang) {
    if let Some(n) = notice {
        warn_text(text::t(lang, n.fr, n.en), lang);
    }
}

fn warn_text(text: &str, lang: Lang) {
    eprintln!("{}: {text}", text::t(lang, "avertissement", "warning"));
}

/// A scenario from its JSON object, the role's preset filling the rest.
fn scenario_from_object(object: &Map<String, Value>, lang: Lang) -> Result<Scenario, Failure> {
    serde_json::from_value(Value::Object(object.clone())).map_err(|e| {
        // Name the field at fault: the first one refused on its own.
        let field = object.iter().find_map(|(key, v)| {
            let alone = Value::Object([(key.clone(), v.clone())].into_iter().collect());
            serde_json::from_value::<Scenario>(alone)
                .is_err()
                .then_some(key)
        });
        Failure::Input(match field {
            Some(field) => input_error(&format!("{field}: {e}"), lang),
            None => input_error(&e.to_string(), lang),
        })
    })
}

fn input_error(detail: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("scénario invalide\u{a0}: {detail}"),
        Lang::En => format!("invalid scenario: {detail}"),
    }
}

fn read_input(path: &str) -> Result<String, Failure> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::Other(format!("cannot read standard input: {e}")))?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| Failure::Other(format!("cannot read {path}: {e}")))
    }
}

fn run_bundle(path: &str, format: Format, lang: Lang) -> Result<String, Failure> {
    let text = read_input(path)?;
    let bundle: hire_or_share::Bundle = serde_json::from_str(&text)
        .map_err(|e| Failure::Input(input_error(&e.to_string(), lang)))?;
    let result =
        hire_or_share::compare_bundle(&bundle).map_err(|e| Failure::Input(e.message(lang)))?;
    Ok(match format {
        Format::Json => json(&result)?,
        Format::Table | Format::Markdown => {
            bundle::bundle(&result, lang, format == Format::Markdown)
        }
    })
}

fn run_report(args: &ReportArgs, lang: Lang) -> Result<String, Failure> {
    let scenario = scenario_from(&args.scenario, lang)?;
    let result = compare(&scenario).map_err(|e| Failure::Input(e.message(lang)))?;
    let today = today()?;
    // A proposal's link pins its rules and defaults, so that it opens later
    // on the same figures.
    let query = scenario.to_pinned_query(today);
    let link = match &args.link_base {
        Some(base) => [base.as_str(), "?", &query].concat(),
        None => ["?", &query].concat(),
    };
    let note = todays_note(&result, today, lang)?;
    let report = render::Report {
        r: &result,
        link: &link,
        linked: args.link_base.is_some(),
        note: note.as_deref(),
    };
    Ok(match args.format {
        ReportFormat::Markdown => render::report_markdown(&report, lang),
        ReportFormat::Html => render::report_html(&report, lang),
    })
}

/// Under a result whose rules or defaults are no longer today's (a pinned
/// scenario), what it was computed with and today's figures.
fn todays_note(
    r: &hire_or_share::Comparison,
    today: hire_or_share::Date,
    lang: Lang,
) -> Result<Option<String>, Failure> {
    let Some(updated) = r.scenario.updated(today) else {
        return Ok(None);
    };
    let todays = compare(&updated.on(today).0).map_err(|e| Failure::Input(e.message(lang)))?;
    Ok(Some(hire_or_share::share::pinned_note(r, &todays, lang)))
}

fn run_compare(args: &CompareArgs, lang: Lang) -> Result<String, Failure> {
    if let Some(path) = &args.bundle {
        return run_bundle(path, args.format, lang);
    }
    let scenario = scenario_from(&args.scenario, lang)?;
    let result = compare(&scenario).map_err(|e| Failure::Input(e.message(lang)))?;
    let note = todays_note(&result, today()?, lang)?;
    let mut out = match args.format {
        Format::Json => json(&ComparisonJson {
            comparison: &result,
            answer: hire_or_share::Answer::new(&result, lang),
        })?,
        Format::Table => render::comparison_table(&result, lang),
        Format::Markdown => render::comparison_markdown(&result, lang),
    };
    // The figures asked for stay the output; today's are said beside them.
    match (note, args.format) {
        (Some(note), Format::Json) => warn_text(&note, lang),
        (Some(note), _) => {
            out.push('\n');
            out.push_str(&note);
            out.push('\n');
        }
        (None, _) => {}
    }
    Ok(out)
}

/// `compare --format json`: the comparison's keys as they are, and the
/// answer at the top (`answer`, in the language asked for) beside them.
#[derive(serde::Serialize)]
struct ComparisonJson<'a> {
    #[serde(flatten)]
    comparison: &'a hire_or_share::Comparison,
    answer: hire_or_share::Answer,
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|e| Failure::Other(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

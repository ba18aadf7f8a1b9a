//! The `hire-or-share` command.
//!
//! ```text
//! hire-or-share compare --preset daf --days-per-week 1
//! hire-or-share compare --scenario examples/drh-paris.json --format json
//! hire-or-share compare --preset daf --need 6x2,18x0.5 --exit-when-need-ends
//! hire-or-share compare --preset daf --option freelance --option shared-time:950x2
//! hire-or-share employer-cost --gross-annual 55000 --headcount 50
//! hire-or-share presets
//! hire-or-share schema scenario
//! ```
//!
//! `compare` and `report` have a flag for every field of the scenario
//! (`schema scenario`), its JSON name in kebab-case
//! (`mobilityRatePercent`: `--mobility-rate-percent`), applied in the order
//! given after the preset and the scenario file. Numbers are read as the
//! core and the JavaScript API read them (`1e5` and `1_000` refused), money
//! to the cent at most.
//!
//! Exit status: 0 on success, 2 on bad input (with a one-line message on
//! standard error naming the field and the allowed range), 1 on any other
//! failure (an unreadable file, a closed output). Under `--format json`,
//! `compare` and `employer-cost` write a failure on standard output instead,
//! as `{ "error": { "field", "label", "message" } }`, with the same status.

mod breakdown;
mod bundle;
mod chart;
mod employer_cost;
mod employer_cost_args;
mod failure;
mod field_flags;
mod fields;
mod format;
mod json;
mod notice;
mod option_flags;
mod option_table;
mod profile;
mod render;
mod scenario_args;
mod text;
mod today;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use hire_or_share::{Lang, compare};

use crate::employer_cost_args::EmployerCostArgs;
use crate::failure::Failure;
use crate::format::Format;
use crate::json::{ComparisonJson, json, todays};
use crate::notice::warn_text;
use crate::scenario_args::{ScenarioArgs, input_error, read_input, scenario_from};

/// How `compare` and `employer-cost` fail under `--format json`.
const JSON_ERRORS: &str = "Under --format json, a failure is written on standard output as \
    { \"error\": { \"field\", \"label\", \"message\" } } (the field's JSON name, its label, \
    and the message naming the range), with the same exit status: 2 for bad input, 1 otherwise.";

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

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare a full-time hire, a part-time hire and shared time, and other
    /// options with `--option` (freelance, portage, interim manager…).
    #[command(after_help = JSON_ERRORS)]
    Compare(CompareArgs),
    /// Annual employer cost and net salary of a full-time CDI (French rules).
    #[command(after_help = JSON_ERRORS)]
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
    /// Output format. As JSON: the comparison, its `answer`, and the
    /// `notices` and `today`'s figures when there are any, as the
    /// JavaScript API's `compare` gives them.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return command_line_error(&err),
    };
    let lang = match cli.lang {
        LangArg::Fr => Lang::Fr,
        LangArg::En => Lang::En,
    };
    let json_errors = match &cli.command {
        Command::Compare(args) => args.format == Format::Json,
        Command::EmployerCost(args) => args.format == Format::Json,
        _ => false,
    };
    let result = match cli.command {
        Command::Compare(args) => run_compare(&args, lang),
        Command::EmployerCost(args) => employer_cost_args::run(&args, lang),
        Command::Report(args) => run_report(&args, lang),
        Command::Presets { format } => Ok(employer_cost::presets(format == Format::Json, lang)),
        Command::Schema { which } => Ok(match which {
            SchemaKind::Scenario => include_str!("../../../schemas/scenario.schema.json"),
            SchemaKind::Result => include_str!("../../../schemas/comparison.schema.json"),
        }
        .to_owned()),
    };
    match result {
        Ok(text) => write_out(&text),
        Err(failure) => {
            if json_errors {
                write_out(&failure.json(lang));
            } else {
                eprintln!("{}", failure.line());
            }
            ExitCode::from(failure.exit_code())
        }
    }
}

/// Writes `text` on standard output: exit 0, or 1 if it is closed.
fn write_out(text: &str) -> ExitCode {
    if std::io::stdout().write_all(text.as_bytes()).is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// A command line clap refuses: help and version are shown (exit 0);
/// anything else is bad input (exit 2), clap's first line, which names the
/// flag and the problem, on standard error, or as JSON on standard output
/// when `compare` or `employer-cost` was asked for `--format json`.
fn command_line_error(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    let text = err.to_string();
    let line = text.lines().next().unwrap_or("error: invalid arguments");
    let args: Vec<String> = std::env::args().skip(1).collect();
    if json_asked(&args) {
        let message = line.strip_prefix("error: ").unwrap_or(line).to_owned();
        let _ = write_out(&Failure::input("input", message).json(json_lang(&args)));
    } else {
        eprintln!("{line}");
    }
    ExitCode::from(2)
}

/// Whether a command line that clap refused asks `compare` or
/// `employer-cost` for `--format json`.
fn json_asked(args: &[String]) -> bool {
    let command = args.iter().any(|a| a == "compare" || a == "employer-cost");
    let json = args.iter().enumerate().any(|(i, a)| {
        a == "--format=json" || (a == "--format" && args.get(i + 1).is_some_and(|v| v == "json"))
    });
    command && json
}

/// The language of a command line that clap refused (`--lang fr`).
fn json_lang(args: &[String]) -> Lang {
    let fr = args.iter().enumerate().any(|(i, a)| {
        a == "--lang=fr" || (a == "--lang" && args.get(i + 1).is_some_and(|v| v == "fr"))
    });
    if fr { Lang::Fr } else { Lang::En }
}

fn run_bundle(path: &str, format: Format, lang: Lang) -> Result<String, Failure> {
    let text = read_input(path)?;
    let bundle: hire_or_share::Bundle = serde_json::from_str(&text)
        .map_err(|e| Failure::input("input", input_error(&e.to_string(), lang)))?;
    let result = hire_or_share::compare_bundle(&bundle).map_err(|e| Failure::core(&e, lang))?;
    Ok(match format {
        Format::Json => json(&result)?,
        Format::Table | Format::Markdown => {
            bundle::bundle(&result, lang, format == Format::Markdown)
        }
    })
}

fn run_report(args: &ReportArgs, lang: Lang) -> Result<String, Failure> {
    let (scenario, _) = scenario_from(&args.scenario, lang)?;
    let result = compare(&scenario).map_err(|e| Failure::core(&e, lang))?;
    let today = today::checked()?;
    // A proposal's link pins its rules and defaults, so that it opens later
    // on the same figures.
    let query = scenario.to_pinned_query(today);
    let link = match &args.link_base {
        Some(base) => [base.as_str(), "?", &query].concat(),
        None => ["?", &query].concat(),
    };
    let note = todays(&result, today, lang)?.map(|t| t.note);
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

fn run_compare(args: &CompareArgs, lang: Lang) -> Result<String, Failure> {
    if let Some(path) = &args.bundle {
        return run_bundle(path, args.format, lang);
    }
    let (scenario, notice) = scenario_from(&args.scenario, lang)?;
    let result = compare(&scenario).map_err(|e| Failure::core(&e, lang))?;
    let today = todays(&result, today::checked()?, lang)?;
    let note = today.as_ref().map(|t| t.note.clone());
    let mut out = match args.format {
        Format::Json => json(&ComparisonJson {
            comparison: &result,
            answer: hire_or_share::Answer::new(&result, lang),
            notices: notice.as_slice(),
            today,
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

//! Every field of the scenario on the command line (issue #26): a flag for
//! each, numbers read as the core reads them, failures as JSON under
//! `--format json`, the notices in the JSON result, amounts to the cent.

use std::process::Output;

use hire_or_share::{Lang, Scenario};
use rust_decimal::Decimal;

mod common;
use common::{run_on, stderr, stdout};

/// Today's date for every run: no test depends on the real clock.
const TODAY: &str = "2026-07-01";

fn run(args: &[&str]) -> Output {
    run_on(TODAY, args)
}

fn json_of(out: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

/// `mobilityRatePercent` → `mobility-rate-percent`.
fn kebab(json: &str) -> String {
    json.chars()
        .flat_map(|c| {
            if c.is_ascii_uppercase() {
                vec!['-', c.to_ascii_lowercase()]
            } else {
                vec![c]
            }
        })
        .collect()
}

/// The flags of a `--help`, as written in it (aliases included).
fn flags_in_help(help: &str) -> Vec<String> {
    help.split(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']'))
        .filter(|word| word.starts_with("--") && word.len() > 2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_field_of_the_scenario_has_a_flag_once() {
    for command in ["compare", "report"] {
        let out = run(&[command, "--help"]);
        assert!(out.status.success());
        let help = stdout(&out);
        let flags = flags_in_help(&help);
        for field in Scenario::FIELDS {
            let flag = format!("--{}", kebab(field));
            assert!(flags.contains(&flag), "{command}: no {flag} for {field}");
        }
        // Each option is listed once (its own line), under one name.
        let mut lines: Vec<&str> = help
            .lines()
            .map(str::trim_start)
            .filter(|l| l.starts_with("--"))
            .map(|l| l.split(' ').next().unwrap_or(l))
            .collect();
        let count = lines.len();
        lines.sort_unstable();
        lines.dedup();
        assert_eq!(lines.len(), count, "{command}: a flag twice in {help}");
        // The friendly names of before stay.
        for flag in ["--preset", "--role", "--need", "--non-cadre", "--scenario"] {
            assert!(flags.contains(&flag.to_owned()), "{command}: {flag}");
        }
    }
    // The help gives the core's label and the range.
    let help = stdout(&run(&["compare", "--help"]));
    assert!(
        help.contains("--mobility-rate-percent <PERCENT>\n          Mobility levy rate: 0 to 10 %"),
        "{help}"
    );
}

/// The mobility levy line of the full-time hire and its annual cost.
fn mobility(extra: &[&str]) -> (serde_json::Value, Decimal) {
    let mut args = vec![
        "compare",
        "--preset",
        "daf",
        "--defaults",
        "2026-12b",
        "--gross-annual",
        "90000",
        "--headcount",
        "50",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let json = json_of(&out);
    let hire = &json["fullTimeHire"];
    let line = hire["employerCost"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "versement_mobilite")
        .cloned()
        .unwrap();
    (line, hire["annualCost"].as_str().unwrap().parse().unwrap())
}

#[test]
fn the_mobility_rate_flag_sets_the_levy_to_the_cent() {
    let (paris, paris_cost) = mobility(&[]);
    assert_eq!(paris["rate"], "3.20");
    assert_eq!(paris["amount"], "2880.00");
    let (line, cost) = mobility(&["--mobility-rate-percent", "2.95"]);
    assert_eq!(line["rate"], "2.95");
    assert_eq!(line["amount"], "2655.00"); // 2.95 % × 90 000 €
    assert_eq!(paris_cost - cost, Decimal::from(225));
    // After the zone, whatever their order: the field given wins.
    let (line, _) = mobility(&["--location", "paris", "--mobility-rate-percent", "2.95"]);
    assert_eq!(line["amount"], "2655.00");
    // So does every field that had no flag before.
    let out = run(&[
        "compare",
        "--at-mp-rate-percent",
        "1.5",
        "--meal-voucher-employer-share",
        "6",
        "--horizon-years",
        "3",
        "--vat-recoverable",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let scenario = &json_of(&out)["scenario"];
    assert_eq!(scenario["atMpRatePercent"], "1.5");
    assert_eq!(scenario["mealVoucherEmployerShare"], "6");
    assert_eq!(scenario["horizonYears"], 3);
    assert_eq!(scenario["vatRecoverable"], true);
}

/// The core's message for `text` in `field`, as the JavaScript API gives it.
fn core_message(field: &str, text: &str, lang: Lang) -> String {
    Scenario::from_fields([(field, text)])
        .unwrap_err()
        .message(lang)
}

#[test]
fn numbers_are_read_as_the_core_reads_them() {
    for text in [
        "1e5", "8.5E4", "1_000", "1,5", "1 000", "0x10", "NaN", "inf", "",
    ] {
        let out = run(&["compare", "--gross-annual", text]);
        assert_eq!(out.status.code(), Some(2), "{text:?}");
        let message = core_message("grossAnnual", text, Lang::En);
        assert!(message.contains("(grossAnnual)"), "{message}");
        assert_eq!(
            stderr(&out),
            format!("error: --gross-annual: {message}\n"),
            "{text:?}"
        );
        assert!(stdout(&out).is_empty());
        // The same for the payroll alone.
        let out = run(&["employer-cost", "--gross-annual", text]);
        assert_eq!(out.status.code(), Some(2), "{text:?}");
        assert!(stderr(&out).contains(&message), "{}", stderr(&out));
    }
    let out = run(&["--lang", "fr", "compare", "--gross-annual", "1e5"]);
    assert!(
        stderr(&out).contains(&core_message("grossAnnual", "1e5", Lang::Fr)),
        "{}",
        stderr(&out)
    );
    // A whole number and a switch, by the core's reader too.
    let out = run(&["compare", "--horizon-years", "2.5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&core_message("horizonYears", "2.5", Lang::En)),
        "{}",
        stderr(&out)
    );
    let out = run(&["compare", "--cadre", "yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("(cadre)"), "{}", stderr(&out));
}

#[test]
fn money_is_given_to_the_cent_at_most() {
    let out = run(&["compare", "--day-rate", "950.50", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_of(&out)["sharedTime"]["dayRate"], "950.50");
    for (args, field) in [
        (&["compare", "--day-rate", "950.505"][..], "dayRate"),
        (
            &["compare", "--transport-pass-monthly", "90.801"][..],
            "transportPassMonthly",
        ),
        (
            &["employer-cost", "--gross-annual", "55000.299999999996"][..],
            "grossAnnual",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "55000",
                "--health-plan",
                "40.001",
            ][..],
            "healthPlanMonthly",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(&format!("({field})")), "{err}");
        assert!(err.contains("is not a multiple of 0.01"), "{err}");
    }
    // Rates are not money: their decimals stay.
    let out = run(&["compare", "--at-mp-rate-percent", "2.125"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// The error object of a JSON failure: its three keys, and nothing on
/// standard error.
fn json_error(out: &Output, code: i32) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(code), "{}", stdout(out));
    assert_eq!(stderr(out), "");
    let json = json_of(out);
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["error"]);
    let error = json["error"].clone();
    let mut keys: Vec<&String> = error.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["field", "label", "message"]);
    error
}

#[test]
fn failures_are_json_under_format_json() {
    let out = run(&["compare", "--gross-annual", "1e5", "--format", "json"]);
    let error = json_error(&out, 2);
    assert_eq!(error["field"], "grossAnnual");
    assert_eq!(error["label"], "gross annual salary");
    assert_eq!(
        error["message"],
        core_message("grossAnnual", "1e5", Lang::En)
    );
    // A range, in French.
    let out = run(&[
        "--lang",
        "fr",
        "compare",
        "--days-per-week",
        "9",
        "--format",
        "json",
    ]);
    let error = json_error(&out, 2);
    assert_eq!(error["field"], "daysPerWeek");
    assert_eq!(error["label"], "besoin en jours par semaine");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .starts_with("besoin en jours par semaine (daysPerWeek)\u{a0}: 9\u{a0}j/sem."),
        "{error}"
    );
    // The payroll alone, a command line clap refuses, a file that does not read.
    let out = run(&[
        "employer-cost",
        "--gross-annual",
        "55000",
        "--headcount",
        "0",
        "--format",
        "json",
    ]);
    assert_eq!(json_error(&out, 2)["field"], "headcount");
    let out = run(&["compare", "--format", "json", "--no-such-flag"]);
    let error = json_error(&out, 2);
    assert_eq!(error["field"], "input");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("--no-such-flag"),
        "{error}"
    );
    let out = run(&[
        "compare",
        "--scenario",
        "/nonexistent.json",
        "--format",
        "json",
    ]);
    assert_eq!(json_error(&out, 1)["field"], "input");
    // Without --format json, the one line on standard error as before.
    let out = run(&["compare", "--days-per-week", "9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).starts_with("error: "), "{}", stderr(&out));
}

#[test]
fn the_json_result_has_the_notices_as_the_api_has_them() {
    // Past the last known period: the notice, in both languages.
    let out = run_on("2027-01-05", &["compare", "--format", "json"]);
    assert!(out.status.success());
    let json = json_of(&out);
    let notices = json["notices"].as_array().unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0]["id"], "rules_past_end");
    assert!(
        notices[0]["en"]
            .as_str()
            .unwrap()
            .starts_with("The 2027 parameters"),
        "{json}"
    );
    assert!(notices[0]["fr"].is_string());
    // A scenario on older rules: today's figures and the note.
    let out = run_on(
        "2026-12-03",
        &[
            "compare",
            "--role",
            "drh",
            "--gross-annual",
            "30000",
            "--date",
            "2026-03-02",
            "--format",
            "json",
        ],
    );
    let json = json_of(&out);
    let today = &json["today"];
    assert!(
        today["note"]
            .as_str()
            .unwrap()
            .ends_with("12,860.98\u{a0}€ a year less (change 0.00\u{a0}€)."),
        "{today}"
    );
    assert_eq!(today["savings"]["amount"], "12860.98");
    assert!(today["scenario"]["date"].is_null(), "{today}");
    assert!(json.get("notices").is_none());
    // Today's figures on today's rules: neither.
    let json = json_of(&run(&["compare", "--format", "json"]));
    assert!(json.get("notices").is_none() && json.get("today").is_none());
}

/// The cells of a table that are amounts of euros alone (`7,150.00 €`).
fn euro_cells(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            line.split(['|', '\u{2014}'])
                .flat_map(|cell| cell.split("  "))
                .map(|cell| cell.trim().replace('\u{a0}', " "))
                .filter(|cell| {
                    cell.ends_with(" €")
                        && cell
                            .trim_end_matches(" €")
                            .chars()
                            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '-'))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn amounts_in_tables_have_two_decimals() {
    let runs: [&[&str]; 6] = [
        &[
            "employer-cost",
            "--gross-annual",
            "55000",
            "--headcount",
            "50",
        ],
        &[
            "employer-cost",
            "--gross-annual",
            "30000",
            "--format",
            "markdown",
        ],
        &["--lang", "fr", "employer-cost", "--gross-annual", "30000"],
        &["compare", "--preset", "daf"],
        &[
            "compare",
            "--preset",
            "drh",
            "--need",
            "6x2,18x0.5",
            "--format",
            "markdown",
        ],
        &[
            "--lang", "fr", "compare", "--preset", "dsi", "--format", "markdown",
        ],
    ];
    for args in runs {
        let out = run(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let cells = euro_cells(&stdout(&out));
        assert!(cells.len() >= 10, "{args:?}: {cells:?}");
        for cell in cells {
            let digits = cell.trim_end_matches(" €");
            let decimals = digits.rsplit(['.', ',']).next().unwrap_or_default();
            let separator = digits.len().checked_sub(3).map(|i| &digits[i..=i]);
            assert!(
                decimals.len() == 2 && matches!(separator, Some("." | ",")),
                "{args:?}: {cell}"
            );
        }
    }
    let out = run(&["employer-cost", "--gross-annual", "55000"]);
    let text = stdout(&out);
    assert!(
        text.lines()
            .any(|l| l.starts_with("Gross annual salary") && l.ends_with(" 55,000.00 €")),
        "{text}"
    );
    assert!(text.contains("Flat social levy on death, disability and health cover"));
    assert!(!text.contains("960.9000"), "{text}");
}

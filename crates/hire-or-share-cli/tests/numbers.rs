//! The number grammar (issue #26) through the command line: every case of
//! `tests/numbers.json` (the table and its format: see
//! `crates/hire-or-share/tests/numbers.rs`) as the field's flag, `compare
//! --preset daf --<flag> <text> --format json` (the `cli` column), and as a
//! scenario file, `compare --scenario <file>` with the text as a JSON string
//! and, where it is a JSON number literal, as that number (the `json`
//! column). The exit status and the error's field and message are read: 0
//! and the scenario's value, or 2 and `{ "error": { "field", "message" } }`.

use std::path::PathBuf;
use std::process::Output;

use serde_json::{Value, json};

mod common;
use common::{run_on, stderr, stdout};

/// The table of cases, shared by every interface's runner.
const TABLE: &str = include_str!("../../../tests/numbers.json");

/// This runner's name in `knownIn`.
const RUNNER: &str = "cli";

/// Today's date for every run: no test depends on the real clock.
const TODAY: &str = "2026-07-01";

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

/// A value's text without a `+` and without trailing zeros (`90000.50` →
/// `90000.5`), for comparing values read.
fn plain(text: &str) -> String {
    let text = text.trim().trim_start_matches('+');
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let digits = if digits.contains('.') {
        digits.trim_end_matches('0').trim_end_matches('.')
    } else {
        digits
    };
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() || digits.starts_with('.') {
        ["0", digits].concat()
    } else {
        digits.to_owned()
    };
    if digits == "0" {
        digits
    } else {
        [sign, &digits].concat()
    }
}

/// The kind of an error, from its English message: the core's wording, or
/// the CLI's own for a scenario file that does not read.
fn kind_of(message: &str) -> String {
    if message.contains(" is not a multiple of ") {
        "not a multiple".into()
    } else if message.contains(" is not between ") {
        "out of range".into()
    } else if message.contains("minimum wage") {
        "below minimum wage".into()
    } else if message.contains(" is not a number")
        || message.contains(" is not a whole number")
        || message.starts_with("invalid scenario")
    {
        "unparsable".into()
    } else {
        format!("other: {message}")
    }
}

/// A run's outcome: the scenario's value of `field`, or the error's kind and field.
fn outcome(out: &Output, field: &str) -> Value {
    let parsed: Value = serde_json::from_str(&stdout(out)).unwrap_or(Value::Null);
    match out.status.code() {
        Some(0) => {
            let value = match &parsed["scenario"][field] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            json!({ "value": value })
        }
        Some(2) => {
            let error = &parsed["error"];
            json!({
                "error": kind_of(error["message"].as_str().unwrap_or_default()),
                "field": error["field"],
            })
        }
        code => json!({ "error": format!("exit {code:?}: {}", stderr(out)), "field": field }),
    }
}

/// `compare --preset daf --<flag> <text>`.
fn by_flag(field: &str, text: &str) -> Value {
    let flag = format!("--{}", kebab(field));
    let args = [
        "compare", "--preset", "daf", &flag, text, "--format", "json", "--lang", "en",
    ];
    outcome(&run_on(TODAY, &args), field)
}

/// `compare --scenario <file>`, the file `{ "role": "daf", field: literal }`.
fn by_file(field: &str, literal: &str, path: &PathBuf) -> Value {
    let file = format!(r#"{{ "role": "daf", "{field}": {literal} }}"#);
    std::fs::write(path, file).unwrap();
    let path = path.to_str().unwrap();
    let args = [
        "compare",
        "--scenario",
        path,
        "--format",
        "json",
        "--lang",
        "en",
    ];
    outcome(&run_on(TODAY, &args), field)
}

/// Whether `actual` is the outcome `expected`: the same value (without
/// trailing zeros), or the same kind of error on the same field.
fn same(expected: &Value, actual: &Value) -> bool {
    match (expected.get("value"), actual.get("value")) {
        (Some(Value::String(e)), Some(Value::String(a))) => plain(e) == plain(a),
        (None, None) => {
            expected.get("error") == actual.get("error")
                && expected.get("field") == actual.get("field")
        }
        _ => false,
    }
}

/// The expected outcome without its notes, for messages.
fn bare(outcome: &Value) -> Value {
    let mut outcome = outcome.clone();
    if let Some(o) = outcome.as_object_mut() {
        o.remove("known");
        o.remove("knownIn");
    }
    outcome
}

/// The reason `outcome` is a known discrepancy for this runner, if it is.
fn known(outcome: &Value) -> Option<&str> {
    let why = outcome.get("known")?.as_str()?;
    match outcome.get("knownIn").and_then(Value::as_array) {
        Some(runners) if !runners.iter().any(|r| r == RUNNER) => None,
        _ => Some(why),
    }
}

#[test]
fn every_case_of_the_number_table_reads_as_the_table_says_on_the_command_line() {
    let cases: Vec<Value> = serde_json::from_str(TABLE).expect("tests/numbers.json");
    let path = std::env::temp_dir().join(format!("hos-numbers-{}.json", std::process::id()));
    let (mut failures, mut skipped, mut checked) = (Vec::new(), Vec::new(), 0);
    for case in &cases {
        let field = case["field"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let mut runs = vec![
            ("cli", &case["cli"], by_flag(field, text)),
            (
                "json.string",
                &case["json"]["string"],
                by_file(field, &Value::from(text).to_string(), &path),
            ),
        ];
        if let Some(number) = case["json"].get("number") {
            runs.push(("json.number", number, by_file(field, text, &path)));
        }
        for (column, expected, actual) in runs {
            checked += 1;
            let line = format!(
                "{field} {text:?} {column}: expected {}, got {actual}",
                bare(expected)
            );
            match known(expected) {
                Some(why) if same(expected, &actual) => {
                    skipped.push(format!("{line} (known, but agrees in this build: {why})"));
                }
                Some(why) => skipped.push(format!("{line} (known: {why})")),
                None if !same(expected, &actual) => failures.push(line),
                None => {}
            }
        }
    }
    let _ = std::fs::remove_file(&path);
    println!(
        "{checked} outcomes of {} cases; {} known discrepancies, skipped:",
        cases.len(),
        skipped.len()
    );
    for line in &skipped {
        println!("  {line}");
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} outcomes differ from tests/numbers.json:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

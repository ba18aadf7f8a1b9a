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

#[path = "../../../tests/numbers_table.rs"]
mod table;
use table::{TABLE, kind_of};

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

#[test]
fn every_case_of_the_number_table_reads_as_the_table_says_on_the_command_line() {
    let cases: Vec<Value> = serde_json::from_str(TABLE).expect("tests/numbers.json");
    let path = std::env::temp_dir().join(format!("hos-numbers-{}.json", std::process::id()));
    let mut report = table::Report::new(RUNNER);
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
            report.check(field, text, column, expected, &actual);
        }
    }
    let _ = std::fs::remove_file(&path);
    println!("{}", report.summary(cases.len()));
    report.assert_agrees();
}

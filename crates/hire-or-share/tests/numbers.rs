//! The number grammar (issue #26), one table of cases for every interface:
//! `tests/numbers.json`, run here through the core — `Scenario::set` then
//! `validate` (the `core` column: what forms, CLI flags, links and the API
//! give) and `serde_json::from_str::<Scenario>` then `validate` (the `json`
//! column: a scenario file, the text as a JSON string and, where it is a JSON
//! number literal, as that number). The CLI, the JavaScript API and the
//! element run the same table (`crates/hire-or-share-cli/tests/numbers.rs`,
//! `crates/hire-or-share-wasm/tests/numbers.rs`, `tests/e2e/numbers.test.mjs`).
//!
//! The table, one object per case:
//! - `field` (the JSON name) and `text` (the input, as typed or given);
//! - `why`, and a `note` where interfaces differ by design (the element
//!   reads `90k`; a JavaScript number has no written form);
//! - the outcome per interface: `core`, `json` (`string`, `number`), `cli`,
//!   `api` (`string`, `number`: the text as a JavaScript number), `element`
//!   (`fr`, `en`). An outcome is `{ "value": "90000.5" }` (the value read,
//!   compared without trailing zeros), `{ "error": kind, "field": … }` with
//!   kind `unparsable`, `out of range`, `not a multiple` or `below minimum
//!   wage`, or for the element `{ "ask": ["1100"] }` (the question "Vouliez-vous
//!   dire 1 100 € ?" and the values it offers);
//! - `known` on an outcome: an interface that disagrees with the others with
//!   no reason, which the source must fix; the outcome is the one expected,
//!   the runners list the case with what they got and do not fail on it.
//!   `knownIn` names the runners it applies to (`core`, `cli`, `api`,
//!   `element`), all that read the column when absent.
//!
//! Each runner fails once, listing every case whose outcome differs.
//! `cargo test -p hire-or-share --test numbers -- --nocapture` also lists
//! the known discrepancies.

use hire_or_share::{ErrorKind, Role, Scenario};
use serde_json::{Value, json};

#[path = "../../../tests/numbers_table.rs"]
mod table;
use table::{TABLE, plain};

/// This runner's name in `knownIn`.
const RUNNER: &str = "core";

/// The name of an error's kind in the table.
fn kind_name(kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::Unparsable { .. } => "unparsable".into(),
        ErrorKind::OutOfRange { .. } => "out of range".into(),
        ErrorKind::NotAMultiple { .. } => "not a multiple".into(),
        ErrorKind::BelowMinimumWage { .. } => "below minimum wage".into(),
        other => format!("{other:?}"),
    }
}

/// The outcome of a scenario read, then validated.
fn outcome(read: Result<Scenario, hire_or_share::Error>, field: &str) -> Value {
    match read.and_then(|s| s.validate().map(|_| s)) {
        Ok(s) => json!({ "value": s.get(field).unwrap_or_default() }),
        Err(e) => json!({ "error": kind_name(e.kind()), "field": e.field() }),
    }
}

/// `Scenario::set` on the DAF preset, then `validate`.
fn by_set(field: &str, text: &str) -> Value {
    let mut scenario = Scenario::preset(Role::Daf);
    outcome(scenario.set(field, text).map(|()| scenario), field)
}

/// A scenario file `{ "role": "daf", field: literal }`, then `validate`. A
/// file that does not read is `unparsable` on the field, the only one it
/// gives (serde's error names none).
fn by_json(field: &str, literal: &str) -> Value {
    let file = format!(r#"{{ "role": "daf", "{field}": {literal} }}"#);
    match serde_json::from_str::<Scenario>(&file) {
        Ok(scenario) => outcome(Ok(scenario), field),
        Err(_) => json!({ "error": "unparsable", "field": field }),
    }
}

#[test]
fn every_case_of_the_number_table_reads_as_the_table_says_in_the_core() {
    let cases: Vec<Value> = serde_json::from_str(TABLE).expect("tests/numbers.json");
    let mut report = table::Report::new(RUNNER);
    for case in &cases {
        let field = case["field"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let mut runs = vec![
            ("core", &case["core"], by_set(field, text)),
            (
                "json.string",
                &case["json"]["string"],
                by_json(field, &Value::from(text).to_string()),
            ),
        ];
        if let Some(number) = case["json"].get("number") {
            runs.push(("json.number", number, by_json(field, text)));
        }
        for (column, expected, actual) in runs {
            report.check(field, text, column, expected, &actual);
        }
    }
    println!("{}", report.summary(cases.len()));
    report.assert_agrees();
}

#[test]
fn plain_values_compare_without_trailing_zeros() {
    for (a, b) in [
        ("90000.50", "90000.5"),
        ("3.", "3"),
        ("+5", "5"),
        ("007", "7"),
        ("-0", "0"),
        ("0.0000001", "0.0000001"),
        ("1000.500", "1000.5"),
    ] {
        assert_eq!(plain(a), b, "{a}");
    }
}

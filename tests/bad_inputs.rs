//! Bad input, everywhere: every case of `tests/bad-inputs.json` through the
//! Rust API gives a typed error naming its field, never a panic and never a
//! result. The same table goes through the CLI (crates/hire-or-share-cli
//! tests), the wasm API (crates/hire-or-share-wasm tests) and the widget
//! (tests/e2e).

use serde_json::Value;

#[derive(serde::Deserialize)]
struct Case {
    name: String,
    scenario: Value,
    field: String,
}

fn cases() -> Vec<Case> {
    serde_json::from_str(include_str!("bad-inputs.json")).unwrap()
}

/// A JSON value as the text a form or a link would give.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => "null".to_owned(),
        Value::Array(_) | Value::Object(_) => "[object]".to_owned(),
        other => other.to_string(),
    }
}

#[test]
fn there_are_at_least_forty_cases() {
    assert!(cases().len() >= 40, "{}", cases().len());
}

#[test]
fn every_bad_input_is_an_error_naming_its_field() {
    let mut failures = Vec::new();
    for case in cases() {
        let pairs: Vec<(String, String)> = case
            .scenario
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), text(v)))
            .collect();
        let outcome = std::panic::catch_unwind(|| {
            hire_or_share::Scenario::from_fields(
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            )
            .and_then(|s| hire_or_share::compare(&s).map(|_| ()))
        });
        match outcome {
            Err(_) => failures.push(format!("{}: panicked", case.name)),
            Ok(Ok(())) => failures.push(format!("{}: accepted", case.name)),
            Ok(Err(e)) if e.field() != case.field => {
                failures.push(format!(
                    "{}: error on {} ({e}), expected {}",
                    case.name,
                    e.field(),
                    case.field
                ));
            }
            Ok(Err(e)) => {
                // The message names the field and says what is wrong, in both languages.
                for lang in [hire_or_share::Lang::Fr, hire_or_share::Lang::En] {
                    let message = e.message(lang);
                    if case.field != "input" && !message.contains(&case.field) {
                        failures.push(format!("{}: {message}", case.name));
                    }
                }
            }
        }
        // Through serde too (the CLI's and the library's JSON path): an error
        // at parsing or at validation, never a result.
        let parsed = serde_json::from_value::<hire_or_share::Scenario>(case.scenario.clone());
        if let Ok(s) = parsed
            && hire_or_share::compare(&s).is_ok()
        {
            failures.push(format!("{}: accepted through serde", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn json_that_is_not_a_scenario_is_refused() {
    for bad in [
        "[]",
        "\"daf\"",
        "42",
        "null",
        "{",
        &format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
    ] {
        assert!(
            serde_json::from_str::<hire_or_share::Scenario>(bad).is_err(),
            "{}",
            &bad[..bad.len().min(20)]
        );
    }
    // A big scenario: a megabyte of spaces around one field.
    let big = format!("{{{}\"daysPerWeek\": \"2\"}}", " ".repeat(1 << 20));
    assert!(serde_json::from_str::<hire_or_share::Scenario>(&big).is_ok());
}

#[test]
fn numbers_given_as_text_are_exact_decimals() {
    // Scientific notation, and digits beyond the 28 a Decimal holds, are
    // refused with the field named, not read as a rounded number.
    for (field, text) in [
        ("grossAnnual", "1e5"),
        ("grossAnnual", "8.5E4"),
        ("dayRate", "1000.00000000000000000000000001"),
    ] {
        let err = hire_or_share::Scenario::from_fields([(field, text)]).unwrap_err();
        assert_eq!(err.field(), field, "{text}");
    }
    let exact =
        hire_or_share::Scenario::from_fields([("dayRate", "1000.000000000000000000000001")])
            .unwrap();
    assert_eq!(exact.day_rate.to_string(), "1000.000000000000000000000001");
}

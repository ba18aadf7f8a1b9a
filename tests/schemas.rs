//! The JSON Schemas in `schemas/` are the ones the code describes.
//!
//! Regenerate them after changing a scenario or result type:
//! `UPDATE_SCHEMAS=1 cargo test -p hire-or-share-tests --test schemas`.

use std::path::PathBuf;

fn check(name: &str, schema: &schemars::Schema) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../schemas")
        .join(name);
    let mut text = serde_json::to_string_pretty(schema).unwrap();
    text.push('\n');
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "{} is out of date: run UPDATE_SCHEMAS=1 cargo test -p hire-or-share-tests --test schemas",
        path.display()
    );
}

#[test]
fn scenario_schema_is_up_to_date() {
    check("scenario.schema.json", &hire_or_share::schema::scenario());
}

#[test]
fn comparison_schema_is_up_to_date() {
    check(
        "comparison.schema.json",
        &hire_or_share::schema::comparison(),
    );
}

#[test]
fn answer_schema_is_up_to_date() {
    check("answer.schema.json", &hire_or_share::schema::answer());
}

/// The answer's schema names what a program reads from it: the cheapest
/// option, the figure, the sentence and the break-even.
#[test]
fn the_answer_schema_requires_its_sentence_and_break_even() {
    let schema = serde_json::to_value(hire_or_share::schema::answer()).unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(serde_json::Value::as_str)
        .collect();
    for field in [
        "cheapest",
        "runnerUp",
        "figure",
        "basis",
        "sentence",
        "breakEven",
    ] {
        assert!(required.contains(&field), "{field} in {required:?}");
    }
}

#[test]
fn the_scenario_schema_lists_every_field_as_optional() {
    let schema = serde_json::to_value(hire_or_share::schema::scenario()).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    assert!(properties.contains_key("daysPerWeek"));
    assert!(properties.contains_key("grossAnnual"));
    assert!(properties.len() >= 38, "{}", properties.len());
    assert!(
        schema
            .get("required")
            .is_none_or(|r| r.as_array().unwrap().is_empty())
    );
    assert_eq!(schema["additionalProperties"], false);
}

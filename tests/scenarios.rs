//! Scenario cases: each file in `tests/cases/` holds a scenario (as a user or
//! a sales person would write it), a description of how the expected values
//! were worked out by hand, and the expected values, addressed by their path
//! in the JSON result (`breakEven.daysPerWeek`). Each case runs through the
//! Rust API and through the JSON form, and both must agree.

use std::path::Path;

use serde_json::Value;

fn lookup<'v>(value: &'v Value, path: &str) -> &'v Value {
    path.split('.').fold(value, |v, key| &v[key])
}

#[test]
fn every_case_gives_the_values_worked_out_by_hand() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases");
    let mut count = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            case["description"].as_str().is_some_and(|d| d.len() > 40),
            "{name}: explain the expected values"
        );
        let scenario: hire_or_share::Scenario = serde_json::from_value(case["scenario"].clone())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let result = hire_or_share::compare(&scenario).unwrap_or_else(|e| panic!("{name}: {e}"));
        let json = serde_json::to_value(&result).unwrap();
        for (path, expected) in case["expect"].as_object().unwrap() {
            let actual = lookup(&json, path);
            if actual != expected {
                failures.push(format!("{name}: {path} is {actual}, expected {expected}"));
            }
        }
        count += 1;
    }
    assert!(count >= 4, "only {count} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn example_scenarios_are_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let is_bundle = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("bundle-"));
        if path.extension().is_some_and(|e| e == "json") && is_bundle {
            let text = std::fs::read_to_string(&path).unwrap();
            let bundle: hire_or_share::Bundle =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            hire_or_share::compare_bundle(&bundle)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        } else if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let scenario: hire_or_share::Scenario =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            hire_or_share::compare(&scenario).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            count += 1;
        }
    }
    assert!(count >= 3);
}

#![cfg(all(target_arch = "wasm32", feature = "api"))]
//! The number grammar (issue #26) through the JavaScript API: every case of
//! `tests/numbers.json` (the table and its format: see
//! `crates/hire-or-share/tests/numbers.rs`) given to `compare` as
//! `{ role: "daf", [field]: text }` (the `api` column's `string`) and, where
//! the text is a number JavaScript reads (`1e5`, `NaN`, `.5`), as that
//! JavaScript number (`number`): the result's scenario value, or the
//! error's field and, from its English message, its kind.

use hire_or_share_wasm::compare_js;
use serde_json::{Value, json};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[path = "../../../tests/numbers_table.rs"]
mod table;
use table::{TABLE, kind_of};

/// This runner's name in `knownIn`.
const RUNNER: &str = "api";

/// Today's date for every comparison: no test depends on the real clock.
const TODAY: &str = "2026-07-01";

/// The value at `path`, `undefined` past a value that is not an object.
fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| {
        if v.is_object() {
            js_sys::Reflect::get(&v, &JsValue::from_str(key)).unwrap()
        } else {
            JsValue::UNDEFINED
        }
    })
}

/// `compare({ role: "daf", [field]: value }, "en", TODAY)`: the result's
/// value of `field`, or the error's kind and field.
fn by_api(field: &str, value: &JsValue) -> Value {
    let scenario = js_sys::Object::new();
    js_sys::Reflect::set(&scenario, &"role".into(), &"daf".into()).unwrap();
    js_sys::Reflect::set(&scenario, &field.into(), value).unwrap();
    let out = compare_js(&scenario, Some("en".into()), Some(TODAY.into())).unwrap();
    let error = get(&out, &["error"]);
    if error.is_object() {
        let message = get(&error, &["message"]).as_string().unwrap_or_default();
        return json!({
            "error": kind_of(&message),
            "field": get(&error, &["field"]).as_string(),
        });
    }
    let read = get(&out, &["value", "scenario", field]);
    let text = read
        .as_string()
        .or_else(|| read.as_f64().map(|n| n.to_string()))
        .unwrap_or_else(|| format!("{read:?}"));
    json!({ "value": text })
}

#[wasm_bindgen_test]
fn every_case_of_the_number_table_reads_as_the_table_says_in_the_api() {
    let cases: Vec<Value> = serde_json::from_str(TABLE).expect("tests/numbers.json");
    let mut report = table::Report::new(RUNNER);
    for case in &cases {
        let field = case["field"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let mut runs = vec![(
            "api.string",
            &case["api"]["string"],
            by_api(field, &JsValue::from_str(text)),
        )];
        if let Some(number) = case["api"].get("number") {
            // The number JavaScript reads from the text (`Number(text)`):
            // Rust's reading of these texts (`1e5`, `.5`, `+5`, `NaN`,
            // `Infinity`) is the same.
            let n: f64 = text.parse().expect("a number JavaScript reads");
            runs.push(("api.number", number, by_api(field, &JsValue::from_f64(n))));
        }
        for (column, expected, actual) in runs {
            report.check(field, text, column, expected, &actual);
        }
    }
    // Printed to the runner's console, which shows it with the result.
    wasm_bindgen_test::console_log!("{}", report.summary(cases.len()));
    report.assert_agrees();
}

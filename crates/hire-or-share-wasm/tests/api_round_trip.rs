#![cfg(all(target_arch = "wasm32", feature = "api"))]
//! What the API gives is accepted back as it is (`defaultScenario`,
//! `defaultEmployerCostInput`, a result's scenario), and `lang` is `"fr"` or
//! `"en"`, anything else an error naming it: in Node and in Chromium.

use hire_or_share_wasm::{
    compare_bundle_js, compare_js, default_employer_cost_input, default_scenario, employer_cost_js,
    share_link,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

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

fn error_field(out: &JsValue) -> Option<String> {
    get(out, &["error", "field"]).as_string()
}

/// Today's date for every comparison: no test depends on the real clock.
const TODAY: &str = "2026-07-01";

#[wasm_bindgen_test]
fn each_roles_default_scenario_compares_as_it_is_given() {
    for role in ["daf", "dsi", "drh", "marketing"] {
        let scenario = get(&default_scenario(role.into(), None).unwrap(), &["value"]);
        assert!(get(&scenario, &["date"]).is_null(), "{role}: no date");
        let out = compare_js(&scenario, Some("en".into()), Some(TODAY.into())).unwrap();
        assert_eq!(error_field(&out), None, "{role}");
        assert_eq!(
            get(&out, &["value", "scenario", "role"])
                .as_string()
                .unwrap(),
            role
        );
        // The result's own scenario goes back in too, to the same figures.
        let again =
            compare_js(&get(&out, &["value", "scenario"]), None, Some(TODAY.into())).unwrap();
        assert_eq!(error_field(&again), None, "{role}: the result's scenario");
        for path in [["value", "sharedTime"], ["value", "fullTimeHire"]] {
            let path = [path[0], path[1], "annualCost"];
            assert_eq!(get(&again, &path).as_string(), get(&out, &path).as_string());
        }
        let link = share_link(&scenario, None, Some(TODAY.into())).unwrap();
        assert!(
            get(&link, &["value"]).as_string().is_some(),
            "{role}: share link"
        );
    }
}

#[wasm_bindgen_test]
fn the_default_employer_cost_input_computes_as_it_is_given() {
    let input = default_employer_cost_input().unwrap();
    assert!(get(&input, &["date"]).is_null());
    let out = employer_cost_js(&input, None).unwrap();
    assert_eq!(error_field(&out), None);
    let plain = employer_cost_js(&js_sys::Object::new().into(), None).unwrap();
    assert_eq!(
        get(&out, &["value", "totalEmployerCost"]).as_string(),
        get(&plain, &["value", "totalEmployerCost"]).as_string()
    );
}

#[wasm_bindgen_test]
fn a_date_of_null_is_none_but_a_bad_date_is_still_an_error() {
    let input = js_sys::JSON::parse(r#"{"date": "yesterday"}"#).unwrap();
    let out = employer_cost_js(&input, None).unwrap();
    assert_eq!(error_field(&out).as_deref(), Some("date"));
    let out = compare_js(&input, None, Some(TODAY.into())).unwrap();
    assert_eq!(error_field(&out).as_deref(), Some("date"));
}

#[wasm_bindgen_test]
fn lang_is_fr_or_en_and_anything_else_an_error_naming_it() {
    let scenario: JsValue = js_sys::Object::new().into();
    for (lang, answer) in [(None, "fr"), (Some("fr"), "fr"), (Some("en"), "en")] {
        let out = compare_js(&scenario, lang.map(Into::into), Some(TODAY.into())).unwrap();
        assert_eq!(
            get(&out, &["value", "answer", "lang"]).as_string().unwrap(),
            answer
        );
    }
    for lang in ["de", "english", "EN", "en-GB", ""] {
        let bad = || Some(lang.to_owned());
        let today = || Some(TODAY.to_owned());
        let outs = [
            compare_js(&scenario, bad(), today()).unwrap(),
            employer_cost_js(&scenario, bad()).unwrap(),
            share_link(&scenario, bad(), today()).unwrap(),
            default_scenario("daf".into(), bad()).unwrap(),
            compare_bundle_js(&js_sys::JSON::parse(r#"{"scenarios": []}"#).unwrap(), bad())
                .unwrap(),
        ];
        for out in outs {
            assert_eq!(error_field(&out).as_deref(), Some("lang"), "{lang:?}");
            let message = get(&out, &["error", "message"]).as_string().unwrap();
            assert!(
                message.contains(lang) && message.contains("fr"),
                "{message}"
            );
            assert!(get(&out, &["value"]).is_undefined());
        }
    }
}

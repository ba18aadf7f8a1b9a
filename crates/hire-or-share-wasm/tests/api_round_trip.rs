#![cfg(all(target_arch = "wasm32", feature = "api"))]
//! What the API gives is accepted back as it is (`defaultScenario`,
//! `defaultEmployerCostInput`, a result's scenario), and `lang` is `"fr"` or
//! `"en"`, anything else an error naming it: in Node and in Chromium.

use hire_or_share_wasm::{
    compare_bundle_js, compare_js, default_employer_cost_input, default_scenario, employer_cost_js,
    fields, share_link,
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

/// Options as data through the API (issue #26): a list as objects or as
/// text, the seven kinds priced in order, the result's scenario accepted
/// back with its list, and a bad kind an error on `options`.
#[wasm_bindgen_test]
fn options_go_in_as_objects_or_text_and_come_back() {
    let kinds = [
        "fullTimeHire",
        "partTimeHire",
        "sharedTime",
        "freelance",
        "portage",
        "interimManager",
        "employerGroup",
    ];
    let list = js_sys::Array::new();
    for kind in kinds {
        let option = js_sys::Object::new();
        js_sys::Reflect::set(&option, &"kind".into(), &kind.into()).unwrap();
        list.push(&option);
    }
    let scenario = js_sys::Object::new();
    for (key, value) in [
        ("role", "daf"),
        ("daysPerWeek", "2"),
        ("date", "2026-07-01"),
    ] {
        js_sys::Reflect::set(&scenario, &key.into(), &value.into()).unwrap();
    }
    js_sys::Reflect::set(&scenario, &"defaults".into(), &"2026-12c".into()).unwrap();
    js_sys::Reflect::set(&scenario, &"options".into(), &list).unwrap();
    let out = compare_js(&scenario, Some("en".into()), Some(TODAY.into())).unwrap();
    assert_eq!(error_field(&out), None);
    let options = js_sys::Array::from(&get(&out, &["value", "options"]));
    let got: Vec<String> = options
        .iter()
        .map(|o| get(&o, &["kind"]).as_string().unwrap())
        .collect();
    assert_eq!(got, kinds);
    // The employer group of METHODOLOGY.md section 5b, to the cent.
    assert_eq!(
        get(&options.get(6), &["annualCost"]).as_string().as_deref(),
        Some("61306.90")
    );
    assert_eq!(
        get(&options.get(5), &["breakEven", "daysPerWeek"])
            .as_string()
            .as_deref(),
        Some("2.66")
    );
    assert_eq!(get(&out, &["value", "cheapestOption"]).as_f64(), Some(6.0));
    // The result's scenario, list included, goes back in to the same figures.
    let again = compare_js(&get(&out, &["value", "scenario"]), None, Some(TODAY.into())).unwrap();
    assert_eq!(error_field(&again), None);
    assert_eq!(
        get(
            &js_sys::Array::from(&get(&again, &["value", "options"])).get(6),
            &["annualCost"]
        )
        .as_string()
        .as_deref(),
        Some("61306.90")
    );
    // As text, with an offer of its own.
    js_sys::Reflect::set(
        &scenario,
        &"options".into(),
        &"full-time-hire,shared-time:950x2".into(),
    )
    .unwrap();
    let out = compare_js(&scenario, Some("en".into()), Some(TODAY.into())).unwrap();
    let options = js_sys::Array::from(&get(&out, &["value", "options"]));
    assert_eq!(
        get(&options.get(1), &["annualCost"]).as_string().as_deref(),
        Some("85500.00")
    );
    // An unknown kind is refused by name.
    js_sys::Reflect::set(&scenario, &"options".into(), &"robot".into()).unwrap();
    let out = compare_js(&scenario, Some("en".into()), Some(TODAY.into())).unwrap();
    assert_eq!(error_field(&out).as_deref(), Some("options"));
}

#[wasm_bindgen_test]
fn fields_lists_every_field_and_its_value_round_trips() {
    let table = js_sys::Array::from(&get(&fields(Some("en".into())).unwrap(), &["value"]));
    let row = |json: &str| {
        table
            .iter()
            .find(|f| get(f, &["json"]).as_string().as_deref() == Some(json))
            .unwrap_or_else(|| panic!("{json}"))
    };
    let headcount = row("headcount");
    assert_eq!(
        get(&headcount, &["kind"]).as_string().as_deref(),
        Some("wholeNumber")
    );
    assert_eq!(
        get(&headcount, &["range", "1"]).as_string().as_deref(),
        Some("1000000")
    );
    assert_eq!(
        get(&row("dayRate"), &["flag"]).as_string().as_deref(),
        Some("day-rate")
    );
    assert_eq!(
        get(&row("dayRate"), &["unit"]).as_string().as_deref(),
        Some("euro")
    );
    assert_eq!(
        get(&row("salaryTax"), &["kind"]).as_string().as_deref(),
        Some("optionalSwitch")
    );
    assert_eq!(
        js_sys::Array::from(&get(&row("location"), &["kind", "choice"])).length(),
        4
    );
    assert_eq!(
        get(&row("cadre"), &["label"]),
        get(&row("cadre"), &["labelEn"])
    );
    assert!(
        get(&row("options"), &["label"])
            .as_string()
            .is_some_and(|l| !l.is_empty())
    );
    // Defaults, their sources, the presets and the sensitivity.
    let gross = row("grossAnnual");
    assert_eq!(
        get(&gross, &["default"]).as_string().as_deref(),
        Some("90000")
    );
    assert_eq!(get(&gross, &["byRole"]).as_bool(), Some(true));
    assert_eq!(get(&gross, &["sensitivity"]).as_bool(), Some(true));
    assert!(
        get(&gross, &["source", "url"])
            .as_string()
            .is_some_and(|url| url.starts_with("https://"))
    );
    assert_eq!(
        get(&row("mobilityRatePercent"), &["range", "1"])
            .as_string()
            .as_deref(),
        Some("10")
    );
    assert!(get(&row("date"), &["default"]).is_null());
    // Every field a default scenario has is in the table.
    let scenario = get(&default_scenario("daf".into(), None).unwrap(), &["value"]);
    let keys = js_sys::Object::keys(&js_sys::Object::from(scenario));
    for key in keys.iter() {
        row(&key.as_string().unwrap());
    }
    assert_eq!(
        error_field(&fields(Some("de".into())).unwrap()).as_deref(),
        Some("lang")
    );
}

#![cfg(all(target_arch = "wasm32", feature = "api"))]
//! The JavaScript-facing API, run in Node and (with WASM_BINDGEN_USE_BROWSER=1)
//! in headless Chromium.

use hire_or_share_wasm::{
    assumptions, compare_bundle_js, compare_js, default_employer_cost_input, default_scenario,
    employer_cost_js, presets, share_link, version,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| {
        js_sys::Reflect::get(&v, &JsValue::from_str(key)).unwrap()
    })
}

/// Today's date for every comparison: no test depends on the real clock.
const TODAY: &str = "2026-07-01";

fn compare_on(scenario: &JsValue, lang: Option<String>) -> Result<JsValue, wasm_bindgen::JsError> {
    compare_js(scenario, lang, Some(TODAY.into()))
}

fn input(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn employer_cost_returns_decimal_strings_equal_to_the_core() {
    let out =
        employer_cost_js(&input(r#"{"grossAnnual": "55000", "headcount": 50}"#), None).unwrap();
    let mut core_input = hire_or_share::EmployerCostInput::new(rust_decimal::Decimal::from(55_000));
    core_input.headcount = 50;
    let core = hire_or_share::employer_cost(&core_input).unwrap();
    assert_eq!(
        get(&out, &["value", "totalEmployerCost"])
            .as_string()
            .unwrap(),
        core.total_employer_cost.to_string()
    );
    assert_eq!(
        get(&out, &["value", "netBeforeIncomeTax"])
            .as_string()
            .unwrap(),
        core.net_before_income_tax.to_string()
    );
    let lines = get(&out, &["value", "lines"]);
    assert!(js_sys::Array::is_array(&lines), "lines is a plain array");
    assert_eq!(
        js_sys::Array::from(&lines).length() as usize,
        core.lines.len()
    );
}

#[wasm_bindgen_test]
fn a_bad_field_comes_back_as_data_in_the_requested_language() {
    let out = employer_cost_js(
        &input(r#"{"grossAnnual": "55000", "headcount": 0}"#),
        Some("en".into()),
    )
    .unwrap();
    assert_eq!(
        get(&out, &["error", "field"]).as_string().unwrap(),
        "headcount"
    );
    let message = get(&out, &["error", "message"]).as_string().unwrap();
    assert!(message.contains("between 1 and 1,000,000"), "{message}");
    let out = employer_cost_js(&input(r#"{"grossAnnual": "0"}"#), Some("fr".into())).unwrap();
    let message = get(&out, &["error", "message"]).as_string().unwrap();
    assert!(
        message.starts_with("salaire brut annuel (grossAnnual)\u{a0}: 0\u{a0}€"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn malformed_input_is_data_not_a_throw() {
    let out = employer_cost_js(&input(r#"{"grossAnnual": "55000", "bogus": 1}"#), None).unwrap();
    assert_eq!(get(&out, &["error", "field"]).as_string().unwrap(), "input");
    assert!(
        get(&out, &["error", "message"])
            .as_string()
            .unwrap()
            .contains("bogus")
    );
    let out = employer_cost_js(&JsValue::from_str("not an object"), None).unwrap();
    assert!(get(&out, &["error", "message"]).as_string().is_some());
}

#[wasm_bindgen_test]
fn defaults_and_version_come_from_rust() {
    let defaults = default_employer_cost_input().unwrap();
    assert_eq!(
        get(&defaults, &["atMpRatePercent"]).as_string().unwrap(),
        "2.08"
    );
    assert_eq!(get(&defaults, &["headcount"]), JsValue::from_f64(20.0));
    assert_eq!(version(), hire_or_share::VERSION);
}

#[wasm_bindgen_test]
fn compare_returns_the_core_result_as_plain_data() {
    let out = compare_on(
        &input(r#"{"role": "drh", "daysPerWeek": 2, "dayRate": "1100"}"#),
        None,
    )
    .unwrap();
    let mut scenario = hire_or_share::Scenario::preset(hire_or_share::Role::Drh);
    scenario.days_per_week = 2.into();
    scenario.day_rate = 1100.into();
    let core = hire_or_share::compare(&scenario).unwrap();
    assert_eq!(
        get(&out, &["value", "breakEven", "daysPerWeek"])
            .as_string()
            .unwrap(),
        core.break_even.days_per_week.unwrap().to_string()
    );
    assert_eq!(
        get(&out, &["value", "sharedTime", "annualCost"])
            .as_string()
            .unwrap(),
        "99000.00"
    );
    assert!(js_sys::Array::is_array(&get(&out, &["value", "curve"])));
}

#[wasm_bindgen_test]
fn compare_errors_name_the_field_in_the_requested_language() {
    let out = compare_on(&input(r#"{"daysPerWeek": "9"}"#), Some("en".into())).unwrap();
    assert_eq!(
        get(&out, &["error", "field"]).as_string().unwrap(),
        "daysPerWeek"
    );
    assert!(
        get(&out, &["error", "message"])
            .as_string()
            .unwrap()
            .contains("is not between 0.5")
    );
    // NaN from JavaScript becomes null through JSON, and is refused.
    let nan = js_sys::Object::new();
    js_sys::Reflect::set(&nan, &"grossAnnual".into(), &JsValue::from_f64(f64::NAN)).unwrap();
    let out = compare_on(&nan.into(), None).unwrap();
    assert_eq!(
        get(&out, &["error", "field"]).as_string().unwrap(),
        "grossAnnual"
    );
    let out = compare_on(&input(r#"{"headcount": "many"}"#), Some("en".into())).unwrap();
    assert_eq!(
        get(&out, &["error", "field"]).as_string().unwrap(),
        "headcount"
    );
}

#[wasm_bindgen_test]
fn presets_defaults_and_assumptions_come_from_rust() {
    let daf = default_scenario("daf".into(), None).unwrap();
    assert_eq!(
        get(&daf, &["value", "grossAnnual"]).as_string().unwrap(),
        "90000"
    );
    let unknown = default_scenario("ceo".into(), Some("en".into())).unwrap();
    assert_eq!(
        get(&unknown, &["error", "field"]).as_string().unwrap(),
        "role"
    );
    assert_eq!(js_sys::Array::from(&presets().unwrap()).length(), 4);
    assert!(js_sys::Array::from(&assumptions().unwrap()).length() >= 25);
}

#[wasm_bindgen_test]
fn compare_bundle_adds_the_roles() {
    let out = compare_bundle_js(
        &input(r#"{"scenarios": [{"role": "daf", "daysPerWeek": 1}, {"role": "drh", "daysPerWeek": "0.5"}], "generalistGrossAnnual": 95000}"#),
        None,
    )
    .unwrap();
    assert_eq!(
        get(&out, &["value", "sharedTime", "annualCost"])
            .as_string()
            .unwrap(),
        "67500.00"
    );
    assert_eq!(
        get(&out, &["value", "generalistGrossAnnual"])
            .as_string()
            .unwrap(),
        "95000"
    );
    let out = compare_bundle_js(
        &input(r#"{"scenarios": [{"role": "ceo"}]}"#),
        Some("en".into()),
    )
    .unwrap();
    assert_eq!(get(&out, &["error", "field"]).as_string().unwrap(), "role");
    // The generalist's salary is read like any number given as text.
    for text in ["1e5", "95_000", "abc"] {
        let json =
            format!(r#"{{"scenarios": [{{"role": "daf"}}], "generalistGrossAnnual": "{text}"}}"#);
        let out = compare_bundle_js(&input(&json), None).unwrap();
        assert_eq!(
            get(&out, &["error", "field"]).as_string().unwrap(),
            "generalistGrossAnnual",
            "{text}"
        );
    }
}

#[wasm_bindgen_test]
fn every_bad_input_of_the_table_comes_back_as_data_naming_its_field() {
    let table = js_sys::JSON::parse(include_str!("../../../tests/bad-inputs.json")).unwrap();
    let cases = js_sys::Array::from(&table);
    assert!(cases.length() >= 40);
    for case in cases.iter() {
        let name = get(&case, &["name"]).as_string().unwrap();
        let field = get(&case, &["field"]).as_string().unwrap();
        let out = compare_on(&get(&case, &["scenario"]), Some("en".into())).unwrap();
        assert!(get(&out, &["value"]).is_undefined(), "{name}: accepted");
        assert_eq!(
            get(&out, &["error", "field"]).as_string().unwrap(),
            field,
            "{name}"
        );
        assert!(
            !get(&out, &["error", "message"])
                .as_string()
                .unwrap()
                .is_empty(),
            "{name}"
        );
    }
}

#[wasm_bindgen_test]
fn the_wasm_result_is_the_library_result() {
    let json = r#"{"role": "drh", "daysPerWeek": "1.5", "grossAnnual": "90000", "vatRecoverable": false, "horizonYears": 5}"#;
    let out = compare_on(&input(json), None).unwrap();
    let through_wasm = js_sys::JSON::stringify(&get(&out, &["value"]))
        .unwrap()
        .as_string()
        .unwrap();
    let scenario: hire_or_share::Scenario = serde_json::from_str(json).unwrap();
    // With no date of its own, the API's is today's.
    let (scenario, _) = scenario.on(TODAY.parse().unwrap());
    let library = library_value(&hire_or_share::compare(&scenario).unwrap());
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&through_wasm).unwrap(),
        library
    );
}

/// The library's comparison as the API gives it: with its answer (in
/// French, the API's language when none is asked for).
fn library_value(r: &hire_or_share::Comparison) -> serde_json::Value {
    let mut value = serde_json::to_value(r).unwrap();
    value["answer"] =
        serde_json::to_value(hire_or_share::Answer::new(r, hire_or_share::Lang::Fr)).unwrap();
    value
}

/// Hundreds of comparisons in a row, freeing and reusing memory, each equal
/// to the core's: scripts/test.sh runs this under the element's allocator
/// (feature `small-alloc`) in Node, and under std's in Chromium.
#[wasm_bindgen_test]
fn results_stay_exact_over_many_computations() {
    for round in 0..3 {
        for i in 0..200_u32 {
            let gross = 30_000 + i * 997 + round;
            let days = ["0.5", "1", "2.5", "4"][(i % 4) as usize];
            let json =
                format!(r#"{{"role": "dsi", "grossAnnual": "{gross}", "daysPerWeek": "{days}"}}"#);
            let out = compare_on(&input(&json), None).unwrap();
            let mut scenario = hire_or_share::Scenario::preset(hire_or_share::Role::Dsi);
            scenario.gross_annual = gross.into();
            scenario.days_per_week = days.parse().unwrap();
            let core = hire_or_share::compare(&scenario).unwrap();
            for (path, expected) in [
                ("fullTimeHire", core.full_time_hire.cost.annual_cost),
                ("sharedTime", core.shared_time.cost.annual_cost),
                ("partTimeHire", core.part_time_hire.cost.first_year_cost),
            ] {
                let key = if path == "partTimeHire" {
                    "firstYearCost"
                } else {
                    "annualCost"
                };
                assert_eq!(
                    get(&out, &["value", path, key]).as_string().unwrap(),
                    expected.to_string(),
                    "{json}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn a_need_profile_as_objects_or_as_text_gives_the_core_totals() {
    let scenario = {
        // METHODOLOGY.md's worked example is on the November 2026 defaults.
        let november =
            hire_or_share::DefaultsVersion(hire_or_share::Defaults::find("2026-11").unwrap());
        let mut s = hire_or_share::Scenario::preset_in(hire_or_share::Role::Daf, november);
        s.set("needProfile", "6x2,18x0.5").unwrap();
        s.set("date", "2026-07-01").unwrap();
        s
    };
    let library = library_value(&hire_or_share::compare(&scenario).unwrap());
    for need in [
        r#"[{"months": 6, "daysPerWeek": 2}, {"months": 18, "daysPerWeek": 0.5}]"#,
        r#"[{"daysPerWeek": "2", "months": "6"}, {"months": 18, "daysPerWeek": "0.5"}]"#,
        r#""6x2,18x0.5""#,
    ] {
        let json = format!(
            r#"{{"role": "daf", "defaults": "2026-11", "date": "2026-07-01", "needProfile": {need}}}"#
        );
        let out = compare_on(&input(&json), None).unwrap();
        let p = get(&out, &["value", "needProfile"]);
        for (path, expected) in [
            (&["total", "sharedTime"][..], "83941.48"),
            (&["total", "fullTimeHire"], "350798.99"),
            (&["total", "partTimeHire"], "180108.94"),
            (&["breakEvenDaysPerWeek"], "4.16"),
            (&["cheapest"], "sharedTime"),
        ] {
            assert_eq!(get(&p, path).as_string().unwrap(), expected, "{need}");
        }
        let periods = js_sys::Array::from(&get(&p, &["periods"]));
        assert_eq!(
            get(&periods.get(0), &["sharedTime"]).as_string().unwrap(),
            "49741.48"
        );
        assert_eq!(
            get(&periods.get(1), &["sharedTime"]).as_string().unwrap(),
            "34200.00"
        );
        let through_wasm = js_sys::JSON::stringify(&get(&out, &["value"]))
            .unwrap()
            .as_string()
            .unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&through_wasm).unwrap(),
            library,
            "{need}"
        );
        // The scenario a result echoes goes back in as it is.
        let mut again = js_sys::Object::new();
        again = js_sys::Object::assign(&again, &get(&out, &["value", "scenario"]).into());
        let out = compare_on(&again.into(), None).unwrap();
        assert_eq!(
            get(&out, &["value", "needProfile", "total", "sharedTime"])
                .as_string()
                .unwrap(),
            "83941.48",
            "{need}"
        );
    }
    // No profile: null, absent or empty text.
    for json in [r#"{"needProfile": null}"#, r#"{"needProfile": ""}"#, "{}"] {
        let out = compare_on(&input(json), None).unwrap();
        assert!(get(&out, &["value", "needProfile"]).is_null(), "{json}");
    }
    let out = compare_on(
        &input(r#"{"needProfile": "6x2,6x0", "exitWhenNeedEnds": true}"#),
        None,
    )
    .unwrap();
    assert_eq!(
        get(&out, &["value", "scenario", "exitWhenNeedEnds"]),
        JsValue::TRUE
    );
}

#[wasm_bindgen_test]
fn a_bad_need_profile_is_an_error_naming_it_and_the_period() {
    for (json, period) in [
        (
            r#"[{"months": 6, "daysPerWeek": 2}, {"months": 0, "daysPerWeek": 1}]"#,
            Some(2),
        ),
        (r#"[{"months": 6, "daysPerWeek": "5.5"}]"#, Some(1)),
        (r#""6x2,3x1,4x1.25""#, Some(3)),
        (r#""30x2,31x1""#, None),
        (r#"[{"months": 6, "daysPerWeek": 0}]"#, None),
        (r#"[{"months": 6}]"#, None),
        (r#"[{"months": 6, "daysPerWeek": 2, "extra": 1}]"#, None),
        (r#"[{"months": 6, "daysPerWeek": "2,18x1"}]"#, None),
        (r#"[{"months": 6.5, "daysPerWeek": 2}]"#, None),
        (r#"[{"months": [6], "daysPerWeek": 2}]"#, None),
        ("[6, 2]", None),
        ("[]", None),
        (r#"{"months": 6, "daysPerWeek": 2}"#, None),
        (r#""6x2;18x1""#, None),
    ] {
        for lang in ["en", "fr"] {
            let scenario = input(&format!(r#"{{"needProfile": {json}}}"#));
            let out = compare_on(&scenario, Some(lang.into())).unwrap();
            assert!(get(&out, &["value"]).is_undefined(), "{json}: accepted");
            assert_eq!(
                get(&out, &["error", "field"]).as_string().unwrap(),
                "needProfile",
                "{json}"
            );
            let message = get(&out, &["error", "message"]).as_string().unwrap();
            assert!(message.contains("(needProfile)"), "{json}: {message}");
            let word = if lang == "fr" { "période" } else { "period" };
            match period {
                Some(n) => assert!(
                    message.contains(&format!("(needProfile), {word} {n}")),
                    "{json}: {message}"
                ),
                None => assert!(
                    !message.contains(&format!("(needProfile), {word}")),
                    "{json}: {message}"
                ),
            }
        }
    }
    let many = format!(
        "[{}]",
        vec![r#"{"months": 1, "daysPerWeek": 1}"#; 30].join(",")
    );
    let out = compare_on(
        &input(&format!(r#"{{"needProfile": {many}}}"#)),
        Some("en".into()),
    )
    .unwrap();
    let message = get(&out, &["error", "message"]).as_string().unwrap();
    assert!(
        message.contains("25 periods is not between 1 period and 24 periods"),
        "{message}"
    );
}

/// A salary below the SMIC is data, not a number: an error on `grossAnnual`
/// with the legal minimum of the rules, in the requested language; at the
/// SMIC itself, the comparison is computed.
#[wasm_bindgen_test]
fn a_salary_below_the_smic_is_an_error_naming_the_minimum() {
    let below = input(r#"{"role": "daf", "grossAnnual": "22404.19", "date": "2026-07-01"}"#);
    let out = compare_on(&below, Some("fr".into())).unwrap();
    assert_eq!(
        get(&out, &["error", "field"]).as_string().unwrap(),
        "grossAnnual"
    );
    let message = get(&out, &["error", "message"])
        .as_string()
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        message.contains("est inférieur au SMIC à temps plein, 22 404,20 € par an (règles du 1er juin 2026, art. L3231-2 du Code du travail)"),
        "{message}"
    );
    let january = input(r#"{"grossAnnual": "21876.39", "date": "2026-01-15"}"#);
    let out = compare_on(&january, Some("en".into())).unwrap();
    let message = get(&out, &["error", "message"])
        .as_string()
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        message.contains("21,876.40 € a year (rules of 1 January 2026"),
        "{message}"
    );
    let at = input(r#"{"role": "daf", "grossAnnual": "22404.20", "date": "2026-07-01"}"#);
    let out = compare_on(&at, None).unwrap();
    assert!(
        get(&out, &["error"]).is_undefined(),
        "{:?}",
        get(&out, &["error"])
    );
    assert_eq!(
        get(&out, &["value", "scenario", "grossAnnual"])
            .as_string()
            .unwrap(),
        "22404.20"
    );
}

/// With no date, the rules are those of `today`; past the last known period,
/// the last one's, and `notices` says so. A bad `today` is an error naming it.
#[wasm_bindgen_test]
fn the_rules_are_todays_and_past_their_end_a_notice_says_so() {
    let daf = input(r#"{"role": "daf"}"#);
    let march = compare_js(&daf, Some("en".into()), Some("2026-03-02".into())).unwrap();
    assert_eq!(
        get(&march, &["value", "period", "name"])
            .as_string()
            .unwrap(),
        "2026-01"
    );
    assert_eq!(js_sys::Array::from(&get(&march, &["notices"])).length(), 0);
    let later = compare_js(&daf, Some("fr".into()), Some("2027-01-05".into())).unwrap();
    assert_eq!(
        get(&later, &["value", "period", "name"])
            .as_string()
            .unwrap(),
        "2026-06"
    );
    assert_eq!(
        get(&later, &["value", "scenario", "date"])
            .as_string()
            .unwrap(),
        "2026-12-31"
    );
    let notice = js_sys::Array::from(&get(&later, &["notices"])).get(0);
    assert_eq!(get(&notice, &["id"]).as_string().unwrap(), "rules_past_end");
    assert!(
        get(&notice, &["fr"])
            .as_string()
            .unwrap()
            .starts_with("Les paramètres 2027")
    );
    // A date given stays the user's: outside the known periods, an error.
    let dated = input(r#"{"role": "daf", "date": "2027-01-05"}"#);
    let out = compare_js(&dated, None, Some("2027-01-05".into())).unwrap();
    assert_eq!(get(&out, &["error", "field"]).as_string().unwrap(), "date");
    let out = compare_js(&daf, None, Some("tomorrow".into())).unwrap();
    assert_eq!(get(&out, &["error", "field"]).as_string().unwrap(), "today");
}

/// The SMIC floor at the cent through `employerCost`, in both 2026 periods
/// and at each half day of part time (10 % of full time a half day).
#[wasm_bindgen_test]
fn employer_cost_refuses_a_cent_below_the_smic_at_each_half_day() {
    for (date, smic) in [("2026-03-01", 2_187_640_i64), ("2026-07-01", 2_240_420)] {
        for half_days in 1..=10_i64 {
            // SMIC × half days ÷ 10, in cents (exact: the SMIC's cents end in 0).
            let minimum = smic * half_days / 10;
            let at = |cents: i64| {
                let json = format!(
                    r#"{{"grossAnnual": "{}.{:02}", "workTimePercent": "{}", "date": "{date}"}}"#,
                    cents / 100,
                    cents % 100,
                    half_days * 10
                );
                employer_cost_js(&input(&json), Some("en".into())).unwrap()
            };
            assert!(
                get(&at(minimum), &["error"]).is_undefined(),
                "{date} {half_days}"
            );
            let below = at(minimum - 1);
            assert_eq!(
                get(&below, &["error", "field"]).as_string().unwrap(),
                "grossAnnual",
                "{date} {half_days}"
            );
        }
    }
}

/// A proposal's link pins its rules and defaults (issue #17); a result on
/// older rules than today's carries today's figures and the note to show.
#[wasm_bindgen_test]
fn share_links_pin_and_results_say_todays_figures() {
    let out = share_link(
        &input(r#"{"role": "daf", "grossAnnual": 95000}"#),
        Some("en".into()),
        Some("2026-12-03".into()),
    )
    .unwrap();
    assert_eq!(
        get(&out, &["value"]).as_string().unwrap(),
        "v=1&role=daf&defaults=2026-12c&gross-annual=95000&date=2026-06-01"
    );
    let bad = share_link(&input(r#"{"dayRate": "cheap"}"#), Some("en".into()), None).unwrap();
    assert_eq!(
        get(&bad, &["error", "field"]).as_string().unwrap(),
        "dayRate"
    );
    let bad = share_link(
        &input(r#"{"defaults": "2019-01"}"#),
        Some("fr".into()),
        None,
    )
    .unwrap();
    assert_eq!(
        get(&bad, &["error", "field"]).as_string().unwrap(),
        "defaults"
    );

    // On the January rules, opened in July: today's figures, with the note (the
    // same at 30 000 €: the RGDU keeps the January SMIC all year, CSS D241-7).
    let january = input(r#"{"role": "drh", "grossAnnual": "30000", "date": "2026-03-02"}"#);
    let out = compare_on(&january, Some("en".into())).unwrap();
    assert_eq!(
        get(&out, &["value", "period", "name"]).as_string().unwrap(),
        "2026-01"
    );
    let note = get(&out, &["today", "value", "note"]).as_string().unwrap();
    assert!(
        note.ends_with(
            "With today's rules and defaults: 12,860.98\u{a0}€ a year less (change 0.00\u{a0}€)."
        ),
        "{note}"
    );
    assert!(get(&out, &["today", "value", "scenario", "date"]).is_null());
    assert_eq!(
        get(&out, &["today", "value", "savings", "amount"])
            .as_string()
            .unwrap(),
        "12860.98"
    );
    // On today's rules: nothing to add.
    let today = input(r#"{"role": "drh", "grossAnnual": "30000"}"#);
    assert!(get(&compare_on(&today, None).unwrap(), &["today"]).is_null());
}

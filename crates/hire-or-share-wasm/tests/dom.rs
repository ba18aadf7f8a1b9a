#![cfg(all(target_arch = "wasm32", feature = "widget"))]
//! The widget's rendering, in headless Chromium.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

#[wasm_bindgen_test]
fn renders_the_core_result_from_the_attributes() {
    let root = fresh_root();
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[
            ("preset", "drh"),
            ("gross-annual", "90000"),
            ("days-per-week", "2"),
        ]),
        Some("en".into()),
        None,
        Some(TODAY.into()),
    )
    .unwrap();
    let mut scenario = hire_or_share::Scenario::preset(hire_or_share::Role::Drh);
    scenario.gross_annual = 90_000.into();
    scenario.days_per_week = 2.into();
    let expected = hire_or_share::compare(&scenario).unwrap();
    assert_eq!(
        data_value(&root, "full-time-hire-annual"),
        expected.full_time_hire.cost.annual_cost.to_string()
    );
    assert_eq!(
        data_value(&root, "shared-time-annual"),
        expected.shared_time.cost.annual_cost.to_string()
    );
    assert_eq!(
        data_value(&root, "break-even"),
        expected.break_even.days_per_week.unwrap().to_string()
    );
    // The answer is the core's, every option weighed.
    let answer = hire_or_share::Answer::new(&expected, hire_or_share::Lang::En);
    assert_eq!(text(&root, ".verdict"), answer.sentence);
    assert_eq!(text(&root, ".summary"), answer.summary());
    assert_eq!(
        data_value(&root, "verdict"),
        answer.figure.to_string(),
        "the answer's figure"
    );
    // The employer contributions, line by line, each with its rate and source.
    let employer_lines: Vec<_> = expected
        .full_time_hire
        .employer_cost
        .lines
        .iter()
        .filter(|l| l.payer == hire_or_share::Payer::Employer)
        .collect();
    // Drawn when the disclosure opens (its `toggle`, as the browser sends
    // it), not before: an update draws only what is in view.
    let contributions = root
        .query_selector("details.contributions")
        .unwrap()
        .unwrap();
    assert_eq!(contributions.child_element_count(), 1, "its title only");
    contributions.set_attribute("open", "").unwrap();
    contributions
        .dispatch_event(&web_sys::Event::new("toggle").unwrap())
        .unwrap();
    let rows = root
        .query_selector_all("details.contributions tbody tr")
        .unwrap();
    assert_eq!(rows.length() as usize, employer_lines.len());
    assert_eq!(
        text(&root, "details.contributions tbody tr th"),
        employer_lines[0].label_en
    );
    let dialogue = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|row| row.text_content().unwrap_or_default())
        .find(|row| row.starts_with("Social dialogue contribution"))
        .expect("the social dialogue contribution has a row");
    assert!(dialogue.contains("0.016%"), "{dialogue}");
    assert!(dialogue.contains("urssaf.fr"), "{dialogue}");
    // Our reasoning behind an estimated default is in the page's language.
    assert_eq!(
        text(&root, "#hos-weeksPerYear-hint .estimate"),
        "Estimate: 52 weeks minus 5 weeks of paid leave and about 2 weeks of public holidays; comparable calculators use 48"
    );
    assert!(
        root.query_selector("svg[role=img] title")
            .unwrap()
            .is_some(),
        "the chart has a title"
    );
    assert!(
        root.query_selector("#hos-daysPerWeek-range")
            .unwrap()
            .is_some(),
        "a slider beside the number"
    );
}

#[wasm_bindgen_test]
fn a_new_role_brings_its_salary_day_rate_and_their_sources() {
    let root = fresh_root();
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[("preset", "daf")]),
        None,
        None,
        Some(TODAY.into()),
    )
    .unwrap();
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#hos-role")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("dsi");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    let dsi = hire_or_share::Role::Dsi.preset();
    let lang = hire_or_share::Lang::Fr;
    assert_eq!(
        input(&root, "hos-grossAnnual").value(),
        hire_or_share::Scenario::preset(hire_or_share::Role::Dsi)
            .gross_annual
            .to_string()
    );
    for (field, source) in [
        ("grossAnnual", &dsi.gross_annual_source),
        ("dayRate", &dsi.day_rate_source),
    ] {
        let hint = root
            .query_selector(&format!("#hos-{field}-hint"))
            .unwrap()
            .unwrap();
        let shown = hint.last_element_child().unwrap();
        assert_eq!(
            shown.text_content().unwrap(),
            source.title_in(lang),
            "{field}"
        );
        if !source.url.is_empty() {
            assert_eq!(shown.get_attribute("href").unwrap(), source.url, "{field}");
        }
        assert_eq!(
            hint.query_selector_all("a, .estimate").unwrap().length(),
            1,
            "{field}: one source"
        );
    }
}

#[wasm_bindgen_test]
fn a_bad_value_shows_its_error_and_keeps_the_last_result() {
    let root = fresh_root();
    let _mounted =
        hire_or_share_wasm::mount(&root, &attributes(&[]), None, None, Some(TODAY.into())).unwrap();
    let before = data_value(&root, "shared-time-annual");
    type_into(&root, "hos-daysPerWeek", "6");
    assert!(text(&root, "#hos-daysPerWeek-error").contains("n'est pas compris entre 0,5"));
    assert_eq!(
        input(&root, "hos-daysPerWeek")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(data_value(&root, "shared-time-annual"), before);
    // The last result is marked as the previous values' one.
    assert!(root.query_selector(".output.stale").unwrap().is_some());
    assert!(
        !root
            .query_selector(".stale-notice")
            .unwrap()
            .unwrap()
            .has_attribute("hidden")
    );
    type_into(&root, "hos-grossAnnual", "abc");
    assert_eq!(
        spaced(&text(&root, "#hos-grossAnnual-error")),
        "Saisissez un nombre, par exemple 90 000."
    );
    // Back to valid values: the errors go, the result follows, current.
    type_into(&root, "hos-daysPerWeek", "2");
    type_into(&root, "hos-grossAnnual", "85 000");
    assert_eq!(text(&root, "#hos-daysPerWeek-error"), "");
    assert_eq!(data_value(&root, "shared-time-annual"), "90000.00");
    assert!(root.query_selector(".output.stale").unwrap().is_none());
    assert!(
        root.query_selector(".stale-notice")
            .unwrap()
            .unwrap()
            .has_attribute("hidden")
    );
    // Below the SMIC: the legal minimum, inline, and the last result stays.
    type_into(&root, "hos-grossAnnual", "22404,19");
    assert_eq!(
        spaced(&text(&root, "#hos-grossAnnual-error")),
        "salaire brut annuel : 22 404,19 € est inférieur au SMIC à temps plein, \
         22 404,20 € par an (règles du 1er juin 2026, art. L3231-2 du Code du travail)"
    );
    assert_eq!(data_value(&root, "shared-time-annual"), "90000.00");
    type_into(&root, "hos-grossAnnual", "22404,20");
    assert_eq!(text(&root, "#hos-grossAnnual-error"), "");
}

/// `text` with its no-break and narrow no-break spaces as plain ones.
fn spaced(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

#[wasm_bindgen_test]
fn a_number_with_two_readings_asks_and_its_button_fixes_it() {
    let root = fresh_root();
    let _mounted =
        hire_or_share_wasm::mount(&root, &attributes(&[]), None, None, Some(TODAY.into())).unwrap();
    let before = data_value(&root, "shared-time-annual");
    // "1.100" in French: a thousands separator.
    type_into(&root, "hos-dayRate", "1.100");
    assert_eq!(text(&root, "#hos-dayRate-error"), "");
    let thousand_one_hundred = data_value(&root, "shared-time-annual");
    assert_ne!(thousand_one_hundred, before);
    // "1,100": 1,10 € is no day rate; the field asks.
    type_into(&root, "hos-dayRate", "1,100");
    assert_eq!(
        spaced(&text(&root, "#hos-dayRate-error")),
        "Vouliez-vous dire 1 100 € ?"
    );
    assert!(root.query_selector(".output.stale").unwrap().is_some());
    let fix: HtmlElement = root
        .query_selector("#hos-dayRate-error button[data-action=fix]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    fix.click();
    assert_eq!(input(&root, "hos-dayRate").value(), "1100");
    assert_eq!(text(&root, "#hos-dayRate-error"), "");
    assert_eq!(
        data_value(&root, "shared-time-annual"),
        thousand_one_hundred
    );
    assert!(root.query_selector(".output.stale").unwrap().is_none());
    // Under 100 €: refused with the range, by the field's label.
    type_into(&root, "hos-dayRate", "1,10");
    assert_eq!(
        spaced(&text(&root, "#hos-dayRate-error")),
        "tarif journalier HT : 1,10 € n'est pas compris entre 100 € et 100 000 €"
    );
}

#[wasm_bindgen_test]
fn attribute_text_is_shown_as_text_never_as_markup() {
    let root = fresh_root();
    let payload = "<img src=x onerror=alert(1)>";
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[
            ("gross-annual", payload),
            ("day-rate", "\"><script>alert(1)</script>"),
        ]),
        None,
        None,
        Some(TODAY.into()),
    )
    .unwrap();
    assert_eq!(input(&root, "hos-grossAnnual").value(), payload);
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector("script").unwrap().is_none());
    assert!(!text(&root, "#hos-grossAnnual-error").is_empty());
}

#[wasm_bindgen_test]
fn a_share_link_restores_its_scenario_and_lists_what_it_ignores() {
    let root = fresh_root();
    let query = "?v=1&role=drh&days-per-week=1.5&gross-annual=%3Cb%3Ex&weeks-per-year=40";
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[("preset", "dsi")]),
        Some("en".into()),
        Some(query.into()),
        Some(TODAY.into()),
    )
    .unwrap();
    let mut expected = hire_or_share::Scenario::preset(hire_or_share::Role::Drh);
    expected.days_per_week = "1.5".parse().unwrap();
    expected.weeks_per_year = 40.into();
    let result = hire_or_share::compare(&expected).unwrap();
    assert_eq!(
        data_value(&root, "shared-time-annual"),
        result.shared_time.cost.annual_cost.to_string()
    );
    let notice = text(&root, ".notice");
    assert!(notice.contains("gross-annual"), "{notice}");
    assert!(
        root.query_selector(".notice b").unwrap().is_none(),
        "shown as text"
    );
}

/// With no date, the page's day gives the rules: past the last known period,
/// the last one, and a notice above the result says so; before, no notice.
#[wasm_bindgen_test]
fn past_the_last_period_a_notice_says_which_rules_are_used() {
    let root = fresh_root();
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[]),
        None,
        None,
        Some("2027-01-05".into()),
    )
    .unwrap();
    let notice = text(&root, ".rules-notice").replace('\u{a0}', " ");
    assert!(
        notice.starts_with("Les paramètres 2027 (plafond de la sécurité sociale, SMIC"),
        "{notice}"
    );
    assert!(
        notice.contains("calcul avec les règles du 1er juin 2026"),
        "{notice}"
    );
    let before = data_value(&root, "shared-time-annual");
    let root = fresh_root();
    let _mounted =
        hire_or_share_wasm::mount(&root, &attributes(&[]), None, None, Some(TODAY.into())).unwrap();
    assert!(root.query_selector(".rules-notice").unwrap().is_none());
    // The same figures: the last period is the one in force on 2026-07-01.
    assert_eq!(data_value(&root, "shared-time-annual"), before);
    // A date given by the user is theirs: no notice.
    let root = fresh_root();
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[("date", "2026-07-01")]),
        None,
        None,
        Some("2027-01-05".into()),
    )
    .unwrap();
    assert!(root.query_selector(".rules-notice").unwrap().is_none());
}

/// A link on older rules than today's keeps its figures, says today's under
/// them, and one click switches to today's (issue #17).
#[wasm_bindgen_test]
fn a_pinned_link_shows_todays_figures_and_switches_to_them() {
    let root = fresh_root();
    let query = "?v=1&role=drh&defaults=2026-11&gross-annual=30000&date=2026-01-01";
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[]),
        Some("en".into()),
        Some(query.into()),
        Some(TODAY.into()),
    )
    .unwrap();
    let (pinned, _) = hire_or_share::Scenario::from_query(query, hire_or_share::Lang::En);
    let result = hire_or_share::compare(&pinned).unwrap();
    assert_eq!(savings(&root), result.savings.amount.to_string());
    let note = text(&root, ".pinned");
    assert!(
        note.starts_with(
            "Computed with the rules of 1 January 2026 and the defaults of November 2026."
        ),
        "{note}"
    );
    // Today's: the RGDU is the same under the June rules (it keeps the
    // January SMIC, CSS D241-7); the December defaults put the company in
    // Paris, whose mobility levy (3.20 % × 30 000 = 960 €) the hire now bears.
    assert!(note.contains("12,860.98"), "{note}");
    let button: HtmlElement = root
        .query_selector(".pinned button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    // Today's figures: the June rules, the salary the link changed kept.
    assert_eq!(savings(&root), "12860.98");
    assert!(root.query_selector(".pinned").unwrap().is_none());
    let gross = input(&root, "hos-grossAnnual").value();
    assert_eq!(gross.replace(|c: char| !c.is_ascii_digit(), ""), "30000");
}

/// What shared time saves against a full-time hire, as the answer's element
/// gives it to hosts (`data-savings`).
fn savings(root: &web_sys::ShadowRoot) -> String {
    root.query_selector("[data-key=verdict]")
        .unwrap()
        .unwrap()
        .get_attribute("data-savings")
        .unwrap()
}

/// A host's event at a text node in the element finds no field, and the
/// element keeps working.
#[wasm_bindgen_test]
fn an_event_at_a_text_node_is_passed_over() {
    let root = fresh_root();
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[]),
        Some("en".into()),
        None,
        Some(TODAY.into()),
    )
    .unwrap();
    let verdict = root.query_selector(".verdict").unwrap().unwrap();
    let node = verdict.first_child().unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    for kind in ["input", "click"] {
        node.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
            .unwrap();
    }
    let before = data_value(&root, "shared-time-annual");
    type_into(&root, "hos-dayRate", "1200");
    assert_ne!(data_value(&root, "shared-time-annual"), before);
}

/// A role attribute that does not read is said above the form (issue #25),
/// not replaced by the DAF without a word; a share link's version other
/// than 1 and a parameter given twice are listed too.
#[wasm_bindgen_test]
fn a_bad_role_attribute_and_an_odd_link_are_said() {
    let root = fresh_root();
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[("preset", "drhh")]),
        Some("en".into()),
        Some("?v=2&day-rate=900&day-rate=950".into()),
        Some(TODAY.into()),
    )
    .unwrap();
    let notice = text(&root, ".notice");
    assert!(notice.contains("preset"), "{notice}");
    assert!(notice.contains("drhh"), "{notice}");
    assert!(notice.contains("unknown link version"), "{notice}");
    assert!(notice.contains("only the last value is read"), "{notice}");
    assert_eq!(
        input(&root, "hos-dayRate")
            .value()
            .replace(|c: char| !c.is_ascii_digit(), ""),
        "950"
    );
}

/// An address with the calculator's parameters but no `v=` is not read as
/// a link, and the element says so (issue #25); an address with none of
/// them (the page's own) says nothing.
#[wasm_bindgen_test]
fn an_address_without_a_version_is_said_not_read() {
    let root = fresh_root();
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[]),
        Some("en".into()),
        Some("?day-rate=950".into()),
        Some(TODAY.into()),
    )
    .unwrap();
    let notice = text(&root, ".notice");
    assert!(notice.contains("no version (v=1)"), "{notice}");
    assert_ne!(
        input(&root, "hos-dayRate")
            .value()
            .replace(|c: char| !c.is_ascii_digit(), ""),
        "950"
    );
    let root = fresh_root();
    let _mounted = hire_or_share_wasm::mount(
        &root,
        &attributes(&[]),
        Some("en".into()),
        Some("?utm_source=mail".into()),
        Some(TODAY.into()),
    )
    .unwrap();
    assert!(root.query_selector(".notice").unwrap().is_none());
}

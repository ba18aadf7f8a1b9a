#![cfg(all(target_arch = "wasm32", feature = "widget"))]
//! The element with the editor of a need that varies, in headless Chromium:
//! its totals are the core's as the periods change, a bad period shows its
//! error, and an element mounted in another's place is the only one that
//! answers.

use std::cell::Cell;
use std::rc::Rc;

use hire_or_share::{Date, Role, Scenario};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

/// The core's totals for a DAF with the profile `need`, on the tests' date.
fn core_totals(need: &str) -> [String; 3] {
    let mut s = Scenario::preset(Role::Daf);
    s.set("needProfile", need).unwrap();
    let today: Date = TODAY.parse().unwrap();
    let p = hire_or_share::compare(&s.on(today).0)
        .unwrap()
        .need_profile
        .unwrap();
    [
        p.total.shared_time,
        p.total.full_time_hire,
        p.total.part_time_hire,
    ]
    .map(|d| d.to_string())
}

fn page_totals(root: &ShadowRoot) -> [String; 3] {
    [
        "need-shared-time",
        "need-full-time-hire",
        "need-part-time-hire",
    ]
    .map(|key| data_value(root, key))
}

fn click(root: &ShadowRoot, selector: &str) {
    let button: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
}

fn mount(root: &ShadowRoot, pairs: &[(&str, &str)]) -> hire_or_share_wasm::Mounted {
    hire_or_share_wasm::mount(
        root,
        &attributes(pairs),
        Some("en".into()),
        None,
        Some(TODAY.into()),
    )
    .unwrap()
}

#[wasm_bindgen_test]
fn the_editor_gives_the_core_totals_as_its_periods_change() {
    let root = fresh_root();
    let _mounted = mount(&root, &[("preset", "daf"), ("need-profile", "6x2,18x0.5")]);
    assert_eq!(page_totals(&root), core_totals("6x2,18x0.5"));
    assert_eq!(input(&root, "hos-need-months-2").value(), "18");
    assert_eq!(input(&root, "hos-need-days-2").value(), "0.5");

    type_into(&root, "hos-need-days-2", "1");
    assert_eq!(page_totals(&root), core_totals("6x2,18x1"));

    // A period that does not read: its error, and the last result stays.
    type_into(&root, "hos-need-days-2", "abc");
    let error = text(&root, "#hos-needProfile-error");
    assert!(error.starts_with("need that varies, period 2: "), "{error}");
    assert!(!error.contains("needProfile"), "{error}");
    assert_eq!(page_totals(&root), core_totals("6x2,18x1"));
    type_into(&root, "hos-need-days-2", "1");

    click(&root, "[data-action=need-add]");
    assert_eq!(input(&root, "hos-need-months-3").value(), "6");
    assert_eq!(page_totals(&root), core_totals("6x2,18x1,6x1"));

    // Removed: the rows are numbered anew.
    click(
        &root,
        "#hos-needProfile > li:first-child [data-action=need-remove]",
    );
    assert_eq!(input(&root, "hos-need-months-1").value(), "18");
    assert!(root.query_selector("#hos-need-months-3").unwrap().is_none());
    assert_eq!(page_totals(&root), core_totals("18x1,6x1"));

    click(&root, "[data-shape='12x1,12x0']");
    assert_eq!(page_totals(&root), core_totals("12x1,12x0"));

    // Every period removed: no profile, and no profile in the result.
    click(&root, "[data-action=need-remove]");
    click(&root, "[data-action=need-remove]");
    assert!(
        root.query_selector("[data-key=need-profile]")
            .unwrap()
            .is_none()
    );
    assert!(root.query_selector("#hos-need-months-1").unwrap().is_none());
}

/// The loader mounts the element again in the same shadow root when its
/// attributes change, after freeing the first (`Mounted`, dropped): the
/// first no longer answers (nor tells the page a stale result), and an
/// element unmounted alone answers nothing.
#[wasm_bindgen_test]
fn an_element_unmounted_answers_no_more() {
    let root = fresh_root();
    let first = mount(&root, &[("preset", "daf")]);
    drop(first);
    root.set_inner_html("");
    let second = mount(&root, &[("preset", "daf"), ("need-profile", "6x2,18x0.5")]);
    let events = Rc::new(Cell::new(0));
    let counter = Rc::clone(&events);
    let listener = Closure::<dyn FnMut()>::new(move || counter.set(counter.get() + 1));
    root.host()
        .add_event_listener_with_callback("hire-or-share-change", listener.as_ref().unchecked_ref())
        .unwrap();
    type_into(&root, "hos-need-days-1", "3");
    assert_eq!(events.get(), 1, "one result, from the element in place");
    assert_eq!(page_totals(&root), core_totals("6x3,18x0.5"));
    drop(second);
    type_into(&root, "hos-need-days-1", "2");
    assert_eq!(events.get(), 1, "no result once unmounted");
    assert_eq!(page_totals(&root), core_totals("6x3,18x0.5"));
}

/// A host that locks the profile shows it read-only, its rows drawn again
/// read-only too; one that hides it hides the whole disclosure.
#[wasm_bindgen_test]
fn a_locked_profile_is_read_only_and_a_hidden_one_is_not_shown() {
    let root = fresh_root();
    let _mounted = mount(
        &root,
        &[("need-profile", "6x2,18x0.5"), ("locked", "need-profile")],
    );
    assert!(
        root.query_selector(".need-panel[data-locked]")
            .unwrap()
            .is_some()
    );
    for id in ["hos-need-months-1", "hos-need-days-2"] {
        assert!(input(&root, id).has_attribute("readonly"), "{id}");
    }
    assert_eq!(page_totals(&root), core_totals("6x2,18x0.5"));

    let root = fresh_root();
    let _mounted = mount(&root, &[("hide", "need-profile")]);
    let panel = root.query_selector(".need-panel").unwrap().unwrap();
    assert!(panel.has_attribute("hidden"));
}

/// A host's profile of 10 000 periods builds no more than 24 rows before the
/// core refuses it (issue #25), and the error names the field.
#[wasm_bindgen_test]
fn a_huge_profile_builds_at_most_the_limit_of_rows() {
    let root = fresh_root();
    let need = vec!["1x1"; 10_000].join(",");
    let _mounted = mount(&root, &[("need-profile", &need)]);
    let rows = root.query_selector_all(".need-period").unwrap().length();
    assert_eq!(rows, 24);
    let error = text(&root, "#hos-needProfile-error");
    assert!(error.contains("24"), "{error}");
}

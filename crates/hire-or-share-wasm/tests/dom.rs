#![cfg(target_arch = "wasm32")]
//! The widget's rendering, in headless Chromium.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> ShadowRoot {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap()
}

fn text(root: &ShadowRoot, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

fn data_value(root: &ShadowRoot, key: &str) -> String {
    root.query_selector(&format!("dd[data-key=\"{key}\"]"))
        .unwrap()
        .unwrap()
        .get_attribute("data-value")
        .unwrap()
}

#[wasm_bindgen_test]
fn renders_the_core_result_and_keeps_it_on_bad_input() {
    let root = fresh_root();
    hire_or_share_wasm::mount(&root, Some("60000".into()), Some("en".into())).unwrap();
    let expected =
        hire_or_share::employer_cost(&hire_or_share::EmployerCostInput::new(60_000.into()))
            .unwrap();
    assert_eq!(
        data_value(&root, "total-employer-cost"),
        expected.total_employer_cost.to_string()
    );
    assert!(text(&root, "label").contains("Gross annual salary"));

    let input: HtmlInputElement = root
        .query_selector("#gross-annual")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("abc");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    assert_eq!(
        text(&root, "#gross-annual-error"),
        "Enter an amount in euros."
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        data_value(&root, "total-employer-cost"),
        expected.total_employer_cost.to_string()
    );
}

#[wasm_bindgen_test]
fn user_text_is_shown_as_text() {
    let root = fresh_root();
    hire_or_share_wasm::mount(&root, Some("<img src=x onerror=alert(1)>".into()), None).unwrap();
    let input: HtmlInputElement = root
        .query_selector("#gross-annual")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "<img src=x onerror=alert(1)>");
    assert!(root.query_selector("img").unwrap().is_none());
    assert_eq!(
        text(&root, "#gross-annual-error"),
        "Saisissez un montant en euros."
    );
}

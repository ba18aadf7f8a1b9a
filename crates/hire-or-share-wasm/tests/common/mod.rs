//! What the widget's tests in Chromium share: a fresh shadow root, the
//! attributes of a mount, reading the rendered values, typing in a field.
#![allow(dead_code, reason = "each test file uses some of the helpers")]

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

pub fn fresh_root() -> ShadowRoot {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap()
}

pub fn attributes(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&object, &JsValue::from_str(k), &JsValue::from_str(v)).unwrap();
    }
    object.into()
}

pub fn text(root: &ShadowRoot, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

pub fn data_value(root: &ShadowRoot, key: &str) -> String {
    root.query_selector(&format!("[data-key=\"{key}\"]"))
        .unwrap()
        .unwrap()
        .get_attribute("data-value")
        .unwrap()
}

pub fn input(root: &ShadowRoot, id: &str) -> HtmlInputElement {
    root.query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// The page's date for every mount: no test depends on the real clock.
pub const TODAY: &str = "2026-07-01";

pub fn type_into(root: &ShadowRoot, id: &str, value: &str) {
    let field = input(root, id);
    field.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

//! The result's actions: copy the link to the current scenario (pinned to
//! its rules and defaults), and print it with every breakdown open.

use wasm_bindgen::prelude::*;
use web_sys::{ShadowRoot, Window};

use super::dom::{attr, elements, input_by_id, query, query_all, unattr};
use super::model::Model;
use super::text::t;
use super::view::View;

/// The window of the element's document, if it has one (a document of
/// `DOMParser` has none).
pub(super) fn window(view: &View) -> Option<Window> {
    view.doc.default_view()
}

/// The link to `scenario` on this page, pinned to its rules and defaults
/// (with the page's clock; unpinned without one), for a proposal.
pub(super) fn link(view: &View, model: &Model, scenario: &hire_or_share::Scenario) -> String {
    // The page's address without its query or fragment.
    let href = window(view)
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let page = href.split(['?', '#']).next().unwrap_or_default();
    let query = match model.today {
        Some(today) => scenario.to_pinned_query(today),
        None => scenario.to_query(),
    };
    [page, "?", &query].concat()
}

/// Shows the link to the current scenario and copies it; `settled` is
/// handed the clipboard's answer, which is ignored (the link stays on
/// screen to copy by hand when the clipboard refuses).
pub(super) fn share(view: &View, model: &Model, settled: &Closure<dyn FnMut(JsValue)>) {
    let Some(result) = &model.last else {
        return;
    };
    let url = link(view, model, &result.scenario);
    let Some(field) = input_by_id(&view.root, "hos-link") else {
        return;
    };
    field.set_value(&url);
    if let Some(link_box) = query(&view.root, ".link-box") {
        unattr(&link_box, "hidden");
    }
    field.select();
    let copied = window(view).is_some_and(|w| copy(&w, &url, settled));
    if let Some(status) = query(&view.root, ".actions .status") {
        status.set_text_content(Some(if copied {
            t(view.lang, "Lien copié.", "Link copied.")
        } else {
            t(
                view.lang,
                "Copiez le lien ci-dessus.",
                "Copy the link above.",
            )
        }));
    }
}

/// Asks the clipboard to take `text`; whether there is one to ask. It may
/// still refuse (no permission): its promise then rejects into `settled`,
/// and the link stays on screen.
fn copy(window: &Window, text: &str, settled: &Closure<dyn FnMut(JsValue)>) -> bool {
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside a secure context.
    let has_clipboard = js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let _ = navigator.clipboard().write_text(text).catch(settled);
    true
}

/// Opens the breakdowns for printing.
pub(super) fn open_details(root: &ShadowRoot) {
    for details in elements(&query_all(root, "details.breakdown")) {
        attr(&details, "open", "");
    }
}

/// Opens the breakdowns and prints: the print stylesheet lays the result out.
pub(super) fn print(view: &View) {
    open_details(&view.root);
    if let Some(window) = window(view) {
        let _ = window.print();
    }
}

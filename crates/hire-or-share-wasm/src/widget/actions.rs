//! The result's actions: copy the link to the current scenario (pinned to
//! its rules and defaults), and print it with every breakdown open.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, HtmlInputElement, ShadowRoot};

use super::dom::{attr, by_id, print_page, query, query_all, unattr};
use super::state::Widget;
use super::text::t;

/// The document's window (`defaultView`), read as a property: `js_sys::global`
/// would bring its search for the global object into the download.
pub(super) fn window(doc: &Document) -> JsValue {
    js_sys::Reflect::get(doc, &"defaultView".into()).unwrap_or(JsValue::UNDEFINED)
}

/// The link to `scenario` on this page, pinned to its rules and defaults
/// (with the page's clock; unpinned without one), for a proposal.
pub(super) fn link(w: &Widget, scenario: &hire_or_share::Scenario) -> String {
    let location =
        js_sys::Reflect::get(&window(&w.doc), &"location".into()).unwrap_or(JsValue::UNDEFINED);
    let part = |name: &str| {
        js_sys::Reflect::get(&location, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let query = match w.today {
        Some(today) => scenario.to_pinned_query(today),
        None => scenario.to_query(),
    };
    format!("{}{}?{query}", part("origin"), part("pathname"))
}

/// Shows the link to the current scenario and copies it.
pub(super) fn share(w: &Widget) -> Result<(), JsValue> {
    let Some(result) = &w.last else {
        return Ok(());
    };
    let global = window(&w.doc);
    let url = link(w, &result.scenario);
    let link: HtmlInputElement = by_id(&w.root, "hos-link")
        .ok_or("no link")?
        .unchecked_into();
    link.set_value(&url);
    if let Some(link_box) = query(&w.root, ".link-box") {
        unattr(&link_box, "hidden");
    }
    link.select();
    let navigator = js_sys::Reflect::get(&global, &"navigator".into())?;
    let copied = copy(&navigator, &url);
    if let Some(status) = query(&w.root, ".actions .status") {
        status.set_text_content(Some(if copied {
            t(w.lang, "Lien copié.", "Link copied.")
        } else {
            t(w.lang, "Copiez le lien ci-dessus.", "Copy the link above.")
        }));
    }
    Ok(())
}

// The clipboard's two calls, bound with `catch` and no test of the types
// in between: with no clipboard, no `writeText` or a refusal to be asked,
// the call throws, and that is the answer (no copy); a result that is not a
// promise throws from `catch`, ignored as before. Three imports fewer than
// js-sys's `Function`, `call` and `Promise` with their tests.
#[wasm_bindgen]
extern "C" {
    /// The clipboard, and what its `writeText` gives back.
    type Clipboard;
    #[wasm_bindgen(catch, method, js_name = writeText)]
    fn write_text(this: &Clipboard, text: &str) -> Result<Clipboard, JsValue>;
    #[wasm_bindgen(catch, method, js_name = catch)]
    fn or_else(this: &Clipboard, handler: &Closure<dyn FnMut(JsValue)>)
    -> Result<JsValue, JsValue>;
}

/// Asks the clipboard to take `text`; whether it could be asked. It may
/// refuse (no permission, no secure context): the link stays on screen to
/// copy by hand, and the refusal is not an error.
fn copy(navigator: &JsValue, text: &str) -> bool {
    let clipboard =
        js_sys::Reflect::get(navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let clipboard: &Clipboard = clipboard.unchecked_ref();
    clipboard.write_text(text).is_ok_and(|promise| {
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
        let _ = promise.or_else(&ignore);
        // Lives until the promise settles; one per click.
        ignore.forget();
        true
    })
}

/// Opens the breakdowns for printing.
pub(super) fn open_details(root: &ShadowRoot) {
    // Walked as the host's attributes are read, by `length` and index,
    // which a NodeList has as an array does: one way of walking a list in
    // the glue, not a second for a NodeList.
    let all: js_sys::Array = query_all(root, "details.breakdown").unchecked_into();
    // Elements, as a selector finds.
    for node in all.iter() {
        attr(node.unchecked_ref(), "open", "");
    }
}

/// Opens the breakdowns and prints: the print stylesheet lays the result out.
pub(super) fn print(w: &Widget) {
    open_details(&w.root);
    print_page(&window(&w.doc));
}

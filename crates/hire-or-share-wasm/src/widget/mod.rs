//! The `<hire-or-share>` element, rendered from Rust into its open shadow
//! root: [`mount`], and the modules it is made of.
//!
//! - `host`: what the host page gives (attributes, a share link) and is told
//!   (the change event);
//! - `state`: the role, the text of each field, the scenario, the update;
//!   `bundle`: several roles at once;
//! - `form`: the form, built once; `events`: its listeners; `actions`: copy
//!   the link, print;
//! - `results` and `chart`: the result, redrawn on each update;
//! - `text` (language, templates), `number` (numbers as typed and shown) and
//!   `dom` (element helpers), which the others share, and `vec_map`, the
//!   small map of fields they keep.

mod actions;
mod bundle;
mod chart;
mod dom;
mod events;
mod form;
mod host;
mod lines;
mod need;
mod number;
mod profile;
mod results;
mod state;
mod text;
mod vec_map;

use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

pub use self::events::Mounted;
use self::host::Given;
use self::state::Widget;
use crate::parse_lang;

/// Mounts the calculator into `root` (the element's open shadow root).
///
/// `attributes` maps the element's attribute names to their values
/// (`{ "gross-annual": "90000", "preset": "drh" }`); every scenario field can
/// be given in kebab-case. Unknown attributes are ignored; values that are not
/// valid show an error next to their field.
///
/// # Errors
///
/// Throws only if the DOM refuses an operation (a bug).
///
/// The element lives until the [`Mounted`] it returns is dropped
/// (`unmount()` or `free()` in JavaScript): its listeners are then removed
/// and its state freed.
#[wasm_bindgen]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn mount(
    root: &ShadowRoot,
    #[wasm_bindgen(unchecked_param_type = "Record<string, string>")] attributes: &JsValue,
    lang: Option<String>,
    query: Option<String>,
    today: Option<String>,
) -> Result<Mounted, JsValue> {
    let lang = parse_lang(lang.as_deref());
    let doc = root
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let given = Given::read(attributes, query, lang);
    let mut widget = Widget::new(doc, root.clone(), lang, given.role);
    widget.today = today.and_then(|t| t.parse().ok());
    // The zone first: it sets the defaults of the fields it covers, which
    // the fields given then override.
    let zone = given.fields.iter().find(|(f, _)| f == "location");
    if let Some(location) = zone.and_then(|(_, text)| hire_or_share::Location::from_key(text)) {
        widget.set_location(location);
    }
    for (field, text) in given.fields {
        // A zone that reads is in the defaults now; one that does not stays
        // a value, whose error the form shows.
        if field != "location" || hire_or_share::Location::from_key(&text).is_none() {
            widget.set(&field, text);
        }
    }
    form::build(&mut widget);
    form::restrict(&widget, &given.locked, &given.hidden);
    form::show_ignored(&widget, &given.ignored)?;
    widget.update();
    Ok(events::attach(widget))
}

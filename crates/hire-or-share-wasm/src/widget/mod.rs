//! The `<hire-or-share>` element, rendered from Rust into its open shadow
//! root: [`mount`], and the modules it is made of, in layers (each uses only
//! those below it):
//!
//! - `events`: the controller. It reads each browser event as a typed
//!   `message`, applies it to the model, shows the outcome through the view
//!   and `results`, and tells the host page (`host`); `actions`: copy the
//!   link, print;
//! - `form`: the form and the result's area, built once into the view, each
//!   field through `controls`;
//!   `results` (with `chart`, `profile` and `lines`): the result, drawn anew
//!   on each update;
//! - `view`: the elements of each field and of the result, and what shows
//!   the model in them; `need`: the need profile's editor;
//! - `model`: the role, its defaults, the text of each field, the scenario
//!   and the last result, without DOM; `bundle`: several roles at once;
//! - `text` (language, templates), `number` (numbers as typed and shown),
//!   `dom` (element helpers) and `vec_map`, which all share.

mod actions;
mod bundle;
mod bundle_view;
mod chart;
mod controls;
mod dom;
mod events;
mod form;
mod host;
mod lines;
mod message;
mod model;
mod need;
mod number;
mod profile;
mod results;
mod text;
mod vec_map;
mod view;

use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

use self::events::App;
pub use self::events::Mounted;
use self::host::Given;
use self::model::Model;
use self::view::View;
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
/// The element lives until the [`Mounted`] it returns is dropped (`free()`
/// in JavaScript): its listeners are then removed and its state freed.
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
    let mut model = Model::new(lang, given.role);
    model.today = today.and_then(|t| t.parse().ok());
    // The zone first: it sets the defaults of the fields it covers, which
    // the fields given then override.
    let zone = given.fields.iter().find(|(f, _)| f == "location");
    if let Some(location) = zone.and_then(|(_, text)| hire_or_share::Location::from_key(text)) {
        model.set_location(location);
    }
    for (field, text) in given.fields {
        // A zone that reads is in the defaults now; one that does not stays
        // a value, whose error the form shows.
        if field != "location" || hire_or_share::Location::from_key(&text).is_none() {
            model.set(&field, text);
        }
    }
    let mut view = View::new(doc, root.clone(), lang);
    form::build(&model, &mut view);
    form::restrict(&model, &view, &given.locked, &given.hidden);
    form::show_ignored(&view, &given.ignored);
    let mut app = App::new(model, view);
    app.update();
    Ok(events::attach(app))
}

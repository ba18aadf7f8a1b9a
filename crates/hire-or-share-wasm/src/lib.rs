//! WebAssembly bindings over the `hire-or-share` core, and the
//! `<hire-or-share>` widget's rendering.
//!
//! This crate holds no business logic: every number comes from the core crate.
//! Values cross the boundary as plain JSON-like objects with camelCase keys
//! and decimals as strings. Bad input is returned as data,
//! `{ error: { field, message } }`, with the message in the requested
//! language; only bugs throw.

use hire_or_share::{EmployerCostInput, Lang};
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod widget;

pub use widget::mount;

/// A field-level error as the widget and other JavaScript callers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The JSON name of the field, e.g. `grossAnnual`.
    pub field: String,
    /// What is wrong and the allowed range, in the requested language.
    pub message: String,
}

/// Either a value or a field error, serialized as `{ value }` or `{ error }`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome<T> {
    /// The computation succeeded.
    Value(T),
    /// The input was invalid.
    Error(FieldError),
}

/// Parses the language tag the caller gives: anything starting with `en`
/// is English, everything else French (the default).
#[must_use]
pub fn parse_lang(lang: Option<&str>) -> Lang {
    match lang {
        Some(tag) if tag.trim().to_ascii_lowercase().starts_with("en") => Lang::En,
        _ => Lang::Fr,
    }
}

/// The one place core errors become JavaScript-facing errors.
#[must_use]
pub fn field_error(err: &hire_or_share::Error, lang: Lang) -> FieldError {
    FieldError {
        field: err.field().to_owned(),
        message: err.message(lang),
    }
}

/// Reads a JavaScript value as `T`, through its JSON text, so that unknown
/// fields are refused exactly as the CLI refuses them (serde-wasm-bindgen reads
/// only the fields it expects and would let a misspelt one pass silently).
/// `NaN` and `Infinity` become `null` on the way, and are refused.
fn from_js<T: serde::de::DeserializeOwned>(value: &JsValue, lang: Lang) -> Result<T, FieldError> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    serde_json::from_str(&text).map_err(|err| {
        let detail = err.to_string();
        let message = match lang {
            Lang::Fr => format!("entrée invalide : {detail}"),
            Lang::En => format!("invalid input: {detail}"),
        };
        FieldError {
            field: "input".to_owned(),
            message,
        }
    })
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Computes the employer cost in Rust, for the widget and for tests.
///
/// # Errors
///
/// A [`FieldError`] naming the invalid field.
pub fn employer_cost_value(
    input: &EmployerCostInput,
    lang: Lang,
) -> Result<hire_or_share::EmployerCost, FieldError> {
    hire_or_share::employer_cost(input).map_err(|e| field_error(&e, lang))
}

/// `employerCost(input, lang?)`: the annual employer cost of a full-time CDI.
///
/// `input` has the camelCase fields of the core's `EmployerCostInput`
/// (`grossAnnual: "55000"`, `cadre`, `headcount`…); missing fields take
/// their defaults. Returns `{ value }` or `{ error: { field, message } }`.
///
/// # Errors
///
/// Throws only if the result cannot be converted to JavaScript (a bug).
#[wasm_bindgen(js_name = employerCost)]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings from JavaScript by value"
)]
pub fn employer_cost_js(input: &JsValue, lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = parse_lang(lang.as_deref());
    let outcome = match from_js::<EmployerCostInput>(input, lang)
        .and_then(|input| employer_cost_value(&input, lang))
    {
        Ok(cost) => Outcome::Value(cost),
        Err(e) => Outcome::Error(e),
    };
    to_js(&outcome)
}

/// `defaultEmployerCostInput()`: the defaults of the employer-cost input,
/// from Rust, so JavaScript never restates them.
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(js_name = defaultEmployerCostInput)]
pub fn default_employer_cost_input() -> Result<JsValue, JsError> {
    to_js(&EmployerCostInput::default())
}

/// `version()`: the version of the core crate.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    hire_or_share::VERSION.to_owned()
}

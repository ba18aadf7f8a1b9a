//! WebAssembly bindings over the `hire-or-share` core, and the
//! `<hire-or-share>` widget's rendering.
//!
//! This crate holds no business logic: every number comes from the core crate.
//! It builds two WebAssembly modules from two features, so that a page
//! downloads only what it uses:
//!
//! - `widget`: the `<hire-or-share>` element ([`mount`]), and nothing else,
//!   built once with `fr` and once with `en` (the core's text of one
//!   language each: `www/pkg/hire_or_share_wasm_fr_bg.wasm` and
//!   `_en_bg.wasm`, loaded by `www/hire-or-share.js` for the element's `lang`);
//! - `api`: the JavaScript API (`compare`, `employerCost`, `defaultScenario`,
//!   `presets`…) for programs that want the numbers without the element
//!   (`www/pkg/hire_or_share_api.js`).
//!
//! Both are on by default (tests and docs see everything). Values cross the
//! boundary as plain objects with camelCase keys and decimals as strings
//! (numbers are accepted on the way in). Bad input is returned as data,
//! `{ error: { field, message } }`, with the message in the requested
//! language; only bugs throw.

use hire_or_share::{Detail, EmployerCostInput, Lang, Scenario};

#[cfg(feature = "api")]
mod api;
#[cfg(feature = "widget")]
mod widget;

#[cfg(feature = "api")]
pub use api::*;
#[cfg(feature = "widget")]
pub use widget::{Mounted, mount};

/// A field-level error as the widget and other JavaScript callers see it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "api", derive(serde::Serialize))]
pub struct FieldError {
    /// The JSON name of the field, e.g. `grossAnnual`.
    pub field: String,
    /// What is wrong and the allowed range, in the requested language.
    pub message: String,
}

/// Parses the language tag the caller gives: anything starting with `en`
/// is English, everything else French (the default). A module built with
/// one language only (features `fr`, `en`) answers in that language.
#[must_use]
pub fn parse_lang(lang: Option<&str>) -> Lang {
    match lang {
        Some(tag) if tag.trim_ascii().to_ascii_lowercase().starts_with("en") => Lang::En,
        _ => Lang::Fr,
    }
    .compiled()
}

/// The one place core errors become JavaScript-facing errors.
#[must_use]
pub fn field_error(err: &hire_or_share::Error, lang: Lang) -> FieldError {
    FieldError {
        field: err.field().to_owned(),
        message: err.message(lang),
    }
}

/// A core error as the element shows it beside its field: its message names
/// the field by its label only (`Error::form_message`), not by its JSON name.
#[cfg(feature = "widget")]
#[must_use]
pub fn form_error(err: &hire_or_share::Error, lang: Lang) -> FieldError {
    FieldError {
        field: err.field().to_owned(),
        message: err.form_message(lang),
    }
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

/// Compares the options in Rust, computing what `detail` asks for: the API
/// computes everything; the widget leaves out the break-even day rate and
/// salary, which it does not show (a fifth less work on each input).
///
/// # Errors
///
/// A [`FieldError`] naming the invalid field.
pub fn compare_value(
    scenario: &Scenario,
    detail: Detail,
    lang: Lang,
) -> Result<hire_or_share::Comparison, FieldError> {
    hire_or_share::compare_with(scenario, detail).map_err(|e| field_error(&e, lang))
}

/// Today's figures for a result whose rules or defaults are no longer
/// today's (a pinned proposal opened later), for the element and the API.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "api", derive(serde::Serialize))]
#[cfg_attr(feature = "api", serde(rename_all = "camelCase"))]
pub struct Today {
    /// What to say under the result: the rules and defaults it used, and
    /// today's yearly difference (`hire_or_share::share::pinned_note`).
    pub note: String,
    /// Today's scenario, undated: what "today's figures" switches to.
    pub scenario: Scenario,
    /// Today's savings of shared time over a full-time hire.
    pub savings: hire_or_share::Savings,
}

/// Today's figures of `r` on `today`, or `None` when its rules and defaults
/// are today's (`Scenario::updated`).
///
/// # Errors
///
/// A [`FieldError`] when today's scenario does not compute (a value the
/// link changed is out of today's range, a salary under today's SMIC).
pub fn todays_figures(
    r: &hire_or_share::Comparison,
    today: hire_or_share::Date,
    detail: Detail,
    lang: Lang,
) -> Result<Option<Today>, FieldError> {
    let Some(scenario) = r.scenario.updated(today) else {
        return Ok(None);
    };
    let todays = compare_value(&scenario.on(today).0, detail, lang)?;
    Ok(Some(Today {
        note: hire_or_share::share::pinned_note(r, &todays, lang),
        scenario,
        savings: todays.savings,
    }))
}

/// The element's allocator (feature `small-alloc`): lol_alloc's free list,
/// sorted by address and coalescing neighbours, behind a lock — no `unsafe`
/// here. Smaller than std's dlmalloc; the wasm tests and the end-to-end tests
/// run with it.
#[cfg(all(target_arch = "wasm32", feature = "small-alloc"))]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

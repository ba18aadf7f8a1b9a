//! The JavaScript API (feature `api`): `compare`, `compareBundle`,
//! `employerCost`, `employerCostTotals`, `shareLink`, `defaultScenario`,
//! `defaultEmployerCostInput`, `presets`, `assumptions`, `fields` and `version`;
//! `scenarioFromQuery` (in `query`) and `qrSvg` (in `qr`) for a proposal.
//! Inputs are read by `read`, errors made by `errors`, results written by
//! `write`, TypeScript declarations in `types`.

mod errors;
mod qr;
mod query;
mod read;
mod types;
mod write;

pub use qr::{qr_svg, qr_svg_of};
pub use query::scenario_from_query;

use hire_or_share::{
    Answer, Comparison, Defaults, EmployerCostInput, Lang, Notice, Role, Scenario,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub use errors::Outcome;
use read::{BundleInput, Fields, employer_cost_input_from_js, scenario_from, today_of};
use write::to_js;

use crate::{FieldError, Today, compare_value, employer_cost_value};

/// A comparison with its answer beside its figures, as the CLI's JSON has it.
#[derive(Serialize)]
struct Answered {
    #[serde(flatten)]
    comparison: Comparison,
    answer: Answer,
}

/// What `compare` gives for a scenario that computes: the comparison, the
/// notices about its rules, and today's figures (`null` when they are the
/// same; `{ value }`, or `{ error }` when today's do not compute).
#[derive(Serialize)]
struct Compared {
    value: Answered,
    notices: Vec<Notice>,
    today: Option<Outcome<Today>>,
}

/// The computation behind `compare`.
fn compared(scenario: &JsValue, lang: Lang, today: Option<&str>) -> Result<Compared, FieldError> {
    let s = scenario_from(&Fields::of(scenario, lang)?, lang)?;
    let today = today_of(today, lang)?;
    let (s, notice) = s.on(today);
    let full = hire_or_share::Detail::Full;
    let comparison = compare_value(&s, full, lang)?;
    let today = match crate::todays_figures(&comparison, today, full, lang) {
        Ok(None) => None,
        Ok(Some(todays)) => Some(Outcome::Value(todays)),
        Err(error) => Some(Outcome::Error(error)),
    };
    Ok(Compared {
        value: Answered {
            answer: Answer::new(&comparison, lang),
            comparison,
        },
        notices: notice.into_iter().collect(),
        today,
    })
}

/// `compare`'s result.
fn compare_out(
    scenario: &JsValue,
    lang: Option<&str>,
    today: Option<&str>,
) -> Result<JsValue, JsError> {
    let lang = match errors::lang_of(lang) {
        Ok(lang) => lang,
        Err(error) => return to_js(&Outcome::<()>::Error(error)),
    };
    match compared(scenario, lang, today) {
        Ok(out) => to_js(&out),
        Err(error) => to_js(&Outcome::<()>::Error(error)),
    }
}

/// `compare(scenario, lang?, today?)`: a full-time hire, a part-time hire
/// and shared time compared for one scenario. Returns `{ value, notices,
/// today }` or `{ error }`. A scenario with no `date` (or `date: null`) is
/// computed with the rules of `today` (`YYYY-MM-DD`; default the page's
/// clock, local date): past the last known period, with the last one's, and
/// `notices` says so (`rules_past_end`); it is `[]` otherwise. `today` is
/// `null` when the scenario's rules and defaults are today's; for a pinned
/// link opened after newer ones came in, `{ value: Today }`: the note to
/// show under the result ("Calculé avec les règles du 1er juin 2026 et les
/// hypothèses de novembre 2026. Avec les règles et hypothèses en vigueur
/// aujourd'hui : …"), today's scenario and savings (or `{ error }` if
/// today's do not compute). `lang` is `"fr"` (the default) or `"en"`;
/// anything else is an error on `lang`.
///
/// # Errors
///
/// Throws only if the result cannot be converted to JavaScript (a bug).
#[wasm_bindgen(js_name = compare, unchecked_return_type = "Compared<Comparison>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn compare_js(
    #[wasm_bindgen(unchecked_param_type = "ScenarioInput")] scenario: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang | null")] lang: Option<String>,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] today: Option<String>,
) -> Result<JsValue, JsError> {
    compare_out(scenario, lang.as_deref(), today.as_deref())
}

/// `shareLink(scenario, lang?, today?)`: the query of a share link that pins
/// its figures, for a proposal (`v=1&role=daf&defaults=2026-11&date=2026-06-01…`):
/// the scenario's version of the defaults and, with no date of its own, the
/// first day of the rules in force on `today` (default the page's clock).
/// Opened later, it gives the same figures to the cent. Returns `{ value }`
/// or `{ error }`.
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(js_name = shareLink, unchecked_return_type = "Outcome<string>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn share_link(
    #[wasm_bindgen(unchecked_param_type = "ScenarioInput")] scenario: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang | null")] lang: Option<String>,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] today: Option<String>,
) -> Result<JsValue, JsError> {
    let outcome: Outcome<_> = errors::lang_of(lang.as_deref())
        .and_then(|lang| {
            let s = scenario_from(&Fields::of(scenario, lang)?, lang)?;
            s.validate().map_err(|e| errors::core(&e, lang))?;
            Ok(s.to_pinned_query(today_of(today.as_deref(), lang)?))
        })
        .into();
    to_js(&outcome)
}

/// `compareBundle({ scenarios: [...], generalistGrossAnnual? }, lang?)`:
/// several roles in shared time against one hire per role and one
/// generalist. Returns `{ value }` or `{ error }`.
///
/// # Errors
///
/// Throws only if the result cannot be converted to JavaScript (a bug).
#[wasm_bindgen(js_name = compareBundle, unchecked_return_type = "Outcome<BundleComparison>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn compare_bundle_js(
    #[wasm_bindgen(unchecked_param_type = "BundleInput")] bundle: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang | null")] lang: Option<String>,
) -> Result<JsValue, JsError> {
    let outcome: Outcome<_> = errors::lang_of(lang.as_deref())
        .and_then(|lang| {
            let input =
                serde_wasm_bindgen::from_value::<BundleInput>(bundle.clone()).map_err(|_| {
                    errors::input(
                        "{ scenarios: [...] } est attendu",
                        "{ scenarios: [...] } is expected",
                        lang,
                    )
                })?;
            let scenarios = input
                .scenarios
                .into_iter()
                .map(|fields| {
                    scenario_from(&fields.0.ok_or_else(|| errors::not_an_object(lang))?, lang)
                })
                .collect::<Result<Vec<_>, _>>()?;
            let generalist_gross_annual = input
                .generalist_gross_annual
                .map(|text| read::generalist_gross_annual(&text.0, lang))
                .transpose()?;
            hire_or_share::compare_bundle(&hire_or_share::Bundle {
                scenarios,
                generalist_gross_annual,
            })
            .map_err(|e| errors::core(&e, lang))
        })
        .into();
    to_js(&outcome)
}

/// `employerCost`'s result.
fn employer_cost_out(input: &JsValue, lang: Option<&str>) -> Result<JsValue, JsError> {
    let lang = match errors::lang_of(lang) {
        Ok(lang) => lang,
        Err(error) => return to_js(&Outcome::<()>::Error(error)),
    };
    let outcome: Outcome<_> = employer_cost_input_from_js(input, lang)
        .and_then(|i| employer_cost_value(&i, lang))
        .into();
    to_js(&outcome)
}

/// `employerCost(input, lang?)`: the annual employer cost of a CDI. Returns
/// `{ value }` or `{ error }`. `defaultEmployerCostInput()` is accepted as it
/// is (`date: null` is the rules of today).
///
/// # Errors
///
/// Throws only if the result cannot be converted to JavaScript (a bug).
#[wasm_bindgen(js_name = employerCost, unchecked_return_type = "Outcome<EmployerCost>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn employer_cost_js(
    #[wasm_bindgen(unchecked_param_type = "EmployerCostInput")] input: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang | null")] lang: Option<String>,
) -> Result<JsValue, JsError> {
    employer_cost_out(input, lang.as_deref())
}

/// `employerCostTotals(salaries, headcount)`: the total employer cost of each
/// gross annual salary (cadre, rules of the latest period), as decimal strings,
/// `"error"` for a bad salary — the computation alone
/// ([`hire_or_share::total_employer_cost`]: the employer's side, without the
/// line by line result), for benchmarks and bulk use.
#[wasm_bindgen(js_name = employerCostTotals, unchecked_return_type = "string[]")]
#[must_use]
pub fn employer_cost_totals(
    #[wasm_bindgen(unchecked_param_type = "string[]")] salaries: &JsValue,
    headcount: u32,
) -> js_sys::Array {
    js_sys::Array::from(salaries)
        .iter()
        .map(|gross| {
            let mut input = EmployerCostInput {
                headcount,
                ..EmployerCostInput::default()
            };
            let text = gross.as_string().unwrap_or_default();
            let total = input
                .set("grossAnnual", &text)
                .and_then(|()| hire_or_share::total_employer_cost(&input))
                .map_or_else(|_| "error".to_owned(), |total| total.to_string());
            JsValue::from_str(&total)
        })
        .collect()
}

/// `defaultScenario(preset)`: the defaults of a role preset (`daf`, `dsi`,
/// `drh`, `marketing`), from Rust, so JavaScript never restates them.
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(js_name = defaultScenario, unchecked_return_type = "Outcome<Scenario>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes strings by value"
)]
pub fn default_scenario(
    #[wasm_bindgen(unchecked_param_type = "Role")] preset: String,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang | null")] lang: Option<String>,
) -> Result<JsValue, JsError> {
    let outcome: Outcome<_> = errors::lang_of(lang.as_deref())
        .and_then(|lang| {
            Role::from_key(&preset)
                .map(Scenario::preset)
                .ok_or_else(|| errors::unknown_role(&preset, lang))
        })
        .into();
    to_js(&outcome)
}

/// `defaultEmployerCostInput()`: the defaults of the employer-cost input.
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(js_name = defaultEmployerCostInput, unchecked_return_type = "EmployerCostInput")]
pub fn default_employer_cost_input() -> Result<JsValue, JsError> {
    to_js(&EmployerCostInput::default())
}

/// `presets()`: the four role presets with their sources (the current
/// version of the defaults).
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(unchecked_return_type = "Preset[]")]
pub fn presets() -> Result<JsValue, JsError> {
    to_js(Defaults::current().presets)
}

/// `assumptions()`: every other default's value, label, unit and source
/// (the current version of the defaults).
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(unchecked_return_type = "Assumption[]")]
pub fn assumptions() -> Result<JsValue, JsError> {
    to_js(&Defaults::current().assumptions)
}

/// One row of `fields`: the core's row, and its label in the language asked.
#[derive(Serialize)]
struct FieldRow {
    #[serde(flatten)]
    info: hire_or_share::FieldInfo,
    label: &'static str,
}

/// `fields(lang?)`: every scenario field, in order, with its JSON name, its
/// link and CLI flag (`day-rate`), its kind (`"decimal"`, `"wholeNumber"`,
/// `"switch"`, `"optionalSwitch"`, `{ choice: [...] }`, `"date"`, `"text"`),
/// its unit and range when the core checks one, its labels (`label` in
/// `lang`, and `labelFr`, `labelEn`), its group when the defaults list
/// it, its default as text (`default`, the default role's when `byRole`),
/// the default's `source` and `estimate`, and whether the sensitivity
/// varies it (`sensitivity`). Returns `{ value }`, or `{ error }` on a `lang` other than `"fr"`
/// (the default) or `"en"`.
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(unchecked_return_type = "Outcome<FieldInfo[]>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn fields(
    #[wasm_bindgen(unchecked_optional_param_type = "Lang | null")] lang: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = match errors::lang_of(lang.as_deref()) {
        Ok(lang) => lang,
        Err(error) => return to_js(&Outcome::<()>::Error(error)),
    };
    let rows: Vec<FieldRow> = hire_or_share::fields()
        .into_iter()
        .map(|info| FieldRow {
            label: if lang == Lang::En {
                info.label_en
            } else {
                info.label_fr
            },
            info,
        })
        .collect();
    to_js(&Outcome::Value(rows))
}

/// `version()`: the version of the core crate.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    hire_or_share::VERSION.to_owned()
}

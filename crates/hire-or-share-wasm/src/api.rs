//! The JavaScript API (feature `api`): `compare`, `compareBundle`,
//! `employerCost`, `employerCostTotals`, `defaultScenario`,
//! `defaultEmployerCostInput`, `presets`, `assumptions` and `version`.

use hire_or_share::{ASSUMPTIONS, EmployerCostInput, Lang, PRESETS, Role, Scenario};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{FieldError, compare_value, employer_cost_value, field_error, parse_lang};

/// Either a value or a field error, serialized as `{ value }` or `{ error }`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome<T> {
    /// The computation succeeded.
    Value(T),
    /// The input was invalid.
    Error(FieldError),
}

impl<T> From<Result<T, FieldError>> for Outcome<T> {
    fn from(result: Result<T, FieldError>) -> Self {
        match result {
            Ok(value) => Outcome::Value(value),
            Err(error) => Outcome::Error(error),
        }
    }
}

/// Converts a result to a plain JavaScript object through JSON: one
/// serializer for everything (serde_json), no second one in the download.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("invalid JSON"))
}

/// An error about the input as a whole (malformed JSON, unknown field…).
fn input_error(detail: &str, lang: Lang) -> FieldError {
    let message = match lang {
        Lang::Fr => format!("entrée invalide\u{a0}: {detail}"),
        Lang::En => format!("invalid input: {detail}"),
    };
    FieldError {
        field: "input".to_owned(),
        message,
    }
}

/// The `(field, text)` pairs of a plain JavaScript object: strings as they
/// are, numbers as JavaScript writes them (`0.1`, `NaN`), booleans as
/// `true`/`false`, anything else as text that no field accepts — so that a
/// bad value is refused and named, never replaced by a default.
///
/// # Errors
///
/// An error on `input` when `value` is not a plain object.
fn fields_of(value: &JsValue, lang: Lang) -> Result<Vec<(String, String)>, FieldError> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(input_error(
            match lang {
                Lang::Fr => "un objet est attendu, par exemple { grossAnnual: \"85000\" }",
                Lang::En => "an object is expected, for example { grossAnnual: \"85000\" }",
            },
            lang,
        ));
    }
    let mut out = Vec::new();
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let pair = js_sys::Array::from(&entry);
        let key = pair.get(0).as_string().unwrap_or_default();
        let v = pair.get(1);
        let text = if let Some(s) = v.as_string() {
            s
        } else if let Some(b) = v.as_bool() {
            b.to_string()
        } else if v.as_f64().is_some() {
            js_sys::Number::from(v)
                .to_string_with_radix(10)
                .map(String::from)
                .unwrap_or_default()
        } else if v.is_null() {
            "null".to_owned()
        } else {
            "[object]".to_owned()
        };
        out.push((key, text));
    }
    Ok(out)
}

/// A scenario from a JavaScript object, the role's preset filling the rest.
fn scenario_from_js(value: &JsValue, lang: Lang) -> Result<Scenario, FieldError> {
    let fields = fields_of(value, lang)?;
    Scenario::from_fields(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| field_error(&e, lang))
}

/// An employer-cost input from a JavaScript object, defaults filling the rest.
fn employer_cost_input_from_js(
    value: &JsValue,
    lang: Lang,
) -> Result<EmployerCostInput, FieldError> {
    let mut input = EmployerCostInput::default();
    for (field, text) in fields_of(value, lang)? {
        input
            .set(&field, &text)
            .map_err(|e| field_error(&e, lang))?;
    }
    Ok(input)
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A decimal number written as a string: "55000", "3.23". */
export type Decimal = string;
/** The role presets. */
export type Role = "daf" | "dsi" | "drh" | "marketing";
/** An input error: the field (its JSON name) and a message naming the allowed range. */
export interface FieldError { field: string; message: string; }
/** What every computation returns: a value, or an error to show next to a field. */
export type Outcome<T> = { value: T; error?: undefined } | { value?: undefined; error: FieldError };
/** Where a figure comes from. */
export interface Source { title: string; titleEn: string | null; url: string; effective: string; }
/** A scenario as JSON gives it; every field is optional. See schemas/scenario.schema.json. */
export interface ScenarioInput {
  role?: Role; daysPerWeek?: Decimal | number; grossAnnual?: Decimal | number; cadre?: boolean;
  headcount?: number; mobilityRatePercent?: Decimal | number; atMpRatePercent?: Decimal | number;
  healthPlanMonthly?: Decimal | number; healthPlanEmployerSharePercent?: Decimal | number;
  mealVoucherEmployerShare?: Decimal | number; transportPassMonthly?: Decimal | number;
  workspaceAnnual?: Decimal | number; equipmentAnnual?: Decimal | number; trainingAnnual?: Decimal | number;
  managerTimeAnnual?: Decimal | number; recruitmentFeePercent?: Decimal | number;
  recruitmentInternalCost?: Decimal | number; trialFailurePercent?: Decimal | number;
  expectedTenureYears?: Decimal | number; timeToHireWeeks?: Decimal | number; noticeWeeks?: Decimal | number;
  rampUpWeeks?: Decimal | number; rampUpProductivityPercent?: Decimal | number; forfaitDays?: Decimal | number;
  absenceDays?: Decimal | number; includeExitCost?: boolean; salaryGrowthPercent?: Decimal | number;
  dayRate?: Decimal | number; weeksPerYear?: Decimal | number; sharedStartFee?: Decimal | number;
  sharedTravelAnnual?: Decimal | number; sharedCoordinationAnnual?: Decimal | number;
  sharedStartWeeks?: Decimal | number; sharedRampUpWeeks?: Decimal | number; vatRecoverable?: boolean;
  dayRateGrowthPercent?: Decimal | number; horizonYears?: number; date?: string | null;
}
/** A scenario with every field filled in, as results echo it: decimals as strings. */
export type Scenario = {
  [K in Exclude<keyof ScenarioInput, "date">]-?: K extends "headcount" | "horizonYears" ? number : Exclude<ScenarioInput[K], number | undefined>;
} & { date: string | null };
export interface CostLine { id: string; labelFr: string; labelEn: string; amount: Decimal; formulaFr: string; formulaEn: string; source: Source | null; estimate: boolean; }
export interface OptionCost { annualCost: Decimal; firstYearCost: Decimal; costPerProductiveDay: Decimal; lines: CostLine[]; firstYearLines: CostLine[]; }
export interface PayrollLine { id: string; payer: "employer" | "employee"; labelFr: string; labelEn: string; base: Decimal; cap: Decimal | null; rate: Decimal; amount: Decimal; source: Source; }
export interface Period { name: string; start: string; end: string; }
export interface EmployerCost {
  grossAnnual: Decimal; period: Period; employerContributions: Decimal; rgdu: Decimal;
  rgduDetail: { coefficient: Decimal; amount: Decimal; thresholdAnnual: Decimal; cliffAmount: Decimal };
  totalEmployerCost: Decimal; employeeContributions: Decimal; netBeforeIncomeTax: Decimal; lines: PayrollLine[];
}
export interface Notice { id: string; fr: string; en: string; }
export type NoBreakEven = "sharedCheaperAtEveryNeed" | "hireCheaperAtEveryNeed";
export interface Comparison {
  scenario: Scenario; period: Period;
  fullTimeHire: OptionCost & { productiveDays: Decimal; employerCost: EmployerCost };
  partTimeHire: OptionCost & { daysPerWeek: Decimal; workTimePercent: Decimal; weeklyHours: Decimal; grossAnnual: Decimal; warnings: Notice[] };
  sharedTime: OptionCost & { dayRate: Decimal; weeksPerYear: Decimal; daysPerYear: Decimal };
  breakEven: { daysPerWeek: Decimal | null; reason: NoBreakEven | null; firstYearDaysPerWeek: Decimal | null; firstYearReason: NoBreakEven | null; dayRate: Decimal | null; grossAnnual: Decimal | null };
  savings: { amount: Decimal; percent: Decimal; firstYearAmount: Decimal };
  curve: { daysPerWeek: Decimal; fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal; fullTimeHireFirstYear: Decimal; sharedTimeFirstYear: Decimal }[];
  timeToValue: { sharedTimeWeeks: Decimal; fullTimeHireWeeks: Decimal };
  horizon: { year: number; fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal; cumulativeFullTimeHire: Decimal; cumulativePartTimeHire: Decimal; cumulativeSharedTime: Decimal }[];
  sensitivity: { field: string; labelFr: string; labelEn: string; value: Decimal; lowValue: Decimal; highValue: Decimal; lowBreakEven: Decimal | null; highBreakEven: Decimal | null; impact: Decimal }[];
}
export interface EmployerCostInput {
  grossAnnual?: Decimal | number; cadre?: boolean; headcount?: number; mobilityRatePercent?: Decimal | number;
  atMpRatePercent?: Decimal | number; healthPlanMonthly?: Decimal | number; healthPlanEmployerSharePercent?: Decimal | number;
  apprenticeRatioPercent?: Decimal | number; workTimePercent?: Decimal | number; date?: string | null;
}
export interface Preset { role: Role; labelFr: string; labelEn: string; grossAnnual: Decimal; grossAnnualSource: Source; grossAnnualEstimate: boolean; dayRate: Decimal; dayRateSource: Source; dayRateEstimate: boolean; }
export interface Assumption { field: string; group: "company" | "hire" | "shared"; labelFr: string; labelEn: string; unitFr: string; unitEn: string; source: Source; estimate: boolean; }
/** The detail of the element's `hire-or-share-change` event: the scenario (every field as text; `compare(detail.scenario)` gives the full result), its share-link query (`v=1&…`), and the headline figures. */
export interface ChangeDetail {
  scenario: Partial<Record<keyof ScenarioInput, string>>; link: string;
  fullTimeHire: { annualCost: Decimal; firstYearCost: Decimal }; partTimeHire: { annualCost: Decimal; firstYearCost: Decimal };
  sharedTime: { annualCost: Decimal; firstYearCost: Decimal };
  breakEven: { daysPerWeek: Decimal | null; firstYearDaysPerWeek: Decimal | null };
  savings: { amount: Decimal; percent: Decimal; firstYearAmount: Decimal };
}
"#;

/// `compare(scenario, lang?)`: a full-time hire, a part-time hire and shared
/// time compared for one scenario. Returns `{ value }` or `{ error }`.
///
/// # Errors
///
/// Throws only if the result cannot be converted to JavaScript (a bug).
#[wasm_bindgen(js_name = compare, unchecked_return_type = "Outcome<Comparison>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn compare_js(
    #[wasm_bindgen(unchecked_param_type = "ScenarioInput")] scenario: &JsValue,
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = parse_lang(lang.as_deref());
    let outcome: Outcome<_> = scenario_from_js(scenario, lang)
        .and_then(|s| compare_value(&s, hire_or_share::Detail::Full, lang))
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
#[wasm_bindgen(js_name = compareBundle, unchecked_return_type = "Outcome<unknown>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn compare_bundle_js(
    #[wasm_bindgen(
        unchecked_param_type = "{ scenarios: ScenarioInput[]; generalistGrossAnnual?: Decimal }"
    )]
    bundle: &JsValue,
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = parse_lang(lang.as_deref());
    let get = |key: &str| {
        js_sys::Reflect::get(bundle, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    };
    let scenarios = get("scenarios");
    let outcome: Outcome<_> = if bundle.is_object() && js_sys::Array::is_array(&scenarios) {
        js_sys::Array::from(&scenarios)
            .iter()
            .map(|s| scenario_from_js(&s, lang))
            .collect::<Result<Vec<_>, _>>()
            .and_then(|scenarios| {
                let generalist = get("generalistGrossAnnual");
                let generalist_gross_annual = if generalist.is_undefined() {
                    None
                } else {
                    let text = generalist.as_string().unwrap_or_else(|| {
                        js_sys::Number::from(generalist.clone())
                            .to_string_with_radix(10)
                            .map(String::from)
                            .unwrap_or_default()
                    });
                    // Read as every number given as text is: exactly.
                    Some(hire_or_share::read_decimal(&text).ok_or_else(|| {
                        field_error(
                            &hire_or_share::Error::unparsable(
                                "generalistGrossAnnual",
                                &text,
                                hire_or_share::Expected::Number,
                            ),
                            lang,
                        )
                    })?)
                };
                hire_or_share::compare_bundle(&hire_or_share::Bundle {
                    scenarios,
                    generalist_gross_annual,
                })
                .map_err(|e| field_error(&e, lang))
            })
            .into()
    } else {
        Outcome::Error(input_error("{ scenarios: [...] }", lang))
    };
    to_js(&outcome)
}

/// `employerCost(input, lang?)`: the annual employer cost of a CDI. Returns
/// `{ value }` or `{ error }`.
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
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = parse_lang(lang.as_deref());
    let outcome: Outcome<_> = employer_cost_input_from_js(input, lang)
        .and_then(|i| employer_cost_value(&i, lang))
        .into();
    to_js(&outcome)
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
pub fn default_scenario(preset: String, lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = parse_lang(lang.as_deref());
    let outcome: Outcome<_> = Role::from_key(&preset)
        .map(Scenario::preset)
        .ok_or_else(|| FieldError {
            field: "role".to_owned(),
            message: match lang {
                Lang::Fr => format!(
                    "métier (role)\u{a0}: « {preset} » inconnu\u{a0}; choix\u{a0}: daf, dsi, drh, marketing"
                ),
                Lang::En => {
                    format!("role (role): unknown \"{preset}\"; choose daf, dsi, drh or marketing")
                }
            },
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

/// `presets()`: the four role presets with their sources.
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(unchecked_return_type = "Preset[]")]
pub fn presets() -> Result<JsValue, JsError> {
    to_js(&PRESETS)
}

/// `assumptions()`: every other default's label, unit and source.
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(unchecked_return_type = "Assumption[]")]
pub fn assumptions() -> Result<JsValue, JsError> {
    to_js(&ASSUMPTIONS)
}

/// `version()`: the version of the core crate.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    hire_or_share::VERSION.to_owned()
}

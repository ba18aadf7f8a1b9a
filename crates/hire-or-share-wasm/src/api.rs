//! The JavaScript API (feature `api`): `compare`, `compareBundle`,
//! `employerCost`, `employerCostTotals`, `shareLink`, `defaultScenario`,
//! `defaultEmployerCostInput`, `presets`, `assumptions` and `version`.

use core::fmt;

use hire_or_share::{
    Defaults, EmployerCostInput, Error, Expected, Lang, NeedProfile, Role, Scenario,
};
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, de};
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

/// Converts a result to a plain JavaScript object, built directly by
/// serde-wasm-bindgen in its JSON-compatible mode: maps as plain objects,
/// `None` as `null`, decimals as strings (rust_decimal's serde form).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
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

/// The error for an input that is not a plain object.
fn not_an_object(lang: Lang) -> FieldError {
    input_error(
        match lang {
            Lang::Fr => "un objet est attendu, par exemple { grossAnnual: \"85000\" }",
            Lang::En => "an object is expected, for example { grossAnnual: \"85000\" }",
        },
        lang,
    )
}

/// One field's value as the text a form would give: strings as they are,
/// numbers as JavaScript writes them (`0.1`, `NaN`; a `BigInt` in 64 bits
/// as its digits), booleans as
/// `true`/`false`, `null` and `undefined` as `null`, an array of need
/// periods `[{ months: 6, daysPerWeek: "2" }, …]` as a need profile's text
/// form `6x2,…` (see [`PeriodText`]; an empty array as `[]`), anything else
/// (an object, another array, a function) as `[object]`: text that no field
/// accepts, so that a bad value is refused and named, never replaced by a
/// default.
///
/// Never fails: a value of another kind is caught, which is sound with
/// serde-wasm-bindgen, whose deserializer holds one JavaScript value and
/// nothing to resume (this type is read from JavaScript only).
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = String;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("text, a number, a boolean or need periods")
            }
            // Need periods, as the text form: read to the end (as
            // serde's sequences must be), kept up to one period more than a
            // profile holds, for the profile's own error.
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
                let mut parts = Vec::new();
                let mut malformed = false;
                while let Some(PeriodText(period)) = seq.next_element()? {
                    match period {
                        Some(text) if parts.len() <= NeedProfile::MAX_PERIODS => parts.push(text),
                        Some(_) => {}
                        None => malformed = true,
                    }
                }
                Ok(match (malformed, parts.is_empty()) {
                    (true, _) => "[object]".to_owned(),
                    (false, true) => "[]".to_owned(),
                    (false, false) => parts.join(","),
                })
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
                Ok(v.to_owned())
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
                Ok(v)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
                Ok(v.to_string())
            }
            // serde-wasm-bindgen gives a safe integer as i64 (written as
            // JavaScript writes it), any other number as f64.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
                // JavaScript's own writing (`1e+21`, `1e-7`, `NaN`), which
                // Rust's differs from outside the plain range.
                Ok(js_sys::Number::from(v)
                    .to_string_with_radix(10)
                    .map(String::from)
                    .unwrap_or_default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<String, E> {
                Ok("null".to_owned())
            }
        }
        let text = deserializer.deserialize_any(Visitor);
        Ok(Text(text.unwrap_or_else(|_| "[object]".to_owned())))
    }
}

/// One period of a need profile, `{ months: 6, daysPerWeek: "2" }` (numbers
/// or text, in any order), as its text form `6x2`; `None` for anything else:
/// another key, a key missing, a value that is not text or a number, or text
/// holding the form's own separators (`x`, `,`), which would read as more
/// than one period. Never fails, as [`Text`].
struct PeriodText(Option<String>);

impl<'de> Deserialize<'de> for PeriodText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Option<String>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("{ months, daysPerWeek }")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut months, mut days, mut other) = (None, None, false);
                while let Some((key, Text(text))) = map.next_entry::<String, Text>()? {
                    let plain = !text.is_empty() && !text.contains([',', 'x', 'X']);
                    match key.as_str() {
                        "months" if plain && months.is_none() => months = Some(text),
                        "daysPerWeek" if plain && days.is_none() => days = Some(text),
                        _ => other = true,
                    }
                }
                Ok(match (months, days, other) {
                    (Some(months), Some(days), false) => Some([&*months, "x", &*days].concat()),
                    _ => None,
                })
            }
        }
        Ok(PeriodText(
            deserializer.deserialize_any(Visitor).ok().flatten(),
        ))
    }
}

/// The `(field, text)` pairs of a plain JavaScript object (or a `Map`), each
/// value as [`Text`]; `None` for anything else (a string, an array, `null`,
/// a `Set`). Never fails, as [`Text`].
struct Fields(Option<Vec<(String, String)>>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Vec<(String, String)>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some((key, Text(text))) = map.next_entry()? {
                    out.push((key, text));
                }
                Ok(out)
            }
        }
        Ok(Fields(deserializer.deserialize_any(Visitor).ok()))
    }
}

impl Fields {
    /// The pairs of `value`, read by serde-wasm-bindgen.
    ///
    /// # Errors
    ///
    /// An error on `input` when `value` is not a plain object.
    fn of(value: &JsValue, lang: Lang) -> Result<Vec<(String, String)>, FieldError> {
        serde_wasm_bindgen::from_value::<Fields>(value.clone())
            .ok()
            .and_then(|fields| fields.0)
            .ok_or_else(|| not_an_object(lang))
    }
}

/// A scenario from its fields, the role's preset filling the rest. A need
/// profile, a zone or a taxe sur les salaires of `null` (or `undefined`) is
/// none, as in JSON and as results echo them.
fn scenario_from(fields: &[(String, String)], lang: Lang) -> Result<Scenario, FieldError> {
    Scenario::from_fields(fields.iter().map(|(k, v)| {
        let optional = matches!(k.as_str(), "needProfile" | "location" | "salaryTax");
        let v = if optional && v == "null" {
            ""
        } else {
            v.as_str()
        };
        (k.as_str(), v)
    }))
    .map_err(|e| field_error(&e, lang))
}

/// An employer-cost input from a JavaScript object, defaults filling the rest.
fn employer_cost_input_from_js(
    value: &JsValue,
    lang: Lang,
) -> Result<EmployerCostInput, FieldError> {
    let mut input = EmployerCostInput::default();
    for (field, text) in Fields::of(value, lang)? {
        input
            .set(&field, &text)
            .map_err(|e| field_error(&e, lang))?;
    }
    Ok(input)
}

/// `compareBundle`'s argument: unknown keys are ignored; `null` or
/// `undefined` for the generalist's salary is no salary given.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct BundleInput {
    scenarios: Vec<Fields>,
    #[serde(default)]
    generalist_gross_annual: Option<Text>,
}

/// The generalist's salary, read as every number given as text is (the
/// payroll input's own field): exactly, `1e5` and `95_000` refused.
fn generalist_gross_annual(text: &str, lang: Lang) -> Result<Decimal, FieldError> {
    let mut input = EmployerCostInput::default();
    match input.set("grossAnnual", text) {
        Ok(()) => Ok(input.gross_annual),
        Err(_) => Err(field_error(
            &Error::unparsable("generalistGrossAnnual", text, Expected::Number),
            lang,
        )),
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A decimal number written as a string: "55000", "3.23". */
export type Decimal = string;
/** The role presets. */
export type Role = "daf" | "dsi" | "drh" | "marketing";
/** Where the company is: sets the mobility levy, the transport pass and the office cost. */
export type Location = "paris" | "ile-de-france" | "large-city" | "elsewhere";
/** An input error: the field (its JSON name) and a message naming the allowed range. */
export interface FieldError { field: string; message: string; }
/** What every computation returns: a value, or an error to show next to a field. */
export type Outcome<T> = { value: T; error?: undefined } | { value?: undefined; error: FieldError };
/** Where a figure comes from. */
export interface Source { title: string; titleEn: string | null; url: string; effective: string; }
/** A scenario as JSON gives it; every field is optional. See schemas/scenario.schema.json. */
export interface ScenarioInput {
  role?: Role; daysPerWeek?: Decimal | number; grossAnnual?: Decimal | number; cadre?: boolean;
  headcount?: number; location?: Location | null; mobilityRatePercent?: Decimal | number; atMpRatePercent?: Decimal | number; atMpSupportFunction?: boolean; salaryTax?: boolean | null;
  healthPlanMonthly?: Decimal | number; healthPlanEmployerSharePercent?: Decimal | number;
  mealVoucherEmployerShare?: Decimal | number; transportPassMonthly?: Decimal | number;
  workspaceAnnual?: Decimal | number; equipmentAnnual?: Decimal | number; trainingAnnual?: Decimal | number;
  managerTimeAnnual?: Decimal | number; recruitmentFeePercent?: Decimal | number;
  recruitmentInternalCost?: Decimal | number; trialFailurePercent?: Decimal | number; recruitmentGuarantee?: boolean;
  expectedTenureYears?: Decimal | number; timeToHireWeeks?: Decimal | number; noticeWeeks?: Decimal | number;
  rampUpWeeks?: Decimal | number; rampUpProductivityPercent?: Decimal | number; forfaitDays?: Decimal | number;
  absenceDays?: Decimal | number; includeExitCost?: boolean; ruptureConventionnelle?: boolean; salaryGrowthPercent?: Decimal | number;
  dayRate?: Decimal | number; weeksPerYear?: Decimal | number; sharedStartFee?: Decimal | number;
  sharedTravelAnnual?: Decimal | number; sharedCoordinationAnnual?: Decimal | number;
  sharedStartWeeks?: Decimal | number; sharedRampUpWeeks?: Decimal | number; vatRecoverable?: boolean;
  dayRateGrowthPercent?: Decimal | number; horizonYears?: number;
  /** A need that changes over time: periods of months at days a week, as objects or as text "6x2,18x0.5"; null (or absent) for none. */
  needProfile?: Array<{ months: number; daysPerWeek: Decimal | number }> | string | null;
  /** With a need profile that ends with months of no need: the recruit is dismissed when the need ends. */
  exitWhenNeedEnds?: boolean;
  /** The version of the defaults the values not given are taken from ("2026-11"); default the current one. */
  defaults?: string;
  date?: string | null;
}
/** One period of a need profile, as results echo it. */
export interface NeedPeriod { months: number; daysPerWeek: Decimal; }
/** A scenario with every field filled in, as results echo it: decimals as strings. */
export type Scenario = {
  [K in Exclude<keyof ScenarioInput, "date" | "needProfile">]-?: K extends "headcount" | "horizonYears" ? number : Exclude<ScenarioInput[K], number | undefined>;
} & { needProfile: NeedPeriod[] | null; date: string | null };
export interface CostLine { id: string; labelFr: string; labelEn: string; amount: Decimal; formulaFr: string; formulaEn: string; source: Source | null; estimate: boolean; }
export interface OptionCost { annualCost: Decimal; firstYearCost: Decimal; costPerProductiveDay: Decimal; costPerDayOfNeed: Decimal; firstYearCash: Decimal; firstYearValuedTime: Decimal; lines: CostLine[]; firstYearLines: CostLine[]; }
export interface PayrollLine { id: string; payer: "employer" | "employee"; labelFr: string; labelEn: string; base: Decimal; cap: Decimal | null; rate: Decimal; amount: Decimal; source: Source; }
export interface Period { name: string; start: string; end: string; }
export interface EmployerCost {
  grossAnnual: Decimal; period: Period; employerContributions: Decimal; rgdu: Decimal;
  rgduDetail: { coefficient: Decimal; amount: Decimal; thresholdAnnual: Decimal; cliffAmount: Decimal };
  totalEmployerCost: Decimal; employeeContributions: Decimal; netBeforeIncomeTax: Decimal; lines: PayrollLine[];
}
export interface Notice { id: string; fr: string; en: string; }
/** Today's figures of a result whose rules or defaults are no longer today's (a pinned link opened later): the note to show under it, today's scenario (undated: the switch to today's figures) and today's savings. */
export interface Today { note: string; scenario: Scenario; savings: { amount: Decimal; percent: Decimal; firstYearAmount: Decimal }; }
export type NoBreakEven = "sharedCheaperAtEveryNeed" | "hireCheaperAtEveryNeed";
/** One of the three options. */
export type Cheapest = "fullTimeHire" | "partTimeHire" | "sharedTime";
/** One period of a need profile and each option's cost during it, euros. */
export interface NeedPeriodCost { startMonth: number; months: number; daysPerWeek: Decimal; fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal; }
/** Each option's cumulative cost at the end of one month of a need profile, euros. */
export interface NeedProfileMonth { month: number; daysPerWeek: Decimal; fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal; }
/** Each option's cost over a need profile: periods, totals, cheapest, average and peak, the break-even restated, month by month, lines and warnings. */
export interface NeedProfileCost {
  months: number; averageDaysPerWeek: Decimal; peakDaysPerWeek: Decimal; periods: NeedPeriodCost[];
  total: { fullTimeHire: Decimal; partTimeHire: Decimal; sharedTime: Decimal }; cheapest: Cheapest;
  breakEvenDaysPerWeek: Decimal | null; breakEvenReason: NoBreakEven | null; byMonth: NeedProfileMonth[];
  lines: CostLine[]; warnings: Notice[];
}
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
  sensitivity: { field: string; labelFr: string; labelEn: string; value: Decimal; lowValue: Decimal; lowAtMinimumWage: boolean; highValue: Decimal; lowBreakEven: Decimal | null; highBreakEven: Decimal | null; impact: Decimal }[];
  /** Each option over the scenario's need profile; null without one. */
  needProfile: NeedProfileCost | null;
  /** The one answer at the top: the cheapest option and by how much, the break-even explained. */
  answer: Answer;
}
export interface AnswerBreakEven { basis: AnswerBasis; daysPerWeek: Decimal | null; reason: NoBreakEven | null; sentence: string; }
export type AnswerBasis = { kind: "steadyState" } | { kind: "firstYear" } | { kind: "horizon"; months: number };
export type OptionKind = "fullTimeHire" | "partTimeHire" | "sharedTime";
export interface Answer {
  lang: "fr" | "en"; cheapest: OptionKind; runnerUp: OptionKind; figure: Decimal; basis: AnswerBasis;
  firstYear: { cheapest: OptionKind; figure: Decimal } | null;
  partTimeCondition: { weeklyHours: Decimal; text: string; source: Source } | null;
  sentence: string; breakEven: AnswerBreakEven; secondBreakEven: AnswerBreakEven | null;
}
export interface EmployerCostInput {
  grossAnnual?: Decimal | number; cadre?: boolean; headcount?: number; mobilityRatePercent?: Decimal | number;
  atMpRatePercent?: Decimal | number; atMpSupportFunction?: boolean; salaryTax?: boolean; healthPlanMonthly?: Decimal | number; healthPlanEmployerSharePercent?: Decimal | number;
  apprenticeRatioPercent?: Decimal | number; workTimePercent?: Decimal | number; date?: string | null;
}
export interface Preset { role: Role; labelFr: string; labelEn: string; grossAnnual: Decimal; grossAnnualSource: Source; grossAnnualEstimate: boolean; dayRate: Decimal; dayRateSource: Source; dayRateEstimate: boolean; atMpSupportFunction: boolean; }
export interface Assumption { field: string; value: string; group: "company" | "hire" | "shared"; labelFr: string; labelEn: string; unitFr: string; unitEn: string; source: Source; estimate: boolean; }
/** The detail of the element's `hire-or-share-change` event: the scenario (every field as text; `compare(detail.scenario)` gives the full result), its share-link query (`v=1&…`), and the headline figures. */
export interface ChangeDetail {
  scenario: Partial<Record<keyof ScenarioInput, string>>; link: string;
  fullTimeHire: { annualCost: Decimal; firstYearCost: Decimal }; partTimeHire: { annualCost: Decimal; firstYearCost: Decimal };
  sharedTime: { annualCost: Decimal; firstYearCost: Decimal };
  breakEven: { daysPerWeek: Decimal | null; firstYearDaysPerWeek: Decimal | null };
  savings: { amount: Decimal; percent: Decimal; firstYearAmount: Decimal };
}
"#;

/// `compare(scenario, lang?, today?)`: a full-time hire, a part-time hire
/// and shared time compared for one scenario. Returns `{ value, notices }` or
/// `{ error }`. A scenario with no `date` is computed with the rules of
/// `today` (`YYYY-MM-DD`; default the page's clock, local date): past the
/// last known period, with the last one's, and `notices` says so
/// (`rules_past_end`); it is `[]` otherwise. `today` is `null` when the
/// scenario's rules and defaults are today's; for a pinned link opened after
/// newer ones came in, `{ value: Today }`: the note to show under the result
/// ("Calculé avec les règles du 1er juin 2026 et les hypothèses de novembre
/// 2026. Avec les règles et hypothèses en vigueur aujourd'hui : …"), today's
/// scenario and savings (or `{ error }` if today's do not compute).
///
/// # Errors
///
/// Throws only if the result cannot be converted to JavaScript (a bug).
#[wasm_bindgen(
    js_name = compare,
    unchecked_return_type = "Outcome<Comparison> & { notices?: Notice[]; today?: Outcome<Today> | null }"
)]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn compare_js(
    #[wasm_bindgen(unchecked_param_type = "ScenarioInput")] scenario: &JsValue,
    lang: Option<String>,
    today: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = parse_lang(lang.as_deref());
    let mut notices = Vec::new();
    let mut todays = None;
    let mut answer = None;
    let outcome: Outcome<_> = Fields::of(scenario, lang)
        .and_then(|fields| scenario_from(&fields, lang))
        .and_then(|s| {
            let today = today_of(today.as_deref(), lang)?;
            let (s, notice) = s.on(today);
            notices.extend(notice);
            let r = compare_value(&s, hire_or_share::Detail::Full, lang)?;
            let full = hire_or_share::Detail::Full;
            todays = Some(Outcome::from(crate::todays_figures(&r, today, full, lang)));
            answer = Some(hire_or_share::Answer::new(&r, lang));
            Ok(r)
        })
        .into();
    let out = to_js(&outcome)?;
    if matches!(outcome, Outcome::Value(_)) {
        // The answer beside the comparison's figures, as the CLI's JSON has it.
        if let (Some(answer), Ok(value)) = (&answer, js_sys::Reflect::get(&out, &"value".into())) {
            let _ = js_sys::Reflect::set(&value, &"answer".into(), &to_js(answer)?);
        }
        let _ = js_sys::Reflect::set(&out, &"notices".into(), &to_js(&notices)?);
        // `null` when the figures are today's; else `{ value: Today }`, or
        // `{ error }` when today's do not compute.
        let todays = match todays {
            Some(Outcome::Value(None)) | None => JsValue::NULL,
            Some(other) => to_js(&other)?,
        };
        let _ = js_sys::Reflect::set(&out, &"today".into(), &todays);
    }
    Ok(out)
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
    lang: Option<String>,
    today: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = parse_lang(lang.as_deref());
    let outcome: Outcome<_> = Fields::of(scenario, lang)
        .and_then(|fields| scenario_from(&fields, lang))
        .and_then(|s| {
            s.validate().map_err(|e| field_error(&e, lang))?;
            Ok(s.to_pinned_query(today_of(today.as_deref(), lang)?))
        })
        .into();
    to_js(&outcome)
}

/// Today's date: `today` if given (a bad one is an error on `today`), else
/// the page's clock, as a local date.
fn today_of(today: Option<&str>, lang: Lang) -> Result<hire_or_share::Date, FieldError> {
    if let Some(text) = today {
        return text.parse().map_err(|_| {
            let err =
                hire_or_share::Error::unparsable("today", text, hire_or_share::Expected::Date);
            field_error(&err, lang)
        });
    }
    let now = js_sys::Date::new_0();
    let part = |n: u32| u8::try_from(n).unwrap_or(1);
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    Ok(
        hire_or_share::Date::new(year, part(now.get_month() + 1), part(now.get_date()))
            .unwrap_or_else(|| hire_or_share::date(year, 1, 1)),
    )
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
    let outcome: Outcome<_> = match serde_wasm_bindgen::from_value::<BundleInput>(bundle.clone()) {
        Ok(input) => input
            .scenarios
            .into_iter()
            .map(|fields| scenario_from(&fields.0.ok_or_else(|| not_an_object(lang))?, lang))
            .collect::<Result<Vec<_>, _>>()
            .and_then(|scenarios| {
                let generalist_gross_annual = input
                    .generalist_gross_annual
                    .map(|text| generalist_gross_annual(&text.0, lang))
                    .transpose()?;
                hire_or_share::compare_bundle(&hire_or_share::Bundle {
                    scenarios,
                    generalist_gross_annual,
                })
                .map_err(|e| field_error(&e, lang))
            })
            .into(),
        Err(_) => Outcome::Error(input_error("{ scenarios: [...] }", lang)),
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

/// `version()`: the version of the core crate.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    hire_or_share::VERSION.to_owned()
}

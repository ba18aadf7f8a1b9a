//! Reading the API's inputs from JavaScript values: a scenario, an
//! employer-cost input, a bundle, today's date. Every value is read as the
//! text a form would give and parsed by the core, so that the API accepts
//! what the core accepts, and gives back what it accepts (`null` where a
//! result has none).

use core::fmt;

use hire_or_share::{EmployerCostInput, Error, Expected, Lang, NeedProfile, Scenario};
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, de};
use wasm_bindgen::prelude::*;

use super::errors::{core, not_an_object};
use crate::FieldError;

/// One field's value as the text a form would give: strings as they are,
/// numbers as JavaScript writes them (`0.1`, `NaN`; a `BigInt` in 64 bits
/// as its digits), booleans as
/// `true`/`false`, `null` and `undefined` as `null`, an array of need
/// periods `[{ months: 6, daysPerWeek: "2" }, …]` as a need profile's text
/// form `6x2,…` and an array of options `[{ kind: "freelance" }, …]` as a
/// list's `freelance,…` (see [`PeriodText`]; an empty array as `[]`), anything else
/// (an object, another array, a function) as `[object]`: text that no field
/// accepts, so that a bad value is refused and named, never replaced by a
/// default.
///
/// Never fails: a value of another kind is caught, which is sound with
/// serde-wasm-bindgen, whose deserializer holds one JavaScript value and
/// nothing to resume (this type is read from JavaScript only).
pub(super) struct Text(pub(super) String);

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
                // Every digit, never an exponent (Rust's writing: 1e-7 is
                // `0.0000001`, where JavaScript writes `1e-7`, which no field
                // reads); `NaN` and `inf` read as no number, so are refused.
                Ok(v.to_string())
            }
            fn visit_unit<E: de::Error>(self) -> Result<String, E> {
                Ok("null".to_owned())
            }
        }
        let text = deserializer.deserialize_any(Visitor);
        Ok(Text(text.unwrap_or_else(|_| "[object]".to_owned())))
    }
}

/// One item of an array, as its text form: a period of a need profile,
/// `{ months: 6, daysPerWeek: "2" }` (numbers or text, in any order), as
/// `6x2`; an option, `{ kind: "sharedTime", dayRate: 950, daysPerWeek: 2 }`
/// (its parameters optional), as `sharedTime:950x2`. `None` for anything
/// else: another key, a key missing, a value that is not text or a number,
/// or text holding the forms' own separators (`x`, `,`, `:`), which would
/// read as more than one item. Never fails, as [`Text`].
struct PeriodText(Option<String>);

impl<'de> Deserialize<'de> for PeriodText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Option<String>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("{ months, daysPerWeek } or { kind, dayRate?, daysPerWeek? }")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut months, mut kind, mut rate, mut days, mut other) =
                    (None, None, None, None, false);
                while let Some((key, Text(text))) = map.next_entry::<String, Text>()? {
                    let plain = !text.is_empty() && !text.contains([',', 'x', 'X', ':']);
                    let slot = match key.as_str() {
                        "months" => &mut months,
                        "kind" => &mut kind,
                        "dayRate" => &mut rate,
                        "daysPerWeek" => &mut days,
                        _ => {
                            other = true;
                            continue;
                        }
                    };
                    if plain && slot.is_none() {
                        *slot = Some(text);
                    } else {
                        other = true;
                    }
                }
                Ok(match (months, kind, rate, days, other) {
                    (Some(months), None, None, Some(days), false) => {
                        Some([&*months, "x", &*days].concat())
                    }
                    (None, Some(kind), rate, days, false) => {
                        let mut text = kind;
                        if rate.is_some() || days.is_some() {
                            text.push(':');
                            text.push_str(rate.as_deref().unwrap_or(""));
                            if let Some(days) = days {
                                text.push('x');
                                text.push_str(&days);
                            }
                        }
                        Some(text)
                    }
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
pub(super) struct Fields(pub(super) Option<Vec<(String, String)>>);

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
    pub(super) fn of(value: &JsValue, lang: Lang) -> Result<Vec<(String, String)>, FieldError> {
        serde_wasm_bindgen::from_value::<Fields>(value.clone())
            .ok()
            .and_then(|fields| fields.0)
            .ok_or_else(|| not_an_object(lang))
    }
}

/// Whether `field` given as `value` is left out: a date of `null` (or
/// `undefined`) is none, the rules of today, as results echo it.
fn absent(field: &str, value: &str) -> bool {
    field == "date" && value == "null"
}

/// A scenario from its fields, the role's preset filling the rest. A need
/// profile, a zone, a taxe sur les salaires or a date of `null` (or
/// `undefined`) is none, as in JSON and as results echo them: what
/// `defaultScenario` and `compare` give is accepted back as it is.
pub(super) fn scenario_from(
    fields: &[(String, String)],
    lang: Lang,
) -> Result<Scenario, FieldError> {
    Scenario::from_fields(fields.iter().filter(|(k, v)| !absent(k, v)).map(|(k, v)| {
        let optional = matches!(
            k.as_str(),
            "needProfile" | "location" | "salaryTax" | "options"
        );
        let v = if optional && v == "null" {
            ""
        } else {
            v.as_str()
        };
        (k.as_str(), v)
    }))
    .map_err(|e| core(&e, lang))
}

/// An employer-cost input from a JavaScript object, defaults filling the rest.
/// A date of `null` is none, as `defaultEmployerCostInput` gives it.
pub(super) fn employer_cost_input_from_js(
    value: &JsValue,
    lang: Lang,
) -> Result<EmployerCostInput, FieldError> {
    let mut input = EmployerCostInput::default();
    for (field, text) in Fields::of(value, lang)? {
        if absent(&field, &text) {
            continue;
        }
        input.set(&field, &text).map_err(|e| core(&e, lang))?;
    }
    Ok(input)
}

/// `compareBundle`'s argument: unknown keys are ignored; `null` or
/// `undefined` for the generalist's salary is no salary given.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct BundleInput {
    pub(super) scenarios: Vec<Fields>,
    #[serde(default)]
    pub(super) generalist_gross_annual: Option<Text>,
}

/// The generalist's salary, read as every number given as text is (the
/// payroll input's own field): exactly, `1e5` and `95_000` refused.
pub(super) fn generalist_gross_annual(text: &str, lang: Lang) -> Result<Decimal, FieldError> {
    let mut input = EmployerCostInput::default();
    match input.set("grossAnnual", text) {
        Ok(()) => Ok(input.gross_annual),
        Err(_) => Err(core(
            &Error::unparsable("generalistGrossAnnual", text, Expected::Number),
            lang,
        )),
    }
}

/// Today's date: `today` if given (a bad one is an error on `today`), else
/// the page's clock, as a local date.
pub(super) fn today_of(today: Option<&str>, lang: Lang) -> Result<hire_or_share::Date, FieldError> {
    if let Some(text) = today {
        return text.parse().map_err(|_| {
            let err = Error::unparsable("today", text, Expected::Date);
            core(&err, lang)
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

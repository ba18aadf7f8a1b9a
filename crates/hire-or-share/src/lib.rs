//! # hire-or-share
//!
//! Should a French SME hire a full-time expert, or take a shared-time one
//! (*temps partagé*) for a few days a week? This crate answers with the
//! company's own numbers, and every figure says where it comes from.
//!
//! It computes, with decimals for every amount of money:
//! - the employer cost of a permanent contract (CDI), full or part time,
//!   under the French rules in force in 2026: every employer contribution
//!   (*cotisations patronales*), the RGDU low-wage reduction, and the net
//!   salary — [`employer_cost`], checked line by line against the official
//!   URSSAF engine;
//! - the comparison of a full-time hire, a part-time hire and a shared-time
//!   expert for one company's need in days a week: fully-loaded costs in
//!   steady state and in the first year, the break-even, the cost curve, a
//!   multi-year view and the sensitivity to each assumption — [`compare()`];
//! - one answer from all of it — which option costs the least and by how
//!   much against the next one (over a need profile's months when there is
//!   one), the first year where it differs, the part-time contract's legal
//!   condition, the break-even explained — in a sentence in French or
//!   English and as data: [`Answer`];
//! - the legal rates and thresholds, one data module per legal period, each
//!   figure with its source and effective date — [`rules`]; the defaults of
//!   the comparison, each with its source or marked as an estimate —
//!   [`defaults`].
//!
//! The only float is inside the RGDU coefficient's power, computed as the
//! official engine computes it and rounded to four decimals as the law says.
//!
//! ## Comparing
//!
//! ```
//! use hire_or_share::{compare, Role, Scenario};
//! use rust_decimal_macros::dec;
//!
//! let mut scenario = Scenario::preset(Role::Drh); // an HR director, sourced defaults
//! scenario.days_per_week = dec!(1.5);
//! let result = compare(&scenario)?;
//! println!(
//!     "shared time {} € a year, full-time hire {} €, break-even {:?} days a week",
//!     result.shared_time.cost.annual_cost,
//!     result.full_time_hire.cost.annual_cost,
//!     result.break_even.days_per_week,
//! );
//! # Ok::<(), hire_or_share::Error>(())
//! ```
//!
//! ## The answer
//!
//! ```
//! use hire_or_share::{compare, Answer, Cheapest, Lang, Role, Scenario};
//! use rust_decimal_macros::dec;
//!
//! let mut scenario = Scenario::preset(Role::Daf);
//! scenario.days_per_week = dec!(2);
//! let answer = Answer::new(&compare(&scenario)?, Lang::Fr);
//! assert!(answer.sentence.starts_with("À 2\u{a0}jours par semaine, "));
//! if answer.cheapest == Cheapest::PartTimeHire {
//!     // Under 24 hours a week, the same sentence gives the legal condition.
//!     assert!(answer.sentence.contains("L3123-7"));
//! }
//! println!("{answer}"); // the sentence and the break-even, explained
//! # Ok::<(), hire_or_share::Error>(())
//! ```
//!
//! ## The employer cost
//!
//! ```
//! use hire_or_share::{employer_cost, EmployerCostInput, Lang};
//! use rust_decimal_macros::dec;
//!
//! // A cadre paid 55 000 € a year in a company of 50 employees.
//! let mut input = EmployerCostInput::new(dec!(55000));
//! input.headcount = 50;
//! let cost = employer_cost(&input)?;
//! println!(
//!     "{}: total employer cost {} €, net {} € ({} rules)",
//!     cost.gross_annual, cost.total_employer_cost, cost.net_before_income_tax, cost.period.name,
//! );
//! for line in &cost.lines {
//!     println!("{:<45} {:>10} € ({})", line.label_en, line.amount, line.source.url);
//! }
//!
//! // Bad input is an error naming the field and the allowed range.
//! input.headcount = 0;
//! let err = employer_cost(&input).unwrap_err();
//! assert_eq!(err.field(), "headcount");
//! assert!(err.message(Lang::En).contains("between 1 and 1,000,000"));
//! # Ok::<(), hire_or_share::Error>(())
//! ```
//!
//! ## Money
//!
//! Amounts are [`rust_decimal::Decimal`] euros, serialized as decimal strings
//! (`"55000.00"`). All arithmetic is checked: an overflow is an
//! [`Error`], never a panic.
//!
//! ## Features
//!
//! - `fr` and `en` (default): the text of each language — labels, formulas,
//!   sources, notices, messages. Everything is in both languages with the
//!   defaults. A build with one of them only keeps empty strings for the
//!   other language and answers every request in the one it has
//!   ([`Lang::compiled`]): the widget ships one WebAssembly module per
//!   language this way, each about 5.9 KB gzip smaller than one with both.
//! - `need-profile` (default): the cost of a need that changes over time
//!   ([`Scenario::need_profile`], [`Comparison::need_profile`]). Without it
//!   a scenario has no profile fields: [`Scenario::set`] refuses
//!   `needProfile` and `exitWhenNeedEnds` with an error naming them, and a
//!   share link's `need-profile` is listed as ignored. The widget's element
//!   leaves it out (it has no profile editor yet; the model alone is about
//!   4.5 KB gzip of the element's download).
//! - `schema`: JSON Schemas of the scenario and the comparison (`hire_or_share::schema`).

#![deny(missing_docs)]

mod arith;
mod date;
mod decimal_text;
pub mod defaults;
mod error;
mod field;
mod field_table;
mod lang;
mod model;
mod money;
#[cfg(feature = "need-profile")]
mod need;
mod number;
#[cfg(feature = "options")]
mod option_list;
pub mod payroll;
mod scenario;
mod scenario_checks;
pub mod share;
mod source;
pub use scenario::Scenario;
pub mod rules;

pub use date::{Date, DateError, date};
pub use defaults::{
    Assumption, Defaults, DefaultsVersion, Group, Location, LocationDefaults, Preset, Role,
};
pub use error::{Error, ErrorKind, Expected, Unit, field_label};
pub use field_table::{FieldInfo, FieldKind, fields};
pub use lang::Lang;
pub use model::{
    Answer, AnswerBasis, AnswerBreakEven, BreakEven, Bundle, BundleComparison, BundleCost,
    BundleRole, Cheapest, Comparison, CostLine, CurvePoint, Detail, FirstYearDiffers, FullTimeHire,
    HorizonYear, MAX_ROLES, NeedPeriodCost, NeedProfileCost, NeedProfileMonth, NeedProfileTotal,
    NoBreakEven, Notice, OptionCost, OptionResult, PART_TIME_MINIMUM_SOURCE, PartTimeCondition,
    PartTimeHire, Savings, Sensitivity, SharedTime, Threshold, TimeToValue, compare,
    compare_bundle, compare_with,
};
#[cfg(feature = "need-profile")]
pub use need::{NeedPeriod, NeedProfile};
#[cfg(feature = "options")]
pub use option_list::{OptionKind, OptionList, OptionSpec};
pub use payroll::{
    EmployerCost, EmployerCostInput, Line, Payer, Period, RgduDetail, employer_cost,
    total_employer_cost,
};
pub use rules::Rules;
pub use rust_decimal::Decimal;
pub use source::Source;

/// JSON Schemas of what crosses the boundaries (feature `schema`).
#[cfg(feature = "schema")]
pub mod schema {
    /// The schema of a scenario as JSON gives it (every field optional).
    #[must_use]
    pub fn scenario() -> schemars::Schema {
        let mut schema = schemars::schema_for!(crate::scenario::ScenarioJson);
        let properties = schema.get_mut("properties").and_then(|p| p.as_object_mut());
        for (name, property) in properties.into_iter().flatten() {
            let Some(property) = property.as_object_mut() else {
                continue;
            };
            // A decimal as the core reads it (text or a JSON number): a
            // sign, digits and one point, spaces around; no exponent, no `_`.
            if property.contains_key("pattern") {
                property.insert("pattern".into(), r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$".into());
            }
            // Whole numbers from their real minimum, as text too ("20").
            let range = match name.as_str() {
                "headcount" => Some((1, crate::payroll::MAX_HEADCOUNT)),
                "horizonYears" => Some((1, 5)),
                _ => None,
            };
            if let Some((min, max)) = range {
                property.insert("minimum".into(), min.into());
                property.insert("maximum".into(), max.into());
                property.insert(
                    "type".into(),
                    schemars::json_schema!({ "type": ["integer", "string", "null"] })
                        .get("type")
                        .cloned()
                        .unwrap_or_default(),
                );
                property.insert("pattern".into(), r"^\s*\+?\d+\s*$".into());
            }
        }
        schema
    }

    /// The schema of a comparison result.
    #[must_use]
    pub fn comparison() -> schemars::Schema {
        schemars::schema_for!(crate::Comparison)
    }

    /// The schema of the answer at the top of a comparison (`answer` in the
    /// CLI's JSON and in the JavaScript API's result).
    #[must_use]
    pub fn answer() -> schemars::Schema {
        schemars::schema_for!(crate::Answer)
    }
}

/// The version of this crate, shown by the widget and the CLI.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Formats euros for people: to the cent (half away from zero, as every
/// amount here), thousands grouped, `€` after (`145 298,55 €` in French,
/// `145,298.55 €` in English).
///
/// ```
/// use hire_or_share::{format_euros, Lang};
/// use rust_decimal_macros::dec;
///
/// assert_eq!(format_euros(dec!(145298.5), Lang::En), "145,298.50\u{a0}€");
/// assert_eq!(format_euros(dec!(-1200), Lang::Fr), "-1\u{a0}200,00\u{a0}€");
/// assert_eq!(format_euros(dec!(0.125), Lang::En), "0.13\u{a0}€");
/// ```
#[must_use]
pub fn format_euros(amount: rust_decimal::Decimal, lang: Lang) -> String {
    number::fmt_number_exact(arith::cents(amount), Unit::Euro, lang)
}

/// `x` in binary floating point, for display only (money is never computed
/// in floating point): its mantissa divided by `10^scale`, the nearest `f64`
/// whenever the mantissa has at most 53 bits and the scale at most 22 (every
/// amount and rate here), within a unit in the last place otherwise. The
/// core's own, for the RGDU's power; the widget formats its numbers and draws
/// its chart with it rather than with a copy (-308 bytes gzip of its French
/// page).
///
/// ```
/// use rust_decimal_macros::dec;
///
/// assert_eq!(hire_or_share::decimal_to_f64(dec!(145298.55)), 145298.55);
/// ```
#[must_use]
pub fn decimal_to_f64(x: rust_decimal::Decimal) -> f64 {
    arith::to_f64(x)
}

/// The plain text of a decimal (`-1.50`, `85000`, `0.016`): what its
/// `Display` writes, and what a scenario's fields give as their text. The
/// core's own writer, which the widget uses rather than a copy (-149 bytes
/// gzip of its French page).
///
/// ```
/// use rust_decimal_macros::dec;
///
/// assert_eq!(hire_or_share::decimal_text(dec!(-1.50)), "-1.50");
/// ```
#[must_use]
pub fn decimal_text(x: rust_decimal::Decimal) -> String {
    decimal_text::write_decimal(x)
}

/// A decimal written plainly, as [`decimal_text`] writes it: digits with at
/// most one point (`.`) and an optional sign, exactly; `None` for anything else (an exponent, a
/// separator, an empty string) and for a value a `Decimal` cannot hold
/// exactly. How the core reads every number given as text; the widget reads
/// with it rather than with a copy (-186 bytes gzip of its French page).
///
/// ```
/// use rust_decimal_macros::dec;
///
/// assert_eq!(hire_or_share::read_decimal_text("1.5"), Some(dec!(1.5)));
/// assert_eq!(hire_or_share::read_decimal_text("1e5"), None);
/// ```
#[must_use]
pub fn read_decimal_text(text: &str) -> Option<rust_decimal::Decimal> {
    decimal_text::read_decimal(text)
}

/// `mantissa × 10^-SCALE` (`scaled::<2>(1250)` is 12.50): rust_decimal's
/// `Decimal::new` with the scale checked when compiling. `Decimal::new`
/// checks it when running, and its panic writes rust_decimal's error with
/// `Display`, which brings that error's messages into the element with the
/// one function that is not inlined; the core and the widget build their
/// decimals of a known scale with this instead (with `from_i128_with_scale`
/// out of `fmt_number` and the formulas' euros, for the same panic: -200
/// bytes gzip of the element's French page, 76,207 -> 76,007).
///
/// ```
/// use rust_decimal_macros::dec;
///
/// assert_eq!(hire_or_share::scaled::<2>(-1250), dec!(-12.50));
/// assert_eq!(hire_or_share::scaled::<1>(5).to_string(), "0.5");
/// ```
#[inline]
#[must_use]
pub const fn scaled<const SCALE: u32>(mantissa: i64) -> rust_decimal::Decimal {
    const { assert!(SCALE <= rust_decimal::Decimal::MAX_SCALE) };
    let magnitude = mantissa.unsigned_abs();
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the low and middle 32 bits of the magnitude, as rust_decimal holds them"
    )]
    rust_decimal::Decimal::from_parts(
        magnitude as u32,
        (magnitude >> 32) as u32,
        0,
        mantissa < 0,
        SCALE,
    )
}

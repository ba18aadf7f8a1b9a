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
//! - `schema`: JSON Schemas of the scenario and the comparison (`hire_or_share::schema`).

#![deny(missing_docs)]

mod arith;
mod bundle;
pub mod compare;
mod date;
pub mod defaults;
mod error;
pub mod payroll;
mod scenario;
pub mod share;
pub use arith::{normalize as normalize_decimal, to_f64 as decimal_to_f64};
pub use scenario::{Expected, Scenario, is_half_days, read_decimal, write_decimal};
pub mod rules;

pub use bundle::{Bundle, BundleComparison, BundleCost, BundleRole, MAX_ROLES, compare_bundle};
pub use compare::{
    BreakEven, Comparison, CostLine, CurvePoint, Detail, FullTimeHire, HorizonYear, NoBreakEven,
    Notice, OptionCost, PartTimeHire, Savings, Sensitivity, SharedTime, TimeToValue, compare,
    compare_with,
};
pub use date::{Date, DateError, date};
pub use defaults::{ASSUMPTIONS, Assumption, Group, PRESETS, Preset, Role};
pub use error::{Error, ErrorKind, Unit};
pub use payroll::{
    EmployerCost, EmployerCostInput, Line, Payer, Period, RgduDetail, employer_cost,
    total_employer_cost,
};
pub use rules::{Rules, Source};

/// The language of messages and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

#[cfg(not(any(feature = "fr", feature = "en")))]
compile_error!(
    "hire-or-share needs the text of at least one language: enable feature `fr` or `en` (both are default features)"
);

/// Text in each language, and builds with one of them only.
///
/// With the default features (`fr` and `en`) every text exists in both
/// languages and these are plain selections. A build with one language only
/// (the widget's WebAssembly modules, one per language, each a few kilobytes
/// smaller) keeps empty strings in place of the other language's text, and
/// maps any request for it to the language it has.
impl Lang {
    /// Whether this build has the text of this language (its feature is on).
    #[must_use]
    pub const fn has_text(self) -> bool {
        match self {
            Lang::Fr => cfg!(feature = "fr"),
            Lang::En => cfg!(feature = "en"),
        }
    }

    /// This language, or the other one where this build has no text in it.
    #[must_use]
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    pub const fn compiled(self) -> Lang {
        match (self, self.has_text()) {
            (_, true) => self,
            (Lang::Fr, false) => Lang::En,
            (Lang::En, false) => Lang::Fr,
        }
    }

    /// `text`, written in this language, or `""` in a build without it: for
    /// tables of text in both languages, so that a one-language build leaves
    /// the other language's text out of the binary.
    ///
    /// ```
    /// use hire_or_share::Lang;
    /// assert_eq!(Lang::En.text("Shared time"), "Shared time"); // default features
    /// ```
    #[must_use]
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    pub const fn text(self, text: &'static str) -> &'static str {
        if self.has_text() { text } else { "" }
    }

    /// The one of `fr` and `en` in this language (in the [compiled](Lang::compiled)
    /// one). Inlined, so that a one-language build drops the other text.
    ///
    /// ```
    /// use hire_or_share::Lang;
    /// assert_eq!(Lang::En.pick("Temps partagé", "Shared time"), "Shared time");
    /// ```
    #[must_use]
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    pub const fn pick(self, fr: &'static str, en: &'static str) -> &'static str {
        match self.compiled() {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

/// A French label and its English translation, each kept only in a build
/// with its language (see [`Lang::text`]).
#[allow(
    clippy::inline_always,
    reason = "a one-language build must see the choice of language at each text, to leave the other text out"
)]
#[inline(always)]
pub(crate) const fn tr(fr: &'static str, en: &'static str) -> (&'static str, &'static str) {
    (Lang::Fr.text(fr), Lang::En.text(en))
}

/// JSON Schemas of what crosses the boundaries (feature `schema`).
#[cfg(feature = "schema")]
pub mod schema {
    /// The schema of a scenario as JSON gives it (every field optional).
    #[must_use]
    pub fn scenario() -> schemars::Schema {
        schemars::schema_for!(crate::scenario::ScenarioJson)
    }

    /// The schema of a comparison result.
    #[must_use]
    pub fn comparison() -> schemars::Schema {
        schemars::schema_for!(crate::Comparison)
    }
}

/// The first `chars` characters of `text` (all of it if shorter), for
/// quoting user text in a message: a slice at a character boundary, not a
/// `String` built character by character.
pub(crate) fn head(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .and_then(|(end, _)| text.get(..end))
        .unwrap_or(text)
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
    error::fmt_number_exact(arith::cents(amount), Unit::Euro, lang)
}

#[cfg(test)]
mod lang_tests {
    use super::{Lang, tr};

    /// Each build answers in the languages it has text for. The test command
    /// runs this with both languages and with each one alone.
    #[test]
    fn a_build_answers_in_the_languages_it_has() {
        for lang in [Lang::Fr, Lang::En] {
            assert!(lang.compiled().has_text(), "{lang:?}");
        }
        let pair = tr("Temps partagé", "Shared time");
        match (cfg!(feature = "fr"), cfg!(feature = "en")) {
            (true, true) => {
                assert_eq!(Lang::En.compiled(), Lang::En);
                assert_eq!(
                    Lang::Fr.pick("Temps partagé", "Shared time"),
                    "Temps partagé"
                );
                assert_eq!(Lang::En.pick("Temps partagé", "Shared time"), "Shared time");
                assert_eq!(pair, ("Temps partagé", "Shared time"));
            }
            (true, false) => {
                assert_eq!(Lang::En.compiled(), Lang::Fr);
                assert_eq!(
                    Lang::En.pick("Temps partagé", "Shared time"),
                    "Temps partagé"
                );
                assert_eq!(pair, ("Temps partagé", ""));
                assert_eq!(crate::PRESETS[0].label_en, "");
            }
            (false, true) => {
                assert_eq!(Lang::Fr.compiled(), Lang::En);
                assert_eq!(Lang::Fr.pick("Temps partagé", "Shared time"), "Shared time");
                assert_eq!(pair, ("", "Shared time"));
                assert_eq!(crate::PRESETS[0].label_fr, "");
                // The English title of a default's source.
                assert!(
                    crate::PRESETS[0]
                        .gross_annual_source
                        .title_in(Lang::En)
                        .contains("CFO")
                );
            }
            (false, false) => unreachable!("a build has at least one language"),
        }
    }
}

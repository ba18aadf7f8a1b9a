//! # hire-or-share
//!
//! Should a French SME hire a full-time expert, or take a shared-time one
//! (*temps partagé*) for a few days a week? This crate answers with the
//! company's own numbers, and every figure says where it comes from.
//!
//! It computes, exactly and with decimals (never floats):
//! - the employer cost of a full-time permanent contract (CDI) under the
//!   French rules in force in 2026: every employer contribution (*cotisations
//!   patronales*), the RGDU low-wage reduction, and the net salary —
//!   [`employer_cost`];
//! - the legal rates and thresholds, one data module per legal period, each
//!   figure with its source and effective date — [`rules`].
//!
//! ## Example
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

#![deny(missing_docs)]

mod arith;
pub mod compare;
mod date;
pub mod defaults;
mod error;
pub mod payroll;
mod scenario;
pub use scenario::{Expected, Scenario};
pub mod rules;

pub use compare::{
    BreakEven, Comparison, CostLine, CurvePoint, FullTimeHire, HorizonYear, NoBreakEven, Notice,
    OptionCost, PartTimeHire, Savings, Sensitivity, SharedTime, TimeToValue, compare,
};
pub use date::{Date, DateError, date};
pub use defaults::{ASSUMPTIONS, Assumption, Group, PRESETS, Preset, Role};
pub use error::{Error, ErrorKind, Unit};
pub use payroll::{
    EmployerCost, EmployerCostInput, Line, Payer, Period, RgduDetail, employer_cost,
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

/// The version of this crate, shown by the widget and the CLI.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Formats euros for people: two decimals, thousands grouped, `€` after
/// (`145 298,55 €` in French, `145,298.55 €` in English).
///
/// ```
/// use hire_or_share::{format_euros, Lang};
/// use rust_decimal_macros::dec;
///
/// assert_eq!(format_euros(dec!(145298.5), Lang::En), "145,298.50\u{a0}€");
/// assert_eq!(format_euros(dec!(-1200), Lang::Fr), "-1\u{a0}200,00\u{a0}€");
/// ```
#[must_use]
pub fn format_euros(amount: rust_decimal::Decimal, lang: Lang) -> String {
    let mut shown = amount.round_dp(2);
    shown.rescale(2);
    error::fmt_number_exact(shown, Unit::Euro, lang)
}

//! The model: hire or share? The fully-loaded cost of each option, the break-even, the
//! cost curve, the multi-year view and the sensitivity of the answer.
//!
//! # The model
//!
//! The company needs an expert `d` days a week ([`Scenario::days_per_week`]).
//!
//! - **Full-time hire**: paid for five days whatever the need. Its annual
//!   (steady-state) cost is the total employer cost of the payroll plus meal
//!   vouchers for each day worked, half the transport pass, office space,
//!   equipment, training, optional management time, the recruitment cost
//!   amortized over the expected tenure and grossed up by the share of hires
//!   that fail in the trial period, and optionally the legal severance
//!   amortized over the tenure. It does not depend on `d`.
//! - **Part-time hire** at `d` days: the same, with the salary, the social
//!   security ceiling and the SMIC pro-rated to `d / 5`, meal vouchers for the
//!   days worked, and fixed costs (office, equipment, training) in full.
//! - **Shared time**: day rate × `d` × weeks a year (+ 20 % VAT when the
//!   company cannot recover it), travel and coordination.
//!
//! **First year** means the first twelve months of service plus what it took
//! to get there: the recruitment cost in full instead of amortized; the
//! ramp-up (running cost of the ramp-up weeks × the missing productivity);
//! and the wait before the expert starts — time to hire plus notice for a
//! recruit, the start delay for shared time — valued as the days of need left
//! uncovered × the recruit's cost per productive day (the same price for both
//! options, so neither is favoured).
//!
//! Every cost is *affine* in `d` for the full-time hire and shared time, so
//! the break-even is solved exactly; the part-time hire is computed point by
//! point. Amounts are rounded to the cent line by line, and totals are the
//! sums of their lines.

//!
//! One concern a file: [`result`] (what a comparison returns), `formula`
//! (how a line is written), `term` (costs affine in the need), `hire` and
//! `shared` (each option's cost), `break_even`, `curve`, `horizon`,
//! `sensitivity`, `comparison` (all of them put together for one scenario)
//! and `bundle` (several roles through one network).

mod answer;
mod break_even;
mod bundle;
mod comparison;
mod curve;
mod formula;
mod hire;
mod horizon;
#[cfg(feature = "options")]
mod kinds;
#[cfg(feature = "need-profile")]
mod profile;
pub(crate) mod result;
mod sensitivity;
mod shared;
mod term;

pub use answer::{
    Answer, AnswerBasis, AnswerBreakEven, FirstYearDiffers, PART_TIME_MINIMUM_SOURCE,
    PartTimeCondition,
};
pub use bundle::{Bundle, BundleComparison, BundleCost, BundleRole, MAX_ROLES, compare_bundle};
pub use comparison::{Detail, compare, compare_with};
pub use result::{
    BreakEven, Cheapest, Comparison, CostLine, CurvePoint, FullTimeHire, HorizonYear,
    NeedPeriodCost, NeedProfileCost, NeedProfileMonth, NeedProfileTotal, NoBreakEven, Notice,
    OptionCost, OptionResult, PartTimeHire, Savings, Sensitivity, SharedTime, Threshold,
    TimeToValue,
};
pub(crate) use sensitivity::varies as varied_by_sensitivity;

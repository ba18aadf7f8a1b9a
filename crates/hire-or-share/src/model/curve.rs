//! The cost curve: the annual cost of each option from half a day to five
//! days a week, by quarter days.

use crate::Scenario;
use crate::money::{Money, Quantity, qty};

use super::hire::{HireBasis, work_time_percent};
use super::result::CurvePoint;
use super::term::Affine;

/// The costs the curve is drawn from, each as a function of the need.
pub(super) struct Costs {
    /// The part-time hire at the scenario's need, already computed, exact.
    pub(super) known_part: (Quantity, Money),
    /// The full-time hire, steady state, exact (it does not depend on the need).
    pub(super) full: Money,
    /// The full-time hire, first year.
    pub(super) full_first_year: Affine,
    /// Shared time, steady state.
    pub(super) shared: Affine,
    /// Shared time's first year beyond its steady state.
    pub(super) shared_first_year_extra: Affine,
}

/// The curve from 0.5 to 5 days a week, by quarter days.
pub(super) fn curve(s: &Scenario, basis: &HireBasis, costs: &Costs) -> Vec<CurvePoint> {
    let full_annual = costs.full.cents();
    let (known_days, known_part) = costs.known_part;
    let mut points = Vec::with_capacity(19);
    let mut days = qty!(0.5);
    while days <= qty!(5) {
        // The part-time hire at the chosen need is already known.
        let part = if days == qty!(5) {
            full_annual
        } else if days == known_days {
            known_part.cents()
        } else {
            basis
                .amounts(s, Money::new(s.gross_annual), work_time_percent(days))
                .annual(s)
                .cents()
        };
        let shared = costs.shared.at(days);
        let shared_first_year = shared
            + costs.shared_first_year_extra.fixed
            + costs.shared_first_year_extra.per_day * days;
        points.push(CurvePoint {
            days_per_week: days.into(),
            full_time_hire: full_annual.into(),
            part_time_hire: part.into(),
            shared_time: shared.cents().into(),
            full_time_hire_first_year: costs.full_first_year.at(days).cents().into(),
            shared_time_first_year: shared_first_year.cents().into(),
        });
        days += qty!(0.25);
    }
    points
}

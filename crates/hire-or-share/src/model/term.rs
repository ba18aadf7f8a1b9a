//! A term of an option's cost, affine in the need (`fixed + per_day × days`),
//! and the cost lines written from terms.

use crate::lang::Lang;
use crate::money::{Money, Quantity};
use crate::scenario::Scenario;
use crate::source::Source;

use super::formula::Formula;
use super::result::{CostLine, OptionCost};

/// The first-year lines that are valued time, not cash: the need left
/// uncovered (while recruiting, before a start) and the productivity missing
/// while ramping up (the hire's or shared time's).
pub(super) const VALUED_TIME: [&str; 3] = ["vacancy", "start_delay", "ramp_up"];

/// An option's cost from its lines: the sums, the cost per productive day
/// (`productive_days` a year) and per day of need (`need_days` a year), and
/// the first year split into cash and valued time.
pub(super) fn option_cost(
    lines: Vec<CostLine>,
    first_year_lines: Vec<CostLine>,
    productive_days: Quantity,
    need_days: Quantity,
) -> OptionCost {
    let annual_cost = sum_lines(&lines);
    let first_year_cost = sum_lines(&first_year_lines);
    let mut valued = Money::ZERO;
    for line in first_year_lines
        .iter()
        .filter(|l| VALUED_TIME.contains(&l.id))
    {
        valued += Money::new(line.amount);
    }
    let per = |days: Quantity| {
        if days.is_zero() {
            Money::ZERO
        } else {
            (annual_cost / days).cents()
        }
    };
    OptionCost {
        annual_cost: annual_cost.into(),
        first_year_cost: first_year_cost.into(),
        cost_per_productive_day: per(productive_days).into(),
        cost_per_day_of_need: per(need_days).into(),
        first_year_cash: (first_year_cost - valued).into(),
        first_year_valued_time: valued.into(),
        lines,
        first_year_lines,
    }
}

/// A term of an option's cost that is affine in the need:
/// `fixed + per_day × days_per_week`.
pub(super) struct Term {
    pub(super) id: &'static str,
    pub(super) labels: (&'static str, &'static str),
    pub(super) fixed: Money,
    /// Euros a year for each day a week of need.
    pub(super) per_day: Money,
    /// Written only for the lines shown: the curve, the search for the
    /// break-even salary and the sensitivity evaluate many more terms.
    pub(super) formula: Formula,
    pub(super) source: Option<&'static Source>,
    pub(super) estimate: bool,
}

/// An affine cost of the need: `fixed + per_day × days`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Affine {
    pub(super) fixed: Money,
    pub(super) per_day: Money,
}

impl Affine {
    /// A cost that does not depend on the need.
    pub(super) fn constant(fixed: Money) -> Self {
        Self {
            fixed,
            per_day: Money::ZERO,
        }
    }

    /// The cost at `days` a week.
    pub(super) fn at(self, days: Quantity) -> Money {
        self.fixed + self.per_day * days
    }
}

impl std::ops::Add for Affine {
    type Output = Affine;
    fn add(self, other: Affine) -> Affine {
        Affine {
            fixed: self.fixed + other.fixed,
            per_day: self.per_day + other.per_day,
        }
    }
}

impl Term {
    /// A term that does not depend on the need.
    pub(super) fn fixed(
        id: &'static str,
        labels: (&'static str, &'static str),
        fixed: Money,
        formula: Formula,
        (source, estimate): (Option<&'static Source>, bool),
    ) -> Self {
        Self {
            id,
            labels,
            fixed,
            per_day: Money::ZERO,
            formula,
            source,
            estimate,
        }
    }

    /// A term proportional to the need.
    pub(super) fn per_day(
        id: &'static str,
        labels: (&'static str, &'static str),
        per_day: Money,
        formula: Formula,
        (source, estimate): (Option<&'static Source>, bool),
    ) -> Self {
        Self {
            id,
            labels,
            fixed: Money::ZERO,
            per_day,
            formula,
            source,
            estimate,
        }
    }

    fn affine(&self) -> Affine {
        Affine {
            fixed: self.fixed,
            per_day: self.per_day,
        }
    }

    /// The term's line at `days` a week.
    pub(super) fn line(&self, days: Quantity) -> CostLine {
        CostLine {
            id: self.id,
            label_fr: self.labels.0,
            label_en: self.labels.1,
            amount: self.affine().at(days).cents().into(),
            formula_fr: self.formula.write(Lang::Fr, days),
            formula_en: self.formula.write(Lang::En, days),
            source: self.source,
            estimate: self.estimate,
        }
    }
}

/// The sum of the terms: the option's cost as one affine function of the need.
///
/// This and the two functions below are plain loops, not iterator chains,
/// for the element's size budget: the chains are 375 bytes gzip more
/// (measured on the French module, stable build).
pub(super) fn affine(terms: &[Term]) -> Affine {
    let mut sum = Affine::constant(Money::ZERO);
    for term in terms {
        sum = sum + term.affine();
    }
    sum
}

/// The sum of the lines' amounts.
pub(super) fn sum_lines(lines: &[CostLine]) -> Money {
    let mut sum = Money::ZERO;
    for line in lines {
        sum += Money::new(line.amount);
    }
    sum
}

/// The lines of the terms at `days` a week, leaving out the terms that are
/// zero at every need.
pub(super) fn lines_at(terms: &[Term], days: Quantity) -> Vec<CostLine> {
    let mut lines = Vec::with_capacity(terms.len());
    for t in terms {
        if !t.fixed.is_zero() || !t.per_day.is_zero() {
            lines.push(t.line(days));
        }
    }
    lines
}

/// The source of the scenario field `field`'s default, and whether it is
/// an estimate ([`Scenario::default_source`]), as a line wants them.
pub(super) fn sourced(s: &Scenario, field: &str) -> (Option<&'static Source>, bool) {
    s.default_source(field)
        .map_or((None, false), |(source, estimate)| (Some(source), estimate))
}

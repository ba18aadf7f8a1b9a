//! Where the options cost the same: the break-even need in days a week
//! (exact, both costs being affine in the need), and at the chosen need the
//! break-even day rate and gross salary (a search over the payroll).

use crate::Scenario;
use crate::money::{Money, Quantity, eur, qty};
use crate::payroll::MAX_GROSS_ANNUAL;

use super::hire::{HireAmounts, HireBasis};
use super::result::NoBreakEven;
use super::shared::vat_factor;
use super::term::Affine;

/// A break-even need in days a week, or why there is none in 0–5.
pub(super) type BreakEvenDays = (Option<Quantity>, Option<NoBreakEven>);

/// Where `shared(d) = hire(d)` for two affine costs: the break-even in days
/// a week (2 decimals) or why there is none in 0–5.
pub(super) fn days(hire: Affine, shared: Affine) -> BreakEvenDays {
    let slope = shared.per_day - hire.per_day;
    let gap = hire.fixed - shared.fixed;
    if !slope.is_positive() {
        // Shared time never grows faster than the hire: one is cheaper everywhere.
        return if gap.is_positive() {
            (None, Some(NoBreakEven::SharedCheaperAtEveryNeed))
        } else {
            (None, Some(NoBreakEven::HireCheaperAtEveryNeed))
        };
    }
    // To the hundredth of a day, the smallest need there is: a crossing
    // under 0.005 days a week means the hire is cheaper at every need.
    let days = (gap / slope).round_dp(2);
    if days <= Quantity::ZERO {
        (None, Some(NoBreakEven::HireCheaperAtEveryNeed))
    } else if days > qty!(5) {
        (None, Some(NoBreakEven::SharedCheaperAtEveryNeed))
    } else {
        (Some(days), None)
    }
}

/// A break-even for sorting by impact: "none" counts as the end of the range
/// it lies beyond (5 days when shared time stays cheaper, 0 when hiring does).
pub(super) fn days_or_bound((days, reason): BreakEvenDays) -> Quantity {
    match (days, reason) {
        (Some(d), _) => d.min(qty!(5)),
        (None, Some(NoBreakEven::HireCheaperAtEveryNeed)) => Quantity::ZERO,
        (None, _) => qty!(5),
    }
}

/// The day rate (excluding VAT) at which shared time at the scenario's need
/// costs `full_annual` a year, its fixed costs being `shared_fixed`; `None`
/// when those alone cost as much.
pub(super) fn day_rate(s: &Scenario, full_annual: Money, shared_fixed: Money) -> Option<Money> {
    let days_a_year = Quantity::new(s.days_per_week) * Quantity::new(s.weeks_per_year);
    let room = full_annual - shared_fixed;
    if !room.is_positive() {
        return None;
    }
    Some((room / (days_a_year * vat_factor(s))).cents())
}

/// The gross salary at which the full-time hire costs `target` a year:
/// the largest whole-euro salary, from the SMIC up, whose cost is no more
/// than `target`. `None` when even the SMIC costs more, or when the top of
/// the salary range still costs no more. `full` is the recruit at the
/// scenario's own salary.
///
/// The cost is non-decreasing in the salary and close to affine, so a
/// Newton step from the scenario's own salary (whose cost is known) lands
/// near the answer; the search then keeps a bracket of whole euros
/// (`f(lo) <= 0 < f(hi)`), interpolates in it (false position, Illinois
/// variant, with a bisection when the bracket shrinks slowly), and checks
/// the neighbouring euro of a point that lands within about a euro.
pub(super) fn gross_annual(
    s: &Scenario,
    basis: &HireBasis,
    full: &HireAmounts,
    target: Money,
) -> Option<Money> {
    let full_time = qty!(100);
    let cost_at = |gross: Money| basis.amounts(s, gross, full_time).annual(s) - target;
    let lowest = Money::new(basis.rules.smic_annual()).ceil();
    let top = Money::new(MAX_GROSS_ANNUAL).floor();
    let salary = Money::new(s.gross_annual);
    let g0 = salary.round_half_even().clamp(lowest, top);
    let (f0, h0) = if g0 == salary {
        (full.annual(s) - target, None)
    } else {
        let h = basis.amounts(s, g0, full_time);
        (h.annual(s) - target, Some(h))
    };
    // The cost's slope in the salary (euros of cost per euro of salary): the
    // payroll's average rate, plus the recruitment fee and the exit cost,
    // both amortized.
    let h0 = h0.as_ref().unwrap_or(full);
    let tenure = Quantity::new(s.expected_tenure_years);
    let fee_share = Quantity::new(s.recruitment_fee_percent).percent()
        / (Quantity::ONE - Quantity::new(s.trial_failure_percent).percent());
    let slope = (h0.total_employer_cost / h0.gross.max(eur!(1))
        + fee_share / tenure
        + h0.exit_months / qty!(12) / tenure)
        .max(Quantity::ONE);
    // Points on the same side of the root, widening from `(a, fa)` away
    // from it: the first step is the Newton step plus one euro, then doubles.
    let widen = |(mut a, mut fa): (Money, Money),
                 b: Option<(Money, Money)>|
     -> Option<[(Money, Money); 2]> {
        let below = fa.is_positive();
        let mut step = (fa.abs() / slope).ceil() + eur!(1);
        if let Some((b, _)) = b {
            step = step.max((b - a).abs());
        }
        loop {
            if (below && a == lowest) || (!below && a == top) {
                return None;
            }
            let x = if below {
                (a - step).max(lowest)
            } else {
                (a + step).min(top)
            };
            let fx = cost_at(x);
            if fx.is_positive() != fa.is_positive() {
                return Some(if below {
                    [(x, fx), (a, fa)]
                } else {
                    [(a, fa), (x, fx)]
                });
            }
            (a, fa) = (x, fx);
            step = step * qty!(2);
        }
    };
    let guess = (g0 - f0 / slope).floor().clamp(lowest, top);
    let bracket = if guess == g0 {
        widen((g0, f0), None)
    } else {
        let f_guess = cost_at(guess);
        if f0.is_positive() == f_guess.is_positive() {
            // Same side: widen from the point nearer the root.
            if f0.abs() < f_guess.abs() {
                widen((g0, f0), None)
            } else {
                widen((guess, f_guess), None)
            }
        } else if g0 < guess {
            Some([(g0, f0), (guess, f_guess)])
        } else {
            Some([(guess, f_guess), (g0, f0)])
        }
    };
    let [(mut lo, mut f_lo), (mut hi, mut f_hi)] = bracket?;
    let mut side = 0i8;
    let mut widths = [Money::MAX; 2];
    // A point within about a euro of the root, by the slope: its
    // neighbouring euro is checked too, which usually ends the search.
    let near = eur!(2) * slope;
    // After two rounds in a row that do not halve the bracket comes a
    // bisection, so 200 rounds are far more than the range of salaries needs.
    for _ in 0..200 {
        let width = hi - lo;
        if width <= eur!(1) {
            break;
        }
        let slow = width * qty!(2) > widths[1] && widths[1] * qty!(2) > widths[0];
        let mid = if slow {
            ((lo + hi) / qty!(2)).floor()
        } else {
            // The interpolated root: lo − f(lo) × width ÷ (f(hi) − f(lo)).
            (lo - width * f_lo.as_quantity() / (f_hi - f_lo).as_quantity()).floor()
        };
        widths = [widths[1], width];
        // In whole euros, strictly inside the bracket.
        let mid = mid.clamp(lo + eur!(1), hi - eur!(1));
        let f_mid = cost_at(mid);
        if f_mid.is_positive() {
            (hi, f_hi) = (mid, f_mid);
            if side == 1 {
                f_lo = f_lo / qty!(2);
            }
            side = 1;
            // The euro below may already cost no more.
            let previous = mid - eur!(1);
            if previous > lo && f_mid <= near {
                let f_previous = cost_at(previous);
                if !f_previous.is_positive() {
                    return Some(previous);
                }
                (hi, f_hi) = (previous, f_previous);
            }
        } else {
            (lo, f_lo) = (mid, f_mid);
            if side == -1 {
                f_hi = f_hi / qty!(2);
            }
            side = -1;
            // The next euro up may already cost more.
            let next = mid + eur!(1);
            if next < hi && f_mid.abs() <= near {
                let f_next = cost_at(next);
                if f_next.is_positive() {
                    return Some(mid);
                }
                (lo, f_lo) = (next, f_next);
            }
        }
    }
    Some(lo)
}

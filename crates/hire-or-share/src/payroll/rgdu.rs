//! The RGDU low-wage reduction (*réduction générale dégressive unique*):
//! its coefficient, amount, threshold and cliff.

use rust_decimal::Decimal;

use crate::arith::{overflowed, to_f64};
use crate::money::{Money, Quantity, qty};
use crate::rules::Rules;

use super::input::EmployerCostInput;
use super::result::RgduDetail;

/// The RGDU of `input` under `rules`: coefficient
/// `Tmin + Tdelta × [½ × (3 × SMIC / gross − 1)]^P`, applied to the gross
/// salary. The cliff (the reduction just below the threshold) is shown
/// beside the lines only: without them (`with_cliff` false) it is zero.
pub(super) fn detail(input: &EmployerCostInput, rules: &Rules, with_cliff: bool) -> RgduDetail {
    let p = &rules.rgdu;
    let gross = Money::new(input.gross_annual);
    // The RGDU's own reference SMIC, not necessarily the one in force.
    let smic = input.pro_rated(Money::new(rules.rgdu_smic_annual()));
    let threshold = smic * Quantity::new(p.smic_multiple);
    let t_min = Quantity::new(p.t_min);
    let cliff_amount = if with_cliff {
        threshold.percent(t_min * Quantity::HUNDRED)
    } else {
        Money::ZERO
    };
    let t_delta = if input.headcount < 50 {
        p.t_delta_under_50
    } else {
        p.t_delta_from_50
    };
    if gross >= threshold {
        return RgduDetail {
            coefficient: Decimal::ZERO,
            amount: Decimal::ZERO,
            threshold_annual: threshold.into(),
            cliff_amount: cliff_amount.into(),
        };
    }
    let x = (threshold / gross - Quantity::ONE) / qty!(2);
    let coefficient = rgdu_coefficient(x.decimal(), p.t_min, t_delta, p.exponent)
        .unwrap_or_else(|| overflowed(false));
    let amount = gross.percent(Quantity::new(coefficient) * Quantity::HUNDRED);
    RgduDetail {
        coefficient,
        amount: amount.into(),
        threshold_annual: threshold.into(),
        cliff_amount: cliff_amount.into(),
    }
}

/// `min(Tmin + Tdelta, Tmin + Tdelta × x^P)` rounded to 4 decimals, half up.
///
/// The power is taken in binary floating point, as the official engine
/// (publicodes) does, by square roots ([`pow_quarters`]; a test checks them
/// against `pow` at every whole-euro salary the RGDU applies to), and the
/// result rounded to four decimals as the law says; only this dimensionless coefficient passes through a float, never an
/// amount of money. Both inputs are small (`x` ≤ 1 when the salary is at least
/// the SMIC) and the rounding absorbs the float error; the fixture test checks
/// the coefficient against the engine on every case.
fn rgdu_coefficient(
    x: Decimal,
    t_min: Decimal,
    t_delta: Decimal,
    exponent: Decimal,
) -> Option<Decimal> {
    let (xf, min, delta, p) = (to_f64(x), to_f64(t_min), to_f64(t_delta), to_f64(exponent));
    let value = min + delta * pow_quarters(xf, p)?;
    // Ten-thousandths, rounded half up; the epsilon mirrors the engine's
    // `Math.round((x + Number.EPSILON) * 1e4) / 1e4`.
    let scaled = ((value + f64::EPSILON) * 1e4).round();
    if !scaled.is_finite() {
        return None;
    }
    let coefficient = crate::scaled::<4>(scaled.min(1e12) as i64);
    Some(coefficient.min(t_min.checked_add(t_delta)?))
}

/// `x^p` for an exponent in quarters (the RGDU's *P* is 1.75 in 2026), as
/// `x^a × √x^b × ⁴√x^c`: square roots are exact to the last bit, and a
/// general `pow` would be a kilobyte and a half of the widget's download.
/// `None` for an exponent that is not a whole number of quarters from 0 to 4
/// (a test checks every period's).
#[allow(
    clippy::float_cmp,
    reason = "exact on purpose: whether 4 × p is a whole number"
)]
fn pow_quarters(x: f64, p: f64) -> Option<f64> {
    let quarters = p * 4.0;
    if !(0.0..=16.0).contains(&quarters) || quarters.trunc() != quarters {
        return None;
    }
    #[allow(
        clippy::cast_sign_loss,
        reason = "a whole number from 0 to 16, checked above"
    )]
    let quarters = quarters as u32;
    let mut value = 1.0;
    for _ in 0..quarters / 4 {
        value *= x;
    }
    if quarters % 4 >= 2 {
        value *= x.sqrt();
    }
    if quarters % 2 == 1 {
        value *= x.sqrt().sqrt();
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;
    use crate::arith::ceil;
    use crate::rules::PERIODS;

    #[test]
    fn every_period_has_an_rgdu_exponent_in_quarters() {
        use rust_decimal::prelude::ToPrimitive;
        for rules in PERIODS {
            let p = rules.rgdu.exponent.to_f64().unwrap();
            assert!(pow_quarters(0.5, p).is_some(), "{}: P = {p}", rules.name);
        }
    }

    /// The RGDU coefficient by square roots is the one a general `pow`
    /// gives (the official engine's way), at every whole-euro salary where
    /// the reduction applies, full time, in each period and each headcount
    /// band.
    #[test]
    fn the_rgdu_coefficient_by_square_roots_is_the_one_pow_gives() {
        use rust_decimal::prelude::ToPrimitive;
        let by_pow = |x: Decimal, t_min: Decimal, t_delta: Decimal, p: Decimal| {
            let value = t_min.to_f64().unwrap()
                + t_delta.to_f64().unwrap() * x.to_f64().unwrap().powf(p.to_f64().unwrap());
            let scaled = ((value + f64::EPSILON) * 1e4).round();
            Decimal::new(scaled as i64, 4).min(t_min + t_delta)
        };
        let mut checked = 0;
        for rules in PERIODS {
            let r = &rules.rgdu;
            let threshold = rules.rgdu_smic_annual() * r.smic_multiple;
            let mut gross = ceil(rules.smic_annual());
            while gross < threshold {
                let x = (threshold / gross - Decimal::ONE) / dec!(2);
                for t_delta in [r.t_delta_under_50, r.t_delta_from_50] {
                    assert_eq!(
                        rgdu_coefficient(x, r.t_min, t_delta, r.exponent),
                        Some(by_pow(x, r.t_min, t_delta, r.exponent)),
                        "{} at {gross} €",
                        rules.name
                    );
                    checked += 1;
                }
                gross += Decimal::ONE;
            }
        }
        assert!(checked > 150_000, "{checked}");
    }
}

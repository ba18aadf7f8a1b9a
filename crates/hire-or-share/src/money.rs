//! Typed amounts: [`Money`] (euros) and [`Quantity`] (days, weeks, years,
//! percentages, factors), decimals whose operators saturate.
//!
//! The models' formulas are written with these operators, as METHODOLOGY.md
//! writes them (`running + recruitment ÷ tenure`). rust_decimal's own
//! operators panic on overflow, and a panic kills the widget; these give the
//! largest decimal of the right sign instead and raise the overflow flag,
//! which [`guarded`](crate::error::guarded), around every public
//! computation, turns into an [`Error`](crate::Error). So no input can panic
//! and no overflowed number leaves the crate.
//!
//! The types only say what a number is: money adds to money, a quantity
//! scales it, and money divided by money is a quantity. Money times money,
//! or money plus days, does not compile. They cross the crate's boundary as
//! the plain [`Decimal`]s of the public types (and so as decimal strings in
//! JSON).

use std::iter::Sum;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub, SubAssign};

use rust_decimal::Decimal;

use crate::arith::{self, Rounding};

/// An amount of euros.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Money(Decimal);

/// A number that is not money: a count of days or weeks, a number of years,
/// a percentage, a factor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Quantity(Decimal);

impl Money {
    /// No euros.
    pub(crate) const ZERO: Money = Money(Decimal::ZERO);
    /// The largest amount: what an overflowed sum saturates to.
    pub(crate) const MAX: Money = Money(Decimal::MAX);

    /// `euros` as money.
    pub(crate) const fn new(euros: Decimal) -> Money {
        Money(euros)
    }

    /// The decimal number of euros.
    pub(crate) const fn decimal(self) -> Decimal {
        self.0
    }

    /// Rounded to the cent, half away from zero, with two decimals shown
    /// (`1200` → `1200.00`): every amount the crate outputs.
    pub(crate) fn cents(self) -> Money {
        Money(arith::cents(self.0))
    }

    /// `self × rate_percent %`, rounded to the cent.
    pub(crate) fn percent(self, rate_percent: Quantity) -> Money {
        Money(arith::percent_of(self.0, rate_percent.0))
    }

    /// `self × rate_percent %`, not rounded: the product with the decimal
    /// point moved two places, exactly.
    pub(crate) fn percent_exact(self, rate_percent: Quantity) -> Money {
        Money(arith::hundredth(arith::mul(self.0, rate_percent.0)))
    }

    /// The whole euros at most `self`.
    pub(crate) fn floor(self) -> Money {
        Money(arith::floor(self.0))
    }

    /// The whole euros at least `self`.
    pub(crate) fn ceil(self) -> Money {
        Money(arith::ceil(self.0))
    }

    /// To the nearest whole euro, half to even.
    pub(crate) fn round_half_even(self) -> Money {
        Money(arith::round_to(self.0, 0, Rounding::HalfEven))
    }

    /// The amount without its sign.
    pub(crate) fn abs(self) -> Money {
        Money(self.0.abs())
    }

    /// The number of euros as a plain quantity, for a ratio of two other
    /// amounts (`a × (b ÷ c)` written `a × b ÷ c`, in that order).
    pub(crate) const fn as_quantity(self) -> Quantity {
        Quantity(self.0)
    }

    /// Whether this is no euros.
    pub(crate) fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// Whether this is more than no euros.
    pub(crate) fn is_positive(self) -> bool {
        self.0 > Decimal::ZERO
    }
}

impl Quantity {
    /// Zero.
    pub(crate) const ZERO: Quantity = Quantity(Decimal::ZERO);
    /// One.
    pub(crate) const ONE: Quantity = Quantity(Decimal::ONE);
    /// A hundred: percentages to fractions.
    pub(crate) const HUNDRED: Quantity = Quantity(Decimal::ONE_HUNDRED);

    /// `value` as a quantity.
    pub(crate) const fn new(value: Decimal) -> Quantity {
        Quantity(value)
    }

    /// The decimal value.
    pub(crate) const fn decimal(self) -> Decimal {
        self.0
    }

    /// `self %` as a fraction (`12.5` → `0.125`), exactly: the decimal point
    /// moves two places.
    pub(crate) fn percent(self) -> Quantity {
        Quantity(arith::hundredth(self.0))
    }

    /// Without trailing zeros (`1.50` → `1.5`).
    pub(crate) fn normalize(self) -> Quantity {
        Quantity(arith::normalize(self.0))
    }

    /// Rounded to `dp` decimals, half away from zero.
    pub(crate) fn round_dp(self, dp: u32) -> Quantity {
        Quantity(arith::round_dp_away(self.0, dp))
    }

    /// The value without its sign.
    pub(crate) fn abs(self) -> Quantity {
        Quantity(self.0.abs())
    }

    /// Whether this is zero.
    pub(crate) fn is_zero(self) -> bool {
        self.0.is_zero()
    }
}

impl From<Decimal> for Money {
    fn from(euros: Decimal) -> Money {
        Money(euros)
    }
}

impl From<Money> for Decimal {
    fn from(money: Money) -> Decimal {
        money.0
    }
}

impl From<Decimal> for Quantity {
    fn from(value: Decimal) -> Quantity {
        Quantity(value)
    }
}

impl From<Quantity> for Decimal {
    fn from(quantity: Quantity) -> Decimal {
        quantity.0
    }
}

impl From<u32> for Quantity {
    fn from(value: u32) -> Quantity {
        Quantity(Decimal::from(value))
    }
}

/// `Add`, `Sub`, `Neg` and `Sum` of a type with itself, and the assigning
/// forms, through the saturating [`arith`] operations.
macro_rules! additive {
    ($ty:ident) => {
        impl Add for $ty {
            type Output = $ty;
            #[inline]
            fn add(self, other: $ty) -> $ty {
                $ty(arith::add(self.0, other.0))
            }
        }

        impl Sub for $ty {
            type Output = $ty;
            #[inline]
            fn sub(self, other: $ty) -> $ty {
                $ty(arith::sub(self.0, other.0))
            }
        }

        impl Neg for $ty {
            type Output = $ty;
            #[inline]
            fn neg(self) -> $ty {
                // Negating a decimal only flips its sign: it cannot overflow.
                $ty(-self.0)
            }
        }

        impl AddAssign for $ty {
            #[inline]
            fn add_assign(&mut self, other: $ty) {
                *self = *self + other;
            }
        }

        impl SubAssign for $ty {
            #[inline]
            fn sub_assign(&mut self, other: $ty) {
                *self = *self - other;
            }
        }

        impl Sum for $ty {
            fn sum<I: Iterator<Item = $ty>>(iter: I) -> $ty {
                iter.fold($ty::ZERO, Add::add)
            }
        }
    };
}

additive!(Money);
additive!(Quantity);

/// `$lhs × $rhs` (or `÷`) giving `$out`, through the saturating [`arith`]
/// operation `$op`.
macro_rules! product {
    ($trait:ident, $method:ident, $op:ident: $lhs:ident, $rhs:ident => $out:ident) => {
        impl $trait<$rhs> for $lhs {
            type Output = $out;
            #[inline]
            fn $method(self, other: $rhs) -> $out {
                $out(arith::$op(self.0, other.0))
            }
        }
    };
}

product!(Mul, mul, mul: Money, Quantity => Money);
product!(Mul, mul, mul: Quantity, Money => Money);
product!(Mul, mul, mul: Quantity, Quantity => Quantity);
product!(Div, div, div: Money, Quantity => Money);
product!(Div, div, div: Money, Money => Quantity);
product!(Div, div, div: Quantity, Quantity => Quantity);

/// A quantity written as a decimal literal: `qty!(0.25)`.
macro_rules! qty {
    ($value:literal) => {
        $crate::money::Quantity::new(rust_decimal_macros::dec!($value))
    };
}
pub(crate) use qty;

/// An amount of euros written as a decimal literal: `eur!(1200)`.
macro_rules! eur {
    ($value:literal) => {
        $crate::money::Money::new(rust_decimal_macros::dec!($value))
    };
}
pub(crate) use eur;

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;
    use crate::error::guarded;

    #[test]
    fn formulas_read_as_written_and_give_decimal_arithmetic() {
        let running = eur!(80_000);
        let recruitment = eur!(12_000);
        let tenure = qty!(3);
        assert_eq!(running + recruitment / tenure, eur!(84_000));
        assert_eq!((running - recruitment) * qty!(0.5), eur!(34_000));
        assert_eq!(recruitment / running, qty!(0.15));
        assert_eq!(-running + running, Money::ZERO);
        assert_eq!(
            [eur!(1.25), eur!(2.50), eur!(-0.75)]
                .into_iter()
                .sum::<Money>(),
            eur!(3.00)
        );
        assert_eq!(qty!(12.5).percent(), qty!(0.125));
        assert_eq!(eur!(48060).percent(qty!(0.036)), eur!(17.30));
        assert_eq!(eur!(1000).percent_exact(qty!(0.036)), eur!(0.36));
        assert_eq!(eur!(1200.005).cents().decimal().to_string(), "1200.01");
    }

    #[test]
    fn an_overflowing_operator_is_the_guarded_computation_s_error() {
        let max = Money::MAX;
        let error = guarded(|| Ok(max + eur!(1) - eur!(5))).unwrap_err();
        assert_eq!(error.kind(), &crate::ErrorKind::Overflow);
        assert!(guarded(|| Ok(max * qty!(-2))).is_err());
        assert!(guarded(|| Ok(eur!(1) / Quantity::ZERO)).is_err());
        let huge = Quantity::new(Decimal::MAX);
        assert!(guarded(|| Ok(huge * huge)).is_err());
        // Saturation keeps the sign.
        assert_eq!(max * qty!(-2), Money::new(Decimal::MIN));
        let mut total = Money::new(Decimal::MIN);
        total -= eur!(1);
        assert_eq!(total, Money::new(Decimal::MIN));
        assert_eq!(guarded(|| Ok(eur!(1) + eur!(2))).unwrap(), eur!(3));
        assert_eq!(Decimal::from(eur!(2.5) * qty!(2)), dec!(5.0));
    }
}

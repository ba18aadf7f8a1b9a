//! Saturating decimal arithmetic and the roundings of the models.
//!
//! rust_decimal's operators panic on overflow; these saturate and raise a
//! flag instead, which [`guarded`](crate::error::guarded) turns into an
//! [`Error`](crate::Error), so that no input can crash the widget or give a
//! wrong number. The [`Money`](crate::money::Money) and
//! [`Quantity`](crate::money::Quantity) operators are written with them.

use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
thread_local! {
    /// Set by an operation that overflowed, since the innermost [`watching`]
    /// computation began: one flag per thread.
    static OVERFLOWED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Sets the overflow flag to `value`, and gives what it was.
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
fn swap_flag(value: bool) -> bool {
    OVERFLOWED.replace(value)
}

/// The overflow flag on wasm32 without threads (the element's and the API's
/// modules): there is one thread, so one plain static, without the
/// thread-local's access check and its panic message (-193 bytes gzip of the
/// French page, 75,830 -> 75,637). An `AtomicBool` only so that it can be a
/// `static`: without the `atomics` target feature its operations are plain
/// loads and stores.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
static OVERFLOWED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets the overflow flag to `value`, and gives what it was.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
fn swap_flag(value: bool) -> bool {
    OVERFLOWED.swap(value, std::sync::atomic::Ordering::Relaxed)
}

/// The operations below do not return a `Result`: on overflow (or a division
/// by zero) they give the largest decimal of the right sign and raise a flag,
/// and [`guarded`](crate::error::guarded), around every public computation,
/// turns the flag into an error. No overflowed number leaves the crate, and
/// the models need no error path after each operation (those paths made
/// 7.2 KB of the widget's 84 KB gzip).
pub(crate) fn overflowed(negative: bool) -> Decimal {
    swap_flag(true);
    if negative { Decimal::MIN } else { Decimal::MAX }
}

/// Runs `f`, and tells whether any operation in it overflowed. Nests: an
/// inner computation sees only its own overflows, and leaves the outer
/// one's flag as it was.
pub(crate) fn watching<T>(f: impl FnOnce() -> T) -> (T, bool) {
    let outer = swap_flag(false);
    let result = f();
    (result, swap_flag(outer))
}

/// `a × b`, saturating (see [`guarded`]).
pub(crate) fn mul(a: Decimal, b: Decimal) -> Decimal {
    a.checked_mul(b)
        .unwrap_or_else(|| overflowed(a.is_sign_negative() != b.is_sign_negative()))
}

/// `a + b`, saturating (see [`guarded`]).
pub(crate) fn add(a: Decimal, b: Decimal) -> Decimal {
    a.checked_add(b)
        .unwrap_or_else(|| overflowed(a.is_sign_negative()))
}

/// `a - b` as `a + (-b)`: one copy of rust_decimal's addition in the wasm,
/// not two (negating only flips the sign; a zero `b` leaves `a` as it is,
/// so no negative zero is made).
pub(crate) fn sub(a: Decimal, b: Decimal) -> Decimal {
    if b.is_zero() {
        return a;
    }
    add(a, -b)
}

/// `a / b`, saturating (see [`guarded`]); a division by zero overflows.
pub(crate) fn div(a: Decimal, b: Decimal) -> Decimal {
    a.checked_div(b)
        .unwrap_or_else(|| overflowed(a.is_sign_negative() != b.is_sign_negative()))
}

/// How [`round_to`] rounds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rounding {
    /// Towards −∞.
    Down,
    /// Towards +∞.
    Up,
    /// To the nearest, half to even (rust_decimal's `round_dp`).
    HalfEven,
    /// To the nearest, half away from zero (every amount here).
    HalfAway,
}

/// `x` rounded to `dp` decimals (a value with `dp` decimals or fewer is
/// returned as is) by rust_decimal's `round_dp_with_strategy`; a result of
/// zero has no sign (`-0.001` to the cent is `0.00`).
pub(crate) fn round_to(x: Decimal, dp: u32, rounding: Rounding) -> Decimal {
    if x.scale() <= dp {
        return x;
    }
    let strategy = match rounding {
        Rounding::Down => RoundingStrategy::ToNegativeInfinity,
        Rounding::Up => RoundingStrategy::ToPositiveInfinity,
        Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
        Rounding::HalfAway => RoundingStrategy::MidpointAwayFromZero,
    };
    let rounded = x.round_dp_with_strategy(dp, strategy);
    if rounded.is_zero() {
        rounded.abs()
    } else {
        rounded
    }
}

/// The largest whole number at most `x` (without a negative zero).
pub(crate) fn floor(x: Decimal) -> Decimal {
    round_to(x, 0, Rounding::Down)
}

/// The smallest whole number at least `x`.
pub(crate) fn ceil(x: Decimal) -> Decimal {
    round_to(x, 0, Rounding::Up)
}

/// `x` without trailing zeros (`1.50` → `1.5`, `-0.0` → `0`): rust_decimal's
/// `normalize`.
#[must_use]
pub(crate) fn normalize(x: Decimal) -> Decimal {
    x.normalize()
}

/// `x / 100`, exactly: a shift of the decimal point where the scale allows,
/// a division otherwise.
pub(crate) fn hundredth(x: Decimal) -> Decimal {
    let mut shifted = x;
    if shifted.set_scale(x.scale() + 2).is_ok() {
        shifted
    } else {
        div(x, dec!(100))
    }
}

/// `10^k` for every `k` an `i64` holds, looked up rather than computed:
/// the roundings run for every line of every payroll.
const POW10: [i64; 19] = {
    let mut t = [1i64; 19];
    let mut k = 1;
    while k < 19 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

/// `10^k` as `f64`, for every scale of a decimal: literals, so each is the
/// nearest `f64` (from `1e23` on, they are not exact).
const POW10_F64: [f64; 29] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
];

/// `x` in binary floating point: its mantissa divided by `10^scale`, which
/// is the nearest `f64` whenever the mantissa has at most 53 bits and the
/// scale at most 22 (every amount and rate here), and within a unit in the
/// last place otherwise. (rust_decimal's `to_f64` is a kilobyte of the
/// widget.)
/// Money is never computed in floating point: this is for the RGDU's power.
#[must_use]
pub(crate) fn to_f64(x: Decimal) -> f64 {
    #[allow(
        clippy::cast_precision_loss,
        reason = "the conversion to the nearest f64 is the point"
    )]
    let mantissa = x.mantissa() as f64;
    mantissa / POW10_F64[x.scale() as usize]
}

/// `base × rate %`, rounded to the cent.
pub(crate) fn percent_of(base: Decimal, rate_percent: Decimal) -> Decimal {
    // Fast path, taken for every realistic input: both mantissas and their
    // product fit in 64 bits, so the rounding is one integer division.
    if let (Ok(b), Ok(r)) = (
        i64::try_from(base.mantissa()),
        i64::try_from(rate_percent.mantissa()),
    ) && let Some(product) = b.checked_mul(r)
    {
        let scale = base.scale() + rate_percent.scale() + 2;
        if scale <= 2 {
            let shift = 10i64.pow(2 - scale);
            if let Some(m) = product.checked_mul(shift) {
                return crate::scaled::<2>(m);
            }
        } else if let Some(&divisor) = POW10.get((scale - 2) as usize) {
            let q = product / divisor;
            let rem = product - q * divisor;
            let q = if rem.abs() * 2 >= divisor {
                q + product.signum()
            } else {
                q
            };
            return crate::scaled::<2>(q);
        }
    }
    cents(hundredth(mul(base, rate_percent)))
}

/// Rounds to `dp` decimals, half away from zero, like
/// `round_dp_with_strategy(dp, MidpointAwayFromZero)`.
pub(crate) fn round_dp_away(amount: Decimal, dp: u32) -> Decimal {
    round_to(amount, dp, Rounding::HalfAway)
}

/// Rounds to the cent, half away from zero, and shows two decimals
/// (rust_decimal's `rescale`: a value too large for two decimals gets as
/// many as fit).
pub(crate) fn cents(amount: Decimal) -> Decimal {
    let mut rounded = round_dp_away(amount, 2);
    rounded.rescale(2);
    // `-0.001` rounds to zero, shown without a sign.
    if rounded.is_zero() {
        dec!(0.00)
    } else {
        rounded
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rust_decimal::RoundingStrategy;

    use super::*;
    use crate::error::guarded;

    fn slow_percent_of(base: Decimal, rate: Decimal) -> Decimal {
        let mut exact = base * rate / dec!(100);
        exact = exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        exact.rescale(2);
        exact
    }

    #[test]
    fn percent_of_rounds_half_away_from_zero() {
        assert_eq!(percent_of(dec!(0.5), dec!(1)), dec!(0.01)); // 0.005
        assert_eq!(percent_of(dec!(-0.5), dec!(1)), dec!(-0.01));
        assert_eq!(percent_of(dec!(0.4), dec!(1)), dec!(0.00));
        assert_eq!(percent_of(dec!(55000), dec!(13)).to_string(), "7150.00");
        assert_eq!(percent_of(dec!(48060), dec!(0.036)), dec!(17.30)); // 17.30160
    }

    #[test]
    fn roundings_give_no_negative_zero() {
        assert_eq!(
            round_to(dec!(-0.001), 2, Rounding::HalfAway).to_string(),
            "0.00"
        );
        assert_eq!(round_to(dec!(-0.5), 0, Rounding::Up).to_string(), "0");
        assert_eq!(
            round_to(dec!(-2.5), 0, Rounding::HalfEven).to_string(),
            "-2"
        );
        assert_eq!(floor(dec!(-1.2)), dec!(-2));
        assert_eq!(ceil(dec!(1.2)), dec!(2));
        assert_eq!(round_dp_away(dec!(2.345), 2).to_string(), "2.35");
        assert_eq!(normalize(dec!(-0.0)).to_string(), "0");
        assert_eq!(cents(dec!(-0.001)).to_string(), "0.00");
        assert_eq!(cents(dec!(-0.005)).to_string(), "-0.01");
        assert_eq!(cents(dec!(12)).to_string(), "12.00");
        // Too large for two decimals: as many as fit.
        assert_eq!(cents(Decimal::MAX), Decimal::MAX);
        assert_eq!(
            cents(dec!(7922816251426433759354395033.5)).to_string(),
            "7922816251426433759354395033.5"
        );
        assert_eq!(normalize(dec!(1.500)).to_string(), "1.5");
        // A value with no more decimals than asked is left as it is.
        assert_eq!(round_to(dec!(1.5), 2, Rounding::Down).to_string(), "1.5");
    }

    #[test]
    fn an_overflow_anywhere_in_a_guarded_computation_is_its_error() {
        let overflowing = guarded(|| {
            let big = mul(Decimal::MAX, dec!(2));
            // The computation goes on with the saturated value…
            Ok(sub(big, dec!(1)))
        });
        // …and what comes out is the error, not a number.
        let error = overflowing.unwrap_err();
        assert_eq!(error.field(), "input");
        assert_eq!(error.kind(), &crate::ErrorKind::Overflow);
        // The flag does not outlive its computation.
        assert_eq!(guarded(|| Ok(add(dec!(1), dec!(2)))).unwrap(), dec!(3));
    }

    #[test]
    fn a_division_by_zero_is_an_overflow() {
        assert!(guarded(|| Ok(div(dec!(1), Decimal::ZERO))).is_err());
        assert_eq!(guarded(|| Ok(div(dec!(1), dec!(4)))).unwrap(), dec!(0.25));
    }

    #[test]
    fn guarded_computations_nest() {
        // An inner overflow is the inner computation's error; an outer one
        // that handles that error is not poisoned by it.
        let outer = guarded(|| {
            let inner = guarded(|| Ok(add(Decimal::MAX, Decimal::MAX)));
            assert!(inner.is_err());
            Ok(inner.unwrap_or(dec!(7)))
        });
        assert_eq!(outer.unwrap(), dec!(7));
        // An outer overflow before an inner computation that does not
        // overflow is still the outer one's error.
        let outer = guarded(|| {
            let before = mul(Decimal::MIN, dec!(3));
            let inner = guarded(|| Ok(add(dec!(1), dec!(1))));
            assert_eq!(inner.unwrap(), dec!(2));
            Ok(before)
        });
        assert!(outer.is_err());
    }

    #[test]
    fn saturation_keeps_the_sign() {
        let signs = guarded(|| {
            Ok([
                mul(Decimal::MAX, dec!(-2)),
                mul(Decimal::MIN, dec!(-2)),
                add(Decimal::MIN, dec!(-1)),
                sub(Decimal::MIN, dec!(1)),
                div(dec!(-1), Decimal::ZERO),
            ])
        });
        assert!(signs.is_err());
        // Outside a guard the values themselves can be seen.
        assert_eq!(mul(Decimal::MAX, dec!(-2)), Decimal::MIN);
        assert_eq!(mul(Decimal::MIN, dec!(-2)), Decimal::MAX);
        assert_eq!(add(Decimal::MIN, dec!(-1)), Decimal::MIN);
        assert_eq!(sub(Decimal::MIN, dec!(1)), Decimal::MIN);
        assert_eq!(div(dec!(-1), Decimal::ZERO), Decimal::MIN);
        assert_eq!(div(dec!(1), Decimal::ZERO), Decimal::MAX);
    }

    proptest! {
        /// The integer fast path gives exactly what decimal arithmetic gives.
        #[test]
        fn percent_of_fast_path_is_exact(
            base_cents in -1_000_000_000i64..=1_000_000_000,
            base_scale in 0u32..=6,
            rate in 0i64..=100_000,
            rate_scale in 0u32..=4,
        ) {
            let base = Decimal::new(base_cents, base_scale);
            let rate = Decimal::new(rate, rate_scale);
            prop_assert_eq!(percent_of(base, rate), slow_percent_of(base, rate));
        }
    }
}

/// Whether `days` is a whole number of half days (`1.5`, `2`, not `1.25`),
/// as a scenario's need must be. Read from the digits: a whole number, or
/// one decimal that is a 5.
#[must_use]
pub(crate) fn is_half_days(days: Decimal) -> bool {
    let d = normalize(days);
    d.scale() == 0 || (d.scale() == 1 && d.mantissa() % 10 == 5)
}

#[cfg(test)]
mod half_days_tests {
    use rust_decimal_macros::dec;

    use super::is_half_days;

    #[test]
    fn a_need_is_a_whole_number_of_half_days() {
        assert!(is_half_days(dec!(1.50)));
        assert!(is_half_days(dec!(2)));
        assert!(is_half_days(dec!(0.5)));
        assert!(!is_half_days(dec!(0.75)));
        assert!(!is_half_days(dec!(1.05)));
    }
}

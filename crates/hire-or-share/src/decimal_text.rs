//! Decimals as plain text, the core's strict reader and writer: how every
//! number given as text is read (a form, a share link, a CLI flag, the wasm
//! API), and how a decimal is written back for it.

use rust_decimal::Decimal;

/// Reads a decimal written as digits with at most one `.` and an optional
/// leading sign (`85000`, `-1.5`, `+2`, `.5`, `3.`), exactly: `None` for
/// anything else — an exponent (`1e5`), a separator (`1_000`, `1 000`), a
/// comma, an empty string — and for a value a `Decimal` cannot hold exactly
/// (more than 28 decimals, or above 2^96 − 1 once the point is removed), which
/// is refused rather than rounded. This is how every number given as text
/// (a form, a share link, a CLI flag, the wasm API) is read.
#[must_use]
pub(crate) fn read_decimal(text: &str) -> Option<Decimal> {
    // By hand rather than rust_decimal's parser, which also takes `_` and
    // exponents, and is several kilobytes of the widget's download.
    let (negative, digits) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    let mut mantissa: i128 = 0;
    let mut scale: u32 = 0;
    let mut point = false;
    let mut any_digit = false;
    for &byte in digits {
        match byte {
            b'0'..=b'9' => {
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add(i128::from(byte - b'0'))?;
                scale += u32::from(point);
                any_digit = true;
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    if !any_digit || scale > 28 {
        return None;
    }
    Decimal::try_from_i128_with_scale(if negative { -mantissa } else { mantissa }, scale).ok()
}

/// The plain text of a decimal (`-1.50`, `85000`, `0.016`): what its
/// `Display` writes, and what [`read_decimal`] reads back. Written digit by
/// digit: rust_decimal's `Display` and the formatting machinery behind it are
/// more than a kilobyte of the widget's download.
#[must_use]
pub(crate) fn write_decimal(value: Decimal) -> String {
    let scale = value.scale() as usize;
    let mut m = value.mantissa().unsigned_abs();
    // Least significant first; at least one digit before the point.
    let mut digits = Vec::with_capacity(32);
    while m > 0 || digits.len() <= scale {
        #[allow(clippy::cast_possible_truncation, reason = "a digit")]
        digits.push(b'0' + (m % 10) as u8);
        m /= 10;
    }
    let mut out = String::with_capacity(digits.len() + 2);
    if value.is_sign_negative() {
        out.push('-');
    }
    for (i, &digit) in digits.iter().enumerate().rev() {
        out.push(char::from(digit));
        if i == scale && scale > 0 {
            out.push('.');
        }
    }
    out
}

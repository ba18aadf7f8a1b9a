//! Numbers as text: as the visitor types them in a field (a decimal comma in
//! French, spaces and the euro sign allowed) and the message when the text
//! is not a number; a decimal's plain text, read and written; a decimal as an
//! `f64` for `Intl` and the chart.
//!
//! [`to_f64`], [`read_plain`] and [`plain`] are the core's
//! (`hire_or_share::decimal_to_f64`, `read_decimal_text` and `decimal_text`):
//! one copy of each in the download, 308, 186 and 149 bytes gzip less than a
//! copy of each here. Each is used rather than rust_decimal's function for
//! its size, measured on the stable build (French page, gzip -9; quick
//! French-only builds as `SMALL_STD=0 bash scripts/build-widget.sh` makes
//! them):
//! - `read_plain`: 427 bytes as a copy, 1,592 as `Decimal::from_str_exact`
//!   behind a check of the grammar (its parser also takes `_` and
//!   exponents): saves 1,165;
//! - `plain`: 166 bytes as a copy, 1,137 as `Decimal`'s `Display`: saves 971;
//! - `to_f64`: 149 bytes as a copy, 749 as `ToPrimitive::to_f64`: saves 600.
//!
//! The last two save less than the 1 KB that the rule asks of a hand-written
//! replacement, and are kept for the budget: with the library in their place
//! the page (75,959 bytes with them) would pass its 76,000.

use hire_or_share::Lang;
use rust_decimal::Decimal;

use crate::FieldError;

/// How a default shows in a French or English input: a decimal comma in French.
pub(super) fn shown(default: &str, lang: Lang) -> String {
    if lang == Lang::Fr {
        default.replace('.', ",")
    } else {
        default.to_owned()
    }
}

/// A user's number: spaces and no-break spaces dropped, a decimal comma accepted.
pub(super) fn read_number(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .chars()
        .filter(|&c| !c.is_whitespace() && !matches!(c, '\u{202f}' | '€'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() || cleaned.len() > 40 {
        return None;
    }
    read_plain(&cleaned)
}

/// A decimal written plainly: digits with at most one point (`.`) and an
/// optional sign, `None` for anything else and for a value a `Decimal` cannot
/// hold exactly (`Decimal::from_str_exact` on the text it accepts, the tests
/// check it): the core's `read_decimal_text`, which reads every field's text.
pub(super) fn read_plain(text: &str) -> Option<Decimal> {
    hire_or_share::read_decimal_text(text)
}

/// The plain text of a decimal (`-1.50`, `85000`, `0.016`), what its
/// `Display` writes: the core's `decimal_text`, the writer of every field's
/// text.
pub(super) fn plain(value: Decimal) -> String {
    hire_or_share::decimal_text(value)
}

/// `x` in binary floating point, for `Intl` and the chart: the core's
/// [`hire_or_share::decimal_to_f64`] (the nearest `f64` for every amount and
/// rate here), not a copy of it.
pub(super) fn to_f64(x: Decimal) -> f64 {
    hire_or_share::decimal_to_f64(x)
}

/// The error for text in `field` that is not a number (`whole`: not a whole
/// number).
pub(super) fn not_a_number(field: &str, whole: bool, lang: Lang) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message: match (whole, lang.compiled()) {
            (true, Lang::Fr) => "Saisissez un nombre entier.".to_owned(),
            (true, Lang::En) => "Enter a whole number.".to_owned(),
            (false, Lang::Fr) => "Saisissez un nombre (par exemple 85000 ou 1,5).".to_owned(),
            (false, Lang::En) => "Enter a number (for example 85000 or 1.5).".to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;
    use rust_decimal::prelude::ToPrimitive;

    use super::{plain, read_number, read_plain, to_f64};

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    #[test]
    fn a_typed_number_takes_a_decimal_comma_spaces_and_the_euro_sign() {
        assert_eq!(read_number("85 000"), Some(d("85000")));
        assert_eq!(read_number("1,5"), Some(d("1.5")));
        assert_eq!(read_number("1\u{202f}200,50\u{a0}€"), Some(d("1200.50")));
        for bad in ["", " ", "abc", "1e5", "1_000", "1.2.3", "1,2,3", "-", "."] {
            assert_eq!(read_number(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn plain_text_reads_as_rust_decimal_reads_it_exactly() {
        for text in [
            "0",
            "-0",
            "007",
            "1.",
            ".5",
            "-.5",
            "+5",
            "-1.50",
            "0.016",
            "85000",
            "0.0000000000000000000000000001",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
        ] {
            let value = read_plain(text).unwrap();
            assert_eq!(value, d(text), "{text}");
            assert_eq!(value.scale(), d(text).scale(), "{text}");
        }
        for refused in [
            "",
            "-",
            "+",
            ".",
            "1e5",
            "1_000",
            "1..2",
            "--1",
            "1-",
            " 1",
            "0.00000000000000000000000000001",
            "1.00000000000000000000000000000",
            "79228162514264337593543950336",
            "1000.00000000000000000000000001",
        ] {
            assert_eq!(read_plain(refused), None, "{refused:?}");
        }
    }

    #[test]
    fn plain_writes_what_display_writes() {
        for text in [
            "0",
            "-1.50",
            "0.016",
            "85000",
            "0.50",
            "-0.001",
            "79228162514264337593543950335",
        ] {
            assert_eq!(plain(d(text)), d(text).to_string(), "{text}");
        }
        let mut zero = Decimal::ZERO;
        zero.set_sign_negative(true);
        assert_eq!(plain(zero), zero.to_string());
    }

    #[test]
    #[allow(
        clippy::float_cmp,
        reason = "both are the nearest f64 to the same decimal"
    )]
    fn to_f64_is_rust_decimal_s_for_amounts() {
        for text in ["85000.50", "-1200.00", "0.016", "3.23", "145298.55", "0"] {
            assert_eq!(to_f64(d(text)), d(text).to_f64().unwrap(), "{text}");
        }
    }
}

//! Numbers as people read them, in messages and formulas: thousands
//! separated, the decimals they have, their unit after, singular or plural.

use rust_decimal::Decimal;

use crate::lang::Lang;

/// The unit of a number in an error message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Unit {
    /// Euros.
    Euro,
    /// Percent.
    Percent,
    /// A count (of employees, of days…).
    Count,
    /// Days per week.
    DaysPerWeek,
    /// Weeks per year.
    WeeksPerYear,
    /// Years.
    Years,
    /// Weeks.
    Weeks,
    /// Days.
    Days,
    /// Months.
    Months,
    /// Periods of a need profile.
    #[cfg(feature = "need-profile")]
    Periods,
}

/// Formats a number for a message: thousands separated, unit after.
pub(crate) fn fmt_number(value: Decimal, unit: Unit, lang: Lang) -> String {
    let mut value = crate::arith::normalize(value);
    // Euros and cents: 22 404,20 €, not 22 404,2 €. The checked constructor,
    // as `decimal_text::read_decimal` uses: `from_i128_with_scale` panics past 96
    // bits (never for an amount) with rust_decimal's error messages, which
    // nothing else in the element needs.
    if matches!(unit, Unit::Euro) && value.scale() == 1 {
        value = Decimal::try_from_i128_with_scale(value.mantissa() * 10, 2).unwrap_or(value);
    }
    fmt_number_exact(value, unit, lang)
}

/// Like [`fmt_number`], keeping the decimals `value` has (`90.80`).
pub(crate) fn fmt_number_exact(value: Decimal, unit: Unit, lang: Lang) -> String {
    let mut out = String::new();
    Number { value, unit, lang }.write_to(&mut out);
    out
}

/// A number as shown to people: thousands separated, the decimals it has,
/// unit after. Written straight into the output, without a `String` of its
/// own, because every number of every formula goes through it.
#[derive(Clone, Copy)]
pub(crate) struct Number {
    pub(crate) value: Decimal,
    pub(crate) unit: Unit,
    pub(crate) lang: Lang,
}

impl Number {
    /// The same number in `unit`.
    pub(crate) fn with_unit(self, unit: Unit) -> Self {
        Self { unit, ..self }
    }

    /// Writes the number at the end of `out`, digit by digit: no formatting
    /// machinery (a kilobyte of the widget's download).
    pub(crate) fn write_to(self, out: &mut String) {
        let Self { value, unit, lang } = self;
        // The digits of the mantissa (at most 29), from the end of a buffer.
        let mut buf = [b'0'; 40];
        let mut m = value.mantissa().unsigned_abs();
        let mut start = buf.len();
        loop {
            start -= 1;
            buf[start] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        let scale = value.scale() as usize;
        // At least one digit before the decimal point ("0,05").
        start = start.min(buf.len() - scale - 1);
        let digits = &buf[start..];
        let (int, frac) = digits.split_at(digits.len() - scale);
        let (group_sep, dec_sep) = match lang.compiled() {
            Lang::Fr => ('\u{a0}', ','),
            Lang::En => (',', '.'),
        };
        if value.is_sign_negative() && !value.is_zero() {
            out.push('-');
        }
        for (i, &c) in int.iter().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(group_sep);
            }
            out.push(char::from(c));
        }
        if !frac.is_empty() {
            out.push(dec_sep);
            for &c in frac {
                out.push(char::from(c));
            }
        }
        // Singular in French below 2 (« 1,5 jour », « -1 jour »), in English
        // at exactly 1 ("1 day", "-1 days", "0.5 days").
        let singular = match lang.compiled() {
            Lang::Fr => value.abs() < Decimal::TWO,
            Lang::En => value == Decimal::ONE,
        };
        let (singular_text, plural_text) = match (unit, lang.compiled()) {
            (Unit::Euro, _) => ("\u{a0}€", "\u{a0}€"),
            (Unit::Percent, Lang::Fr) => ("\u{a0}%", "\u{a0}%"),
            (Unit::Percent, Lang::En) => ("%", "%"),
            (Unit::Count, _) => ("", ""),
            (Unit::DaysPerWeek, Lang::Fr) => ("\u{a0}j/sem.", "\u{a0}j/sem."),
            (Unit::DaysPerWeek, Lang::En) => (" day/week", " days/week"),
            (Unit::WeeksPerYear, Lang::Fr) => ("\u{a0}sem./an", "\u{a0}sem./an"),
            (Unit::WeeksPerYear, Lang::En) => (" week/year", " weeks/year"),
            (Unit::Years, Lang::Fr) => ("\u{a0}an", "\u{a0}ans"),
            (Unit::Years, Lang::En) => (" year", " years"),
            (Unit::Weeks, Lang::Fr) => ("\u{a0}semaine", "\u{a0}semaines"),
            (Unit::Weeks, Lang::En) => (" week", " weeks"),
            (Unit::Days, Lang::Fr) => ("\u{a0}jour", "\u{a0}jours"),
            (Unit::Days, Lang::En) => (" day", " days"),
            (Unit::Months, Lang::Fr) => ("\u{a0}mois", "\u{a0}mois"),
            (Unit::Months, Lang::En) => (" month", " months"),
            #[cfg(feature = "need-profile")]
            (Unit::Periods, Lang::Fr) => ("\u{a0}période", "\u{a0}périodes"),
            #[cfg(feature = "need-profile")]
            (Unit::Periods, Lang::En) => (" period", " periods"),
        };
        out.push_str(if singular { singular_text } else { plural_text });
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;

    #[test]
    fn numbers_are_grouped_per_language() {
        assert_eq!(
            fmt_number(dec!(10000000), Unit::Euro, Lang::En),
            "10,000,000\u{a0}€"
        );
        assert_eq!(
            fmt_number(dec!(1234.50), Unit::Euro, Lang::Fr),
            "1\u{a0}234,50\u{a0}€"
        );
        assert_eq!(fmt_number(dec!(7.320), Unit::Euro, Lang::En), "7.32\u{a0}€");
        assert_eq!(fmt_number(dec!(12.00), Unit::Euro, Lang::En), "12\u{a0}€");
        assert_eq!(fmt_number(dec!(-0.5), Unit::Percent, Lang::En), "-0.5%");
        assert_eq!(fmt_number(dec!(100), Unit::Count, Lang::Fr), "100");
        assert_eq!(fmt_number_exact(dec!(0.05), Unit::Count, Lang::Fr), "0,05");
        assert_eq!(
            fmt_number_exact(dec!(-1234567.80), Unit::Count, Lang::En),
            "-1,234,567.80"
        );
        assert_eq!(fmt_number_exact(dec!(0.00), Unit::Count, Lang::En), "0.00");
    }

    proptest::proptest! {
        /// Every decimal is written as rust_decimal writes it, with
        /// thousands separators: the same digits, sign and decimals.
        #[test]
        fn numbers_keep_every_digit(
            lo in proptest::prelude::any::<u64>(),
            hi in proptest::prelude::any::<u32>(),
            negative in proptest::prelude::any::<bool>(),
            scale in 0u32..=28,
        ) {
            let value = Decimal::from_parts(lo as u32, (lo >> 32) as u32, hi, negative, scale);
            let plain = value.to_string();
            let plain = plain.trim_start_matches('-');
            let (int, frac) = plain.split_once('.').unwrap_or((plain, ""));
            let mut expected = String::new();
            if negative && !value.is_zero() {
                expected.push('-');
            }
            for (i, c) in int.chars().enumerate() {
                if i > 0 && (int.len() - i) % 3 == 0 {
                    expected.push(',');
                }
                expected.push(c);
            }
            if !frac.is_empty() {
                expected.push('.');
                expected.push_str(frac);
            }
            proptest::prop_assert_eq!(fmt_number_exact(value, Unit::Count, Lang::En), expected);
        }
    }
}

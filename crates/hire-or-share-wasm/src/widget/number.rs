//! Numbers as text: as the visitor types them in a field ([`read`]: spaces,
//! the euro sign, `k`, a decimal comma or point, thousands separators read
//! as such or asked about, never taken for a decimal point), the values a
//! field can mean ([`plausible`]), and the message when the text is not a
//! number; a decimal's plain text, read and written; a decimal as an `f64`
//! for `Intl` and the chart.
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

use hire_or_share::{Lang, Scenario};
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

/// How a field's text reads as a number ([`read`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// One value.
    Value(Decimal),
    /// Not read: the text may mean either of two numbers, and the field
    /// asks which. The first is the one to offer; the second, when the
    /// field's range holds both readings, is offered too.
    Ask(Decimal, Option<Decimal>),
    /// Not a number.
    NotANumber,
}

/// Reads `text` as a person types a number in a field of a page in `lang`,
/// and asks rather than guesses where it has two readings.
///
/// The text: digits, an optional `-` in front, a euro sign at either end,
/// `k` at the end for thousands (`90k`, `90 k€`, `1,5k`), and separators:
/// - a space of any kind (`1 100`, and the no-break and narrow no-break
///   spaces of pasted amounts) only ever separates thousands;
/// - of `,` and `.`, a mark that comes once and last is the decimal mark
///   (`85 000,50`, `1.100,50`, `1,100.50`, `1,5`, `1.5`); one that comes more
///   than once separates thousands (`1.100.000`, `1,100,000`);
/// - every thousands separator is followed by exactly three digits, and the
///   first group has one to three.
///
/// A lone `,` or `.` followed by exactly three digits (`1,100`, `1.100`) has
/// two readings: in the page's language's convention it separates thousands
/// where that language groups with it (`.` in French, `,` in English) and is
/// a decimal point where it does not. `range` (the values a person could
/// mean in the field, [`plausible`]) decides: the language's reading when
/// only it is in range (or neither is: the range's error follows); a
/// question when the other reading is in range too, or alone. So
/// `1,100` in English and `1.100` in French are 1 100 for a day rate, and
/// `1,100` in French asks whether 1 100 € was meant: a thousands separator
/// is never taken for a decimal point without asking. `whole`: only whole
/// numbers are in range.
pub(super) fn read(
    text: &str,
    lang: Lang,
    range: Option<(Decimal, Decimal)>,
    whole: bool,
) -> Reading {
    let Some((value, other)) = readings(text, lang) else {
        return Reading::NotANumber;
    };
    let Some(other) = other else {
        return Reading::Value(value);
    };
    let fits =
        |v: Decimal| range.is_none_or(|(min, max)| min <= v && v <= max) && (!whole || is_whole(v));
    match (fits(value), fits(other)) {
        // The larger is the thousands reading: offered first.
        (true, true) => Reading::Ask(value.max(other), Some(value.min(other))),
        (false, true) => Reading::Ask(other, None),
        _ => Reading::Value(value),
    }
}

/// Whether `value` is a whole number. Through `normalize`, which the
/// element has anyway: `Decimal::fract` would add 2.2 KB of code (raw) and
/// the message of its subtraction's panic.
pub(super) fn is_whole(value: Decimal) -> bool {
    value.normalize().scale() == 0
}

/// Whether `value` is a whole number of halves (`1`, `1.5`, `1.50`), as
/// the days a week are.
pub(super) fn is_half_units(value: Decimal) -> bool {
    let n = value.normalize();
    n.scale() == 0 || (n.scale() == 1 && n.mantissa().unsigned_abs() % 10 == 5)
}

/// The text's number in the page's language's reading, or `None`: for
/// what shows a typed value again (the print summary, the bundle's days),
/// where a range's error or the field's question is not needed.
pub(super) fn read_number(text: &str, lang: Lang) -> Option<Decimal> {
    readings(text, lang).map(|(value, _)| value)
}

/// Whether `c` separates thousands as a space: any white space, the
/// no-break space and the narrow no-break space (`Intl`'s French grouping)
/// among them.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}')
}

/// The number `text` writes in `lang`'s reading, and its other reading
/// when it has two (a lone `,` or `.` followed by three digits); `None` if
/// it is not a number. The rules are [`read`]'s.
fn readings(text: &str, lang: Lang) -> Option<(Decimal, Option<Decimal>)> {
    let euro = |t: &str| -> String {
        let t = t.trim_matches(is_space);
        let t = t.strip_prefix('€').unwrap_or(t);
        t.strip_suffix('€')
            .unwrap_or(t)
            .trim_matches(is_space)
            .to_owned()
    };
    let mut body = euro(text);
    let thousands = body.ends_with(['k', 'K']);
    if thousands {
        body.pop();
        body = euro(&body);
    }
    let (sign, body) = match body.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", body.as_str()),
    };
    if body.is_empty() || body.len() > 40 {
        return None;
    }
    // The groups of digits, each with the separator before it (the first's
    // is none); a run of spaces is one separator, written ' '.
    let mut groups: Vec<(Option<char>, String)> = vec![(None, String::new())];
    let mut last_space = false;
    for c in body.chars() {
        let separator = if is_space(c) {
            ' '
        } else if matches!(c, ',' | '.') {
            c
        } else if c.is_ascii_digit() {
            if let Some((_, digits)) = groups.last_mut() {
                digits.push(c);
            }
            last_space = false;
            continue;
        } else {
            return None;
        };
        if !(last_space && separator == ' ') {
            groups.push((Some(separator), String::new()));
        }
        last_space = separator == ' ';
    }
    // The decimal mark: the last separator, if it is a `,` or a `.` that
    // comes once.
    let marks = |m: char| groups.iter().filter(|(s, _)| *s == Some(m)).count();
    let decimal = match groups.last() {
        Some((Some(m @ (',' | '.')), _)) if marks(*m) == 1 => Some(*m),
        _ => None,
    };
    let (fraction, whole_groups) = match decimal {
        Some(_) => {
            let (last, rest) = groups.split_last()?;
            (last.1.as_str(), rest)
        }
        None => ("", groups.as_slice()),
    };
    // Thousands: every group after the first three digits, the first one to
    // three, and one kind of mark besides spaces.
    let (first, rest) = whole_groups.split_first()?;
    let mut group_mark = None;
    for (separator, digits) in rest {
        if digits.len() != 3 {
            return None;
        }
        if let Some(m @ (',' | '.')) = *separator {
            if group_mark.is_some_and(|g| g != m) {
                return None;
            }
            group_mark = Some(m);
        }
    }
    if !rest.is_empty() && !(1..=3).contains(&first.1.len()) {
        return None;
    }
    let mut integer = String::with_capacity(body.len());
    for (_, digits) in whole_groups {
        integer.push_str(digits);
    }
    if integer.is_empty() && fraction.is_empty() {
        return None;
    }
    let number = |integer: &str, fraction: &str| {
        let text = [sign, integer, ".", fraction].concat();
        let value = read_plain(&text)?;
        if thousands {
            value.checked_mul(Decimal::ONE_THOUSAND)
        } else {
            Some(value)
        }
    };
    let value = number(&integer, fraction)?;
    // A lone mark followed by three digits, after a whole part that is not
    // zero: a decimal point, or a thousands separator.
    let lone = rest.is_empty() && fraction.len() == 3 && integer.bytes().any(|b| b != b'0');
    if !lone {
        return Some((value, None));
    }
    let as_thousands = number(&[integer.as_str(), fraction].concat(), "")?;
    let groups_with = match lang.compiled() {
        Lang::Fr => '.',
        Lang::En => ',',
    };
    Some(if decimal == Some(groups_with) {
        (as_thousands, Some(value))
    } else {
        (value, Some(as_thousands))
    })
}

/// The values a person could mean in `field`, for [`read`] to choose
/// between two readings: the core's range (`Scenario::range_of`, and the
/// payroll's fields as `EmployerCostInput::validate` checks them), with the
/// floors of [`floor`] where the core's range starts below any real amount.
/// The salary's floor, 10 000 €, only tells which reading of `85,000` was
/// meant: the core refuses a salary below the SMIC, about 22 400 € a year,
/// with a message that says so.
pub(super) fn plausible(field: &str) -> Option<(Decimal, Decimal)> {
    let n = |v: i64| Decimal::from(v);
    if let Some((_, min)) = floor(field)
        && let Some((_, max)) = Scenario::range_of(field)
    {
        return Some((min, max));
    }
    Some(match field {
        "grossAnnual" => (n(10_000), n(10_000_000)),
        "headcount" => (Decimal::ONE, n(1_000_000)),
        "horizonYears" => (Decimal::ONE, n(5)),
        "mobilityRatePercent" => (Decimal::ZERO, n(10)),
        "atMpRatePercent" | "healthPlanEmployerSharePercent" => (Decimal::ZERO, n(100)),
        "healthPlanMonthly" => (Decimal::ZERO, n(10_000)),
        _ => return Scenario::range_of(field),
    })
}

/// The smallest amount the element takes in `field`, where the core's
/// range starts below any real one: a day rate under 100 € is refused
/// here, with its range (`1,10 €` is a mistyped `1 100 €`, not a price).
pub(super) fn floor(field: &str) -> Option<(&'static str, Decimal)> {
    match field {
        "dayRate" => Some(("dayRate", Decimal::ONE_HUNDRED)),
        _ => None,
    }
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
/// number), with an example of what the field takes (`85 000` for a
/// salary, `1,5` for days a week), written as the page writes numbers.
pub(super) fn not_a_number(
    field: &str,
    whole: bool,
    lang: Lang,
    example: Option<&str>,
) -> FieldError {
    let ask = match (whole, lang.compiled()) {
        (true, Lang::Fr) => "Saisissez un nombre entier",
        (true, Lang::En) => "Enter a whole number",
        (false, Lang::Fr) => "Saisissez un nombre",
        (false, Lang::En) => "Enter a number",
    };
    let message = match example {
        Some(example) => {
            let words = match lang.compiled() {
                Lang::Fr => ", par exemple ",
                Lang::En => ", for example ",
            };
            [ask, words, example, "."].concat()
        }
        None => [ask, "."].concat(),
    };
    FieldError {
        field: field.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use hire_or_share::Lang;
    use rust_decimal::Decimal;
    use rust_decimal::prelude::ToPrimitive;

    use super::{
        Reading, floor, is_half_units, is_whole, plain, plausible, read, read_number, read_plain,
        to_f64,
    };

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    /// `text` read in `lang` for `field`, as a value's plain text, `?` and
    /// the values offered for a question, or `-` for not a number.
    fn reads(text: &str, lang: Lang, field: &str) -> String {
        let whole = matches!(field, "headcount" | "horizonYears");
        match read(text, lang, plausible(field), whole) {
            Reading::Value(v) => plain(v.normalize()),
            Reading::Ask(v, None) => format!("? {}", plain(v.normalize())),
            Reading::Ask(v, Some(w)) => {
                format!("? {} {}", plain(v.normalize()), plain(w.normalize()))
            }
            Reading::NotANumber => "-".to_owned(),
        }
    }

    /// Each case: the text, the field, and how it reads in French and in
    /// English.
    const CASES: &[(&str, &str, &str, &str)] = &[
        // Thousands with spaces, or none; pasted amounts with the euro sign
        // and no-break (U+00A0) or narrow no-break (U+202F) spaces.
        ("90 000", "grossAnnual", "90000", "90000"),
        ("90000", "grossAnnual", "90000", "90000"),
        ("1 100", "dayRate", "1100", "1100"),
        ("1\u{a0}100\u{a0}€", "dayRate", "1100", "1100"),
        ("1\u{202f}100 €", "dayRate", "1100", "1100"),
        ("€ 1 100", "dayRate", "1100", "1100"),
        ("85 000,50", "grossAnnual", "85000.5", "85000.5"),
        ("1\u{202f}200,50\u{a0}€", "dayRate", "1200.5", "1200.5"),
        // `k` for thousands.
        ("90k", "grossAnnual", "90000", "90000"),
        ("90 k", "grossAnnual", "90000", "90000"),
        ("90 k€", "grossAnnual", "90000", "90000"),
        ("90K", "grossAnnual", "90000", "90000"),
        ("1,5k", "dayRate", "1500", "1500"),
        ("1.5k", "dayRate", "1500", "1500"),
        // A lone mark and three digits: the language's thousands separator
        // is one; its decimal point asks when the thousands reading is in
        // the field's range. Never 1,10 € for a day rate.
        ("1.100", "dayRate", "1100", "? 1100"),
        ("1,100", "dayRate", "? 1100", "1100"),
        ("85,000", "grossAnnual", "? 85000", "85000"),
        ("85.000", "grossAnnual", "85000", "? 85000"),
        // Both readings in range: ask, the thousands first.
        ("1,500", "workspaceAnnual", "? 1500 1.5", "? 1500 1.5"),
        ("1.500", "workspaceAnnual", "? 1500 1.5", "? 1500 1.5"),
        // Only the decimal in range: the decimal, or a question in the
        // language whose thousands separator it is.
        ("1,500", "daysPerWeek", "1.5", "? 1.5"),
        ("1.500", "daysPerWeek", "? 1.5", "1.5"),
        // Neither in range: the language's reading, whose range error shows.
        ("9,999", "daysPerWeek", "9.999", "9999"),
        // A whole field takes whole numbers only.
        ("1,100", "headcount", "? 1100", "1100"),
        ("1.100", "headcount", "1100", "? 1100"),
        ("120", "headcount", "120", "120"),
        // Decimals: any mark not followed by three digits, in either language.
        ("1,5", "daysPerWeek", "1.5", "1.5"),
        ("1.5", "daysPerWeek", "1.5", "1.5"),
        ("0,125", "atMpRatePercent", "0.125", "0.125"),
        ("2,08", "atMpRatePercent", "2.08", "2.08"),
        (",5", "daysPerWeek", "0.5", "0.5"),
        ("1,", "daysPerWeek", "1", "1"),
        ("1100,5", "dayRate", "1100.5", "1100.5"),
        // Both marks: the last, once, is the decimal point.
        ("1.100,50", "dayRate", "1100.5", "1100.5"),
        ("1,100.50", "dayRate", "1100.5", "1100.5"),
        ("1.100.000", "grossAnnual", "1100000", "1100000"),
        ("1,100,000", "grossAnnual", "1100000", "1100000"),
        ("1 100 000,5", "grossAnnual", "1100000.5", "1100000.5"),
        ("-1,5", "daysPerWeek", "-1.5", "-1.5"),
        // Not numbers.
        ("", "dayRate", "-", "-"),
        (" ", "dayRate", "-", "-"),
        ("abc", "dayRate", "-", "-"),
        ("1e5", "dayRate", "-", "-"),
        ("1_000", "dayRate", "-", "-"),
        ("1.2.3", "dayRate", "-", "-"),
        ("1,2,3", "dayRate", "-", "-"),
        ("1 5", "dayRate", "-", "-"),
        ("1 10", "dayRate", "-", "-"),
        ("1100 000", "grossAnnual", "-", "-"),
        ("1,100.000,5", "grossAnnual", "-", "-"),
        ("1.100,000.5", "grossAnnual", "-", "-"),
        ("-", "dayRate", "-", "-"),
        (".", "dayRate", "-", "-"),
        ("k", "dayRate", "-", "-"),
        ("€", "dayRate", "-", "-"),
        ("1 €€", "dayRate", "-", "-"),
    ];

    #[test]
    fn a_typed_number_reads_as_people_write_it_in_each_language() {
        for &(text, field, fr, en) in CASES {
            assert_eq!(
                reads(text, Lang::Fr, field),
                fr,
                "{text:?} in French ({field})"
            );
            assert_eq!(
                reads(text, Lang::En, field),
                en,
                "{text:?} in English ({field})"
            );
        }
    }

    #[test]
    fn whole_numbers_and_halves() {
        for (text, whole, half) in [
            ("1", true, true),
            ("1.0", true, true),
            ("1.5", false, true),
            ("1.50", false, true),
            ("-2.5", false, true),
            ("1.3", false, false),
            ("1.05", false, false),
            ("0.5", false, true),
            ("1100.000", true, true),
        ] {
            assert_eq!(is_whole(d(text)), whole, "{text}");
            assert_eq!(is_half_units(d(text)), half, "{text}");
        }
    }

    #[test]
    fn the_page_s_reading_of_a_number_is_the_first() {
        assert_eq!(read_number("1,100", Lang::Fr), Some(d("1.100")));
        assert_eq!(read_number("1,100", Lang::En), Some(d("1100")));
        assert_eq!(read_number("1 100 €", Lang::En), Some(d("1100")));
        assert_eq!(read_number("abc", Lang::Fr), None);
    }

    #[test]
    fn a_day_rate_under_a_hundred_euros_is_refused_here_and_a_salary_by_the_core() {
        assert_eq!(floor("dayRate"), Some(("dayRate", Decimal::ONE_HUNDRED)));
        assert_eq!(floor("grossAnnual"), None);
        assert_eq!(
            plausible("dayRate"),
            Some((Decimal::ONE_HUNDRED, d("100000")))
        );
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

//! The one error type of the crate.
//!
//! Every error names the input field it is about (by its JSON name, e.g.
//! `grossAnnual`, so a form can mark the field) and, where there is one, the
//! allowed range. Messages exist in French and English: [`Error::message`].

use core::fmt;

use rust_decimal::Decimal;

use crate::arith::watching;
use crate::lang::{Lang, tr};

/// Checks that `value` lies in `min..=max`.
///
/// # Errors
///
/// [`ErrorKind::OutOfRange`] on `field` otherwise.
pub(crate) fn check(
    field: &'static str,
    value: Decimal,
    min: Decimal,
    max: Decimal,
    unit: Unit,
) -> Result<(), Error> {
    if value < min || value > max {
        return Err(Error::out_of_range(field, value, min, max, unit));
    }
    Ok(())
}

/// Runs `f`, a computation that returns numbers: if any operation in it
/// overflowed, the result is an overflow [`Error`] on `input` instead of
/// `f`'s (inputs within their ranges never overflow, so the error is on the
/// input as a whole). Nests, as [`watching`] does.
pub(crate) fn guarded<T>(f: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    match watching(f) {
        (_, true) => Err(Error::overflow("input")),
        (result, false) => result,
    }
}

/// What a field's text must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    /// A decimal number (`85000`, `1.5`).
    Number,
    /// A whole number (`20`).
    WholeNumber,
    /// `true` or `false`.
    Boolean,
    /// A date written YYYY-MM-DD, or nothing.
    Date,
    /// A role preset: `daf`, `dsi`, `drh` or `marketing`.
    Role,
    /// The name of a published version of the defaults (`2026-11`).
    DefaultsVersion,
    /// A need profile, periods `months x days` (`6x2,18x0.5`).
    #[cfg(feature = "need-profile")]
    NeedProfile,
}

/// What went wrong with an input, or with a computation.
///
/// Build your own with the constructors only if you wrap this crate; the usual
/// way to get one is from [`employer_cost`](crate::employer_cost) or a
/// validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    field: &'static str,
    /// The number of the need profile's period the error is about, from 1;
    /// 0 when it is about no one period.
    #[cfg_attr(not(feature = "need-profile"), allow(dead_code))]
    period: u8,
    // Boxed: every fallible step returns `Result<_, Error>`, and a small
    // error keeps those results, and the widget's code, small.
    kind: Box<ErrorKind>,
}

/// The kind of an [`Error`], for callers that branch on it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A number outside its allowed range (bounds included).
    OutOfRange {
        /// The value given.
        value: Decimal,
        /// The smallest allowed value.
        min: Decimal,
        /// The largest allowed value.
        max: Decimal,
        /// The unit of the three numbers.
        unit: Unit,
    },
    /// A date for which the crate knows no legal rules.
    UnknownPeriod {
        /// The date given.
        date: crate::Date,
        /// The first day the crate has rules for.
        first: crate::Date,
        /// The last day the crate has rules for.
        last: crate::Date,
    },
    /// A number that must be a multiple of `step` (half days).
    NotAMultiple {
        /// The value given.
        value: Decimal,
        /// The step the value must be a multiple of.
        step: Decimal,
        /// The unit of both numbers.
        unit: Unit,
    },
    /// Text that is not a value of the field's kind (`abc` for a number).
    Unparsable {
        /// The text given (at most 40 characters of it).
        text: String,
        /// What was expected.
        expected: Expected,
    },
    /// A field name that does not exist.
    UnknownField {
        /// The name given (at most 40 characters of it).
        name: String,
    },
    /// A gross salary below the minimum wage (*SMIC*, Code du travail
    /// art. L3231-2) for its working time, under the rules of a period.
    BelowMinimumWage {
        /// The salary given, euros a year.
        value: Decimal,
        /// The SMIC for the working time, euros a year, to the cent.
        minimum: Decimal,
        /// The working time, percent of full time.
        work_time_percent: Decimal,
        /// The first day of the rules' period.
        rules_start: crate::Date,
    },
    /// A computation overflowed the decimal range. Inputs inside their ranges
    /// never cause this; it is reported rather than panicking.
    Overflow,
    /// A need profile none of whose periods has a need.
    #[cfg(feature = "need-profile")]
    NoNeed,
    /// A field this build does not compute: a need profile in a build
    /// without the `need-profile` feature (the widget's element).
    Unavailable,
}

/// The unit of a number in an error message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

impl Error {
    /// An error for `field`, a value outside `min..=max`.
    #[must_use]
    pub fn out_of_range(
        field: &'static str,
        value: Decimal,
        min: Decimal,
        max: Decimal,
        unit: Unit,
    ) -> Self {
        Self {
            field,
            period: 0,
            kind: Box::new(ErrorKind::OutOfRange {
                value,
                min,
                max,
                unit,
            }),
        }
    }

    /// An error for `field`, a date outside the periods the crate knows.
    #[must_use]
    pub fn unknown_period(
        field: &'static str,
        date: crate::Date,
        first: crate::Date,
        last: crate::Date,
    ) -> Self {
        Self {
            field,
            period: 0,
            kind: Box::new(ErrorKind::UnknownPeriod { date, first, last }),
        }
    }

    /// An error for `field`, a value that is not a multiple of `step`.
    #[must_use]
    pub fn not_a_multiple(field: &'static str, value: Decimal, step: Decimal, unit: Unit) -> Self {
        Self {
            field,
            period: 0,
            kind: Box::new(ErrorKind::NotAMultiple { value, step, unit }),
        }
    }

    /// An error for `field`, whose `text` is not a value of the `expected` kind.
    #[must_use]
    pub fn unparsable(field: &'static str, text: &str, expected: Expected) -> Self {
        Self {
            field,
            period: 0,
            kind: Box::new(ErrorKind::Unparsable {
                text: crate::lang::head(text, 40).to_owned(),
                expected,
            }),
        }
    }

    /// An error for a field name that does not exist (on the field `input`).
    #[must_use]
    pub fn unknown_field(name: &str) -> Self {
        Self {
            field: "input",
            period: 0,
            kind: Box::new(ErrorKind::UnknownField {
                name: crate::lang::head(name, 40).to_owned(),
            }),
        }
    }

    /// An error for `field`, which this build does not compute (a need
    /// profile without the `need-profile` feature).
    #[must_use]
    pub fn unavailable(field: &'static str) -> Self {
        Self {
            field,
            period: 0,
            kind: Box::new(ErrorKind::Unavailable),
        }
    }

    /// An error for `field`, a gross salary below `minimum`, the SMIC for
    /// `work_time_percent` of full time under the rules from `rules_start`.
    #[must_use]
    pub fn below_minimum_wage(
        field: &'static str,
        value: Decimal,
        minimum: Decimal,
        work_time_percent: Decimal,
        rules_start: crate::Date,
    ) -> Self {
        Self {
            field,
            period: 0,
            kind: Box::new(ErrorKind::BelowMinimumWage {
                value,
                minimum,
                work_time_percent,
                rules_start,
            }),
        }
    }

    /// An arithmetic overflow while computing `field`.
    #[must_use]
    pub fn overflow(field: &'static str) -> Self {
        Self {
            field,
            period: 0,
            kind: Box::new(ErrorKind::Overflow),
        }
    }

    /// An error for `field`, a need profile with no need in any period.
    #[cfg(feature = "need-profile")]
    #[must_use]
    pub fn no_need(field: &'static str) -> Self {
        Self {
            field,
            period: 0,
            kind: Box::new(ErrorKind::NoNeed),
        }
    }

    /// The same error, about the need profile's period number `period` (from 1).
    #[cfg(feature = "need-profile")]
    #[must_use]
    pub fn in_period(mut self, period: u32) -> Self {
        self.period = u8::try_from(period).unwrap_or(u8::MAX);
        self
    }

    /// The number of the need profile's period the error is about (from 1),
    /// if it is about one.
    #[cfg(feature = "need-profile")]
    #[must_use]
    pub fn period(&self) -> Option<u32> {
        (self.period > 0).then_some(u32::from(self.period))
    }

    /// The same error, about `field` instead (a bundle's generalist salary,
    /// checked as a scenario's `grossAnnual`).
    #[must_use]
    pub(crate) fn with_field(mut self, field: &'static str) -> Self {
        self.field = field;
        self
    }

    /// The input field the error is about, by its JSON name (`grossAnnual`).
    #[must_use]
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// What went wrong.
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The message in `lang`, naming the field and the allowed range.
    ///
    /// ```
    /// use hire_or_share::{employer_cost, EmployerCostInput, Lang};
    /// use rust_decimal_macros::dec;
    ///
    /// let mut input = EmployerCostInput::new(dec!(22000));
    /// input.date = Some(hire_or_share::date(2026, 7, 1));
    /// let err = employer_cost(&input).unwrap_err();
    /// assert_eq!(err.field(), "grossAnnual");
    /// // Numbers and units, and French punctuation (" :", " ;"), are joined
    /// // by no-break spaces (U+00A0), so a line never starts with a colon.
    /// assert_eq!(
    ///     err.message(Lang::Fr).replace('\u{a0}', " "),
    ///     "salaire brut annuel (grossAnnual) : 22 000 € est inférieur au SMIC à temps plein, \
    ///      22 404,20 € par an (règles du 1er juin 2026, art. L3231-2 du Code du travail)",
    /// );
    /// input.gross_annual = dec!(20000000);
    /// assert_eq!(
    ///     employer_cost(&input).unwrap_err().message(Lang::En).replace('\u{a0}', " "),
    ///     "gross annual salary (grossAnnual): 20,000,000 € is not between 22,404.20 € and 10,000,000 €",
    /// );
    /// ```
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let lang = lang.compiled();
        let fr = lang == Lang::Fr;
        // "label (field)", the period's number if any, and the colon.
        let mut head = [field_label(self.field, lang), " (", self.field, ")"].concat();
        #[cfg(feature = "need-profile")]
        if self.period > 0 {
            head.push_str(if fr { ", période " } else { ", period " });
            head.push_str(&crate::field::write_decimal(Decimal::from(self.period)));
        }
        head.push_str(if fr { "\u{a0}: " } else { ": " });
        let n = |value: &Decimal, unit: &Unit| fmt_number(*value, *unit, lang);
        let rest = match &*self.kind {
            ErrorKind::OutOfRange {
                value,
                min,
                max,
                unit,
            } => {
                let words = if fr {
                    [" n'est pas compris entre ", " et "]
                } else {
                    [" is not between ", " and "]
                };
                [&n(value, unit), words[0], &n(min, unit), words[1], &n(max, unit)].concat()
            }
            ErrorKind::BelowMinimumWage {
                value,
                minimum,
                work_time_percent,
                rules_start,
            } => {
                let mut out = n(value, &Unit::Euro);
                if *work_time_percent == Decimal::ONE_HUNDRED {
                    out.push_str(lang.pick(
                        " est inférieur au SMIC à temps plein",
                        " is below the full-time minimum wage (SMIC)",
                    ));
                } else {
                    out.push_str(lang.pick(" est inférieur au SMIC pour ", " is below the minimum wage (SMIC) for "));
                    out.push_str(&n(work_time_percent, &Unit::Percent));
                    out.push_str(lang.pick(" d'un temps plein", " of full time"));
                }
                out.push_str(", ");
                out.push_str(&n(minimum, &Unit::Euro));
                out.push_str(lang.pick(" par an (règles du ", " a year (rules of "));
                out.push_str(&rules_start.words(lang));
                out.push_str(lang.pick(", art. L3231-2 du Code du travail)", ", Code du travail art. L3231-2)"));
                out
            }
            ErrorKind::UnknownPeriod { date, first, last } => {
                let words = if fr {
                    ["aucune règle connue pour le ", "\u{a0}; règles connues du ", " au "]
                } else {
                    ["no known rules for ", "; rules are known from ", " to "]
                };
                [words[0], &date.iso(), words[1], &first.iso(), words[2], &last.iso()].concat()
            }
            ErrorKind::NotAMultiple { value, step, unit } => [
                &n(value, unit),
                lang.pick(" n'est pas un multiple de ", " is not a multiple of "),
                &n(step, unit),
            ]
            .concat(),
            ErrorKind::Unparsable { text, expected } => {
                let what = match (expected, lang) {
                    (Expected::Number, Lang::Fr) => "un nombre (par exemple 85000 ou 1.5)",
                    (Expected::Number, Lang::En) => "a number (for example 85000 or 1.5)",
                    (Expected::WholeNumber, Lang::Fr) => "un nombre entier",
                    (Expected::WholeNumber, Lang::En) => "a whole number",
                    (Expected::Boolean, Lang::Fr) => "true ou false",
                    (Expected::Boolean, Lang::En) => "true or false",
                    (Expected::Date, Lang::Fr) => "une date AAAA-MM-JJ",
                    (Expected::Date, Lang::En) => "a date YYYY-MM-DD",
                    (Expected::Role, Lang::Fr) => "daf, dsi, drh ou marketing",
                    (Expected::Role, Lang::En) => "daf, dsi, drh or marketing",
                    (Expected::DefaultsVersion, Lang::Fr) => "une version publiée des hypothèses\u{a0}: ",
                    (Expected::DefaultsVersion, Lang::En) => "a published version of the defaults: ",
                    #[cfg(feature = "need-profile")]
                    (Expected::NeedProfile, Lang::Fr) => {
                        "une suite de périodes mois x jours par semaine, par exemple 6x2,18x0.5"
                    }
                    #[cfg(feature = "need-profile")]
                    (Expected::NeedProfile, Lang::En) => {
                        "a list of periods months x days a week, for example 6x2,18x0.5"
                    }
                };
                let mut message = if fr {
                    ["« ", text, " » n'est pas ", what].concat()
                } else {
                    ["\"", text, "\" is not ", what].concat()
                };
                if *expected == Expected::DefaultsVersion {
                    // Every published name, oldest first ("2026-11, 2027-01").
                    for (i, d) in crate::defaults::VERSIONS.iter().enumerate() {
                        if i > 0 {
                            message.push_str(", ");
                        }
                        message.push_str(d.version);
                    }
                }
                message
            }
            ErrorKind::UnknownField { name } => {
                return if fr {
                    ["champ inconnu\u{a0}: « ", name, " »"].concat()
                } else {
                    ["unknown field: \"", name, "\""].concat()
                };
            }
            ErrorKind::Overflow => lang
                .pick(
                    "dépassement de capacité du calcul\u{a0}; réduisez les montants",
                    "the computation overflowed; use smaller amounts",
                )
                .into(),
            #[cfg(feature = "need-profile")]
            ErrorKind::NoNeed => lang
                .pick(
                    "aucune période n'a de besoin\u{a0}; au moins une doit compter 0,5\u{a0}jour par semaine ou plus",
                    "no period has a need; at least one must have half a day a week or more",
                )
                .into(),
            ErrorKind::Unavailable => lang
                .pick(
                    "non calculé ici\u{a0}; utilisez l'API JavaScript ou la commande hire-or-share",
                    "not computed here; use the JavaScript API or the hire-or-share command",
                )
                .into(),
        };
        head + &rest
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {}

/// The human label of a field, for messages.
fn field_label(field: &str, lang: Lang) -> &'static str {
    let (fr, en) = match field {
        "grossAnnual" => tr("salaire brut annuel", "gross annual salary"),
        "headcount" => tr("effectif de l'entreprise", "company headcount"),
        "mobilityRatePercent" => tr("taux du versement mobilité", "mobility levy rate"),
        "atMpRatePercent" => tr("taux AT/MP", "work-accident (AT/MP) rate"),
        "healthPlanMonthly" => tr(
            "cotisation mensuelle de la complémentaire santé",
            "monthly health plan contribution",
        ),
        "healthPlanEmployerSharePercent" => tr(
            "part employeur de la complémentaire santé",
            "employer share of the health plan",
        ),
        "apprenticeRatioPercent" => tr("proportion d'alternants", "share of apprentices"),
        "workTimePercent" => tr("temps de travail", "working time"),
        "date" => tr("date des règles", "date of the rules"),
        "daysPerWeek" => tr("besoin en jours par semaine", "days a week needed"),
        "dayRate" => tr("tarif journalier HT", "day rate excluding VAT"),
        "horizonYears" => tr("horizon en années", "horizon in years"),
        "role" => tr("métier", "role"),
        "input" => tr("saisie", "input"),
        "scenarios" => tr("nombre de métiers", "number of roles"),
        "needProfile" => tr("besoin qui varie", "need that varies"),
        "generalistGrossAnnual" => tr(
            "salaire brut annuel du généraliste",
            "generalist's gross annual salary",
        ),
        other => match crate::defaults::assumption(other) {
            Some(a) => (a.label_fr, a.label_en),
            None => tr("valeur", "value"),
        },
    };
    lang.pick(fr, en)
}

/// Formats a number for a message: thousands separated, unit after.
pub(crate) fn fmt_number(value: Decimal, unit: Unit, lang: Lang) -> String {
    let mut value = crate::arith::normalize(value);
    // Euros and cents: 22 404,20 €, not 22 404,2 €.
    if matches!(unit, Unit::Euro) && value.scale() == 1 {
        value = Decimal::from_i128_with_scale(value.mantissa() * 10, 2);
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

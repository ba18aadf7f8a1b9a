//! The one error type of the crate.
//!
//! Every error names the input field it is about (by its JSON name, e.g.
//! `grossAnnual`, so a form can mark the field) and, where there is one, the
//! allowed range. Messages exist in French and English: [`Error::message`].

use core::fmt;

use rust_decimal::Decimal;

use crate::arith::watching;
use crate::lang::{Lang, tr};
pub use crate::number::Unit;
use crate::number::fmt_number;

/// One row of a table of ranges over `T` (a scenario, a payroll input): a
/// field's JSON name, its value in a `T`, its range and its unit, as
/// [`check`] takes them.
pub(crate) type Range<T> = (&'static str, fn(&T) -> Decimal, Decimal, Decimal, Unit);

/// Checks that `value` lies in `min..=max`, and that an amount in euros is
/// to the cent at most (the one number grammar of every interface: a float
/// from JavaScript, 55000.299999999996, is refused, never priced).
///
/// # Errors
///
/// [`ErrorKind::OutOfRange`] on `field` otherwise, or
/// [`ErrorKind::NotAMultiple`] of 0.01 € for an amount below the cent.
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
    if unit == Unit::Euro && value.normalize().scale() > 2 {
        return Err(Error::not_a_multiple(
            field,
            value,
            Decimal::new(1, 2),
            Unit::Euro,
        ));
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
    /// A language: `fr` or `en`.
    Lang,
    /// A zone (`paris`, `ile-de-france`, `large-city`, `elsewhere`).
    Location,
    /// The name of a published version of the defaults (`2026-11`).
    DefaultsVersion,
    /// A need profile, periods `months x days` (`6x2,18x0.5`).
    #[cfg(feature = "need-profile")]
    NeedProfile,
    /// A list of options, kinds separated by commas (`shared-time:950x2,freelance`).
    #[cfg(feature = "options")]
    Options,
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
    /// The place of the option the error is about in a comparison's list
    /// of options, from 1; 0 when it is about no one option.
    #[cfg(feature = "options")]
    option: u8,
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
            #[cfg(feature = "options")]
            option: 0,
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
            #[cfg(feature = "options")]
            option: 0,
            kind: Box::new(ErrorKind::UnknownPeriod { date, first, last }),
        }
    }

    /// An error for `field`, a value that is not a multiple of `step`.
    #[must_use]
    pub fn not_a_multiple(field: &'static str, value: Decimal, step: Decimal, unit: Unit) -> Self {
        Self {
            field,
            period: 0,
            #[cfg(feature = "options")]
            option: 0,
            kind: Box::new(ErrorKind::NotAMultiple { value, step, unit }),
        }
    }

    /// An error for `field`, whose `text` is not a value of the `expected` kind.
    #[must_use]
    pub fn unparsable(field: &'static str, text: &str, expected: Expected) -> Self {
        Self {
            field,
            period: 0,
            #[cfg(feature = "options")]
            option: 0,
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
            #[cfg(feature = "options")]
            option: 0,
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
            #[cfg(feature = "options")]
            option: 0,
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
            #[cfg(feature = "options")]
            option: 0,
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
            #[cfg(feature = "options")]
            option: 0,
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
            #[cfg(feature = "options")]
            option: 0,
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

    /// The same error, about the option at `place` (from 1) in a
    /// comparison's list of options.
    #[cfg(feature = "options")]
    #[must_use]
    pub fn in_option(mut self, place: u32) -> Self {
        self.option = u8::try_from(place).unwrap_or(u8::MAX);
        self
    }

    /// The place of the option the error is about (from 1), if it is about one.
    #[cfg(feature = "options")]
    #[must_use]
    pub fn option(&self) -> Option<u32> {
        (self.option > 0).then_some(u32::from(self.option))
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
        self.message_naming(lang, true)
    }

    /// The message in `lang` for a form, which shows it beside its field:
    /// as [`Error::message`], naming the field by its label only.
    ///
    /// ```
    /// use hire_or_share::{Error, Lang, Unit};
    /// use rust_decimal_macros::dec;
    ///
    /// let err = Error::out_of_range("dayRate", dec!(1.10), dec!(1), dec!(100000), Unit::Euro);
    /// assert!(err.message(Lang::En).starts_with("day rate excluding VAT (dayRate): "));
    /// assert!(err.form_message(Lang::En).starts_with("day rate excluding VAT: "));
    /// ```
    #[must_use]
    pub fn form_message(&self, lang: Lang) -> String {
        self.message_naming(lang, false)
    }

    fn message_naming(&self, lang: Lang, json_name: bool) -> String {
        let lang = lang.compiled();
        let fr = lang == Lang::Fr;
        // "label (field)", the period's number if any, and the colon.
        let mut head = if json_name {
            [field_label(self.field, lang), " (", self.field, ")"].concat()
        } else {
            field_label(self.field, lang).to_owned()
        };
        #[cfg(feature = "need-profile")]
        if self.period > 0 {
            head.push_str(if fr { ", période " } else { ", period " });
            head.push_str(&crate::decimal_text::write_decimal(Decimal::from(
                self.period,
            )));
        }
        #[cfg(feature = "options")]
        if self.option > 0 {
            head.push_str(", option ");
            head.push_str(&crate::decimal_text::write_decimal(Decimal::from(
                self.option,
            )));
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
                let what = match expected {
                    Expected::Number => lang.pick(
                        "un nombre (par exemple 85000 ou 1.5)",
                        "a number (for example 85000 or 1.5)",
                    ),
                    Expected::WholeNumber => lang.pick(
                        "un nombre entier",
                        "a whole number",
                    ),
                    Expected::Boolean => lang.pick(
                        "true ou false",
                        "true or false",
                    ),
                    Expected::Date => lang.pick(
                        "une date AAAA-MM-JJ",
                        "a date YYYY-MM-DD",
                    ),
                    Expected::Role => lang.pick(
                        "daf, dsi, drh ou marketing",
                        "daf, dsi, drh or marketing",
                    ),
                    Expected::Lang => lang.pick(
                        "fr ou en",
                        "fr or en",
                    ),
                    Expected::Location => lang.pick(
                        "paris, ile-de-france, large-city ou elsewhere",
                        "paris, ile-de-france, large-city or elsewhere",
                    ),
                    #[cfg(feature = "options")]
                    Expected::Options => lang.pick(
                        "une liste d'options séparées par des virgules, par exemple shared-time:950x2,freelance (full-time-hire, part-time-hire, shared-time, freelance, portage, interim-manager, employer-group)",
                        "a list of options separated by commas, for example shared-time:950x2,freelance (full-time-hire, part-time-hire, shared-time, freelance, portage, interim-manager, employer-group)",
                    ),
                    Expected::DefaultsVersion => lang.pick(
                        "une version publiée des hypothèses\u{a0}: ",
                        "a published version of the defaults: ",
                    ),
                    #[cfg(feature = "need-profile")]
                    Expected::NeedProfile => lang.pick(
                        "une suite de périodes mois x jours par semaine, par exemple 6x2,18x0.5",
                        "a list of periods months x days a week, for example 6x2,18x0.5",
                    ),
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

/// The human label of a field, by its JSON name (`grossAnnual`: "gross
/// annual salary"), as messages name it: an assumption's own label for the
/// fields it has, "value" for a name it does not know.
///
/// ```
/// use hire_or_share::{field_label, Lang};
///
/// assert_eq!(field_label("grossAnnual", Lang::En), "gross annual salary");
/// ```
#[must_use]
pub fn field_label(field: &str, lang: Lang) -> &'static str {
    let (fr, en) = match field {
        "grossAnnual" => tr("salaire brut annuel", "gross annual salary"),
        "headcount" => tr("effectif de l'entreprise", "company headcount"),
        "cadre" => tr("statut cadre", "executive (cadre) status"),
        "mobilityRatePercent" => tr("taux du versement mobilité", "mobility levy rate"),
        "atMpRatePercent" => tr("taux AT/MP", "work-accident (AT/MP) rate"),
        "location" => tr("lieu de l'entreprise", "where the company is"),
        "recruitmentGuarantee" => tr(
            "garantie du cabinet de recrutement",
            "recruitment firm's guarantee",
        ),
        "ruptureConventionnelle" => tr(
            "départ par rupture conventionnelle",
            "exit by rupture conventionnelle",
        ),
        "salaryTax" => tr(
            "taxe sur les salaires",
            "payroll tax (taxe sur les salaires)",
        ),
        "salaryTaxAllowance" => tr(
            "abattement des associations restant sur la taxe sur les salaires",
            "non-profit allowance left on the payroll tax",
        ),
        "atMpSupportFunction" => tr(
            "taux AT/MP «\u{a0}fonctions support\u{a0}»",
            "AT/MP support-function rate",
        ),
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
        "lang" => tr("langue", "language"),
        "input" => tr("saisie", "input"),
        "scenarios" => tr("nombre de métiers", "number of roles"),
        "needProfile" => tr("besoin qui varie", "need that varies"),
        #[cfg(not(feature = "options"))]
        "options" => tr("options", "options"),
        #[cfg(feature = "options")]
        "options" => tr(
            "options comparées (full-time-hire, part-time-hire, shared-time, freelance, portage, interim-manager, employer-group, séparées par des virgules)",
            "options compared (full-time-hire, part-time-hire, shared-time, freelance, portage, interim-manager, employer-group, separated by commas)",
        ),
        #[cfg(feature = "options")]
        "freelanceDayRate" => tr(
            "tarif journalier HT d'un indépendant",
            "freelance's day rate excluding VAT",
        ),
        #[cfg(feature = "options")]
        "portageDayRate" => tr(
            "tarif journalier HT en portage salarial",
            "portage day rate excluding VAT",
        ),
        #[cfg(feature = "options")]
        "interimManagerDayRate" => tr(
            "tarif journalier HT d'un manager de transition",
            "interim manager's day rate excluding VAT",
        ),
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

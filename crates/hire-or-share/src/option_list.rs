//! The ways to fill the need that a comparison costs, as data: the kinds of
//! option, one option (a kind and its own parameters), the list of them, its
//! text form (`shared-time:950x2,freelance`), its JSON form and its checks.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::decimal_text::{read_decimal, write_decimal};
use crate::defaults::{MAX_DAY_RATE, MIN_DAY_RATE};
use crate::error::{Error, Expected, Unit, check};

/// A kind of option: a way to fill the need. Each kind's cost model is one
/// file of the core's model (`model/kinds/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum OptionKind {
    /// A full-time permanent hire (*CDI à temps plein*): the reference every
    /// other option's break-even is measured against.
    FullTimeHire,
    /// A part-time permanent hire at the need (*CDI à temps partiel*).
    PartTimeHire,
    /// A shared-time expert placed by a firm, billed by the day (*temps partagé*).
    SharedTime,
    /// An independent consultant billed by the day (*freelance*, *indépendant*).
    Freelance,
    /// A consultant employed by a portage company, which bills the day rate
    /// (*portage salarial*, Code du travail L1254-1 and following).
    Portage,
    /// An interim manager, usually full time for a few months
    /// (*management de transition*).
    InterimManager,
    /// A share of an expert employed by an employer group, billed at cost
    /// plus a fee (*groupement d'employeurs*, Code du travail L1253-1).
    EmployerGroup,
}

impl OptionKind {
    /// Every kind, in the order a comparison lists them by default.
    pub const ALL: [OptionKind; 7] = [
        OptionKind::FullTimeHire,
        OptionKind::PartTimeHire,
        OptionKind::SharedTime,
        OptionKind::Freelance,
        OptionKind::Portage,
        OptionKind::InterimManager,
        OptionKind::EmployerGroup,
    ];

    /// The kinds a comparison costs when it is given none: today's three.
    pub const DEFAULT: [OptionKind; 3] = [
        OptionKind::FullTimeHire,
        OptionKind::PartTimeHire,
        OptionKind::SharedTime,
    ];

    /// The kind's key in text forms (CLI, element attribute, share links):
    /// `shared-time`, `interim-manager`.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            OptionKind::FullTimeHire => "full-time-hire",
            OptionKind::PartTimeHire => "part-time-hire",
            OptionKind::SharedTime => "shared-time",
            OptionKind::Freelance => "freelance",
            OptionKind::Portage => "portage",
            OptionKind::InterimManager => "interim-manager",
            OptionKind::EmployerGroup => "employer-group",
        }
    }

    /// The kind by its key, or its JSON name (`interimManager`).
    #[must_use]
    pub fn from_key(key: &str) -> Option<OptionKind> {
        let key = key.trim_ascii();
        Self::ALL
            .into_iter()
            .find(|k| k.key() == key || k.json() == key)
    }

    /// The kind's name in JSON: `sharedTime`.
    #[must_use]
    pub const fn json(self) -> &'static str {
        match self {
            OptionKind::FullTimeHire => "fullTimeHire",
            OptionKind::PartTimeHire => "partTimeHire",
            OptionKind::SharedTime => "sharedTime",
            OptionKind::Freelance => "freelance",
            OptionKind::Portage => "portage",
            OptionKind::InterimManager => "interimManager",
            OptionKind::EmployerGroup => "employerGroup",
        }
    }

    /// Whether an option of this kind is billed by the day, at a day rate
    /// of its own (`dayRate` in its parameters).
    #[must_use]
    pub const fn has_day_rate(self) -> bool {
        matches!(
            self,
            OptionKind::SharedTime
                | OptionKind::Freelance
                | OptionKind::Portage
                | OptionKind::InterimManager
        )
    }

    /// Whether an option of this kind is a recruit of the company's own.
    #[must_use]
    pub const fn is_hire(self) -> bool {
        matches!(self, OptionKind::FullTimeHire | OptionKind::PartTimeHire)
    }
}

/// The kind's key, `interim-manager`.
impl fmt::Display for OptionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Reads a kind's key (`interim-manager`) or JSON name (`interimManager`).
impl FromStr for OptionKind {
    type Err = Error;
    fn from_str(text: &str) -> Result<Self, Error> {
        Self::from_key(text).ok_or_else(|| Error::unparsable("options", text, Expected::Options))
    }
}

/// One option of a comparison: a kind, and what differs from the
/// scenario's defaults for it. Two options of one kind stand side by side:
/// two shared-time offers, 950 € × 2 days against 1 100 € × 1.5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OptionSpec {
    /// The kind of option.
    pub kind: OptionKind,
    /// Its day rate excluding VAT, for a kind billed by the day; `None` for
    /// the kind's default (the scenario's `dayRate`, `freelanceDayRate`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_rate: Option<Decimal>,
    /// The days a week it covers; `None` for the need
    /// ([`Scenario::days_per_week`](crate::Scenario::days_per_week)).
    /// Not for a full-time hire, which works five.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_per_week: Option<Decimal>,
}

impl OptionSpec {
    /// An option of `kind` with every parameter at its default.
    #[must_use]
    pub const fn of(kind: OptionKind) -> Self {
        Self {
            kind,
            day_rate: None,
            days_per_week: None,
        }
    }

    /// Checks the option's own parameters, by their JSON names, with the
    /// option's place in the list (from 1) in the error.
    fn validate(&self, place: u32) -> Result<(), Error> {
        let in_place = |e: Error| e.in_option(place);
        if let Some(rate) = self.day_rate {
            if !self.kind.has_day_rate() {
                return Err(Error::unknown_field("dayRate").in_option(place));
            }
            check("dayRate", rate, MIN_DAY_RATE, MAX_DAY_RATE, Unit::Euro).map_err(in_place)?;
        }
        if let Some(days) = self.days_per_week {
            if self.kind == OptionKind::FullTimeHire {
                return Err(Error::unknown_field("daysPerWeek").in_option(place));
            }
            check("daysPerWeek", days, dec!(0.5), dec!(5), Unit::DaysPerWeek).map_err(in_place)?;
            if !crate::arith::is_half_days(days) {
                return Err(in_place(Error::not_a_multiple(
                    "daysPerWeek",
                    days,
                    dec!(0.5),
                    Unit::DaysPerWeek,
                )));
            }
        }
        Ok(())
    }

    /// The text form: `shared-time`, `shared-time:950`, `shared-time:950x2`,
    /// `part-time-hire:x2`.
    fn text(&self) -> String {
        let mut out = self.kind.key().to_owned();
        if self.day_rate.is_some() || self.days_per_week.is_some() {
            out.push(':');
            if let Some(rate) = self.day_rate {
                out.push_str(&write_decimal(rate.normalize()));
            }
            if let Some(days) = self.days_per_week {
                out.push('x');
                out.push_str(&write_decimal(days.normalize()));
            }
        }
        out
    }

    /// Reads the text form of one option.
    fn parse(text: &str) -> Option<Self> {
        let (kind, params) = match text.split_once(':') {
            Some((kind, params)) => (kind, Some(params)),
            None => (text, None),
        };
        let mut spec = Self::of(OptionKind::from_key(kind)?);
        if let Some(params) = params {
            let (rate, days) = match params.split_once(['x', 'X']) {
                Some((rate, days)) => (rate.trim_ascii(), Some(days.trim_ascii())),
                None => (params.trim_ascii(), None),
            };
            if !rate.is_empty() {
                spec.day_rate = Some(read_decimal(rate)?);
            }
            if let Some(days) = days {
                spec.days_per_week = Some(read_decimal(days)?);
            }
            if spec.day_rate.is_none() && spec.days_per_week.is_none() {
                return None;
            }
        }
        Some(spec)
    }
}

/// The options of a comparison, in the order they are shown: 1 to
/// [`OptionList::MAX_OPTIONS`]. A scenario without one compares today's
/// three ([`OptionKind::DEFAULT`]).
///
/// Its text form is the options' keys separated by commas, each with its
/// day rate and days a week where they differ from the defaults, as the
/// element's `options` attribute and share links write it:
///
/// ```
/// use hire_or_share::{OptionKind, OptionList};
/// use rust_decimal_macros::dec;
///
/// let list: OptionList = "full-time-hire,shared-time:950x2,shared-time:1100x1.5,freelance".parse()?;
/// assert_eq!(list.len(), 4);
/// assert_eq!(list.options()[1].kind, OptionKind::SharedTime);
/// assert_eq!(list.options()[2].day_rate, Some(dec!(1100)));
/// assert_eq!(list.options()[2].days_per_week, Some(dec!(1.5)));
/// assert_eq!(list.to_string(), "full-time-hire,shared-time:950x2,shared-time:1100x1.5,freelance");
/// # Ok::<(), hire_or_share::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct OptionList {
    len: u8,
    options: [OptionSpec; OptionList::MAX_OPTIONS],
}

impl OptionList {
    /// The most options a comparison shows side by side.
    pub const MAX_OPTIONS: usize = 8;

    /// A list of `options`, in order.
    ///
    /// # Errors
    ///
    /// On `options` when there are none or more than [`OptionList::MAX_OPTIONS`].
    pub fn new(options: &[OptionSpec]) -> Result<Self, Error> {
        if options.is_empty() || options.len() > Self::MAX_OPTIONS {
            return Err(Error::out_of_range(
                "options",
                Decimal::from(options.len() as u64),
                Decimal::ONE,
                Decimal::from(Self::MAX_OPTIONS as u64),
                Unit::Count,
            ));
        }
        let mut list = Self {
            len: options.len() as u8,
            options: [OptionSpec::of(OptionKind::FullTimeHire); Self::MAX_OPTIONS],
        };
        list.options[..options.len()].copy_from_slice(options);
        Ok(list)
    }

    /// Today's three with their defaults: the full-time hire, the
    /// part-time hire and shared time.
    #[must_use]
    pub fn default_three() -> Self {
        let specs = OptionKind::DEFAULT.map(OptionSpec::of);
        Self::new(&specs).unwrap_or_else(|_| unreachable!("three options"))
    }

    /// The options, in order.
    #[must_use]
    pub fn options(&self) -> &[OptionSpec] {
        &self.options[..usize::from(self.len)]
    }

    /// How many options.
    #[must_use]
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Never true: a list has at least one option.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Checks each option's parameters.
    ///
    /// # Errors
    ///
    /// The first option whose day rate or days a week is out of range, the
    /// field named and the option's place in [`Error::period`].
    pub fn validate(&self) -> Result<(), Error> {
        for (i, spec) in self.options().iter().enumerate() {
            spec.validate(i as u32 + 1)?;
        }
        Ok(())
    }

    /// The text form (`shared-time:950x2,freelance`).
    pub(crate) fn text(&self) -> String {
        let texts: Vec<String> = self.options().iter().map(OptionSpec::text).collect();
        texts.join(",")
    }
}

impl fmt::Debug for OptionList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.options()).finish()
    }
}

/// The text form: what [`OptionList::from_str`] reads.
impl fmt::Display for OptionList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// Reads the text form: option keys separated by commas, each optionally
/// followed by `:rate`, `:ratexdays` or `:xdays`.
impl FromStr for OptionList {
    type Err = Error;
    fn from_str(text: &str) -> Result<Self, Error> {
        let mut specs = Vec::new();
        let several = text.contains(',');
        for (i, part) in text.split(',').enumerate() {
            let spec = OptionSpec::parse(part.trim_ascii()).ok_or_else(|| {
                let e = Error::unparsable("options", text, Expected::Options);
                if several {
                    e.in_option(i as u32 + 1)
                } else {
                    e
                }
            })?;
            specs.push(spec);
        }
        Self::new(&specs)
    }
}

impl Serialize for OptionList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.options().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for OptionList {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let specs = Vec::<OptionSpec>::deserialize(deserializer)?;
        Self::new(&specs).map_err(|e| serde::de::Error::custom(e.message(crate::Lang::En)))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for OptionList {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OptionList".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = generator.subschema_for::<Vec<OptionSpec>>();
        schema.insert("minItems".into(), 1.into());
        schema.insert("maxItems".into(), OptionList::MAX_OPTIONS.into());
        schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_form_round_trips() {
        for text in [
            "shared-time",
            "full-time-hire,part-time-hire,shared-time",
            "shared-time:950x2,shared-time:1100x1.5",
            "part-time-hire:x2,employer-group:x1.5,interim-manager:1300",
        ] {
            let list: OptionList = text.parse().unwrap();
            assert_eq!(list.to_string(), text);
        }
        let list: OptionList = " sharedTime : 950 X 2 , interimManager".parse().unwrap();
        assert_eq!(list.to_string(), "shared-time:950x2,interim-manager");
    }

    #[test]
    fn malformed_text_names_the_field_and_the_place() {
        for text in [
            "",
            "robot",
            "shared-time:",
            "shared-time:cheap",
            "freelance,x",
        ] {
            let err = text.parse::<OptionList>().unwrap_err();
            assert_eq!(err.field(), "options", "{text}");
        }
        let err = "freelance,robot".parse::<OptionList>().unwrap_err();
        assert_eq!(err.option(), Some(2));
        let nine = ["freelance"; 9].join(",");
        assert_eq!(nine.parse::<OptionList>().unwrap_err().field(), "options");
    }

    #[test]
    fn parameters_are_checked_for_their_kind() {
        let list: OptionList = "shared-time:950x2,freelance:50".parse().unwrap();
        let err = list.validate().unwrap_err();
        assert_eq!((err.field(), err.option()), ("dayRate", Some(2)));
        // A parameter the kind does not take is an unknown field of that option.
        let list: OptionList = "freelance,employer-group:900".parse().unwrap();
        let err = list.validate().unwrap_err();
        assert_eq!(err.option(), Some(2));
        assert!(
            err.message(crate::Lang::En).contains("\"dayRate\""),
            "{err}"
        );
        let list: OptionList = "full-time-hire:x2".parse().unwrap();
        let err = list.validate().unwrap_err();
        assert!(
            err.message(crate::Lang::En).contains("\"daysPerWeek\""),
            "{err}"
        );
        let list: OptionList = "shared-time:x1.3".parse().unwrap();
        assert_eq!(list.validate().unwrap_err().field(), "daysPerWeek");
    }

    #[test]
    fn the_json_form_is_an_array_of_kinds() {
        let list: OptionList = serde_json::from_str(
            r#"[{ "kind": "fullTimeHire" }, { "kind": "sharedTime", "dayRate": "950", "daysPerWeek": "2" }]"#,
        )
        .unwrap();
        assert_eq!(list.to_string(), "full-time-hire,shared-time:950x2");
        let back = serde_json::to_string(&list).unwrap();
        assert_eq!(
            back,
            r#"[{"kind":"fullTimeHire"},{"kind":"sharedTime","dayRate":"950","daysPerWeek":"2"}]"#
        );
        assert!(serde_json::from_str::<OptionList>("[]").is_err());
        assert!(serde_json::from_str::<OptionList>(r#"[{ "kind": "robot" }]"#).is_err());
        assert!(
            serde_json::from_str::<OptionList>(r#"[{ "kind": "freelance", "fee": "1" }]"#).is_err()
        );
    }
}

//! A need that changes over time: the need profile, its periods, its text
//! form (`6x2,18x0.5`), its JSON form and its checks.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::decimal_text::write_decimal;
use crate::error::{Error, Expected, Unit, check};

/// One period of a [`NeedProfile`]: a number of whole months at a need in
/// days a week (0 to 5 by half days; 0 is no need in that period).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NeedPeriod {
    /// Whole months (1 to 60).
    pub months: u32,
    /// The need in days a week during those months (0 to 5, by half days).
    pub days_per_week: Decimal,
}

/// A need that changes over time (*un besoin qui varie*): consecutive
/// periods, each a number of months at a need in days a week, 1 to
/// [`NeedProfile::MAX_PERIODS`] periods and 1 to [`NeedProfile::MAX_MONTHS`]
/// months in all. With one, [`compare`](fn@crate::compare) costs each option
/// over the profile ([`Comparison::need_profile`](crate::Comparison::need_profile)).
///
/// Its text form is the periods as `months x days`, separated by commas,
/// as the CLI's `--need` and share links write it:
///
/// ```
/// use hire_or_share::NeedProfile;
/// use rust_decimal_macros::dec;
///
/// // A 6-month project at 2 days a week, then half a day for 18 months.
/// let profile: NeedProfile = "6x2,18x0.5".parse()?;
/// assert_eq!(profile.months(), 24);
/// assert_eq!(profile.peak_days_per_week(), dec!(2));
/// assert_eq!(profile.periods()[1].days_per_week, dec!(0.5));
/// assert_eq!(profile.to_string(), "6x2,18x0.5");
///
/// let err = "6x2,0x1".parse::<NeedProfile>()?.validate().unwrap_err();
/// assert_eq!(err.field(), "needProfile");
/// assert_eq!(err.period(), Some(2));
/// # Ok::<(), hire_or_share::Error>(())
/// ```
///
/// Built from text or JSON, a profile is checked only for its form (at most
/// [`NeedProfile::MAX_PERIODS`] periods, each `months x days`);
/// [`NeedProfile::validate`] (which [`Scenario::validate`](crate::Scenario::validate)
/// calls) checks the ranges.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct NeedProfile {
    len: u8,
    periods: [NeedPeriod; NeedProfile::MAX_PERIODS],
}

impl NeedProfile {
    /// The most periods a profile has.
    pub const MAX_PERIODS: usize = 24;
    /// The most months a profile (and each of its periods) covers.
    pub const MAX_MONTHS: u32 = 60;

    /// A profile of `periods`, in order. Checks only their number; see
    /// [`NeedProfile::validate`] for the ranges.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange) on
    /// `needProfile` for more than [`NeedProfile::MAX_PERIODS`] periods.
    pub fn new(periods: &[NeedPeriod]) -> Result<Self, Error> {
        let mut profile = Self {
            len: 0,
            periods: [NeedPeriod::default(); Self::MAX_PERIODS],
        };
        if periods.len() > Self::MAX_PERIODS {
            return Err(too_many(periods.len()));
        }
        profile.periods[..periods.len()].copy_from_slice(periods);
        profile.len = periods.len() as u8;
        Ok(profile)
    }

    /// The periods, in order.
    #[must_use]
    pub fn periods(&self) -> &[NeedPeriod] {
        &self.periods[..usize::from(self.len)]
    }

    /// The months the profile covers (the sum of its periods').
    #[must_use]
    pub fn months(&self) -> u32 {
        self.periods()
            .iter()
            .fold(0u32, |sum, p| sum.saturating_add(p.months))
    }

    /// The largest need of any period, in days a week.
    #[must_use]
    pub fn peak_days_per_week(&self) -> Decimal {
        self.periods()
            .iter()
            .map(|p| p.days_per_week)
            .max()
            .unwrap_or_default()
    }

    /// Checks the profile's ranges: 1 to [`NeedProfile::MAX_PERIODS`]
    /// periods; each of 1 to 60 months and 0 to 5 days a week by half days;
    /// 1 to 60 months in all; a need in at least one period.
    ///
    /// # Errors
    ///
    /// An [`Error`] on `needProfile`, with the period's number
    /// ([`Error::period`]) when it is about one period, and the allowed range.
    pub fn validate(&self) -> Result<(), Error> {
        let count = self.periods().len();
        if count == 0 {
            return Err(too_many(0));
        }
        for (i, p) in self.periods().iter().enumerate() {
            let n = i as u32 + 1;
            let max_months = Decimal::from(Self::MAX_MONTHS);
            check(
                "needProfile",
                Decimal::from(p.months),
                Decimal::ONE,
                max_months,
                Unit::Months,
            )
            .and_then(|()| {
                check(
                    "needProfile",
                    p.days_per_week,
                    Decimal::ZERO,
                    dec!(5),
                    Unit::DaysPerWeek,
                )
            })
            .map_err(|e| e.in_period(n))?;
            if !crate::arith::is_half_days(p.days_per_week) {
                return Err(Error::not_a_multiple(
                    "needProfile",
                    p.days_per_week,
                    dec!(0.5),
                    Unit::DaysPerWeek,
                )
                .in_period(n));
            }
        }
        check(
            "needProfile",
            Decimal::from(self.months()),
            Decimal::ONE,
            Decimal::from(Self::MAX_MONTHS),
            Unit::Months,
        )?;
        if self.peak_days_per_week().is_zero() {
            return Err(Error::no_need("needProfile"));
        }
        Ok(())
    }
}

/// More periods than a profile holds (or none).
fn too_many(count: usize) -> Error {
    Error::out_of_range(
        "needProfile",
        Decimal::from(count),
        Decimal::ONE,
        Decimal::from(NeedProfile::MAX_PERIODS),
        Unit::Periods,
    )
}

impl fmt::Debug for NeedProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.periods()).finish()
    }
}

impl NeedProfile {
    /// The text form, `6x2,18x0.5`, written digit by digit (as every number
    /// the element shows: no formatting machinery in its download).
    pub(crate) fn text(&self) -> String {
        let mut out = String::new();
        for p in self.periods() {
            if !out.is_empty() {
                out.push(',');
            }
            out.push_str(&write_decimal(Decimal::from(p.months)));
            out.push('x');
            out.push_str(&write_decimal(p.days_per_week.normalize()));
        }
        out
    }
}

/// The text form, `6x2,18x0.5`: what [`NeedProfile::from_str`] reads.
impl fmt::Display for NeedProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// Reads the text form: periods `months x days` separated by commas
/// (`6x2,18x0.5`; spaces around each part are allowed, `X` too).
impl FromStr for NeedProfile {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        let unparsable = || Error::unparsable("needProfile", text, Expected::NeedProfile);
        let mut periods = Vec::new();
        // The error names the period that does not read (from 1), where
        // there are several.
        let several = text.contains(',');
        for (i, part) in text.split(',').enumerate() {
            let unparsable = || {
                let e = unparsable();
                if several {
                    e.in_period(i as u32 + 1)
                } else {
                    e
                }
            };
            let (months, days) = part.split_once(['x', 'X']).ok_or_else(unparsable)?;
            let months = months.trim_ascii().parse().map_err(|_| unparsable())?;
            let days =
                crate::decimal_text::read_decimal(days.trim_ascii()).ok_or_else(unparsable)?;
            periods.push(NeedPeriod {
                months,
                days_per_week: days,
            });
        }
        Self::new(&periods)
    }
}

impl Serialize for NeedProfile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.periods().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for NeedProfile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let periods = Vec::<NeedPeriod>::deserialize(deserializer)?;
        Self::new(&periods).map_err(|e| serde::de::Error::custom(e.message(crate::Lang::En)))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for NeedProfile {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NeedProfile".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = generator.subschema_for::<Vec<NeedPeriod>>();
        schema.insert("minItems".into(), 1.into());
        schema.insert("maxItems".into(), NeedProfile::MAX_PERIODS.into());
        schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorKind, Lang};

    fn profile(text: &str) -> NeedProfile {
        text.parse().unwrap()
    }

    #[test]
    fn the_text_form_round_trips() {
        let p = profile(" 6 x 2 , 18X0.50");
        assert_eq!(
            p.periods(),
            &[
                NeedPeriod {
                    months: 6,
                    days_per_week: dec!(2)
                },
                NeedPeriod {
                    months: 18,
                    days_per_week: dec!(0.5)
                }
            ]
        );
        assert_eq!(p.to_string(), "6x2,18x0.5");
        assert_eq!(profile(&p.to_string()), p);
    }

    #[test]
    fn malformed_text_names_the_field() {
        for text in [
            "", "6", "6x", "x2", "6x2,", "6x2;18x1", "-1x2", "6x1e1", "6x2x3",
        ] {
            let err = text.parse::<NeedProfile>().unwrap_err();
            assert_eq!(err.field(), "needProfile", "{text}");
            assert!(
                matches!(err.kind(), ErrorKind::Unparsable { .. }),
                "{text}: {err}"
            );
        }
        // Of several periods, the one that does not read is named, as a
        // range error's is; one period alone is not numbered.
        for (text, period) in [("6x2,", 2), ("6x2,18x1,abcx1", 3), ("x,6x1", 1)] {
            let err = text.parse::<NeedProfile>().unwrap_err();
            assert_eq!(err.period(), Some(period), "{text}");
            assert!(
                err.message(Lang::En).contains(&format!("period {period}")),
                "{err}"
            );
        }
        for text in ["6", "abc", "6x2;18x1"] {
            assert_eq!(
                text.parse::<NeedProfile>().unwrap_err().period(),
                None,
                "{text}"
            );
        }
        let err = vec!["1x1"; 25]
            .join(",")
            .parse::<NeedProfile>()
            .unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::OutOfRange { .. }), "{err}");
        assert!(err.to_string().contains("24"), "{err}");
    }

    #[test]
    fn ranges_name_the_period() {
        let cases = [
            ("6x2,0x1", Some(2), "0 months"),
            ("6x2,61x1", Some(2), "61 months"),
            ("6x5.5", Some(1), "5.5 days/week"),
            ("6x-0.5", Some(1), "-0.5 days/week"),
            ("6x2,3x1,4x1.25", Some(3), "multiple of 0.5"),
            ("30x2,31x1", None, "61 months"),
            ("6x0,6x0", None, "no period has a need"),
        ];
        for (text, period, words) in cases {
            let err = profile(text).validate().unwrap_err();
            assert_eq!(err.field(), "needProfile", "{text}");
            assert_eq!(err.period(), period, "{text}");
            let message = err.to_string().replace('\u{a0}', " ");
            assert!(message.contains(words), "{text}: {message}");
            assert!(message.contains("needProfile"), "{text}: {message}");
        }
        assert_eq!(
            NeedProfile::new(&[])
                .unwrap()
                .validate()
                .unwrap_err()
                .to_string(),
            "need that varies (needProfile): 0 periods is not between 1 period and 24 periods"
        );
        profile("60x0.5").validate().unwrap();
        profile(&vec!["2x1"; 24].join(",")).validate().unwrap();
    }

    #[test]
    fn json_is_an_array_of_periods() {
        let p: NeedProfile = serde_json::from_str(
            r#"[{"months": 6, "daysPerWeek": "2"}, {"months": 18, "daysPerWeek": 0.5}]"#,
        )
        .unwrap();
        assert_eq!(p, profile("6x2,18x0.5"));
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"[{"months":6,"daysPerWeek":"2"},{"months":18,"daysPerWeek":"0.5"}]"#
        );
        assert!(serde_json::from_str::<NeedProfile>(r#"[{"months": 6}]"#).is_err());
        assert!(
            serde_json::from_str::<NeedProfile>(r#"[{"months": 6, "daysPerWeek": "2", "x": 1}]"#)
                .is_err()
        );
    }
}

//! A calendar date (`2026-07-01`), all that the legal periods need.
//!
//! The crate used `jiff` before; its time-zone machinery made up a third of
//! the widget's download for a type that only needs to be compared, parsed
//! and printed.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lang::Lang;

/// A date of the proleptic Gregorian calendar, years 1 to 9999.
///
/// ```
/// use hire_or_share::{Date, date};
///
/// let d: Date = "2026-07-01".parse()?;
/// assert_eq!(d, date(2026, 7, 1));
/// assert_eq!(d.to_string(), "2026-07-01");
/// assert!("2026-02-30".parse::<Date>().is_err());
/// # Ok::<(), hire_or_share::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// A date that does not exist or is not written `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid date \"{}\": expected an existing date written YYYY-MM-DD",
            self.0
        )
    }
}

impl std::error::Error for DateError {}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The date `year-month-day`.
///
/// # Panics
///
/// When the date does not exist (like `jiff::civil::date`); use
/// [`Date::new`] for dates that come from users.
#[must_use]
pub const fn date(year: u16, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(d) => d,
        None => panic!("invalid date"),
    }
}

impl Date {
    /// The date `year-month-day`, if it exists (years 1 to 9999).
    #[must_use]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0
            || year > 9999
            || month == 0
            || month > 12
            || day == 0
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The next day, if any (none after 9999-12-31).
    #[must_use]
    pub const fn tomorrow(self) -> Option<Date> {
        if self.day < days_in_month(self.year, self.month) {
            Some(Date {
                day: self.day + 1,
                ..self
            })
        } else if self.month < 12 {
            Some(Date {
                month: self.month + 1,
                day: 1,
                ..self
            })
        } else {
            Date::new(self.year + 1, 1, 1)
        }
    }
}

impl Date {
    /// `YYYY-MM-DD`, as `Display` writes it.
    ///
    /// ```
    /// assert_eq!(hire_or_share::date(2026, 6, 1).iso(), "2026-06-01");
    /// ```
    #[must_use]
    pub fn iso(self) -> String {
        self.to_string()
    }
}

impl Date {
    /// The date in words, as a sentence of `lang` writes it: « 1er juin
    /// 2026 », "1 June 2026".
    ///
    /// ```
    /// use hire_or_share::{Lang, date};
    ///
    /// assert_eq!(date(2026, 6, 1).words(Lang::Fr), "1er juin 2026");
    /// assert_eq!(date(2026, 1, 15).words(Lang::En), "15 January 2026");
    /// ```
    #[must_use]
    pub fn words(self, lang: Lang) -> String {
        const FR: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = usize::from(self.month - 1);
        let name = lang.pick(FR[month], EN[month]);
        // French writes the first of the month as an ordinal.
        let first = if self.day == 1 {
            lang.pick("er", "")
        } else {
            ""
        };
        // Every number of a date is written as a `u32`: one integer `Display`
        // in the element's download, not one for `u8` and one for `u16`.
        format!(
            "{}{first} {name} {}",
            u32::from(self.day),
            u32::from(self.year)
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As `u32`s, as in `words`.
        write!(
            f,
            "{:04}-{:02}-{:02}",
            u32::from(self.year),
            u32::from(self.month),
            u32::from(self.day)
        )
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        let err = || DateError(crate::lang::head(text, 40).to_owned());
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let number = |range: core::ops::Range<usize>| -> Option<u16> {
            b[range].iter().try_fold(0u16, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
            })
        };
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        match (year, month, day) {
            (Some(y), Some(m), Some(d)) => Date::new(
                y,
                u8::try_from(m).map_err(|_| err())?,
                u8::try_from(d).map_err(|_| err())?,
            )
            .ok_or_else(err),
            _ => Err(err()),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_is_the_padded_date() {
        for (y, m, d) in [
            (1, 1, 1),
            (2026, 6, 1),
            (999, 12, 31),
            (9999, 12, 31),
            (2024, 2, 29),
        ] {
            let day = date(y, m, d);
            assert_eq!(day.iso(), format!("{y:04}-{m:02}-{d:02}"));
            assert_eq!(day.to_string(), day.iso());
            assert_eq!(day.iso().parse::<Date>().unwrap(), day);
        }
    }

    #[test]
    fn parses_prints_and_orders() {
        assert_eq!("2024-02-29".parse::<Date>().unwrap(), date(2024, 2, 29));
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "",
            "2026-01-0a",
            "0000-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert_eq!(date(9, 1, 2).to_string(), "0009-01-02");
        assert!(date(2026, 5, 31) < date(2026, 6, 1));
        assert!(date(2025, 12, 31) < date(2026, 1, 1));
        assert_eq!(date(2026, 5, 31).tomorrow(), Some(date(2026, 6, 1)));
        assert_eq!(date(2026, 12, 31).tomorrow(), Some(date(2027, 1, 1)));
        assert_eq!(date(2028, 2, 28).tomorrow(), Some(date(2028, 2, 29)));
        assert_eq!(date(9999, 12, 31).tomorrow(), None);
    }

    #[test]
    fn serializes_as_a_string() {
        let json = serde_json::to_string(&date(2026, 7, 1)).unwrap();
        assert_eq!(json, "\"2026-07-01\"");
        assert_eq!(
            serde_json::from_str::<Date>(&json).unwrap(),
            date(2026, 7, 1)
        );
        assert!(serde_json::from_str::<Date>("20260701").is_err());
    }
}

//! Today's date, for the rules in force when a scenario gives no date: the
//! system clock's (UTC), or `HIRE_OR_SHARE_TODAY` (YYYY-MM-DD), which tests
//! set so that none depends on the real clock; a bad one is bad input.

use std::time::{SystemTime, UNIX_EPOCH};

use hire_or_share::Date;

use crate::failure::Failure;

/// The variable that sets today's date.
pub const TODAY_VAR: &str = "HIRE_OR_SHARE_TODAY";

/// Today: `HIRE_OR_SHARE_TODAY` if set, else the clock's date in UTC.
///
/// # Errors
///
/// The variable's text when it is not a date.
pub fn today() -> Result<Date, String> {
    if let Ok(text) = std::env::var(TODAY_VAR) {
        return text.parse().map_err(|e| format!("{TODAY_VAR}: {e}"));
    }
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Ok(civil_from_days(
        i64::try_from(seconds / 86_400).unwrap_or(0),
    ))
}

/// [`today`], a bad `HIRE_OR_SHARE_TODAY` being bad input.
///
/// # Errors
///
/// A [`Failure`] on `input` when the variable is not a date.
pub fn checked() -> Result<Date, Failure> {
    today().map_err(|message| Failure::input("input", message))
}

/// The date `days` after 1970-01-01 (H. Hinnant's `civil_from_days`: std has
/// no calendar). Years beyond 1 to 9999 are clamped to them.
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // day of the era, 0 to 146 096
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // 0 to 399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of the year from 1 March
    let mp = (5 * doy + 2) / 153; // month from March, 0 to 11
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let year = u16::try_from(year.clamp(1, 9999)).unwrap_or(9999);
    // Month and day are in range by construction.
    Date::new(
        year,
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
    .unwrap_or_else(|| hire_or_share::date(year, 1, 1))
}

#[cfg(test)]
mod tests {
    use hire_or_share::date;

    use super::civil_from_days;

    #[test]
    fn days_since_1970_are_calendar_dates() {
        assert_eq!(civil_from_days(0), date(1970, 1, 1));
        assert_eq!(civil_from_days(11_016), date(2000, 2, 29));
        assert_eq!(civil_from_days(20_818), date(2026, 12, 31));
        assert_eq!(civil_from_days(20_823), date(2027, 1, 5));
        // Every day of four years follows the one before.
        for days in 20_000..21_461 {
            assert_eq!(
                civil_from_days(days).tomorrow(),
                Some(civil_from_days(days + 1))
            );
        }
    }
}

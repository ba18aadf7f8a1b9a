//! Share links: a scenario in a URL query, short and readable, versioned so
//! that old links keep working.
//!
//! Only the values that differ from the role's defaults are written, with
//! the attribute names of the widget (`gross-annual=90000`). Reading a link
//! applies what it can and reports each parameter it ignores, one by one: a
//! tampered link never fails as a whole and never yields a silent default.
//!
//! A *pinned* link, the one a proposal carries, also names what its figures
//! depend on: the version of the defaults its values differ from
//! (`defaults=2026-11`) and the first day of its rules (`date=2026-06-01`).
//! Opened after a new period or a new version of the defaults, it gives the
//! same figures to the cent, and [`Scenario::updated`] gives today's.

use crate::date::Date;
use crate::defaults::{Defaults, DefaultsVersion};
use crate::{Error, Lang, Scenario};

/// The version of the link format, written as `v=1`.
pub const LINK_VERSION: &str = "1";

/// A parameter of a link that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter's name as it appeared (at most 40 characters).
    pub name: String,
    /// Why, in the requested language.
    pub message: String,
}

/// kebab-case of a camelCase field name: `grossAnnual` → `gross-annual`.
#[must_use]
pub fn kebab(field: &str) -> String {
    let mut out = String::with_capacity(field.len() + 4);
    for c in field.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// camelCase of a kebab-case name: `gross-annual` → `grossAnnual`.
#[must_use]
pub fn camel(kebab: &str) -> String {
    let mut out = String::with_capacity(kebab.len());
    let mut upper = false;
    for c in kebab.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Decodes `%XX` and `+` in a query component; `None` if malformed or not UTF-8.
fn decode(component: &str) -> Option<String> {
    let bytes = component.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = component.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Encodes a value for a query: our values are numbers, dates, booleans and
/// role keys, so anything else is escaped.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
            out.push(char::from(b));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

impl Scenario {
    /// The share-link query of this scenario (without `?`): the version, the
    /// role, and every field that differs from the role's defaults (of the
    /// scenario's version of the defaults, named when it is not the current
    /// one). Unpinned: with no date, it is computed with the rules of the day
    /// it is opened; see [`Scenario::to_pinned_query`].
    ///
    /// ```
    /// use hire_or_share::{Role, Scenario};
    /// use rust_decimal_macros::dec;
    ///
    /// let mut s = Scenario::preset(Role::Drh);
    /// s.gross_annual = dec!(90000);
    /// s.days_per_week = dec!(1.5);
    /// let query = s.to_query();
    /// assert_eq!(query, "v=1&role=drh&days-per-week=1.5&gross-annual=90000");
    /// let (back, ignored) = Scenario::from_query(&query, hire_or_share::Lang::En);
    /// assert_eq!(back, s);
    /// assert!(ignored.is_empty());
    /// ```
    #[must_use]
    pub fn to_query(&self) -> String {
        self.query(!self.defaults.is_current())
    }

    /// The query of a link that pins its figures, for a proposal: the
    /// scenario's version of the defaults and the first day of its rules:
    /// those of its date, or with none those in force on `today`.
    ///
    /// ```
    /// use hire_or_share::{Lang, Role, Scenario, date};
    ///
    /// let s = Scenario::preset(Role::Daf);
    /// let query = s.to_pinned_query(date(2026, 12, 3));
    /// assert_eq!(query, "v=1&role=daf&defaults=2026-12c&date=2026-06-01");
    /// let (back, ignored) = Scenario::from_query(&query, Lang::En);
    /// assert!(ignored.is_empty());
    /// assert_eq!(back.date, Some(date(2026, 6, 1)));
    /// ```
    #[must_use]
    pub fn to_pinned_query(&self, today: Date) -> String {
        let mut pinned = *self;
        let date = self
            .date
            .unwrap_or_else(|| crate::rules::date_in_force(today).0);
        // The first day of its rules; a date out of every period stays as it
        // is (and reads back as the error it is).
        pinned.date = Some(crate::rules::rules_for(Some(date)).map_or(date, |r| r.start));
        pinned.query(true)
    }

    fn query(&self, name_defaults: bool) -> String {
        let defaults = Scenario::preset_in(self.role, self.defaults);
        let mut query = ["v=", LINK_VERSION, "&role=", self.role.key()].concat();
        if name_defaults {
            query.push_str("&defaults=");
            query.push_str(self.defaults.version);
        }
        for field in Scenario::FIELDS.iter().skip(1) {
            let (Some(value), Some(default)) = (self.get(field), defaults.get(field)) else {
                continue;
            };
            if value != default {
                query.push('&');
                query.push_str(&kebab(field));
                query.push('=');
                query.push_str(&encode(&value));
            }
        }
        query
    }

    /// This scenario with today's defaults and rules: each field still at
    /// its version's default takes the current version's; what was changed
    /// stays; the date goes, so that [`Scenario::on`] gives today's rules.
    /// `None` when that is this scenario already: the current defaults, and
    /// no date or one whose rules are those in force on `today`.
    ///
    /// ```
    /// use hire_or_share::{Role, Scenario, date};
    ///
    /// let today = date(2026, 12, 3);
    /// let mut s = Scenario::preset(Role::Daf);
    /// assert_eq!(s.updated(today), None);
    /// s.date = Some(date(2026, 3, 1)); // the January rules
    /// let updated = s.updated(today).unwrap();
    /// assert_eq!(updated.date, None);
    /// s.date = Some(date(2026, 6, 1)); // today's
    /// assert_eq!(s.updated(today), None);
    /// ```
    #[must_use]
    pub fn updated(&self, today: Date) -> Option<Scenario> {
        let rules_of = |date| crate::rules::rules_for(Some(date)).ok().map(|r| r.name);
        let todays_rules = rules_of(crate::rules::date_in_force(today).0);
        let rules_current = self.date.is_none_or(|d| rules_of(d) == todays_rules);
        if self.defaults.is_current() && rules_current {
            return None;
        }
        let old = Scenario::preset_in(self.role, self.defaults);
        let mut new = Scenario::preset(self.role);
        for field in Scenario::FIELDS.iter().skip(1) {
            if matches!(*field, "defaults" | "date") {
                continue;
            }
            if let Some(value) = self.get(field)
                && Some(&value) != old.get(field).as_ref()
            {
                // A value read from a field of its own kind.
                let _ = new.set(field, &value);
            }
        }
        Some(new)
    }

    /// The scenario of a share-link query (with or without `?`): the role's
    /// preset, then each parameter in turn. Parameters that are unknown,
    /// malformed or out of range are ignored one by one and listed, with the
    /// reason in `lang`; `v` and the embedding settings (`lang`, `theme`,
    /// `locked`, `hide`) are not scenario fields and are passed over silently.
    #[must_use]
    pub fn from_query(query: &str, lang: Lang) -> (Scenario, Vec<Ignored>) {
        let mut ignored = Vec::new();
        let mut pairs = Vec::new();
        let mut query = query;
        while let Some(rest) = query.strip_prefix('?') {
            query = rest;
        }
        let mut taken = 0;
        let mut beyond = 0;
        for part in query.split('&') {
            if part.is_empty() {
                continue;
            }
            if taken == MAX_PARAMETERS {
                beyond += 1;
                continue;
            }
            taken += 1;
            let (raw_name, raw_value) = part.split_once('=').unwrap_or((part, ""));
            let shown = crate::lang::head(raw_name, 40).to_owned();
            match (decode(raw_name), decode(raw_value)) {
                (Some(name), Some(value)) => pairs.push((shown, camel(&name), value)),
                _ => ignored.push(Ignored {
                    name: shown,
                    message: malformed(lang),
                }),
            }
        }
        if beyond > 0 {
            ignored.push(Ignored {
                name: crate::decimal_text::write_decimal(rust_decimal::Decimal::from(beyond)),
                message: lang
                    .pick(
                        "paramètres au-delà des 200 premiers, non lus",
                        "parameters past the first 200, not read",
                    )
                    .to_owned(),
            });
        }
        // A parameter given twice: the last value is read, and the others
        // are listed (a link written by the calculator never repeats one).
        for (i, (shown, field, _)) in pairs.iter().enumerate() {
            let first = !pairs[..i].iter().any(|(_, f, _)| f == field);
            if first && pairs[i + 1..].iter().any(|(_, f, _)| f == field) {
                ignored.push(Ignored {
                    name: shown.clone(),
                    message: lang
                        .pick(
                            "donné plusieurs fois\u{a0}: seule la dernière valeur est lue",
                            "given more than once: only the last value is read",
                        )
                        .to_owned(),
                });
            }
        }
        // The link's format: version 1 is the only one; another is read as 1.
        if let Some((shown, _, version)) = pairs.iter().rev().find(|(_, f, _)| f == "v")
            && version.trim_ascii() != "1"
        {
            ignored.push(Ignored {
                name: shown.clone(),
                message: [
                    lang.pick("version de lien inconnue «\u{a0}", "unknown link version “"),
                    crate::lang::head(version, 40),
                    lang.pick(
                        "\u{a0}»\u{a0}: lu comme la version 1",
                        "”: read as version 1",
                    ),
                ]
                .concat(),
            });
        }
        // The last role and version of the defaults given.
        let mut role = None;
        let mut defaults = None;
        for (_, f, v) in &pairs {
            if f == "role" || f == "preset" {
                role = crate::Role::from_key(v);
            } else if f == "defaults" {
                defaults = Defaults::find(v.trim_ascii()).map(DefaultsVersion);
            }
        }
        let mut scenario = Scenario::preset_in(
            role.unwrap_or_default(),
            defaults.unwrap_or_else(DefaultsVersion::current),
        );
        // The zone next, wherever it stands: it sets values that the
        // parameters given then override.
        let (zone, rest): (Vec<_>, Vec<_>) = pairs
            .into_iter()
            .partition(|(_, field, _)| field == "location");
        for (shown, field, value) in zone.into_iter().chain(rest) {
            match field.as_str() {
                // The link's version and the embedding's settings, not scenario fields.
                "v" | "lang" | "theme" | "locked" | "hide" | "ignoreUrl" => continue,
                "role" | "preset" => {
                    if crate::Role::from_key(&value).is_none() {
                        let err = Error::unparsable("role", &value, crate::error::Expected::Role);
                        ignored.push(Ignored {
                            name: shown,
                            message: err.message(lang),
                        });
                    }
                    continue;
                }
                // Read first, as the base of the other values; an unknown
                // version is listed, and the values read against the current.
                "defaults" => {
                    if Defaults::find(value.trim_ascii()).is_none() {
                        let err = Error::unparsable(
                            "defaults",
                            &value,
                            crate::error::Expected::DefaultsVersion,
                        );
                        ignored.push(Ignored {
                            name: shown,
                            message: err.message(lang),
                        });
                    }
                    continue;
                }
                _ => {}
            }
            let before = scenario;
            let result = scenario
                .set(&field, &value)
                .and_then(|()| scenario.validate().map(|_| ()));
            if let Err(err) = result {
                scenario = before;
                ignored.push(Ignored {
                    name: shown,
                    message: err.message(lang),
                });
            }
        }
        (scenario, ignored)
    }
}

/// What a pinned result says under its figures, in `lang`: the rules and
/// defaults it was computed with, and the yearly difference between a
/// full-time hire and shared time under today's (`today`, the result of
/// [`Scenario::updated`] computed on today's date), with the change.
///
/// ```
/// use hire_or_share::{Lang, Scenario, compare, date, share::pinned_note};
///
/// let query = "v=1&role=drh&defaults=2026-11&headcount=10&gross-annual=30000&date=2026-03-02";
/// let (pinned, _) = Scenario::from_query(query, Lang::En);
/// let today = date(2026, 12, 3);
/// let (updated, _) = pinned.updated(today).unwrap().on(today);
/// let note = pinned_note(&compare(&pinned).unwrap(), &compare(&updated).unwrap(), Lang::En);
/// assert!(note.starts_with("Computed with the rules of 1 January 2026 and the defaults of November 2026. With today's rules and defaults: "), "{note}");
/// // The December defaults give the DRH the AT/MP support-function rate
/// // under 20 employees: 0.64 % instead of 2.08 % of 30 000 €, 432 € a year.
/// assert!(note.ends_with(": 11,278.78\u{a0}€ a year less (change -432.00\u{a0}€)."), "{note}");
/// ```
#[must_use]
pub fn pinned_note(pinned: &crate::Comparison, today: &crate::Comparison, lang: Lang) -> String {
    let rules = pinned.period.start.words(lang);
    let version = pinned.scenario.defaults.0;
    let published = version.published.words(lang);
    // "de novembre 2026": the month and year of the version's date; with its
    // name too, "de décembre 2026 (version 2026-12)", when another version
    // came out that month.
    let same_month = crate::defaults::VERSIONS.iter().any(|v| {
        v.version != version.version
            && v.published.year() == version.published.year()
            && v.published.month() == version.published.month()
    });
    let mut month = [
        lang.pick("de ", "of "),
        published.split_once(' ').map_or(&*published, |(_, m)| m),
    ]
    .concat();
    if same_month {
        month.push_str(" (version ");
        month.push_str(version.version);
        month.push(')');
    }
    let savings = today.savings.amount;
    let amount = crate::format_euros(savings.abs(), lang);
    let change = crate::arith::sub(savings, pinned.savings.amount);
    let sign = if change > rust_decimal::Decimal::ZERO {
        "+"
    } else {
        ""
    };
    let change = [sign, &crate::format_euros(change, lang)].concat();
    let less = savings >= rust_decimal::Decimal::ZERO;
    if lang.compiled() == Lang::Fr {
        let more = if less { "moins" } else { "plus" };
        format!(
            "Calculé avec les règles du {rules} et les hypothèses {month}. Avec les règles et hypothèses en vigueur aujourd'hui\u{a0}: {amount} de {more} par an (écart {change})."
        )
    } else {
        let more = if less { "less" } else { "more" };
        format!(
            "Computed with the rules of {rules} and the defaults {month}. With today's rules and defaults: {amount} a year {more} (change {change})."
        )
    }
}

/// The parameters of a link read at most; the others are listed as not read.
const MAX_PARAMETERS: usize = 200;

fn malformed(lang: Lang) -> String {
    lang.pick("paramètre mal formé", "malformed parameter")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;
    use crate::Role;

    #[test]
    fn names_round_trip() {
        for field in Scenario::FIELDS {
            assert_eq!(camel(&kebab(field)), *field);
        }
        assert_eq!(kebab("mobilityRatePercent"), "mobility-rate-percent");
    }

    #[cfg(feature = "need-profile")]
    #[test]
    fn a_need_profile_round_trips_through_a_link() {
        let mut s = Scenario::preset(Role::Daf);
        s.need_profile = Some("6x2,18x0.5".parse().unwrap());
        s.exit_when_need_ends = true;
        let query = s.to_query();
        assert_eq!(
            query,
            "v=1&role=daf&need-profile=6x2%2C18x0.5&exit-when-need-ends=true"
        );
        let (back, ignored) = Scenario::from_query(&query, Lang::En);
        assert!(ignored.is_empty());
        assert_eq!(back, s);
        // A bad profile is ignored, with its reason; the rest is kept.
        let (back, ignored) =
            Scenario::from_query("v=1&role=daf&need-profile=6x2%2C0x1&day-rate=900", Lang::En);
        assert_eq!(back.need_profile, None);
        assert_eq!(back.day_rate, dec!(900));
        assert_eq!(ignored.len(), 1);
        assert!(
            ignored[0].message.contains("period 2"),
            "{}",
            ignored[0].message
        );
    }

    /// The element's build: a link's profile is ignored by name, never
    /// priced as a constant need without a word.
    #[cfg(not(feature = "need-profile"))]
    #[test]
    fn without_need_profiles_a_links_profile_is_listed_as_ignored() {
        let (back, ignored) = Scenario::from_query(
            "v=1&role=daf&need-profile=6x2%2C18x0.5&day-rate=900",
            Lang::compiled(Lang::En),
        );
        assert_eq!(back.day_rate, dec!(900));
        assert_eq!(ignored.len(), 1);
        assert_eq!(ignored[0].name, "need-profile");
        let message = &ignored[0].message;
        assert!(
            message.contains("hire-or-share")
                && (message.contains("need that varies") || message.contains("besoin qui varie")),
            "{message}"
        );
        let err = Scenario::preset(Role::Daf)
            .set("exitWhenNeedEnds", "true")
            .unwrap_err();
        assert_eq!(err.field(), "exitWhenNeedEnds");
    }

    /// The element's build has no list of options: a link's is ignored by
    /// name (never priced as today's three without a word), and the other
    /// kinds' fields are unknown to it.
    #[cfg(not(feature = "options"))]
    #[test]
    fn without_options_a_links_list_is_listed_as_ignored() {
        let (back, ignored) = Scenario::from_query(
            "v=1&role=daf&options=freelance%2Cportage&day-rate=900",
            Lang::compiled(Lang::En),
        );
        assert_eq!(back.day_rate, dec!(900));
        assert_eq!(ignored.len(), 1);
        assert_eq!(ignored[0].name, "options");
        assert!(
            ignored[0].message.contains("hire-or-share"),
            "{}",
            ignored[0].message
        );
        let err = Scenario::preset(Role::Daf)
            .set("freelanceDayRate", "900")
            .unwrap_err();
        assert_eq!(err.field(), "input");
    }

    #[test]
    fn the_default_link_is_short() {
        assert_eq!(Scenario::preset(Role::Daf).to_query(), "v=1&role=daf");
    }

    #[test]
    fn tampered_parameters_are_ignored_one_by_one() {
        let query = "?v=1&role=dsi&gross-annual=%3Cscript%3Ealert(1)%3C%2Fscript%3E&days-per-week=2\
                     &weeks-per-year=99&bogus=1&day-rate=950&%ZZ=1&vat-recoverable=false";
        let (s, ignored) = Scenario::from_query(query, Lang::En);
        assert_eq!(s.role, Role::Dsi);
        assert_eq!(s.days_per_week, dec!(2));
        assert_eq!(s.day_rate, dec!(950));
        assert!(!s.vat_recoverable);
        assert_eq!(s.gross_annual, Scenario::preset(Role::Dsi).gross_annual);
        assert_eq!(s.weeks_per_year, dec!(45));
        let names: Vec<&str> = ignored.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["%ZZ", "gross-annual", "weeks-per-year", "bogus"]);
        assert!(
            ignored[1].message.contains("is not a number"),
            "{}",
            ignored[1].message
        );
        assert!(
            ignored[2]
                .message
                .contains("between 1 week/year and 52 weeks/year"),
            "{}",
            ignored[2].message
        );
    }

    /// What a link would read silently wrong is listed (issue #25): another
    /// version than 1, a parameter given twice, parameters past the 200th.
    #[test]
    fn a_link_read_against_its_grain_says_so() {
        let (s, ignored) = Scenario::from_query("v=999&day-rate=900&day-rate=950", Lang::En);
        assert_eq!(s.day_rate, dec!(950));
        let names: Vec<&str> = ignored.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["day-rate", "v"]);
        assert_eq!(
            ignored[0].message,
            "given more than once: only the last value is read"
        );
        assert_eq!(
            ignored[1].message,
            "unknown link version “999”: read as version 1"
        );
        let (_, ignored) = Scenario::from_query("v=abc", Lang::Fr);
        assert_eq!(
            ignored[0].message,
            "version de lien inconnue «\u{a0}abc\u{a0}»\u{a0}: lu comme la version 1"
        );
        // 205 parameters: the first 200 read, the rest listed as a count.
        let query = (0..205).map(|_| "v=1").collect::<Vec<_>>().join("&");
        let (_, ignored) = Scenario::from_query(&query, Lang::En);
        assert_eq!(ignored.len(), 2, "{ignored:?}"); // and `v` given more than once
        let beyond = &ignored[0];
        assert_eq!(
            (beyond.name.as_str(), beyond.message.as_str()),
            ("5", "parameters past the first 200, not read")
        );
        // A link the calculator writes has none of these.
        let (_, ignored) = Scenario::from_query(&Scenario::preset(Role::Drh).to_query(), Lang::En);
        assert!(ignored.is_empty(), "{ignored:?}");
    }
}

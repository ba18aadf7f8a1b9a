//! Default assumptions and role presets, each with where it comes from.
//!
//! A default is only a starting point: every one can be changed in a
//! [`Scenario`](crate::Scenario). Figures from a law, an official body or a
//! study cite it; figures with no solid source are marked as estimates
//! ([`Assumption::estimate`]) and the product says so. See METHODOLOGY.md for
//! the reasoning behind each.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::source::Source;

#[cfg(feature = "options")]
pub use kinds::{KindDefaults, KindRates, Sourced};
pub use location::{Location, LocationDefaults};

mod cite;
mod december_2026;
mod december_2026b;
mod december_2026c;
#[cfg(feature = "options")]
mod kinds;
mod location;
mod locations_2026;
mod november_2026;
#[cfg(feature = "test-period")]
mod test_2027;

/// Every published version of the defaults, oldest first. Each stays, so
/// that a link pinned to it reads back to the cent; the last is current.
pub static VERSIONS: &[&Defaults] = &[
    &november_2026::NOVEMBER_2026,
    &december_2026::DECEMBER_2026,
    &december_2026b::DECEMBER_2026B,
    &december_2026c::DECEMBER_2026C,
    #[cfg(feature = "test-period")]
    &test_2027::TEST_2027,
];

/// One published version of the defaults: the role presets and every
/// assumption's value and source, as reviewed on one date.
#[derive(Debug, PartialEq, Eq)]
pub struct Defaults {
    /// The version's name, `2026-11`: what a share link pins (`defaults=2026-11`).
    pub version: &'static str,
    /// When it was published.
    pub published: Date,
    /// The need of a new scenario, days a week.
    pub days_per_week: Decimal,
    /// Whether a new scenario's recruit is a cadre.
    pub cadre: bool,
    /// Years of a new scenario's multi-year view.
    pub horizon_years: u32,
    /// The four role presets, in the order of [`Role::ALL`].
    pub presets: &'static [Preset; 4],
    /// Every other assumption, with its value.
    pub assumptions: &'static [Assumption],
    /// Where a new scenario's company is: its zone sets the mobility levy,
    /// the transport pass and the office cost. `None` in a version from
    /// before zones (`2026-11`), whose values are its assumptions'.
    pub location: Option<Location>,
    /// Each zone's values, in the order of [`Location::ALL`].
    pub locations: &'static [LocationDefaults; 4],
    /// The defaults of the other ways to fill the need (freelance, portage,
    /// interim manager, employer group). `None` in a version from before
    /// them (`2026-11` to `2026-12b`), which takes the first version's that
    /// has them ([`Defaults::kinds`]).
    #[cfg(feature = "options")]
    pub kinds: Option<&'static KindDefaults>,
}

impl Defaults {
    /// The current version: the newest.
    #[must_use]
    pub fn current() -> &'static Defaults {
        VERSIONS[VERSIONS.len() - 1]
    }

    /// The version named `version` (`2026-11`), if it was published.
    #[must_use]
    pub fn find(version: &str) -> Option<&'static Defaults> {
        VERSIONS.iter().copied().find(|d| d.version == version)
    }

    /// The preset of `role` in this version.
    #[must_use]
    pub fn preset(&self, role: Role) -> &'static Preset {
        &self.presets[role as usize]
    }

    /// The values of `location` in this version.
    #[must_use]
    pub fn location(&self, location: Location) -> &'static LocationDefaults {
        &self.locations[location as usize]
    }

    /// The assumption whose default is `field`, if any: this version's,
    /// then its other kinds' ([`Defaults::kinds`]).
    #[must_use]
    pub fn assumption(&self, field: &str) -> Option<&'static Assumption> {
        let found = self.assumptions.iter().find(|a| a.field == field);
        #[cfg(feature = "options")]
        let found = found.or_else(|| self.kinds().assumptions.iter().find(|a| a.field == field));
        found
    }

    /// The defaults of the other ways to fill the need: this version's, or
    /// for a version from before them the first published version's that
    /// has them (a link pinned to such a version had no other kind, so its
    /// figures do not change).
    #[cfg(feature = "options")]
    #[must_use]
    pub fn kinds(&self) -> &'static KindDefaults {
        self.kinds
            .or_else(|| VERSIONS.iter().find_map(|d| d.kinds))
            .unwrap_or_else(|| unreachable!("a published version has the other kinds"))
    }
}

/// The defaults of a scenario, by version: serialized as the version's name.
#[derive(Clone, Copy)]
pub struct DefaultsVersion(pub &'static Defaults);

impl DefaultsVersion {
    /// The current version.
    #[must_use]
    pub fn current() -> Self {
        Self(Defaults::current())
    }

    /// Whether this is the current version.
    #[must_use]
    pub fn is_current(self) -> bool {
        self == Self::current()
    }
}

impl core::ops::Deref for DefaultsVersion {
    type Target = Defaults;
    fn deref(&self) -> &Defaults {
        self.0
    }
}

impl PartialEq for DefaultsVersion {
    fn eq(&self, other: &Self) -> bool {
        self.0.version == other.0.version
    }
}

impl Eq for DefaultsVersion {}

impl core::fmt::Debug for DefaultsVersion {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.0.version)
    }
}

impl Serialize for DefaultsVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.version)
    }
}

impl<'de> Deserialize<'de> for DefaultsVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Defaults::find(&name).map(Self).ok_or_else(|| {
            serde::de::Error::custom(
                crate::Error::unparsable("defaults", &name, crate::Expected::DefaultsVersion)
                    .message(crate::Lang::En),
            )
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DefaultsVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DefaultsVersion".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<&str> = VERSIONS.iter().map(|d| d.version).collect();
        schemars::json_schema!({
            "description": "A published version of the defaults (its name); the newest is current.",
            "type": "string",
            "enum": names,
        })
    }
}

/// The role's key, `daf`: what [`Role::from_str`](core::str::FromStr) reads.
///
/// ```
/// use hire_or_share::Role;
///
/// let role: Role = "drh".parse()?;
/// assert_eq!(role, Role::Drh);
/// assert_eq!(role.to_string(), "drh");
/// assert_eq!("cto".parse::<Role>().unwrap_err().field(), "role");
/// # Ok::<(), hire_or_share::Error>(())
/// ```
impl core::fmt::Display for Role {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.key())
    }
}

/// Reads a role's key: `daf`, `dsi`, `drh` or `marketing`.
impl core::str::FromStr for Role {
    type Err = crate::Error;
    fn from_str(text: &str) -> Result<Self, crate::Error> {
        Role::from_key(text)
            .ok_or_else(|| crate::Error::unparsable("role", text, crate::Expected::Role))
    }
}

/// The senior roles the group places in shared time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Chief financial officer (*directeur administratif et financier*, DAF).
    #[default]
    Daf,
    /// IT director (*directeur des systèmes d'information*, DSI).
    Dsi,
    /// HR director (*directeur des ressources humaines*, DRH).
    Drh,
    /// Marketing director (*directeur marketing*).
    Marketing,
}

impl Role {
    /// Every role, in display order.
    pub const ALL: [Role; 4] = [Role::Daf, Role::Dsi, Role::Drh, Role::Marketing];

    /// The preset key, as in JSON and on the command line (`daf`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Role::Daf => "daf",
            Role::Dsi => "dsi",
            Role::Drh => "drh",
            Role::Marketing => "marketing",
        }
    }

    /// Parses a preset key (`daf`, `dsi`, `drh`, `marketing`), case-insensitively.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.key().eq_ignore_ascii_case(key.trim_ascii()))
    }

    /// The preset of this role in the current defaults.
    #[must_use]
    pub fn preset(self) -> &'static Preset {
        Defaults::current().preset(self)
    }
}

/// Where a default comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Assumption {
    /// The scenario field it is the default of (`recruitmentFeePercent`).
    pub field: &'static str,
    /// The default, as the field's text (`20`, `true`).
    pub value: &'static str,
    /// Which side of the comparison it belongs to.
    pub group: Group,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// Unit shown next to the value (`€`, `%`, `semaines`…), French.
    pub unit_fr: &'static str,
    /// Unit, English.
    pub unit_en: &'static str,
    /// The source. For an estimate, the reasoning, and an empty URL.
    pub source: Source,
    /// True when no solid source exists: the figure is our estimate.
    pub estimate: bool,
}

/// The side of the comparison an assumption belongs to, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Group {
    /// The company (headcount, payroll parameters).
    Company,
    /// The recruit.
    Hire,
    /// The shared-time expert.
    Shared,
    /// The other ways to fill the need: freelance, portage salarial,
    /// interim manager, employer group.
    Other,
}

/// A role preset: salary and day rate for an SME, with their sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Preset {
    /// The role.
    pub role: Role,
    /// French name of the role.
    pub label_fr: &'static str,
    /// English name of the role.
    pub label_en: &'static str,
    /// Gross annual salary of a recruit in an SME, euros.
    pub gross_annual: Decimal,
    /// Where the salary comes from.
    pub gross_annual_source: Source,
    /// True when the salary is an estimate.
    pub gross_annual_estimate: bool,
    /// Shared-time day rate, euros excluding VAT.
    pub day_rate: Decimal,
    /// Where the day rate comes from.
    pub day_rate_source: Source,
    /// True when the day rate is an estimate.
    pub day_rate_estimate: bool,
    /// Whether the employer asks for the AT/MP support-function rate for
    /// this role (*taux fonctions support*: administrative support functions
    /// such as financial management and human resources, under 20 employees).
    pub at_mp_support_function: bool,
}

/// The assumption whose default is `field`, if any, in the current defaults.
#[must_use]
pub fn assumption(field: &str) -> Option<&'static Assumption> {
    Defaults::current().assumption(field)
}

/// The lowest day rate accepted, euros excluding VAT: no senior expert
/// works for less than 100 € a day, so that a mis-read amount ("1.100" for
/// 1 100 €, read as 1.10) is refused with its range rather than priced
/// (issue #24).
pub const MIN_DAY_RATE: Decimal = dec!(100);

/// The highest day rate accepted, euros excluding VAT.
pub const MAX_DAY_RATE: Decimal = dec!(100000);

/// The VAT rate on services, percent (*taux normal*, CGI art. 278).
pub const VAT_PERCENT: Decimal = dec!(20);

/// The employer's legal share of the public transport pass, percent
/// (Code du travail L3261-2).
pub const TRANSPORT_EMPLOYER_SHARE_PERCENT: Decimal = dec!(50);

/// Weekly hours of a full-time job (Code du travail L3121-27).
pub const FULL_TIME_WEEKLY_HOURS: Decimal = dec!(35);

/// The legal minimum of a part-time contract, hours a week (Code du travail
/// L3123-27), with exceptions.
pub const PART_TIME_MINIMUM_WEEKLY_HOURS: Decimal = dec!(24);

/// Why the part-time recruit of a need profile is hired at its peak: working
/// time is a term of the contract, which the employer cannot cut without the
/// employee's agreement.
pub const PART_TIME_AT_PEAK_SOURCE: Source = Source {
    title: crate::Lang::Fr.text("Code du travail, art. L3123-4 (le refus d'un temps partiel n'est ni une faute ni un motif de licenciement) et L1222-6\u{a0}; la durée du travail est un élément du contrat (Cass. soc. 20 oct. 1998, n° 96-40.614)"),
    title_en: Some(crate::Lang::En.text("Code du travail, art. L3123-4 (refusing part time is neither misconduct nor grounds for dismissal) and L1222-6; working time is a term of the contract (Cass. soc. 20 Oct. 1998, n° 96-40.614)")),
    url: "https://code.travail.gouv.fr/fiche-ministere-travail/la-modification-du-contrat-de-travail",
    effective: crate::date::date(2016, 8, 10),
};

/// The notice and legal severance of a recruit dismissed when the need ends.
pub const NOTICE_LEGAL_SOURCE: Source = Source {
    title: crate::Lang::Fr.text("Code du travail, art. L1234-1 (préavis\u{a0}: 1 mois dès 6 mois d'ancienneté, 2 mois dès 2 ans, ou celui de la convention s'il est plus long), L1234-9 et R1234-2 (indemnité légale dès 8 mois d'ancienneté au licenciement\u{a0}: 1/4 de mois par année jusqu'à 10 ans, 1/3 au-delà, ancienneté comptée à la fin du préavis, Cass. soc. 26 sept. 2007, n° 06-43.033)"),
    title_en: Some(crate::Lang::En.text("Code du travail, art. L1234-1 (notice: 1 month from 6 months of service, 2 months from 2 years, or the collective agreement's if longer), L1234-9 and R1234-2 (legal severance from 8 months of service at the dismissal: 1/4 month a year up to 10 years, 1/3 beyond, service counted at the end of the notice, Cass. soc. 26 Sept 2007, n° 06-43.033)")),
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006901112",
    effective: crate::date::date(2017, 9, 27),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn every_source_is_either_a_link_or_an_estimate() {
        for a in VERSIONS.iter().flat_map(|d| d.assumptions) {
            assert_eq!(a.source.url.is_empty(), a.estimate, "{}", a.field);
            assert!(
                a.source.url.is_empty() || a.source.url.starts_with("https://"),
                "{}",
                a.field
            );
            assert!(!a.source.title.is_empty(), "{}", a.field);
        }
        for p in VERSIONS.iter().flat_map(|d| d.presets) {
            assert!(
                p.day_rate_source.url.is_empty()
                    == (p.day_rate_source.title.starts_with("Estimation"))
            );
        }
    }

    /// Each default's source says, in our words, what the figure is: in
    /// English as well as in French, with English punctuation (no space
    /// before a colon or a percent sign).
    #[test]
    fn every_default_has_its_source_in_english() {
        let presets = VERSIONS
            .iter()
            .flat_map(|d| d.presets)
            .flat_map(|p| [p.gross_annual_source, p.day_rate_source]);
        let assumptions = VERSIONS.iter().flat_map(|d| d.assumptions);
        for source in assumptions.map(|a| a.source).chain(presets) {
            let en = source.title_en.expect(source.title);
            assert_eq!(source.title_in(Lang::En), en);
            assert_eq!(source.title_in(Lang::Fr), source.title);
            // Titles quoted as they are (“…”) keep their French typography.
            let ours: String = en.split(['“', '”']).step_by(2).collect();
            assert!(!ours.contains('\u{a0}') && !ours.contains(" :"), "{en}");
            assert!(!ours.contains(" %") && !ours.contains("Estimation"), "{en}");
            assert_eq!(
                source.title.starts_with("Estimation"),
                en.starts_with("Estimate:"),
                "{en}"
            );
        }
    }

    /// Each version's presets are in the order of [`Role::ALL`], each name
    /// is unique, and the versions are in the order of their dates.
    #[test]
    fn versions_are_in_order() {
        for d in VERSIONS {
            for (p, role) in d.presets.iter().zip(Role::ALL) {
                assert_eq!(p.role, role, "{}", d.version);
            }
            assert_eq!(Defaults::find(d.version), Some(*d));
        }
        for pair in VERSIONS.windows(2) {
            // In the order they came out; two may come out the same day.
            assert!(pair[0].published <= pair[1].published);
        }
        assert_eq!(Defaults::current(), VERSIONS[VERSIONS.len() - 1]);
    }

    #[test]
    fn preset_keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
        }
        assert_eq!(Role::from_key(" DAF "), Some(Role::Daf));
        assert_eq!(Role::from_key("ceo"), None);
    }
}

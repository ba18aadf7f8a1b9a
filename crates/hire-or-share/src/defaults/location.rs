//! Where the company is: a few zones, each setting the mobility levy rate,
//! the public transport pass and the office cost, with their sources.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::source::Source;

/// Where the company is, as far as its costs go: the zone sets the mobility
/// levy (*versement mobilité*), the public transport pass and the office
/// cost of a new scenario; each stays editable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Location {
    /// Paris and the inner suburbs (Hauts-de-Seine, Seine-Saint-Denis,
    /// Val-de-Marne).
    Paris,
    /// The rest of Île-de-France.
    IleDeFrance,
    /// A city with a mobility levy outside Île-de-France (Lyon, Marseille,
    /// Lille…).
    LargeCity,
    /// Elsewhere.
    Elsewhere,
}

impl Location {
    /// Every zone, in display order.
    pub const ALL: [Location; 4] = [
        Location::Paris,
        Location::IleDeFrance,
        Location::LargeCity,
        Location::Elsewhere,
    ];

    /// The zone's key, as in JSON, on the command line and in links (`ile-de-france`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Location::Paris => "paris",
            Location::IleDeFrance => "ile-de-france",
            Location::LargeCity => "large-city",
            Location::Elsewhere => "elsewhere",
        }
    }

    /// Parses a zone's key, case-insensitively.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Location> {
        Location::ALL
            .into_iter()
            .find(|l| l.key().eq_ignore_ascii_case(key.trim_ascii()))
    }
}

impl core::fmt::Display for Location {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.key())
    }
}

impl core::str::FromStr for Location {
    type Err = crate::Error;

    /// # Errors
    ///
    /// [`ErrorKind::Unparsable`](crate::ErrorKind::Unparsable) on the field
    /// `location` for anything but a zone's key.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Location::from_key(text)
            .ok_or_else(|| crate::Error::unparsable("location", text, crate::Expected::Location))
    }
}

/// A zone's defaults in one version of the defaults, each with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct LocationDefaults {
    /// The zone.
    pub location: Location,
    /// French name of the zone.
    pub label_fr: &'static str,
    /// English name of the zone.
    pub label_en: &'static str,
    /// Mobility levy rate, percent (due from 11 employees).
    pub mobility_rate_percent: Decimal,
    /// Where the rate comes from.
    pub mobility_source: Source,
    /// Monthly public transport pass, euros (the employer pays half).
    pub transport_pass_monthly: Decimal,
    /// Where the price comes from.
    pub transport_source: Source,
    /// Office space and services a year, euros per workstation.
    pub workspace_annual: Decimal,
    /// Where the office cost comes from.
    pub workspace_source: Source,
    /// True when the office cost is our estimate.
    pub workspace_estimate: bool,
}

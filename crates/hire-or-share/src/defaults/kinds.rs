//! The defaults of the other ways to fill the need (freelance, portage
//! salarial, interim manager, employer group): each role's day rates with
//! their sources, and the assumptions shared by every role.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::source::Source;

use super::{Assumption, Role};

/// A figure with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Sourced {
    /// The figure.
    pub value: Decimal,
    /// Its source; for an estimate, the reasoning and an empty URL.
    pub source: Source,
    /// True when no solid source exists: the figure is our estimate.
    pub estimate: bool,
}

/// One role's day rates for the kinds billed by the day, excluding VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct KindRates {
    /// The role.
    pub role: Role,
    /// A freelance's day rate (`freelanceDayRate`).
    pub freelance_day_rate: Sourced,
    /// A consultant's day rate in portage salarial (`portageDayRate`).
    pub portage_day_rate: Sourced,
    /// An interim manager's day rate (`interimManagerDayRate`).
    pub interim_manager_day_rate: Sourced,
}

/// The defaults of the other kinds in one version of the defaults.
#[derive(Debug, PartialEq, Eq)]
pub struct KindDefaults {
    /// Each role's day rates, in the order of [`Role::ALL`].
    pub rates: &'static [KindRates; 4],
    /// The assumptions every role shares: start delays, the employer
    /// group's fee and membership.
    pub assumptions: &'static [Assumption],
}

impl KindDefaults {
    /// The day rates of `role`.
    #[must_use]
    pub fn rates(&self, role: Role) -> &'static KindRates {
        &self.rates[role as usize]
    }
}

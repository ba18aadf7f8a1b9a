//! The defaults as reviewed in December 2026 (version `2026-12`): November's,
//! with the AT/MP support-function rate asked for the DAF and the DRH, and
//! where the company is (Paris by default), each zone with its mobility
//! levy, transport pass and office cost (issue #24). Published, so kept as
//! they are.

use rust_decimal_macros::dec;

use crate::date::date;

use super::location::Location;
use super::locations_2026::LOCATIONS;
use super::november_2026::{ASSUMPTIONS, PRESETS as NOVEMBER};
use super::{Defaults, Preset};

/// The presets of November 2026; the DAF and the DRH, whose main job is an
/// administrative support function (financial management, human resources),
/// get the AT/MP support-function rate, which applies below 20 employees
/// (arrêté of 30 December 2025, annex 1). The DSI and marketing keep the
/// national average.
pub(super) static PRESETS: [Preset; 4] = [
    Preset {
        at_mp_support_function: true,
        ..NOVEMBER[0]
    },
    NOVEMBER[1],
    Preset {
        at_mp_support_function: true,
        ..NOVEMBER[2]
    },
    NOVEMBER[3],
];

/// Version `2026-12`.
pub static DECEMBER_2026: Defaults = Defaults {
    version: "2026-12",
    published: date(2026, 12, 7),
    days_per_week: dec!(1),
    cadre: true,
    horizon_years: 3,
    presets: &PRESETS,
    assumptions: ASSUMPTIONS,
    location: Some(Location::Paris),
    locations: &LOCATIONS,
    #[cfg(feature = "options")]
    kinds: None,
};

//! A test-only version of the defaults (feature `test-period`): the current
//! one's (`2026-12b`), with another DAF salary. It is the proof that a new
//! review is this file and its line in `VERSIONS`, nothing else. Its figures
//! are invented: never a default.

use rust_decimal_macros::dec;

use crate::date::date;

use super::december_2026b::PRESETS;
use super::november_2026::ASSUMPTIONS;
use super::{Defaults, Preset};

/// The DAF at 95 000 € instead of 90 000 €; the rest as in `2026-12b`.
static TEST_PRESETS: [Preset; 4] = [
    Preset {
        gross_annual: dec!(95000),
        ..PRESETS[0]
    },
    PRESETS[1],
    PRESETS[2],
    PRESETS[3],
];

/// The invented version `2027-01`.
pub static TEST_2027: Defaults = Defaults {
    version: "2027-01",
    published: date(2027, 1, 4),
    days_per_week: dec!(1),
    cadre: true,
    horizon_years: 3,
    presets: &TEST_PRESETS,
    assumptions: ASSUMPTIONS,
    location: Some(super::location::Location::Paris),
    locations: &super::locations_2026::LOCATIONS,
    #[cfg(feature = "options")]
    kinds: None,
};

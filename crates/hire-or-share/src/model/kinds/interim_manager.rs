//! An interim manager (*management de transition*): a senior manager billed
//! by the day through a firm, plus VAT, usually full time for a few months;
//! the usual stopgap while recruiting.

use rust_decimal_macros::dec;

use crate::money::{Money, Quantity};
use crate::option_list::OptionSpec;

use super::super::result::OptionResult;
use super::{Offer, Reference, day_billed, notice};

/// The kind's name.
const NAME: (&str, &str) = ("Manager de transition", "Interim manager");

/// An interim manager at the role's day rate, or the option's own.
pub(super) fn price(r: &Reference<'_>, spec: &OptionSpec) -> OptionResult {
    let s = r.s;
    let rates = s.defaults.kinds().rates(s.role);
    let offer = Offer {
        rate: Money::new(spec.day_rate.unwrap_or(s.interim_manager_day_rate)),
        rate_source: (
            Some(&rates.interim_manager_day_rate.source),
            rates.interim_manager_day_rate.estimate,
        ),
        start_weeks: (
            Quantity::new(s.interim_manager_start_weeks),
            "interimManagerStartWeeks",
        ),
        start_fee: Money::ZERO,
    };
    let mut warnings = Vec::new();
    if r.days(spec) < Quantity::new(dec!(3)) {
        warnings.push(notice(
            "interim_full_time",
            "Un manager de transition travaille le plus souvent à temps plein, pour une mission de 7 à 9 mois en moyenne (baromètres France Transition 2023 et 2024)\u{a0}: une mission à moins de trois jours par semaine est rare.",
            "An interim manager usually works full time, on a mission of 7 to 9 months on average (France Transition barometers 2023 and 2024): a mission under three days a week is rare.",
        ));
    }
    day_billed(r, spec, NAME, &offer, warnings)
}

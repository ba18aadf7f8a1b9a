//! An interim manager (*management de transition*): a senior manager billed
//! by the day through a firm, plus VAT, usually full time for a few months;
//! the usual stopgap while recruiting.

use rust_decimal_macros::dec;

use crate::money::Quantity;
use crate::option_list::OptionSpec;

use super::super::result::OptionResult;
use super::{Reference, day_billed, notice, offer_of};

/// The kind's name.
const NAME: (&str, &str) = ("Manager de transition", "Interim manager");

/// An interim manager at the role's day rate, or the option's own.
pub(super) fn price(r: &Reference<'_>, spec: &OptionSpec) -> OptionResult {
    let s = r.s;
    let rates = s.defaults.kinds().rates(s.role);
    let offer = offer_of(
        spec,
        s.interim_manager_day_rate,
        &rates.interim_manager_day_rate,
        (s.interim_manager_start_weeks, "interimManagerStartWeeks"),
    );
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

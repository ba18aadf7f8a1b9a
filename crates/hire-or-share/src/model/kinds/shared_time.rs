//! Shared time (*temps partagé*): an expert placed by a firm in several
//! companies, billed by the day. The cost model is [`super::shared`]'s.

use crate::money::Money;
use crate::option_list::OptionSpec;

use super::super::result::OptionResult;
use super::{Offer, Reference, day_billed};

/// Shared time at its day rate (the scenario's `dayRate`, or the option's own).
pub(super) fn price(r: &Reference<'_>, spec: &OptionSpec) -> OptionResult {
    let rate = Money::new(spec.day_rate.unwrap_or(r.s.day_rate));
    let offer = Offer::shared_time(r.s, rate);
    day_billed(r, spec, NAME, &offer, Vec::new())
}

/// The kind's name.
pub(super) const NAME: (&str, &str) = ("Temps partagé", "Shared time");

//! Portage salarial: a consultant employed by a portage company, which
//! bills the company the consultant's day rate (its own fee is inside it),
//! plus VAT. Its legal limits (Code du travail L1254-3 and L1254-4) are
//! warnings.

use crate::option_list::OptionSpec;

use super::super::result::OptionResult;
use super::{Reference, day_billed, notice, offer_of};

/// The kind's name.
const NAME: (&str, &str) = ("Portage salarial", "Portage salarial");

/// The most months a consultant in portage may work for one client
/// (Code du travail L1254-4).
const MAX_MONTHS: u32 = 36;

/// A consultant in portage at the role's portage day rate, or the option's own.
pub(super) fn price(r: &Reference<'_>, spec: &OptionSpec) -> OptionResult {
    let s = r.s;
    let rates = s.defaults.kinds().rates(s.role);
    let offer = offer_of(
        spec,
        s.portage_day_rate,
        &rates.portage_day_rate,
        (s.portage_start_weeks, "portageStartWeeks"),
    );
    let mut warnings = vec![notice(
        "portage_task",
        "Le portage salarial n'est ouvert que pour une tâche occasionnelle hors de l'activité normale et permanente de l'entreprise, ou une prestation ponctuelle demandant une expertise dont elle ne dispose pas (Code du travail, art. L1254-3).",
        "Portage salarial is open only for an occasional task outside the company's normal, permanent activity, or a one-off service calling for expertise it lacks (Code du travail L1254-3).",
    )];
    if months(r) > MAX_MONTHS {
        warnings.push(notice(
            "portage_36_months",
            "Au-delà de 36 mois chez le même client, le portage salarial n'est plus possible (Code du travail, art. L1254-4)\u{a0}: la durée étudiée les dépasse.",
            "Beyond 36 months with one client, portage salarial is no longer possible (Code du travail L1254-4): the period studied goes past them.",
        ));
    }
    day_billed(r, spec, NAME, &offer, warnings)
}

/// The months the comparison looks at: the need profile's, or the horizon's.
fn months(r: &Reference<'_>) -> u32 {
    #[cfg(feature = "need-profile")]
    if let Some(profile) = &r.s.need_profile {
        return profile.months();
    }
    r.s.horizon_years * 12
}

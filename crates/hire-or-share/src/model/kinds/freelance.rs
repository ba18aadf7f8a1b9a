//! A freelance (*indépendant*): a consultant of their own, billed by the
//! day, plus VAT where the company cannot recover it; a short start. From
//! about three days a week for one client over months, the relationship
//! risks being requalified as employment (Code du travail L8221-6).

use rust_decimal_macros::dec;

use crate::money::Quantity;
use crate::option_list::OptionSpec;

use super::super::result::OptionResult;
use super::{Reference, day_billed, notice, offer_of};

/// The kind's name.
const NAME: (&str, &str) = ("Indépendant (freelance)", "Freelance");

/// A freelance at the role's freelance day rate, or the option's own.
pub(super) fn price(r: &Reference<'_>, spec: &OptionSpec) -> OptionResult {
    let s = r.s;
    let rates = s.defaults.kinds().rates(s.role);
    let offer = offer_of(
        spec,
        s.freelance_day_rate,
        &rates.freelance_day_rate,
        (s.freelance_start_weeks, "freelanceStartWeeks"),
    );
    let mut warnings = Vec::new();
    if r.days(spec) >= Quantity::new(dec!(3)) {
        warnings.push(notice(
            "freelance_requalification",
            "Trois jours par semaine ou plus pour un seul client pendant des mois\u{a0}: la présomption d'indépendance tombe s'il existe un lien de subordination juridique permanente, et la relation peut être requalifiée en contrat de travail, avec les cotisations dues (Code du travail, art. L8221-6).",
            "Three days a week or more for one client over months: the presumption of independence falls where there is lasting legal subordination, and the relationship can be requalified as employment, with the contributions owed (Code du travail L8221-6).",
        ));
    }
    day_billed(r, spec, NAME, &offer, warnings)
}

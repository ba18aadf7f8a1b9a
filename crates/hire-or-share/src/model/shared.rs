//! The cost of an expert billed by the day (shared time, and a freelance,
//! a consultant in portage or an interim manager alike): fees (day rate ×
//! days a week × weeks a year), VAT where the company cannot recover it,
//! travel and coordination, and the first year (start fee, getting to know
//! the company, the start delay).

use crate::Scenario;
use crate::defaults::VAT_PERCENT;
use crate::lang::tr;
use crate::money::{Money, Quantity};
use crate::source::Source;

use super::formula::{Arg, Formula, VAT};
use super::result::OptionCost;
use super::term::{Affine, Term, lines_at, option_cost, sourced};

/// 1.2 when the company cannot recover VAT, 1 otherwise.
pub(super) fn vat_factor(s: &Scenario) -> Quantity {
    if s.vat_recoverable {
        Quantity::ONE
    } else {
        Quantity::ONE + Quantity::new(VAT_PERCENT) / Quantity::HUNDRED
    }
}

/// The numbers of shared time in steady state, with the day rate `rate`:
/// the annual cost is `fixed + per_day × days`, with the fees and VAT per
/// day a week. [`terms`] writes them up.
pub(super) struct SharedAmounts {
    fees_per_day: Money,
    vat_per_day: Money,
    fixed: Money,
}

impl SharedAmounts {
    pub(super) fn new(s: &Scenario, rate: Money) -> Self {
        let fees_per_day = rate * Quantity::new(s.weeks_per_year);
        let vat_per_day = if s.vat_recoverable {
            Money::ZERO
        } else {
            fees_per_day * Quantity::new(VAT_PERCENT) / Quantity::HUNDRED
        };
        // Travel is invoiced by the provider, with VAT; coordination is the
        // company's own time.
        let travel = Money::new(s.shared_travel_annual) * vat_factor(s);
        Self {
            fees_per_day,
            vat_per_day,
            fixed: travel + Money::new(s.shared_coordination_annual),
        }
    }

    /// The annual cost as a function of the need.
    pub(super) fn affine(&self) -> Affine {
        Affine {
            fixed: self.fixed,
            per_day: self.fees_per_day + self.vat_per_day,
        }
    }
}

/// An expert billed by the day: what differs from one kind to another.
pub(super) struct Offer {
    /// The day rate, excluding VAT.
    pub(super) rate: Money,
    /// Where the day rate comes from, and whether it is an estimate.
    pub(super) rate_source: (Option<&'static Source>, bool),
    /// Weeks before the expert starts, and the scenario field that sets them.
    pub(super) start_weeks: (Quantity, &'static str),
    /// A one-off start fee (shared time's; none for the other kinds).
    pub(super) start_fee: Money,
}

impl Offer {
    /// Shared time as the scenario sets it, at the day rate `rate`.
    pub(super) fn shared_time(s: &Scenario, rate: Money) -> Self {
        let preset = s.defaults.preset(s.role);
        Self {
            rate,
            rate_source: (Some(&preset.day_rate_source), preset.day_rate_estimate),
            start_weeks: (Quantity::new(s.shared_start_weeks), "sharedStartWeeks"),
            start_fee: Money::new(s.shared_start_fee),
        }
    }
}

/// Shared-time terms in steady state, with the day rate `rate`.
pub(super) fn terms(s: &Scenario, rate: Money) -> Vec<Term> {
    offer_terms(s, &Offer::shared_time(s, rate))
}

/// The terms of an expert billed by the day, in steady state.
pub(super) fn offer_terms(s: &Scenario, offer: &Offer) -> Vec<Term> {
    let rate = offer.rate;
    let amounts = SharedAmounts::new(s, rate);
    let rate_source = offer.rate_source;

    let mut terms = vec![Term::per_day(
        "fees",
        tr("Honoraires (HT)", "Fees (excluding VAT)"),
        amounts.fees_per_day,
        Formula::new(
            "{} × {} × {}",
            "{} × {} × {}",
            &[
                Arg::Eur(rate),
                Arg::Days,
                Arg::Weeks(Quantity::new(s.weeks_per_year)),
            ],
        ),
        rate_source,
    )];
    if !s.vat_recoverable {
        terms.push(Term::per_day(
            "vat",
            tr("TVA non récupérable", "Non-recoverable VAT"),
            amounts.vat_per_day,
            Formula::new(
                "{} × honoraires",
                "{} × fees",
                &[Arg::Pct(Quantity::new(VAT_PERCENT))],
            ),
            sourced(s, "vatRecoverable"),
        ));
    }
    // Travel is invoiced with VAT, which the company may not recover.
    let vat = vat_factor(s);
    for (id, field, labels, amount, factor) in [
        (
            "travel",
            "sharedTravelAnnual",
            tr("Déplacements", "Travel"),
            s.shared_travel_annual,
            vat,
        ),
        (
            "coordination",
            "sharedCoordinationAnnual",
            tr("Temps de coordination", "Coordination time"),
            s.shared_coordination_annual,
            Quantity::ONE,
        ),
    ] {
        let amount = Money::new(amount);
        terms.push(Term::fixed(
            id,
            labels,
            amount * factor,
            if factor == Quantity::ONE {
                Formula::new("{} par an", "{} a year", &[Arg::Eur(amount)])
            } else {
                Formula::new(
                    "{} par an × {} ({})",
                    "{} a year × {} ({})",
                    &[Arg::Eur(amount), Arg::Num(factor), VAT],
                )
            },
            sourced(s, field),
        ));
    }
    terms
}

/// Shared-time terms of the first year beyond the steady state, a day of
/// need left uncovered costing `price_per_day`.
pub(super) fn first_year_terms(s: &Scenario, price_per_day: Money) -> Vec<Term> {
    offer_first_year_terms(
        s,
        &Offer::shared_time(s, Money::new(s.day_rate)),
        price_per_day,
    )
}

/// The first-year terms of an expert billed by the day, beyond the steady
/// state, a day of need left uncovered costing `price_per_day`.
pub(super) fn offer_first_year_terms(
    s: &Scenario,
    offer: &Offer,
    price_per_day: Money,
) -> Vec<Term> {
    let vat_factor = vat_factor(s);
    let productivity = Quantity::new(s.ramp_up_productivity_percent);
    let missing = Quantity::ONE - productivity / Quantity::HUNDRED;
    let day_rate = offer.rate * vat_factor;
    let ramp_up_weeks = Quantity::new(s.shared_ramp_up_weeks);
    let (start_weeks, start_field) = offer.start_weeks;
    let start_fee = offer.start_fee;
    vec![
        Term::fixed(
            "start_fee",
            tr("Frais de démarrage", "Start fee"),
            start_fee * vat_factor,
            if vat_factor == Quantity::ONE {
                Formula::same("{}", &[Arg::Eur(start_fee)])
            } else {
                Formula::same(
                    "{} × {} ({})",
                    &[Arg::Eur(start_fee), Arg::Num(vat_factor), VAT],
                )
            },
            sourced(s, "sharedStartFee"),
        ),
        Term::per_day(
            "ramp_up",
            tr(
                "Prise en main de l'entreprise",
                "Getting to know the company",
            ),
            day_rate * ramp_up_weeks * missing,
            Formula::new(
                "{} × {} × {} × (1 − {})",
                "{} × {} × {} × (1 − {})",
                &[
                    Arg::Eur(day_rate),
                    Arg::Days,
                    Arg::Weeks(ramp_up_weeks),
                    Arg::Pct(productivity),
                ],
            ),
            sourced(s, "sharedRampUpWeeks"),
        ),
        start_delay(s, (start_weeks, start_field), price_per_day),
    ]
}

/// The need left uncovered before an outside expert starts: the weeks
/// `start_weeks` (and the scenario field that sets them) × the need × the
/// recruit's cost per productive day.
pub(super) fn start_delay(
    s: &Scenario,
    (start_weeks, start_field): (Quantity, &'static str),
    price_per_day: Money,
) -> Term {
    Term::per_day(
        "start_delay",
        tr(
            "Besoin non couvert avant le démarrage",
            "Need left uncovered before the start",
        ),
        start_weeks * price_per_day,
        Formula::new(
            "{} × {} × {} par jour productif",
            "{} × {} × {} per productive day",
            &[Arg::Weeks(start_weeks), Arg::Days, Arg::Eur(price_per_day)],
        ),
        sourced(s, start_field),
    )
}

/// Shared time's costs at the scenario's need, line by line, from its
/// steady-state and first-year terms.
pub(super) fn cost(s: &Scenario, terms: &[Term], first_year_terms: &[Term]) -> OptionCost {
    cost_at(s, Quantity::new(s.days_per_week), terms, first_year_terms)
}

/// The costs of an expert billed by the day at `days` a week.
pub(super) fn cost_at(
    s: &Scenario,
    days: Quantity,
    terms: &[Term],
    first_year_terms: &[Term],
) -> OptionCost {
    let lines = lines_at(terms, days);
    let mut first_year_lines = lines.clone();
    first_year_lines.extend(lines_at(first_year_terms, days));
    // Shared time's days of work are the days of need.
    let days_per_year = days * Quantity::new(s.weeks_per_year);
    option_cost(lines, first_year_lines, days_per_year, days_per_year)
}

//! Every way to fill the need, priced from the list of options: the kinds,
//! one file each, and what they share (the break-even against the full-time
//! hire, the curve and the horizon of a cost affine in the need).
//!
//! A new kind is one file here, its line in [`price`], its key in
//! [`OptionKind`](crate::OptionKind) and its defaults in the defaults data.

mod employer_group;
mod freelance;
mod full_time_hire;
mod interim_manager;
mod part_time_hire;
mod portage;
mod shared_time;
mod verdict;

pub(crate) use verdict::options_sentence;

use crate::Scenario;
use crate::lang::Lang;
use crate::money::{Money, Quantity, qty};
use crate::option_list::{OptionKind, OptionList, OptionSpec};

use super::break_even;
use super::formula::{Arg, Formula};
use super::hire::{HireAmounts, HireBasis};
use super::result::{
    CurvePoint, HorizonYear, NeedProfileTotal, Notice, OptionCost, OptionResult, Threshold,
};
use super::shared::{self, Offer, SharedAmounts};
use super::term::{Affine, Term, affine};

/// What every option is measured against, worked out once: the scenario,
/// its full-time recruit and that recruit's costs.
pub(super) struct Reference<'a> {
    pub(super) s: &'a Scenario,
    pub(super) basis: &'a HireBasis,
    pub(super) full: &'a HireAmounts,
    /// The full-time hire's steady-state cost, exact.
    pub(super) full_annual: Money,
    /// The full-time hire's first-year cost as a function of the need.
    pub(super) full_first_year: Affine,
    /// The full-time hire's costs, line by line.
    pub(super) full_cost: &'a OptionCost,
    /// The part-time hire at the need, already priced, and its exact
    /// steady-state cost.
    pub(super) part: (&'a super::result::PartTimeHire, Money),
    /// The horizon of today's three options.
    pub(super) horizon: &'a [HorizonYear],
    /// The curve of today's three options.
    pub(super) curve: &'a [CurvePoint],
    /// The recruit's cost per productive day: the price of a day of need
    /// left uncovered.
    pub(super) price_per_day: Money,
    /// The need month by month, and today's three totals over it, when the
    /// scenario has a need profile.
    pub(super) profile: Option<(Vec<Quantity>, &'a NeedProfileTotal)>,
}

impl Reference<'_> {
    /// The days a week `spec` covers: its own, or the need.
    fn days(&self, spec: &OptionSpec) -> Quantity {
        Quantity::new(spec.days_per_week.unwrap_or(self.s.days_per_week))
    }
}

/// Prices every option of the scenario's list (today's three without one),
/// and finds the cheapest (the first listed on a tie, see [`cost_to_rank`]).
pub(super) fn price_all(r: &Reference<'_>) -> (Vec<OptionResult>, usize) {
    let list = r.s.options.unwrap_or_else(OptionList::default_three);
    let results: Vec<OptionResult> = list.options().iter().map(|spec| price(r, spec)).collect();
    let mut cheapest = 0;
    for (i, result) in results.iter().enumerate() {
        if cost_to_rank(result) < cost_to_rank(&results[cheapest]) {
            cheapest = i;
        }
    }
    (results, cheapest)
}

/// What options are ranked by: the total over the need profile when there
/// is one; else the steady-state cost per day of need covered, which ranks
/// as the annual costs do when every option covers the need, and is the one
/// fair basis when an offer covers days of its own.
pub(crate) fn cost_to_rank(o: &OptionResult) -> rust_decimal::Decimal {
    o.need_profile_total.unwrap_or(o.cost.cost_per_day_of_need)
}

/// One option, priced: the one place that lists the kinds.
fn price(r: &Reference<'_>, spec: &OptionSpec) -> OptionResult {
    match spec.kind {
        OptionKind::FullTimeHire => full_time_hire::price(r),
        OptionKind::PartTimeHire => part_time_hire::price(r, spec),
        OptionKind::SharedTime => shared_time::price(r, spec),
        OptionKind::Freelance => freelance::price(r, spec),
        OptionKind::Portage => portage::price(r, spec),
        OptionKind::InterimManager => interim_manager::price(r, spec),
        OptionKind::EmployerGroup => employer_group::price(r, spec),
    }
}

/// An option whose cost is affine in the need, as its kind's file gives it.
struct Affinely {
    spec: OptionSpec,
    /// Its name, in French and English.
    name: (&'static str, &'static str),
    days: Quantity,
    day_rate: Option<Money>,
    terms: Vec<Term>,
    first_year_terms: Vec<Term>,
    /// Its costs at its days a week, from the terms.
    cost: OptionCost,
    /// Its steady-state cost in each later year of the horizon (from year 2).
    later_years: Vec<Money>,
    /// Its total over the need profile, if any.
    need_profile_total: Option<Money>,
    warnings: Vec<Notice>,
}

/// The result of an option affine in the need: its break-even against the
/// full-time hire solved exactly, its curve, its horizon.
fn affine_result(r: &Reference<'_>, option: Affinely) -> OptionResult {
    let steady = affine(&option.terms);
    let first_year = steady + affine(&option.first_year_terms);
    let mut curve = Vec::with_capacity(19);
    let mut days = qty!(0.5);
    while days <= qty!(5) {
        curve.push(steady.at(days).cents().into());
        days += qty!(0.25);
    }
    let mut horizon = vec![option.cost.first_year_cost];
    horizon.extend(
        option
            .later_years
            .iter()
            .map(|&m| rust_decimal::Decimal::from(m.cents())),
    );
    OptionResult {
        kind: option.spec.kind,
        label_fr: label(Lang::Fr, option.name, &option.spec, option.days),
        label_en: label(Lang::En, option.name, &option.spec, option.days),
        days_per_week: option.days.into(),
        day_rate: option.day_rate.map(Into::into),
        cost: option.cost,
        break_even: Some(threshold(break_even::days(
            Affine::constant(r.full_annual),
            steady,
        ))),
        first_year_break_even: Some(threshold(break_even::days(r.full_first_year, first_year))),
        curve,
        horizon,
        need_profile_total: option.need_profile_total.map(Into::into),
        warnings: option.warnings,
    }
}

/// A break-even from the model's pair.
fn threshold((days, reason): break_even::BreakEvenDays) -> Threshold {
    match (days, reason) {
        (Some(days), _) => Threshold::DaysPerWeek(days.into()),
        (None, Some(reason)) => Threshold::None(reason),
        (None, None) => unreachable!("a break-even has a value or a reason"),
    }
}

/// An option's name, with its day rate and its days where they are its own
/// (`Temps partagé, 950 € × 2 j/sem.`), so that two of one kind read apart.
fn label(
    lang: Lang,
    name: (&'static str, &'static str),
    spec: &OptionSpec,
    days: Quantity,
) -> String {
    let name = Arg::Text(name.0, name.1);
    let formula = match (spec.day_rate, spec.days_per_week) {
        (Some(rate), Some(_)) => Formula::same(
            "{}, {} × {}",
            &[name, Arg::Eur(Money::new(rate)), Arg::Days],
        ),
        (Some(rate), None) => Formula::same("{}, {}", &[name, Arg::Eur(Money::new(rate))]),
        (None, Some(_)) => Formula::same("{}, {}", &[name, Arg::Days]),
        (None, None) => Formula::same("{}", &[name]),
    };
    formula.write(lang, days)
}

/// The factor of year `year` (2 or more) of a yearly growth of `percent`.
fn growth(percent: rust_decimal::Decimal, year: u32) -> Quantity {
    let rate = Quantity::ONE + Quantity::new(percent) / Quantity::HUNDRED;
    let mut factor = Quantity::ONE;
    for _ in 1..year {
        factor = factor * rate;
    }
    factor
}

/// An option billed by the day (shared time, a freelance, portage, an
/// interim manager), at its days a week: the same cost model, the kind's
/// own rate, start delay and warnings.
fn day_billed(
    r: &Reference<'_>,
    spec: &OptionSpec,
    name: (&'static str, &'static str),
    offer: &Offer,
    warnings: Vec<Notice>,
) -> OptionResult {
    let s = r.s;
    let days = r.days(spec);
    let terms = shared::offer_terms(s, offer);
    let first_year_terms = shared::offer_first_year_terms(s, offer, r.price_per_day);
    let cost = shared::cost_at(s, days, &terms, &first_year_terms);
    let year_cost = |year: u32| {
        let rate = offer.rate * growth(s.day_rate_growth_percent, year + 1);
        SharedAmounts::new(s, rate).affine()
    };
    let later_years = (1..s.horizon_years)
        .map(|year| year_cost(year).at(days).cents())
        .collect();
    let need_profile_total = r.profile_total(affine(&first_year_terms), year_cost);
    affine_result(
        r,
        Affinely {
            spec: *spec,
            name,
            days,
            day_rate: Some(offer.rate),
            terms,
            first_year_terms,
            cost,
            later_years,
            need_profile_total,
            warnings,
        },
    )
}

impl Reference<'_> {
    /// The total over the need profile, if any, of an option that follows
    /// the need: its start costs `start` at the first month with a need, a
    /// year's cost `year_cost(n)` (year `n` from 0) in each month with one.
    #[cfg(feature = "need-profile")]
    fn profile_total(&self, start: Affine, year_cost: impl FnMut(u32) -> Affine) -> Option<Money> {
        let (days, _) = self.profile.as_ref()?;
        Some(super::profile::total(&super::profile::billed_twelfths(
            days, start, year_cost,
        )))
    }

    /// No need profile in a build without them.
    #[cfg(not(feature = "need-profile"))]
    #[allow(
        clippy::unused_self,
        reason = "the same call with or without need profiles"
    )]
    fn profile_total(&self, _: Affine, _: impl FnMut(u32) -> Affine) -> Option<Money> {
        None
    }
}

/// The offer of a kind billed by the day other than shared time: its day
/// rate (the option's own, or the scenario's `default_rate` for the kind,
/// sourced by the role's `rate`), its start delay, no start fee.
fn offer_of(
    spec: &OptionSpec,
    default_rate: rust_decimal::Decimal,
    rate: &'static crate::defaults::Sourced,
    start_weeks: (rust_decimal::Decimal, &'static str),
) -> Offer {
    Offer {
        rate: Money::new(spec.day_rate.unwrap_or(default_rate)),
        rate_source: (Some(&rate.source), rate.estimate),
        start_weeks: (Quantity::new(start_weeks.0), start_weeks.1),
        start_fee: Money::ZERO,
    }
}

/// A notice from its parts, each text kept only in a build with its language.
#[allow(
    clippy::inline_always,
    reason = "a one-language build must see the choice of language at each text, to leave the other text out"
)]
#[inline(always)]
const fn notice(id: &'static str, fr: &'static str, en: &'static str) -> Notice {
    Notice {
        id,
        fr: Lang::Fr.text(fr),
        en: Lang::En.text(en),
    }
}

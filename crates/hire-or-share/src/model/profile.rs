//! A need that changes over time: each option's cost month by month over a
//! need profile, period by period, and the break-even restated for it.
//!
//! Shared time follows the need; a recruit is paid whatever the need, the
//! part-time one hired at the profile's peak. Month amounts are exact; a
//! period's amount is the cumulative total rounded to the cent at its end
//! minus the same at its start, so the periods add up to the total, which is
//! the exact total rounded once.

use crate::Scenario;
use crate::defaults::{NOTICE_LEGAL_SOURCE, PART_TIME_AT_PEAK_SOURCE};
use crate::lang::{Lang, tr};
use crate::money::{Money, Quantity, qty};
use crate::need::NeedProfile;

use super::break_even;
use super::formula::{Arg, Formula};
use super::hire::{self, HireAmounts, HireBasis, work_time_percent};
use super::result::{
    Cheapest, NeedPeriodCost, NeedProfileCost, NeedProfileMonth, NeedProfileTotal, Notice,
};
use super::shared::{self, SharedAmounts};
use super::term::{Affine, Term, affine};

/// What the profile's costs take from the comparison.
pub(super) struct ProfileInput<'a> {
    pub(super) s: &'a Scenario,
    pub(super) basis: &'a HireBasis,
    /// The full-time recruit of year 1.
    pub(super) full: &'a HireAmounts,
    /// The price of a day of need left uncovered.
    pub(super) price_per_day: Money,
}

/// When a recruit leaves because the need has ended.
#[derive(Clone, Copy)]
struct Exit {
    /// The first month of the need's end (from 1).
    month: u32,
    /// Months of notice, paid.
    notice_months: Quantity,
}

/// A recruit's cost month by month, and what its lines say.
#[derive(Clone)]
struct HireMonths {
    /// Each month's cost × 12 (see [`cumulative`]).
    twelfths: Vec<Money>,
    /// Paid once at the start: recruitment, ramp-up, need left uncovered.
    one_off: Money,
    /// Replacement recruitments in the profile.
    replacements: u32,
    /// Notice and severance, if the recruit leaves.
    exit_cost: Money,
    severance_months: Quantity,
}

/// One year of service of a recruit, as the month loop needs it.
struct Year {
    /// Running costs a year.
    running: Money,
    /// Running costs and the amortized exit cost a year.
    running_and_exit: Money,
    /// One recruitment, grossed up by the hires that fail in trial.
    recruitment: Money,
    /// Gross salary a year.
    gross: Money,
}

impl ProfileInput<'_> {
    /// A recruit at `percent` of full time, year by year over `count` years:
    /// year 1 is `first`, later years grow the salary as the horizon does.
    fn years(&self, first: &HireAmounts, percent: Quantity, count: u32) -> Vec<Year> {
        let s = self.s;
        let growth = Quantity::ONE + Quantity::new(s.salary_growth_percent) / Quantity::HUNDRED;
        let mut factor = Quantity::ONE;
        let mut years = Vec::with_capacity(count as usize);
        let year = |h: &HireAmounts| Year {
            running: h.running(),
            running_and_exit: h.running() + h.exit_amortized,
            recruitment: h.recruitment(),
            gross: h.gross,
        };
        years.push(year(first));
        for _ in 1..count {
            factor = factor * growth;
            let gross = (Money::new(s.gross_annual) * factor).cents();
            years.push(year(&self.basis.amounts(s, gross, percent)));
        }
        years
    }

    /// A recruit's cost month by month over `months` months, its need left
    /// uncovered while recruiting valued at `first_days` a week. Also
    /// returns the total, × 12, were it kept to the end (for the break-even).
    fn hire_months(
        &self,
        first: &HireAmounts,
        years: &[Year],
        months: u32,
        first_days: Quantity,
        exit: Option<Exit>,
    ) -> (HireMonths, Money) {
        let s = self.s;
        let tenure_months = Quantity::new(s.expected_tenure_years) * qty!(12);
        let one_off = first.recruitment()
            + affine(&hire::first_year_terms(s, first, self.price_per_day)).at(first_days);
        let mut out = HireMonths {
            twelfths: Vec::with_capacity(months as usize),
            one_off,
            replacements: 0,
            exit_cost: Money::ZERO,
            severance_months: Quantity::ZERO,
        };
        // A year's amounts are a month's twelfths as they are.
        let mut kept = one_off * qty!(12);
        let mut next_replacement = tenure_months;
        for t in 1..=months {
            let year = &years[((t - 1) / 12) as usize];
            let mut cost = if t == 1 {
                one_off * qty!(12)
            } else {
                Money::ZERO
            };
            kept += year.running_and_exit;
            match exit {
                Some(exit) if t >= exit.month => {
                    // Paid for the notice after the end of the need.
                    let served = Quantity::from(t - exit.month);
                    let share = (exit.notice_months - served).min(Quantity::ONE);
                    if share > Quantity::ZERO {
                        cost += year.running * share;
                    }
                }
                Some(_) => cost += year.running,
                None => cost += year.running_and_exit,
            }
            // A replacement starts each time a tenure ends (not after an exit).
            while Quantity::from(t - 1) >= next_replacement {
                kept += year.recruitment * qty!(12);
                if exit.is_none_or(|e| t < e.month) {
                    cost += year.recruitment * qty!(12);
                    out.replacements += 1;
                }
                next_replacement += tenure_months;
            }
            out.twelfths.push(cost);
        }
        if let Some(exit) = exit {
            // The notice beyond the profile's end is paid too, and the legal
            // severance at the end of the notice.
            let last = &years[((exit.month - 1) / 12) as usize];
            let in_profile = Quantity::from(months + 1 - exit.month);
            let beyond = (exit.notice_months - in_profile).max(Quantity::ZERO);
            let seniority_years = (Quantity::from(exit.month - 1) + exit.notice_months) / qty!(12);
            // Due from 8 months of service on the day of the dismissal
            // (L1234-9); its amount counts the notice (Cass. soc. 26 Sept 2007).
            out.severance_months = if exit.month - 1 < 8 {
                Quantity::ZERO
            } else {
                seniority_years.min(qty!(10)) * qty!(0.25)
                    + (seniority_years - qty!(10)).max(Quantity::ZERO) / qty!(3)
            };
            let notice_beyond = last.running / qty!(12) * beyond;
            let severance = last.gross / qty!(12) * out.severance_months;
            if let Some(end) = out.twelfths.last_mut() {
                *end += (notice_beyond + severance) * qty!(12);
            }
            let notice_in_profile = last.running / qty!(12) * exit.notice_months.min(in_profile);
            out.exit_cost = notice_in_profile + notice_beyond + severance;
        }
        (out, kept)
    }
}

/// The notice in months of a recruit dismissed after `seniority_months`:
/// the legal minimum (L1234-1: 1 month from 6 months of service, 2 from 2
/// years), or the scenario's notice when longer (the collective agreement's).
fn notice_months(s: &Scenario, seniority_months: u32) -> Quantity {
    let legal = match seniority_months {
        0..6 => Quantity::ZERO,
        6..24 => Quantity::ONE,
        _ => qty!(2),
    };
    (Quantity::new(s.notice_weeks) * qty!(12) / qty!(52)).max(legal)
}

/// Shared time's cost month by month, × 12 (see [`cumulative`]): fees,
/// VAT, travel and coordination in the months with a need, the start costs
/// at the first of them.
fn shared_twelfths(s: &Scenario, days: &[Quantity], price_per_day: Money) -> Vec<Money> {
    let growth = Quantity::ONE + Quantity::new(s.day_rate_growth_percent) / Quantity::HUNDRED;
    let start = affine(&shared::first_year_terms(s, price_per_day));
    let mut rate = Money::new(s.day_rate);
    billed_twelfths(days, start, |year| {
        if year > 0 {
            rate = rate * growth;
        }
        SharedAmounts::new(s, rate).affine()
    })
}

/// The cost month by month, × 12, of an option that follows the need: in
/// each month with a need, a year's cost at that need (`year_cost(n)` for
/// year `n` from 0, asked once a year, in order), and the start costs
/// `start` at the first of them.
pub(super) fn billed_twelfths(
    days: &[Quantity],
    start: Affine,
    mut year_cost: impl FnMut(u32) -> Affine,
) -> Vec<Money> {
    let first_need = days.iter().position(|d| !d.is_zero());
    let mut year = year_cost(0);
    let mut out = Vec::with_capacity(days.len());
    for (i, &d) in days.iter().enumerate() {
        if i > 0 && i % 12 == 0 {
            year = year_cost((i / 12) as u32);
        }
        let mut cost = if d.is_zero() { Money::ZERO } else { year.at(d) };
        if Some(i) == first_need {
            cost += start.at(d) * qty!(12);
        }
        out.push(cost);
    }
    out
}

/// The total over the months of costs × 12 `twelfths`, rounded to the
/// cent once, as each option's total over a profile is.
#[cfg(feature = "options")]
pub(super) fn total(twelfths: &[Money]) -> Money {
    cumulative(twelfths).last().copied().unwrap_or(Money::ZERO)
}

/// The need month by month, in days a week.
pub(super) fn monthly_days(profile: &NeedProfile) -> Vec<Quantity> {
    let mut days = Vec::with_capacity(profile.months() as usize);
    for p in profile.periods() {
        for _ in 0..p.months {
            days.push(Quantity::new(p.days_per_week));
        }
    }
    days
}

/// The cumulative sums of the months whose costs × 12 are `twelfths`,
/// each rounded to the cent. Kept in twelfths, the sums are exact (amounts a
/// year, one-offs × 12): the one division, by 12, comes before the rounding,
/// so the same costs in another order round the same.
fn cumulative(twelfths: &[Money]) -> Vec<Money> {
    let mut sum = Money::ZERO;
    twelfths
        .iter()
        .map(|&m| {
            sum += m;
            (sum / qty!(12)).cents()
        })
        .collect()
}

/// Each option's cost over the scenario's need profile.
pub(super) fn need_profile(input: &ProfileInput<'_>, profile: &NeedProfile) -> NeedProfileCost {
    let s = input.s;
    let months = profile.months();
    let days = monthly_days(profile);
    let peak = Quantity::new(profile.peak_days_per_week());
    let first_days = days
        .iter()
        .copied()
        .find(|d| !d.is_zero())
        .unwrap_or(Quantity::ZERO);
    let last_need = days.iter().rposition(|d| !d.is_zero()).unwrap_or(0) as u32 + 1;
    let exit = (s.exit_when_need_ends && last_need < months).then(|| Exit {
        month: last_need + 1,
        notice_months: notice_months(s, last_need),
    });

    let full_percent = qty!(100);
    let part_percent = work_time_percent(peak);
    let year_count = months.div_ceil(12);
    let full_years = input.years(input.full, full_percent, year_count);
    let (full, full_kept) = input.hire_months(input.full, &full_years, months, first_days, exit);
    // At a peak of five days the part-time recruit is the full-time one.
    let part = if part_percent == full_percent {
        full.clone()
    } else {
        let part_first = input
            .basis
            .amounts(s, Money::new(s.gross_annual), part_percent);
        let part_years = input.years(&part_first, part_percent, year_count);
        input
            .hire_months(&part_first, &part_years, months, first_days, exit)
            .0
    };
    let shared = shared_twelfths(s, &days, input.price_per_day);
    let (cum_full, cum_part, cum_shared) = (
        cumulative(&full.twelfths),
        cumulative(&part.twelfths),
        cumulative(&shared),
    );

    let mut periods = Vec::with_capacity(profile.periods().len());
    let mut start = 0usize;
    let at = |cum: &[Money], i: usize| if i == 0 { Money::ZERO } else { cum[i - 1] };
    for p in profile.periods() {
        let end = start + p.months as usize;
        periods.push(NeedPeriodCost {
            start_month: start as u32 + 1,
            months: p.months,
            days_per_week: p.days_per_week,
            full_time_hire: (at(&cum_full, end) - at(&cum_full, start)).into(),
            part_time_hire: (at(&cum_part, end) - at(&cum_part, start)).into(),
            shared_time: (at(&cum_shared, end) - at(&cum_shared, start)).into(),
        });
        start = end;
    }
    let total_of = |cum: &[Money]| cum.last().copied().unwrap_or(Money::ZERO);
    let (total_full, total_part, total_shared) = (
        total_of(&cum_full),
        total_of(&cum_part),
        total_of(&cum_shared),
    );
    let cheapest = if total_shared <= total_part && total_shared <= total_full {
        Cheapest::SharedTime
    } else if total_part <= total_full {
        Cheapest::PartTimeHire
    } else {
        Cheapest::FullTimeHire
    };

    // The break-even: the constant need whose shared time over these months
    // costs what the full-time hire does (whose need left uncovered while
    // recruiting is that same need).
    // Every month has a need at the break-even (half a day at least), so
    // travel and coordination count in each: shared time is `fixed + per_day × d`.
    let shared_affine = shared_constant(s, months, input.price_per_day);
    // The full-time hire kept to the end, its need left uncovered at `d`.
    let vacancy = affine(&hire::first_year_terms(s, input.full, input.price_per_day)).per_day;
    let full_affine = Affine {
        fixed: full_kept / qty!(12) - vacancy * first_days,
        per_day: vacancy,
    };
    let (break_even_days, break_even_reason) = break_even::days(full_affine, shared_affine);

    let mut day_months = Quantity::ZERO;
    for p in profile.periods() {
        day_months += Quantity::new(p.days_per_week) * Quantity::from(p.months);
    }
    let average = (day_months / Quantity::from(months)).round_dp(2);

    let lines = lines(
        input,
        peak,
        part_percent,
        &full,
        &part,
        exit,
        [total_full, total_part, total_shared],
    );
    NeedProfileCost {
        months,
        average_days_per_week: average.normalize().into(),
        peak_days_per_week: peak.normalize().into(),
        periods,
        total: NeedProfileTotal {
            full_time_hire: total_full.into(),
            part_time_hire: total_part.into(),
            shared_time: total_shared.into(),
        },
        cheapest,
        break_even_days_per_week: break_even_days.map(Into::into),
        break_even_reason,
        by_month: (0..months as usize)
            .map(|i| NeedProfileMonth {
                month: i as u32 + 1,
                days_per_week: days[i].normalize().into(),
                full_time_hire: cum_full[i].into(),
                part_time_hire: cum_part[i].into(),
                shared_time: cum_shared[i].into(),
            })
            .collect(),
        lines,
        warnings: vec![part_time_at_peak()],
    }
}

/// Shared time over `months` months at a constant need `d`: `fixed + per_day × d`.
fn shared_constant(s: &Scenario, months: u32, price_per_day: Money) -> Affine {
    let growth = Quantity::ONE + Quantity::new(s.day_rate_growth_percent) / Quantity::HUNDRED;
    let mut rate = Money::new(s.day_rate);
    let mut twelfths = Affine::constant(Money::ZERO);
    let mut left = months;
    while left > 0 {
        let in_year = Quantity::from(left.min(12));
        let year = SharedAmounts::new(s, rate).affine();
        twelfths = twelfths
            + Affine {
                fixed: year.fixed * in_year,
                per_day: year.per_day * in_year,
            };
        rate = rate * growth;
        left = left.saturating_sub(12);
    }
    let start = affine(&shared::first_year_terms(s, price_per_day));
    Affine {
        fixed: start.fixed + twelfths.fixed / qty!(12),
        per_day: start.per_day + twelfths.per_day / qty!(12),
    }
}

/// The warning that the part-time recruit is hired at the peak.
fn part_time_at_peak() -> Notice {
    Notice {
        id: "part_time_at_peak",
        fr: Lang::Fr.text("Le salarié à temps partiel est embauché au pic du besoin\u{a0}: réduire ensuite sa durée du travail modifie son contrat et demande son accord (Code du travail, art. L3123-4\u{a0}; la durée du travail et la rémunération sont des éléments du contrat, Cour de cassation)."),
        en: Lang::En.text("The part-time recruit is hired at the peak of the need: cutting their working time later changes their contract and needs their agreement (Code du travail L3123-4; working time and pay are terms of the contract, Cour de cassation)."),
    }
}

/// How each option's total over the profile is computed, with its source.
fn lines(
    input: &ProfileInput<'_>,
    peak: Quantity,
    part_percent: Quantity,
    full: &HireMonths,
    part: &HireMonths,
    exit: Option<Exit>,
    [total_full, total_part, total_shared]: [Money; 3],
) -> Vec<crate::CostLine> {
    let s = input.s;
    let preset = s.defaults.preset(s.role);
    let mut terms = vec![
        Term::fixed(
            "need_profile_shared_time",
            tr(
                "Temps partagé, selon le besoin",
                "Shared time, following the need",
            ),
            total_shared,
            Formula::new(
                "Σ des mois avec besoin\u{a0}: (tarif de l'année × jours par semaine × {} semaines + déplacements et coordination) ÷ 12, plus le démarrage au premier mois de besoin",
                "Σ over the months with a need: (the year's day rate × days a week × {} weeks + travel and coordination) ÷ 12, plus the start at the first month of need",
                &[Arg::Num(Quantity::new(s.weeks_per_year))],
            ),
            (Some(&preset.day_rate_source), preset.day_rate_estimate),
        ),
        Term::fixed(
            "need_profile_full_time_hire",
            tr(
                "Salarié à temps plein, quel que soit le besoin",
                "Full-time hire, whatever the need",
            ),
            total_full,
            Formula::new(
                "Σ des mois\u{a0}: coût annuel de l'année ÷ 12, plus {} une fois (recrutement, montée en compétence, besoin non couvert)\u{a0}; remplacements\u{a0}: {}",
                "Σ over the months: the year's annual cost ÷ 12, plus {} once (recruitment, ramp-up, need left uncovered); replacements: {}",
                &[
                    Arg::Eur(full.one_off.cents()),
                    Arg::Num(Quantity::from(full.replacements)),
                ],
            ),
            (Some(&input.basis.rules.payroll_source), false),
        ),
        Term::fixed(
            "need_profile_part_time_hire",
            tr(
                "Salarié à temps partiel, embauché au pic",
                "Part-time hire, hired at the peak",
            ),
            total_part,
            Formula::new(
                "comme à temps plein, à {} j/sem. ({} du temps plein), plus {} une fois\u{a0}; remplacements\u{a0}: {}",
                "as full time, at {} days a week ({} of full time), plus {} once; replacements: {}",
                &[
                    Arg::Num(peak),
                    Arg::Pct(part_percent),
                    Arg::Eur(part.one_off.cents()),
                    Arg::Num(Quantity::from(part.replacements)),
                ],
            ),
            (Some(&PART_TIME_AT_PEAK_SOURCE), false),
        ),
    ];
    if let Some(exit) = exit {
        terms.push(Term::fixed(
            "need_profile_exit",
            tr(
                "Départ du salarié à temps plein quand le besoin s'arrête",
                "The full-time recruit leaves when the need ends",
            ),
            full.exit_cost.cents(),
            Formula::new(
                "licenciement au mois {}\u{a0}: {} mois de préavis payés, plus {} mois de salaire d'indemnité légale",
                "dismissal in month {}: {} months of notice paid, plus {} months of salary of legal severance",
                &[
                    Arg::Num(Quantity::from(exit.month)),
                    Arg::Num(exit.notice_months),
                    Arg::Num(full.severance_months),
                ],
            ),
            (Some(&NOTICE_LEGAL_SOURCE), false),
        ));
    }
    terms.iter().map(|t| t.line(Quantity::ZERO)).collect()
}

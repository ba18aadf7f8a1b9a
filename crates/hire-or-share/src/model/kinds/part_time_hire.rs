//! The part-time permanent hire (*CDI à temps partiel*) at the need, or at
//! days of its own. Its cost model is [`super::super::hire`]'s; its cost is
//! not affine in the need (the payroll is not), so its break-even against
//! the full-time hire is read on the curve.

use rust_decimal::Decimal;

use crate::lang::Lang;
use crate::money::{Money, Quantity, qty};
use crate::option_list::OptionSpec;

use super::super::hire::{part_time, work_time_percent};
use super::super::horizon::later_year;
use super::super::result::{NoBreakEven, OptionResult, Threshold};
use super::{Reference, growth, label};

/// The kind's name.
const NAME: (&str, &str) = ("Recrutement à temps partiel", "Part-time hire");

/// The part-time hire at its days a week.
pub(super) fn price(r: &Reference<'_>, spec: &OptionSpec) -> OptionResult {
    let s = r.s;
    let days = r.days(spec);
    let own = (spec.days_per_week.is_some()).then(|| part_time(s, r.basis, days, r.price_per_day));
    let (part, _) = own.as_ref().map_or(r.part, |(p, annual)| (p, *annual));
    let horizon = if own.is_some() {
        let mut years = vec![part.cost.first_year_cost];
        for year in 2..=s.horizon_years {
            let gross =
                (Money::new(s.gross_annual) * growth(s.salary_growth_percent, year)).cents();
            let amounts = r.basis.amounts(s, gross, work_time_percent(days));
            years.push(later_year(s, &amounts, year).into());
        }
        years
    } else {
        r.horizon.iter().map(|y| y.part_time_hire).collect()
    };
    let curve: Vec<Decimal> = r.curve.iter().map(|p| p.part_time_hire).collect();
    OptionResult {
        kind: spec.kind,
        label_fr: label(Lang::Fr, NAME, spec, days),
        label_en: label(Lang::En, NAME, spec, days),
        days_per_week: days.into(),
        day_rate: None,
        cost: part.cost.clone(),
        break_even: Some(on_the_curve(r, &curve)),
        first_year_break_even: None,
        curve,
        horizon,
        // Over a profile, the part-time recruit is hired at its peak.
        need_profile_total: r.profile.as_ref().map(|(_, t)| t.part_time_hire),
        warnings: part.warnings.clone(),
    }
}

/// Where the part-time hire's curve meets the full-time hire's below five
/// days a week, interpolated between the curve's points (2 decimals).
fn on_the_curve(r: &Reference<'_>, curve: &[Decimal]) -> Threshold {
    let full = r.full_annual.cents();
    let mut previous: Option<(Quantity, Money)> = None;
    for (point, &cost) in r.curve.iter().zip(curve) {
        let days = Quantity::new(point.days_per_week);
        let cost = Money::new(cost);
        if days >= qty!(5) {
            break;
        }
        if cost >= full {
            return Threshold::DaysPerWeek(match previous {
                Some((d0, c0)) if cost > c0 => (d0 + (days - d0) * ((full - c0) / (cost - c0)))
                    .round_dp(2)
                    .into(),
                _ => days.into(),
            });
        }
        previous = Some((days, cost));
    }
    Threshold::None(NoBreakEven::SharedCheaperAtEveryNeed)
}

//! The multi-year view: each option's cost year by year and cumulated, with
//! salary and day-rate growth, and a new recruitment each time a tenure ends.

use crate::Scenario;
use crate::money::{Money, Quantity, qty};

use super::hire::{HireAmounts, HireBasis, work_time_percent};
use super::result::{HorizonYear, OptionCost};
use super::shared::SharedAmounts;

/// Year by year, over the scenario's horizon: year 1 is each option's first
/// year; later years grow the salary and the day rate.
pub(super) fn horizon(
    s: &Scenario,
    basis: &HireBasis,
    full: &OptionCost,
    part: &OptionCost,
    shared: &OptionCost,
) -> Vec<HorizonYear> {
    let salary_growth = Quantity::ONE + Quantity::new(s.salary_growth_percent) / Quantity::HUNDRED;
    let rate_growth = Quantity::ONE + Quantity::new(s.day_rate_growth_percent) / Quantity::HUNDRED;
    let (mut salary_factor, mut rate_factor) = (Quantity::ONE, Quantity::ONE);
    let days = Quantity::new(s.days_per_week);
    let work_time_percent = work_time_percent(days);
    let (mut cumulative_full, mut cumulative_part, mut cumulative_shared) =
        (Money::ZERO, Money::ZERO, Money::ZERO);
    let mut years = Vec::with_capacity(s.horizon_years as usize);
    for year in 1..=s.horizon_years {
        let (f, p, sh) = if year == 1 {
            (
                Money::new(full.first_year_cost),
                Money::new(part.first_year_cost),
                Money::new(shared.first_year_cost),
            )
        } else {
            salary_factor = salary_factor * salary_growth;
            rate_factor = rate_factor * rate_growth;
            let gross = (Money::new(s.gross_annual) * salary_factor).cents();
            let f = later_year(s, &basis.amounts(s, gross, qty!(100)), year);
            let p = later_year(s, &basis.amounts(s, gross, work_time_percent), year);
            let rate = Money::new(s.day_rate) * rate_factor;
            let sh = SharedAmounts::new(s, rate).affine().at(days).cents();
            (f, p, sh)
        };
        cumulative_full += f;
        cumulative_part += p;
        cumulative_shared += sh;
        years.push(HorizonYear {
            year,
            full_time_hire: f.into(),
            part_time_hire: p.into(),
            shared_time: sh.into(),
            cumulative_full_time_hire: cumulative_full.into(),
            cumulative_part_time_hire: cumulative_part.into(),
            cumulative_shared_time: cumulative_shared.into(),
        });
    }
    years
}

/// A recruit's cost in `year` (2 or more) with the amounts `h` of that
/// year's salary: the first recruitment is in year 1; later years pay
/// running costs, the exit cost, and a new recruitment in each year in
/// which a tenure ends.
pub(super) fn later_year(s: &Scenario, h: &HireAmounts, year: u32) -> Money {
    let hires = replacements_in_year(Quantity::new(s.expected_tenure_years), year);
    (h.running() + h.exit_amortized + h.recruitment() * hires).cents()
}

/// How many replacement hires start in `year` (2 or more) when each hire
/// stays `tenure` years: the multiples of the tenure in `[year − 1, year)`.
fn replacements_in_year(tenure: Quantity, year: u32) -> Quantity {
    let (start, end) = (Quantity::from(year - 1), Quantity::from(year));
    let mut count = Quantity::ZERO;
    let mut at = tenure;
    while at < end {
        if at >= start {
            count += Quantity::ONE;
        }
        at += tenure;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replacement_starts_in_each_year_a_tenure_ends() {
        assert_eq!(replacements_in_year(qty!(3), 2), Quantity::ZERO);
        assert_eq!(replacements_in_year(qty!(3), 4), Quantity::ONE);
        assert_eq!(replacements_in_year(qty!(0.5), 2), qty!(2));
        assert_eq!(replacements_in_year(qty!(1.5), 2), Quantity::ONE);
    }
}

//! The comparison of one scenario put together: the full-time hire, the
//! part-time hire and shared time at the need, then the break-even, the
//! savings, the curve, the horizon and the sensitivity.

use crate::Scenario;
use crate::error::Error;
use crate::error::guarded;
use crate::money::{Money, Quantity, qty};
use crate::payroll::{EmployerCost, employer_cost};
use crate::rules::Rules;

use super::break_even;
use super::curve::{Costs, curve};
use super::hire::{self, Hire, HireAmounts, HireBasis, part_time, price_per_day};
use super::horizon::horizon;
#[cfg(feature = "options")]
use super::kinds;
use super::result::{
    BreakEven, Comparison, FullTimeHire, OptionCost, Savings, SharedTime, TimeToValue,
};
use super::sensitivity::Baseline;
use super::shared;
use super::term::{Affine, Term, affine};

/// Compares a full-time hire, a part-time hire and shared time for one
/// company's numbers.
///
/// ```
/// use hire_or_share::{compare, Role, Scenario};
/// use rust_decimal_macros::dec;
///
/// let mut scenario = Scenario::preset(Role::Daf);
/// scenario.days_per_week = dec!(1);
/// let result = compare(&scenario)?;
/// // At one day a week, shared time costs far less than a full-time CFO…
/// assert!(result.savings.amount > dec!(50000));
/// // …and the two cost the same somewhere between 2 and 4 days a week.
/// let days = result.break_even.days_per_week.unwrap();
/// assert!(days > dec!(2) && days < dec!(4), "{days}");
/// # Ok::<(), hire_or_share::Error>(())
/// ```
///
/// # Errors
///
/// Any error of [`Scenario::validate`], naming the field and its range.
pub fn compare(scenario: &Scenario) -> Result<Comparison, Error> {
    compare_with(scenario, Detail::Full)
}

/// How much of the comparison to compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// Everything, as [`compare`] does.
    #[default]
    Full,
    /// Everything but the break-even day rate and gross salary
    /// ([`BreakEven::day_rate`] and [`BreakEven::gross_annual`] are `None`).
    /// The salary is found by a search over the payroll, about a fifth of the
    /// comparison's time: a screen that does not show these two (the widget)
    /// or a total that does not use them ([`compare_bundle`](crate::compare_bundle))
    /// need not pay for them. Every other figure is the same as with
    /// [`Detail::Full`].
    WithoutBreakEvenPrices,
}

/// [`compare`], computing only what `detail` asks for.
///
/// ```
/// use hire_or_share::{compare, compare_with, Detail, Role, Scenario};
///
/// let scenario = Scenario::preset(Role::Drh);
/// let full = compare(&scenario)?;
/// let lighter = compare_with(&scenario, Detail::WithoutBreakEvenPrices)?;
/// assert_eq!(lighter.break_even.gross_annual, None);
/// assert_eq!(lighter.savings, full.savings);
/// # Ok::<(), hire_or_share::Error>(())
/// ```
///
/// # Errors
///
/// Any error of [`Scenario::validate`], naming the field and its range.
pub fn compare_with(scenario: &Scenario, detail: Detail) -> Result<Comparison, Error> {
    guarded(|| Ok(Model::new(scenario, scenario.validate()?)?.compare(detail)))
}

/// The costs of shared time and of a full-time hire for `scenario`, as
/// [`compare`] gives them (`shared_time.cost`, `full_time_hire.cost`),
/// without the rest of the comparison, and what the full-time recruit uses
/// of the non-profit allowance on the taxe sur les salaires: all that a
/// bundle needs of each role.
pub(super) fn option_costs(scenario: &Scenario) -> Result<(OptionCost, OptionCost, Money), Error> {
    guarded(|| {
        let model = Model::new(scenario, scenario.validate()?)?;
        let shared_terms = shared::terms(scenario, Money::new(scenario.day_rate));
        let shared_first_year = shared::first_year_terms(scenario, model.price_per_day);
        let shared = shared::cost(scenario, &shared_terms, &shared_first_year);
        let allowance_used = model
            .full_payroll
            .lines
            .iter()
            .find(|l| l.id == "taxe_salaires_abattement")
            .map_or(Money::ZERO, |l| -Money::new(l.amount));
        Ok((shared, model.full_cost(), allowance_used))
    })
}

/// A scenario's full-time recruit, worked out once for the whole comparison.
struct Model<'a> {
    s: &'a Scenario,
    /// The scenario's side of every recruit's amounts.
    basis: HireBasis,
    full: HireAmounts,
    /// The full-time recruit's payroll, line by line.
    full_payroll: EmployerCost,
    /// The recruit's cost per productive day: the price of a day of need left uncovered.
    price_per_day: Money,
}

impl<'a> Model<'a> {
    /// # Errors
    ///
    /// Those of [`employer_cost`], whose input is checked again.
    fn new(s: &'a Scenario, rules: &'static Rules) -> Result<Self, Error> {
        let full_payroll = employer_cost(&s.employer_cost_input(s.gross_annual, qty!(100).into()))?;
        let basis = HireBasis::new(s, rules);
        let full = basis.with_payroll(s, &full_payroll, qty!(100));
        let price_per_day = price_per_day(s, &full);
        Ok(Self {
            s,
            basis,
            full,
            full_payroll,
            price_per_day,
        })
    }

    /// The full-time hire's first-year terms beyond its steady state.
    fn full_first_year_terms(&self) -> Vec<Term> {
        hire::first_year_terms(self.s, &self.full, self.price_per_day)
    }

    /// The full-time hire's costs at the need, line by line.
    fn full_cost(&self) -> OptionCost {
        let first_year = self.full_first_year_terms();
        let full_hire = Hire::new(self.s, self.basis.rules, self.full.clone());
        full_hire.cost(self.s, Quantity::new(self.s.days_per_week), &first_year)
    }

    fn compare(self, detail: Detail) -> Comparison {
        let s = self.s;
        let days = Quantity::new(s.days_per_week);

        // Full-time hire: steady state, and the first year as running +
        // recruitment once + exit amortized + ramp-up + vacancy.
        let full = &self.full;
        let full_annual_exact = full.annual(s);
        let full_first_year_extra = affine(&self.full_first_year_terms());
        let full_first_year = Affine {
            fixed: full.running()
                + full.recruitment()
                + full.exit_amortized
                + full_first_year_extra.fixed,
            per_day: full_first_year_extra.per_day,
        };
        let full_cost = self.full_cost();

        // Shared time.
        let shared_terms = shared::terms(s, Money::new(s.day_rate));
        let shared_first_year_terms = shared::first_year_terms(s, self.price_per_day);
        let shared = affine(&shared_terms);
        let shared_first_year_extra = affine(&shared_first_year_terms);
        let shared_cost = shared::cost(s, &shared_terms, &shared_first_year_terms);
        let days_per_year = days * Quantity::new(s.weeks_per_year);

        // Part-time hire at the need.
        let (part, part_annual_exact) = part_time(s, &self.basis, days, self.price_per_day);

        // Break-even.
        let steady = break_even::days(Affine::constant(full_annual_exact), shared);
        let first_year = break_even::days(full_first_year, shared + shared_first_year_extra);
        let (day_rate, gross_annual) = match detail {
            Detail::Full => (
                break_even::day_rate(s, full_annual_exact, shared.fixed),
                break_even::gross_annual(s, &self.basis, full, shared.at(days)),
            ),
            Detail::WithoutBreakEvenPrices => (None, None),
        };

        let full_annual = Money::new(full_cost.annual_cost);
        let savings_amount = full_annual - Money::new(shared_cost.annual_cost);
        let savings = Savings {
            amount: savings_amount.into(),
            percent: if full_annual.is_zero() {
                Quantity::ZERO
            } else {
                (savings_amount / full_annual * Quantity::HUNDRED).round_dp(1)
            }
            .into(),
            first_year_amount: (Money::new(full_cost.first_year_cost)
                - Money::new(shared_cost.first_year_cost))
            .into(),
        };

        let curve = curve(
            s,
            &self.basis,
            &Costs {
                known_part: (days, part_annual_exact),
                full: full_annual_exact,
                full_first_year,
                shared,
                shared_first_year_extra,
            },
        );
        let horizon = horizon(s, &self.basis, &full_cost, &part.cost, &shared_cost);
        let sensitivity = Baseline {
            scenario: s,
            basis: &self.basis,
            full,
            full_payroll: &self.full_payroll,
        }
        .sensitivity();

        let weeks = |w| Quantity::new(w);
        let time_to_value = TimeToValue {
            shared_time_weeks: (weeks(s.shared_start_weeks) + weeks(s.shared_ramp_up_weeks)).into(),
            full_time_hire_weeks: (weeks(s.time_to_hire_weeks)
                + weeks(s.notice_weeks)
                + weeks(s.ramp_up_weeks))
            .into(),
        };

        #[cfg(not(feature = "need-profile"))]
        let need_profile = None;
        #[cfg(feature = "need-profile")]
        let need_profile = s.need_profile.as_ref().map(|profile| {
            super::profile::need_profile(
                &super::profile::ProfileInput {
                    s,
                    basis: &self.basis,
                    full,
                    price_per_day: self.price_per_day,
                },
                profile,
            )
        });

        #[cfg(feature = "options")]
        let (options, cheapest_option) = kinds::price_all(&kinds::Reference {
            s,
            basis: &self.basis,
            full,
            full_annual: full_annual_exact,
            full_first_year,
            full_cost: &full_cost,
            part: (&part, part_annual_exact),
            horizon: &horizon,
            curve: &curve,
            price_per_day: self.price_per_day,
            profile: need_profile
                .as_ref()
                .and_then(|p: &super::result::NeedProfileCost| {
                    #[cfg(feature = "need-profile")]
                    let days = s.need_profile.as_ref().map(super::profile::monthly_days)?;
                    #[cfg(not(feature = "need-profile"))]
                    let days = Vec::new();
                    Some((days, &p.total))
                }),
        });

        Comparison {
            scenario: *s,
            period: self.full_payroll.period.clone(),
            full_time_hire: FullTimeHire {
                cost: full_cost,
                productive_days: self.full.productive_days.into(),
                employer_cost: self.full_payroll,
            },
            part_time_hire: part,
            shared_time: SharedTime {
                cost: shared_cost,
                day_rate: s.day_rate,
                weeks_per_year: s.weeks_per_year,
                days_per_year: days_per_year.into(),
            },
            break_even: BreakEven {
                days_per_week: steady.0.map(Into::into),
                reason: steady.1,
                first_year_days_per_week: first_year.0.map(Into::into),
                first_year_reason: first_year.1,
                day_rate: day_rate.map(Into::into),
                gross_annual: gross_annual.map(Into::into),
            },
            savings,
            curve,
            time_to_value,
            horizon,
            sensitivity,
            need_profile,
            #[cfg(feature = "options")]
            options,
            #[cfg(feature = "options")]
            cheapest_option,
        }
    }
}

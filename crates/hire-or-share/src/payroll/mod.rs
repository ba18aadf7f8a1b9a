//! The French employer cost of a permanent contract (CDI), full or part time.
//!
//! [`employer_cost`] computes every employer contribution (*cotisations
//! patronales*), the RGDU low-wage reduction, the employee contributions
//! (*cotisations salariales*, CSG and CRDS) and the net salary before income
//! tax (*net à payer avant impôt*), line by line, for metropolitan France
//! outside Alsace-Moselle.
//!
//! # Conventions
//!
//! - The rules in force on the chosen date are applied to twelve months of
//!   the same salary, as the official simulator (mon-entreprise.urssaf.fr)
//!   does. Annual caps are twelve times the monthly ones.
//! - Rounding: each line is computed on the exact annual base and rounded
//!   once, to the cent, half away from zero; totals are sums of rounded
//!   lines. The RGDU coefficient is rounded to four decimals, as the law
//!   says.
//! - Headcount thresholds: "from 11" means 11 employees or more.

mod input;
mod lines;
mod result;
mod rgdu;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::error::guarded;
use crate::rules::Rules;

pub use input::{EmployerCostInput, MAX_GROSS_ANNUAL, MAX_HEADCOUNT};
use lines::Payroll;
pub use result::{EmployerCost, Line, Payer, Period, RgduDetail};

/// Computes the annual employer cost and net salary of a CDI (full time, or
/// part time with [`EmployerCostInput::work_time_percent`]).
///
/// ```
/// use hire_or_share::{employer_cost, EmployerCostInput};
/// use rust_decimal_macros::dec;
///
/// let cost = employer_cost(&EmployerCostInput::new(dec!(55000))).unwrap();
/// assert!(cost.total_employer_cost > dec!(70000));
/// assert!(cost.net_before_income_tax < dec!(45000));
/// ```
///
/// # Errors
///
/// Any error of [`EmployerCostInput::validate`]; never panics, including on
/// decimal overflow (reported as [`ErrorKind::Overflow`](crate::ErrorKind::Overflow)).
pub fn employer_cost(input: &EmployerCostInput) -> Result<EmployerCost, Error> {
    guarded(|| Ok(Payroll::new(input, input.validate()?, true).compute()))
}

/// The total employer cost (*coût total employeur*: gross salary plus
/// employer contributions after reductions) alone, for bulk use: the same
/// amount as [`employer_cost`]'s `total_employer_cost`, without the lines and
/// without the employee's side.
///
/// ```
/// use hire_or_share::{employer_cost, total_employer_cost, EmployerCostInput};
/// use rust_decimal_macros::dec;
///
/// let input = EmployerCostInput::new(dec!(55000));
/// let total = total_employer_cost(&input)?;
/// assert_eq!(total, employer_cost(&input)?.total_employer_cost);
/// # Ok::<(), hire_or_share::Error>(())
/// ```
///
/// # Errors
///
/// Any error of [`EmployerCostInput::validate`], as [`employer_cost`].
pub fn total_employer_cost(input: &EmployerCostInput) -> Result<Decimal, Error> {
    guarded(|| Ok(employer_cost_totals(input, input.validate()?).total_employer_cost))
}

/// [`employer_cost`] without the lines (`lines` is empty): the same totals,
/// for the comparison's curve and searches, which need dozens of them.
///
/// Only the employer's side is computed: `employer_contributions` and
/// `total_employer_cost` are exact, the employee contributions and the net
/// are left out (the health plan's employee share aside), and so is the RGDU's
/// `cliff_amount`.
///
/// The ranges are not checked again, and `rules` are those of the input's
/// date, looked up once: the comparison validates its scenario once, and its
/// multi-year view may project a salary past the input maximum (arithmetic
/// stays checked).
pub(crate) fn employer_cost_totals(
    input: &EmployerCostInput,
    rules: &'static Rules,
) -> EmployerCost {
    Payroll::new(input, rules, false).compute()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::rules::rules_for;

    proptest! {
        /// Without lines, the employer's side is exactly the same.
        #[test]
        fn totals_mode_has_the_same_employer_side(
            gross_cents in 100_000i64..=200_000_000,
            headcount in 1u32..=3000,
            cadre: bool,
            work_time in 1i64..=100,
        ) {
            let mut input = EmployerCostInput::new(Decimal::new(gross_cents, 2));
            input.headcount = headcount;
            input.cadre = cadre;
            input.work_time_percent = Decimal::from(work_time);
            // Salaries from the SMIC for the working time up.
            prop_assume!(input.gross_annual >= input.minimum_gross_annual(rules_for(None).unwrap()));
            let full = employer_cost(&input).unwrap();
            let totals = employer_cost_totals(&input, rules_for(input.date).unwrap());
            prop_assert_eq!(full.employer_contributions, totals.employer_contributions);
            prop_assert_eq!(full.total_employer_cost, totals.total_employer_cost);
            prop_assert_eq!(full.total_employer_cost, total_employer_cost(&input).unwrap());
            prop_assert_eq!(full.rgdu, totals.rgdu);
        }
    }
}

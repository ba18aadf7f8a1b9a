//! The sensitivity of the answer: how the steady-state break-even moves when
//! each main assumption moves ±20 %, sorted by impact (the tornado chart).

use rust_decimal::Decimal;

use crate::Scenario;
use crate::defaults::assumption;
use crate::lang::tr;
use crate::money::{Money, Quantity, qty};
use crate::payroll::EmployerCost;

use super::break_even::{self, BreakEvenDays};
use super::hire::{HireAmounts, HireBasis};
use super::result::Sensitivity;
use super::shared::SharedAmounts;
use super::term::Affine;

/// Which side of the comparison an assumption of the sensitivity moves.
#[derive(Clone, Copy)]
enum Side {
    /// The recruit's salary: the payroll is computed again.
    Payroll,
    /// The recruit's other costs, around the same payroll.
    Hire,
    /// Shared time only: the recruit's cost stays.
    Shared,
}

/// A field of the sensitivity: its JSON name, where it is in a scenario, and
/// the side it moves.
type Field = (&'static str, fn(&mut Scenario) -> &mut Decimal, Side);

/// The assumptions varied, in the order their ties are shown.
const FIELDS: [Field; 12] = [
    ("grossAnnual", |s| &mut s.gross_annual, Side::Payroll),
    ("dayRate", |s| &mut s.day_rate, Side::Shared),
    ("weeksPerYear", |s| &mut s.weeks_per_year, Side::Shared),
    (
        "recruitmentFeePercent",
        |s| &mut s.recruitment_fee_percent,
        Side::Hire,
    ),
    (
        "trialFailurePercent",
        |s| &mut s.trial_failure_percent,
        Side::Hire,
    ),
    (
        "expectedTenureYears",
        |s| &mut s.expected_tenure_years,
        Side::Hire,
    ),
    ("workspaceAnnual", |s| &mut s.workspace_annual, Side::Hire),
    ("equipmentAnnual", |s| &mut s.equipment_annual, Side::Hire),
    ("trainingAnnual", |s| &mut s.training_annual, Side::Hire),
    (
        "mealVoucherEmployerShare",
        |s| &mut s.meal_voucher_employer_share,
        Side::Hire,
    ),
    (
        "transportPassMonthly",
        |s| &mut s.transport_pass_monthly,
        Side::Hire,
    ),
    ("absenceDays", |s| &mut s.absence_days, Side::Hire),
];

/// Whether the sensitivity varies the field `json`.
pub(crate) fn varies(json: &str) -> bool {
    FIELDS.iter().any(|(field, ..)| *field == json)
}

/// What the sensitivity starts from: the scenario, its recruit and payroll.
pub(super) struct Baseline<'a> {
    pub(super) scenario: &'a Scenario,
    pub(super) basis: &'a HireBasis,
    /// The full-time recruit at the scenario's salary.
    pub(super) full: &'a HireAmounts,
    /// Its payroll, kept for the variations that do not change the salary.
    pub(super) full_payroll: &'a EmployerCost,
}

impl Baseline<'_> {
    /// One row per assumption that is not zero, largest impact first.
    pub(super) fn sensitivity(&self) -> Vec<Sensitivity> {
        // Shared time as it is, for the variations of the hire's side.
        let shared = SharedAmounts::new(self.scenario, Money::new(self.scenario.day_rate)).affine();
        // One copy of the scenario, varied one field at a time and put back.
        let mut variant = *self.scenario;
        // The full-time SMIC of the rules applied, to the cent.
        let minimum_wage = self
            .scenario
            .employer_cost_input(self.scenario.gross_annual, Decimal::ONE_HUNDRED)
            .minimum_gross_annual(self.basis.rules);
        let mut rows = Vec::with_capacity(FIELDS.len());
        for (field, get, side) in FIELDS {
            let value = *get(&mut variant);
            if value.is_zero() {
                continue;
            }
            // Only the varied field can leave its range, the rest being valid: a
            // variation past a range's end is brought back to it, as a user could
            // set it (45 weeks + 20 % is over 52).
            // An amount stays to the cent, as every interface reads one.
            let range = Scenario::range_of(field);
            let money = Scenario::is_money(field);
            let vary = |factor: Quantity| -> Decimal {
                let mut varied = Quantity::new(value) * factor;
                if money {
                    varied = varied.round_dp(2);
                }
                let varied = varied.normalize().decimal();
                range.map_or(varied, |(min, max)| varied.clamp(min, max))
            };
            let (mut low_value, high_value) = (vary(qty!(0.8)), vary(qty!(1.2)));
            // The salary −20 % may fall below the SMIC, which no employer may
            // pay: the row is then at the SMIC, and says so.
            let low_at_minimum_wage = field == "grossAnnual" && low_value < minimum_wage;
            if low_at_minimum_wage {
                low_value = minimum_wage;
            }
            *get(&mut variant) = low_value;
            let low_break_even = self.steady_break_even(&variant, side, shared);
            *get(&mut variant) = high_value;
            let high_break_even = self.steady_break_even(&variant, side, shared);
            *get(&mut variant) = value;
            let impact = (break_even::days_or_bound(high_break_even)
                - break_even::days_or_bound(low_break_even))
            .abs();
            let (label_fr, label_en) = match assumption(field) {
                Some(a) => (a.label_fr, a.label_en),
                None => match field {
                    "grossAnnual" => tr("Salaire brut annuel", "Gross annual salary"),
                    _ => tr("Tarif journalier HT", "Day rate excluding VAT"),
                },
            };
            rows.push(Sensitivity {
                field,
                label_fr,
                label_en,
                value,
                low_value,
                low_at_minimum_wage,
                high_value,
                low_break_even: low_break_even.0.map(Decimal::from),
                high_break_even: high_break_even.0.map(Decimal::from),
                impact: impact.into(),
            });
        }
        // By impact, largest first, ties in the order of `FIELDS`.
        let place = |field: &str| FIELDS.iter().position(|f| f.0 == field);
        rows.sort_unstable_by(|a, b| {
            b.impact
                .cmp(&a.impact)
                .then_with(|| place(a.field).cmp(&place(b.field)))
        });
        rows
    }

    /// Steady-state break-even of `scenario`, a variation of the baseline in
    /// a field of `side`: the payroll is computed again only for
    /// [`Side::Payroll`], the hire not at all for [`Side::Shared`], and
    /// shared time, `shared` as it is, only for [`Side::Shared`].
    fn steady_break_even(&self, scenario: &Scenario, side: Side, shared: Affine) -> BreakEvenDays {
        let full_time = qty!(100);
        let rules = self.basis.rules;
        let hire_annual = match side {
            Side::Payroll => HireBasis::new(scenario, rules)
                .amounts(scenario, Money::new(scenario.gross_annual), full_time)
                .annual(scenario),
            Side::Hire => HireBasis::new(scenario, rules)
                .with_payroll(scenario, self.full_payroll, full_time)
                .annual(scenario),
            Side::Shared => {
                let shared = SharedAmounts::new(scenario, Money::new(scenario.day_rate)).affine();
                return break_even::days(Affine::constant(self.full.annual(scenario)), shared);
            }
        };
        break_even::days(Affine::constant(hire_annual), shared)
    }
}

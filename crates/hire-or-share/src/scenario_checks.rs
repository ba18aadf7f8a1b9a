//! The checks of a scenario: the allowed range of each of its decimal
//! fields, in one table, and [`Scenario::validate`], which checks them all
//! and the payroll's own fields.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::Scenario;
use crate::defaults::{MAX_DAY_RATE, MIN_DAY_RATE};
use crate::error::{Error, Unit, check};
use crate::payroll::{MAX_GROSS_ANNUAL, MAX_HEADCOUNT};
use crate::rules::Rules;

/// A row of [`DECIMAL_RANGES`].
type Range = crate::error::Range<Scenario>;

/// One row of [`DECIMAL_RANGES`]: a field's JSON name, its member, its
/// range and its unit.
macro_rules! range {
    ($json:literal, $field:ident, $min:expr, $max:expr, $unit:ident) => {
        ($json, |s: &Scenario| s.$field, $min, $max, Unit::$unit)
    };
}

/// The range of the headcount, as [`Scenario::validate`] checks it.
const HEADCOUNT_RANGE: (Decimal, Decimal, Unit) = (
    Decimal::ONE,
    Decimal::from_parts(MAX_HEADCOUNT, 0, 0, false, 0),
    Unit::Count,
);

/// The range of the multi-year horizon, as [`Scenario::validate`] checks it.
const HORIZON_YEARS_RANGE: (Decimal, Decimal, Unit) = (Decimal::ONE, dec!(5), Unit::Years);

/// The unit and allowed range of a field checked by [`Scenario::validate`],
/// by its JSON name: its own decimal fields, the headcount and the horizon,
/// and the payroll's fields under the latest rules (the salary from their
/// SMIC); `None` for a field without a range.
pub(crate) fn unit_and_range(field: &str) -> Option<(Unit, Decimal, Decimal)> {
    match field {
        "headcount" => Some((HEADCOUNT_RANGE.2, HEADCOUNT_RANGE.0, HEADCOUNT_RANGE.1)),
        "horizonYears" => Some((
            HORIZON_YEARS_RANGE.2,
            HORIZON_YEARS_RANGE.0,
            HORIZON_YEARS_RANGE.1,
        )),
        _ => DECIMAL_RANGES
            .iter()
            .find(|r| r.0 == field)
            .map(|r| (r.4, r.2, r.3))
            .or_else(|| {
                let latest = crate::rules::PERIODS.last()?;
                crate::EmployerCostInput::range_in(field, latest)
            }),
    }
}

/// The range of every decimal field of a scenario, in the order they are
/// checked (the payroll's own fields are checked by [`EmployerCostInput::validate`](crate::EmployerCostInput::validate)).
const DECIMAL_RANGES: &[Range] = &[
    range!(
        "daysPerWeek",
        days_per_week,
        dec!(0.5),
        dec!(5),
        DaysPerWeek
    ),
    range!(
        "mealVoucherEmployerShare",
        meal_voucher_employer_share,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "transportPassMonthly",
        transport_pass_monthly,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "workspaceAnnual",
        workspace_annual,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "equipmentAnnual",
        equipment_annual,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "trainingAnnual",
        training_annual,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "managerTimeAnnual",
        manager_time_annual,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "recruitmentInternalCost",
        recruitment_internal_cost,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "sharedStartFee",
        shared_start_fee,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "sharedTravelAnnual",
        shared_travel_annual,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    range!(
        "sharedCoordinationAnnual",
        shared_coordination_annual,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    // A plausible floor: no senior expert works for less than 100 € a day,
    // so that a mis-read amount ("1.100" for 1 100 €, read as 1.10) is
    // refused with its range rather than priced (issue #24).
    range!("dayRate", day_rate, MIN_DAY_RATE, MAX_DAY_RATE, Euro),
    range!(
        "weeksPerYear",
        weeks_per_year,
        Decimal::ONE,
        dec!(52),
        WeeksPerYear
    ),
    range!(
        "recruitmentFeePercent",
        recruitment_fee_percent,
        Decimal::ZERO,
        dec!(100),
        Percent
    ),
    range!(
        "rampUpProductivityPercent",
        ramp_up_productivity_percent,
        Decimal::ZERO,
        dec!(100),
        Percent
    ),
    range!(
        "salaryGrowthPercent",
        salary_growth_percent,
        Decimal::ZERO,
        dec!(100),
        Percent
    ),
    range!(
        "dayRateGrowthPercent",
        day_rate_growth_percent,
        Decimal::ZERO,
        dec!(100),
        Percent
    ),
    range!(
        "trialFailurePercent",
        trial_failure_percent,
        Decimal::ZERO,
        dec!(90),
        Percent
    ),
    range!(
        "expectedTenureYears",
        expected_tenure_years,
        Decimal::ONE,
        dec!(40),
        Years
    ),
    range!(
        "timeToHireWeeks",
        time_to_hire_weeks,
        Decimal::ZERO,
        dec!(104),
        Weeks
    ),
    range!("noticeWeeks", notice_weeks, Decimal::ZERO, dec!(104), Weeks),
    range!(
        "rampUpWeeks",
        ramp_up_weeks,
        Decimal::ZERO,
        dec!(104),
        Weeks
    ),
    range!(
        "sharedStartWeeks",
        shared_start_weeks,
        Decimal::ZERO,
        dec!(104),
        Weeks
    ),
    range!(
        "sharedRampUpWeeks",
        shared_ramp_up_weeks,
        Decimal::ZERO,
        dec!(104),
        Weeks
    ),
    #[cfg(feature = "options")]
    range!(
        "freelanceDayRate",
        freelance_day_rate,
        MIN_DAY_RATE,
        MAX_DAY_RATE,
        Euro
    ),
    #[cfg(feature = "options")]
    range!(
        "portageDayRate",
        portage_day_rate,
        MIN_DAY_RATE,
        MAX_DAY_RATE,
        Euro
    ),
    #[cfg(feature = "options")]
    range!(
        "interimManagerDayRate",
        interim_manager_day_rate,
        MIN_DAY_RATE,
        MAX_DAY_RATE,
        Euro
    ),
    #[cfg(feature = "options")]
    range!(
        "employerGroupFeePercent",
        employer_group_fee_percent,
        Decimal::ZERO,
        dec!(100),
        Percent
    ),
    #[cfg(feature = "options")]
    range!(
        "employerGroupMembershipAnnual",
        employer_group_membership_annual,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    #[cfg(feature = "options")]
    range!(
        "employerGroupEntryFee",
        employer_group_entry_fee,
        Decimal::ZERO,
        MAX_GROSS_ANNUAL,
        Euro
    ),
    #[cfg(feature = "options")]
    range!(
        "freelanceStartWeeks",
        freelance_start_weeks,
        Decimal::ZERO,
        dec!(104),
        Weeks
    ),
    #[cfg(feature = "options")]
    range!(
        "portageStartWeeks",
        portage_start_weeks,
        Decimal::ZERO,
        dec!(104),
        Weeks
    ),
    #[cfg(feature = "options")]
    range!(
        "interimManagerStartWeeks",
        interim_manager_start_weeks,
        Decimal::ZERO,
        dec!(104),
        Weeks
    ),
    #[cfg(feature = "options")]
    range!(
        "employerGroupStartWeeks",
        employer_group_start_weeks,
        Decimal::ZERO,
        dec!(104),
        Weeks
    ),
    range!("forfaitDays", forfait_days, dec!(100), dec!(235), Days),
    range!("absenceDays", absence_days, Decimal::ZERO, dec!(100), Days),
];

impl Scenario {
    /// Checks every field against its allowed range, and returns the legal
    /// rules of the scenario's date.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field out of range, with the range:
    /// `daysPerWeek` 0.5 to 5 by half days, `weeksPerYear` 1 to 52, amounts
    /// 0 to 10 000 000 € (the day rate 100 to 100 000 €), percentages 0 to 100
    /// (the trial failure rate 0 to 90), weeks 0 to 104, `expectedTenureYears`
    /// 1 to 40, `forfaitDays` 100 to 235, `absenceDays` 0 to 100,
    /// `horizonYears` 1 to 5, the need profile as [`NeedProfile::validate`](crate::NeedProfile::validate)
    /// checks it, and the payroll fields as
    /// [`EmployerCostInput::validate`](crate::EmployerCostInput::validate) checks them: `grossAnnual` from the
    /// full-time SMIC of the rules in force (a salary below it is
    /// [`ErrorKind::BelowMinimumWage`](crate::ErrorKind::BelowMinimumWage))
    /// to 10 000 000 €.
    pub fn validate(&self) -> Result<&'static Rules, Error> {
        for &(field, get, min, max, unit) in DECIMAL_RANGES {
            check(field, get(self), min, max, unit)?;
            if field == "daysPerWeek" && !crate::arith::is_half_days(self.days_per_week) {
                return Err(Error::not_a_multiple(
                    "daysPerWeek",
                    self.days_per_week,
                    dec!(0.5),
                    Unit::DaysPerWeek,
                ));
            }
        }
        let (min, max, unit) = HEADCOUNT_RANGE;
        check("headcount", Decimal::from(self.headcount), min, max, unit)?;
        let (min, max, unit) = HORIZON_YEARS_RANGE;
        check(
            "horizonYears",
            Decimal::from(self.horizon_years),
            min,
            max,
            unit,
        )?;
        #[cfg(feature = "need-profile")]
        if let Some(profile) = &self.need_profile {
            profile.validate()?;
        }
        #[cfg(feature = "options")]
        if let Some(options) = &self.options {
            options.validate()?;
        }
        self.employer_cost_input(self.gross_annual, dec!(100))
            .validate()
    }

    /// The allowed range of a decimal field, by its JSON name.
    #[must_use]
    pub fn range_of(field: &str) -> Option<(Decimal, Decimal)> {
        DECIMAL_RANGES
            .iter()
            .find(|r| r.0 == field)
            .map(|r| (r.2, r.3))
    }

    /// Whether the field, by its JSON name, is an amount in euros: to the
    /// cent at most.
    pub(crate) fn is_money(field: &str) -> bool {
        field == "grossAnnual"
            || DECIMAL_RANGES
                .iter()
                .any(|r| r.0 == field && r.4 == Unit::Euro)
    }
}

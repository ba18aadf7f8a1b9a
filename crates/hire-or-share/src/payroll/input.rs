//! What a payroll is computed for: the salary, the company and the date
//! ([`EmployerCostInput`]), set field by field from text and checked
//! against each field's range.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::error::{Error, Unit, check};
use crate::field::Slot;
use crate::money::{Money, Quantity};
use crate::rules::{Rules, rules_for};

/// The largest gross annual salary accepted, in euros.
pub const MAX_GROSS_ANNUAL: Decimal = dec!(10_000_000);
/// The largest headcount accepted.
pub const MAX_HEADCOUNT: u32 = 1_000_000;

/// A row of [`RANGES`].
type Range = crate::error::Range<EmployerCostInput>;

/// The fields [`EmployerCostInput::validate`] checks against a fixed range,
/// in its order. The salary's floor (the SMIC) and the non-profit
/// allowance's ceiling are the period's: see [`EmployerCostInput::range_in`].
pub(crate) const RANGES: &[Range] = &[
    (
        "headcount",
        |i| Decimal::from(i.headcount),
        Decimal::ONE,
        Decimal::from_parts(MAX_HEADCOUNT, 0, 0, false, 0),
        Unit::Count,
    ),
    (
        "mobilityRatePercent",
        |i| i.mobility_rate_percent,
        Decimal::ZERO,
        dec!(10),
        Unit::Percent,
    ),
    (
        "atMpRatePercent",
        |i| i.at_mp_rate_percent,
        Decimal::ZERO,
        dec!(100),
        Unit::Percent,
    ),
    (
        "healthPlanMonthly",
        |i| i.health_plan_monthly,
        Decimal::ZERO,
        dec!(10_000),
        Unit::Euro,
    ),
    (
        "healthPlanEmployerSharePercent",
        |i| i.health_plan_employer_share_percent,
        Decimal::ZERO,
        dec!(100),
        Unit::Percent,
    ),
    (
        "apprenticeRatioPercent",
        |i| i.apprentice_ratio_percent,
        Decimal::ZERO,
        dec!(100),
        Unit::Percent,
    ),
    (
        "workTimePercent",
        |i| i.work_time_percent,
        Decimal::ONE,
        dec!(100),
        Unit::Percent,
    ),
];

/// What [`employer_cost`](crate::employer_cost) needs to know about the job and the company.
///
/// Build it with [`EmployerCostInput::new`] for the defaults, then change
/// what differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct EmployerCostInput {
    /// Gross annual salary in euros (*salaire brut annuel*).
    pub gross_annual: Decimal,
    /// Whether the employee is an executive (*cadre*). Default: yes.
    pub cadre: bool,
    /// Number of employees of the company (*effectif*). Default: 20.
    pub headcount: u32,
    /// Mobility levy rate in percent (*versement mobilité*), due from 11
    /// employees. Default 0; Paris 3.20.
    pub mobility_rate_percent: Decimal,
    /// Work accident and occupational disease rate in percent (*taux AT/MP*).
    /// Default: the 2.08 % national average.
    pub at_mp_rate_percent: Decimal,
    /// Whether the employer asks for the AT/MP support-function rate
    /// (*taux fonctions support*) for this employee, whose main job is an
    /// administrative support function (accounting, financial management,
    /// human resources…). It applies below 20 employees, in place of
    /// `at_mp_rate_percent`; from 20, the latter applies. Default: no.
    pub at_mp_support_function: bool,
    /// Whether the employer pays the *taxe sur les salaires* on this pay
    /// (CGI art. 231): an employer not liable to VAT on most of its
    /// turnover (associations, health, banks, insurers). Default: no.
    pub salary_tax: bool,
    /// With `salary_tax`: the part of the non-profit bodies' allowance on
    /// the taxe sur les salaires (*abattement*, CGI art. 1679 A: 24,256 € a
    /// year in 2026) that the tax on the employer's other pay leaves
    /// unused, in euros a year. It lowers the tax on this pay, down to
    /// nothing at most. Default 0: the allowance is the employer's, and an
    /// association's other staff usually use it up, or the employer has
    /// none. At most the allowance of the period's rules.
    pub salary_tax_allowance: Decimal,
    /// Monthly premium of the company health plan (*complémentaire santé*), in
    /// euros. Default: 40.
    pub health_plan_monthly: Decimal,
    /// Employer share of that premium in percent. Default: 50, the legal minimum.
    pub health_plan_employer_share_percent: Decimal,
    /// Share of apprentices and work-study contracts in the headcount, in
    /// percent (*alternants*), for the *contribution supplémentaire à
    /// l'apprentissage* from 250 employees. Default: 0.
    pub apprentice_ratio_percent: Decimal,
    /// Working time as a percentage of full time (*quotité de travail*).
    /// Default 100. Below 100, `gross_annual` is the part-time salary
    /// actually paid, and the social security ceiling and the SMIC used by
    /// the RGDU are pro-rated the same way (*plafond proratisé*). The health
    /// plan premium is per employee and is not pro-rated.
    pub work_time_percent: Decimal,
    /// The date whose rules apply. Default (`None`): the latest rules the
    /// crate knows (see [`crate::rules::PERIODS`]).
    pub date: Option<crate::Date>,
}

impl Default for EmployerCostInput {
    fn default() -> Self {
        Self::new(dec!(55_000))
    }
}

impl EmployerCostInput {
    /// The defaults for a cadre paid `gross_annual` euros a year in a
    /// company of 20 employees.
    #[must_use]
    pub fn new(gross_annual: Decimal) -> Self {
        Self {
            gross_annual,
            cadre: true,
            headcount: 20,
            mobility_rate_percent: Decimal::ZERO,
            at_mp_rate_percent: dec!(2.08),
            at_mp_support_function: false,
            salary_tax: false,
            salary_tax_allowance: Decimal::ZERO,
            health_plan_monthly: dec!(40),
            health_plan_employer_share_percent: dec!(50),
            apprentice_ratio_percent: Decimal::ZERO,
            work_time_percent: dec!(100),
            date: None,
        }
    }

    /// Sets one field from text, by its JSON name (`grossAnnual`, `cadre`…).
    ///
    /// # Errors
    ///
    /// The field's error when the text is not a value of its kind; `input`
    /// for an unknown field. Ranges are checked by [`EmployerCostInput::validate`].
    pub fn set(&mut self, field: &str, text: &str) -> Result<(), Error> {
        let (name, slot): (&'static str, Slot<'_>) = match field {
            "grossAnnual" => ("grossAnnual", (&mut self.gross_annual).into()),
            "cadre" => ("cadre", (&mut self.cadre).into()),
            "headcount" => ("headcount", (&mut self.headcount).into()),
            "mobilityRatePercent" => (
                "mobilityRatePercent",
                (&mut self.mobility_rate_percent).into(),
            ),
            "atMpRatePercent" => ("atMpRatePercent", (&mut self.at_mp_rate_percent).into()),
            "atMpSupportFunction" => (
                "atMpSupportFunction",
                (&mut self.at_mp_support_function).into(),
            ),
            "salaryTax" => ("salaryTax", (&mut self.salary_tax).into()),
            "salaryTaxAllowance" => (
                "salaryTaxAllowance",
                (&mut self.salary_tax_allowance).into(),
            ),
            "healthPlanMonthly" => ("healthPlanMonthly", (&mut self.health_plan_monthly).into()),
            "healthPlanEmployerSharePercent" => (
                "healthPlanEmployerSharePercent",
                (&mut self.health_plan_employer_share_percent).into(),
            ),
            "apprenticeRatioPercent" => (
                "apprenticeRatioPercent",
                (&mut self.apprentice_ratio_percent).into(),
            ),
            "workTimePercent" => ("workTimePercent", (&mut self.work_time_percent).into()),
            "date" => ("date", (&mut self.date).into()),
            _ => return Err(Error::unknown_field(field)),
        };
        slot.put(name, text)
    }

    /// A full-time amount (a ceiling, the SMIC) pro-rated to the working
    /// time, to the cent (*plafond proratisé*).
    pub(crate) fn pro_rated(&self, full_time: Money) -> Money {
        if self.work_time_percent == dec!(100) {
            full_time
        } else {
            full_time.percent(Quantity::new(self.work_time_percent))
        }
    }

    /// Checks every field against its allowed range.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field out of range: `headcount` (1 to
    /// [`MAX_HEADCOUNT`]), the percentages (0 to 100, the mobility rate 0 to
    /// 10, the working time 1 to 100), the health plan (0 to 10 000 € a
    /// month), `date` (a known period), `salaryTaxAllowance` (0 to the
    /// period's allowance), then `grossAnnual`: at least the SMIC
    /// of those rules for the working time
    /// ([`EmployerCostInput::minimum_gross_annual`],
    /// [`ErrorKind::BelowMinimumWage`](crate::ErrorKind::BelowMinimumWage)
    /// below it), at most [`MAX_GROSS_ANNUAL`] €.
    pub fn validate(&self) -> Result<&'static Rules, Error> {
        for &(field, value, min, max, unit) in RANGES {
            check(field, value(self), min, max, unit)?;
        }
        let rules = rules_for(self.date)?;
        check(
            "salaryTaxAllowance",
            self.salary_tax_allowance,
            Decimal::ZERO,
            rules.salary_tax.allowance.value,
            Unit::Euro,
        )?;
        // No employer may pay less than the SMIC for the working time
        // (Code du travail art. L3231-2; pro-rated for part time, L3123-5).
        let minimum = self.minimum_gross_annual(rules);
        if self.gross_annual < minimum {
            return Err(Error::below_minimum_wage(
                "grossAnnual",
                self.gross_annual,
                minimum,
                self.work_time_percent,
                rules.start,
            ));
        }
        check(
            "grossAnnual",
            self.gross_annual,
            minimum,
            MAX_GROSS_ANNUAL,
            Unit::Euro,
        )?;
        Ok(rules)
    }

    /// The unit and range [`EmployerCostInput::validate`] checks the field
    /// `json` against under `rules`: a fixed range of its own, the salary
    /// from the SMIC (full time) to [`MAX_GROSS_ANNUAL`], or the non-profit
    /// allowance up to the period's; `None` for a field without one.
    #[must_use]
    pub fn range_in(json: &str, rules: &Rules) -> Option<(Unit, Decimal, Decimal)> {
        match json {
            "grossAnnual" => Some((Unit::Euro, rules.smic_annual(), MAX_GROSS_ANNUAL)),
            "salaryTaxAllowance" => {
                Some((Unit::Euro, Decimal::ZERO, rules.salary_tax.allowance.value))
            }
            _ => RANGES
                .iter()
                .find(|r| r.0 == json)
                .map(|&(_, _, min, max, unit)| (unit, min, max)),
        }
    }

    /// The AT/MP rate that applies under `rules`, percent, and its source:
    /// the support-function rate when asked for and the headcount is below
    /// its threshold, else the establishment's rate.
    #[must_use]
    pub fn at_mp_rate(&self, rules: &'static Rules) -> (Decimal, &'static crate::Source) {
        if self.at_mp_support_function && self.headcount < rules.at_mp_support_below_headcount {
            (rules.at_mp_support.value, &rules.at_mp_support.source)
        } else {
            (self.at_mp_rate_percent, &rules.at_mp_source)
        }
    }

    /// The lowest gross annual salary of this working time under `rules`:
    /// the annual SMIC (hourly SMIC × 1 820 h), pro-rated to the working
    /// time to the cent.
    #[must_use]
    pub fn minimum_gross_annual(&self, rules: &Rules) -> Decimal {
        self.pro_rated(Money::new(rules.smic_annual())).decimal()
    }
}

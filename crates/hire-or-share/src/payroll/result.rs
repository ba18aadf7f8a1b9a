//! What a payroll gives: every line (base, rate, amount, source) and the
//! totals, annual, in euros.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::source::Source;

/// Who pays a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Payer {
    /// The employer (*part patronale*).
    Employer,
    /// The employee (*part salariale*), deducted from the gross salary.
    Employee,
}

/// One line of the payslip, annual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// A stable identifier, e.g. `vieillesse_plafonnee`. Employer and
    /// employee lines of the same contribution share it.
    pub id: &'static str,
    /// Who pays.
    pub payer: Payer,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// The annual base in euros (*assiette*), after any cap.
    pub base: Decimal,
    /// The annual ceiling applied to the base, if any (e.g. the PASS for
    /// capped old-age insurance, 4 PASS for unemployment insurance).
    pub cap: Option<Decimal>,
    /// The rate in percent. For the RGDU, the coefficient in percent.
    pub rate: Decimal,
    /// The annual amount in euros, rounded to the cent. Reductions are negative.
    pub amount: Decimal,
    /// Where the rate comes from.
    pub source: &'static Source,
}

/// Details of the RGDU low-wage reduction (*réduction générale dégressive
/// unique*), including its cliff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RgduDetail {
    /// The coefficient applied to the gross salary (0 to about 0.4).
    pub coefficient: Decimal,
    /// The reduction in euros a year (positive; it is subtracted).
    pub amount: Decimal,
    /// The annual gross salary from which the reduction is nil: 3 × the
    /// annual SMIC.
    pub threshold_annual: Decimal,
    /// The reduction just below the threshold (*Tmin* × threshold): crossing
    /// the threshold by one euro costs the employer about this much more.
    pub cliff_amount: Decimal,
}

/// The legal period whose rules were applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// Its short name, e.g. `2026-06`.
    pub name: &'static str,
    /// First day of the period.
    pub start: crate::Date,
    /// Last day of the period.
    pub end: crate::Date,
}

/// The result of [`employer_cost`](crate::employer_cost): every line and the totals, annual, in euros.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct EmployerCost {
    /// The gross annual salary the computation is for.
    pub gross_annual: Decimal,
    /// The legal period applied.
    pub period: Period,
    /// Employer contributions after reductions (*cotisations patronales*),
    /// including the employer's share of the health plan.
    pub employer_contributions: Decimal,
    /// The RGDU reduction (positive), already subtracted from
    /// [`EmployerCost::employer_contributions`].
    pub rgdu: Decimal,
    /// Details of the RGDU.
    pub rgdu_detail: RgduDetail,
    /// Total employer cost (*coût total employeur*): gross + employer
    /// contributions.
    pub total_employer_cost: Decimal,
    /// Employee contributions, CSG, CRDS and the employee's share of the
    /// health plan (*cotisations salariales*).
    pub employee_contributions: Decimal,
    /// Net salary before income tax (*net à payer avant impôt*).
    pub net_before_income_tax: Decimal,
    /// Every line, employer lines first, then employee lines; lines that do
    /// not apply are left out.
    pub lines: Vec<Line>,
}

//! The public result of a comparison: each option's cost, line by line, the
//! break-even, the savings, the curve, the horizon and the sensitivity.
//! Amounts are plain [`Decimal`] euros, serialized as decimal strings.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::Scenario;
use crate::payroll::{EmployerCost, Period};
use crate::source::Source;

/// One line of an option's cost, with how it is computed and where its
/// inputs come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CostLine {
    /// A stable identifier (`meal_vouchers`).
    pub id: &'static str,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// Annual amount in euros, rounded to the cent.
    pub amount: Decimal,
    /// How the amount is computed, in French.
    pub formula_fr: String,
    /// How the amount is computed, in English.
    pub formula_en: String,
    /// Where the main input comes from.
    pub source: Option<&'static Source>,
    /// True when that input is an estimate, not a sourced figure.
    pub estimate: bool,
}

/// The cost of one option at the chosen need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct OptionCost {
    /// Annual cost in steady state, euros.
    pub annual_cost: Decimal,
    /// Cost of the first year (see the module docs), euros.
    pub first_year_cost: Decimal,
    /// Steady-state cost per day of work delivered.
    pub cost_per_productive_day: Decimal,
    /// Steady-state cost per day of need covered: the annual cost ÷ the
    /// days of need a year (days a week of need × shared time's weeks a
    /// year), the same basis for every option, on which the break-even is
    /// where the hire's equals shared time's.
    pub cost_per_day_of_need: Decimal,
    /// The first year's cash: every first-year line but the valued time.
    pub first_year_cash: Decimal,
    /// The first year's valued time (not cash): the need left uncovered
    /// while recruiting or before a start, and the productivity missing
    /// while ramping up, valued at a productive day's cost.
    pub first_year_valued_time: Decimal,
    /// Steady-state lines; they add up to [`OptionCost::annual_cost`].
    pub lines: Vec<CostLine>,
    /// First-year lines; they add up to [`OptionCost::first_year_cost`].
    pub first_year_lines: Vec<CostLine>,
}

/// A full-time permanent hire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct FullTimeHire {
    /// Its costs.
    #[serde(flatten)]
    pub cost: OptionCost,
    /// Days of work delivered a year: forfait days minus absence.
    pub productive_days: Decimal,
    /// The payroll, line by line.
    pub employer_cost: EmployerCost,
}

/// A part-time permanent hire at the needed days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PartTimeHire {
    /// Its costs.
    #[serde(flatten)]
    pub cost: OptionCost,
    /// Days a week.
    pub days_per_week: Decimal,
    /// Working time, percent of full time.
    pub work_time_percent: Decimal,
    /// Hours a week (of 35).
    pub weekly_hours: Decimal,
    /// The part-time gross annual salary.
    pub gross_annual: Decimal,
    /// Legal and practical warnings.
    pub warnings: Vec<Notice>,
}

/// Shared time at the needed days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct SharedTime {
    /// Its costs.
    #[serde(flatten)]
    pub cost: OptionCost,
    /// Day rate excluding VAT.
    pub day_rate: Decimal,
    /// Weeks a year.
    pub weeks_per_year: Decimal,
    /// Days a year: days a week × weeks a year.
    pub days_per_year: Decimal,
}

/// A plain statement shown with the numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    /// A stable identifier.
    pub id: &'static str,
    /// French text.
    pub fr: &'static str,
    /// English text.
    pub en: &'static str,
}

/// Why there is no break-even.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum NoBreakEven {
    /// Shared time (or the option compared) costs less at every need up to
    /// five days a week.
    SharedCheaperAtEveryNeed,
    /// The full-time hire costs less at every need.
    HireCheaperAtEveryNeed,
}

/// Where shared time and a full-time hire cost the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BreakEven {
    /// Days a week at which shared time costs as much as the hire, steady
    /// state (2 decimals); below it, shared time costs less.
    pub days_per_week: Option<Decimal>,
    /// Why [`BreakEven::days_per_week`] is `None`.
    pub reason: Option<NoBreakEven>,
    /// The same for the first year.
    pub first_year_days_per_week: Option<Decimal>,
    /// Why [`BreakEven::first_year_days_per_week`] is `None`.
    pub first_year_reason: Option<NoBreakEven>,
    /// The day rate (excluding VAT) at which shared time costs as much as the
    /// hire at the chosen need, steady state. `None` when no rate does, or
    /// when the comparison left it out ([`Detail::WithoutBreakEvenPrices`](crate::Detail::WithoutBreakEvenPrices)).
    pub day_rate: Option<Decimal>,
    /// The gross annual salary at which the hire costs as much as shared time
    /// at the chosen need, steady state: the largest whole-euro salary, from
    /// the SMIC up, at which the hire costs no more (one euro more costs more).
    /// `None` when even the SMIC costs more, or 10 000 000 € still costs no
    /// more, or when the comparison left it out
    /// ([`Detail::WithoutBreakEvenPrices`](crate::Detail::WithoutBreakEvenPrices)).
    pub gross_annual: Option<Decimal>,
}

/// What shared time saves at the chosen need (negative: what it costs more).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Savings {
    /// Full-time hire minus shared time, steady state, euros a year.
    pub amount: Decimal,
    /// The same as a percentage of the full-time hire's cost (1 decimal).
    pub percent: Decimal,
    /// Full-time hire minus shared time, first year.
    pub first_year_amount: Decimal,
}

/// The annual cost of each option at one need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CurvePoint {
    /// Days a week.
    pub days_per_week: Decimal,
    /// Full-time hire, steady state.
    pub full_time_hire: Decimal,
    /// Part-time hire at these days, steady state.
    pub part_time_hire: Decimal,
    /// Shared time at these days, steady state.
    pub shared_time: Decimal,
    /// Full-time hire, first year.
    pub full_time_hire_first_year: Decimal,
    /// Shared time, first year.
    pub shared_time_first_year: Decimal,
}

/// How long until the expert is fully operational.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct TimeToValue {
    /// Shared time: start delay + ramp-up, weeks.
    pub shared_time_weeks: Decimal,
    /// Recruit: time to hire + notice + ramp-up, weeks.
    pub full_time_hire_weeks: Decimal,
}

/// One year of the multi-year view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct HorizonYear {
    /// 1 for the first year.
    pub year: u32,
    /// Full-time hire that year.
    pub full_time_hire: Decimal,
    /// Part-time hire that year.
    pub part_time_hire: Decimal,
    /// Shared time that year.
    pub shared_time: Decimal,
    /// Full-time hire, years 1 to this one.
    pub cumulative_full_time_hire: Decimal,
    /// Part-time hire, years 1 to this one.
    pub cumulative_part_time_hire: Decimal,
    /// Shared time, years 1 to this one.
    pub cumulative_shared_time: Decimal,
}

/// How the steady-state break-even moves when one assumption moves ±20 %.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Sensitivity {
    /// The scenario field (`dayRate`).
    pub field: &'static str,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// The value in the scenario.
    pub value: Decimal,
    /// The value −20 %, or the SMIC where the salary −20 % is below it
    /// ([`Sensitivity::low_at_minimum_wage`]).
    pub low_value: Decimal,
    /// Whether the salary −20 % is below the full-time SMIC, so that
    /// `low_value` is the SMIC instead (no employer may pay less).
    pub low_at_minimum_wage: bool,
    /// The value +20 %.
    pub high_value: Decimal,
    /// Break-even (days a week) at the low value; `None` outside 0–5.
    pub low_break_even: Option<Decimal>,
    /// Break-even at the high value.
    pub high_break_even: Option<Decimal>,
    /// How far the break-even moves between the two, in days a week (each
    /// end clamped to 0–5): what the tornado chart sorts by.
    pub impact: Decimal,
}

/// The answer to "hire or share?" for one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// The scenario compared, with every default filled in.
    pub scenario: Scenario,
    /// The legal period whose payroll rules were applied.
    pub period: Period,
    /// A full-time hire.
    pub full_time_hire: FullTimeHire,
    /// A part-time hire at the needed days.
    pub part_time_hire: PartTimeHire,
    /// Shared time at the needed days.
    pub shared_time: SharedTime,
    /// Where shared time and a full-time hire cost the same.
    pub break_even: BreakEven,
    /// What shared time saves at the chosen need.
    pub savings: Savings,
    /// Annual cost of each option from 0.5 to 5 days a week, by quarter days.
    pub curve: Vec<CurvePoint>,
    /// Weeks until the expert is fully operational.
    pub time_to_value: TimeToValue,
    /// Year by year and cumulative cost of each option.
    pub horizon: Vec<HorizonYear>,
    /// The break-even when each main assumption moves ±20 %, by impact.
    pub sensitivity: Vec<Sensitivity>,
    /// Each option over the scenario's need profile, or `None` (`null`)
    /// when the scenario has none.
    pub need_profile: Option<NeedProfileCost>,
    /// Every option of [`Scenario::options`] (today's three when it has
    /// none), in its order, each with its costs and its break-even against
    /// the full-time hire. Only with the `options` feature.
    #[cfg(feature = "options")]
    pub options: Vec<OptionResult>,
    /// The place in [`Comparison::options`] (from 0) of the cheapest option,
    /// the first listed on a tie: the smallest total over the need profile
    /// when there is one, else the smallest steady-state cost per day of need
    /// covered (the order of the annual costs when every option covers the
    /// need).
    #[cfg(feature = "options")]
    pub cheapest_option: usize,
}

/// One option of a comparison, priced at its days a week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct OptionResult {
    /// Its kind.
    #[cfg(feature = "options")]
    pub kind: crate::OptionKind,
    /// Its name in French (`Indépendant à 950 €/j`).
    pub label_fr: String,
    /// Its name in English.
    pub label_en: String,
    /// The days a week it covers: the need, or its own.
    pub days_per_week: Decimal,
    /// Its day rate excluding VAT, for a kind billed by the day.
    pub day_rate: Option<Decimal>,
    /// Its costs, line by line.
    #[serde(flatten)]
    pub cost: OptionCost,
    /// The need at which it costs as much as the full-time hire, steady
    /// state; `None` for the full-time hire itself.
    pub break_even: Option<Threshold>,
    /// The same for the first year.
    pub first_year_break_even: Option<Threshold>,
    /// Its steady-state annual cost at each need of [`Comparison::curve`],
    /// in the same order (0.5 to 5 days a week by quarter days).
    pub curve: Vec<Decimal>,
    /// Its cost in each year of [`Comparison::horizon`].
    pub horizon: Vec<Decimal>,
    /// Its total over the scenario's need profile (the months of
    /// [`Comparison::need_profile`], following the need; a recruit paid
    /// whatever the need, the part-time one at the peak); `None` without a
    /// profile.
    pub need_profile_total: Option<Decimal>,
    /// Legal and practical warnings, with their sources.
    pub warnings: Vec<Notice>,
}

/// A break-even need: a value, or why there is none in 0.5–5 days a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Threshold {
    /// The option costs as much as the full-time hire at this many days a
    /// week (2 decimals), and less below.
    DaysPerWeek(Decimal),
    /// There is none: the reason.
    None(NoBreakEven),
}

/// Each option's cost over a need profile ([`Scenario::need_profile`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct NeedProfileCost {
    /// The months the profile covers.
    pub months: u32,
    /// The average need: Σ days a week × months ÷ months, 2 decimals.
    pub average_days_per_week: Decimal,
    /// The largest need of any period: what the part-time recruit is hired at.
    pub peak_days_per_week: Decimal,
    /// Each period and what each option costs during it.
    pub periods: Vec<NeedPeriodCost>,
    /// Each option's total over the profile.
    pub total: NeedProfileTotal,
    /// The option with the smallest total (shared time on a tie, then the part-time hire).
    pub cheapest: Cheapest,
    /// The constant need, in days a week, whose shared-time total over the
    /// profile's months equals the full-time hire's; `None` with the reason
    /// in [`NeedProfileCost::break_even_reason`].
    pub break_even_days_per_week: Option<Decimal>,
    /// Why there is no break-even in 0–5 days a week.
    pub break_even_reason: Option<NoBreakEven>,
    /// Each option's cumulative cost at the end of each month.
    pub by_month: Vec<NeedProfileMonth>,
    /// How each total is computed, with its source.
    pub lines: Vec<CostLine>,
    /// What to know before reading the part-time hire's figures.
    pub warnings: Vec<Notice>,
}

/// One period of a need profile and each option's cost during it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct NeedPeriodCost {
    /// The period's first month, from 1.
    pub start_month: u32,
    /// Its months.
    pub months: u32,
    /// The need during it, days a week.
    pub days_per_week: Decimal,
    /// The full-time hire's cost during the period, euros.
    pub full_time_hire: Decimal,
    /// The part-time hire's (hired at the peak), euros.
    pub part_time_hire: Decimal,
    /// Shared time's, euros.
    pub shared_time: Decimal,
}

impl NeedPeriodCost {
    /// The period's last month, from 1 (its first when it lasts one month).
    #[must_use]
    pub fn end_month(&self) -> u32 {
        (self.start_month + self.months).saturating_sub(1)
    }
}

/// Each option's total over a need profile, euros.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct NeedProfileTotal {
    /// The full-time hire.
    pub full_time_hire: Decimal,
    /// The part-time hire, at the peak.
    pub part_time_hire: Decimal,
    /// Shared time.
    pub shared_time: Decimal,
}

/// Each option's cumulative cost at the end of one month of a need profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct NeedProfileMonth {
    /// The month, from 1.
    pub month: u32,
    /// The need that month, days a week.
    pub days_per_week: Decimal,
    /// The full-time hire's cost from the start to the end of the month, euros.
    pub full_time_hire: Decimal,
    /// The part-time hire's.
    pub part_time_hire: Decimal,
    /// Shared time's.
    pub shared_time: Decimal,
}

/// One of the three options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Cheapest {
    /// A full-time hire.
    FullTimeHire,
    /// A part-time hire.
    PartTimeHire,
    /// Shared time.
    SharedTime,
}

//! Hire or share? The fully-loaded cost of each option, the break-even, the
//! cost curve, the multi-year view and the sensitivity of the answer.
//!
//! # The model
//!
//! The company needs an expert `d` days a week ([`Scenario::days_per_week`]).
//!
//! - **Full-time hire**: paid for five days whatever the need. Its annual
//!   (steady-state) cost is the total employer cost of the payroll plus meal
//!   vouchers for each day worked, half the transport pass, office space,
//!   equipment, training, optional management time, the recruitment cost
//!   amortized over the expected tenure and grossed up by the share of hires
//!   that fail in the trial period, and optionally the legal severance
//!   amortized over the tenure. It does not depend on `d`.
//! - **Part-time hire** at `d` days: the same, with the salary, the social
//!   security ceiling and the SMIC pro-rated to `d / 5`, meal vouchers for the
//!   days worked, and fixed costs (office, equipment, training) in full.
//! - **Shared time**: day rate × `d` × weeks a year (+ 20 % VAT when the
//!   company cannot recover it), travel and coordination.
//!
//! **First year** means the first twelve months of service plus what it took
//! to get there: the recruitment cost in full instead of amortized; the
//! ramp-up (running cost of the ramp-up weeks × the missing productivity);
//! and the wait before the expert starts — time to hire plus notice for a
//! recruit, the start delay for shared time — valued as the days of need left
//! uncovered × the recruit's cost per productive day (the same price for both
//! options, so neither is favoured).
//!
//! Every cost is *affine* in `d` for the full-time hire and shared time, so
//! the break-even is solved exactly; the part-time hire is computed point by
//! point. Amounts are rounded to the cent line by line, and totals are the
//! sums of their lines.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::arith::{
    Rounding, add, ceil, cents, div, floor, guarded, hundredth, mul, normalize, percent_of,
    round_dp_away, round_to, sub,
};
use crate::defaults::{
    FULL_TIME_WEEKLY_HOURS, PART_TIME_MINIMUM_WEEKLY_HOURS, TRANSPORT_EMPLOYER_SHARE_PERCENT,
    VAT_PERCENT, assumption,
};
use crate::error::{Error, Number, Unit};
use crate::payroll::{EmployerCost, MAX_GROSS_ANNUAL, Period, employer_cost, employer_cost_totals};
use crate::rules::Rules;
use crate::{Lang, Scenario, Source, tr};

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// Shared time costs less at every need up to five days a week.
    SharedCheaperAtEveryNeed,
    /// The hire costs less at every need.
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
    /// when the comparison left it out ([`Detail::WithoutBreakEvenPrices`]).
    pub day_rate: Option<Decimal>,
    /// The gross annual salary at which the hire costs as much as shared time
    /// at the chosen need, steady state: the largest whole-euro salary, from
    /// the SMIC up, at which the hire costs no more (one euro more costs more).
    /// `None` when even the SMIC costs more, or 10 000 000 € still costs no
    /// more, or when the comparison left it out
    /// ([`Detail::WithoutBreakEvenPrices`]).
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
    /// The value −20 %.
    pub low_value: Decimal,
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
}

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
/// without the rest of the comparison: all that a bundle needs of each role.
pub(crate) fn option_costs(scenario: &Scenario) -> Result<(OptionCost, OptionCost), Error> {
    guarded(|| {
        let model = Model::new(scenario, scenario.validate()?)?;
        let shared = model.shared_cost(
            &model.shared_terms(scenario.day_rate),
            &model.shared_first_year_terms(),
        );
        Ok((shared, model.full_cost()))
    })
}

/// A term of an option's cost that is affine in the need:
/// `fixed + per_day × days_per_week`.
struct Term {
    id: &'static str,
    labels: (&'static str, &'static str),
    fixed: Decimal,
    per_day: Decimal,
    /// Written only for the lines shown: the curve, the search for the
    /// break-even salary and the sensitivity evaluate many more terms.
    formula: Formula,
    source: Option<&'static Source>,
    estimate: bool,
}

impl Term {
    fn at(&self, days: Decimal) -> Decimal {
        add(self.fixed, mul(self.per_day, days))
    }

    fn line(&self, days: Decimal) -> CostLine {
        CostLine {
            id: self.id,
            label_fr: self.labels.0,
            label_en: self.labels.1,
            amount: cents(self.at(days)),
            formula_fr: self.formula.write(Lang::Fr, days),
            formula_en: self.formula.write(Lang::En, days),
            source: self.source,
            estimate: self.estimate,
        }
    }
}

/// Sum of the terms' coefficients.
fn affine(terms: &[Term]) -> (Decimal, Decimal) {
    let (mut fixed, mut per_day) = (Decimal::ZERO, Decimal::ZERO);
    for t in terms {
        fixed = add(fixed, t.fixed);
        per_day = add(per_day, t.per_day);
    }
    (fixed, per_day)
}

fn sum_lines(lines: &[CostLine]) -> Decimal {
    let mut sum = Decimal::ZERO;
    for line in lines {
        sum = add(sum, line.amount);
    }
    sum
}

fn lines_at(terms: &[Term], days: Decimal) -> Vec<CostLine> {
    let mut lines = Vec::with_capacity(terms.len());
    for t in terms {
        if !t.fixed.is_zero() || !t.per_day.is_zero() {
            lines.push(t.line(days));
        }
    }
    lines
}

/// An amount for a formula: whole euros, or two decimals.
fn eur(value: Decimal, lang: Lang) -> Number {
    // To the cent, half away from zero like every amount; whole euros without decimals.
    let shown = cents(value);
    let m = shown.mantissa();
    let value = if m % 100 == 0 {
        Decimal::from_i128_with_scale(m / 100, 0)
    } else {
        shown
    };
    Number {
        value,
        unit: Unit::Euro,
        lang,
    }
}

fn num(value: Decimal, lang: Lang) -> Number {
    Number {
        value: normalize(round_to(value, 4, Rounding::HalfEven)),
        unit: Unit::Count,
        lang,
    }
}

fn pct(value: Decimal, lang: Lang) -> Number {
    Number {
        value: normalize(value),
        unit: Unit::Percent,
        lang,
    }
}

/// A value of a formula, written for the language when the line is shown.
#[derive(Clone, Copy)]
enum Arg {
    /// An amount in euros: to the cent, whole euros without decimals.
    Eur(Decimal),
    /// A count (days, weeks, years, a factor), up to four decimals.
    Num(Decimal),
    /// A percentage.
    Pct(Decimal),
    /// The need in days a week, known only when the line is written.
    Days,
    /// Words, in French and in English.
    Text(&'static str, &'static str),
}

/// How a line is computed: a French and an English template, each `{}` of
/// which takes the next argument, written for the language. Templates rather
/// than code per formula: the same few lines write them all.
#[derive(Clone, Copy)]
struct Formula {
    fr: &'static str,
    en: &'static str,
    args: [Arg; Formula::MAX_ARGS],
    len: usize,
}

impl Formula {
    const MAX_ARGS: usize = 5;

    /// The formula `fr` / `en` of `args`; both templates take them in the same
    /// order. Inlined, so that a one-language build leaves the other template out.
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    fn new(fr: &'static str, en: &'static str, args: &[Arg]) -> Self {
        debug_assert!(
            fr.matches("{}").count() == args.len() && en.matches("{}").count() == args.len(),
            "{fr}"
        );
        Self::of(Lang::Fr.text(fr), Lang::En.text(en), args)
    }

    /// [`Formula::new`] once its templates are chosen: one copy of this code
    /// for every formula, not one per formula.
    #[inline(never)]
    fn of(fr: &'static str, en: &'static str, args: &[Arg]) -> Self {
        let mut all = [Arg::Days; Self::MAX_ARGS];
        let len = args.len().min(Self::MAX_ARGS);
        all[..len].copy_from_slice(&args[..len]);
        Self {
            fr,
            en,
            args: all,
            len,
        }
    }

    /// The same template in both languages.
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    fn same(template: &'static str, args: &[Arg]) -> Self {
        Self::new(template, template, args)
    }

    /// The text in `lang`, with the need `days` where it shows.
    fn write(&self, lang: Lang, days: Decimal) -> String {
        let mut rest = match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        };
        let mut out = String::with_capacity(rest.len() + 16 * self.len);
        let mut args = self.args.iter().take(self.len);
        // Split at each brace (no index into the text, so no slicing to go
        // wrong): a `{}` takes the next argument, any other brace stays.
        while let Some((before, after)) = crate::share::split_once_ascii(rest, b'{') {
            out.push_str(before);
            let Some(after) = after.strip_prefix('}') else {
                out.push('{');
                rest = after;
                continue;
            };
            rest = after;
            let number = match args.next() {
                Some(&Arg::Eur(v)) => eur(v, lang),
                Some(&Arg::Num(v)) => num(v, lang),
                Some(&Arg::Pct(v)) => pct(v, lang),
                Some(Arg::Days) => Number {
                    value: normalize(days),
                    unit: Unit::DaysPerWeek,
                    lang,
                },
                Some(&Arg::Text(fr, en)) => {
                    out.push_str(match lang {
                        Lang::Fr => fr,
                        Lang::En => en,
                    });
                    continue;
                }
                None => continue,
            };
            // Writing to a `String` cannot fail.
            number.write_to(&mut out);
        }
        out.push_str(rest);
        out
    }
}

fn sourced(field: &str) -> (Option<&'static Source>, bool) {
    assumption(field).map_or((None, false), |a| (Some(&a.source), a.estimate))
}

/// The numbers of a recruit (full- or part-time), without the words: all
/// that the curve, the break-even searches and the sensitivity need.
/// [`hire_terms`] writes the same numbers up as lines.
#[derive(Clone)]
struct HireAmounts {
    /// Gross annual salary paid.
    gross: Decimal,
    /// Employer contributions after reductions.
    employer_contributions: Decimal,
    /// Gross plus employer contributions.
    total_employer_cost: Decimal,
    productive_days: Decimal,
    meal_vouchers: Decimal,
    /// 1, or hours / half time below half time (R3261-9).
    transport_factor: Decimal,
    transport: Decimal,
    /// Office, equipment, training and management a year: the running
    /// costs that do not depend on the salary.
    other_running: Decimal,
    /// One recruitment: agency fee and internal cost.
    recruitment_cost: Decimal,
    /// The share of hires that last past the trial period.
    success: Decimal,
    /// Months of salary of the legal severance at the end of the tenure.
    exit_months: Decimal,
    /// Legal severance, amortized; zero unless the scenario includes it.
    exit_amortized: Decimal,
}

impl HireAmounts {
    /// Twelve months of service: payroll, benefits, office, equipment, training, management.
    fn running(&self) -> Decimal {
        add(
            add(
                add(self.total_employer_cost, self.meal_vouchers),
                self.transport,
            ),
            self.other_running,
        )
    }

    /// Recruitment paid once, grossed up by the hires that fail in trial
    /// (1 / (1 − p) recruitments per lasting hire).
    fn recruitment(&self) -> Decimal {
        div(self.recruitment_cost, self.success)
    }

    /// The recruitment spread over the expected tenure: one division, the
    /// steady state of every point of the curve and every search needs it.
    fn recruitment_amortized(&self, s: &Scenario) -> Decimal {
        div(
            self.recruitment_cost,
            mul(self.success, s.expected_tenure_years),
        )
    }

    /// Steady state: running costs, recruitment and exit amortized.
    fn annual(&self, s: &Scenario) -> Decimal {
        add(
            add(self.running(), self.recruitment_amortized(s)),
            self.exit_amortized,
        )
    }
}

/// The working time, in % of full time, of `days` a week out of 5 (exact:
/// `days / 5 × 100`).
fn work_time_percent(days: Decimal) -> Decimal {
    mul(days, dec!(20))
}

/// What a recruit's amounts take from the scenario alone, whatever the
/// salary and working time: worked out once for the many payrolls of a
/// comparison (the curve, the search for the break-even salary, the horizon).
struct HireBasis {
    /// The legal rules of the scenario's date.
    rules: &'static Rules,
    /// Days worked a year full time: forfait minus absence, not below zero.
    worked_days: Decimal,
    /// The employer's share of the transport pass, full year.
    transport_full: Decimal,
    /// The share of hires that last past the trial period.
    success: Decimal,
    /// Office, equipment, training and management a year.
    other_running: Decimal,
    /// Months of salary of the legal severance at the end of the tenure,
    /// when the scenario includes it.
    exit_months: Option<Decimal>,
}

impl HireBasis {
    fn new(s: &Scenario, rules: &'static Rules) -> Self {
        let tenure = s.expected_tenure_years;
        Self {
            rules,
            worked_days: sub(s.forfait_days, s.absence_days).max(Decimal::ZERO),
            transport_full: percent_of(
                mul(s.transport_pass_monthly, dec!(12)),
                TRANSPORT_EMPLOYER_SHARE_PERCENT,
            ),
            success: sub(Decimal::ONE, hundredth(s.trial_failure_percent)),
            other_running: add(
                add(
                    add(s.workspace_annual, s.equipment_annual),
                    s.training_annual,
                ),
                s.manager_time_annual,
            ),
            // Legal severance (R1234-2): 1/4 month per year up to 10 years, 1/3 beyond.
            exit_months: if s.include_exit_cost {
                Some(add(
                    mul(tenure.min(dec!(10)), dec!(0.25)),
                    div(sub(tenure, dec!(10)).max(Decimal::ZERO), dec!(3)),
                ))
            } else {
                None
            },
        }
    }

    /// A recruit paid `gross_full_time` a year full-time equivalent, working
    /// `work_time_percent` of full time.
    fn amounts(
        &self,
        s: &Scenario,
        gross_full_time: Decimal,
        work_time_percent: Decimal,
    ) -> HireAmounts {
        let gross = cents(mul(gross_full_time, hundredth(work_time_percent)));
        let payroll =
            employer_cost_totals(&s.employer_cost_input(gross, work_time_percent), self.rules);
        self.with_payroll(s, &payroll, work_time_percent)
    }

    /// A recruit around an already computed payroll.
    fn with_payroll(
        &self,
        s: &Scenario,
        payroll: &EmployerCost,
        work_time_percent: Decimal,
    ) -> HireAmounts {
        let q = normalize(hundredth(work_time_percent));
        let gross = payroll.gross_annual;
        let productive_days = mul(self.worked_days, q);
        let transport_factor = if q >= dec!(0.5) {
            Decimal::ONE
        } else {
            mul(q, dec!(2))
        };
        // Recruitment: agency fee and internal cost (grossed up by the hires
        // that fail in the trial period where it is used).
        let fee = percent_of(gross, s.recruitment_fee_percent);
        let recruitment_cost = add(fee, s.recruitment_internal_cost);
        // gross ÷ 12 × months ÷ tenure, in one division.
        let (exit_months, exit_amortized) = match self.exit_months {
            Some(months) => (
                months,
                div(mul(gross, months), mul(dec!(12), s.expected_tenure_years)),
            ),
            None => (Decimal::ZERO, Decimal::ZERO),
        };
        HireAmounts {
            meal_vouchers: mul(s.meal_voucher_employer_share, productive_days),
            gross,
            employer_contributions: payroll.employer_contributions,
            total_employer_cost: payroll.total_employer_cost,
            productive_days,
            transport_factor,
            transport: if transport_factor == Decimal::ONE {
                self.transport_full
            } else {
                mul(self.transport_full, transport_factor)
            },
            other_running: self.other_running,
            recruitment_cost,
            success: self.success,
            exit_months,
            exit_amortized,
        }
    }
}

/// A recruit written up as terms, for the lines shown.
struct Hire {
    amounts: HireAmounts,
    /// Running terms: payroll and benefits, office, equipment… (12 months of service).
    running: Vec<Term>,
    /// Recruitment amortized, and exit cost amortized.
    amortized: Vec<Term>,
    /// Recruitment paid once.
    one_off: Term,
}

struct Model<'a> {
    s: &'a Scenario,
    /// The scenario's side of every recruit's amounts.
    basis: HireBasis,
    full: HireAmounts,
    /// The full-time recruit's payroll, line by line.
    full_payroll: EmployerCost,
    /// The recruit's cost per productive day: the price of a day of need left uncovered.
    price_per_day: Decimal,
}

/// Writes a recruit's amounts up as terms, each with its formula and source.
fn hire_terms(s: &Scenario, rules: &'static Rules, amounts: HireAmounts) -> Hire {
    let gross = amounts.gross;
    let contributions = amounts.employer_contributions;
    let productive_days = amounts.productive_days;
    let transport_factor = amounts.transport_factor;
    let fixed = |id,
                 labels,
                 fixed: Decimal,
                 formula: Formula,
                 (source, estimate): (Option<&'static Source>, bool)| Term {
        id,
        labels,
        fixed,
        per_day: Decimal::ZERO,
        formula,
        source,
        estimate,
    };
    let mut running = vec![
        fixed(
            "employer_cost",
            tr(
                "Coût employeur (salaire brut et cotisations)",
                "Employer cost (gross salary and contributions)",
            ),
            amounts.total_employer_cost,
            Formula::new(
                "{} brut + {} de cotisations patronales",
                "{} gross + {} employer contributions",
                &[Arg::Eur(gross), Arg::Eur(contributions)],
            ),
            (Some(&rules.payroll_source), false),
        ),
        fixed(
            "meal_vouchers",
            tr(
                "Titres-restaurant (part employeur)",
                "Meal vouchers (employer share)",
            ),
            amounts.meal_vouchers,
            Formula::new(
                "{} × {} jours travaillés",
                "{} × {} days worked",
                &[
                    Arg::Eur(s.meal_voucher_employer_share),
                    Arg::Num(productive_days),
                ],
            ),
            sourced("mealVoucherEmployerShare"),
        ),
        fixed(
            "transport",
            tr(
                "Transport (50\u{a0}% de l'abonnement)",
                "Transit pass (50%)",
            ),
            amounts.transport,
            {
                let pass = Arg::Eur(s.transport_pass_monthly);
                let share = Arg::Pct(TRANSPORT_EMPLOYER_SHARE_PERCENT);
                if transport_factor == Decimal::ONE {
                    Formula::same("{} × 12 × {}", &[pass, share])
                } else {
                    Formula::same(
                        "{} × 12 × {} × {}",
                        &[pass, share, Arg::Num(transport_factor)],
                    )
                }
            },
            sourced("transportPassMonthly"),
        ),
    ];
    for (id, field, labels, amount) in [
        (
            "workspace",
            "workspaceAnnual",
            tr("Bureau et services", "Office space and services"),
            s.workspace_annual,
        ),
        (
            "equipment",
            "equipmentAnnual",
            tr("Équipement", "Equipment"),
            s.equipment_annual,
        ),
        (
            "training",
            "trainingAnnual",
            tr("Formation", "Training"),
            s.training_annual,
        ),
        (
            "manager_time",
            "managerTimeAnnual",
            tr("Temps d'encadrement", "Management time"),
            s.manager_time_annual,
        ),
    ] {
        running.push(fixed(
            id,
            labels,
            amount,
            Formula::new(
                "{} par an, non proratisé",
                "{} a year, not pro-rated",
                &[Arg::Eur(amount)],
            ),
            sourced(field),
        ));
    }

    let recruitment_args = [
        Arg::Pct(s.recruitment_fee_percent),
        Arg::Eur(gross),
        Arg::Eur(s.recruitment_internal_cost),
        Arg::Pct(s.trial_failure_percent),
    ];
    let one_off = fixed(
        "recruitment",
        tr("Recrutement (payé une fois)", "Recruitment (paid once)"),
        amounts.recruitment(),
        Formula::same("({} × {} + {}) ÷ (1 − {})", &recruitment_args),
        sourced("recruitmentFeePercent"),
    );
    let tenure = s.expected_tenure_years;
    let mut amortized = vec![fixed(
        "recruitment",
        tr(
            "Recrutement, amorti sur la durée de présence",
            "Recruitment, amortized over the tenure",
        ),
        amounts.recruitment_amortized(s),
        {
            let [fee, gross, internal, failure] = recruitment_args;
            Formula::new(
                "({} × {} + {}) ÷ (1 − {}) ÷ {} ans",
                "({} × {} + {}) ÷ (1 − {}) ÷ {} years",
                &[fee, gross, internal, failure, Arg::Num(tenure)],
            )
        },
        sourced("recruitmentFeePercent"),
    )];
    if s.include_exit_cost {
        let months = amounts.exit_months;
        amortized.push(fixed(
            "exit_cost",
            tr(
                "Indemnité légale de licenciement, amortie",
                "Legal severance, amortized",
            ),
            amounts.exit_amortized,
            Formula::new(
                "{} ÷ 12 × {} mois ÷ {} ans",
                "{} ÷ 12 × {} months ÷ {} years",
                &[Arg::Eur(gross), Arg::Num(months), Arg::Num(tenure)],
            ),
            sourced("includeExitCost"),
        ));
    }
    Hire {
        amounts,
        running,
        amortized,
        one_off,
    }
}

impl<'a> Model<'a> {
    /// # Errors
    ///
    /// Those of [`employer_cost`], whose input is checked again.
    fn new(s: &'a Scenario, rules: &'static Rules) -> Result<Self, Error> {
        let full_payroll = employer_cost(&s.employer_cost_input(s.gross_annual, dec!(100)))?;
        let basis = HireBasis::new(s, rules);
        let full = basis.with_payroll(s, &full_payroll, dec!(100));
        let price_per_day = if full.productive_days.is_zero() {
            Decimal::ZERO
        } else {
            cents(div(full.annual(s), full.productive_days))
        };
        Ok(Self {
            s,
            basis,
            full,
            full_payroll,
            price_per_day,
        })
    }

    /// Terms of the first year of a hire, beyond its running and amortized terms.
    fn first_year_hire_terms(&self, h: &HireAmounts) -> Vec<Term> {
        let s = self.s;
        let running = h.running();
        let missing = sub(Decimal::ONE, div(s.ramp_up_productivity_percent, dec!(100)));
        let ramp_up = mul(mul(running, div(s.ramp_up_weeks, dec!(52))), missing);
        let wait = add(s.time_to_hire_weeks, s.notice_weeks);
        let price = self.price_per_day;
        let (ramp_source, ramp_estimate) = sourced("rampUpWeeks");
        let (wait_source, wait_estimate) = sourced("timeToHireWeeks");
        vec![
            Term {
                id: "ramp_up",
                labels: tr("Montée en compétence", "Ramp-up"),
                fixed: ramp_up,
                per_day: Decimal::ZERO,
                formula: Formula::new(
                    "{} × {} ÷ 52 semaines × (1 − {})",
                    "{} × {} ÷ 52 weeks × (1 − {})",
                    &[
                        Arg::Eur(running),
                        Arg::Num(s.ramp_up_weeks),
                        Arg::Pct(s.ramp_up_productivity_percent),
                    ],
                ),
                source: ramp_source,
                estimate: ramp_estimate,
            },
            Term {
                id: "vacancy",
                labels: tr(
                    "Besoin non couvert pendant le recrutement et le préavis",
                    "Need left uncovered while recruiting and during notice",
                ),
                fixed: Decimal::ZERO,
                per_day: mul(wait, price),
                formula: Formula::new(
                    "{} semaines × {} × {} par jour productif",
                    "{} weeks × {} × {} per productive day",
                    &[Arg::Num(wait), Arg::Days, Arg::Eur(price)],
                ),
                source: wait_source,
                estimate: wait_estimate,
            },
        ]
    }

    fn hire_cost(&self, h: &Hire, days: Decimal, productive_days: Decimal) -> OptionCost {
        let running = lines_at(&h.running, days);
        let amortized = lines_at(&h.amortized, days);
        let mut first_year_lines = running.clone();
        if !h.one_off.fixed.is_zero() {
            first_year_lines.push(h.one_off.line(days));
        }
        // The exit cost accrues in the first year too; the recruitment is paid in full instead.
        for line in &amortized {
            if line.id != "recruitment" {
                first_year_lines.push(line.clone());
            }
        }
        let mut lines = running;
        lines.extend(amortized);
        let annual_cost = sum_lines(&lines);
        first_year_lines.extend(lines_at(&self.first_year_hire_terms(&h.amounts), days));
        let first_year_cost = sum_lines(&first_year_lines);
        let cost_per_productive_day = if productive_days.is_zero() {
            Decimal::ZERO
        } else {
            cents(div(annual_cost, productive_days))
        };
        OptionCost {
            annual_cost,
            first_year_cost,
            cost_per_productive_day,
            lines,
            first_year_lines,
        }
    }

    /// Shared-time terms in steady state, with the day rate `rate`.
    fn shared_terms(&self, rate: Decimal) -> Vec<Term> {
        shared_terms(self.s, rate)
    }

    /// Shared-time terms of the first year beyond the steady state.
    fn shared_first_year_terms(&self) -> Vec<Term> {
        let s = self.s;
        let vat_factor = if s.vat_recoverable {
            Decimal::ONE
        } else {
            add(Decimal::ONE, div(VAT_PERCENT, dec!(100)))
        };
        let missing = sub(Decimal::ONE, div(s.ramp_up_productivity_percent, dec!(100)));
        let ramp_per_day = mul(
            mul(mul(s.day_rate, vat_factor), s.shared_ramp_up_weeks),
            missing,
        );
        let price = self.price_per_day;
        let (start_source, start_estimate) = sourced("sharedStartWeeks");
        let (ramp_source, ramp_estimate) = sourced("sharedRampUpWeeks");
        let (fee_source, fee_estimate) = sourced("sharedStartFee");
        vec![
            Term {
                id: "start_fee",
                labels: tr("Frais de démarrage", "Start fee"),
                fixed: mul(s.shared_start_fee, vat_factor),
                per_day: Decimal::ZERO,
                formula: if vat_factor == Decimal::ONE {
                    Formula::same("{}", &[Arg::Eur(s.shared_start_fee)])
                } else {
                    Formula::same(
                        "{} × {} ({})",
                        &[Arg::Eur(s.shared_start_fee), Arg::Num(vat_factor), VAT],
                    )
                },
                source: fee_source,
                estimate: fee_estimate,
            },
            Term {
                id: "ramp_up",
                labels: tr(
                    "Prise en main de l'entreprise",
                    "Getting to know the company",
                ),
                fixed: Decimal::ZERO,
                per_day: ramp_per_day,
                formula: Formula::new(
                    "{} × {} × {} semaines × (1 − {})",
                    "{} × {} × {} weeks × (1 − {})",
                    &[
                        Arg::Eur(mul(s.day_rate, vat_factor)),
                        Arg::Days,
                        Arg::Num(s.shared_ramp_up_weeks),
                        Arg::Pct(s.ramp_up_productivity_percent),
                    ],
                ),
                source: ramp_source,
                estimate: ramp_estimate,
            },
            Term {
                id: "start_delay",
                labels: tr(
                    "Besoin non couvert avant le démarrage",
                    "Need left uncovered before the start",
                ),
                fixed: Decimal::ZERO,
                per_day: mul(s.shared_start_weeks, price),
                formula: Formula::new(
                    "{} semaines × {} × {} par jour productif",
                    "{} weeks × {} × {} per productive day",
                    &[Arg::Num(s.shared_start_weeks), Arg::Days, Arg::Eur(price)],
                ),
                source: start_source,
                estimate: start_estimate,
            },
        ]
    }

    /// The full-time hire's costs at the need, line by line.
    fn full_cost(&self) -> OptionCost {
        let full_hire = hire_terms(self.s, self.basis.rules, self.full.clone());
        self.hire_cost(&full_hire, self.s.days_per_week, self.full.productive_days)
    }

    /// Shared time's costs at the need, line by line, from its terms.
    fn shared_cost(&self, terms: &[Term], first_year_terms: &[Term]) -> OptionCost {
        let days = self.s.days_per_week;
        let lines = lines_at(terms, days);
        let mut first_year_lines = lines.clone();
        first_year_lines.extend(lines_at(first_year_terms, days));
        let annual_cost = sum_lines(&lines);
        OptionCost {
            annual_cost,
            first_year_cost: sum_lines(&first_year_lines),
            cost_per_productive_day: cents(div(annual_cost, mul(days, self.s.weeks_per_year))),
            lines,
            first_year_lines,
        }
    }

    fn compare(self, detail: Detail) -> Comparison {
        let s = self.s;
        let days = s.days_per_week;

        // Full-time hire.
        let full = &self.full;
        let full_annual_exact = full.annual(s);
        let (fy_extra_fixed, fy_extra_per_day) = affine(&self.first_year_hire_terms(full));
        // First year: running + recruitment once + exit amortized + ramp-up + vacancy.
        let full_fy_fixed = add(
            add(add(full.running(), full.recruitment()), full.exit_amortized),
            fy_extra_fixed,
        );
        let full_cost = self.full_cost();

        // Shared time.
        let shared_terms = self.shared_terms(s.day_rate);
        let shared_fy_terms = self.shared_first_year_terms();
        let (shared_fixed, shared_per_day) = affine(&shared_terms);
        let (shared_fy_fixed, shared_fy_per_day) = affine(&shared_fy_terms);
        let shared_cost = self.shared_cost(&shared_terms, &shared_fy_terms);
        let days_per_year = mul(days, s.weeks_per_year);

        // Part-time hire at the need.
        let (part, part_annual_exact) = self.part_time(days);

        // Break-even.
        let steady = break_even(
            (full_annual_exact, Decimal::ZERO),
            (shared_fixed, shared_per_day),
        );
        let first_year = break_even(
            (full_fy_fixed, fy_extra_per_day),
            (
                add(shared_fixed, shared_fy_fixed),
                add(shared_per_day, shared_fy_per_day),
            ),
        );
        let (day_rate, gross_annual) = match detail {
            Detail::Full => (
                self.break_even_day_rate(full_annual_exact, shared_fixed),
                self.break_even_salary(add(shared_fixed, mul(shared_per_day, days))),
            ),
            Detail::WithoutBreakEvenPrices => (None, None),
        };

        let savings_amount = sub(full_cost.annual_cost, shared_cost.annual_cost);
        let savings = Savings {
            amount: savings_amount,
            percent: if full_cost.annual_cost.is_zero() {
                Decimal::ZERO
            } else {
                round_dp_away(
                    mul(div(savings_amount, full_cost.annual_cost), dec!(100)),
                    1,
                )
            },
            first_year_amount: sub(full_cost.first_year_cost, shared_cost.first_year_cost),
        };

        let curve = self.curve(
            (days, part_annual_exact),
            (full_annual_exact, (full_fy_fixed, fy_extra_per_day)),
            (shared_fixed, shared_per_day),
            (shared_fy_fixed, shared_fy_per_day),
        );
        let horizon = self.horizon(&full_cost, &part.cost, &shared_cost);
        let sensitivity = self.sensitivity();

        let time_to_value = TimeToValue {
            shared_time_weeks: add(s.shared_start_weeks, s.shared_ramp_up_weeks),
            full_time_hire_weeks: add(add(s.time_to_hire_weeks, s.notice_weeks), s.ramp_up_weeks),
        };

        Comparison {
            scenario: *s,
            period: self.full_payroll.period.clone(),
            full_time_hire: FullTimeHire {
                cost: full_cost,
                productive_days: self.full.productive_days,
                employer_cost: self.full_payroll,
            },
            part_time_hire: part,
            shared_time: SharedTime {
                cost: shared_cost,
                day_rate: s.day_rate,
                weeks_per_year: s.weeks_per_year,
                days_per_year,
            },
            break_even: BreakEven {
                days_per_week: steady.0,
                reason: steady.1,
                first_year_days_per_week: first_year.0,
                first_year_reason: first_year.1,
                day_rate,
                gross_annual,
            },
            savings,
            curve,
            time_to_value,
            horizon,
            sensitivity,
        }
    }

    /// The part-time hire at `days` a week, and its exact steady-state cost.
    fn part_time(&self, days: Decimal) -> (PartTimeHire, Decimal) {
        let s = self.s;
        let work_time_percent = work_time_percent(days);
        let h = hire_terms(
            s,
            self.basis.rules,
            self.basis.amounts(s, s.gross_annual, work_time_percent),
        );
        let cost = self.hire_cost(&h, days, h.amounts.productive_days);
        let weekly_hours = mul(FULL_TIME_WEEKLY_HOURS, div(work_time_percent, dec!(100)));
        let mut warnings = Vec::new();
        if weekly_hours < PART_TIME_MINIMUM_WEEKLY_HOURS {
            warnings.push(Notice {
                id: "below_24_hours",
                fr: Lang::Fr.text("Moins de 24 heures par semaine\u{a0}: en dessous du minimum légal du temps partiel (Code du travail, art. L3123-27), sauf demande écrite et motivée du salarié (art. L3123-7), accord de branche (art. L3123-19) ou cadre en forfait jours réduit, qui n'est pas un temps partiel."),
                en: Lang::En.text("Under 24 hours a week: below the legal minimum for part time (Code du travail L3123-27), unless the employee asks for it in writing (L3123-7), a branch agreement allows it (L3123-19), or the cadre is on a reduced forfait jours, which is not part time."),
            });
        }
        if days < dec!(5) {
            warnings.push(Notice {
                id: "part_time_pool",
                fr: Lang::Fr.text("Peu de cadres dirigeants cherchent un poste à temps partiel\u{a0}: le vivier de candidats est plus étroit et le recrutement souvent plus long."),
                en: Lang::En.text("Few senior executives look for a part-time job: the pool of candidates is narrower and hiring often takes longer."),
            });
        }
        let annual_exact = h.amounts.annual(s);
        (
            PartTimeHire {
                gross_annual: h.amounts.gross,
                cost,
                days_per_week: days,
                work_time_percent: normalize(work_time_percent),
                weekly_hours: normalize(weekly_hours),
                warnings,
            },
            annual_exact,
        )
    }

    fn break_even_day_rate(&self, full_annual: Decimal, shared_fixed: Decimal) -> Option<Decimal> {
        let s = self.s;
        let vat_factor = if s.vat_recoverable {
            Decimal::ONE
        } else {
            add(Decimal::ONE, div(VAT_PERCENT, dec!(100)))
        };
        let per_rate = mul(mul(s.days_per_week, s.weeks_per_year), vat_factor);
        let room = sub(full_annual, shared_fixed);
        if room <= Decimal::ZERO {
            return None;
        }
        Some(cents(div(room, per_rate)))
    }

    /// The gross salary at which the full-time hire costs `target` a year:
    /// the largest whole-euro salary, from the SMIC up, whose cost is no more
    /// than `target`. `None` when even the SMIC costs more, or when the top of
    /// the salary range still costs no more.
    ///
    /// The cost is non-decreasing in the salary and close to affine, so a
    /// Newton step from the scenario's own salary (whose cost is known) lands
    /// near the answer; the search then keeps a bracket of whole euros
    /// (`f(lo) <= 0 < f(hi)`), interpolates in it (false position, Illinois
    /// variant, with a bisection when the bracket shrinks slowly), and checks
    /// the neighbouring euro of a point that lands within about a euro.
    fn break_even_salary(&self, target: Decimal) -> Option<Decimal> {
        let s = self.s;
        let cost_at = |gross: Decimal| -> Decimal {
            sub(self.basis.amounts(s, gross, dec!(100)).annual(s), target)
        };
        let lowest = ceil(self.basis.rules.smic_annual());
        let top = floor(MAX_GROSS_ANNUAL);
        let g0 = round_to(s.gross_annual, 0, Rounding::HalfEven).clamp(lowest, top);
        let (f0, h0) = if g0 == s.gross_annual {
            (sub(self.full.annual(s), target), None)
        } else {
            let h = self.basis.amounts(s, g0, dec!(100));
            (sub(h.annual(s), target), Some(h))
        };
        // The cost's slope in the salary: the payroll's average rate, plus
        // the recruitment fee and the exit cost, both amortized.
        let h0 = h0.as_ref().unwrap_or(&self.full);
        let fee_share = div(
            hundredth(s.recruitment_fee_percent),
            sub(Decimal::ONE, hundredth(s.trial_failure_percent)),
        );
        let slope = add(
            add(
                div(h0.total_employer_cost, h0.gross.max(Decimal::ONE)),
                div(fee_share, s.expected_tenure_years),
            ),
            div(div(h0.exit_months, dec!(12)), s.expected_tenure_years),
        )
        .max(Decimal::ONE);
        // Points on the same side of the root, widening from `(a, fa)` away
        // from it: the first step is the Newton step plus one euro, then doubles.
        let widen = |(mut a, mut fa): (Decimal, Decimal),
                     b: Option<(Decimal, Decimal)>|
         -> Option<[(Decimal, Decimal); 2]> {
            let below = fa > Decimal::ZERO;
            let mut step = add(ceil(div(fa.abs(), slope)), Decimal::ONE);
            if let Some((b, _)) = b {
                step = step.max(sub(b, a).abs());
            }
            loop {
                if (below && a == lowest) || (!below && a == top) {
                    return None;
                }
                let x = if below {
                    sub(a, step).max(lowest)
                } else {
                    add(a, step).min(top)
                };
                let fx = cost_at(x);
                if (fx <= Decimal::ZERO) != (fa <= Decimal::ZERO) {
                    return Some(if below {
                        [(x, fx), (a, fa)]
                    } else {
                        [(a, fa), (x, fx)]
                    });
                }
                (a, fa) = (x, fx);
                step = mul(step, dec!(2));
            }
        };
        let guess = floor(sub(g0, div(f0, slope))).clamp(lowest, top);
        let bracket = if guess == g0 {
            widen((g0, f0), None)
        } else {
            let f_guess = cost_at(guess);
            if (f0 <= Decimal::ZERO) == (f_guess <= Decimal::ZERO) {
                // Same side: widen from the point nearer the root.
                if f0.abs() < f_guess.abs() {
                    widen((g0, f0), None)
                } else {
                    widen((guess, f_guess), None)
                }
            } else if g0 < guess {
                Some([(g0, f0), (guess, f_guess)])
            } else {
                Some([(guess, f_guess), (g0, f0)])
            }
        };
        let [(mut lo, mut f_lo), (mut hi, mut f_hi)] = bracket?;
        let mut side = 0i8;
        let mut widths = [Decimal::MAX; 2];
        // A point within about a euro of the root, by the slope: its
        // neighbouring euro is checked too, which usually ends the search.
        let near = mul(slope, dec!(2));
        // After two rounds in a row that do not halve the bracket comes a
        // bisection, so 200 rounds are far more than the range of salaries needs.
        for _ in 0..200 {
            let width = sub(hi, lo);
            if width <= Decimal::ONE {
                break;
            }
            let slow = mul(width, dec!(2)) > widths[1] && mul(widths[1], dec!(2)) > widths[0];
            let mid = if slow {
                floor(div(add(lo, hi), dec!(2)))
            } else {
                // The interpolated root.
                floor(sub(lo, div(mul(f_lo, width), sub(f_hi, f_lo))))
            };
            widths = [widths[1], width];
            // In whole euros, strictly inside the bracket.
            let mid = mid.clamp(add(lo, Decimal::ONE), sub(hi, Decimal::ONE));
            let f_mid = cost_at(mid);
            if f_mid <= Decimal::ZERO {
                (lo, f_lo) = (mid, f_mid);
                if side == -1 {
                    f_hi = div(f_hi, dec!(2));
                }
                side = -1;
                // The next euro up may already cost more.
                let next = add(mid, Decimal::ONE);
                if next < hi && f_mid.abs() <= near {
                    let f_next = cost_at(next);
                    if f_next > Decimal::ZERO {
                        return Some(mid);
                    }
                    (lo, f_lo) = (next, f_next);
                }
            } else {
                (hi, f_hi) = (mid, f_mid);
                if side == 1 {
                    f_lo = div(f_lo, dec!(2));
                }
                side = 1;
                // The euro below may already cost no more.
                let previous = sub(mid, Decimal::ONE);
                if previous > lo && f_mid <= near {
                    let f_previous = cost_at(previous);
                    if f_previous <= Decimal::ZERO {
                        return Some(previous);
                    }
                    (hi, f_hi) = (previous, f_previous);
                }
            }
        }
        Some(lo)
    }

    #[allow(
        clippy::type_complexity,
        reason = "pairs of affine coefficients, named at the call"
    )]
    fn curve(
        &self,
        (known_days, known_part): (Decimal, Decimal),
        (full, (full_fy_fixed, full_fy_per_day)): (Decimal, (Decimal, Decimal)),
        (shared_fixed, shared_per_day): (Decimal, Decimal),
        (shared_fy_fixed, shared_fy_per_day): (Decimal, Decimal),
    ) -> Vec<CurvePoint> {
        let mut points = Vec::with_capacity(19);
        let full_annual = cents(full);
        let mut days = dec!(0.5);
        while days <= dec!(5) {
            // The part-time hire at the chosen need is already known.
            let part = if days == dec!(5) {
                full_annual
            } else if days == known_days {
                cents(known_part)
            } else {
                let work_time_percent = work_time_percent(days);
                cents(
                    self.basis
                        .amounts(self.s, self.s.gross_annual, work_time_percent)
                        .annual(self.s),
                )
            };
            let shared = add(shared_fixed, mul(shared_per_day, days));
            points.push(CurvePoint {
                days_per_week: days,
                full_time_hire: full_annual,
                part_time_hire: part,
                shared_time: cents(shared),
                full_time_hire_first_year: cents(add(full_fy_fixed, mul(full_fy_per_day, days))),
                shared_time_first_year: cents(add(
                    add(shared, shared_fy_fixed),
                    mul(shared_fy_per_day, days),
                )),
            });
            days = add(days, dec!(0.25));
        }
        points
    }

    fn horizon(
        &self,
        full: &OptionCost,
        part: &OptionCost,
        shared: &OptionCost,
    ) -> Vec<HorizonYear> {
        let s = self.s;
        let mut years = Vec::with_capacity(s.horizon_years as usize);
        let (mut cum_full, mut cum_part, mut cum_shared) =
            (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        let salary_growth = add(Decimal::ONE, div(s.salary_growth_percent, dec!(100)));
        let rate_growth = add(Decimal::ONE, div(s.day_rate_growth_percent, dec!(100)));
        let (mut salary_factor, mut rate_factor) = (Decimal::ONE, Decimal::ONE);
        let work_time_percent = work_time_percent(s.days_per_week);
        for year in 1..=s.horizon_years {
            let (f, p, sh) = if year == 1 {
                (
                    full.first_year_cost,
                    part.first_year_cost,
                    shared.first_year_cost,
                )
            } else {
                salary_factor = mul(salary_factor, salary_growth);
                rate_factor = mul(rate_factor, rate_growth);
                let gross = cents(mul(s.gross_annual, salary_factor));
                // The first recruitment is in year 1; later years pay running
                // costs, the exit cost, and a new recruitment in each year in
                // which a tenure ends.
                let hires = replacements_in_year(s.expected_tenure_years, year);
                let later_year = |h: HireAmounts| -> Decimal {
                    let recruitment = mul(h.recruitment(), hires);
                    cents(add(add(h.running(), h.exit_amortized), recruitment))
                };
                let f = later_year(self.basis.amounts(s, gross, dec!(100)));
                let p = later_year(self.basis.amounts(s, gross, work_time_percent));
                let (fixed, per_day) = SharedAmounts::new(s, mul(s.day_rate, rate_factor)).affine();
                (f, p, cents(add(fixed, mul(per_day, s.days_per_week))))
            };
            cum_full = add(cum_full, f);
            cum_part = add(cum_part, p);
            cum_shared = add(cum_shared, sh);
            years.push(HorizonYear {
                year,
                full_time_hire: f,
                part_time_hire: p,
                shared_time: sh,
                cumulative_full_time_hire: cum_full,
                cumulative_part_time_hire: cum_part,
                cumulative_shared_time: cum_shared,
            });
        }
        years
    }

    /// Steady-state break-even of `scenario`, a variation of this one in a
    /// field of `side`: the payroll is computed again only for [`Side::Payroll`],
    /// the hire not at all for [`Side::Shared`], and shared time, `(fixed,
    /// per_day)` as it is, only for [`Side::Shared`].
    fn steady_break_even(
        &self,
        scenario: &Scenario,
        side: Side,
        (fixed, per_day): (Decimal, Decimal),
    ) -> (Option<Decimal>, Option<NoBreakEven>) {
        let hire_annual = match side {
            Side::Payroll => HireBasis::new(scenario, self.basis.rules)
                .amounts(scenario, scenario.gross_annual, dec!(100))
                .annual(scenario),
            Side::Hire => HireBasis::new(scenario, self.basis.rules)
                .with_payroll(scenario, &self.full_payroll, dec!(100))
                .annual(scenario),
            Side::Shared => {
                let shared = SharedAmounts::new(scenario, scenario.day_rate).affine();
                return break_even((self.full.annual(scenario), Decimal::ZERO), shared);
            }
        };
        break_even((hire_annual, Decimal::ZERO), (fixed, per_day))
    }

    fn sensitivity(&self) -> Vec<Sensitivity> {
        use Side::{Hire, Payroll, Shared};
        type Field = (&'static str, fn(&mut Scenario) -> &mut Decimal, Side);
        const FIELDS: [Field; 12] = [
            ("grossAnnual", |s| &mut s.gross_annual, Payroll),
            ("dayRate", |s| &mut s.day_rate, Shared),
            ("weeksPerYear", |s| &mut s.weeks_per_year, Shared),
            (
                "recruitmentFeePercent",
                |s| &mut s.recruitment_fee_percent,
                Hire,
            ),
            (
                "trialFailurePercent",
                |s| &mut s.trial_failure_percent,
                Hire,
            ),
            (
                "expectedTenureYears",
                |s| &mut s.expected_tenure_years,
                Hire,
            ),
            ("workspaceAnnual", |s| &mut s.workspace_annual, Hire),
            ("equipmentAnnual", |s| &mut s.equipment_annual, Hire),
            ("trainingAnnual", |s| &mut s.training_annual, Hire),
            (
                "mealVoucherEmployerShare",
                |s| &mut s.meal_voucher_employer_share,
                Hire,
            ),
            (
                "transportPassMonthly",
                |s| &mut s.transport_pass_monthly,
                Hire,
            ),
            ("absenceDays", |s| &mut s.absence_days, Hire),
        ];
        let mut out = Vec::with_capacity(FIELDS.len());
        // Shared time as it is, for the variations of the hire's side.
        let shared = SharedAmounts::new(self.s, self.s.day_rate).affine();
        // One copy of the scenario, varied one field at a time and put back.
        let mut variant = *self.s;
        for (field, get, side) in FIELDS {
            let value = *get(&mut variant);
            if value.is_zero() {
                continue;
            }
            // Only the varied field can leave its range, the rest being valid: a
            // variation past a range's end is brought back to it, as a user could
            // set it (45 weeks + 20 % is over 52).
            let range = Scenario::range_of(field);
            let vary = |factor: Decimal| -> Decimal {
                let varied = normalize(mul(value, factor));
                range.map_or(varied, |(min, max)| varied.clamp(min, max))
            };
            let (low_value, high_value) = (vary(dec!(0.8)), vary(dec!(1.2)));
            *get(&mut variant) = low_value;
            let low_break_even = self.steady_break_even(&variant, side, shared);
            *get(&mut variant) = high_value;
            let high_break_even = self.steady_break_even(&variant, side, shared);
            *get(&mut variant) = value;
            let impact = sub(
                break_even_or_bound(high_break_even),
                break_even_or_bound(low_break_even),
            )
            .abs();
            let (label_fr, label_en) = match assumption(field) {
                Some(a) => (a.label_fr, a.label_en),
                None => match field {
                    "grossAnnual" => tr("Salaire brut annuel", "Gross annual salary"),
                    _ => tr("Tarif journalier HT", "Day rate excluding VAT"),
                },
            };
            out.push(Sensitivity {
                field,
                label_fr,
                label_en,
                value,
                low_value,
                high_value,
                low_break_even: low_break_even.0,
                high_break_even: high_break_even.0,
                impact,
            });
        }
        // By impact, largest first, ties in the order above: an insertion
        // sort, stable like `sort_by_key`, for a dozen entries (the standard
        // sort would bring over a kilobyte of code into the widget).
        for i in 1..out.len() {
            let mut j = i;
            while j > 0 && out[j - 1].impact < out[j].impact {
                out.swap(j - 1, j);
                j -= 1;
            }
        }
        out
    }
}

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

/// A break-even for sorting by impact: "none" counts as the end of the range
/// it lies beyond (5 days when shared time stays cheaper, 0 when hiring does).
fn break_even_or_bound((days, reason): (Option<Decimal>, Option<NoBreakEven>)) -> Decimal {
    match (days, reason) {
        (Some(d), _) => d.min(dec!(5)),
        (None, Some(NoBreakEven::HireCheaperAtEveryNeed)) => Decimal::ZERO,
        (None, _) => dec!(5),
    }
}

/// The numbers of shared time in steady state, with the day rate `rate`:
/// `(fixed, per_day)` such that the annual cost is `fixed + per_day × days`,
/// and the fees and VAT per day a week. [`shared_terms`] writes them up.
struct SharedAmounts {
    fees_per_day: Decimal,
    vat_per_day: Decimal,
    fixed: Decimal,
}

impl SharedAmounts {
    fn new(s: &Scenario, rate: Decimal) -> Self {
        let fees_per_day = mul(rate, s.weeks_per_year);
        let vat_per_day = if s.vat_recoverable {
            Decimal::ZERO
        } else {
            percent_of_exact(fees_per_day, VAT_PERCENT)
        };
        // Travel is invoiced by the provider, with VAT; coordination is the
        // company's own time.
        let travel = mul(s.shared_travel_annual, vat_factor(s));
        Self {
            fees_per_day,
            vat_per_day,
            fixed: add(travel, s.shared_coordination_annual),
        }
    }

    fn per_day(&self) -> Decimal {
        add(self.fees_per_day, self.vat_per_day)
    }

    /// `(fixed, per_day)`.
    fn affine(&self) -> (Decimal, Decimal) {
        (self.fixed, self.per_day())
    }
}

/// Shared-time terms in steady state, with the day rate `rate`.
fn shared_terms(s: &Scenario, rate: Decimal) -> Vec<Term> {
    let amounts = SharedAmounts::new(s, rate);
    let fees_per_day = amounts.fees_per_day;
    let preset = s.role.preset();
    let (rate_source, rate_estimate) = (&preset.day_rate_source, preset.day_rate_estimate);

    let mut terms = vec![Term {
        id: "fees",
        labels: tr("Honoraires (HT)", "Fees (excluding VAT)"),
        fixed: Decimal::ZERO,
        per_day: fees_per_day,
        formula: Formula::new(
            "{} × {} × {} semaines",
            "{} × {} × {} weeks",
            &[Arg::Eur(rate), Arg::Days, Arg::Num(s.weeks_per_year)],
        ),
        source: Some(rate_source),
        estimate: rate_estimate,
    }];
    if !s.vat_recoverable {
        let (source, estimate) = sourced("vatRecoverable");
        terms.push(Term {
            id: "vat",
            labels: tr("TVA non récupérable", "Non-recoverable VAT"),
            fixed: Decimal::ZERO,
            per_day: amounts.vat_per_day,
            formula: Formula::new("{} × honoraires", "{} × fees", &[Arg::Pct(VAT_PERCENT)]),
            source,
            estimate,
        });
    }
    // Travel is invoiced with VAT, which the company may not recover.
    let vat = vat_factor(s);
    for (id, field, labels, amount, factor) in [
        (
            "travel",
            "sharedTravelAnnual",
            tr("Déplacements", "Travel"),
            s.shared_travel_annual,
            vat,
        ),
        (
            "coordination",
            "sharedCoordinationAnnual",
            tr("Temps de coordination", "Coordination time"),
            s.shared_coordination_annual,
            Decimal::ONE,
        ),
    ] {
        let (source, estimate) = sourced(field);
        terms.push(Term {
            id,
            labels,
            fixed: mul(amount, factor),
            per_day: Decimal::ZERO,
            formula: if factor == Decimal::ONE {
                Formula::new("{} par an", "{} a year", &[Arg::Eur(amount)])
            } else {
                Formula::new(
                    "{} par an × {} ({})",
                    "{} a year × {} ({})",
                    &[Arg::Eur(amount), Arg::Num(factor), VAT],
                )
            },
            source,
            estimate,
        });
    }
    terms
}

/// How many replacement hires start in `year` (2 or more) when each hire
/// stays `tenure` years: the multiples of the tenure in `[year − 1, year)`.
fn replacements_in_year(tenure: Decimal, year: u32) -> Decimal {
    let start = Decimal::from(year - 1);
    let end = Decimal::from(year);
    let mut count = Decimal::ZERO;
    let mut at = tenure;
    while at < end {
        if at >= start {
            count = add(count, Decimal::ONE);
        }
        at = add(at, tenure);
    }
    count
}

/// Why an amount is multiplied by 1.2, in a formula.
const VAT: Arg = Arg::Text(
    Lang::Fr.text("TVA non récupérable"),
    Lang::En.text("non-recoverable VAT"),
);

/// 1.2 when the company cannot recover VAT, 1 otherwise.
fn vat_factor(s: &Scenario) -> Decimal {
    if s.vat_recoverable {
        Decimal::ONE
    } else {
        add(Decimal::ONE, div(VAT_PERCENT, dec!(100)))
    }
}

/// `x × rate %`, unrounded.
fn percent_of_exact(x: Decimal, rate_percent: Decimal) -> Decimal {
    div(mul(x, rate_percent), dec!(100))
}

/// Where `shared(d) = hire(d)` for two affine costs `(fixed, per_day)`:
/// the break-even in days a week (2 decimals) or why there is none in 0–5.
fn break_even(
    (hire_fixed, hire_per_day): (Decimal, Decimal),
    (shared_fixed, shared_per_day): (Decimal, Decimal),
) -> (Option<Decimal>, Option<NoBreakEven>) {
    let slope = sub(shared_per_day, hire_per_day);
    let gap = sub(hire_fixed, shared_fixed);
    if slope <= Decimal::ZERO {
        // Shared time never grows faster than the hire: one is cheaper everywhere.
        return if gap > Decimal::ZERO {
            (None, Some(NoBreakEven::SharedCheaperAtEveryNeed))
        } else {
            (None, Some(NoBreakEven::HireCheaperAtEveryNeed))
        };
    }
    // To the hundredth of a day, the smallest need there is: a crossing
    // under 0.005 days a week means the hire is cheaper at every need.
    let days = round_dp_away(div(gap, slope), 2);
    if days <= Decimal::ZERO {
        (None, Some(NoBreakEven::HireCheaperAtEveryNeed))
    } else if days > dec!(5) {
        (None, Some(NoBreakEven::SharedCheaperAtEveryNeed))
    } else {
        (Some(days), None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_take_their_arguments_in_order_in_each_language() {
        let f = Formula::new(
            "{} × {} × {} semaines ({})",
            "{} × {} × {} weeks ({})",
            &[Arg::Eur(dec!(1200.5)), Arg::Days, Arg::Num(dec!(45)), VAT],
        );
        assert_eq!(
            f.write(Lang::Fr, dec!(1.5)),
            "1\u{a0}200,50\u{a0}€ × 1,5\u{a0}j/sem. × 45 semaines (TVA non récupérable)"
        );
        assert_eq!(
            f.write(Lang::En, dec!(2)),
            "1,200.50\u{a0}€ × 2 days/week × 45 weeks (non-recoverable VAT)"
        );
        // A brace that is not a placeholder stays as written.
        let f = Formula::same("{x} + {}", &[Arg::Pct(dec!(20.0))]);
        assert_eq!(f.write(Lang::Fr, dec!(1)), "{x} + 20\u{a0}%");
        assert_eq!(f.write(Lang::En, dec!(1)), "{x} + 20%");
    }
}

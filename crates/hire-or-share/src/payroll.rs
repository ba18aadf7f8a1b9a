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

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::arith::{add, check, div, guarded, hundredth, mul, overflowed, percent_of, sub, to_f64};
use crate::error::{Error, Unit};
use crate::rules::{Rate, Rules, Source, rules_for};
use crate::tr;

/// The largest gross annual salary accepted, in euros.
pub const MAX_GROSS_ANNUAL: Decimal = dec!(10_000_000);
/// The largest headcount accepted.
pub const MAX_HEADCOUNT: u32 = 1_000_000;

/// What [`employer_cost`] needs to know about the job and the company.
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
        use crate::scenario::Slot;
        let (name, slot): (&'static str, Slot<'_>) = match field {
            "grossAnnual" => ("grossAnnual", (&mut self.gross_annual).into()),
            "cadre" => ("cadre", (&mut self.cadre).into()),
            "headcount" => ("headcount", (&mut self.headcount).into()),
            "mobilityRatePercent" => (
                "mobilityRatePercent",
                (&mut self.mobility_rate_percent).into(),
            ),
            "atMpRatePercent" => ("atMpRatePercent", (&mut self.at_mp_rate_percent).into()),
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

    /// Checks every field against its allowed range.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field out of range: `grossAnnual`
    /// (1 to [`MAX_GROSS_ANNUAL`] €), `headcount` (1 to [`MAX_HEADCOUNT`]),
    /// the percentages (0 to 100, the mobility rate 0 to 10, the working
    /// time 1 to 100), the health plan (0 to 10 000 € a month) and `date`
    /// (a known period).
    pub fn validate(&self) -> Result<&'static Rules, Error> {
        check(
            "grossAnnual",
            self.gross_annual,
            Decimal::ONE,
            MAX_GROSS_ANNUAL,
            Unit::Euro,
        )?;
        check(
            "headcount",
            Decimal::from(self.headcount),
            Decimal::ONE,
            Decimal::from(MAX_HEADCOUNT),
            Unit::Count,
        )?;
        check(
            "mobilityRatePercent",
            self.mobility_rate_percent,
            dec!(0),
            dec!(10),
            Unit::Percent,
        )?;
        check(
            "atMpRatePercent",
            self.at_mp_rate_percent,
            dec!(0),
            dec!(100),
            Unit::Percent,
        )?;
        check(
            "healthPlanMonthly",
            self.health_plan_monthly,
            dec!(0),
            dec!(10_000),
            Unit::Euro,
        )?;
        check(
            "healthPlanEmployerSharePercent",
            self.health_plan_employer_share_percent,
            dec!(0),
            dec!(100),
            Unit::Percent,
        )?;
        check(
            "apprenticeRatioPercent",
            self.apprentice_ratio_percent,
            dec!(0),
            dec!(100),
            Unit::Percent,
        )?;
        check(
            "workTimePercent",
            self.work_time_percent,
            dec!(1),
            dec!(100),
            Unit::Percent,
        )?;
        rules_for(self.date)
    }
}

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

/// The result of [`employer_cost`]: every line and the totals, annual, in euros.
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

/// The line-by-line computation of one [`employer_cost`] call.
struct Payroll<'a> {
    input: &'a EmployerCostInput,
    rules: &'static Rules,
    /// Whether to keep the lines, or only their sums.
    keep_lines: bool,
    employer: Vec<Line>,
    employee: Vec<Line>,
    employer_total: Sum,
    employee_total: Sum,
}

/// A running sum of line amounts: cents (scale 2, as the lines hold them) in
/// an integer, anything else in a decimal.
#[derive(Default)]
struct Sum {
    cents: i128,
    other: Decimal,
}

impl Sum {
    fn add(&mut self, amount: Decimal) {
        if amount.scale() == 2 {
            self.cents += amount.mantissa();
        } else {
            self.other = add(self.other, amount);
        }
    }

    fn total(&self) -> Decimal {
        let cents = Decimal::try_from_i128_with_scale(self.cents, 2)
            .unwrap_or_else(|_| overflowed(self.cents < 0));
        add(cents, self.other)
    }
}

/// A full-time amount (ceiling, SMIC) pro-rated to the working time, to the cent.
fn pro_rated(full_time: Decimal, work_time_percent: Decimal) -> Decimal {
    if work_time_percent == dec!(100) {
        full_time
    } else {
        percent_of(full_time, work_time_percent)
    }
}

/// The base of a line: the earnings it applies to, and the ceiling applied.
#[derive(Clone, Copy)]
struct Base {
    amount: Decimal,
    cap: Option<Decimal>,
}

impl Base {
    fn all(amount: Decimal) -> Self {
        Self { amount, cap: None }
    }

    fn up_to(gross: Decimal, cap: Decimal) -> Self {
        Self {
            amount: gross.min(cap),
            cap: Some(cap),
        }
    }
}

type Labels = (&'static str, &'static str);

impl<'a> Payroll<'a> {
    fn new(input: &'a EmployerCostInput, rules: &'static Rules, keep_lines: bool) -> Self {
        let (employer, employee) = if keep_lines {
            (Vec::with_capacity(28), Vec::with_capacity(12))
        } else {
            (Vec::new(), Vec::new())
        };
        Self {
            input,
            rules,
            keep_lines,
            employer,
            employee,
            employer_total: Sum::default(),
            employee_total: Sum::default(),
        }
    }

    /// Adds a line of `amount`, unless it is zero.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per column of the line"
    )]
    fn line(
        &mut self,
        id: &'static str,
        payer: Payer,
        (label_fr, label_en): Labels,
        base: Base,
        rate: Decimal,
        amount: Decimal,
        source: &'static Source,
    ) {
        if amount.is_zero() {
            return;
        }
        match payer {
            Payer::Employer => self.employer_total.add(amount),
            Payer::Employee => self.employee_total.add(amount),
        }
        if !self.keep_lines {
            return;
        }
        let line = Line {
            id,
            payer,
            label_fr,
            label_en,
            base: base.amount,
            cap: base.cap,
            rate,
            amount,
            source,
        };
        match payer {
            Payer::Employer => self.employer.push(line),
            Payer::Employee => self.employee.push(line),
        }
    }

    /// Adds the line of `rate` % on `base` for `payer`.
    fn rated(
        &mut self,
        id: &'static str,
        payer: Payer,
        labels: Labels,
        base: Base,
        rate: Decimal,
        source: &'static Source,
    ) {
        // Without lines, only the employer's side is wanted (see
        // `employer_cost_totals`): the employee's lines are skipped.
        if rate.is_zero() || (!self.keep_lines && payer == Payer::Employee) {
            return;
        }
        let amount = percent_of(base.amount, rate);
        self.line(id, payer, labels, base, rate, amount, source);
    }

    /// Adds the employer and employee lines of `rate` on `base`.
    fn both(&mut self, id: &'static str, labels: Labels, base: Base, rate: &'static Rate) {
        if !self.keep_lines {
            // Totals only (the curve and the searches): the employer's amount.
            if !rate.employer.is_zero() {
                self.employer_total
                    .add(percent_of(base.amount, rate.employer));
            }
            return;
        }
        self.rated(
            id,
            Payer::Employer,
            labels,
            base,
            rate.employer,
            &rate.source,
        );
        self.rated(
            id,
            Payer::Employee,
            labels,
            base,
            rate.employee,
            &rate.source,
        );
    }

    fn compute(mut self) -> EmployerCost {
        let r = self.rules;
        let input = self.input;
        let gross = input.gross_annual;
        let headcount = input.headcount;
        let full_time_pass = mul(r.pss_monthly.value, dec!(12));
        let pass = pro_rated(full_time_pass, input.work_time_percent);
        // The cadres' compulsory cover is 1.5 % of earnings up to the
        // full-time ceiling, part time or not (as the official engine has it).
        let prevoyance_base = Base::up_to(gross, full_time_pass);
        let pass_4 = mul(pass, dec!(4));
        let pass_8 = mul(pass, dec!(8));
        let all = Base::all(gross);
        let t1 = Base::up_to(gross, pass);
        let up_to_4 = Base::up_to(gross, pass_4);
        // Tranche 2: from 1 to 8 PSS.
        let t2 = Base {
            amount: sub(gross.min(pass_8), pass).max(Decimal::ZERO),
            cap: Some(pass_8),
        };

        self.both(
            "maladie",
            tr(
                "Maladie, maternité, invalidité, décès",
                "Health, maternity, disability, death",
            ),
            all,
            &r.maladie,
        );
        self.both(
            "vieillesse_plafonnee",
            tr(
                "Assurance vieillesse plafonnée",
                "Old-age insurance, capped",
            ),
            t1,
            &r.vieillesse_plafonnee,
        );
        self.both(
            "vieillesse_deplafonnee",
            tr(
                "Assurance vieillesse déplafonnée",
                "Old-age insurance, uncapped",
            ),
            all,
            &r.vieillesse_deplafonnee,
        );
        self.both(
            "allocations_familiales",
            tr("Allocations familiales", "Family benefits"),
            all,
            &r.allocations_familiales,
        );
        self.both(
            "assurance_chomage",
            tr("Assurance chômage", "Unemployment insurance"),
            up_to_4,
            &r.assurance_chomage,
        );
        self.both(
            "ags",
            tr("AGS (garantie des salaires)", "AGS (wage guarantee fund)"),
            up_to_4,
            &r.ags,
        );
        self.both(
            "agirc_arrco_t1",
            tr(
                "Retraite complémentaire AGIRC-ARRCO T1",
                "AGIRC-ARRCO pension, bracket 1",
            ),
            t1,
            &r.agirc_arrco_t1,
        );
        self.both(
            "agirc_arrco_t2",
            tr(
                "Retraite complémentaire AGIRC-ARRCO T2",
                "AGIRC-ARRCO pension, bracket 2",
            ),
            t2,
            &r.agirc_arrco_t2,
        );
        self.both(
            "ceg_t1",
            tr(
                "Contribution d'équilibre général T1",
                "General balancing contribution, bracket 1",
            ),
            t1,
            &r.ceg_t1,
        );
        self.both(
            "ceg_t2",
            tr(
                "Contribution d'équilibre général T2",
                "General balancing contribution, bracket 2",
            ),
            t2,
            &r.ceg_t2,
        );
        // The CET applies to all earnings up to 8 PSS, but only once they exceed the PSS.
        if gross > pass {
            self.both(
                "cet",
                tr(
                    "Contribution d'équilibre technique",
                    "Technical balancing contribution",
                ),
                Base::up_to(gross, pass_8),
                &r.cet,
            );
        }
        if input.cadre {
            self.both(
                "apec",
                tr("APEC", "APEC (executives' employment association)"),
                up_to_4,
                &r.apec,
            );
            self.both(
                "prevoyance_cadres",
                tr(
                    "Prévoyance obligatoire des cadres",
                    "Executives' compulsory death and disability cover",
                ),
                prevoyance_base,
                &r.prevoyance_cadres,
            );
        }
        let fnal_labels = tr("FNAL (aide au logement)", "FNAL (housing fund)");
        if headcount < 50 {
            self.both("fnal", fnal_labels, t1, &r.fnal_under_50);
        } else {
            self.both("fnal", fnal_labels, all, &r.fnal_from_50);
        }
        self.both(
            "csa",
            tr(
                "Contribution solidarité autonomie",
                "Solidarity for autonomy contribution",
            ),
            all,
            &r.csa,
        );
        let formation = if headcount < 11 {
            &r.formation_under_11
        } else {
            &r.formation_from_11
        };
        self.both(
            "formation_professionnelle",
            tr("Formation professionnelle", "Vocational training"),
            all,
            formation,
        );
        self.both(
            "taxe_apprentissage",
            tr("Taxe d'apprentissage", "Apprenticeship tax"),
            all,
            &r.taxe_apprentissage,
        );
        self.both(
            "taxe_apprentissage_solde",
            tr(
                "Solde de la taxe d'apprentissage",
                "Apprenticeship tax balance",
            ),
            all,
            &r.taxe_apprentissage_solde,
        );
        if headcount >= 250 {
            let step = r
                .apprentice_steps
                .iter()
                .find(|s| input.apprentice_ratio_percent < s.ratio_below_percent);
            if let Some(step) = step {
                let rate = if headcount >= 2000 {
                    step.rate_from_2000
                } else {
                    step.rate_under_2000
                };
                self.rated(
                    "contribution_supplementaire_apprentissage",
                    Payer::Employer,
                    tr(
                        "Contribution supplémentaire à l'apprentissage",
                        "Additional apprenticeship contribution",
                    ),
                    all,
                    rate,
                    &r.apprentice_source,
                );
            }
        }
        if headcount >= 50 {
            self.both(
                "peec",
                tr(
                    "Participation à l'effort de construction",
                    "Employers' housing levy (PEEC)",
                ),
                all,
                &r.peec,
            );
        }
        self.both(
            "dialogue_social",
            tr(
                "Contribution au dialogue social",
                "Social dialogue contribution",
            ),
            all,
            &r.dialogue_social,
        );
        self.rated(
            "at_mp",
            Payer::Employer,
            tr(
                "Accidents du travail et maladies professionnelles",
                "Work accidents and occupational diseases",
            ),
            all,
            input.at_mp_rate_percent,
            &r.at_mp_source,
        );
        if headcount >= r.versement_mobilite_from_headcount {
            self.rated(
                "versement_mobilite",
                Payer::Employer,
                tr("Versement mobilité", "Mobility levy"),
                all,
                input.mobility_rate_percent,
                &r.versement_mobilite_source,
            );
        }

        // Health plan: a premium shared between employer and employee, not a rate on earnings.
        let health_labels = tr("Complémentaire santé", "Company health plan");
        let premium = Base::all(mul(input.health_plan_monthly, dec!(12)));
        let employer_share = input.health_plan_employer_share_percent;
        let health_employer = percent_of(premium.amount, employer_share);
        let health_employee = sub(premium.amount, health_employer);
        let source = &r.complementaire_sante_source;
        self.line(
            "complementaire_sante",
            Payer::Employer,
            health_labels,
            premium,
            employer_share,
            health_employer,
            source,
        );
        self.line(
            "complementaire_sante",
            Payer::Employee,
            health_labels,
            premium,
            sub(dec!(100), employer_share),
            health_employee,
            source,
        );

        // The employer's death, disability and health cover, unrounded: the
        // base of the forfait social, and part of the CSG base.
        let prevoyance = if input.cadre {
            hundredth(mul(prevoyance_base.amount, r.prevoyance_cadres.employer))
        } else {
            Decimal::ZERO
        };
        let employer_cover = Base::all(add(prevoyance, health_employer));
        if headcount >= 11 {
            let forfait = &r.forfait_social_prevoyance;
            self.rated(
                "forfait_social",
                Payer::Employer,
                tr(
                    "Forfait social sur la prévoyance et la santé",
                    "Flat social levy on death, disability and health cover",
                ),
                employer_cover,
                forfait.employer,
                &forfait.source,
            );
        }

        let rgdu_detail = self.rgdu();
        let coefficient_percent = mul(rgdu_detail.coefficient, dec!(100));
        self.line(
            "rgdu",
            Payer::Employer,
            tr(
                "Réduction générale dégressive unique (RGDU)",
                "Low-wage reduction (RGDU)",
            ),
            all,
            coefficient_percent,
            -rgdu_detail.amount,
            &r.rgdu.source,
        );

        // CSG and CRDS: 98.25 % of earnings up to 4 PASS, all earnings above,
        // plus the employer's cover. They are the employee's alone: without
        // lines (employer's side only), they are not computed at all.
        let employee_only = [&r.csg_deductible, &r.csg_non_deductible, &r.crds]
            .iter()
            .all(|rate| rate.employer.is_zero());
        if self.keep_lines || !employee_only {
            let abated = hundredth(mul(up_to_4.amount, r.csg_base_percent.value));
            let csg = Base {
                amount: add(
                    add(abated, sub(gross, up_to_4.amount)),
                    employer_cover.amount,
                ),
                cap: None,
            };
            self.both(
                "csg_deductible",
                tr("CSG déductible", "Deductible CSG"),
                csg,
                &r.csg_deductible,
            );
            self.both(
                "csg_non_deductible",
                tr("CSG non déductible", "Non-deductible CSG"),
                csg,
                &r.csg_non_deductible,
            );
            self.both("crds", tr("CRDS", "CRDS"), csg, &r.crds);
        }

        let employer_contributions = self.employer_total.total();
        let employee_contributions = self.employee_total.total();
        let mut lines = self.employer;
        lines.append(&mut self.employee);
        EmployerCost {
            gross_annual: gross,
            period: Period {
                name: r.name,
                start: r.start,
                end: r.end,
            },
            employer_contributions,
            rgdu: rgdu_detail.amount,
            total_employer_cost: add(gross, employer_contributions),
            employee_contributions,
            net_before_income_tax: sub(gross, employee_contributions),
            rgdu_detail,
            lines,
        }
    }

    /// The RGDU: coefficient `Tmin + Tdelta × [½ × (3 × SMIC / gross − 1)]^P`.
    fn rgdu(&self) -> RgduDetail {
        let p = &self.rules.rgdu;
        let gross = self.input.gross_annual;
        let smic = pro_rated(
            mul(self.rules.smic_hourly.value, self.rules.annual_hours.value),
            self.input.work_time_percent,
        );
        let threshold = mul(smic, p.smic_multiple);
        // Shown beside the lines only: not computed for totals.
        let cliff_amount = if self.keep_lines {
            percent_of(threshold, mul(p.t_min, dec!(100)))
        } else {
            Decimal::ZERO
        };
        let t_delta = if self.input.headcount < 50 {
            p.t_delta_under_50
        } else {
            p.t_delta_from_50
        };
        if gross >= threshold {
            return RgduDetail {
                coefficient: Decimal::ZERO,
                amount: Decimal::ZERO,
                threshold_annual: threshold,
                cliff_amount,
            };
        }
        let x = div(sub(div(threshold, gross), Decimal::ONE), dec!(2));
        let coefficient =
            rgdu_coefficient(x, p.t_min, t_delta, p.exponent).unwrap_or_else(|| overflowed(false));
        let amount = percent_of(gross, mul(coefficient, dec!(100)));
        RgduDetail {
            coefficient,
            amount,
            threshold_annual: threshold,
            cliff_amount,
        }
    }
}

/// `min(Tmin + Tdelta, Tmin + Tdelta × x^P)` rounded to 4 decimals, half up.
///
/// The power is taken in binary floating point, as the official engine
/// (publicodes) does, by square roots ([`pow_quarters`]; a test checks them
/// against `pow` at every whole-euro salary the RGDU applies to), and the
/// result rounded to four decimals as the law says; only this dimensionless coefficient passes through a float, never an
/// amount of money. Both inputs are small (`x` ≤ 1 when the salary is at least
/// the SMIC) and the rounding absorbs the float error; the fixture test checks
/// the coefficient against the engine on every case.
fn rgdu_coefficient(
    x: Decimal,
    t_min: Decimal,
    t_delta: Decimal,
    exponent: Decimal,
) -> Option<Decimal> {
    let (xf, min, delta, p) = (to_f64(x), to_f64(t_min), to_f64(t_delta), to_f64(exponent));
    let value = min + delta * pow_quarters(xf, p)?;
    // Ten-thousandths, rounded half up; the epsilon mirrors the engine's
    // `Math.round((x + Number.EPSILON) * 1e4) / 1e4`.
    let scaled = ((value + f64::EPSILON) * 1e4).round();
    if !scaled.is_finite() {
        return None;
    }
    let coefficient = Decimal::new(scaled.min(1e12) as i64, 4);
    Some(coefficient.min(t_min.checked_add(t_delta)?))
}

/// `x^p` for an exponent in quarters (the RGDU's *P* is 1.75 in 2026), as
/// `x^a × √x^b × ⁴√x^c`: square roots are exact to the last bit, and a
/// general `pow` would be a kilobyte and a half of the widget's download.
/// `None` for an exponent that is not a whole number of quarters from 0 to 4
/// (a test checks every period's).
#[allow(
    clippy::float_cmp,
    reason = "exact on purpose: whether 4 × p is a whole number"
)]
fn pow_quarters(x: f64, p: f64) -> Option<f64> {
    let quarters = p * 4.0;
    if !(0.0..=16.0).contains(&quarters) || quarters.trunc() != quarters {
        return None;
    }
    #[allow(
        clippy::cast_sign_loss,
        reason = "a whole number from 0 to 16, checked above"
    )]
    let quarters = quarters as u32;
    let mut value = 1.0;
    for _ in 0..quarters / 4 {
        value *= x;
    }
    if quarters % 4 >= 2 {
        value *= x.sqrt();
    }
    if quarters % 2 == 1 {
        value *= x.sqrt().sqrt();
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::arith::ceil;
    use crate::rules::PERIODS;

    #[test]
    fn every_period_has_an_rgdu_exponent_in_quarters() {
        use rust_decimal::prelude::ToPrimitive;
        for rules in PERIODS {
            let p = rules.rgdu.exponent.to_f64().unwrap();
            assert!(pow_quarters(0.5, p).is_some(), "{}: P = {p}", rules.name);
        }
    }

    /// The RGDU coefficient by square roots is the one a general `pow`
    /// gives (the official engine's way), at every whole-euro salary where
    /// the reduction applies, full time, in each period and each headcount
    /// band.
    #[test]
    fn the_rgdu_coefficient_by_square_roots_is_the_one_pow_gives() {
        use rust_decimal::prelude::ToPrimitive;
        let by_pow = |x: Decimal, t_min: Decimal, t_delta: Decimal, p: Decimal| {
            let value = t_min.to_f64().unwrap()
                + t_delta.to_f64().unwrap() * x.to_f64().unwrap().powf(p.to_f64().unwrap());
            let scaled = ((value + f64::EPSILON) * 1e4).round();
            Decimal::new(scaled as i64, 4).min(t_min + t_delta)
        };
        let mut checked = 0;
        for rules in PERIODS {
            let r = &rules.rgdu;
            let threshold = rules.smic_annual() * r.smic_multiple;
            let mut gross = ceil(rules.smic_annual());
            while gross < threshold {
                let x = (threshold / gross - Decimal::ONE) / dec!(2);
                for t_delta in [r.t_delta_under_50, r.t_delta_from_50] {
                    assert_eq!(
                        rgdu_coefficient(x, r.t_min, t_delta, r.exponent),
                        Some(by_pow(x, r.t_min, t_delta, r.exponent)),
                        "{} at {gross} €",
                        rules.name
                    );
                    checked += 1;
                }
                gross += Decimal::ONE;
            }
        }
        assert!(checked > 150_000, "{checked}");
    }

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
            let full = employer_cost(&input).unwrap();
            let totals = employer_cost_totals(&input, rules_for(input.date).unwrap());
            prop_assert_eq!(full.employer_contributions, totals.employer_contributions);
            prop_assert_eq!(full.total_employer_cost, totals.total_employer_cost);
            prop_assert_eq!(full.total_employer_cost, total_employer_cost(&input).unwrap());
            prop_assert_eq!(full.rgdu, totals.rgdu);
        }
    }
}

//! The French employer cost of a full-time permanent contract (CDI).
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

use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::error::{Error, Unit};
use crate::rules::{Rate, Rules, Source, rules_for};

/// The largest gross annual salary accepted, in euros.
pub const MAX_GROSS_ANNUAL: Decimal = dec!(10_000_000);
/// The largest headcount accepted.
pub const MAX_HEADCOUNT: u32 = 1_000_000;

/// What [`employer_cost`] needs to know about the job and the company.
///
/// Build it with [`EmployerCostInput::new`] for the defaults, then change
/// what differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
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
    /// The date whose rules apply. Default (`None`): the latest rules the
    /// crate knows (see [`crate::rules::PERIODS`]).
    pub date: Option<jiff::civil::Date>,
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
            date: None,
        }
    }

    /// Checks every field against its allowed range.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field out of range: `grossAnnual`
    /// (1 to [`MAX_GROSS_ANNUAL`] €), `headcount` (1 to [`MAX_HEADCOUNT`]),
    /// the percentages (0 to 100, the mobility rate 0 to 10), the health
    /// plan (0 to 10 000 € a month) and `date` (a known period).
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
        rules_for(self.date)
    }
}

fn check(
    field: &'static str,
    value: Decimal,
    min: Decimal,
    max: Decimal,
    unit: Unit,
) -> Result<(), Error> {
    if value < min || value > max {
        return Err(Error::out_of_range(field, value, min, max, unit));
    }
    Ok(())
}

/// Who pays a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Payer {
    /// The employer (*part patronale*).
    Employer,
    /// The employee (*part salariale*), deducted from the gross salary.
    Employee,
}

/// One line of the payslip, annual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// The rate in percent. For the RGDU, the coefficient in percent.
    pub rate: Decimal,
    /// The annual amount in euros, rounded to the cent. Reductions are negative.
    pub amount: Decimal,
    /// Where the rate comes from.
    pub source: Source,
}

/// Details of the RGDU low-wage reduction (*réduction générale dégressive
/// unique*), including its cliff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// Its short name, e.g. `2026-06`.
    pub name: &'static str,
    /// First day of the period.
    pub start: jiff::civil::Date,
    /// Last day of the period.
    pub end: jiff::civil::Date,
}

/// The result of [`employer_cost`]: every line and the totals, annual, in euros.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// Computes the annual employer cost and net salary of a full-time CDI.
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
    let rules = input.validate()?;
    Payroll::new(input, rules).compute()
}

/// Checked arithmetic on the annual figures: every operation reports an
/// overflow as an error on `grossAnnual` instead of panicking.
struct Payroll<'a> {
    input: &'a EmployerCostInput,
    rules: &'a Rules,
    lines: Vec<Line>,
}

const FIELD: &str = "grossAnnual";

fn mul(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_mul(b).ok_or_else(|| Error::overflow(FIELD))
}

fn add(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_add(b).ok_or_else(|| Error::overflow(FIELD))
}

fn sub(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_sub(b).ok_or_else(|| Error::overflow(FIELD))
}

fn div(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_div(b).ok_or_else(|| Error::overflow(FIELD))
}

/// `base × rate %`, rounded to the cent.
fn percent_of(base: Decimal, rate_percent: Decimal) -> Result<Decimal, Error> {
    Ok(cents(div(mul(base, rate_percent)?, dec!(100))?))
}

/// Rounds to the cent, half away from zero, and shows two decimals.
fn cents(amount: Decimal) -> Decimal {
    let mut rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

impl<'a> Payroll<'a> {
    fn new(input: &'a EmployerCostInput, rules: &'a Rules) -> Self {
        Self {
            input,
            rules,
            lines: Vec::with_capacity(40),
        }
    }

    fn push(
        &mut self,
        id: &'static str,
        payer: Payer,
        (label_fr, label_en): (&'static str, &'static str),
        base: Decimal,
        rate: Decimal,
        source: Source,
    ) -> Result<(), Error> {
        if rate.is_zero() || base.is_zero() {
            return Ok(());
        }
        let amount = percent_of(base, rate)?;
        self.lines.push(Line {
            id,
            payer,
            label_fr,
            label_en,
            base,
            rate,
            amount,
            source,
        });
        Ok(())
    }

    /// Pushes the employer and employee lines of `rate` on `base`.
    fn both(
        &mut self,
        id: &'static str,
        labels: (&'static str, &'static str),
        base: Decimal,
        rate: &Rate,
    ) -> Result<(), Error> {
        self.push(
            id,
            Payer::Employer,
            labels,
            base,
            rate.employer,
            rate.source,
        )?;
        self.push(
            id,
            Payer::Employee,
            labels,
            base,
            rate.employee,
            rate.source,
        )
    }

    fn compute(mut self) -> Result<EmployerCost, Error> {
        let r = self.rules;
        let input = self.input;
        let gross = input.gross_annual;
        let headcount = input.headcount;
        let pass = mul(r.pss_monthly.value, dec!(12))?;
        let t1 = gross.min(pass);
        let capped_4 = gross.min(mul(pass, dec!(4))?);
        let t2 = sub(gross.min(mul(pass, dec!(8))?), pass)?.max(Decimal::ZERO);

        self.both(
            "maladie",
            (
                "Maladie, maternité, invalidité, décès",
                "Health, maternity, disability, death",
            ),
            gross,
            &r.maladie,
        )?;
        self.both(
            "vieillesse_plafonnee",
            (
                "Assurance vieillesse plafonnée",
                "Old-age insurance, capped",
            ),
            t1,
            &r.vieillesse_plafonnee,
        )?;
        self.both(
            "vieillesse_deplafonnee",
            (
                "Assurance vieillesse déplafonnée",
                "Old-age insurance, uncapped",
            ),
            gross,
            &r.vieillesse_deplafonnee,
        )?;
        self.both(
            "allocations_familiales",
            ("Allocations familiales", "Family benefits"),
            gross,
            &r.allocations_familiales,
        )?;
        self.both(
            "assurance_chomage",
            ("Assurance chômage", "Unemployment insurance"),
            capped_4,
            &r.assurance_chomage,
        )?;
        self.both(
            "ags",
            ("AGS (garantie des salaires)", "AGS (wage guarantee)"),
            capped_4,
            &r.ags,
        )?;
        self.both(
            "agirc_arrco_t1",
            (
                "Retraite complémentaire AGIRC-ARRCO T1",
                "AGIRC-ARRCO pension, bracket 1",
            ),
            t1,
            &r.agirc_arrco_t1,
        )?;
        self.both(
            "agirc_arrco_t2",
            (
                "Retraite complémentaire AGIRC-ARRCO T2",
                "AGIRC-ARRCO pension, bracket 2",
            ),
            t2,
            &r.agirc_arrco_t2,
        )?;
        self.both(
            "ceg_t1",
            (
                "Contribution d'équilibre général T1",
                "General balancing contribution, bracket 1",
            ),
            t1,
            &r.ceg_t1,
        )?;
        self.both(
            "ceg_t2",
            (
                "Contribution d'équilibre général T2",
                "General balancing contribution, bracket 2",
            ),
            t2,
            &r.ceg_t2,
        )?;
        let cet_base = if gross > pass {
            add(t1, t2)?
        } else {
            Decimal::ZERO
        };
        self.both(
            "cet",
            (
                "Contribution d'équilibre technique",
                "Technical balancing contribution",
            ),
            cet_base,
            &r.cet,
        )?;
        if input.cadre {
            self.both(
                "apec",
                ("APEC", "APEC (executives' employment association)"),
                capped_4,
                &r.apec,
            )?;
            self.both(
                "prevoyance_cadres",
                (
                    "Prévoyance obligatoire des cadres",
                    "Executives' compulsory death and disability cover",
                ),
                t1,
                &r.prevoyance_cadres,
            )?;
        }
        if headcount < 50 {
            self.both(
                "fnal",
                ("FNAL (aide au logement)", "FNAL (housing fund)"),
                t1,
                &r.fnal_under_50,
            )?;
        } else {
            self.both(
                "fnal",
                ("FNAL (aide au logement)", "FNAL (housing fund)"),
                gross,
                &r.fnal_from_50,
            )?;
        }
        self.both(
            "csa",
            (
                "Contribution solidarité autonomie",
                "Solidarity for autonomy contribution",
            ),
            gross,
            &r.csa,
        )?;
        let formation = if headcount < 11 {
            &r.formation_under_11
        } else {
            &r.formation_from_11
        };
        self.both(
            "formation_professionnelle",
            ("Formation professionnelle", "Vocational training"),
            gross,
            formation,
        )?;
        self.both(
            "taxe_apprentissage",
            ("Taxe d'apprentissage", "Apprenticeship tax"),
            gross,
            &r.taxe_apprentissage,
        )?;
        self.both(
            "taxe_apprentissage_solde",
            (
                "Solde de la taxe d'apprentissage",
                "Apprenticeship tax balance",
            ),
            gross,
            &r.taxe_apprentissage_solde,
        )?;
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
                self.push(
                    "contribution_supplementaire_apprentissage",
                    Payer::Employer,
                    (
                        "Contribution supplémentaire à l'apprentissage",
                        "Additional apprenticeship contribution",
                    ),
                    gross,
                    rate,
                    r.apprentice_source,
                )?;
            }
        }
        if headcount >= 50 {
            self.both(
                "peec",
                (
                    "Participation à l'effort de construction",
                    "Employers' housing levy (PEEC)",
                ),
                gross,
                &r.peec,
            )?;
        }
        self.both(
            "dialogue_social",
            (
                "Contribution au dialogue social",
                "Social dialogue contribution",
            ),
            gross,
            &r.dialogue_social,
        )?;
        self.push(
            "at_mp",
            Payer::Employer,
            (
                "Accidents du travail et maladies professionnelles",
                "Work accidents and occupational diseases",
            ),
            gross,
            input.at_mp_rate_percent,
            r.at_mp_source,
        )?;
        if headcount >= r.versement_mobilite_from_headcount {
            self.push(
                "versement_mobilite",
                Payer::Employer,
                ("Versement mobilité", "Mobility levy"),
                gross,
                input.mobility_rate_percent,
                r.versement_mobilite_source,
            )?;
        }

        // Health plan: a premium, not a rate; the employer's share is a cost,
        // the employee's share is deducted from the net.
        let health_annual = mul(input.health_plan_monthly, dec!(12))?;
        let health_employer = percent_of(health_annual, input.health_plan_employer_share_percent)?;
        let health_employee = sub(health_annual, health_employer)?;
        let health_labels = ("Complémentaire santé", "Company health plan");
        if !health_employer.is_zero() {
            self.lines.push(Line {
                id: "complementaire_sante",
                payer: Payer::Employer,
                label_fr: health_labels.0,
                label_en: health_labels.1,
                base: health_annual,
                rate: input.health_plan_employer_share_percent,
                amount: health_employer,
                source: r.complementaire_sante_source,
            });
        }
        if !health_employee.is_zero() {
            self.lines.push(Line {
                id: "complementaire_sante",
                payer: Payer::Employee,
                label_fr: health_labels.0,
                label_en: health_labels.1,
                base: health_annual,
                rate: sub(dec!(100), input.health_plan_employer_share_percent)?,
                amount: health_employee,
                source: r.complementaire_sante_source,
            });
        }
        // The employer's death and disability cover, unrounded: it is the base
        // of the forfait social and enters the CSG base.
        let prevoyance_employer = if input.cadre {
            div(mul(t1, r.prevoyance_cadres.employer)?, dec!(100))?
        } else {
            Decimal::ZERO
        };
        let employer_cover = add(prevoyance_employer, health_employer)?;
        if headcount >= 11 {
            self.push(
                "forfait_social",
                Payer::Employer,
                (
                    "Forfait social sur la prévoyance et la santé",
                    "Flat social levy on death, disability and health cover",
                ),
                employer_cover,
                r.forfait_social_prevoyance.employer,
                r.forfait_social_prevoyance.source,
            )?;
        }

        // RGDU.
        let rgdu_detail = self.rgdu()?;
        if !rgdu_detail.amount.is_zero() {
            self.lines.push(Line {
                id: "rgdu",
                payer: Payer::Employer,
                label_fr: "Réduction générale dégressive unique (RGDU)",
                label_en: "Low-wage reduction (RGDU)",
                base: gross,
                rate: mul(rgdu_detail.coefficient, dec!(100))?,
                amount: -rgdu_detail.amount,
                source: r.rgdu.source,
            });
        }

        // CSG and CRDS: 98.25 % of earnings up to 4 PASS, all earnings above,
        // plus the employer's health and death cover.
        let abated = div(mul(capped_4, r.csg_base_percent.value)?, dec!(100))?;
        let csg_base = add(add(abated, sub(gross, capped_4)?)?, employer_cover)?;
        self.both(
            "csg_deductible",
            ("CSG déductible", "Deductible CSG"),
            csg_base,
            &r.csg_deductible,
        )?;
        self.both(
            "csg_non_deductible",
            ("CSG non déductible", "Non-deductible CSG"),
            csg_base,
            &r.csg_non_deductible,
        )?;
        self.both("crds", ("CRDS", "CRDS"), csg_base, &r.crds)?;

        let mut employer_contributions = Decimal::ZERO;
        let mut employee_contributions = Decimal::ZERO;
        for line in &self.lines {
            match line.payer {
                Payer::Employer => {
                    employer_contributions = add(employer_contributions, line.amount)?;
                }
                Payer::Employee => {
                    employee_contributions = add(employee_contributions, line.amount)?;
                }
            }
        }
        self.lines.sort_by_key(|l| l.payer == Payer::Employee);
        Ok(EmployerCost {
            gross_annual: gross,
            period: Period {
                name: r.name,
                start: r.start,
                end: r.end,
            },
            employer_contributions,
            rgdu: rgdu_detail.amount,
            total_employer_cost: add(gross, employer_contributions)?,
            employee_contributions,
            net_before_income_tax: sub(gross, employee_contributions)?,
            rgdu_detail,
            lines: self.lines,
        })
    }

    /// The RGDU: coefficient `Tmin + Tdelta × [½ × (3 × SMIC / gross − 1)]^P`.
    fn rgdu(&self) -> Result<RgduDetail, Error> {
        let p = &self.rules.rgdu;
        let gross = self.input.gross_annual;
        let smic = mul(self.rules.smic_hourly.value, self.rules.annual_hours.value)?;
        let threshold = mul(smic, p.smic_multiple)?;
        let cliff_amount = percent_of(threshold, mul(p.t_min, dec!(100))?)?;
        let t_delta = if self.input.headcount < 50 {
            p.t_delta_under_50
        } else {
            p.t_delta_from_50
        };
        if gross >= threshold {
            return Ok(RgduDetail {
                coefficient: Decimal::ZERO,
                amount: Decimal::ZERO,
                threshold_annual: threshold,
                cliff_amount,
            });
        }
        let x = div(sub(div(threshold, gross)?, Decimal::ONE)?, dec!(2))?;
        let powered = {
            use rust_decimal::MathematicalOps;
            x.checked_powd(p.exponent)
                .ok_or_else(|| Error::overflow(FIELD))?
        };
        let coefficient = add(p.t_min, mul(t_delta, powered)?)?
            .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
            .min(add(p.t_min, t_delta)?);
        let amount = percent_of(gross, mul(coefficient, dec!(100))?)?;
        Ok(RgduDetail {
            coefficient,
            amount,
            threshold_annual: threshold,
            cliff_amount,
        })
    }
}

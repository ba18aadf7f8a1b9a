//! Legal rates and thresholds, one data module per legal period.
//!
//! Every value carries its [`Source`]: the official page or legal article and
//! the date from which it applies. A new year is a new data module added to
//! [`PERIODS`], not a change to the computation.
//!
//! The periods the crate knows:
//!
//! | period | from | to | what changed |
//! |---|---|---|---|
//! | `2026-01` | 2026-01-01 | 2026-05-31 | 2026 rates, PSS 4 005 €, SMIC 12.02 €/h, RGDU |
//! | `2026-06` | 2026-06-01 | 2026-12-31 | SMIC 12.31 €/h (the RGDU keeps 12.02 €/h) |

use rust_decimal::Decimal;

use crate::date::Date;
use crate::error::Error;
use crate::lang::Lang;
use crate::source::Source;

#[cfg(feature = "test-period")]
mod test_2027;
mod y2026;

/// A contribution rate, in percent, for the employer and the employee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    /// Employer rate in percent (*part patronale*).
    pub employer: Decimal,
    /// Employee rate in percent (*part salariale*).
    pub employee: Decimal,
    /// Where the rates come from.
    pub source: Source,
}

/// A legal amount or parameter (SMIC, PSS, hours…) with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The value.
    pub value: Decimal,
    /// Where it comes from.
    pub source: Source,
}

/// The parameters of the 2026 low-wage reduction, the RGDU (*réduction
/// générale dégressive unique*, Code de la sécurité sociale L241-13 and
/// D241-7).
///
/// Coefficient = `t_min + t_delta × [½ × (3 × SMIC / gross − 1)]^p`, rounded
/// to 4 decimals, capped at `t_min + t_delta`, nil from
/// `smic_multiple × SMIC`. The SMIC here is the RGDU's own reference
/// ([`Rgdu::smic_hourly`]), which need not be the one in force: in 2026 it
/// stays the SMIC of 1 January all year (CSS art. D241-7 as amended in June 2026).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgdu {
    /// Minimum coefficient (*Tmin*).
    pub t_min: Decimal,
    /// Spread below 50 employees (*Tdelta*, FNAL at 0.10 %).
    pub t_delta_under_50: Decimal,
    /// Spread from 50 employees (*Tdelta*, FNAL at 0.50 %).
    pub t_delta_from_50: Decimal,
    /// Exponent (*P*), a whole number of quarters from 0 to 4 (1.75 in
    /// 2026): the power is taken by square roots. A test checks every period's.
    pub exponent: Decimal,
    /// The reduction is nil from this many times the annual SMIC.
    pub smic_multiple: Decimal,
    /// The hourly SMIC the reduction is computed with, for its eligibility
    /// (the `smic_multiple` cut-off) and its coefficient: in 2026 the SMIC of
    /// 1 January (12.02 €/h) for the whole year, although the SMIC in force
    /// rose on 1 June ([`Rules::smic_hourly`], which the minimum wage uses).
    pub smic_hourly: Param,
    /// Where the parameters come from.
    pub source: Source,
}

/// One step of the *contribution supplémentaire à l'apprentissage* (CSA),
/// due from 250 employees when apprentices and other work-study contracts
/// make up less than 5 % of the headcount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApprenticeStep {
    /// The step applies when the apprentice ratio (percent) is below this.
    pub ratio_below_percent: Decimal,
    /// Rate in percent below 2 000 employees.
    pub rate_under_2000: Decimal,
    /// Rate in percent from 2 000 employees.
    pub rate_from_2000: Decimal,
}

/// The *taxe sur les salaires* (CGI art. 231): due, instead of VAT on most
/// of its turnover, by an employer not liable to VAT (associations, health,
/// banks, insurers), on each employee's annual pay by brackets.
///
/// Its base is the pay the CSG is assessed on (gross pay plus the employer's
/// health and death cover), without the CSG's allowance for professional
/// expenses (the 1.75 %). Marginal rates: `rates[0]` up to `first_bracket`,
/// `rates[1]` from there up to `second_bracket`, `rates[2]` above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SalaryTax {
    /// The three marginal rates, percent (4.25, 8.50 and 13.60).
    pub rates: [Decimal; 3],
    /// The upper limit of the first bracket, euros of annual pay.
    pub first_bracket: Decimal,
    /// The upper limit of the second bracket, euros of annual pay.
    pub second_bracket: Decimal,
    /// Where the rates and brackets come from.
    pub source: Source,
    /// The non-profit bodies' allowance (*abattement*, CGI art. 1679 A),
    /// euros a year: associations, foundations recognised as of public
    /// interest, trade unions and small mutual insurers deduct it from the
    /// tax on all their pay. It is the employer's, not the employee's: what
    /// a recruit's tax may use of it is what the other staff's leave
    /// ([`EmployerCostInput::salary_tax_allowance`](crate::EmployerCostInput::salary_tax_allowance)).
    pub allowance: Param,
}

/// Every legal rate and threshold of one period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// A short name of the period, e.g. `2026-06`.
    pub name: &'static str,
    /// First day the rules apply.
    pub start: Date,
    /// Last day the rules apply.
    pub end: Date,
    /// Hourly SMIC (*salaire minimum de croissance*), gross.
    pub smic_hourly: Param,
    /// Annual hours of a full-time job: 35 h a week × 52 weeks = 1 820 h
    /// (the monthly 151.67 h is this divided by 12, rounded).
    pub annual_hours: Param,
    /// Monthly social security ceiling (*plafond mensuel de la sécurité sociale*, PSS).
    pub pss_monthly: Param,
    /// Health, maternity, disability, death (*maladie*).
    pub maladie: Rate,
    /// Old age, on earnings up to the ceiling (*vieillesse plafonnée*).
    pub vieillesse_plafonnee: Rate,
    /// Old age, on all earnings (*vieillesse déplafonnée*).
    pub vieillesse_deplafonnee: Rate,
    /// Family benefits (*allocations familiales*).
    pub allocations_familiales: Rate,
    /// Unemployment insurance (*assurance chômage*), up to 4 PSS.
    pub assurance_chomage: Rate,
    /// Wage guarantee fund (*AGS*), up to 4 PSS.
    pub ags: Rate,
    /// Supplementary pension, bracket 1 (*AGIRC-ARRCO tranche 1*).
    pub agirc_arrco_t1: Rate,
    /// Supplementary pension, bracket 2 (*AGIRC-ARRCO tranche 2*), 1 to 8 PSS.
    pub agirc_arrco_t2: Rate,
    /// General balancing contribution, bracket 1 (*CEG tranche 1*).
    pub ceg_t1: Rate,
    /// General balancing contribution, bracket 2 (*CEG tranche 2*).
    pub ceg_t2: Rate,
    /// Technical balancing contribution (*CET*), when gross exceeds the PSS.
    pub cet: Rate,
    /// Executives' employment association (*APEC*), cadres, up to 4 PSS.
    pub apec: Rate,
    /// Compulsory executives' death and disability cover (*prévoyance obligatoire des cadres*).
    pub prevoyance_cadres: Rate,
    /// Housing fund (*FNAL*) below 50 employees, on capped earnings.
    pub fnal_under_50: Rate,
    /// Housing fund (*FNAL*) from 50 employees, on all earnings.
    pub fnal_from_50: Rate,
    /// Solidarity for autonomy (*contribution solidarité autonomie*, CSA).
    pub csa: Rate,
    /// Vocational training below 11 employees (*formation professionnelle*).
    pub formation_under_11: Rate,
    /// Vocational training from 11 employees.
    pub formation_from_11: Rate,
    /// Apprenticeship tax, main part (*taxe d'apprentissage*).
    pub taxe_apprentissage: Rate,
    /// Apprenticeship tax, balance (*solde de la taxe d'apprentissage*).
    pub taxe_apprentissage_solde: Rate,
    /// Steps of the *contribution supplémentaire à l'apprentissage*.
    pub apprentice_steps: &'static [ApprenticeStep],
    /// Source of [`Rules::apprentice_steps`].
    pub apprentice_source: Source,
    /// Employers' housing levy (*participation des employeurs à l'effort de construction*, PEEC), from 50 employees.
    pub peec: Rate,
    /// Social dialogue contribution (*contribution au dialogue social*).
    pub dialogue_social: Rate,
    /// Source of the AT/MP (work accidents) rate, which the caller gives.
    pub at_mp_source: Source,
    /// The AT/MP support-function rate (*taux fonctions support de nature
    /// administrative*), percent: on the employer's request, for an employee
    /// whose main job is an administrative support function (secretariat,
    /// reception, accounting, legal affairs, financial management, human
    /// resources), in a company below [`Rules::at_mp_support_below_headcount`].
    pub at_mp_support: Param,
    /// The support-function rate applies below this headcount.
    pub at_mp_support_below_headcount: u32,
    /// Source of the mobility levy (*versement mobilité*), whose rate the caller gives.
    pub versement_mobilite_source: Source,
    /// The mobility levy is due from this headcount.
    pub versement_mobilite_from_headcount: u32,
    /// Flat social levy (*forfait social*) on employer health and death cover, from 11 employees.
    pub forfait_social_prevoyance: Rate,
    /// Source of the employer's minimum share of the health plan (*complémentaire santé*).
    pub complementaire_sante_source: Source,
    /// Share of gross earnings subject to CSG and CRDS (*abattement pour frais professionnels*), percent.
    pub csg_base_percent: Param,
    /// Deductible CSG (*CSG déductible*).
    pub csg_deductible: Rate,
    /// Non-deductible CSG (*CSG non déductible*).
    pub csg_non_deductible: Rate,
    /// CRDS.
    pub crds: Rate,
    /// The RGDU parameters.
    pub rgdu: Rgdu,
    /// The *taxe sur les salaires*, for an employer not liable to VAT.
    pub salary_tax: SalaryTax,
    /// The employer's levy on a *rupture conventionnelle*'s indemnity
    /// (*contribution patronale spécifique*, CSS L137-12), percent.
    pub rupture_levy: Param,
    /// What to say when today is past this period's end and no date was
    /// asked for: the next period's figures are not in yet, these are used.
    /// `None` for a period the next one follows; the last one has its notice
    /// (a test checks it).
    pub past_end: Option<crate::Notice>,
    /// The source of the employer cost's line in a comparison: these rules,
    /// line by line, from [`Rules::start`] (see [`payroll_source`]).
    pub payroll_source: Source,
}

/// The source of the employer cost of a comparison under rules that apply
/// from `start`: the payroll's lines, each with its own source, under the
/// rules of Urssaf's official simulator.
#[must_use]
pub const fn payroll_source(start: Date) -> Source {
    Source {
        title: Lang::Fr.text(
            "Cotisations\u{a0}: détail ligne par ligne selon les règles du simulateur officiel de l'Urssaf",
        ),
        title_en: Some(Lang::En.text(
            "Contributions: line by line, under the rules of Urssaf's official simulator",
        )),
        url: "https://mon-entreprise.urssaf.fr/",
        effective: start,
    }
}

impl Rules {
    /// Annual social security ceiling (*plafond annuel*, PASS): 12 × PSS.
    #[must_use]
    pub fn pass(&self) -> Decimal {
        self.pss_monthly.value * Decimal::from(12)
    }

    /// Annual SMIC for a full-time job: hourly SMIC × 1 820 h.
    #[must_use]
    pub fn smic_annual(&self) -> Decimal {
        // Two small constants of the rules: the product cannot overflow.
        crate::arith::mul(self.smic_hourly.value, self.annual_hours.value)
    }

    /// The annual SMIC the RGDU is computed with, full time: its reference
    /// hourly SMIC ([`Rgdu::smic_hourly`]) × 1 820 h.
    #[must_use]
    pub fn rgdu_smic_annual(&self) -> Decimal {
        crate::arith::mul(self.rgdu.smic_hourly.value, self.annual_hours.value)
    }
}

/// Every legal period the crate knows, oldest first, without gaps.
pub const PERIODS: &[Rules] = &[
    y2026::JANUARY,
    y2026::JUNE,
    #[cfg(feature = "test-period")]
    test_2027::JANUARY,
];

/// The date whose rules apply on `today` to a scenario that gives none:
/// `today` itself within the known periods; past the last one, its last day,
/// with a notice to show (the next year's figures are not in yet); before
/// the first, its first day. A date given by the user is not this: outside
/// the known periods it stays an error ([`rules_for`]).
///
/// ```
/// use hire_or_share::date;
/// use hire_or_share::rules::date_in_force;
///
/// assert_eq!(date_in_force(date(2026, 9, 1)), (date(2026, 9, 1), None));
/// let (used, notice) = date_in_force(date(2027, 1, 5));
/// assert_eq!(used, date(2026, 12, 31));
/// assert_eq!(notice.unwrap().id, "rules_past_end");
/// ```
#[must_use]
pub fn date_in_force(today: Date) -> (Date, Option<crate::Notice>) {
    let (first, last) = (&PERIODS[0], &PERIODS[PERIODS.len() - 1]);
    if today > last.end {
        (last.end, last.past_end)
    } else if today < first.start {
        (first.start, None)
    } else {
        (today, None)
    }
}

/// The rules in force on `date`, or the latest known when `date` is `None`.
///
/// # Errors
///
/// [`ErrorKind::UnknownPeriod`](crate::ErrorKind::UnknownPeriod) on the
/// field `date` when no known period contains `date`.
///
/// ```
/// use hire_or_share::rules::rules_for;
///
/// let rules = rules_for(Some(hire_or_share::date(2026, 3, 15))).unwrap();
/// assert_eq!(rules.name, "2026-01");
/// assert_eq!(rules_for(None).unwrap().name, "2026-06");
/// assert!(rules_for(Some(hire_or_share::date(2025, 12, 31))).is_err());
/// ```
pub fn rules_for(date: Option<Date>) -> Result<&'static Rules, Error> {
    let (first, last) = (&PERIODS[0], &PERIODS[PERIODS.len() - 1]);
    let Some(date) = date else {
        return Ok(last);
    };
    PERIODS
        .iter()
        .find(|r| r.start <= date && date <= r.end)
        .ok_or_else(|| Error::unknown_period("date", date, first.start, last.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_follow_each_other_without_gaps() {
        for pair in PERIODS.windows(2) {
            assert_eq!(
                pair[0].end.tomorrow().unwrap(),
                pair[1].start,
                "{}",
                pair[1].name
            );
        }
        for rules in PERIODS {
            assert!(rules.start <= rules.end, "{}", rules.name);
        }
        // Past the last period, its notice says which rules are used.
        let last = &PERIODS[PERIODS.len() - 1];
        let notice = last.past_end.expect("the last period's notice");
        assert_eq!(notice.id, "rules_past_end");
        assert_eq!(date_in_force(last.end.tomorrow().unwrap()).1, Some(notice));
    }

    #[test]
    fn annual_figures() {
        let june = rules_for(Some(crate::date(2026, 6, 1))).unwrap();
        assert_eq!(june.pass(), rust_decimal_macros::dec!(48060));
        assert_eq!(june.smic_annual(), rust_decimal_macros::dec!(22404.20));
        let january = rules_for(Some(crate::date(2026, 5, 31))).unwrap();
        assert_eq!(january.smic_annual(), rust_decimal_macros::dec!(21876.40));
        // The RGDU keeps the January SMIC all year (CSS D241-7, June 2026).
        assert_eq!(june.rgdu_smic_annual(), rust_decimal_macros::dec!(21876.40));
        assert_eq!(january.rgdu_smic_annual(), january.smic_annual());
    }
}

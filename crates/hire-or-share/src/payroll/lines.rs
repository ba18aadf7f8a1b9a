//! The line table: every contribution of the period's rules applied to the
//! salary, line by line, and their sums.

use rust_decimal::Decimal;

use crate::arith::overflowed;
use crate::lang::tr;
use crate::money::{Money, Quantity, qty};
use crate::rules::{Rate, Rules};
use crate::source::Source;

use super::input::EmployerCostInput;
use super::result::{EmployerCost, Line, Payer, Period};
use super::rgdu;

/// The line-by-line computation of one [`employer_cost`](super::employer_cost) call.
pub(super) struct Payroll<'a> {
    input: &'a EmployerCostInput,
    rules: &'static Rules,
    /// Whether to keep the lines, or only their sums.
    keep_lines: bool,
    employer: Vec<Line>,
    employee: Vec<Line>,
    employer_total: CentsSum,
    employee_total: CentsSum,
}

/// A running sum of line amounts, for speed: cents (scale 2, as the lines
/// hold them) in an integer, anything else as money.
#[derive(Default)]
struct CentsSum {
    cents: i128,
    other: Money,
}

impl std::ops::AddAssign<Money> for CentsSum {
    fn add_assign(&mut self, amount: Money) {
        let amount = amount.decimal();
        if amount.scale() == 2 {
            self.cents += amount.mantissa();
        } else {
            self.other += Money::new(amount);
        }
    }
}

impl CentsSum {
    fn total(&self) -> Money {
        let cents = Decimal::try_from_i128_with_scale(self.cents, 2)
            .unwrap_or_else(|_| overflowed(self.cents < 0));
        Money::new(cents) + self.other
    }
}

/// The base of a line: the earnings it applies to, and the ceiling applied.
#[derive(Clone, Copy)]
struct Base {
    amount: Money,
    cap: Option<Money>,
}

impl Base {
    fn all(amount: Money) -> Self {
        Self { amount, cap: None }
    }

    fn up_to(gross: Money, cap: Money) -> Self {
        Self {
            amount: gross.min(cap),
            cap: Some(cap),
        }
    }
}

type Labels = (&'static str, &'static str);

impl<'a> Payroll<'a> {
    pub(super) fn new(
        input: &'a EmployerCostInput,
        rules: &'static Rules,
        keep_lines: bool,
    ) -> Self {
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
            employer_total: CentsSum::default(),
            employee_total: CentsSum::default(),
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
        rate: Quantity,
        amount: Money,
        source: &'static Source,
    ) {
        if amount.is_zero() {
            return;
        }
        match payer {
            Payer::Employer => self.employer_total += amount,
            Payer::Employee => self.employee_total += amount,
        }
        if !self.keep_lines {
            return;
        }
        let line = Line {
            id,
            payer,
            label_fr,
            label_en,
            base: base.amount.into(),
            cap: base.cap.map(Into::into),
            rate: rate.into(),
            amount: amount.into(),
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
        rate: Quantity,
        source: &'static Source,
    ) {
        // Without lines, only the employer's side is wanted (see
        // `employer_cost_totals`): the employee's lines are skipped.
        if rate.is_zero() || (!self.keep_lines && payer == Payer::Employee) {
            return;
        }
        let amount = base.amount.percent(rate);
        self.line(id, payer, labels, base, rate, amount, source);
    }

    /// The *taxe sur les salaires* on `pay` (the CSG base without its
    /// allowance): a line per bracket, each its slice of the pay at its
    /// marginal rate; then, when some of the non-profit bodies' allowance
    /// is left for it (`allowance`), a line that takes it off, down to no
    /// tax at all.
    fn salary_tax(&mut self, pay: Money, allowance: Money) {
        let before = self.employer_total.total();
        let tax = &self.rules.salary_tax;
        let (first, second) = (
            Money::new(tax.first_bracket),
            Money::new(tax.second_bracket),
        );
        let slices = [
            ("taxe_salaires_1", pay.min(first), first),
            (
                "taxe_salaires_2",
                (pay.min(second) - first).max(Money::ZERO),
                second,
            ),
            (
                "taxe_salaires_3",
                (pay - second).max(Money::ZERO),
                pay.max(second),
            ),
        ];
        let labels = [
            tr(
                "Taxe sur les salaires, 1re tranche",
                "Payroll tax (taxe sur les salaires), first bracket",
            ),
            tr(
                "Taxe sur les salaires, 2e tranche",
                "Payroll tax (taxe sur les salaires), second bracket",
            ),
            tr(
                "Taxe sur les salaires, 3e tranche",
                "Payroll tax (taxe sur les salaires), third bracket",
            ),
        ];
        for (((id, amount, cap), labels), rate) in slices.into_iter().zip(labels).zip(tax.rates) {
            let base = Base {
                amount,
                cap: (id != "taxe_salaires_3").then_some(cap),
            };
            self.rated(
                id,
                Payer::Employer,
                labels,
                base,
                Quantity::new(rate),
                &tax.source,
            );
        }
        let tax_due = self.employer_total.total() - before;
        let taken_off = tax_due.min(allowance).cents();
        if taken_off > Money::ZERO {
            self.line(
                "taxe_salaires_abattement",
                Payer::Employer,
                tr(
                    "Taxe sur les salaires, abattement des associations",
                    "Payroll tax (taxe sur les salaires), non-profit allowance",
                ),
                Base {
                    amount: tax_due,
                    cap: Some(allowance),
                },
                Quantity::HUNDRED,
                -taken_off,
                &tax.allowance.source,
            );
        }
    }

    /// Adds the employer and employee lines of `rate` on `base`.
    fn both(&mut self, id: &'static str, labels: Labels, base: Base, rate: &'static Rate) {
        if !self.keep_lines {
            // Totals only (the curve and the searches): the employer's amount.
            if !rate.employer.is_zero() {
                let employer = Quantity::new(rate.employer);
                self.employer_total += base.amount.percent(employer);
            }
            return;
        }
        self.rated(
            id,
            Payer::Employer,
            labels,
            base,
            Quantity::new(rate.employer),
            &rate.source,
        );
        self.rated(
            id,
            Payer::Employee,
            labels,
            base,
            Quantity::new(rate.employee),
            &rate.source,
        );
    }

    pub(super) fn compute(mut self) -> EmployerCost {
        let r = self.rules;
        let input = self.input;
        let gross = Money::new(input.gross_annual);
        let headcount = input.headcount;
        let full_time_pass = Money::new(r.pss_monthly.value) * qty!(12);
        let pass = input.pro_rated(full_time_pass);
        // The cadres' compulsory cover is 1.5 % of earnings up to the
        // full-time ceiling, part time or not (as the official engine has it).
        let prevoyance_base = Base::up_to(gross, full_time_pass);
        let pass_4 = pass * qty!(4);
        let pass_8 = pass * qty!(8);
        let all = Base::all(gross);
        let t1 = Base::up_to(gross, pass);
        let up_to_4 = Base::up_to(gross, pass_4);
        // Tranche 2: from 1 to 8 PSS.
        let t2 = Base {
            amount: (gross.min(pass_8) - pass).max(Money::ZERO),
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
                    Quantity::new(rate),
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
        let (at_mp_rate, at_mp_source) = input.at_mp_rate(r);
        self.rated(
            "at_mp",
            Payer::Employer,
            tr(
                "Accidents du travail et maladies professionnelles",
                "Work accidents and occupational diseases",
            ),
            all,
            Quantity::new(at_mp_rate),
            at_mp_source,
        );
        if headcount >= r.versement_mobilite_from_headcount {
            self.rated(
                "versement_mobilite",
                Payer::Employer,
                tr("Versement mobilité", "Mobility levy"),
                all,
                Quantity::new(input.mobility_rate_percent),
                &r.versement_mobilite_source,
            );
        }

        // Health plan: a premium shared between employer and employee, not a rate on earnings.
        let health_labels = tr("Complémentaire santé", "Company health plan");
        let premium = Base::all(Money::new(input.health_plan_monthly) * qty!(12));
        let employer_share = Quantity::new(input.health_plan_employer_share_percent);
        let health_employer = premium.amount.percent(employer_share);
        let health_employee = premium.amount - health_employer;
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
            Quantity::HUNDRED - employer_share,
            health_employee,
            source,
        );

        // The employer's death, disability and health cover, unrounded: the
        // base of the forfait social, and part of the CSG base.
        let prevoyance = if input.cadre {
            prevoyance_base
                .amount
                .percent_exact(Quantity::new(r.prevoyance_cadres.employer))
        } else {
            Money::ZERO
        };
        let employer_cover = Base::all(prevoyance + health_employer);
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
                Quantity::new(forfait.employer),
                &forfait.source,
            );
        }

        if input.salary_tax {
            self.salary_tax(
                (gross + employer_cover.amount).cents(),
                Money::new(input.salary_tax_allowance),
            );
        }

        let rgdu_detail = rgdu::detail(input, r, self.keep_lines);
        let coefficient_percent = Quantity::new(rgdu_detail.coefficient) * Quantity::HUNDRED;
        self.line(
            "rgdu",
            Payer::Employer,
            tr(
                "Réduction générale dégressive unique (RGDU)",
                "Low-wage reduction (RGDU)",
            ),
            all,
            coefficient_percent,
            -Money::new(rgdu_detail.amount),
            &r.rgdu.source,
        );

        // CSG and CRDS: 98.25 % of earnings up to 4 PASS, all earnings above,
        // plus the employer's cover. They are the employee's alone: without
        // lines (employer's side only), they are not computed at all.
        let employee_only = [&r.csg_deductible, &r.csg_non_deductible, &r.crds]
            .iter()
            .all(|rate| rate.employer.is_zero());
        if self.keep_lines || !employee_only {
            let abated = up_to_4
                .amount
                .percent_exact(Quantity::new(r.csg_base_percent.value));
            let csg = Base::all(abated + (gross - up_to_4.amount) + employer_cover.amount);
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
            gross_annual: gross.into(),
            period: Period {
                name: r.name,
                start: r.start,
                end: r.end,
            },
            employer_contributions: employer_contributions.into(),
            rgdu: rgdu_detail.amount,
            total_employer_cost: (gross + employer_contributions).into(),
            employee_contributions: employee_contributions.into(),
            net_before_income_tax: (gross - employee_contributions).into(),
            rgdu_detail,
            lines,
        }
    }
}

//! A recruit's cost, full or part time: its amounts (payroll, benefits,
//! running costs, recruitment, exit), the same written up as cost lines, and
//! its first year (ramp-up and the need left uncovered while recruiting).

use crate::Scenario;
use crate::defaults::{
    FULL_TIME_WEEKLY_HOURS, PART_TIME_MINIMUM_WEEKLY_HOURS, TRANSPORT_EMPLOYER_SHARE_PERCENT,
};
use crate::lang::{Lang, tr};
use crate::money::{Money, Quantity, qty};
use crate::payroll::{EmployerCost, employer_cost_totals};
use crate::rules::Rules;

use super::formula::{Arg, Formula};
use super::result::{Notice, OptionCost, PartTimeHire};
use super::term::{Term, lines_at, option_cost, sourced};

/// The numbers of a recruit (full- or part-time), without the words: all
/// that the curve, the break-even searches and the sensitivity need.
/// [`Hire::new`] writes the same numbers up as terms.
#[derive(Clone)]
pub(super) struct HireAmounts {
    /// Gross annual salary paid.
    pub(super) gross: Money,
    /// Employer contributions after reductions.
    pub(super) employer_contributions: Money,
    /// Gross plus employer contributions.
    pub(super) total_employer_cost: Money,
    /// Days of work delivered a year.
    pub(super) productive_days: Quantity,
    pub(super) meal_vouchers: Money,
    /// 1, or hours / half time below half time (R3261-9).
    pub(super) transport_factor: Quantity,
    pub(super) transport: Money,
    /// Office, equipment, training and management a year: the running
    /// costs that do not depend on the salary.
    pub(super) other_running: Money,
    /// One recruitment: agency fee and internal cost.
    pub(super) recruitment_cost: Money,
    /// The agency fee of one recruitment.
    fee: Money,
    /// With a recruitment firm's guarantee (a hire that fails in the trial
    /// period replaced free of fee): the running costs paid during the
    /// failed trials, per lasting hire; zero without one.
    failed_trials: Money,
    /// The share of hires that last past the trial period.
    pub(super) success: Quantity,
    /// Months of salary of the legal severance at the end of the tenure.
    pub(super) exit_months: Quantity,
    /// Legal severance, amortized; zero unless the scenario includes it.
    pub(super) exit_amortized: Money,
}

impl HireAmounts {
    /// Twelve months of service: payroll, benefits, office, equipment, training, management.
    pub(super) fn running(&self) -> Money {
        self.total_employer_cost + self.meal_vouchers + self.transport + self.other_running
    }

    /// Recruitment paid once per lasting hire: grossed up by the hires that
    /// fail in trial (1 / (1 − p) recruitments per lasting hire); with a
    /// firm's guarantee, the fee is paid once and the failed trials' running
    /// costs are paid instead.
    pub(super) fn recruitment(&self) -> Money {
        if self.failed_trials.is_zero() {
            self.recruitment_cost / self.success
        } else {
            self.fee + (self.recruitment_cost - self.fee) / self.success + self.failed_trials
        }
    }

    /// The recruitment spread over the expected tenure: the steady state of
    /// every point of the curve and every search needs it.
    pub(super) fn recruitment_amortized(&self, s: &Scenario) -> Money {
        if self.failed_trials.is_zero() {
            self.recruitment_cost / (self.success * Quantity::new(s.expected_tenure_years))
        } else {
            self.recruitment() / Quantity::new(s.expected_tenure_years)
        }
    }

    /// Steady state: running costs, recruitment and exit amortized.
    pub(super) fn annual(&self, s: &Scenario) -> Money {
        self.running() + self.recruitment_amortized(s) + self.exit_amortized
    }
}

/// The months of a trial period, at most: 4 for a cadre, 2 otherwise
/// (Code du travail L1221-19; 3 for supervisors and technicians).
pub(super) fn trial_months(s: &Scenario) -> Quantity {
    if s.cadre { qty!(4) } else { qty!(2) }
}

/// The working time, in % of full time, of `days` a week out of 5 (exact:
/// `days / 5 × 100`).
pub(super) fn work_time_percent(days: Quantity) -> Quantity {
    days * qty!(20)
}

/// What a recruit's amounts take from the scenario alone, whatever the
/// salary and working time: worked out once for the many payrolls of a
/// comparison (the curve, the search for the break-even salary, the horizon).
pub(super) struct HireBasis {
    /// The legal rules of the scenario's date.
    pub(super) rules: &'static Rules,
    /// Days worked a year full time: forfait minus absence, not below zero.
    worked_days: Quantity,
    /// The employer's share of the transport pass, full year.
    transport_full: Money,
    /// The share of hires that last past the trial period.
    success: Quantity,
    /// Office, equipment, training and management a year.
    other_running: Money,
    /// Months of salary of the legal severance at the end of the tenure,
    /// when the scenario includes it.
    exit_months: Option<Quantity>,
    /// The employer's levy on the indemnity, percent: a rupture
    /// conventionnelle's (CSS L137-12), or none for a dismissal.
    exit_levy: Quantity,
    /// With a recruitment firm's guarantee: failed trials per lasting hire,
    /// p / (1 − p), × the months of a trial ÷ 12; zero without one.
    failed_trial_years: Quantity,
}

impl HireBasis {
    pub(super) fn new(s: &Scenario, rules: &'static Rules) -> Self {
        let tenure = Quantity::new(s.expected_tenure_years);
        let forfait_days = Quantity::new(s.forfait_days);
        let absence_days = Quantity::new(s.absence_days);
        let transport_pass_monthly = Money::new(s.transport_pass_monthly);
        Self {
            rules,
            worked_days: (forfait_days - absence_days).max(Quantity::ZERO),
            transport_full: (transport_pass_monthly * qty!(12))
                .percent(Quantity::new(TRANSPORT_EMPLOYER_SHARE_PERCENT)),
            success: Quantity::ONE - Quantity::new(s.trial_failure_percent).percent(),
            other_running: Money::new(s.workspace_annual)
                + Money::new(s.equipment_annual)
                + Money::new(s.training_annual)
                + Money::new(s.manager_time_annual),
            // Legal severance (R1234-2): 1/4 month per year up to 10 years, 1/3 beyond.
            exit_months: s.include_exit_cost.then(|| {
                tenure.min(qty!(10)) * qty!(0.25)
                    + (tenure - qty!(10)).max(Quantity::ZERO) / qty!(3)
            }),
            exit_levy: if s.rupture_conventionnelle {
                Quantity::new(rules.rupture_levy.value)
            } else {
                Quantity::ZERO
            },
            failed_trial_years: if s.recruitment_guarantee {
                let p = Quantity::new(s.trial_failure_percent).percent();
                p / (Quantity::ONE - p) * trial_months(s) / qty!(12)
            } else {
                Quantity::ZERO
            },
        }
    }

    /// A recruit paid `gross_full_time` a year full-time equivalent, working
    /// `work_time_percent` of full time.
    pub(super) fn amounts(
        &self,
        s: &Scenario,
        gross_full_time: Money,
        work_time_percent: Quantity,
    ) -> HireAmounts {
        let gross = (gross_full_time * work_time_percent.percent()).cents();
        let input = s.employer_cost_input(gross.decimal(), work_time_percent.decimal());
        let payroll = employer_cost_totals(&input, self.rules);
        self.with_payroll(s, &payroll, work_time_percent)
    }

    /// A recruit around an already computed payroll.
    pub(super) fn with_payroll(
        &self,
        s: &Scenario,
        payroll: &EmployerCost,
        work_time_percent: Quantity,
    ) -> HireAmounts {
        let q = work_time_percent.percent().normalize();
        let gross = Money::new(payroll.gross_annual);
        let productive_days = self.worked_days * q;
        let transport_factor = if q >= qty!(0.5) {
            Quantity::ONE
        } else {
            q * qty!(2)
        };
        // Recruitment: agency fee and internal cost (grossed up by the hires
        // that fail in the trial period where it is used).
        let fee = gross.percent(Quantity::new(s.recruitment_fee_percent));
        let recruitment_cost = fee + Money::new(s.recruitment_internal_cost);
        let meal_vouchers = Money::new(s.meal_voucher_employer_share) * productive_days;
        let transport = if transport_factor == Quantity::ONE {
            self.transport_full
        } else {
            self.transport_full * transport_factor
        };
        let running = Money::new(payroll.total_employer_cost)
            + meal_vouchers
            + transport
            + self.other_running;
        // gross ÷ 12 × months × (1 + levy) ÷ tenure, in one division.
        let (exit_months, exit_amortized) = match self.exit_months {
            Some(months) => (
                months,
                gross * months * (Quantity::ONE + self.exit_levy.percent())
                    / (qty!(12) * Quantity::new(s.expected_tenure_years)),
            ),
            None => (Quantity::ZERO, Money::ZERO),
        };
        HireAmounts {
            meal_vouchers,
            gross,
            employer_contributions: Money::new(payroll.employer_contributions),
            total_employer_cost: Money::new(payroll.total_employer_cost),
            productive_days,
            transport_factor,
            transport,
            other_running: self.other_running,
            recruitment_cost,
            fee,
            failed_trials: running * self.failed_trial_years,
            success: self.success,
            exit_months,
            exit_amortized,
        }
    }
}

/// A recruit written up as terms, for the lines shown.
pub(super) struct Hire {
    pub(super) amounts: HireAmounts,
    /// Running terms: payroll and benefits, office, equipment… (12 months of service).
    running: Vec<Term>,
    /// Recruitment amortized, and exit cost amortized.
    amortized: Vec<Term>,
    /// Recruitment paid once.
    one_off: Term,
}

impl Hire {
    /// Writes a recruit's amounts up as terms, each with its formula and source.
    pub(super) fn new(s: &Scenario, rules: &'static Rules, amounts: HireAmounts) -> Self {
        let gross = amounts.gross;
        let contributions = amounts.employer_contributions;
        let transport_factor = amounts.transport_factor;
        let mut running = vec![
            Term::fixed(
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
            Term::fixed(
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
                        Arg::Eur(Money::new(s.meal_voucher_employer_share)),
                        Arg::Num(amounts.productive_days),
                    ],
                ),
                sourced(s, "mealVoucherEmployerShare"),
            ),
            Term::fixed(
                "transport",
                tr(
                    "Transport (50\u{a0}% de l'abonnement)",
                    "Transit pass (50%)",
                ),
                amounts.transport,
                {
                    let pass = Arg::Eur(Money::new(s.transport_pass_monthly));
                    let share = Arg::Pct(Quantity::new(TRANSPORT_EMPLOYER_SHARE_PERCENT));
                    if transport_factor == Quantity::ONE {
                        Formula::same("{} × 12 × {}", &[pass, share])
                    } else {
                        Formula::same(
                            "{} × 12 × {} × {}",
                            &[pass, share, Arg::Num(transport_factor)],
                        )
                    }
                },
                sourced(s, "transportPassMonthly"),
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
            let amount = Money::new(amount);
            running.push(Term::fixed(
                id,
                labels,
                amount,
                Formula::new(
                    "{} par an, non proratisé",
                    "{} a year, not pro-rated",
                    &[Arg::Eur(amount)],
                ),
                sourced(s, field),
            ));
        }

        let recruitment_args = [
            Arg::Pct(Quantity::new(s.recruitment_fee_percent)),
            Arg::Eur(gross),
            Arg::Eur(Money::new(s.recruitment_internal_cost)),
            Arg::Pct(Quantity::new(s.trial_failure_percent)),
        ];
        let tenure = Arg::Years(Quantity::new(s.expected_tenure_years));
        let [fee, gross_arg, internal, failure] = recruitment_args;
        // With a firm's guarantee: the fee once, the internal cost per
        // attempt, and the running costs paid during the failed trials.
        let guaranteed = [
            fee,
            gross_arg,
            internal,
            failure,
            failure,
            failure,
            Arg::Eur(amounts.running()),
            Arg::Months(trial_months(s)),
        ];
        let (once, spread) = if s.recruitment_guarantee {
            let mut args = guaranteed.to_vec();
            let once = Formula::same(
                "{} × {} + {} ÷ (1 − {}) + {} ÷ (1 − {}) × {} × {} ÷ 12",
                &args,
            );
            args.push(tenure);
            let spread = Formula::same(
                "({} × {} + {} ÷ (1 − {}) + {} ÷ (1 − {}) × {} × {} ÷ 12) ÷ {}",
                &args,
            );
            (once, spread)
        } else {
            (
                Formula::same("({} × {} + {}) ÷ (1 − {})", &recruitment_args),
                Formula::same(
                    "({} × {} + {}) ÷ (1 − {}) ÷ {}",
                    &[fee, gross_arg, internal, failure, tenure],
                ),
            )
        };
        let one_off = Term::fixed(
            "recruitment",
            tr("Recrutement (payé une fois)", "Recruitment (paid once)"),
            amounts.recruitment(),
            once,
            sourced(s, "recruitmentFeePercent"),
        );
        let mut amortized = vec![Term::fixed(
            "recruitment",
            tr(
                "Recrutement, amorti sur la durée de présence",
                "Recruitment, amortized over the tenure",
            ),
            amounts.recruitment_amortized(s),
            spread,
            sourced(s, "recruitmentFeePercent"),
        )];
        if s.include_exit_cost && s.rupture_conventionnelle {
            let levy = &rules.rupture_levy;
            amortized.push(Term::fixed(
                "exit_cost",
                tr(
                    "Rupture conventionnelle\u{a0}: indemnité et contribution patronale, amorties",
                    "Rupture conventionnelle: indemnity and employer levy, amortized",
                ),
                amounts.exit_amortized,
                Formula::new(
                    "{} ÷ 12 × {} × (1 + {}) ÷ {}",
                    "{} ÷ 12 × {} × (1 + {}) ÷ {}",
                    &[
                        Arg::Eur(gross),
                        Arg::Months(amounts.exit_months),
                        Arg::Pct(Quantity::new(levy.value)),
                        tenure,
                    ],
                ),
                (Some(&levy.source), false),
            ));
        } else if s.include_exit_cost {
            amortized.push(Term::fixed(
                "exit_cost",
                tr(
                    "Indemnité légale de licenciement, amortie",
                    "Legal severance, amortized",
                ),
                amounts.exit_amortized,
                Formula::new(
                    "{} ÷ 12 × {} ÷ {}",
                    "{} ÷ 12 × {} ÷ {}",
                    &[Arg::Eur(gross), Arg::Months(amounts.exit_months), tenure],
                ),
                sourced(s, "includeExitCost"),
            ));
        }
        Self {
            amounts,
            running,
            amortized,
            one_off,
        }
    }

    /// The recruit's costs at `days` a week of need, line by line; the first
    /// year's lines add `first_year_terms` ([`first_year_terms`]).
    pub(super) fn cost(
        &self,
        s: &Scenario,
        days: Quantity,
        first_year_terms: &[Term],
    ) -> OptionCost {
        let running = lines_at(&self.running, days);
        let amortized = lines_at(&self.amortized, days);
        let mut first_year_lines = running.clone();
        if !self.one_off.fixed.is_zero() {
            first_year_lines.push(self.one_off.line(days));
        }
        // The exit cost accrues in the first year too; the recruitment is paid in full instead.
        for line in &amortized {
            if line.id != "recruitment" {
                first_year_lines.push(line.clone());
            }
        }
        let mut lines = running;
        lines.extend(amortized);
        first_year_lines.extend(lines_at(first_year_terms, days));
        let need_days = days * Quantity::new(s.weeks_per_year);
        option_cost(
            lines,
            first_year_lines,
            self.amounts.productive_days,
            need_days,
        )
    }
}

/// Terms of the first year of a hire `h`, beyond its running and amortized
/// terms: the ramp-up, and the need left uncovered while recruiting and
/// during the notice, at `price_per_day` a productive day.
pub(super) fn first_year_terms(s: &Scenario, h: &HireAmounts, price_per_day: Money) -> Vec<Term> {
    let running = h.running();
    let ramp_up_weeks = Quantity::new(s.ramp_up_weeks);
    let productivity = Quantity::new(s.ramp_up_productivity_percent);
    let missing = Quantity::ONE - productivity / Quantity::HUNDRED;
    let ramp_up = running * (ramp_up_weeks / qty!(52)) * missing;
    let wait = Quantity::new(s.time_to_hire_weeks) + Quantity::new(s.notice_weeks);
    // With a firm's guarantee, a failed trial means a second vacancy: the
    // wait, once per attempt.
    let failure = Quantity::new(s.trial_failure_percent);
    let (vacancy, formula) = if s.recruitment_guarantee {
        (
            wait * price_per_day / (Quantity::ONE - failure.percent()),
            Formula::new(
                "{} × {} × {} par jour productif ÷ (1 − {}), un second recrutement après un échec",
                "{} × {} × {} per productive day ÷ (1 − {}), a second search after a failure",
                &[
                    Arg::Weeks(wait),
                    Arg::Days,
                    Arg::Eur(price_per_day),
                    Arg::Pct(failure),
                ],
            ),
        )
    } else {
        (
            wait * price_per_day,
            Formula::new(
                "{} × {} × {} par jour productif",
                "{} × {} × {} per productive day",
                &[Arg::Weeks(wait), Arg::Days, Arg::Eur(price_per_day)],
            ),
        )
    };
    vec![
        Term::fixed(
            "ramp_up",
            tr("Montée en compétence", "Ramp-up"),
            ramp_up,
            Formula::new(
                "{} × {} ÷ 52 semaines × (1 − {})",
                "{} × {} ÷ 52 weeks × (1 − {})",
                &[
                    Arg::Eur(running),
                    Arg::Num(ramp_up_weeks),
                    Arg::Pct(productivity),
                ],
            ),
            sourced(s, "rampUpWeeks"),
        ),
        Term::per_day(
            "vacancy",
            tr(
                "Besoin non couvert pendant le recrutement et le préavis",
                "Need left uncovered while recruiting and during notice",
            ),
            vacancy,
            formula,
            sourced(s, "timeToHireWeeks"),
        ),
    ]
}

/// The part-time hire at `days` a week, and its exact steady-state cost.
pub(super) fn part_time(
    s: &Scenario,
    basis: &HireBasis,
    days: Quantity,
    price_per_day: Money,
) -> (PartTimeHire, Money) {
    let work_time_percent = work_time_percent(days);
    let amounts = basis.amounts(s, Money::new(s.gross_annual), work_time_percent);
    let first_year = first_year_terms(s, &amounts, price_per_day);
    let h = Hire::new(s, basis.rules, amounts);
    let cost = h.cost(s, days, &first_year);
    let weekly_hours =
        Quantity::new(FULL_TIME_WEEKLY_HOURS) * (work_time_percent / Quantity::HUNDRED);
    let mut warnings = Vec::new();
    if weekly_hours < Quantity::new(PART_TIME_MINIMUM_WEEKLY_HOURS) {
        warnings.push(Notice {
            id: "below_24_hours",
            fr: Lang::Fr.text("Moins de 24 heures par semaine\u{a0}: en dessous du minimum légal du temps partiel (Code du travail, art. L3123-27), sauf demande écrite et motivée du salarié (art. L3123-7), accord de branche (art. L3123-19) ou cadre en forfait jours réduit, qui n'est pas un temps partiel."),
            en: Lang::En.text("Under 24 hours a week: below the legal minimum for part time (Code du travail L3123-27), unless the employee asks for it in writing (L3123-7), a branch agreement allows it (L3123-19), or the cadre is on a reduced forfait jours, which is not part time."),
        });
    }
    if days < qty!(5) {
        warnings.push(Notice {
            id: "part_time_pool",
            fr: Lang::Fr.text("Peu de cadres dirigeants cherchent un poste à temps partiel\u{a0}: le vivier de candidats est plus étroit et le recrutement souvent plus long."),
            en: Lang::En.text("Few senior executives look for a part-time job: the pool of candidates is narrower and hiring often takes longer."),
        });
    }
    let annual_exact = h.amounts.annual(s);
    (
        PartTimeHire {
            gross_annual: h.amounts.gross.into(),
            cost,
            days_per_week: days.into(),
            work_time_percent: work_time_percent.normalize().into(),
            weekly_hours: weekly_hours.normalize().into(),
            warnings,
        },
        annual_exact,
    )
}

/// The price of a day of need left uncovered: the full-time recruit's
/// steady-state cost per productive day, to the cent.
pub(super) fn price_per_day(s: &Scenario, full: &HireAmounts) -> Money {
    if full.productive_days.is_zero() {
        Money::ZERO
    } else {
        (full.annual(s) / full.productive_days).cents()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_time_is_days_out_of_five() {
        assert_eq!(work_time_percent(qty!(2.5)), qty!(50.0));
        assert_eq!(work_time_percent(qty!(5)), qty!(100));
    }
}

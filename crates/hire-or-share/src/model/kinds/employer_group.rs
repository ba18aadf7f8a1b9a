//! An employer group (*groupement d'employeurs*, Code du travail L1253-1):
//! the group employs the expert and puts them at its members' disposal; a
//! member pays its share of the expert's employer cost (the core's payroll
//! at the full-time salary × days a week ÷ 5, without the taxe sur les
//! salaires, which a group liable to VAT does not owe) plus the group's fee,
//! VAT where the company cannot recover it, and the membership fee. The
//! members' joint liability (L1253-8) and VAT (CGI 261 B) are warnings.

use crate::Scenario;
use crate::defaults::VAT_PERCENT;
use crate::lang::tr;
use crate::money::{Money, Quantity, qty};
use crate::option_list::OptionSpec;

use super::super::formula::{Arg, Formula};
use super::super::result::OptionResult;
use super::super::term::{Term, affine, lines_at, option_cost, sourced};
use super::{Affinely, Reference, affine_result, growth, notice};

/// The kind's name.
const NAME: (&str, &str) = ("Groupement d'employeurs", "Employer group");

/// A share of an employer group's expert at its days a week.
pub(super) fn price(r: &Reference<'_>, spec: &OptionSpec) -> OptionResult {
    let s = r.s;
    let days = r.days(spec);
    // The group employs the expert. A group that invoices VAT is liable to
    // it, so it owes no taxe sur les salaires on its payroll (CGI 231),
    // whatever the member owes on its own: the group's payroll without it.
    let mut group = *s;
    group.salary_tax = Some(false);
    let employer_cost = |gross| {
        r.basis
            .amounts(&group, gross, qty!(100))
            .total_employer_cost
    };
    let terms = terms(s, employer_cost(Money::new(s.gross_annual)));
    let day_cost = (affine(&terms).per_day / Quantity::new(s.weeks_per_year)).cents();
    let first_year_terms = first_year_terms(s, day_cost, r.price_per_day);
    let lines = lines_at(&terms, days);
    let mut first_year_lines = lines.clone();
    first_year_lines.extend(lines_at(&first_year_terms, days));
    let cost = option_cost(
        lines,
        first_year_lines,
        r.full.productive_days * days / qty!(5),
        days * Quantity::new(s.weeks_per_year),
    );
    let year_cost = |year: u32| {
        let factor = growth(s.salary_growth_percent, year + 1);
        let gross = (Money::new(s.gross_annual) * factor).cents();
        affine(&self::terms(s, employer_cost(gross)))
    };
    let later_years = (1..s.horizon_years)
        .map(|year| year_cost(year).at(days).cents())
        .collect();
    let need_profile_total = r.profile_total(affine(&first_year_terms), year_cost);
    let mut warnings = vec![notice(
        "employer_group_joint_liability",
        "Les membres d'un groupement d'employeurs sont solidairement responsables de ses dettes envers les salariés et les organismes de cotisations (Code du travail, art. L1253-8)\u{a0}: le coût d'un membre peut dépasser sa part.",
        "The members of an employer group are jointly liable for its debts to the employees and to the collectors of contributions (Code du travail L1253-8): a member's cost can exceed its share.",
    )];
    if !s.vat_recoverable {
        warnings.push(notice(
            "employer_group_vat",
            "TVA comptée sur la facture du groupement, qui, assujetti, ne doit pas la taxe sur les salaires sur son salarié (CGI, art. 231)\u{a0}; il n'est exonéré de TVA que si ses membres exercent une activité exonérée au titre du 4 (sauf le 10°) ou du 7 de l'article 261 du CGI, ou non assujettie, et que chacun paie exactement sa part des dépenses communes (CGI, art. 261 B)\u{a0}: il doit alors la taxe sur les salaires au lieu de la TVA.",
            "VAT counted on the group's invoice; a group liable to VAT owes no taxe sur les salaires on its employee (CGI 231). It is exempt from VAT only where its members' activity is exempt under article 261, 4 (but its 10°) or 7 of the CGI, or outside VAT, and each pays exactly its share of the common costs (CGI 261 B): it then owes the taxe sur les salaires instead of VAT.",
        ));
    }
    affine_result(
        r,
        Affinely {
            spec: *spec,
            name: NAME,
            days,
            day_rate: None,
            terms,
            first_year_terms,
            cost,
            later_years,
            need_profile_total,
            warnings,
        },
    )
}

/// The steady-state terms of a member's share, the expert's full-time
/// employer cost being `employer_cost`.
fn terms(s: &Scenario, employer_cost: Money) -> Vec<Term> {
    let share_per_day = employer_cost / qty!(5);
    let fee_percent = Quantity::new(s.employer_group_fee_percent);
    let fee_per_day = share_per_day * fee_percent / Quantity::HUNDRED;
    let mut terms = vec![
        Term::per_day(
            "employer_group_share",
            tr(
                "Part du coût employeur du salarié du groupement",
                "Share of the group employee's employer cost",
            ),
            share_per_day,
            Formula::new(
                "{} (salaire brut et cotisations, à temps plein) × {} ÷ 5",
                "{} (gross salary and contributions, full time) × {} ÷ 5",
                &[Arg::Eur(employer_cost), Arg::Days],
            ),
            (None, false),
        ),
        Term::per_day(
            "employer_group_fee",
            tr("Frais de gestion du groupement", "Employer group's fee"),
            fee_per_day,
            Formula::new(
                "{} × part du coût employeur",
                "{} × share of the employer cost",
                &[Arg::Pct(fee_percent)],
            ),
            sourced(s, "employerGroupFeePercent"),
        ),
    ];
    if !s.vat_recoverable {
        terms.push(Term::per_day(
            "vat",
            tr("TVA non récupérable", "Non-recoverable VAT"),
            (share_per_day + fee_per_day) * Quantity::new(VAT_PERCENT) / Quantity::HUNDRED,
            Formula::new(
                "{} × (part + frais)",
                "{} × (share + fee)",
                &[Arg::Pct(Quantity::new(VAT_PERCENT))],
            ),
            sourced(s, "vatRecoverable"),
        ));
    }
    let membership = Money::new(s.employer_group_membership_annual);
    terms.push(Term::fixed(
        "employer_group_membership",
        tr("Cotisation au groupement", "Membership fee"),
        membership,
        Formula::new("{} par an", "{} a year", &[Arg::Eur(membership)]),
        sourced(s, "employerGroupMembershipAnnual"),
    ));
    let coordination = Money::new(s.shared_coordination_annual);
    terms.push(Term::fixed(
        "coordination",
        tr("Temps de coordination", "Coordination time"),
        coordination,
        Formula::new("{} par an", "{} a year", &[Arg::Eur(coordination)]),
        sourced(s, "sharedCoordinationAnnual"),
    ));
    terms
}

/// The first year beyond the steady state: the entry fee, the weeks before
/// the group's expert starts (need left uncovered at `price_per_day`) and
/// the expert's ramp-up, a day of theirs costing `day_cost`.
fn first_year_terms(s: &Scenario, day_cost: Money, price_per_day: Money) -> Vec<Term> {
    let entry_fee = Money::new(s.employer_group_entry_fee);
    let start_weeks = Quantity::new(s.employer_group_start_weeks);
    let ramp_up_weeks = Quantity::new(s.shared_ramp_up_weeks);
    let productivity = Quantity::new(s.ramp_up_productivity_percent);
    let missing = Quantity::ONE - productivity / Quantity::HUNDRED;
    vec![
        Term::fixed(
            "employer_group_entry_fee",
            tr("Droit d'entrée dans le groupement", "Entry fee"),
            entry_fee,
            Formula::same("{}", &[Arg::Eur(entry_fee)]),
            sourced(s, "employerGroupEntryFee"),
        ),
        Term::per_day(
            "ramp_up",
            tr(
                "Prise en main de l'entreprise",
                "Getting to know the company",
            ),
            day_cost * ramp_up_weeks * missing,
            Formula::new(
                "{} par jour × {} × {} × (1 − {})",
                "{} a day × {} × {} × (1 − {})",
                &[
                    Arg::Eur(day_cost),
                    Arg::Days,
                    Arg::Weeks(ramp_up_weeks),
                    Arg::Pct(productivity),
                ],
            ),
            sourced(s, "sharedRampUpWeeks"),
        ),
        super::super::shared::start_delay(
            s,
            (start_weeks, "employerGroupStartWeeks"),
            price_per_day,
        ),
    ]
}

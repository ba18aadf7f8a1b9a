//! The four new kinds of option (freelance, portage salarial, interim
//! manager, employer group): the worked examples of METHODOLOGY.md,
//! section 5b, to the cent, so that the document and the code agree; and
//! properties of any list of options.

#![cfg(feature = "options")]

use hire_or_share::{
    Comparison, Defaults, DefaultsVersion, NoBreakEven, OptionKind, OptionList, OptionResult,
    OptionSpec, Role, Scenario, Threshold, compare,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Every kind, in the order of the worked example.
const SEVEN: &str =
    "full-time-hire,part-time-hire,shared-time,freelance,portage,interim-manager,employer-group";

/// `role` on the defaults of the worked examples (`2026-12c`), June rules.
fn preset(role: Role) -> Scenario {
    let version = DefaultsVersion(Defaults::find("2026-12c").expect("version 2026-12c"));
    let mut s = Scenario::preset_in(role, version);
    s.date = Some(hire_or_share::date(2026, 7, 1));
    s
}

/// The worked example: the DAF at `days` a week, every default, the seven options.
fn daf(days: Decimal) -> Scenario {
    let mut s = preset(Role::Daf);
    s.days_per_week = days;
    s.options = Some(SEVEN.parse().unwrap());
    s
}

/// The option of `kind` (the first one).
fn option(c: &Comparison, kind: OptionKind) -> &OptionResult {
    c.options
        .iter()
        .find(|o| o.kind == kind)
        .unwrap_or_else(|| panic!("no {kind}"))
}

/// The amounts of the option's lines and first-year lines, by id.
fn lines(o: &OptionResult) -> Vec<(&'static str, Decimal)> {
    o.cost.lines.iter().map(|l| (l.id, l.amount)).collect()
}

fn first_year_lines(o: &OptionResult) -> Vec<(&'static str, Decimal)> {
    o.cost
        .first_year_lines
        .iter()
        .map(|l| (l.id, l.amount))
        .collect()
}

fn warnings(o: &OptionResult) -> Vec<&'static str> {
    o.warnings.iter().map(|w| w.id).collect()
}

/// A break-even of `d` days a week.
fn days(d: Decimal) -> Threshold {
    Threshold::DaysPerWeek(d)
}

const NONE_OPTION_CHEAPER: Option<Threshold> =
    Some(Threshold::None(NoBreakEven::SharedCheaperAtEveryNeed));

/// The costs of an option, in the order the document gives them: annual,
/// first year, first-year cash, first-year valued time, a day of need.
fn costs(o: &OptionResult) -> [Decimal; 5] {
    [
        o.cost.annual_cost,
        o.cost.first_year_cost,
        o.cost.first_year_cash,
        o.cost.first_year_valued_time,
        o.cost.cost_per_day_of_need,
    ]
}

// ---------------------------------------------------------------------------
// Worked examples (METHODOLOGY.md, section 5b)
// ---------------------------------------------------------------------------

#[test]
fn the_reference_is_the_full_time_hire_of_section_8() {
    let c = compare(&daf(dec!(2))).unwrap();
    let full = option(&c, OptionKind::FullTimeHire);
    assert_eq!(full.cost, c.full_time_hire.cost);
    assert_eq!(full.cost.annual_cost, dec!(155712.07));
    assert_eq!(full.cost.cost_per_productive_day, dec!(734.49));
    assert_eq!(full.cost.first_year_cost, dec!(223997.36));
    assert_eq!(full.cost.cost_per_day_of_need, dec!(1730.13));
    assert_eq!(full.break_even, None);
    // Its first year, line by line: 149 260.46 running + 19 354.84 + 18 657.56 + 36 724.50.
    let fy = first_year_lines(full);
    assert!(fy.contains(&("recruitment", dec!(19354.84))), "{fy:?}");
    assert!(fy.contains(&("ramp_up", dec!(18657.56))), "{fy:?}");
    assert!(fy.contains(&("vacancy", dec!(36724.50))), "{fy:?}");
    assert_eq!(
        c.full_time_hire.employer_cost.total_employer_cost,
        dec!(133112.82)
    );
}

#[test]
fn freelance_worked_example() {
    let c = compare(&daf(dec!(2))).unwrap();
    let o = option(&c, OptionKind::Freelance);
    assert_eq!(o.day_rate, Some(dec!(1000)));
    assert_eq!(o.days_per_week, dec!(2));
    assert_eq!(lines(o), [("fees", dec!(90000.00))]);
    assert_eq!(
        first_year_lines(o),
        [
            ("fees", dec!(90000.00)),
            ("ramp_up", dec!(2000.00)),
            ("start_delay", dec!(2937.96)),
        ]
    );
    assert_eq!(
        costs(o),
        [
            dec!(90000.00),
            dec!(94937.96),
            dec!(90000.00),
            dec!(4937.96),
            dec!(1000.00)
        ]
    );
    assert_eq!(o.cost.cost_per_productive_day, dec!(1000.00));
    assert_eq!(o.break_even, Some(days(dec!(3.46))));
    assert_eq!(o.first_year_break_even, NONE_OPTION_CHEAPER);
    assert_eq!(o.horizon, [dec!(94937.96), dec!(91800.00), dec!(93636.00)]);
    assert!(warnings(o).is_empty());

    // From three days a week, the risk of requalification (L8221-6).
    let c = compare(&daf(dec!(3))).unwrap();
    let o = option(&c, OptionKind::Freelance);
    assert_eq!(warnings(o), ["freelance_requalification"]);
    let c = compare(&daf(dec!(2.5))).unwrap();
    assert!(warnings(option(&c, OptionKind::Freelance)).is_empty());
}

#[test]
fn portage_worked_example() {
    let c = compare(&daf(dec!(2))).unwrap();
    let o = option(&c, OptionKind::Portage);
    let freelance = option(&c, OptionKind::Freelance);
    assert_eq!(o.day_rate, Some(dec!(1000)));
    assert_eq!(lines(o), [("fees", dec!(90000.00))]);
    assert_eq!(
        costs(o),
        [
            dec!(90000.00),
            dec!(94937.96),
            dec!(90000.00),
            dec!(4937.96),
            dec!(1000.00)
        ]
    );
    // The freelance's first year, each line from its own source.
    assert_eq!(first_year_lines(o), first_year_lines(freelance));
    assert_eq!(o.break_even, Some(days(dec!(3.46))));
    assert_eq!(o.first_year_break_even, NONE_OPTION_CHEAPER);
    assert_eq!(o.horizon, freelance.horizon);
    // An occasional task or missing expertise (L1254-3), always.
    assert_eq!(warnings(o), ["portage_task"]);

    // At most 36 months with one client (L1254-4): three years is 36, four pass it.
    for (years, expected) in [
        (3, vec!["portage_task"]),
        (4, vec!["portage_task", "portage_36_months"]),
        (5, vec!["portage_task", "portage_36_months"]),
    ] {
        let mut s = daf(dec!(2));
        s.horizon_years = years;
        let c = compare(&s).unwrap();
        assert_eq!(
            warnings(option(&c, OptionKind::Portage)),
            expected,
            "{years}"
        );
    }
}

#[test]
fn interim_manager_worked_example() {
    let c = compare(&daf(dec!(2))).unwrap();
    let o = option(&c, OptionKind::InterimManager);
    assert_eq!(o.day_rate, Some(dec!(1300)));
    assert_eq!(lines(o), [("fees", dec!(117000.00))]);
    assert_eq!(
        first_year_lines(o),
        [
            ("fees", dec!(117000.00)),
            ("ramp_up", dec!(2600.00)),
            ("start_delay", dec!(2937.96)),
        ]
    );
    assert_eq!(
        costs(o),
        [
            dec!(117000.00),
            dec!(122537.96),
            dec!(117000.00),
            dec!(5537.96),
            dec!(1300.00)
        ]
    );
    assert_eq!(o.break_even, Some(days(dec!(2.66))));
    assert_eq!(o.first_year_break_even, Some(days(dec!(4.36))));
    assert_eq!(
        o.horizon,
        [dec!(122537.96), dec!(119340.00), dec!(121726.80)]
    );
    // Usually full time, 7 to 9 months: a warning under three days a week.
    assert_eq!(warnings(o), ["interim_full_time"]);
    let c = compare(&daf(dec!(3))).unwrap();
    assert!(warnings(option(&c, OptionKind::InterimManager)).is_empty());
}

#[test]
fn employer_group_worked_example() {
    let c = compare(&daf(dec!(2))).unwrap();
    let o = option(&c, OptionKind::EmployerGroup);
    assert_eq!(o.day_rate, None);
    assert_eq!(
        lines(o),
        [
            ("employer_group_share", dec!(53245.13)),
            ("employer_group_fee", dec!(7986.77)),
            ("employer_group_membership", dec!(75.00)),
        ]
    );
    assert_eq!(
        first_year_lines(o)[3..],
        [
            ("employer_group_entry_fee", dec!(200.00)),
            ("ramp_up", dec!(1360.70)),
            ("start_delay", dec!(11751.84)),
        ]
    );
    assert_eq!(
        costs(o),
        [
            dec!(61306.90),
            dec!(74619.44),
            dec!(61506.90),
            dec!(13112.54),
            dec!(681.19)
        ]
    );
    assert_eq!(o.cost.cost_per_productive_day, dec!(722.96));
    // (155 712.07 − 75) ÷ 30 615.9486 = 5.08: cheaper at every need.
    assert_eq!(o.break_even, NONE_OPTION_CHEAPER);
    assert_eq!(o.first_year_break_even, NONE_OPTION_CHEAPER);
    assert_eq!(o.curve.last(), Some(&dec!(153154.74)));
    assert_eq!(o.horizon[0], dec!(74619.44));
    assert_eq!(warnings(o), ["employer_group_joint_liability"]);
}

#[test]
fn the_seven_side_by_side() {
    let c = compare(&daf(dec!(2))).unwrap();
    let kinds: Vec<OptionKind> = c.options.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, OptionKind::ALL);
    let table: Vec<[Decimal; 3]> = c
        .options
        .iter()
        .map(|o| {
            [
                o.cost.annual_cost,
                o.cost.first_year_cost,
                o.cost.cost_per_day_of_need,
            ]
        })
        .collect();
    assert_eq!(
        table,
        [
            [dec!(155712.07), dec!(223997.36), dec!(1730.13)],
            [dec!(71360.64), dec!(121843.93), dec!(792.90)],
            [dec!(90000.00), dec!(94937.96), dec!(1000.00)],
            [dec!(90000.00), dec!(94937.96), dec!(1000.00)],
            [dec!(90000.00), dec!(94937.96), dec!(1000.00)],
            [dec!(117000.00), dec!(122537.96), dec!(1300.00)],
            [dec!(61306.90), dec!(74619.44), dec!(681.19)],
        ]
    );
    let break_evens: Vec<_> = c
        .options
        .iter()
        .map(|o| (o.break_even, o.first_year_break_even))
        .collect();
    assert_eq!(
        break_evens,
        [
            (None, None),
            (NONE_OPTION_CHEAPER, None),
            (Some(days(dec!(3.46))), NONE_OPTION_CHEAPER),
            (Some(days(dec!(3.46))), NONE_OPTION_CHEAPER),
            (Some(days(dec!(3.46))), NONE_OPTION_CHEAPER),
            (Some(days(dec!(2.66))), Some(days(dec!(4.36)))),
            (NONE_OPTION_CHEAPER, NONE_OPTION_CHEAPER),
        ]
    );
    assert_eq!(c.cheapest_option, 6);
}

#[test]
fn employer_group_with_vat_not_recoverable() {
    let mut s = daf(dec!(2));
    s.vat_recoverable = false;
    let c = compare(&s).unwrap();
    // The taxe sur les salaires follows VAT: 11 038.87 € on 90 000 €.
    assert_eq!(
        c.full_time_hire.employer_cost.total_employer_cost,
        dec!(144151.69)
    );
    assert_eq!(c.full_time_hire.cost.annual_cost, dec!(166750.94));
    assert_eq!(c.full_time_hire.cost.cost_per_productive_day, dec!(786.56));
    // The group's payroll bears no taxe sur les salaires (a group liable to
    // VAT does not owe it, CGI 231): the share of 133 112.82 €, VAT on top.
    let o = option(&c, OptionKind::EmployerGroup);
    assert_eq!(
        lines(o),
        [
            ("employer_group_share", dec!(53245.13)),
            ("employer_group_fee", dec!(7986.77)),
            ("vat", dec!(12246.38)),
            ("employer_group_membership", dec!(75.00)),
        ]
    );
    // The need left uncovered is priced at the company's own recruit's day,
    // who bears the tax: 786.56 €.
    assert_eq!(
        first_year_lines(o)[4..],
        [
            ("employer_group_entry_fee", dec!(200.00)),
            ("ramp_up", dec!(1632.86)),
            ("start_delay", dec!(12584.96)),
        ]
    );
    assert_eq!(o.cost.annual_cost, dec!(73553.28));
    assert_eq!(o.cost.first_year_cost, dec!(87971.10));
    assert_eq!(o.cost.cost_per_day_of_need, dec!(817.26));
    assert_eq!(o.break_even, Some(days(dec!(4.54))));
    assert_eq!(o.first_year_break_even, NONE_OPTION_CHEAPER);
    assert_eq!(
        warnings(o),
        ["employer_group_joint_liability", "employer_group_vat"]
    );

    // Without the taxe sur les salaires: the share of 133 112.82 €.
    s.salary_tax = Some(false);
    let c = compare(&s).unwrap();
    let o = option(&c, OptionKind::EmployerGroup);
    assert_eq!(
        lines(o),
        [
            ("employer_group_share", dec!(53245.13)),
            ("employer_group_fee", dec!(7986.77)),
            ("vat", dec!(12246.38)),
            ("employer_group_membership", dec!(75.00)),
        ]
    );
    assert_eq!(
        first_year_lines(o)[4..],
        [
            ("employer_group_entry_fee", dec!(200.00)),
            ("ramp_up", dec!(1632.86)),
            ("start_delay", dec!(11751.84)),
        ]
    );
    assert_eq!(o.cost.annual_cost, dec!(73553.28));
    assert_eq!(o.cost.first_year_cost, dec!(87137.98));
    assert_eq!(o.cost.cost_per_day_of_need, dec!(817.26));
    assert_eq!(o.break_even, Some(days(dec!(4.24))));
}

#[test]
fn the_worked_example_reads_from_json_and_from_the_text_form() {
    let json = r#"{ "role": "daf", "daysPerWeek": "2", "date": "2026-07-01", "defaults": "2026-12c",
        "options": [{ "kind": "fullTimeHire" }, { "kind": "partTimeHire" }, { "kind": "sharedTime" },
                    { "kind": "freelance" }, { "kind": "portage" }, { "kind": "interimManager" },
                    { "kind": "employerGroup" }] }"#;
    let s: Scenario = serde_json::from_str(json).unwrap();
    assert_eq!(s, daf(dec!(2)));
    let mut by_text = preset(Role::Daf);
    by_text.set("daysPerWeek", "2").unwrap();
    by_text.set("options", SEVEN).unwrap();
    assert_eq!(by_text, s);
    let value = serde_json::to_value(compare(&s).unwrap()).unwrap();
    assert_eq!(value["cheapestOption"], 6);
    let group = &value["options"][6];
    assert_eq!(group["kind"], "employerGroup");
    assert_eq!(group["annualCost"], "61306.90");
    assert_eq!(group["firstYearCost"], "74619.44");
    assert_eq!(group["costPerDayOfNeed"], "681.19");
    assert_eq!(group["breakEven"]["none"], "sharedCheaperAtEveryNeed");
    assert_eq!(value["options"][5]["breakEven"]["daysPerWeek"], "2.66");
}

// ---------------------------------------------------------------------------
// Properties of lists of options
// ---------------------------------------------------------------------------

fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Daf),
        Just(Role::Dsi),
        Just(Role::Drh),
        Just(Role::Marketing)
    ]
}

/// A need of 0.5 to 5 days a week, by half days.
fn half_days() -> impl Strategy<Value = Decimal> {
    (1i64..=10).prop_map(|h| Decimal::new(h * 5, 1))
}

/// One option: any kind, with or without its own day rate (to the cent,
/// for the kinds billed by the day) and days a week (not for the full-time hire).
fn spec() -> impl Strategy<Value = OptionSpec> {
    (
        0usize..OptionKind::ALL.len(),
        proptest::option::of(10_000i64..=500_000),
        proptest::option::of(half_days()),
    )
        .prop_map(|(k, cents, days)| {
            let kind = OptionKind::ALL[k];
            OptionSpec {
                kind,
                day_rate: cents
                    .filter(|_| kind.has_day_rate())
                    .map(|c| Decimal::new(c, 2)),
                days_per_week: days.filter(|_| kind != OptionKind::FullTimeHire),
            }
        })
}

fn list() -> impl Strategy<Value = OptionList> {
    proptest::collection::vec(spec(), 1..=OptionList::MAX_OPTIONS)
        .prop_map(|specs| OptionList::new(&specs).unwrap())
}

/// A scenario with a list of options and the assumptions the kinds use.
fn scenario() -> impl Strategy<Value = Scenario> {
    (
        role(),
        half_days(),
        any::<bool>(),
        prop_oneof![Just(0i64), 0i64..=5_000],
        prop_oneof![Just(0i64), 0i64..=5_000],
        1u32..=5,
        list(),
    )
        .prop_map(|(role, days, vat, travel, coordination, years, list)| {
            let mut s = preset(role);
            s.days_per_week = days;
            s.vat_recoverable = vat;
            s.shared_travel_annual = Decimal::from(travel);
            s.shared_coordination_annual = Decimal::from(coordination);
            s.horizon_years = years;
            s.options = Some(list);
            s
        })
}

/// To the cent, half away from zero, as the model rounds.
fn cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

fn sum(amounts: impl Iterator<Item = Decimal>) -> Decimal {
    amounts.sum()
}

/// 1.2 when VAT is not recoverable.
fn vat_factor(s: &Scenario) -> Decimal {
    if s.vat_recoverable {
        Decimal::ONE
    } else {
        dec!(1.2)
    }
}

/// The option's steady-state cost as a function of its need, from the
/// document's formulas: `(fixed, per day a week)`.
fn affine(s: &Scenario, c: &Comparison, o: &OptionResult) -> Option<(Decimal, Decimal)> {
    let weeks = s.weeks_per_year;
    let vat = vat_factor(s);
    match o.kind {
        OptionKind::SharedTime
        | OptionKind::Freelance
        | OptionKind::Portage
        | OptionKind::InterimManager => Some((
            s.shared_travel_annual * vat + s.shared_coordination_annual,
            o.day_rate.unwrap() * weeks * vat,
        )),
        OptionKind::EmployerGroup => {
            // The group's payroll: no taxe sur les salaires (a group liable to VAT).
            let e = if s.salary_tax_due() {
                let mut group = *s;
                group.salary_tax = Some(false);
                hire_or_share::employer_cost(&group.employer_cost_input(s.gross_annual, dec!(100)))
                    .unwrap()
                    .total_employer_cost
            } else {
                c.full_time_hire.employer_cost.total_employer_cost
            };
            Some((
                s.employer_group_membership_annual + s.shared_coordination_annual,
                e / dec!(5) * (Decimal::ONE + s.employer_group_fee_percent / dec!(100)) * vat,
            ))
        }
        OptionKind::FullTimeHire | OptionKind::PartTimeHire => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The result's options keep the list's order, kinds and parameters.
    #[test]
    fn the_result_keeps_the_lists_order_and_kinds(s in scenario()) {
        let c = compare(&s).unwrap();
        let list = s.options.unwrap();
        prop_assert_eq!(c.options.len(), list.len());
        for (o, spec) in c.options.iter().zip(list.options()) {
            prop_assert_eq!(o.kind, spec.kind);
            let days = if spec.kind == OptionKind::FullTimeHire {
                dec!(5)
            } else {
                spec.days_per_week.unwrap_or(s.days_per_week)
            };
            prop_assert_eq!(o.days_per_week, days);
            let default_rate = match spec.kind {
                OptionKind::SharedTime => Some(s.day_rate),
                OptionKind::Freelance => Some(s.freelance_day_rate),
                OptionKind::Portage => Some(s.portage_day_rate),
                OptionKind::InterimManager => Some(s.interim_manager_day_rate),
                _ => None,
            };
            prop_assert_eq!(o.day_rate, spec.day_rate.or(default_rate));
            prop_assert_eq!(o.curve.len(), c.curve.len());
            prop_assert_eq!(o.horizon.len(), s.horizon_years as usize);
            prop_assert_eq!(o.horizon[0], o.cost.first_year_cost);
            prop_assert_eq!(o.break_even.is_none(), spec.kind == OptionKind::FullTimeHire);
        }
    }

    /// Each option's lines add up to its annual cost, its first-year lines to
    /// its first-year cost, and the first year is cash plus valued time.
    #[test]
    fn each_options_lines_add_up(s in scenario()) {
        let c = compare(&s).unwrap();
        for o in &c.options {
            let cost = &o.cost;
            prop_assert_eq!(sum(cost.lines.iter().map(|l| l.amount)), cost.annual_cost, "{}", o.kind);
            prop_assert_eq!(
                sum(cost.first_year_lines.iter().map(|l| l.amount)),
                cost.first_year_cost,
                "{}", o.kind
            );
            prop_assert_eq!(cost.first_year_cash + cost.first_year_valued_time, cost.first_year_cost);
            for l in cost.lines.iter().chain(&cost.first_year_lines) {
                prop_assert_eq!(l.amount.round_dp(2), l.amount, "{} {}", o.kind, l.id);
                // A formula in each language built (one only in a one-language build).
                prop_assert!(!(l.formula_en.is_empty() && l.formula_fr.is_empty()));
            }
            // The steady state is part of the first year (the hires' amortized
            // recruitment is replaced by the recruitment paid in full).
            if !o.kind.is_hire() {
                prop_assert_eq!(&cost.first_year_lines[..cost.lines.len()], &cost.lines[..]);
            }
            // A day of need: the full-time hire covers the need, the others their days.
            let days = if o.kind == OptionKind::FullTimeHire { s.days_per_week } else { o.days_per_week };
            prop_assert_eq!(cost.cost_per_day_of_need, cents(cost.annual_cost / (days * s.weeks_per_year)), "{}", o.kind);
        }
    }

    /// `cheapest_option` points to a smallest cost per day of need covered,
    /// the first on a tie; where every option covers the need, that is a
    /// smallest annual cost.
    #[test]
    fn cheapest_option_is_the_first_smallest_cost_per_day_of_need(s in scenario()) {
        let c = compare(&s).unwrap();
        let min = c.options.iter().map(|o| o.cost.cost_per_day_of_need).min().unwrap();
        let first = c.options.iter().position(|o| o.cost.cost_per_day_of_need == min).unwrap();
        prop_assert_eq!(c.cheapest_option, first);
        let covers_the_need = c.options.iter().all(|o| {
            o.kind == OptionKind::FullTimeHire || o.days_per_week == s.days_per_week
        });
        if covers_the_need {
            let min = c.options.iter().map(|o| o.cost.annual_cost).min().unwrap();
            prop_assert_eq!(c.options[c.cheapest_option].cost.annual_cost, min);
        }
    }

    /// A `shared-time` option with no parameters is the comparison's shared
    /// time, to the cent, with its break-evens; the same for the hires.
    #[test]
    fn a_plain_option_is_the_comparisons_own(s in scenario()) {
        let c = compare(&s).unwrap();
        let list = s.options.unwrap();
        for (o, spec) in c.options.iter().zip(list.options()) {
            if *spec != OptionSpec::of(spec.kind) {
                continue;
            }
            match spec.kind {
                OptionKind::SharedTime => {
                    prop_assert_eq!(&o.cost, &c.shared_time.cost);
                    let steady = match c.break_even.days_per_week {
                        Some(d) => Threshold::DaysPerWeek(d),
                        None => Threshold::None(c.break_even.reason.unwrap()),
                    };
                    prop_assert_eq!(o.break_even, Some(steady));
                    let first_year = match c.break_even.first_year_days_per_week {
                        Some(d) => Threshold::DaysPerWeek(d),
                        None => Threshold::None(c.break_even.first_year_reason.unwrap()),
                    };
                    prop_assert_eq!(o.first_year_break_even, Some(first_year));
                    let curve: Vec<Decimal> = c.curve.iter().map(|p| p.shared_time).collect();
                    prop_assert_eq!(&o.curve, &curve);
                    let horizon: Vec<Decimal> = c.horizon.iter().map(|y| y.shared_time).collect();
                    prop_assert_eq!(&o.horizon, &horizon);
                }
                OptionKind::FullTimeHire => prop_assert_eq!(&o.cost, &c.full_time_hire.cost),
                OptionKind::PartTimeHire => prop_assert_eq!(&o.cost, &c.part_time_hire.cost),
                _ => {}
            }
        }
    }

    /// For an option affine in the need with a break-even of `t` days a week,
    /// its steady cost meets the full-time hire's at `t`: `t` is the exact
    /// crossing rounded to the hundredth, so the hire's cost lies between
    /// the option's at `t − 0.005` and at `t + 0.005` (within a cent), and the
    /// option costs less below `t`, more above.
    #[test]
    fn the_break_even_is_where_the_costs_meet(s in scenario()) {
        let c = compare(&s).unwrap();
        let full = c.full_time_hire.cost.annual_cost;
        for o in &c.options {
            let Some((fixed, per_day)) = affine(&s, &c, o) else { continue };
            // The document's formula gives the option's own annual cost.
            let at_need = fixed + per_day * o.days_per_week;
            prop_assert!((at_need - o.cost.annual_cost).abs() <= dec!(0.03), "{} {} {}", o.kind, at_need, o.cost.annual_cost);
            match o.break_even {
                Some(Threshold::DaysPerWeek(t)) => {
                    prop_assert!(t > Decimal::ZERO && t <= dec!(5));
                    let cost = |d: Decimal| fixed + per_day * d;
                    prop_assert!(cost(t - dec!(0.005)) <= full + dec!(0.01), "{} at {}", o.kind, t);
                    prop_assert!(cost(t + dec!(0.005)) >= full - dec!(0.01), "{} at {}", o.kind, t);
                    prop_assert!((cost(t) - full).abs() <= per_day * dec!(0.005) + dec!(0.01));
                }
                // The crossing is past 5 days (rounded): cheaper up to 5.005.
                Some(Threshold::None(NoBreakEven::SharedCheaperAtEveryNeed)) => {
                    prop_assert!(fixed + per_day * dec!(5.005) <= full + dec!(0.01), "{}", o.kind);
                }
                Some(Threshold::None(NoBreakEven::HireCheaperAtEveryNeed)) => {
                    prop_assert!(fixed + per_day * dec!(0.005) >= full - dec!(0.01), "{}", o.kind);
                }
                None => prop_assert!(false, "{} has no break-even", o.kind),
            }
        }
    }

    /// A list of options round-trips through its text form and through JSON,
    /// alone and in a scenario.
    #[test]
    fn an_option_list_round_trips(list in list()) {
        let text = list.to_string();
        prop_assert_eq!(text.parse::<OptionList>().unwrap(), list);
        let json = serde_json::to_string(&list).unwrap();
        prop_assert_eq!(serde_json::from_str::<OptionList>(&json).unwrap(), list);
        let mut s = preset(Role::Daf);
        s.options = Some(list);
        let back: Scenario = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        prop_assert_eq!(back.options, Some(list));
        let mut by_text = preset(Role::Daf);
        by_text.set("options", &text).unwrap();
        prop_assert_eq!(by_text.options, Some(list));
        prop_assert_eq!(by_text.get("options"), Some(text));
    }
}

#[test]
fn a_list_of_nine_options_is_refused() {
    let eight = [OptionSpec::of(OptionKind::Freelance); OptionList::MAX_OPTIONS];
    assert_eq!(OptionList::new(&eight).unwrap().len(), 8);
    let nine = [OptionSpec::of(OptionKind::Freelance); 9];
    assert_eq!(OptionList::new(&nine).unwrap_err().field(), "options");
    assert_eq!(OptionList::new(&[]).unwrap_err().field(), "options");

    let text = ["freelance"; 9].join(",");
    assert_eq!(text.parse::<OptionList>().unwrap_err().field(), "options");
    let mut s = preset(Role::Daf);
    assert!(s.set("options", &text).is_err());
    assert!(s.set("options", &["freelance"; 8].join(",")).is_ok());

    let json = format!("[{}]", [r#"{"kind":"freelance"}"#; 9].join(","));
    assert!(serde_json::from_str::<OptionList>(&json).is_err());
    let scenario = format!(r#"{{ "role": "daf", "options": {json} }}"#);
    assert!(serde_json::from_str::<Scenario>(&scenario).is_err());
}

#[test]
fn two_offers_of_one_kind_stand_side_by_side() {
    let mut s = preset(Role::Daf);
    s.days_per_week = dec!(2);
    s.options = Some("shared-time:950x2,shared-time:1100x1.5".parse().unwrap());
    let c = compare(&s).unwrap();
    let annual: Vec<Decimal> = c.options.iter().map(|o| o.cost.annual_cost).collect();
    // 950 × 2 × 45 and 1 100 × 1.5 × 45.
    assert_eq!(annual, [dec!(85500.00), dec!(74250.00)]);
    // Per day of need covered, 950 € against 1 100 €: the first.
    assert_eq!(c.cheapest_option, 0);
    // Their labels read apart (in each language built).
    let labels = |o: &OptionResult| (o.label_fr.clone(), o.label_en.clone());
    assert_ne!(labels(&c.options[0]), labels(&c.options[1]));
}

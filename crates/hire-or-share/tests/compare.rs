//! The comparison: invariants as property tests, bad input, and snapshots of
//! the breakdowns. Worked examples by hand are the case files in
//! `tests/cases/` at the workspace root.

use hire_or_share::{Detail, NoBreakEven, Role, Scenario, compare, compare_with};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn at(role: Role, days: Decimal) -> Scenario {
    let mut s = Scenario::preset(role);
    s.days_per_week = days;
    s.date = Some(hire_or_share::date(2026, 7, 1));
    s
}

/// The steady-state break-even, with "none" mapped to its bound, so that
/// monotonicity can be checked across the whole range.
fn break_even(s: &Scenario) -> Decimal {
    let r = compare(s).unwrap();
    match (r.break_even.days_per_week, r.break_even.reason) {
        (Some(d), _) => d,
        (None, Some(NoBreakEven::SharedCheaperAtEveryNeed)) => dec!(99),
        (None, _) => Decimal::ZERO,
    }
}

fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Daf),
        Just(Role::Dsi),
        Just(Role::Drh),
        Just(Role::Marketing)
    ]
}

fn euros(min: i64, max: i64) -> impl Strategy<Value = Decimal> {
    (min..=max).prop_map(Decimal::from)
}

fn days() -> impl Strategy<Value = Decimal> {
    (1i64..=10).prop_map(|half_days| Decimal::new(half_days * 5, 1))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// More salary never lowers the break-even; a higher day rate never raises it.
    #[test]
    fn break_even_rises_with_salary_and_falls_with_the_day_rate(
        role in role(), a in euros(25_000, 300_000), b in euros(25_000, 300_000),
        rate_a in euros(300, 3_000), rate_b in euros(300, 3_000),
    ) {
        let mut low = at(role, dec!(1));
        let mut high = low;
        low.gross_annual = a.min(b);
        high.gross_annual = a.max(b);
        prop_assert!(break_even(&low) <= break_even(&high));
        let mut cheap = at(role, dec!(1));
        let mut dear = cheap;
        cheap.day_rate = rate_a.min(rate_b);
        dear.day_rate = rate_a.max(rate_b);
        prop_assert!(break_even(&cheap) >= break_even(&dear));
    }

    /// Every hire-side cost raises (or keeps) the break-even.
    #[test]
    fn break_even_rises_with_every_hire_cost(role in role(), extra in euros(1, 40_000), which in 0usize..7) {
        let base = at(role, dec!(1));
        let mut more = base;
        match which {
            0 => more.workspace_annual += extra,
            1 => more.equipment_annual += extra,
            2 => more.training_annual += extra,
            3 => more.manager_time_annual += extra,
            4 => more.recruitment_internal_cost += extra,
            5 => more.recruitment_fee_percent = (more.recruitment_fee_percent + extra / dec!(1000)).min(dec!(100)),
            _ => more.trial_failure_percent = (more.trial_failure_percent + extra / dec!(1000)).min(dec!(90)),
        }
        prop_assert!(break_even(&base) <= break_even(&more));
    }

    /// Shared time is linear in the days; the full-time hire does not depend
    /// on them; the part-time hire at 5 days is the full-time hire.
    #[test]
    fn shapes_of_the_costs(role in role(), d in days(), travel in euros(0, 5_000)) {
        let mut s = at(role, d);
        s.shared_travel_annual = travel;
        let r = compare(&s).unwrap();
        let one = compare(&{ let mut o = s; o.days_per_week = dec!(1); o }).unwrap();
        prop_assert_eq!(r.full_time_hire.cost.annual_cost, one.full_time_hire.cost.annual_cost);
        let per_day = one.shared_time.cost.annual_cost - travel;
        prop_assert_eq!(r.shared_time.cost.annual_cost, (per_day * d + travel).round_dp(2));
        for p in &r.curve {
            prop_assert_eq!(p.full_time_hire, r.full_time_hire.cost.annual_cost);
            prop_assert_eq!(p.shared_time, (per_day * p.days_per_week + travel).round_dp(2));
        }
        let last = r.curve.last().unwrap();
        prop_assert_eq!(last.days_per_week, dec!(5));
        prop_assert_eq!(last.part_time_hire, last.full_time_hire);
    }

    /// The curve crosses where the break-even says.
    #[test]
    fn the_curve_crosses_at_the_break_even(role in role(), gross in euros(40_000, 200_000), rate in euros(400, 2_000)) {
        let mut s = at(role, dec!(1));
        s.gross_annual = gross;
        s.day_rate = rate;
        let r = compare(&s).unwrap();
        for p in &r.curve {
            match r.break_even.days_per_week {
                Some(b) if p.days_per_week < b - dec!(0.01) => prop_assert!(p.shared_time < p.full_time_hire),
                Some(b) if p.days_per_week > b + dec!(0.01) => prop_assert!(p.shared_time > p.full_time_hire),
                Some(_) => {}
                None => match r.break_even.reason.unwrap() {
                    NoBreakEven::SharedCheaperAtEveryNeed => prop_assert!(p.shared_time <= p.full_time_hire),
                    NoBreakEven::HireCheaperAtEveryNeed => prop_assert!(p.shared_time >= p.full_time_hire),
                },
            }
        }
    }

    /// The first year of a hire costs at least its steady state; every total
    /// is the sum of its lines; the horizon adds up.
    #[test]
    fn first_year_and_totals(role in role(), d in days(), gross in euros(25_000, 250_000), exit: bool, tenure in 1i64..=15) {
        let mut s = at(role, d);
        s.gross_annual = gross;
        s.include_exit_cost = exit;
        s.expected_tenure_years = Decimal::from(tenure);
        s.horizon_years = 5;
        let r = compare(&s).unwrap();
        for cost in [&r.full_time_hire.cost, &r.part_time_hire.cost, &r.shared_time.cost] {
            prop_assert!(cost.first_year_cost >= cost.annual_cost);
            prop_assert_eq!(cost.annual_cost, cost.lines.iter().map(|l| l.amount).sum::<Decimal>());
            prop_assert_eq!(cost.first_year_cost, cost.first_year_lines.iter().map(|l| l.amount).sum::<Decimal>());
        }
        prop_assert_eq!(r.horizon.len(), 5);
        prop_assert_eq!(r.horizon[0].full_time_hire, r.full_time_hire.cost.first_year_cost);
        let total: Decimal = r.horizon.iter().map(|y| y.shared_time).sum();
        prop_assert_eq!(r.horizon[4].cumulative_shared_time, total);
        prop_assert_eq!(r.savings.amount, r.full_time_hire.cost.annual_cost - r.shared_time.cost.annual_cost);
    }

    /// The break-even salary and day rate are where the costs meet.
    #[test]
    fn break_even_salary_and_rate_meet_the_shared_cost(role in role(), d in days()) {
        let s = at(role, d);
        let r = compare(&s).unwrap();
        if let Some(gross) = r.break_even.gross_annual {
            let mut at_gross = s;
            at_gross.gross_annual = gross;
            let below = compare(&at_gross).unwrap();
            prop_assert!(below.full_time_hire.cost.annual_cost <= r.shared_time.cost.annual_cost + dec!(0.01));
            // To the euro: one more euro of salary costs more than shared time.
            at_gross.gross_annual = gross + dec!(1);
            let above = compare(&at_gross).unwrap();
            prop_assert!(above.full_time_hire.cost.annual_cost >= r.shared_time.cost.annual_cost - dec!(0.01));
        }
        if let Some(rate) = r.break_even.day_rate {
            let mut at_rate = s;
            at_rate.day_rate = rate;
            let meet = compare(&at_rate).unwrap();
            prop_assert!((meet.shared_time.cost.annual_cost - meet.full_time_hire.cost.annual_cost).abs() <= d * dec!(45) * dec!(0.01) + dec!(0.02));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Leaving out the break-even prices changes them, and nothing else.
    #[test]
    fn without_the_break_even_prices_every_other_figure_is_the_same(
        role in role(), d in days(), gross in euros(25_000, 250_000), rate in euros(300, 3_000),
    ) {
        let mut s = at(role, d);
        s.gross_annual = gross;
        s.day_rate = rate;
        let mut full = compare(&s).unwrap();
        let lighter = compare_with(&s, Detail::WithoutBreakEvenPrices).unwrap();
        prop_assert_eq!(lighter.break_even.day_rate, None);
        prop_assert_eq!(lighter.break_even.gross_annual, None);
        full.break_even.day_rate = None;
        full.break_even.gross_annual = None;
        prop_assert_eq!(lighter, full);
    }
}

#[test]
fn sensitivity_is_sorted_and_moves_the_right_way() {
    let r = compare(&at(Role::Daf, dec!(1))).unwrap();
    assert!(r.sensitivity.len() >= 10);
    assert!(r.sensitivity.windows(2).all(|w| w[0].impact >= w[1].impact));
    let rate = r.sensitivity.iter().find(|s| s.field == "dayRate").unwrap();
    assert!(rate.low_break_even.unwrap() > rate.high_break_even.unwrap());
    let salary = r
        .sensitivity
        .iter()
        .find(|s| s.field == "grossAnnual")
        .unwrap();
    assert!(salary.low_break_even.unwrap() < salary.high_break_even.unwrap());
    assert_eq!(salary.low_value, dec!(72000));
    assert_eq!(salary.high_value, dec!(108000));
}

#[test]
fn part_time_warns_below_24_hours() {
    let r = compare(&at(Role::Daf, dec!(3))).unwrap();
    assert_eq!(r.part_time_hire.weekly_hours, dec!(21));
    assert!(
        r.part_time_hire
            .warnings
            .iter()
            .any(|w| w.id == "below_24_hours")
    );
    let r = compare(&at(Role::Daf, dec!(4))).unwrap();
    assert_eq!(r.part_time_hire.weekly_hours, dec!(28));
    assert!(
        !r.part_time_hire
            .warnings
            .iter()
            .any(|w| w.id == "below_24_hours")
    );
}

#[test]
fn bad_input_names_the_field_and_the_range() {
    type Spoil = fn(&mut Scenario);
    let cases: [(&str, Spoil); 16] = [
        ("daysPerWeek", |s| s.days_per_week = dec!(0)),
        ("daysPerWeek", |s| s.days_per_week = dec!(6)),
        ("daysPerWeek", |s| s.days_per_week = dec!(1.3)),
        ("weeksPerYear", |s| s.weeks_per_year = dec!(0)),
        ("weeksPerYear", |s| s.weeks_per_year = dec!(53)),
        ("dayRate", |s| s.day_rate = dec!(0)),
        ("grossAnnual", |s| s.gross_annual = dec!(-1)),
        ("workspaceAnnual", |s| s.workspace_annual = dec!(-1)),
        ("recruitmentFeePercent", |s| {
            s.recruitment_fee_percent = dec!(101);
        }),
        ("trialFailurePercent", |s| {
            s.trial_failure_percent = dec!(95);
        }),
        ("expectedTenureYears", |s| {
            s.expected_tenure_years = dec!(0.5);
        }),
        ("timeToHireWeeks", |s| s.time_to_hire_weeks = dec!(-2)),
        ("absenceDays", |s| s.absence_days = dec!(150)),
        ("horizonYears", |s| s.horizon_years = 6),
        ("headcount", |s| s.headcount = 0),
        ("date", |s| s.date = Some(hire_or_share::date(2031, 1, 1))),
    ];
    for (field, spoil) in cases {
        let mut s = Scenario::default();
        spoil(&mut s);
        let err = compare(&s).unwrap_err();
        assert_eq!(err.field(), field, "{err}");
        let (fr, en) = (
            err.message(hire_or_share::Lang::Fr),
            err.message(hire_or_share::Lang::En),
        );
        assert!(fr.contains(field) && en.contains(field), "{fr} / {en}");
        assert!(!en.contains("value ("), "generic label in {en}");
    }
}

#[test]
fn json_with_unknown_or_malformed_fields_is_refused() {
    for bad in [
        r#"{"daysPerWek": "1"}"#,
        r#"{"role": "ceo"}"#,
        r#"{"daysPerWeek": "one"}"#,
        r#"{"headcount": -3}"#,
        r#"{"vatRecoverable": "yes"}"#,
        r"[]",
    ] {
        assert!(serde_json::from_str::<Scenario>(bad).is_err(), "{bad}");
    }
}

#[test]
fn breakdown_snapshots() {
    let r = compare(&at(Role::Daf, dec!(1))).unwrap();
    insta::assert_json_snapshot!(
        "daf_one_day_full_time_hire",
        (
            &r.full_time_hire.cost.lines,
            &r.full_time_hire.cost.first_year_lines
        )
    );
    insta::assert_json_snapshot!(
        "daf_one_day_shared_time",
        (
            &r.shared_time.cost.lines,
            &r.shared_time.cost.first_year_lines
        )
    );
    let mut association = at(Role::Marketing, dec!(2.5));
    association.vat_recoverable = false;
    association.include_exit_cost = true;
    let r = compare(&association).unwrap();
    insta::assert_json_snapshot!(
        "marketing_two_and_a_half_days_no_vat_recovery",
        (&r.part_time_hire, &r.shared_time.cost.lines)
    );
}

#[test]
fn null_is_refused_but_a_missing_field_takes_its_default() {
    assert!(serde_json::from_str::<Scenario>(r#"{"grossAnnual": null}"#).is_err());
    let s: Scenario = serde_json::from_str(r#"{"date": null}"#).unwrap();
    assert_eq!(s.date, None);
    let s: Scenario = serde_json::from_str("{}").unwrap();
    assert_eq!(s, Scenario::default());
}

#[test]
fn sensitivity_keeps_variations_that_leave_the_range_at_its_end() {
    let r = compare(&at(Role::Daf, dec!(1))).unwrap();
    let weeks = r
        .sensitivity
        .iter()
        .find(|s| s.field == "weeksPerYear")
        .unwrap();
    assert_eq!(weeks.low_value, dec!(36));
    assert_eq!(weeks.high_value, dec!(52)); // 54 brought back to the maximum
    assert!(weeks.low_break_even.unwrap() > weeks.high_break_even.unwrap());
}

#[test]
fn the_horizon_pays_each_recruitment_once() {
    let mut s = at(Role::Daf, dec!(1));
    s.horizon_years = 5;
    s.salary_growth_percent = dec!(0);
    s.expected_tenure_years = dec!(3);
    let r = compare(&s).unwrap();
    let full = &r.full_time_hire.cost;
    let running: Decimal = full
        .lines
        .iter()
        .filter(|l| l.id != "recruitment")
        .map(|l| l.amount)
        .sum();
    let once = full
        .first_year_lines
        .iter()
        .find(|l| l.id == "recruitment")
        .unwrap()
        .amount;
    // Years 2 and 3: running costs only; year 4: a new recruitment (the first
    // hire leaves after 3 years); year 5: running costs again.
    assert_eq!(r.horizon[1].full_time_hire, running);
    assert_eq!(r.horizon[2].full_time_hire, running);
    assert_eq!(r.horizon[3].full_time_hire, running + once);
    assert_eq!(r.horizon[4].full_time_hire, running);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Over salaries and day rates far from the presets (cents, exit cost,
    /// VAT not recoverable), the break-even salary is the last whole euro
    /// at which the hire costs no more than shared time.
    #[test]
    fn break_even_salary_is_exact_to_the_euro(
        role in role(), d in days(), gross in euros(22_405, 400_000), cents in 0i64..100,
        rate in euros(150, 3_000), exit: bool, vat: bool,
    ) {
        let mut s = at(role, d);
        s.gross_annual = gross + Decimal::new(cents, 2);
        s.day_rate = rate;
        s.include_exit_cost = exit;
        s.vat_recoverable = vat;
        let r = compare(&s).unwrap();
        if let Some(found) = r.break_even.gross_annual {
            prop_assert_eq!(found, found.trunc());
            let shared = r.shared_time.cost.annual_cost;
            let mut t = s;
            t.gross_annual = found;
            prop_assert!(compare(&t).unwrap().full_time_hire.cost.annual_cost <= shared + dec!(0.01));
            t.gross_annual = found + dec!(1);
            prop_assert!(compare(&t).unwrap().full_time_hire.cost.annual_cost >= shared - dec!(0.01));
        }
    }
}

#[test]
fn the_break_even_salary_is_never_below_the_smic() {
    let mut s = at(Role::Daf, dec!(0.5));
    s.day_rate = dec!(300);
    let r = compare(&s).unwrap();
    // Shared time costs 300 × 0.5 × 45 = 6 750 a year: no salary from the SMIC up costs as little.
    assert_eq!(r.break_even.gross_annual, None);
}

proptest! {
    /// A share link gives back exactly the scenario it was made from.
    #[test]
    fn share_links_round_trip(
        role in role(), d in days(), gross in euros(22_405, 1_000_000), rate in euros(100, 5_000),
        weeks in 1i64..=52, vat: bool, exit: bool, headcount in 1u32..=5000, cents in 0i64..100,
    ) {
        let mut s = at(role, d);
        s.gross_annual = gross + Decimal::new(cents, 2);
        s.day_rate = rate;
        s.weeks_per_year = Decimal::from(weeks);
        s.vat_recoverable = vat;
        s.include_exit_cost = exit;
        s.headcount = headcount;
        let query = s.to_query();
        let (back, ignored) = Scenario::from_query(&query, hire_or_share::Lang::Fr);
        prop_assert!(ignored.is_empty(), "{:?}", ignored);
        prop_assert_eq!(back, s);
    }
}

#[test]
fn the_largest_scenario_computes_over_five_years() {
    let mut s = at(Role::Daf, dec!(5));
    s.gross_annual = hire_or_share::payroll::MAX_GROSS_ANNUAL;
    s.day_rate = dec!(100000);
    s.horizon_years = 5;
    s.salary_growth_percent = dec!(100);
    s.day_rate_growth_percent = dec!(100);
    s.include_exit_cost = true;
    s.vat_recoverable = false;
    let r = compare(&s).unwrap();
    assert_eq!(r.horizon.len(), 5);
    assert!(r.horizon[4].full_time_hire > r.horizon[0].full_time_hire);
}

#[test]
fn a_bundle_adds_up_its_roles_and_prices_one_generalist() {
    use hire_or_share::{Bundle, compare_bundle};
    let daf = at(Role::Daf, dec!(1));
    let drh = at(Role::Drh, dec!(0.5));
    let marketing = at(Role::Marketing, dec!(1));
    let scenarios = vec![daf, drh, marketing];
    let result = compare_bundle(&Bundle {
        scenarios: scenarios.clone(),
        generalist_gross_annual: None,
    })
    .unwrap();
    let each: Vec<_> = scenarios.iter().map(|s| compare(s).unwrap()).collect();
    let shared: Decimal = each.iter().map(|r| r.shared_time.cost.annual_cost).sum();
    let hires: Decimal = each.iter().map(|r| r.full_time_hire.cost.annual_cost).sum();
    assert_eq!(result.shared_time.annual_cost, shared);
    assert_eq!(result.hire_each.annual_cost, hires);
    assert_eq!(result.total_days_per_week, dec!(2.5));
    // 1 000 × 1 × 45 + 1 000 × 0.5 × 45 + 900 × 1 × 45 = 108 000.
    assert_eq!(shared, dec!(108000.00));
    // The generalist: a full-time hire at the highest salary (the DAF's 90 000).
    assert_eq!(result.generalist_gross_annual, dec!(90000));
    assert_eq!(
        result.generalist.annual_cost,
        each[0].full_time_hire.cost.annual_cost
    );
    assert_eq!(
        result.savings_vs_generalist,
        result.generalist.annual_cost - shared
    );
    assert!(result.notices.iter().all(|n| n.id != "more_than_full_time"));

    let mut big = scenarios;
    for s in &mut big {
        s.days_per_week = dec!(2);
    }
    let over = compare_bundle(&Bundle {
        scenarios: big,
        generalist_gross_annual: Some(dec!(120000)),
    })
    .unwrap();
    assert_eq!(over.total_days_per_week, dec!(6));
    assert!(over.notices.iter().any(|n| n.id == "more_than_full_time"));
    assert_eq!(over.generalist_gross_annual, dec!(120000));

    let none = compare_bundle(&Bundle {
        scenarios: vec![],
        generalist_gross_annual: None,
    })
    .unwrap_err();
    assert_eq!(none.field(), "scenarios");
    let bad = compare_bundle(&Bundle {
        scenarios: vec![daf],
        generalist_gross_annual: Some(dec!(0)),
    })
    .unwrap_err();
    assert_eq!(bad.field(), "generalistGrossAnnual");
}

/// The non-profit allowance on the taxe sur les salaires is the company's:
/// in a bundle, the roles' recruits share it in order (each uses what the
/// ones before it left), the generalist has all of it; never counted twice.
#[test]
fn a_bundle_shares_one_allowance_among_its_roles() {
    use hire_or_share::{Bundle, compare_bundle, employer_cost};
    let taxed = |role| {
        let mut s = at(role, dec!(1));
        s.vat_recoverable = false;
        s
    };
    let tax_of = |s: &Scenario| -> Decimal {
        employer_cost(&s.employer_cost_input(s.gross_annual, dec!(100)))
            .unwrap()
            .lines
            .iter()
            .filter(|l| l.id.starts_with("taxe_salaires_"))
            .map(|l| l.amount)
            .sum()
    };
    let (daf, drh) = (taxed(Role::Daf), taxed(Role::Drh));
    let (daf_tax, drh_tax) = (tax_of(&daf), tax_of(&drh));
    // 82 000 € for the DRH: 9 950.87 € of tax, as METHODOLOGY.md works it out.
    assert_eq!(drh_tax, dec!(9950.87));
    let bundle = |allowance: Decimal| {
        let scenarios = [daf, drh]
            .map(|mut s| {
                s.salary_tax_allowance = allowance;
                s
            })
            .to_vec();
        compare_bundle(&Bundle {
            scenarios,
            generalist_gross_annual: None,
        })
        .unwrap()
    };
    let without = bundle(Decimal::ZERO);
    // More than the DAF's tax, less than both: the DAF's recruit uses its
    // whole tax, the DRH's what is left.
    let allowance = daf_tax + dec!(1000);
    let with = bundle(allowance);
    assert_eq!(
        with.roles[0].full_time_hire.annual_cost,
        without.roles[0].full_time_hire.annual_cost - daf_tax
    );
    assert_eq!(
        with.roles[1].full_time_hire.annual_cost,
        without.roles[1].full_time_hire.annual_cost - dec!(1000)
    );
    assert_eq!(
        with.hire_each.annual_cost,
        without.hire_each.annual_cost - allowance
    );
    // One generalist at the DAF's salary: the DAF's tax, all of it off.
    assert_eq!(
        with.generalist.annual_cost,
        without.generalist.annual_cost - daf_tax
    );
    // Shared time owes no tax: the allowance does not touch its fees (its
    // first year values the days before it starts at the recruit's cost of
    // a day, which the allowance lowers).
    assert_eq!(
        with.shared_time.annual_cost,
        without.shared_time.annual_cost
    );
}

proptest! {
    /// A scenario written as JSON and read back is the same scenario.
    #[test]
    fn scenario_json_round_trips(role in role(), d in days(), gross in euros(22_405, 1_000_000), exit: bool, weeks in 1i64..=52) {
        let mut s = at(role, d);
        s.gross_annual = gross;
        s.include_exit_cost = exit;
        s.weeks_per_year = Decimal::from(weeks);
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(serde_json::from_str::<Scenario>(&json).unwrap(), s);
    }
}

/// Found by the fuzzer: a crossing under 0.005 days a week used to round to
/// a break-even of 0 days. To the hundredth of a day, the hire is cheaper at
/// every need.
#[test]
fn a_break_even_under_a_hundredth_of_a_day_is_no_break_even() {
    // The fuzzer's case was a salary of 7 €; at the SMIC, the lowest salary
    // there is, the day rate must be higher for the same crossing.
    let mut s = at(Role::Drh, dec!(2));
    s.gross_annual = dec!(22404.20);
    s.day_rate = dec!(100000);
    s.weeks_per_year = dec!(52);
    s.workspace_annual = dec!(0);
    s.equipment_annual = dec!(0);
    s.training_annual = dec!(0);
    s.recruitment_fee_percent = dec!(0);
    s.meal_voucher_employer_share = dec!(0);
    s.transport_pass_monthly = dec!(0);
    s.health_plan_monthly = dec!(0);
    s.include_exit_cost = true;
    s.horizon_years = 5;
    let r = compare(&s).unwrap();
    assert_eq!(r.break_even.days_per_week, None);
    assert_eq!(
        r.break_even.reason,
        Some(hire_or_share::NoBreakEven::HireCheaperAtEveryNeed)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Each break-even of the sensitivity is the break-even of a comparison
    /// of the scenario with that one field moved: the shortcuts it takes
    /// (no new payroll unless the salary moves, no new hire when only shared
    /// time does) change nothing.
    #[test]
    fn sensitivity_break_evens_are_those_of_the_varied_scenarios(
        role in role(), d in days(), gross in euros(22_405, 400_000),
        rate in euros(150, 3_000), exit: bool, vat: bool,
    ) {
        let mut s = at(role, d);
        s.gross_annual = gross;
        s.day_rate = rate;
        s.include_exit_cost = exit;
        s.vat_recoverable = vat;
        let r = compare(&s).unwrap();
        prop_assert!(r.sensitivity.len() >= 10);
        for v in &r.sensitivity {
            for (value, expected) in [
                (v.low_value, v.low_break_even),
                (v.high_value, v.high_break_even),
            ] {
                let mut varied = s;
                varied.set(v.field, &value.to_string()).unwrap();
                let got = compare(&varied).unwrap().break_even.days_per_week;
                prop_assert_eq!(got, expected, "{} = {}", v.field, value);
            }
        }
    }
}

/// A scenario's salary starts at the full-time SMIC of its rules, at the
/// cent; at the SMIC, the part-time recruit of each half day is paid the
/// SMIC pro-rated to its working time, and the sensitivity's −20 % salary
/// stays at the SMIC and says so.
#[test]
fn a_scenario_salary_starts_at_the_smic() {
    for (date, smic) in [
        (hire_or_share::date(2026, 2, 1), dec!(21876.40)),
        (hire_or_share::date(2026, 9, 1), dec!(22404.20)),
    ] {
        let mut s = at(Role::Daf, dec!(1));
        s.date = Some(date);
        s.gross_annual = smic - dec!(0.01);
        let err = compare(&s).unwrap_err();
        assert_eq!(err.field(), "grossAnnual");
        assert!(
            matches!(err.kind(), hire_or_share::ErrorKind::BelowMinimumWage { minimum, .. } if *minimum == smic)
        );
        s.gross_annual = smic;
        for half_days in 1..=10i64 {
            s.days_per_week = Decimal::new(half_days * 5, 1);
            let r = compare(&s).unwrap();
            assert_eq!(
                r.part_time_hire.gross_annual,
                (smic * Decimal::from(half_days) / dec!(10)).round_dp(2)
            );
            let salary = r
                .sensitivity
                .iter()
                .find(|row| row.field == "grossAnnual")
                .unwrap();
            assert!(salary.low_at_minimum_wage);
            assert_eq!(salary.low_value, smic);
        }
    }
    // Well above the SMIC, the −20 % is the salary −20 %.
    let r = compare(&at(Role::Daf, dec!(1))).unwrap();
    let salary = r
        .sensitivity
        .iter()
        .find(|row| row.field == "grossAnnual")
        .unwrap();
    assert!(!salary.low_at_minimum_wage);
    assert_eq!(salary.low_value, salary.value * dec!(0.8));
}

/// The taxe sur les salaires follows VAT unless set apart from it (issue
/// #24): a DRH at 82 000 € whose employer cannot recover VAT costs it,
/// 9 950.87 € a year (worked out in tests/payroll.rs).
#[test]
fn the_salary_tax_follows_vat_unless_set() {
    let tax = |vat_recoverable: bool, salary_tax: Option<bool>| {
        let mut s = at(Role::Drh, dec!(1));
        s.vat_recoverable = vat_recoverable;
        s.salary_tax = salary_tax;
        let r = compare(&s).unwrap();
        r.full_time_hire
            .employer_cost
            .lines
            .iter()
            .filter(|l| l.id.starts_with("taxe_salaires"))
            .map(|l| l.amount)
            .sum::<Decimal>()
    };
    assert_eq!(tax(true, None), Decimal::ZERO);
    assert_eq!(tax(false, None), dec!(9950.87));
    assert_eq!(tax(false, Some(false)), Decimal::ZERO);
    assert_eq!(tax(true, Some(true)), dec!(9950.87));
    // As text, "" leaves it to VAT.
    let mut s = at(Role::Drh, dec!(1));
    s.set("salaryTax", "true").unwrap();
    assert_eq!(s.salary_tax, Some(true));
    assert_eq!(s.get("salaryTax").as_deref(), Some("true"));
    s.set("salaryTax", "").unwrap();
    assert_eq!((s.salary_tax, s.salary_tax_due()), (None, false));
    assert!(s.set("salaryTax", "maybe").is_err());
    // The part-time hire bears it too, on its own pay.
    let cost = |vat_recoverable: bool| {
        let mut s = at(Role::Drh, dec!(2));
        s.vat_recoverable = vat_recoverable;
        s.salary_tax = Some(!vat_recoverable);
        compare(&s).unwrap().part_time_hire.cost.annual_cost
    };
    assert!(cost(false) > cost(true) + dec!(3000));
}

/// Where the company is (issue #24): a zone sets the mobility levy, the
/// transport pass and the office cost, with their sources; fields given
/// override them, whatever their order; links and JSON read it back.
#[test]
fn a_location_sets_its_values_and_fields_given_override_them() {
    use hire_or_share::Location;
    let s = Scenario::preset(Role::Daf);
    assert_eq!(s.location, Some(Location::Paris));
    assert_eq!(
        (
            s.mobility_rate_percent,
            s.transport_pass_monthly,
            s.workspace_annual
        ),
        (dec!(3.20), dec!(90.80), dec!(11051))
    );
    let zones = [
        ("ile-de-france", dec!(1.60), dec!(90.80), dec!(9000)),
        ("large-city", dec!(2.00), dec!(74.10), dec!(7000)),
        ("elsewhere", dec!(0), dec!(0), dec!(6000)),
    ];
    for (key, mobility, pass, office) in zones {
        // The zone after a field it sets, in a form's order: the field wins.
        let s = Scenario::from_fields([("workspaceAnnual", "5000"), ("location", key)]).unwrap();
        assert_eq!(s.location.map(Location::key), Some(key));
        assert_eq!(
            (s.mobility_rate_percent, s.transport_pass_monthly),
            (mobility, pass)
        );
        assert_eq!(s.workspace_annual, dec!(5000));
        let json = format!(r#"{{"location": "{key}", "transportPassMonthly": "50"}}"#);
        let from_json: Scenario = serde_json::from_str(&json).unwrap();
        assert_eq!(
            (from_json.workspace_annual, from_json.transport_pass_monthly),
            (office, dec!(50))
        );
        let (back, ignored) = Scenario::from_query(&s.to_query(), hire_or_share::Lang::En);
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(back, s);
    }
    // The office line cites the zone's source.
    let mut s = at(Role::Daf, dec!(1));
    s.set("location", "elsewhere").unwrap();
    let r = compare(&s).unwrap();
    let office = r
        .full_time_hire
        .cost
        .lines
        .iter()
        .find(|l| l.id == "workspace")
        .unwrap();
    assert!(office.source.unwrap().title.contains("Buzzy Ratios 2019"));
    // A zone that does not exist is refused, naming the field.
    let err = Scenario::from_fields([("location", "mars")]).unwrap_err();
    assert_eq!(err.field(), "location");
    assert!(err.message(hire_or_share::Lang::En).contains("large-city"));
    // Paris at 50 employees: the mobility levy at 3.20 %.
    let mut s = at(Role::Daf, dec!(1));
    s.headcount = 50;
    let r = compare(&s).unwrap();
    let vm = r
        .full_time_hire
        .employer_cost
        .lines
        .iter()
        .find(|l| l.id == "versement_mobilite")
        .unwrap();
    assert_eq!((vm.rate, vm.amount), (dec!(3.20), dec!(2880.00)));
}

/// A finance director's objections (issue #24), on the DAF preset at one day
/// a week (the current defaults, 2026-12c, as 2026-12b, Paris), worked by hand from
/// daf-one-day.json.
#[test]
fn days_on_one_basis_cash_apart_and_the_usual_exits() {
    let s = at(Role::Daf, dec!(1));
    let r = compare(&s).unwrap();
    let (full, shared) = (&r.full_time_hire.cost, &r.shared_time.cost);
    // Both bases: the recruit's 212 days, shared time's 1 × 45 days of need;
    // per day of need, the hire costs its break-even day rate.
    assert_eq!(r.full_time_hire.productive_days, dec!(212));
    assert_eq!(r.shared_time.days_per_year, dec!(45));
    assert_eq!(full.cost_per_day_of_need, dec!(3460.27)); // 155 712.07 ÷ 45
    assert_eq!(Some(full.cost_per_day_of_need), r.break_even.day_rate);
    assert_eq!(shared.cost_per_day_of_need, dec!(1000.00));
    // Cash first: the first year less the ramp-up (18 657.56) and the vacancy (18 362.25).
    assert_eq!(full.first_year_valued_time, dec!(37019.81));
    assert_eq!(full.first_year_cash, dec!(168615.30));
    assert_eq!(
        full.first_year_cash + full.first_year_valued_time,
        full.first_year_cost
    );
    // Shared time: getting to know the company (1 000) and the start (1 468.98) are time.
    assert_eq!(shared.first_year_valued_time, dec!(2468.98));
    assert_eq!(shared.first_year_cash, dec!(45000.00));

    let exit = |rupture: bool| {
        let mut s = at(Role::Daf, dec!(1));
        s.include_exit_cost = true;
        s.rupture_conventionnelle = rupture;
        let r = compare(&s).unwrap();
        r.full_time_hire
            .cost
            .lines
            .into_iter()
            .find(|l| l.id == "exit_cost")
            .unwrap()
    };
    // Legal severance after 3 years: 3 × 1/4 month = 0.75 month, over 3 years.
    assert_eq!(exit(false).amount, dec!(1875.00)); // 90 000 ÷ 12 × 0.75 ÷ 3
    let rupture = exit(true);
    assert_eq!(rupture.amount, dec!(2625.00)); // × (1 + 40 %)
    assert!(rupture.source.unwrap().title.contains("L137-12"));

    // A firm's guarantee: the fee once (18 000), the failed trials' running
    // costs, 7 % ÷ 93 % × 149 260.46 × 4 ÷ 12 = 3 744.89, and a second vacancy.
    let mut g = at(Role::Daf, dec!(1));
    g.recruitment_guarantee = true;
    let r = compare(&g).unwrap();
    let line = |lines: &[hire_or_share::CostLine], id: &str| {
        lines.iter().find(|l| l.id == id).unwrap().amount
    };
    let first = &r.full_time_hire.cost.first_year_lines;
    assert_eq!(line(first, "recruitment"), dec!(21744.89));
    assert_eq!(
        line(&r.full_time_hire.cost.lines, "recruitment"),
        dec!(7248.30)
    );
    // The steady state is 156 508.76 (the recruitment amortized 7 248.30 in
    // place of 6 451.61), so a productive day 738.25 and the two vacancies
    // 25 weeks × 1 day × 738.25 ÷ 93 %.
    assert_eq!(r.full_time_hire.cost.annual_cost, dec!(156508.76));
    assert_eq!(line(first, "vacancy"), dec!(19845.43));
}

/// A link's zone sets its values wherever it stands in the query: the
/// parameters given override them.
#[test]
fn a_links_zone_comes_first_wherever_it_stands() {
    let (s, ignored) = Scenario::from_query(
        "v=1&workspace-annual=5000&location=elsewhere",
        hire_or_share::Lang::En,
    );
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(
        (s.workspace_annual, s.mobility_rate_percent),
        (dec!(5000), dec!(0))
    );
}

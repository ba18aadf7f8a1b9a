//! Employer cost: worked examples, invariants, bad input and a snapshot of a
//! full breakdown. The line-by-line agreement with the official engine is in
//! the workspace tests (`tests/official.rs`).

use hire_or_share::{EmployerCostInput, ErrorKind, Lang, Payer, employer_cost};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn july(gross: Decimal) -> EmployerCostInput {
    let mut input = EmployerCostInput::new(gross);
    input.date = Some(hire_or_share::date(2026, 7, 1));
    input
}

fn line(cost: &hire_or_share::EmployerCost, id: &str, payer: Payer) -> Decimal {
    cost.lines
        .iter()
        .filter(|l| l.id == id && l.payer == payer)
        .map(|l| l.amount)
        .sum()
}

/// A cadre at 55 000 € in a company of 50, worked by hand from the 2026 rates.
#[test]
fn cadre_55000_headcount_50_by_hand() {
    let mut input = july(dec!(55000));
    input.headcount = 50;
    let cost = employer_cost(&input).unwrap();
    // Bases: T1 = PASS = 48 060; T2 = 55 000 − 48 060 = 6 940.
    assert_eq!(line(&cost, "maladie", Payer::Employer), dec!(7150.00)); // 13 % × 55 000
    assert_eq!(
        line(&cost, "vieillesse_plafonnee", Payer::Employer),
        dec!(4109.13)
    ); // 8.55 % × 48 060
    assert_eq!(
        line(&cost, "vieillesse_plafonnee", Payer::Employee),
        dec!(3316.14)
    ); // 6.90 % × 48 060
    assert_eq!(line(&cost, "agirc_arrco_t2", Payer::Employer), dec!(898.73)); // 12.95 % × 6 940
    assert_eq!(line(&cost, "cet", Payer::Employer), dec!(115.50)); // 0.21 % × 55 000
    assert_eq!(line(&cost, "fnal", Payer::Employer), dec!(275.00)); // 0.50 % × 55 000, from 50
    assert_eq!(line(&cost, "peec", Payer::Employer), dec!(247.50)); // 0.45 %, from 50
    // Forfait social: 8 % × (1.5 % × 48 060 + 240) = 8 % × 960.90.
    assert_eq!(line(&cost, "forfait_social", Payer::Employer), dec!(76.87));
    // RGDU, with the SMIC of 1 January all year (CSS D241-7 as amended in
    // June 2026): 3 × SMIC = 3 × 12.02 × 1 820 = 65 629.20;
    // 0.02 + 0.3821 × (½ × (65 629.20 / 55 000 − 1))^1.75 = 0.02636… → 0.0264.
    assert_eq!(cost.rgdu_detail.coefficient, dec!(0.0264));
    assert_eq!(cost.rgdu, dec!(1452.00));
    assert_eq!(line(&cost, "rgdu", Payer::Employer), dec!(-1452.00));
    assert_eq!(cost.rgdu_detail.threshold_annual, dec!(65629.20));
    // CSG base: 98.25 % × 55 000 + 720.90 + 240 = 55 998.40.
    assert_eq!(
        line(&cost, "csg_deductible", Payer::Employee),
        dec!(3739.89)
    );
    assert_eq!(cost.total_employer_cost, dec!(79029.56));
    assert_eq!(cost.net_before_income_tax, dec!(43197.04));
    assert_eq!(cost.period.name, "2026-06");
}

/// A non-cadre at the SMIC in force in a company of 10: the RGDU, computed
/// with January's SMIC, just below its maximum.
#[test]
fn non_cadre_at_the_smic_headcount_10() {
    let mut input = july(dec!(22404.20));
    input.cadre = false;
    input.headcount = 10;
    let cost = employer_cost(&input).unwrap();
    // 0.02 + 0.3781 × (½ × (65 629.20 / 22 404.20 − 1))^1.75 = 0.37500… → 0.375
    assert_eq!(cost.rgdu_detail.coefficient, dec!(0.375));
    assert_eq!(cost.rgdu, dec!(8401.58)); // 0.375 × 22 404.20 = 8 401.575
    assert_eq!(
        line(&cost, "formation_professionnelle", Payer::Employer),
        dec!(123.22)
    ); // 0.55 %
    assert_eq!(line(&cost, "apec", Payer::Employer), Decimal::ZERO);
    assert_eq!(
        line(&cost, "forfait_social", Payer::Employer),
        Decimal::ZERO
    ); // below 11
    assert_eq!(
        line(&cost, "versement_mobilite", Payer::Employer),
        Decimal::ZERO
    );
}

/// January rules: SMIC 12.02 €/h, so 3 × SMIC = 65 629.20.
#[test]
fn january_rules_use_the_january_smic() {
    let mut input = EmployerCostInput::new(dec!(65629.19));
    input.date = Some(hire_or_share::date(2026, 3, 1));
    let below = employer_cost(&input).unwrap();
    assert_eq!(below.period.name, "2026-01");
    assert_eq!(below.rgdu_detail.threshold_annual, dec!(65629.20));
    assert_eq!(below.rgdu_detail.coefficient, dec!(0.02));
    input.gross_annual = dec!(65629.20);
    assert_eq!(employer_cost(&input).unwrap().rgdu, Decimal::ZERO);
}

/// The cliff: one euro above 3 × SMIC, the employer pays about 2 % of the
/// salary more; the result says so. From June 2026 too, the SMIC is
/// January's (3 × 12.02 × 1 820 = 65 629.20).
#[test]
fn the_rgdu_cliff_is_visible() {
    let below = employer_cost(&july(dec!(65628.20))).unwrap();
    let above = employer_cost(&july(dec!(65629.20))).unwrap();
    assert_eq!(below.rgdu, dec!(1312.56));
    assert_eq!(above.rgdu, Decimal::ZERO);
    assert_eq!(above.rgdu_detail.cliff_amount, dec!(1312.58));
    let jump = above.total_employer_cost - below.total_employer_cost;
    assert!(jump > dec!(1312) && jump < dec!(1314), "{jump}");
}

/// The decree of June 2026: from the SMIC in force up, both 2026 periods
/// give the same employer cost; the figures (headcount 20).
#[test]
fn both_2026_periods_agree_from_the_june_smic_up() {
    let cost = |gross: Decimal, month: u8| {
        let mut input = EmployerCostInput::new(gross);
        input.date = Some(hire_or_share::date(2026, month, 1));
        employer_cost(&input).unwrap()
    };
    for gross in [
        dec!(22404.20),
        dec!(23000),
        dec!(30000),
        dec!(55000),
        dec!(65629.19),
        dec!(66000),
        dec!(90000),
    ] {
        let (january, june) = (cost(gross, 3), cost(gross, 7));
        assert_eq!(january.rgdu, june.rgdu, "{gross}");
        assert_eq!(
            january.total_employer_cost, june.total_employer_cost,
            "{gross}"
        );
    }
    assert_eq!(cost(dec!(23000), 7).rgdu, dec!(8073.00));
    assert_eq!(cost(dec!(30000), 7).rgdu, dec!(5157.00));
    assert_eq!(cost(dec!(55000), 7).rgdu, dec!(1446.50));
    assert_eq!(cost(dec!(66000), 7).rgdu, Decimal::ZERO);
}

/// The AT/MP support-function rate: 0.64 % below 20 employees when asked
/// for, the establishment's rate from 20.
#[test]
fn the_support_function_rate_applies_below_20_employees() {
    let at = |headcount: u32| {
        let mut input = july(dec!(85000));
        input.headcount = headcount;
        input.at_mp_support_function = true;
        employer_cost(&input).unwrap()
    };
    assert_eq!(line(&at(10), "at_mp", Payer::Employer), dec!(544.00)); // 0.64 % × 85 000
    assert_eq!(line(&at(19), "at_mp", Payer::Employer), dec!(544.00));
    assert_eq!(line(&at(20), "at_mp", Payer::Employer), dec!(1768.00)); // 2.08 %
    let support = at(10).lines.into_iter().find(|l| l.id == "at_mp").unwrap();
    assert!(
        support.source.title.contains("fonctions support"),
        "{}",
        support.source.title
    );
}

#[test]
fn thresholds_by_headcount() {
    let at = |headcount: u32, mobility: Decimal| {
        let mut input = july(dec!(40000));
        input.headcount = headcount;
        input.mobility_rate_percent = mobility;
        employer_cost(&input).unwrap()
    };
    assert_eq!(
        line(&at(10, dec!(3.2)), "versement_mobilite", Payer::Employer),
        Decimal::ZERO
    );
    assert_eq!(
        line(&at(11, dec!(3.2)), "versement_mobilite", Payer::Employer),
        dec!(1280.00)
    );
    assert_eq!(
        line(
            &at(10, dec!(0)),
            "formation_professionnelle",
            Payer::Employer
        ),
        dec!(220.00)
    );
    assert_eq!(
        line(
            &at(11, dec!(0)),
            "formation_professionnelle",
            Payer::Employer
        ),
        dec!(400.00)
    );
    assert_eq!(line(&at(49, dec!(0)), "fnal", Payer::Employer), dec!(40.00));
    assert_eq!(
        line(&at(50, dec!(0)), "fnal", Payer::Employer),
        dec!(200.00)
    );
    assert_eq!(
        line(
            &at(249, dec!(0)),
            "contribution_supplementaire_apprentissage",
            Payer::Employer
        ),
        Decimal::ZERO
    );
    assert_eq!(
        line(
            &at(250, dec!(0)),
            "contribution_supplementaire_apprentissage",
            Payer::Employer
        ),
        dec!(160.00)
    );
    assert_eq!(
        line(
            &at(2000, dec!(0)),
            "contribution_supplementaire_apprentissage",
            Payer::Employer
        ),
        dec!(240.00)
    );
}

#[test]
fn bad_input_names_the_field_and_the_range() {
    type Spoil = Box<dyn Fn(&mut EmployerCostInput)>;
    let cases: Vec<(&str, Spoil)> = vec![
        ("grossAnnual", Box::new(|i| i.gross_annual = dec!(0))),
        ("grossAnnual", Box::new(|i| i.gross_annual = dec!(-55000))),
        (
            "grossAnnual",
            Box::new(|i| i.gross_annual = dec!(10000000.01)),
        ),
        ("grossAnnual", Box::new(|i| i.gross_annual = Decimal::MAX)),
        ("headcount", Box::new(|i| i.headcount = 0)),
        ("headcount", Box::new(|i| i.headcount = u32::MAX)),
        (
            "mobilityRatePercent",
            Box::new(|i| i.mobility_rate_percent = dec!(-0.1)),
        ),
        (
            "mobilityRatePercent",
            Box::new(|i| i.mobility_rate_percent = dec!(10.5)),
        ),
        (
            "atMpRatePercent",
            Box::new(|i| i.at_mp_rate_percent = dec!(101)),
        ),
        (
            "healthPlanMonthly",
            Box::new(|i| i.health_plan_monthly = dec!(-1)),
        ),
        (
            "healthPlanEmployerSharePercent",
            Box::new(|i| i.health_plan_employer_share_percent = dec!(100.01)),
        ),
        (
            "apprenticeRatioPercent",
            Box::new(|i| i.apprentice_ratio_percent = dec!(-3)),
        ),
        (
            "date",
            Box::new(|i| i.date = Some(hire_or_share::date(2025, 12, 31))),
        ),
        (
            "date",
            Box::new(|i| i.date = Some(hire_or_share::date(2027, 1, 1))),
        ),
    ];
    for (field, spoil) in cases {
        let mut input = EmployerCostInput::default();
        spoil(&mut input);
        let err = employer_cost(&input).unwrap_err();
        assert_eq!(err.field(), field, "{err}");
        let (fr, en) = (err.message(Lang::Fr), err.message(Lang::En));
        assert!(fr.contains(field) && en.contains(field), "{fr} / {en}");
        match err.kind() {
            ErrorKind::OutOfRange { .. } => {
                assert!(en.contains("is not between"), "{en}");
                assert!(fr.contains("n'est pas compris entre"), "{fr}");
            }
            ErrorKind::UnknownPeriod { first, last, .. } => {
                assert_eq!(
                    (*first, *last),
                    (
                        hire_or_share::date(2026, 1, 1),
                        hire_or_share::date(2026, 12, 31)
                    )
                );
                assert!(en.contains("from 2026-01-01 to 2026-12-31"), "{en}");
            }
            ErrorKind::BelowMinimumWage { minimum, .. } => {
                assert!(
                    en.contains("below the full-time minimum wage (SMIC)"),
                    "{en}"
                );
                assert!(fr.contains("est inférieur au SMIC à temps plein"), "{fr}");
                assert_eq!(*minimum, dec!(22404.20));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[test]
fn the_largest_salary_computes_without_overflow() {
    let mut input = july(hire_or_share::payroll::MAX_GROSS_ANNUAL);
    input.headcount = hire_or_share::payroll::MAX_HEADCOUNT;
    input.mobility_rate_percent = dec!(10);
    input.at_mp_rate_percent = dec!(100);
    input.health_plan_monthly = dec!(10000);
    let cost = employer_cost(&input).unwrap();
    assert!(cost.total_employer_cost > dec!(10000000));
}

#[test]
fn breakdown_snapshot() {
    let mut input = july(dec!(55000));
    input.headcount = 50;
    input.mobility_rate_percent = dec!(3.2);
    let cost = employer_cost(&input).unwrap();
    insta::assert_json_snapshot!("cadre_55000_headcount_50_paris", cost);
}

fn gross() -> impl Strategy<Value = Decimal> {
    // From the annual SMIC of the rules of `july` (12.31 € × 1 820 h) up.
    (2_240_420u64..=100_000_000u64).prop_map(|cents| Decimal::new(i64::try_from(cents).unwrap(), 2))
}

fn headcount() -> impl Strategy<Value = u32> {
    prop_oneof![1u32..=300, Just(2000), 10u32..=12, 48u32..=51, 248u32..=251]
}

proptest! {
    /// The non-profit allowance takes off the recruit's taxe sur les
    /// salaires exactly what is left of it, never more than the tax: the
    /// cost with the tax and the allowance is the cost with the tax less
    /// the smaller of the two, and never below the cost without the tax.
    #[test]
    fn the_allowance_takes_off_at_most_the_tax(gross in gross(), cents in 0i64..=2_425_600) {
        let allowance = Decimal::new(cents, 2);
        let mut input = july(gross);
        let untaxed = employer_cost(&input).unwrap().total_employer_cost;
        input.salary_tax = true;
        let taxed = employer_cost(&input).unwrap().total_employer_cost;
        input.salary_tax_allowance = allowance;
        let allowed = employer_cost(&input).unwrap().total_employer_cost;
        prop_assert_eq!(allowed, taxed - (taxed - untaxed).min(allowance));
        prop_assert!(allowed >= untaxed);
    }

    /// Every total is the sum of its lines.
    #[test]
    fn totals_are_sums_of_lines(gross in gross(), headcount in headcount(), cadre: bool) {
        let mut input = july(gross);
        input.headcount = headcount;
        input.cadre = cadre;
        let cost = employer_cost(&input).unwrap();
        let employer: Decimal = cost.lines.iter().filter(|l| l.payer == Payer::Employer).map(|l| l.amount).sum();
        let employee: Decimal = cost.lines.iter().filter(|l| l.payer == Payer::Employee).map(|l| l.amount).sum();
        prop_assert_eq!(cost.employer_contributions, employer);
        prop_assert_eq!(cost.employee_contributions, employee);
        prop_assert_eq!(cost.total_employer_cost, gross + employer);
        prop_assert_eq!(cost.net_before_income_tax, gross - employee);
        prop_assert_eq!(-line(&cost, "rgdu", Payer::Employer), cost.rgdu);
    }

    /// More salary never costs the employer less: the total employer cost is
    /// non-decreasing in the gross salary, across the RGDU cliff too (where it
    /// jumps up).
    #[test]
    fn more_salary_never_costs_less(a in gross(), b in gross(), headcount in headcount(), cadre: bool) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let cost = |gross| {
            let mut input = july(gross);
            input.headcount = headcount;
            input.cadre = cadre;
            employer_cost(&input).unwrap()
        };
        let (low, high) = (cost(low), cost(high));
        prop_assert!(low.total_employer_cost <= high.total_employer_cost,
            "{} costs {} but {} costs {}", low.gross_annual, low.total_employer_cost, high.gross_annual, high.total_employer_cost);
        prop_assert!(low.rgdu_detail.coefficient >= high.rgdu_detail.coefficient);
    }

    /// Just below the threshold the reduction is worth the cliff amount, to
    /// within the 4-decimal rounding of the coefficient.
    #[test]
    fn the_cliff_amount_is_what_crossing_the_threshold_loses(cents_below in 1i64..=500, headcount in headcount()) {
        let mut input = july(dec!(65629.20) - Decimal::new(cents_below, 2));
        input.headcount = headcount;
        let cost = employer_cost(&input).unwrap();
        prop_assert_eq!(cost.rgdu_detail.coefficient, dec!(0.02));
        prop_assert!((cost.rgdu - cost.rgdu_detail.cliff_amount).abs() <= dec!(0.11));
    }
}

/// The SMIC is the floor at the cent, in both periods of 2026, full time
/// and pro-rated at each half day of part time (10 % of full time a half day).
#[test]
fn the_smic_is_the_floor_at_the_cent() {
    // Hourly SMIC × 1 820 h: 12.02 € from 1 January, 12.31 € from 1 June.
    for (date, smic, words) in [
        (
            hire_or_share::date(2026, 3, 1),
            dec!(21876.40),
            "1er janvier 2026",
        ),
        (
            hire_or_share::date(2026, 7, 1),
            dec!(22404.20),
            "1er juin 2026",
        ),
    ] {
        for half_days in 1..=10u32 {
            let work_time = Decimal::from(half_days * 10);
            let minimum = (smic * work_time / dec!(100)).round_dp(2);
            let mut input = EmployerCostInput::new(minimum);
            input.date = Some(date);
            input.work_time_percent = work_time;
            assert_eq!(
                input.minimum_gross_annual(
                    &hire_or_share::rules::PERIODS[usize::from(date.month() > 5)]
                ),
                minimum
            );
            assert!(employer_cost(&input).is_ok(), "{minimum} at {work_time} %");
            input.gross_annual = minimum - dec!(0.01);
            let err = employer_cost(&input).unwrap_err();
            assert_eq!(err.field(), "grossAnnual");
            let ErrorKind::BelowMinimumWage {
                value,
                minimum: floor,
                work_time_percent,
                rules_start,
            } = err.kind()
            else {
                panic!("{err}");
            };
            assert_eq!(
                (*value, *floor, *work_time_percent),
                (minimum - dec!(0.01), minimum, work_time)
            );
            assert_eq!(rules_start.month(), if date.month() > 5 { 6 } else { 1 });
            let fr = err.message(Lang::Fr).replace('\u{a0}', " ");
            assert!(fr.contains(words) && fr.contains("L3231-2"), "{fr}");
            if half_days < 10 {
                assert!(
                    fr.contains(&format!(
                        "au SMIC pour {} % d'un temps plein",
                        half_days * 10
                    )),
                    "{fr}"
                );
            }
        }
    }
    // In words, at full time in June.
    let mut input = july(dec!(22404.19));
    input.work_time_percent = dec!(100);
    assert_eq!(
        employer_cost(&input)
            .unwrap_err()
            .message(Lang::En)
            .replace('\u{a0}', " "),
        "gross annual salary (grossAnnual): 22,404.19 € is below the full-time minimum wage (SMIC), \
         22,404.20 € a year (rules of 1 June 2026, Code du travail art. L3231-2)"
    );
}

/// The taxe sur les salaires (CGI art. 231), worked by hand for a DRH at
/// 82 000 € (cadre, 20 employees): its base is the CSG base without the
/// allowance, 82 000 + 720.90 (prévoyance cadres) + 240 (health) =
/// 82 960.90; 4.25 % × 9 229 = 392.23; 8.50 % × (18 423 − 9 229) = 781.49;
/// 13.60 % × (82 960.90 − 18 423) = 8 777.15; 9 950.87 in all.
#[test]
fn the_salary_tax_by_brackets() {
    let mut input = july(dec!(82000));
    let without = employer_cost(&input).unwrap();
    input.salary_tax = true;
    let cost = employer_cost(&input).unwrap();
    assert_eq!(
        line(&cost, "taxe_salaires_1", Payer::Employer),
        dec!(392.23)
    );
    assert_eq!(
        line(&cost, "taxe_salaires_2", Payer::Employer),
        dec!(781.49)
    );
    assert_eq!(
        line(&cost, "taxe_salaires_3", Payer::Employer),
        dec!(8777.15)
    );
    let third = cost
        .lines
        .iter()
        .find(|l| l.id == "taxe_salaires_3")
        .unwrap();
    assert_eq!(third.base, dec!(64537.90));
    assert_eq!(
        cost.total_employer_cost - without.total_employer_cost,
        dec!(9950.87)
    );
    // A pay within the first bracket bears the first rate alone (part time).
    input.gross_annual = dec!(8000);
    input.work_time_percent = dec!(30);
    input.cadre = false;
    let small = employer_cost(&input).unwrap();
    assert_eq!(
        line(&small, "taxe_salaires_1", Payer::Employer),
        dec!(350.20)
    ); // 4.25 % × 8 240
    assert_eq!(
        line(&small, "taxe_salaires_2", Payer::Employer),
        Decimal::ZERO
    );
}

/// The non-profit bodies' allowance (CGI art. 1679 A, 24,256 € in 2026):
/// what the other staff's tax leaves of it comes off the recruit's tax, to
/// the cent, down to no tax at all and never below; without the tax it
/// does nothing; above the period's allowance it is refused by name.
#[test]
fn the_salary_tax_allowance() {
    let mut input = july(dec!(82000));
    input.salary_tax = true;
    let taxed = employer_cost(&input).unwrap();
    // 5,000 € left: 9,950.87 − 5,000 = 4,950.87 € of tax.
    input.salary_tax_allowance = dec!(5000);
    let part = employer_cost(&input).unwrap();
    assert_eq!(
        line(&part, "taxe_salaires_abattement", Payer::Employer),
        dec!(-5000)
    );
    let allowance = part
        .lines
        .iter()
        .find(|l| l.id == "taxe_salaires_abattement")
        .unwrap();
    assert_eq!(
        (allowance.base, allowance.cap),
        (dec!(9950.87), Some(dec!(5000)))
    );
    assert_eq!(
        taxed.total_employer_cost - part.total_employer_cost,
        dec!(5000)
    );
    // The whole allowance: the tax, 9,950.87 €, is gone and no more.
    input.salary_tax_allowance = dec!(24256);
    let all = employer_cost(&input).unwrap();
    assert_eq!(
        line(&all, "taxe_salaires_abattement", Payer::Employer),
        dec!(-9950.87)
    );
    input.salary_tax = false;
    input.salary_tax_allowance = Decimal::ZERO;
    assert_eq!(
        employer_cost(&input).unwrap().total_employer_cost,
        all.total_employer_cost
    );
    // Without the tax, an allowance changes nothing.
    input.salary_tax_allowance = dec!(24256);
    let untaxed = employer_cost(&input).unwrap();
    assert_eq!(untaxed.total_employer_cost, all.total_employer_cost);
    assert!(
        untaxed
            .lines
            .iter()
            .all(|l| l.id != "taxe_salaires_abattement")
    );
    // More than the period's allowance, or less than nothing: refused.
    input.salary_tax_allowance = dec!(24256.01);
    let error = employer_cost(&input).unwrap_err();
    assert_eq!(error.field(), "salaryTaxAllowance");
    assert!(
        error.message(Lang::En).contains("24,256"),
        "{}",
        error.message(Lang::En)
    );
    input.salary_tax_allowance = dec!(-1);
    assert_eq!(
        employer_cost(&input).unwrap_err().field(),
        "salaryTaxAllowance"
    );
}

//! Every line and every total of the core's employer cost against the official
//! engine: the URSSAF simulator's rules (`modele-social`, evaluated by
//! `publicodes`), captured in `tests/official/fixture.json` by
//! `node tests/official/generate.mjs`.
//!
//! The engine does not round; the core rounds each line to the cent. The
//! promise is agreement within 1 € a year on every total; the test holds the
//! core to far less: a cent per line (its rounding) and 10 cents per total.

use std::collections::BTreeMap;

use hire_or_share::{EmployerCostInput, Payer, employer_cost};
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    date: String,
    inputs: Inputs,
    totals: Totals,
    employer: BTreeMap<String, f64>,
    employee: BTreeMap<String, f64>,
}

#[derive(Deserialize)]
struct Inputs {
    gross: f64,
    /// Part-time cases only: hours / 35 × 100.
    #[serde(rename = "workTimePercent")]
    work_time_percent: Option<f64>,
    cadre: bool,
    headcount: u32,
    mobility: f64,
    /// Cases of the AT/MP support-function rate only: the employer asks for it.
    #[serde(rename = "supportFunction", default)]
    support_function: bool,
}

#[derive(Deserialize)]
struct Totals {
    cout_total_employeur: f64,
    net_a_payer_avant_impot: f64,
    cotisations_employeur: f64,
    cotisations_salarie: f64,
}

fn decimal(x: f64) -> Decimal {
    // The fixture keeps 6 decimals; going through the text keeps them exact.
    format!("{x:.6}").parse().unwrap()
}

fn date(text: &str) -> hire_or_share::Date {
    let (d, rest) = text.split_once('/').unwrap();
    let (m, y) = rest.split_once('/').unwrap();
    hire_or_share::date(y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap())
}

/// The largest gap allowed on a line: the core's rounding to the cent (and the
/// engine's float noise).
const LINE_TOLERANCE: Decimal = rust_decimal_macros::dec!(0.01);
/// The largest gap allowed on a total (a sum of up to 40 rounded lines).
const TOTAL_TOLERANCE: Decimal = rust_decimal_macros::dec!(0.10);

#[test]
fn every_line_and_total_equals_the_official_engine() {
    let text = include_str!("official/fixture.json");
    let fixture: Fixture = serde_json::from_str(text).unwrap();
    assert!(
        fixture.cases.len() > 500,
        "the fixture has {} cases",
        fixture.cases.len()
    );
    let mut failures = Vec::new();
    let mut worst = Decimal::ZERO;
    let mut below_smic = 0;
    for case in &fixture.cases {
        let mut input = EmployerCostInput::new(decimal(case.inputs.gross));
        input.cadre = case.inputs.cadre;
        input.headcount = case.inputs.headcount;
        input.mobility_rate_percent = decimal(case.inputs.mobility);
        input.at_mp_support_function = case.inputs.support_function;
        input.date = Some(date(&case.date));
        if let Some(percent) = case.inputs.work_time_percent {
            input.work_time_percent = decimal(percent);
        }
        // The official engine prices any salary; the core refuses one below
        // the SMIC for its working time (METHODOLOGY 2), naming the minimum.
        let rules = hire_or_share::rules::rules_for(input.date).unwrap();
        if input.gross_annual < input.minimum_gross_annual(rules) {
            let err = employer_cost(&input).unwrap_err();
            assert!(
                matches!(
                    err.kind(),
                    hire_or_share::ErrorKind::BelowMinimumWage { .. }
                ),
                "{}: {err}",
                case.id
            );
            below_smic += 1;
            continue;
        }
        let cost = employer_cost(&input).unwrap_or_else(|e| panic!("{}: {e}", case.id));

        // Every line the core produces is one the engine knows.
        for line in &cost.lines {
            let known = match line.payer {
                Payer::Employer => case.employer.contains_key(line.id),
                Payer::Employee => case.employee.contains_key(line.id),
            };
            if !known {
                failures.push(format!(
                    "{}: {:?} {} is not in the fixture",
                    case.id, line.payer, line.id
                ));
            }
        }
        let mut check = |what: String, ours: Decimal, theirs: f64, tolerance: Decimal| {
            let gap = (ours - decimal(theirs)).abs();
            worst = worst.max(gap);
            if gap > tolerance {
                failures.push(format!("{}: {what}: ours {ours}, engine {theirs}", case.id));
            }
        };
        for (payer, lines) in [
            (Payer::Employer, &case.employer),
            (Payer::Employee, &case.employee),
        ] {
            for (id, theirs) in lines {
                let ours: Decimal = cost
                    .lines
                    .iter()
                    .filter(|l| l.payer == payer && l.id == id.as_str())
                    .map(|l| l.amount)
                    .sum();
                // The fixture gives the RGDU as a positive deduction.
                let ours = if id == "rgdu" { -ours } else { ours };
                check(format!("{payer:?} {id}"), ours, *theirs, LINE_TOLERANCE);
            }
        }
        check(
            "total employer cost".into(),
            cost.total_employer_cost,
            case.totals.cout_total_employeur,
            TOTAL_TOLERANCE,
        );
        check(
            "employer contributions".into(),
            cost.employer_contributions,
            case.totals.cotisations_employeur,
            TOTAL_TOLERANCE,
        );
        check(
            "employee contributions".into(),
            cost.employee_contributions,
            case.totals.cotisations_salarie,
            TOTAL_TOLERANCE,
        );
        check(
            "net before income tax".into(),
            cost.net_before_income_tax,
            case.totals.net_a_payer_avant_impot,
            TOTAL_TOLERANCE,
        );
    }
    println!(
        "{} cases, {below_smic} of them below the SMIC and refused; largest gap {worst} €",
        fixture.cases.len()
    );
    // The cases the fixture corrects to the law (tests/official/README.md)
    // and those of the support-function rate are there.
    let count = |pred: &dyn Fn(&Case) -> bool| fixture.cases.iter().filter(|c| pred(c)).count();
    assert_eq!(count(&|c| c.inputs.support_function), 100);
    assert_eq!(
        count(&|c| c.date == "01/07/2026" && c.id.contains("brut=65629.2|")),
        4
    );
    assert!(
        fixture.cases.len() - below_smic > 500,
        "{below_smic} of {} cases below the SMIC",
        fixture.cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} mismatches (showing 40):\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

// The bodies of the fuzz targets, shared by `fuzz/` (cargo fuzz, nightly) and
// by `tests/fuzz_replay.rs`, which replays the committed corpus on stable in
// the normal test run. Each body panics only on a broken invariant.

/// Scenario JSON → validation → comparison: never a panic; a result obeys
/// its invariants; an error names a field.
pub fn scenario_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(scenario) = serde_json::from_str::<hire_or_share::Scenario>(text) else {
        return;
    };
    match hire_or_share::compare(&scenario) {
        Ok(r) => {
            for cost in [
                &r.full_time_hire.cost,
                &r.part_time_hire.cost,
                &r.shared_time.cost,
            ] {
                let sum: rust_decimal::Decimal = cost.lines.iter().map(|l| l.amount).sum();
                assert_eq!(
                    sum, cost.annual_cost,
                    "annual total is the sum of its lines"
                );
                assert!(
                    cost.first_year_cost >= cost.annual_cost,
                    "the first year costs at least a steady year"
                );
            }
            if let Some(days) = r.break_even.days_per_week {
                assert!(
                    days > rust_decimal::Decimal::ZERO && days <= rust_decimal::Decimal::from(5)
                );
            }
        }
        Err(e) => assert!(!e.field().is_empty()),
    }
}

/// Employer-cost input from `field=value` lines → employer cost.
pub fn employer_cost(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut input = hire_or_share::EmployerCostInput::default();
    for line in text.lines().take(20) {
        let (field, value) = line.split_once('=').unwrap_or((line, ""));
        if input.set(field, value).is_err() {
            return;
        }
    }
    if let Ok(cost) = hire_or_share::employer_cost(&input) {
        let employer: rust_decimal::Decimal = cost
            .lines
            .iter()
            .filter(|l| l.payer == hire_or_share::Payer::Employer)
            .map(|l| l.amount)
            .sum();
        assert_eq!(employer, cost.employer_contributions);
        assert_eq!(
            cost.total_employer_cost,
            cost.gross_annual + cost.employer_contributions
        );
    }
}

/// A share link → scenario → link → the same scenario, whatever the link.
pub fn share_link(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (scenario, _ignored) = hire_or_share::Scenario::from_query(text, hire_or_share::Lang::En);
    assert!(
        scenario.validate().is_ok(),
        "a link never yields an invalid scenario"
    );
    let again = scenario.to_query();
    let (back, ignored) = hire_or_share::Scenario::from_query(&again, hire_or_share::Lang::Fr);
    assert!(ignored.is_empty(), "{again}: {ignored:?}");
    assert_eq!(back, scenario);
}

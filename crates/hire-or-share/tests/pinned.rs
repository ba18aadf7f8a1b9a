//! Pinned share links (issue #17): a proposal's figures survive a new legal
//! period and a new version of the defaults, to the cent, and today's figures
//! are there to compare. Run twice by scripts/test.sh: as the crate ships, and
//! with the test-only feature `test-period`, which adds an invented 2027
//! period (`rules/test_2027.rs`) and version of the defaults
//! (`defaults/test_2027.rs`) through the same path as a real one.

use hire_or_share::{
    Defaults, DefaultsVersion, EmployerCostInput, Lang, Role, Scenario, compare, date,
};
use rust_decimal_macros::dec;

/// A proposal's link, pinned on 3 December 2026 (the June 2026 rules, the
/// November 2026 defaults) for a CFO two days a week.
const PROPOSAL: &str = "v=1&role=daf&defaults=2026-11&days-per-week=2&date=2026-06-01";

fn november_2026() -> DefaultsVersion {
    DefaultsVersion(Defaults::find("2026-11").expect("published"))
}

#[test]
fn a_pinned_link_names_its_rules_and_defaults() {
    let mut s = Scenario::preset_in(Role::Daf, november_2026());
    s.days_per_week = dec!(2);
    assert_eq!(s.to_pinned_query(date(2026, 12, 3)), PROPOSAL);
    // Its own date gives its rules' first day; past the last period, the last's.
    s.date = Some(date(2026, 3, 2));
    assert!(
        s.to_pinned_query(date(2026, 12, 3))
            .ends_with("&date=2026-01-01")
    );
    s.date = None;
    let past = s.to_pinned_query(date(2030, 1, 1));
    let last = hire_or_share::rules::PERIODS.last().unwrap();
    assert!(past.ends_with(&format!("&date={}", last.start)), "{past}");
}

#[test]
fn a_pinned_link_keeps_its_figures_to_the_cent() {
    let (s, ignored) = Scenario::from_query(PROPOSAL, Lang::En);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(s.defaults.version, "2026-11");
    assert_eq!(s.gross_annual, dec!(85000));
    // Opened weeks later, whatever the day: the link's own rules.
    let (s, notice) = s.on(date(2027, 2, 1));
    assert_eq!(notice, None);
    let r = compare(&s).unwrap();
    assert_eq!(r.period.name, "2026-06");
    // METHODOLOGY.md's worked example (one day), at two days a week.
    assert_eq!(r.full_time_hire.cost.annual_cost, dec!(145298.55));
    assert_eq!(r.shared_time.cost.annual_cost, dec!(90000.00));
    assert_eq!(r.savings.amount, dec!(55298.55));
    // And its sources are its version's.
    let fee = r
        .full_time_hire
        .cost
        .lines
        .iter()
        .find(|l| l.id == "recruitment");
    let source = fee.expect("the recruitment line").source.expect("sourced");
    let november = november_2026();
    let expected = november.assumption("recruitmentFeePercent").unwrap().source;
    assert_eq!(*source, expected);
}

/// With the invented 2027 period and defaults in, the link's figures are as
/// above (the same test), and today's differ: the new DAF salary, the new
/// ceiling, what the link changed kept.
#[cfg(feature = "test-period")]
#[test]
fn todays_figures_differ_and_keep_what_the_link_changed() {
    let today = date(2027, 2, 1);
    let (pinned, _) = Scenario::from_query(PROPOSAL, Lang::En);
    let updated = pinned.updated(today).expect("newer figures");
    assert_eq!(updated.defaults.version, "2027-01");
    assert_eq!(updated.gross_annual, dec!(95000));
    assert_eq!(updated.days_per_week, dec!(2));
    assert_eq!(updated.date, None);
    let (updated, notice) = updated.on(today);
    assert_eq!(notice, None);
    let r = compare(&updated).unwrap();
    assert_eq!(r.period.name, "2027-01");
    // The invented figures, computed once: 95 000 €, a PSS of 4 100 € and
    // the Paris zone of the December defaults (3.20 % mobility levy).
    assert_eq!(r.full_time_hire.cost.annual_cost, dec!(163425.10));
    assert_eq!(r.shared_time.cost.annual_cost, dec!(90000.00));
    // Today's scenario is itself today's: nothing more to switch to.
    assert_eq!(updated.updated(today), None);
    // A plain link of today's format reads as the current version.
    let (plain, ignored) = Scenario::from_query("v=1&role=daf", Lang::En);
    assert!(ignored.is_empty());
    assert_eq!(plain.gross_annual, dec!(95000));
    // The new period's ceiling: only the capped lines moved.
    let (pinned, _) = pinned.on(today);
    let old = compare(&pinned).unwrap();
    assert_ne!(
        old.full_time_hire.cost.annual_cost,
        r.full_time_hire.cost.annual_cost
    );
}

/// As the crate ships, the November proposal has the current defaults to
/// switch to (the DAF's AT/MP support-function rate and its sourced salary,
/// issue #24), so has the first December one (the salary), and a proposal on
/// the current defaults (`2026-12c`) has nothing newer: no switch.
#[cfg(not(feature = "test-period"))]
#[test]
fn without_newer_figures_there_is_nothing_to_switch_to() {
    let (pinned, _) = Scenario::from_query(PROPOSAL, Lang::En);
    let updated = pinned
        .updated(date(2026, 12, 3))
        .expect("the current defaults");
    assert!(updated.defaults.is_current() && updated.at_mp_support_function);
    assert_eq!((updated.days_per_week, updated.date), (dec!(2), None));
    assert_eq!(updated.gross_annual, dec!(90000));
    let december = PROPOSAL.replace("defaults=2026-11", "defaults=2026-12");
    let (pinned, ignored) = Scenario::from_query(&december, Lang::En);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(pinned.gross_annual, dec!(85000));
    let updated = pinned
        .updated(date(2026, 12, 9))
        .expect("the second December review");
    assert_eq!(updated.defaults.version, "2026-12c");
    assert_eq!(
        (updated.gross_annual, updated.days_per_week),
        (dec!(90000), dec!(2))
    );
    // `2026-12c` added the other kinds' defaults: a `2026-12b` proposal
    // switches to it with the same figures for its own three options.
    let before_kinds = PROPOSAL.replace("defaults=2026-11", "defaults=2026-12b");
    let (pinned, ignored) = Scenario::from_query(&before_kinds, Lang::En);
    assert!(ignored.is_empty(), "{ignored:?}");
    let updated = pinned.updated(date(2026, 12, 9)).expect("the other kinds");
    assert_eq!(updated.defaults.version, "2026-12c");
    assert_eq!(
        compare(&updated).unwrap().savings,
        compare(&pinned).unwrap().savings
    );
    let current = PROPOSAL.replace("defaults=2026-11", "defaults=2026-12c");
    let (pinned, ignored) = Scenario::from_query(&current, Lang::En);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(pinned.updated(date(2026, 12, 9)), None);
    // Past the last period, today's rules are still the June 2026 ones.
    assert_eq!(pinned.updated(date(2027, 2, 1)), None);
    // A link on the January rules has newer ones.
    let (january, _) = Scenario::from_query("v=1&role=daf&date=2026-03-02", Lang::En);
    let updated = january.updated(date(2026, 12, 3)).expect("the June rules");
    assert_eq!(updated.date, None);
    assert_eq!(updated, Scenario::preset(Role::Daf));
}

#[test]
fn bad_pins_are_reported_one_by_one_and_nothing_else_is_dropped() {
    let cases = [
        (
            "defaults=2019-01",
            "defaults",
            "\"2019-01\" is not a published version of the defaults: 2026-11",
        ),
        ("date=2026-13-01", "date", "is not a date YYYY-MM-DD"),
        ("date=2025-06-01", "date", "2026-01-01"),
        ("date=soon", "date", "is not a date"),
    ];
    for (pin, name, message) in cases {
        let query = format!("v=1&role=dsi&{pin}&day-rate=950&days-per-week=1.5");
        let (s, ignored) = Scenario::from_query(&query, Lang::En);
        assert_eq!(ignored.len(), 1, "{query}: {ignored:?}");
        assert_eq!(ignored[0].name, name);
        assert!(
            ignored[0].message.contains(message),
            "{}",
            ignored[0].message
        );
        assert_eq!(s.role, Role::Dsi);
        assert_eq!((s.day_rate, s.days_per_week), (dec!(950), dec!(1.5)));
        assert_eq!(s.date, None);
        assert!(s.defaults.is_current());
    }
    // In French too.
    let (_, ignored) = Scenario::from_query("v=1&defaults=x", Lang::Fr);
    assert!(
        ignored[0]
            .message
            .contains("n'est pas une version publiée des hypothèses"),
        "{}",
        ignored[0].message
    );
    // As JSON, an unknown version is refused, naming the versions there are.
    let err = serde_json::from_str::<Scenario>(r#"{"defaults": "2019-01"}"#).unwrap_err();
    assert!(err.to_string().contains("2026-11"), "{err}");
    let s: Scenario = serde_json::from_str(r#"{"defaults": "2026-11"}"#).unwrap();
    assert_eq!(s.defaults.version, "2026-11");
}

/// Every value of every published version reads back into its field, and
/// each preset of each version is a valid scenario.
#[test]
fn every_version_of_the_defaults_reads_and_validates() {
    for defaults in hire_or_share::defaults::VERSIONS {
        for role in Role::ALL {
            let s = Scenario::preset_in(role, DefaultsVersion(defaults));
            // The zone's values, where the version has a default zone.
            let zone = defaults.location.map(|l| defaults.location(l));
            for a in defaults.assumptions {
                let expected = match (zone, a.field) {
                    (Some(z), "mobilityRatePercent") => z.mobility_rate_percent.to_string(),
                    (Some(z), "transportPassMonthly") => z.transport_pass_monthly.to_string(),
                    (Some(z), "workspaceAnnual") => z.workspace_annual.to_string(),
                    _ => a.value.to_owned(),
                };
                assert_eq!(s.get(a.field), Some(expected), "{}", a.field);
            }
            assert_eq!(s.location, defaults.location);
            s.validate().unwrap();
            assert_eq!(s.gross_annual, defaults.preset(role).gross_annual);
        }
    }
}

/// The payroll's own defaults (`employer-cost`) are the current version's,
/// for a role that does not ask for the AT/MP support-function rate; the
/// DAF differs in that alone.
#[test]
fn the_payrolls_defaults_are_the_current_versions() {
    // The payroll knows no zone: its mobility levy is 0, as elsewhere.
    let input = |role| {
        let mut s = Scenario::preset(role);
        s.set_location(Some(hire_or_share::Location::Elsewhere));
        s.employer_cost_input(dec!(55000), dec!(100))
    };
    let payroll = EmployerCostInput::new(dec!(55000));
    assert_eq!(payroll, input(Role::Dsi));
    let daf = input(Role::Daf);
    assert!(daf.at_mp_support_function);
    assert_eq!(
        EmployerCostInput {
            at_mp_support_function: true,
            ..payroll
        },
        daf
    );
}

/// Two versions of the defaults came out in December 2026: the note under a
/// link pinned to one names its version too, so that it is not taken for the
/// other; November's, alone in its month, by its month.
#[cfg(not(feature = "test-period"))]
#[test]
fn the_note_names_a_version_when_its_month_had_two() {
    let today = date(2026, 12, 8);
    let note = |query: &str, lang: Lang| {
        let (pinned, _) = Scenario::from_query(query, lang);
        let updated = pinned.updated(today).expect("newer figures");
        let old = compare(&pinned).unwrap();
        let new = compare(&updated.on(today).0).unwrap();
        hire_or_share::share::pinned_note(&old, &new, lang)
    };
    let december = "v=1&role=daf&defaults=2026-12&date=2026-06-01";
    if cfg!(feature = "fr") {
        assert!(
            note(december, Lang::Fr).starts_with(
                "Calculé avec les règles du 1er juin 2026 et les hypothèses de décembre 2026 (version 2026-12). "
            ),
            "{}",
            note(december, Lang::Fr)
        );
        assert!(note(PROPOSAL, Lang::Fr).contains(" et les hypothèses de novembre 2026. "));
    }
    if cfg!(feature = "en") {
        assert!(
            note(december, Lang::En).starts_with(
                "Computed with the rules of 1 June 2026 and the defaults of December 2026 (version 2026-12). "
            ),
            "{}",
            note(december, Lang::En)
        );
    }
}

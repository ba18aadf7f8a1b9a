//! Each option over a need profile (issue #26): the totals of today's three
//! are the profile's, an option billed by the day follows the need as shared
//! time does at its own rate, and the cheapest is the smallest total.
#![cfg(all(feature = "options", feature = "need-profile"))]

use hire_or_share::{Role, Scenario, compare, date};
use rust_decimal_macros::dec;

/// A DAF for 6 months at 2 days a week, then 18 months at half a day, every
/// default of `2026-12c`, the June rules, and every kind of option.
fn daf_project() -> Scenario {
    let mut s = Scenario::preset(Role::Daf);
    s.set("defaults", "2026-12c").unwrap();
    s.set("needProfile", "6x2,18x0.5").unwrap();
    s.set(
        "options",
        "full-time-hire,part-time-hire,shared-time,freelance,portage,interim-manager,employer-group",
    )
    .unwrap();
    s.date = Some(date(2026, 7, 1));
    s
}

#[test]
fn each_option_has_its_total_over_the_profile() {
    let c = compare(&daf_project()).unwrap();
    let profile = c.need_profile.as_ref().unwrap();
    let totals: Vec<_> = c
        .options
        .iter()
        .map(|o| o.need_profile_total.unwrap())
        .collect();
    assert_eq!(totals[0], profile.total.full_time_hire);
    assert_eq!(totals[1], profile.total.part_time_hire);
    assert_eq!(totals[2], profile.total.shared_time);
    // Shared time by hand: fees 45 000 × 2 × 6 ÷ 12 + 45 000 × 0.5 × 6 ÷ 12
    // + 45 000 × 1.02 × 0.5 (year 2, the day rate up 2 %) = 79 200; the
    // start at the first month's 2 days: getting to know the company
    // 1 000 × 2 × 2 weeks × 50 % = 2 000 and 2 weeks × 2 × 734.49 =
    // 2 937.96: 84 137.96.
    assert_eq!(totals[2], dec!(84137.96));
    // A freelance and a consultant in portage at the DAF's 1 000 € a day
    // and two weeks' start cost the same over the profile.
    assert_eq!((totals[3], totals[4]), (dec!(84137.96), dec!(84137.96)));
    // An interim manager at 1 300 €: fees 79 200 × 1.3 = 102 960, getting to
    // know the company 2 600, the start 2 937.96: 108 497.96.
    assert_eq!(totals[5], dec!(108497.96));
    // The employer group is the cheapest over the profile.
    assert_eq!(c.cheapest_option, 6);
    assert!(totals[6] < totals[2], "{totals:?}");
    // Without a profile, no totals.
    let mut s = daf_project();
    s.need_profile = None;
    let c = compare(&s).unwrap();
    assert!(c.options.iter().all(|o| o.need_profile_total.is_none()));
}

#[test]
fn portage_past_36_months_is_a_warning() {
    let mut s = daf_project();
    s.set("needProfile", "24x1,16x0.5").unwrap();
    let c = compare(&s).unwrap();
    let ids: Vec<_> = c.options[4].warnings.iter().map(|w| w.id).collect();
    assert_eq!(ids, ["portage_task", "portage_36_months"]);
    s.set("needProfile", "24x1,12x0.5").unwrap();
    let c = compare(&s).unwrap();
    let ids: Vec<_> = c.options[4].warnings.iter().map(|w| w.id).collect();
    assert_eq!(ids, ["portage_task"]);
}

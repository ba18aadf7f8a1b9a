//! A need that changes over time: a worked example by hand, and the
//! invariants of the profile's costs as property tests.

use hire_or_share::{
    Cheapest, Defaults, DefaultsVersion, NeedPeriod, NeedProfile, Role, Scenario, compare,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The DAF preset on the defaults of November 2026, which METHODOLOGY.md's
/// worked examples use (no zone: no mobility levy).
fn daf() -> Scenario {
    let november = DefaultsVersion(Defaults::find("2026-11").unwrap());
    let mut s = Scenario::preset_in(Role::Daf, november);
    s.date = Some(hire_or_share::date(2026, 7, 1));
    s
}

fn with_profile(mut s: Scenario, text: &str) -> Scenario {
    s.need_profile = Some(text.parse().unwrap());
    s
}

/// A DAF at 2 days a week for 6 months, then half a day for 18 months,
/// every figure worked out by hand from the DAF preset (day rate 1,000 €,
/// 45 weeks a year, 2 % a year more from month 13, start in 2 weeks, 2 weeks
/// to know the company at 50 %, VAT recovered).
#[test]
fn a_cfo_at_two_days_for_six_months_then_half_a_day() {
    let plain = compare(&daf()).unwrap();
    let r = compare(&with_profile(daf(), "6x2,18x0.5")).unwrap();
    let p = r.need_profile.unwrap();
    assert_eq!(p.months, 24);
    assert_eq!(p.peak_days_per_week, dec!(2));
    // (2 × 6 + 0.5 × 18) ÷ 24 = 21 ÷ 24 = 0.875, to 2 decimals.
    assert_eq!(p.average_days_per_week, dec!(0.88));

    // Shared time. The price of a day of need left uncovered is the
    // full-time recruit's cost per productive day.
    let price = plain.full_time_hire.cost.cost_per_productive_day;
    assert_eq!(price, dec!(685.37));
    // Months 1–6 at 2 days: 1,000 × 2 × 45 × 6 ÷ 12 = 45,000; the start:
    // 2 weeks × 2 days × 685.37 = 2,741.48 before the start, and 1,000 × 2
    // × 2 weeks × 50 % = 2,000 to know the company.
    let first = dec!(1000) * dec!(2) * dec!(45) * dec!(6) / dec!(12)
        + dec!(2) * dec!(2) * price
        + dec!(1000) * dec!(2) * dec!(2) * dec!(0.5);
    assert_eq!(first, dec!(49741.48));
    // Months 7–12 at half a day, 1,000 €: 11,250; months 13–24 at 1,020 €: 22,950.
    let second = dec!(1000) * dec!(0.5) * dec!(45) * dec!(6) / dec!(12)
        + dec!(1020) * dec!(0.5) * dec!(45) * dec!(12) / dec!(12);
    assert_eq!(second, dec!(34200));
    assert_eq!(p.periods[0].start_month, 1);
    assert_eq!(p.periods[1].start_month, 7);
    assert_eq!(p.periods[0].end_month(), 6);
    assert_eq!(p.periods[1].end_month(), 24);
    assert_eq!(p.periods[0].shared_time, first);
    assert_eq!(p.periods[1].shared_time, second);
    assert_eq!(p.total.shared_time, dec!(83941.48));

    // The full-time hire: the horizon's two years at one day a week, with
    // the need left uncovered while recruiting (12 + 13 weeks) at the
    // profile's first need, 2 days, instead of 1: 25 × 1 × 685.37 more.
    let two_years = plain.horizon[1].cumulative_full_time_hire;
    assert_eq!(two_years, dec!(333664.74));
    assert_eq!(p.total.full_time_hire, two_years + dec!(25) * price);
    assert_eq!(p.total.full_time_hire, dec!(350798.99));
    assert_eq!(
        p.periods[0].full_time_hire + p.periods[1].full_time_hire,
        p.total.full_time_hire
    );

    // The part-time recruit is hired at the peak, 2 days (40 %), for all 24 months.
    assert_eq!(p.total.part_time_hire, dec!(180108.94));
    assert_eq!(p.warnings[0].id, "part_time_at_peak");
    assert_eq!(p.cheapest, Cheapest::SharedTime);
    assert_eq!(p.break_even_days_per_week, Some(dec!(4.16)));
    // The month-by-month view ends at the totals.
    let last = p.by_month.last().unwrap();
    assert_eq!(last.month, 24);
    assert_eq!(last.shared_time, p.total.shared_time);
    assert_eq!(p.by_month[5].shared_time, first);
    // Every line has its formula and source.
    for line in &p.lines {
        assert!(
            line.source.is_some() && !line.formula_fr.is_empty(),
            "{}",
            line.id
        );
    }
}

#[test]
fn without_a_profile_there_is_none() {
    assert_eq!(compare(&daf()).unwrap().need_profile, None);
}

/// Dismissed when the need ends: 12 months at 2 days then 12 with none.
/// Notice: 13 weeks = 3 months (more than the legal 1 month after 12 months
/// of service); severance at 15 months of service: 1.25 years × 1/4 month.
#[test]
fn a_recruit_dismissed_when_the_need_ends_costs_notice_and_severance() {
    let kept = compare(&with_profile(daf(), "12x2,12x0")).unwrap();
    let mut s = with_profile(daf(), "12x2,12x0");
    s.exit_when_need_ends = true;
    let left = compare(&s).unwrap();
    let (kept, left) = (kept.need_profile.unwrap(), left.need_profile.unwrap());
    assert_eq!(
        left.periods[0].full_time_hire,
        kept.periods[0].full_time_hire
    );
    let exit = left
        .lines
        .iter()
        .find(|l| l.id == "need_profile_exit")
        .unwrap();
    assert!(
        exit.formula_en.contains("month 13: 3 months of notice"),
        "{}",
        exit.formula_en
    );
    assert!(
        exit.formula_en.contains("0.3125 months of salary"),
        "{}",
        exit.formula_en
    );
    // Year 2's salary grows 2 %: 85,000 × 1.02 = 86,700 a year, 7,225 a month.
    // Severance 7,225 × 0.3125 = 2,257.8125; the notice is 3 months of the
    // running cost. The rest of year 2 costs nothing.
    let year2 = compare(&daf()).unwrap().horizon[1].full_time_hire;
    let notice = year2 * dec!(3) / dec!(12);
    let expected = notice + dec!(7225) * dec!(0.3125);
    assert!(
        (left.periods[1].full_time_hire - expected).abs() <= dec!(0.01),
        "{} vs {expected}",
        left.periods[1].full_time_hire
    );
    assert!(left.total.full_time_hire < kept.total.full_time_hire);
    // Shared time simply stops.
    assert_eq!(left.periods[1].shared_time, Decimal::ZERO);
}

fn needy_period() -> impl Strategy<Value = NeedPeriod> {
    (1u32..=12, 1u32..=10).prop_map(|(months, half_days)| NeedPeriod {
        months,
        days_per_week: Decimal::from(half_days) / dec!(2),
    })
}

fn any_period() -> impl Strategy<Value = NeedPeriod> {
    (1u32..=12, 0u32..=10).prop_map(|(months, half_days)| NeedPeriod {
        months,
        days_per_week: Decimal::from(half_days) / dec!(2),
    })
}

/// Up to 6 periods and 60 months, the first with a need.
fn profile() -> impl Strategy<Value = Vec<NeedPeriod>> {
    (needy_period(), prop::collection::vec(any_period(), 0..=5))
        .prop_map(|(first, rest)| {
            let mut all = vec![first];
            all.extend(rest);
            all
        })
        .prop_filter("60 months at most", |p| months(p) <= 60)
}

fn months(periods: &[NeedPeriod]) -> u32 {
    periods.iter().map(|p| p.months).sum()
}

fn day_months(periods: &[NeedPeriod]) -> Decimal {
    periods
        .iter()
        .map(|p| p.days_per_week * Decimal::from(p.months))
        .sum()
}

fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Daf),
        Just(Role::Dsi),
        Just(Role::Drh),
        Just(Role::Marketing)
    ]
}

fn cost(s: &Scenario, periods: &[NeedPeriod]) -> hire_or_share::NeedProfileCost {
    let mut s = *s;
    s.need_profile = Some(NeedProfile::new(periods).unwrap());
    compare(&s).unwrap().need_profile.unwrap()
}

fn scenario(role: Role) -> Scenario {
    let mut s = Scenario::preset(role);
    s.date = Some(hire_or_share::date(2026, 7, 1));
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// With no growth, no start delay, no ramp-up and VAT recovered, shared
    /// time costs the same, to the cent, for the same months and the same
    /// days × months, whatever the shape: the periods in reverse order, and a
    /// constant need where the average is a whole number of half days. Every
    /// period has a need, so that travel counts in the same months.
    #[test]
    fn shared_time_depends_only_on_days_times_months(
        role in role(),
        periods in prop::collection::vec(needy_period(), 1..=6)
            .prop_filter("60 months at most", |p| months(p) <= 60),
        rate in 300u32..3000,
        cents in 0u32..100,
        travel in 0u32..20000,
        coordination in 0u32..5000,
        start_fee in 0u32..5000,
    ) {
        let mut s = scenario(role);
        s.day_rate_growth_percent = Decimal::ZERO;
        s.shared_start_weeks = Decimal::ZERO;
        s.shared_ramp_up_weeks = Decimal::ZERO;
        s.vat_recoverable = true;
        s.day_rate = Decimal::from(rate) + Decimal::from(cents) / dec!(100);
        s.shared_travel_annual = Decimal::from(travel);
        s.shared_coordination_annual = Decimal::from(coordination);
        s.shared_start_fee = Decimal::from(start_fee);
        let total = cost(&s, &periods).total.shared_time;
        let reversed: Vec<_> = periods.iter().rev().copied().collect();
        prop_assert_eq!(cost(&s, &reversed).total.shared_time, total);
        let m = months(&periods);
        let average = day_months(&periods) / Decimal::from(m);
        if (average * dec!(2)).fract().is_zero() {
            let flat = [NeedPeriod { months: m, days_per_week: average }];
            prop_assert_eq!(cost(&s, &flat).total.shared_time, total);
        }
        // And it is what the days cost: rate × weeks × days × months ÷ 12,
        // travel and coordination for the months, the start fee once.
        let exact = s.day_rate * s.weeks_per_year * day_months(&periods) / dec!(12)
            + (s.shared_travel_annual + s.shared_coordination_annual) * Decimal::from(m) / dec!(12)
            + s.shared_start_fee;
        // Half a cent rounds away from zero, as every amount.
        let cents = exact.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        prop_assert_eq!(total, cents);
    }

    /// The full-time hire's total depends on the profile's months and its
    /// first need (the need left uncovered while recruiting), not on the
    /// rest of its shape; with no wait to recruit, on its months alone.
    #[test]
    fn the_full_time_hire_depends_only_on_the_months(
        role in role(),
        periods in profile(),
        other in profile(),
    ) {
        let s = scenario(role);
        let total = cost(&s, &periods).total.full_time_hire;
        // The same first period, the rest of another shape, the same months.
        let m = months(&periods);
        let mut same_start = vec![periods[0]];
        let rest = m - periods[0].months;
        if rest > 0 {
            same_start.push(NeedPeriod { months: rest, days_per_week: other[0].days_per_week });
        }
        prop_assert_eq!(cost(&s, &same_start).total.full_time_hire, total);
        // With no wait, any shape of the same months.
        let mut no_wait = s;
        no_wait.time_to_hire_weeks = Decimal::ZERO;
        no_wait.notice_weeks = Decimal::ZERO;
        let flat = [NeedPeriod { months: m, days_per_week: other[0].days_per_week }];
        prop_assert_eq!(
            cost(&no_wait, &flat).total.full_time_hire,
            cost(&no_wait, &periods).total.full_time_hire
        );
    }

    /// The part-time recruit of a profile is hired at its peak, so it costs
    /// at least what one hired at the profile's average (rounded up to the
    /// half day) does over the same months (no wait to recruit, whose cost
    /// depends on the first need).
    #[test]
    fn the_part_time_hire_costs_at_least_the_average(role in role(), periods in profile()) {
        let mut s = scenario(role);
        s.time_to_hire_weeks = Decimal::ZERO;
        s.notice_weeks = Decimal::ZERO;
        let m = months(&periods);
        let average = (day_months(&periods) / Decimal::from(m) * dec!(2)).ceil() / dec!(2);
        let at_average = cost(&s, &[NeedPeriod { months: m, days_per_week: average }]);
        prop_assert!(cost(&s, &periods).total.part_time_hire >= at_average.total.part_time_hire);
    }

    /// A constant profile of 12 × m months costs what the horizon of m years
    /// does, year by year, within two cents a year: the horizon rounds each
    /// of its lines to the cent, year by year; the profile rounds its running
    /// total once (measured: at most 2 cents off at year 1 over 3,000 cases).
    #[test]
    fn a_constant_profile_is_the_horizon(
        role in role(),
        years in 1u32..=5,
        half_days in 1u32..=10,
        vat_recoverable in any::<bool>(),
        exit in any::<bool>(),
    ) {
        let mut s = scenario(role);
        s.horizon_years = years;
        s.days_per_week = Decimal::from(half_days) / dec!(2);
        s.vat_recoverable = vat_recoverable;
        s.include_exit_cost = exit;
        let r = compare(&with_profile(s, &format!("{}x{}", 12 * years, s.days_per_week))).unwrap();
        let p = r.need_profile.unwrap();
        for (year, h) in r.horizon.iter().enumerate() {
            let month = &p.by_month[12 * year + 11];
            let tolerance = dec!(0.02) * Decimal::from(year as u32 + 1);
            for (profile, horizon) in [
                (month.full_time_hire, h.cumulative_full_time_hire),
                (month.part_time_hire, h.cumulative_part_time_hire),
                (month.shared_time, h.cumulative_shared_time),
            ] {
                prop_assert!((profile - horizon).abs() <= tolerance, "year {}: {} vs {}", year + 1, profile, horizon);
            }
        }
    }

    /// Raising a period's need never lowers shared time's total (the first
    /// period keeps a need, so the start is counted at the same period).
    #[test]
    fn more_need_never_costs_less_shared_time(
        role in role(),
        periods in profile(),
        which in 0usize..6,
        vat_recoverable in any::<bool>(),
    ) {
        let mut s = scenario(role);
        s.vat_recoverable = vat_recoverable;
        let i = which % periods.len();
        prop_assume!(periods[i].days_per_week < dec!(5));
        let mut raised = periods.clone();
        raised[i].days_per_week += dec!(0.5);
        prop_assert!(cost(&s, &raised).total.shared_time >= cost(&s, &periods).total.shared_time);
    }
}

/// The one exception to the rule above, as documented in METHODOLOGY.md:
/// a need added before the first one moves the start (getting to know the
/// company, the wait) to a smaller need, which can cost less in all.
#[test]
fn a_small_need_first_makes_a_big_one_start_cheaper() {
    let later = cost(
        &daf(),
        &[
            NeedPeriod {
                months: 1,
                days_per_week: Decimal::ZERO,
            },
            NeedPeriod {
                months: 11,
                days_per_week: dec!(5),
            },
        ],
    );
    let sooner = cost(
        &daf(),
        &[
            NeedPeriod {
                months: 1,
                days_per_week: dec!(0.5),
            },
            NeedPeriod {
                months: 11,
                days_per_week: dec!(5),
            },
        ],
    );
    // The start at 5 days: 2 weeks uncovered × 5 × 685.37 + 1,000 × 5 × 2 × 50 %,
    // against, at half a day, a tenth of it and a month at half a day.
    let start = |d: Decimal| dec!(2) * d * dec!(685.37) + dec!(1000) * d * dec!(2) * dec!(0.5);
    let month = dec!(1000) * dec!(0.5) * dec!(45) / dec!(12);
    assert_eq!(
        later.total.shared_time - sooner.total.shared_time,
        start(dec!(5)) - start(dec!(0.5)) - month
    );
}

//! Speed of a full comparison: every option, the curve (19 points), the
//! break-evens, the horizon and the sensitivity.
//!
//! Run: `cargo bench -p hire-or-share --bench compare`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hire_or_share::{Role, Scenario, compare};

fn bench_compare(c: &mut Criterion) {
    let daf = Scenario::preset(Role::Daf);
    c.bench_function("compare/daf_default", |b| {
        b.iter(|| compare(black_box(&daf)).unwrap());
    });
    let mut long = Scenario::preset(Role::Marketing);
    long.horizon_years = 5;
    long.include_exit_cost = true;
    long.vat_recoverable = false;
    c.bench_function("compare/marketing_5_years", |b| {
        b.iter(|| compare(black_box(&long)).unwrap());
    });
    // Issue #16's target: a comparison with a 24-period need profile
    // (60 months, a step every 2 or 3 months up to 4.5 days, so that the
    // part-time recruit is its own; trailing months of no need,
    // the recruit dismissed when it ends) in at most 60 µs.
    let mut profile = Scenario::preset(Role::Daf);
    let periods: Vec<String> = (0..24)
        .map(|i| {
            let months = if i % 2 == 0 { 2 } else { 3 };
            let days = if i >= 22 {
                rust_decimal::Decimal::ZERO
            } else {
                rust_decimal::Decimal::from(i % 9 + 1) / rust_decimal::Decimal::TWO
            };
            format!("{months}x{days}")
        })
        .collect();
    profile.need_profile = Some(periods.join(",").parse().unwrap());
    profile.exit_when_need_ends = true;
    c.bench_function("compare/daf_need_profile_24_periods", |b| {
        b.iter(|| compare(black_box(&profile)).unwrap());
    });
}

criterion_group!(benches, bench_compare);
criterion_main!(benches, bundle);

fn bench_bundle(c: &mut Criterion) {
    let mut daf = Scenario::preset(Role::Daf);
    daf.days_per_week = rust_decimal::Decimal::ONE;
    let mut drh = Scenario::preset(Role::Drh);
    drh.days_per_week = rust_decimal::Decimal::new(5, 1);
    let mut marketing = Scenario::preset(Role::Marketing);
    marketing.days_per_week = rust_decimal::Decimal::ONE;
    let bundle = hire_or_share::Bundle {
        scenarios: vec![daf, drh, marketing],
        generalist_gross_annual: None,
    };
    c.bench_function("compare_bundle/three_roles", |b| {
        b.iter(|| hire_or_share::compare_bundle(black_box(&bundle)).unwrap());
    });
}

criterion_group!(bundle, bench_bundle);

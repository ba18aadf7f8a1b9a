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

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
criterion_main!(benches);

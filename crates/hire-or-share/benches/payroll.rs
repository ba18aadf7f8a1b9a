//! Speed of one full employer-cost evaluation, all lines.
//!
//! Run: `cargo bench -p hire-or-share --bench payroll`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hire_or_share::{EmployerCostInput, employer_cost};
use rust_decimal_macros::dec;

fn bench_employer_cost(c: &mut Criterion) {
    let mut input = EmployerCostInput::new(dec!(55000));
    input.headcount = 250;
    input.mobility_rate_percent = dec!(3.2);
    c.bench_function("employer_cost/cadre_55k_250_employees", |b| {
        b.iter(|| employer_cost(black_box(&input)).unwrap());
    });
    let low = EmployerCostInput::new(dec!(30000));
    c.bench_function("employer_cost/rgdu_30k", |b| {
        b.iter(|| employer_cost(black_box(&low)).unwrap());
    });
}

criterion_group!(benches, bench_employer_cost);
criterion_main!(benches);

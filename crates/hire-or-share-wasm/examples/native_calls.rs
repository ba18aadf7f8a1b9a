//! The native side of scripts/bench.mjs: the work of the API's `compare` and
//! `employerCost` in native Rust (fields read as text, rules of 1 July 2026,
//! the comparison with its answer and today's figures; the employer cost line
//! by line), over the same inputs, timed one call at a time. Prints JSON:
//! `{ "compare": { "medianMs", "p95Ms" }, "employerCost": { … } }`.
//!
//! Run: `cargo run --profile bench -p hire-or-share-wasm --example native_calls`.

use std::hint::black_box;
use std::time::Instant;

use hire_or_share::{Answer, Detail, EmployerCostInput, Lang, Scenario, date};

/// Median and 95th percentile, in milliseconds, of one call of `call` per
/// input, after one round of warm-up.
fn stats<T>(inputs: &[T], call: impl Fn(&T) -> usize) -> String {
    let mut times = Vec::new();
    for round in 0..2 {
        for input in inputs {
            let t0 = Instant::now();
            black_box(call(black_box(input)));
            if round == 1 {
                times.push(t0.elapsed().as_secs_f64() * 1000.0);
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |percent: usize| times[(percent * times.len() / 100).min(times.len() - 1)];
    format!(r#"{{ "medianMs": {}, "p95Ms": {} }}"#, at(50), at(95))
}

fn main() {
    let count = 250;
    let salaries: Vec<String> = (0..count)
        .map(|i| {
            format!(
                "{:.2}",
                22404.2 + (384_480.0 - 22404.2) * (f64::from(i) / f64::from(count - 1))
            )
        })
        .collect();
    let roles = ["daf", "dsi", "drh", "marketing"];
    let today = date(2026, 7, 1);
    let compare = stats(
        &salaries.iter().enumerate().collect::<Vec<_>>(),
        |(i, gross)| {
            let fields = [
                ("role", roles[i % 4]),
                ("daysPerWeek", "1.5"),
                ("grossAnnual", gross.as_str()),
            ];
            let Ok(s) = Scenario::from_fields(fields) else {
                return 0;
            };
            let (s, _notice) = s.on(today);
            let Ok(r) = hire_or_share::compare_with(&s, Detail::Full) else {
                return 0;
            };
            let updated = r.scenario.updated(today).is_some();
            Answer::new(&r, Lang::En).sentence.len() + usize::from(updated)
        },
    );
    let employer_cost = stats(&salaries, |gross| {
        let mut input = EmployerCostInput::default();
        let set = input
            .set("grossAnnual", gross)
            .and(input.set("headcount", "50"))
            .and(input.set("date", "2026-07-01"));
        set.and_then(|()| hire_or_share::employer_cost(&input))
            .map_or(0, |c| c.lines.len())
    });
    println!(r#"{{ "compare": {compare}, "employerCost": {employer_cost} }}"#);
}

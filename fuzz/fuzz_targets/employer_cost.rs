#![no_main]

#[path = "../../tests/fuzz_bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::employer_cost(data));

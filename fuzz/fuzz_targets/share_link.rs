#![no_main]

#[path = "../../tests/fuzz_bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::share_link(data));

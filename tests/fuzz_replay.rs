//! Replays the committed fuzz corpus (`fuzz/corpus/<target>/`) through the
//! fuzz targets' bodies, on the stable toolchain, in the normal test run: a
//! crash found once stays fixed. The long fuzzing runs are in fuzz/README.md.

#[path = "fuzz_bodies.rs"]
mod bodies;

use std::path::Path;

fn replay(target: &str, body: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| body(&data));
        assert!(outcome.is_ok(), "{target}: {} fails", path.display());
        count += 1;
    }
    count
}

#[test]
fn scenario_json_corpus() {
    assert!(replay("scenario_json", bodies::scenario_json) >= 3);
}

#[test]
fn employer_cost_corpus() {
    assert!(replay("employer_cost", bodies::employer_cost) >= 2);
}

#[test]
fn share_link_corpus() {
    assert!(replay("share_link", bodies::share_link) >= 2);
}

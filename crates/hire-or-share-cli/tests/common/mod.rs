//! Running the `hire-or-share` command in tests, on a date of the test's
//! own: no test depends on the real clock.

use std::process::{Command, Output};

/// Runs the command with `args`, `today` as its date.
pub fn run_on(today: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hire-or-share"))
        .env("HIRE_OR_SHARE_TODAY", today)
        .args(args)
        .output()
        .unwrap()
}

/// Standard output, as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// Standard error, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

//! The number table's reading, shared by its runners (the core's, the CLI's
//! and the JavaScript API's `tests/numbers.rs`, each including this file):
//! the table, how values and errors compare, and which outcomes are known
//! discrepancies. The table's form is described in
//! `crates/hire-or-share/tests/numbers.rs`.

use serde_json::Value;

/// The table of cases, shared by every interface's runner.
pub const TABLE: &str = include_str!("numbers.json");

/// A value's text without a `+` and without trailing zeros (`90000.50` →
/// `90000.5`, `3.` → `3`), for comparing values read.
pub fn plain(text: &str) -> String {
    let text = text.trim().trim_start_matches('+');
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let digits = if digits.contains('.') {
        digits.trim_end_matches('0').trim_end_matches('.')
    } else {
        digits
    };
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() || digits.starts_with('.') {
        ["0", digits].concat()
    } else {
        digits.to_owned()
    };
    if digits == "0" {
        digits
    } else {
        [sign, &digits].concat()
    }
}

/// Whether `actual` is the outcome `expected`: the same value (without
/// trailing zeros), or the same kind of error on the same field.
pub fn same(expected: &Value, actual: &Value) -> bool {
    match (expected.get("value"), actual.get("value")) {
        (Some(Value::String(e)), Some(Value::String(a))) => plain(e) == plain(a),
        (None, None) => {
            expected.get("error") == actual.get("error")
                && expected.get("field") == actual.get("field")
        }
        _ => false,
    }
}

/// The expected outcome without its notes, for messages.
pub fn bare(outcome: &Value) -> Value {
    let mut outcome = outcome.clone();
    if let Some(o) = outcome.as_object_mut() {
        o.remove("known");
        o.remove("knownIn");
    }
    outcome
}

/// The reason `outcome` is a known discrepancy for `runner` (`core`,
/// `cli`, `api`), if it is.
pub fn known<'a>(outcome: &'a Value, runner: &str) -> Option<&'a str> {
    let why = outcome.get("known")?.as_str()?;
    match outcome.get("knownIn").and_then(Value::as_array) {
        Some(runners) if !runners.iter().any(|r| r == runner) => None,
        _ => Some(why),
    }
}

/// The kind of an error, from its English message: the core's wording, or
/// the CLI's own for a scenario file that does not read (`invalid scenario`).
#[allow(
    dead_code,
    reason = "the core's runner reads an error's kind, not its message"
)]
pub fn kind_of(message: &str) -> String {
    if message.contains(" is not a multiple of ") {
        "not a multiple".into()
    } else if message.contains(" is not between ") {
        "out of range".into()
    } else if message.contains("minimum wage") {
        "below minimum wage".into()
    } else if message.contains(" is not a number")
        || message.contains(" is not a whole number")
        || message.starts_with("invalid scenario")
    {
        "unparsable".into()
    } else {
        format!("other: {message}")
    }
}

/// What a runner found: every outcome it checked, those that differ from
/// the table, and the known discrepancies it skipped.
pub struct Report {
    runner: &'static str,
    checked: usize,
    failures: Vec<String>,
    skipped: Vec<String>,
}

impl Report {
    /// An empty report for `runner` (`core`, `cli`, `api`).
    pub fn new(runner: &'static str) -> Self {
        Self {
            runner,
            checked: 0,
            failures: Vec::new(),
            skipped: Vec::new(),
        }
    }

    /// Checks one outcome: `actual`, for the case `field`/`text` in `column`,
    /// against the table's `expected`.
    pub fn check(
        &mut self,
        field: &str,
        text: &str,
        column: &str,
        expected: &Value,
        actual: &Value,
    ) {
        self.checked += 1;
        let line = format!(
            "{field} {text:?} {column}: expected {}, got {actual}",
            bare(expected)
        );
        match known(expected, self.runner) {
            Some(why) if same(expected, actual) => {
                self.skipped
                    .push(format!("{line} (known, but agrees in this build: {why})"));
            }
            Some(why) => self.skipped.push(format!("{line} (known: {why})")),
            None if !same(expected, actual) => self.failures.push(line),
            None => {}
        }
    }

    /// How many outcomes of `cases` cases were checked, and the known
    /// discrepancies skipped, one a line.
    pub fn summary(&self, cases: usize) -> String {
        let mut out = format!(
            "{} outcomes of {cases} cases; {} known discrepancies, skipped:",
            self.checked,
            self.skipped.len()
        );
        for line in &self.skipped {
            out.push_str("\n  ");
            out.push_str(line);
        }
        out
    }

    /// Fails, listing every outcome that differs from the table, if any does.
    pub fn assert_agrees(&self) {
        assert!(
            self.failures.is_empty(),
            "{} of {} outcomes differ from tests/numbers.json:\n{}",
            self.failures.len(),
            self.checked,
            self.failures.join("\n")
        );
    }
}

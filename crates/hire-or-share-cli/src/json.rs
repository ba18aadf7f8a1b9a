//! What `--format json` writes on standard output: a value as pretty JSON,
//! and `compare`'s result, the comparison's keys with the answer, the
//! notices and today's figures beside them as the JavaScript API gives them.

use hire_or_share::{Answer, Comparison, Date, Lang, Notice, Savings, Scenario, compare};
use serde::Serialize;

use crate::failure::Failure;

/// `compare --format json`: the comparison's keys as they are, the answer
/// (`answer`, in the language asked for), and, when there are any, the
/// notices about the rules used (`notices`: `rules_past_end`) and today's
/// figures of a scenario pinned to older rules or defaults (`today`), as
/// the JavaScript API's `compare` has them.
#[derive(Serialize)]
pub struct ComparisonJson<'a> {
    /// The comparison.
    #[serde(flatten)]
    pub comparison: &'a Comparison,
    /// The answer at the top.
    pub answer: Answer,
    /// The notices about the rules the figures were computed with.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub notices: &'a [Notice],
    /// Today's figures, for a scenario on other rules or defaults than today's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub today: Option<Today>,
}

/// Today's figures for a result whose rules or defaults are no longer
/// today's (a pinned scenario), as the JavaScript API gives them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Today {
    /// What to say under the result: the rules and defaults it used, and
    /// today's yearly difference (`hire_or_share::share::pinned_note`).
    pub note: String,
    /// Today's scenario, undated.
    pub scenario: Scenario,
    /// Today's savings of shared time over a full-time hire.
    pub savings: Savings,
}

/// Today's figures of `r` on `today`, or `None` when its rules and
/// defaults are today's.
///
/// # Errors
///
/// A [`Failure`] when today's scenario does not compute.
pub fn todays(r: &Comparison, today: Date, lang: Lang) -> Result<Option<Today>, Failure> {
    let Some(scenario) = r.scenario.updated(today) else {
        return Ok(None);
    };
    let todays = compare(&scenario.on(today).0).map_err(|e| Failure::core(&e, lang))?;
    Ok(Some(Today {
        note: hire_or_share::share::pinned_note(r, &todays, lang),
        scenario,
        savings: todays.savings,
    }))
}

/// `value` as pretty JSON, with a final newline.
///
/// # Errors
///
/// A [`Failure::Other`] if it does not serialize (a bug).
pub fn json<T: Serialize>(value: &T) -> Result<String, Failure> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|e| Failure::Other(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

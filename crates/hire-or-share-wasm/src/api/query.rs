//! `scenarioFromQuery`: the scenario of a share link's query, read by the
//! core (`Scenario::from_query`), as the element reads its page's address:
//! for a page that takes its scenario from a pinned link (www/proposal.html).

use hire_or_share::Scenario;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::errors::{self, Outcome};
use super::write::to_js;

/// A parameter of the query that was not used, and why.
#[derive(Serialize)]
struct Ignored {
    name: String,
    message: String,
}

/// What `scenarioFromQuery` gives: the scenario and what it left out.
#[derive(Serialize)]
struct Linked {
    scenario: Scenario,
    ignored: Vec<Ignored>,
}

/// `scenarioFromQuery(query, lang?)`: the scenario of a share link's query
/// (`v=1&role=drh&defaults=2026-11&date=2026-06-01&day-rate=950…`, with or
/// without `?`): the role's preset, then each parameter in turn, as the
/// element reads a link. Returns `{ value: { scenario, ignored } }`, where
/// `ignored` lists each parameter left out (unknown, malformed or out of
/// range) with the reason in `lang`; `lang`, `theme`, `locked` and `hide`
/// are passed over silently. `{ error }` only for a bad `lang`. The
/// scenario is accepted as it is by `compare` and `shareLink`.
///
/// # Errors
///
/// Throws only on a conversion bug.
#[wasm_bindgen(js_name = scenarioFromQuery, unchecked_return_type = "Outcome<LinkedScenario>")]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes strings by value"
)]
pub fn scenario_from_query(
    query: String,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang | null")] lang: Option<String>,
) -> Result<JsValue, JsError> {
    let outcome: Outcome<_> = errors::lang_of(lang.as_deref())
        .map(|lang| {
            let (scenario, ignored) = Scenario::from_query(&query, lang);
            Linked {
                scenario,
                ignored: ignored
                    .into_iter()
                    .map(|i| Ignored {
                        name: i.name,
                        message: i.message,
                    })
                    .collect(),
            }
        })
        .into();
    to_js(&outcome)
}

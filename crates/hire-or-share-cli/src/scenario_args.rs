//! The scenario from the command line: a file, a preset, and the flag of
//! every field on top, each read as the core reads it, in the order given.

use std::io::Read;

use hire_or_share::{Lang, Notice, Role, Scenario};
use serde_json::{Map, Value};

use crate::failure::Failure;
use crate::field_flags::FieldFlags;
use crate::fields;
use crate::notice::warn;
use crate::option_flags::{OptionFlags, add_options};
use crate::today;

/// The scenario: a file, then flags on top of it.
#[derive(Debug, clap::Args)]
pub struct ScenarioArgs {
    /// A scenario file in JSON (`-` for standard input); flags override it.
    #[arg(long)]
    scenario: Option<String>,
    /// Role preset: daf, dsi, drh or marketing; the other fields start
    /// from its values.
    #[arg(long, visible_alias = "role")]
    preset: Option<String>,
    /// Every field of the scenario (`schema scenario`), by its JSON name in
    /// kebab-case.
    #[command(flatten)]
    fields: FieldFlags,
    /// The recruit would not be a cadre (as `--cadre false`).
    #[arg(long, conflicts_with = "cadre")]
    non_cadre: bool,
    /// `--option KIND`, repeatable.
    #[command(flatten)]
    added_options: OptionFlags,
}

/// The fields read before the role's preset fills the scenario, given on
/// the command line as a file gives them: the version of the defaults whose
/// values the scenario starts from, and the zone, whose values a file's own
/// override. `Scenario::set` would change these fields alone.
const BEFORE_THE_PRESET: [&str; 2] = ["defaults", "location"];

/// Reads the scenario: the file if any, the preset, then each field's flag
/// in the order given, the options of `--option` added to its list, and
/// today's rules if it has no date (with the notice, on standard error too,
/// when they are past the last known period).
///
/// # Errors
///
/// A [`Failure`] naming the field whose value does not read or the file
/// that does not.
pub fn scenario_from(
    args: &ScenarioArgs,
    lang: Lang,
) -> Result<(Scenario, Option<Notice>), Failure> {
    let mut object = match &args.scenario {
        None => Map::new(),
        Some(path) => read_object(path, lang)?,
    };
    if let Some(preset) = &args.preset {
        let role = Role::from_key(preset).ok_or_else(|| unknown_preset(preset, lang))?;
        object.insert("role".into(), Value::String(role.key().into()));
    }
    if args.non_cadre {
        object.insert("cadre".into(), Value::Bool(false));
    }
    let (before, after): (Vec<_>, Vec<_>) = args
        .fields
        .0
        .iter()
        .partition(|(json, _)| BEFORE_THE_PRESET.contains(json));
    for (json, text) in before {
        // Read as the core reads it, then given as the file would give it.
        let mut read = Scenario::default();
        set(&mut read, json, text, lang)?;
        let value = read.get(json).unwrap_or_default();
        let value = if value.is_empty() {
            Value::Null
        } else {
            Value::String(value)
        };
        object.insert((*json).into(), value);
    }
    // A need profile's text form in the file (`6x2,18x0.5`), read as a
    // form's is, after the rest: its errors are the core's, in `lang`.
    let need = match object.get("needProfile") {
        Some(Value::String(text)) => Some(text.clone()),
        _ => None,
    };
    if need.is_some() {
        object.remove("needProfile");
    }
    let mut scenario = scenario_from_object(&object, lang)?;
    if let Some(text) = need {
        scenario
            .set("needProfile", &text)
            .map_err(|e| Failure::core(&e, lang))?;
    }
    for (json, text) in after {
        set(&mut scenario, json, text, lang)?;
    }
    // `--option`: after the list of the file or of `--options`.
    add_options(&mut scenario, &args.added_options, lang)?;
    // No date: today's rules, or the last known with a notice.
    let (scenario, notice) = scenario.on(today::checked()?);
    warn(notice.as_ref(), lang);
    Ok((scenario, notice))
}

/// Sets the field `json` from its flag's text.
fn set(scenario: &mut Scenario, json: &str, text: &str, lang: Lang) -> Result<(), Failure> {
    match fields::find(json) {
        Some(field) => field
            .set(scenario, text)
            .map_err(|e| Failure::flag(&field.flag, &e, lang)),
        None => scenario
            .set(json, text)
            .map_err(|e| Failure::core(&e, lang)),
    }
}

fn unknown_preset(preset: &str, lang: Lang) -> Failure {
    Failure::input(
        "role",
        match lang {
            Lang::Fr => format!(
                "métier (preset)\u{a0}: « {preset} » inconnu\u{a0}; choix\u{a0}: daf, dsi, drh, marketing"
            ),
            Lang::En => {
                format!("role (preset): unknown \"{preset}\"; choose daf, dsi, drh or marketing")
            }
        },
    )
}

/// The scenario file's JSON object.
fn read_object(path: &str, lang: Lang) -> Result<Map<String, Value>, Failure> {
    let text = read_input(path)?;
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Failure::input(
            "input",
            input_error("the scenario must be a JSON object", lang),
        )),
        Err(e) => Err(Failure::input("input", input_error(&e.to_string(), lang))),
    }
}

/// A scenario from its JSON object, the role's preset filling the rest.
fn scenario_from_object(object: &Map<String, Value>, lang: Lang) -> Result<Scenario, Failure> {
    serde_json::from_value(Value::Object(object.clone())).map_err(|e| {
        // Name the field at fault: the first one refused on its own.
        let field = object.iter().find_map(|(key, v)| {
            let alone = Value::Object([(key.clone(), v.clone())].into_iter().collect());
            serde_json::from_value::<Scenario>(alone)
                .is_err()
                .then_some(key)
        });
        match field {
            Some(field) => Failure::input(field, input_error(&format!("{field}: {e}"), lang)),
            None => Failure::input("input", input_error(&e.to_string(), lang)),
        }
    })
}

/// An error about a scenario given as JSON.
pub fn input_error(detail: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("scénario invalide\u{a0}: {detail}"),
        Lang::En => format!("invalid scenario: {detail}"),
    }
}

/// A file's text, or standard input's for `-`.
///
/// # Errors
///
/// A [`Failure::Other`] when it does not read.
pub fn read_input(path: &str) -> Result<String, Failure> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::Other(format!("cannot read standard input: {e}")))?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| Failure::Other(format!("cannot read {path}: {e}")))
    }
}

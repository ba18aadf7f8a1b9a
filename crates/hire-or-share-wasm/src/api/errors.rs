//! The API's one error mapping: every input error, the core's and the API's
//! own (a language, a role, an input that is not an object), becomes
//! `{ error: { field, message } }`, the message in the requested language;
//! only bugs throw.

use hire_or_share::Lang;
use serde::Serialize;

use crate::{FieldError, field_error};

/// Either a value or a field error, serialized as `{ value }` or `{ error }`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome<T> {
    /// The computation succeeded.
    Value(T),
    /// The input was invalid.
    Error(FieldError),
}

impl<T> From<Result<T, FieldError>> for Outcome<T> {
    fn from(result: Result<T, FieldError>) -> Self {
        match result {
            Ok(value) => Outcome::Value(value),
            Err(error) => Outcome::Error(error),
        }
    }
}

/// An error the API finds itself, on `field`, in `lang`.
fn error(field: &str, lang: Lang, fr: String, en: String) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message: match lang {
            Lang::Fr => fr,
            Lang::En => en,
        },
    }
}

/// A core error, as every function of the API gives it.
pub(super) fn core(err: &hire_or_share::Error, lang: Lang) -> FieldError {
    field_error(err, lang)
}

/// The language asked for: `"fr"` (the default, also for `null` and
/// `undefined`) or `"en"`.
///
/// # Errors
///
/// An error on `lang` for anything else, in English if the tag starts with
/// `en` (`"en-GB"`), else in French.
pub(super) fn lang_of(lang: Option<&str>) -> Result<Lang, FieldError> {
    match lang {
        None | Some("fr") => Ok(Lang::Fr),
        Some("en") => Ok(Lang::En),
        Some(other) => {
            let near = if other.to_ascii_lowercase().starts_with("en") {
                Lang::En
            } else {
                Lang::Fr
            };
            Err(error(
                "lang",
                near,
                format!("langue (lang)\u{a0}: « {other} » inconnue\u{a0}; choix\u{a0}: fr, en"),
                format!("language (lang): unknown \"{other}\"; choose fr or en"),
            ))
        }
    }
}

/// An error about the input as a whole (malformed JSON, unknown field…).
pub(super) fn input(detail_fr: &str, detail_en: &str, lang: Lang) -> FieldError {
    error(
        "input",
        lang,
        format!("entrée invalide\u{a0}: {detail_fr}"),
        format!("invalid input: {detail_en}"),
    )
}

/// The error for an input that is not a plain object.
pub(super) fn not_an_object(lang: Lang) -> FieldError {
    input(
        "un objet est attendu, par exemple { grossAnnual: \"85000\" }",
        "an object is expected, for example { grossAnnual: \"85000\" }",
        lang,
    )
}

/// The error for a role preset that does not exist.
pub(super) fn unknown_role(role: &str, lang: Lang) -> FieldError {
    error(
        "role",
        lang,
        format!(
            "métier (role)\u{a0}: « {role} » inconnu\u{a0}; choix\u{a0}: daf, dsi, drh, marketing"
        ),
        format!("role (role): unknown \"{role}\"; choose daf, dsi, drh or marketing"),
    )
}

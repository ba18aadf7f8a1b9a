//! Why a command failed, and how it says so: the field at fault and the
//! message, the exit status, and the failure as one line on standard error
//! or, under `--format json`, as a JSON object on standard output.

use hire_or_share::{Error, Lang, field_label};

/// Why the command failed, and how it exits.
#[derive(Debug)]
pub enum Failure {
    /// Bad input: exit 2.
    Input {
        /// The field at fault, by its JSON name (`grossAnnual`); `input`
        /// for the input as a whole.
        field: String,
        /// The message, naming the field and the range where there is one.
        message: String,
        /// The flag whose value did not read, if that is the fault
        /// (`--gross-annual`): said before the message on standard error.
        flag: Option<String>,
    },
    /// Anything else (a file that does not read, a closed output): exit 1.
    Other(String),
}

impl Failure {
    /// A core error: its field and its message in `lang`.
    pub fn core(err: &Error, lang: Lang) -> Self {
        Self::input(err.field(), err.message(lang))
    }

    /// A core error on the value of the flag `--flag`.
    pub fn flag(flag: &str, err: &Error, lang: Lang) -> Self {
        Self::Input {
            field: err.field().to_owned(),
            message: err.message(lang),
            flag: Some(["--", flag].concat()),
        }
    }

    /// Bad input about `field`.
    pub fn input(field: &str, message: String) -> Self {
        Self::Input {
            field: field.to_owned(),
            message,
            flag: None,
        }
    }

    /// The exit status: 2 for bad input, 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Input { .. } => 2,
            Self::Other(_) => 1,
        }
    }

    /// The one line for standard error (`error: …`).
    pub fn line(&self) -> String {
        match self {
            Self::Input {
                message,
                flag: Some(flag),
                ..
            } => format!("error: {flag}: {message}"),
            Self::Input { message, .. } | Self::Other(message) => format!("error: {message}"),
        }
    }

    /// The failure as JSON, for standard output under `--format json`:
    /// `{ "error": { "field", "label", "message" } }`, the message as the
    /// JavaScript API gives it.
    pub fn json(&self, lang: Lang) -> String {
        let (field, message) = match self {
            Self::Input { field, message, .. } => (field.as_str(), message),
            Self::Other(message) => ("input", message),
        };
        let error = serde_json::json!({
            "error": {
                "field": field,
                "label": field_label(field, lang),
                "message": message,
            }
        });
        let mut text = serde_json::to_string_pretty(&error).unwrap_or_default();
        text.push('\n');
        text
    }
}

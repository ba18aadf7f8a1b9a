//! Numbers as the visitor types and reads them in a field: a decimal comma
//! in French, spaces and the euro sign allowed, and the message for text that
//! is not a number.

use hire_or_share::Lang;
use rust_decimal::Decimal;

use crate::FieldError;

/// How a default shows in a French or English input: a decimal comma in French.
pub(super) fn shown(default: &str, lang: Lang) -> String {
    if lang == Lang::Fr {
        default.replace('.', ",")
    } else {
        default.to_owned()
    }
}

/// A user's number: spaces and no-break spaces dropped, a decimal comma accepted.
pub(super) fn read_number(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .chars()
        .filter(|&c| !c.is_whitespace() && !matches!(c, '\u{202f}' | '€'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() || cleaned.len() > 40 {
        return None;
    }
    hire_or_share::read_decimal(&cleaned)
}

/// The error for text in `field` that is not a number (`whole`: not a whole
/// number).
pub(super) fn not_a_number(field: &str, whole: bool, lang: Lang) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message: match (whole, lang.compiled()) {
            (true, Lang::Fr) => "Saisissez un nombre entier.".to_owned(),
            (true, Lang::En) => "Enter a whole number.".to_owned(),
            (false, Lang::Fr) => "Saisissez un nombre (par exemple 85000 ou 1,5).".to_owned(),
            (false, Lang::En) => "Enter a number (for example 85000 or 1.5).".to_owned(),
        },
    }
}

//! Notices about the rules and defaults a result was computed with, on
//! standard error: the output stays the result alone.

use hire_or_share::{Lang, Notice};

use crate::text::t;

/// A notice of the core (`rules_past_end`), in `lang`.
pub fn warn(notice: Option<&Notice>, lang: Lang) {
    if let Some(n) = notice {
        warn_text(t(lang, n.fr, n.en), lang);
    }
}

/// A warning line: `warning: …`.
pub fn warn_text(text: &str, lang: Lang) {
    eprintln!("{}: {text}", t(lang, "avertissement", "warning"));
}

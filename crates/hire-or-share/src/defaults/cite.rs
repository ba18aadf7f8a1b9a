//! Writing a default's source: a published figure with its link and date,
//! or our own reasoning where none was found.

use crate::date::Date;
use crate::lang::Lang;
use crate::source::Source;

/// A published source: its title in French and in English (each kept only in
/// a build with its language), its link, and the date of the figure.
pub(super) const fn src(
    title: &'static str,
    title_en: &'static str,
    url: &'static str,
    effective: Date,
) -> Source {
    Source {
        title: Lang::Fr.text(title),
        title_en: Some(Lang::En.text(title_en)),
        url,
        effective,
    }
}

/// Our own reasoning, in French and English, where no published figure was
/// found (or the value is the user's to set), as reviewed on `reviewed`.
pub(super) const fn estimate(
    reasoning: &'static str,
    reasoning_en: &'static str,
    reviewed: Date,
) -> Source {
    src(reasoning, reasoning_en, "", reviewed)
}

//! Where a figure comes from: [`Source`], the official page or legal
//! article of a rate, a threshold or a default, and its effective date.

use serde::Serialize;

use crate::date::Date;
use crate::lang::Lang;

/// Where a figure comes from: an official page or a legal article, and the
/// date from which the figure applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// A short title in French, e.g. "urssaf.fr — Taux de cotisations 2026",
    /// or our reasoning when the figure is an estimate.
    pub title: &'static str,
    /// The title in English, where it has words of ours (a summary of what
    /// the source says, or our reasoning). `None` when the title is only the
    /// name of a French page or legal text, cited as it is in both languages.
    /// [`Source::title_in`] picks the one to show.
    pub title_en: Option<&'static str>,
    /// A link to the page or article.
    pub url: &'static str,
    /// The date from which the figure applies.
    pub effective: Date,
}

impl Source {
    /// The title to show in `lang`: [`Source::title_en`] in English where
    /// there is one, else [`Source::title`].
    #[must_use]
    pub fn title_in(&self, lang: Lang) -> &'static str {
        match (lang.compiled(), self.title_en) {
            (Lang::En, Some(en)) => en,
            _ => self.title,
        }
    }
}

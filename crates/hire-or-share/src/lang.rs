//! The languages of the crate's text (French and English), the builds with
//! one language only, and the quoting of user text in messages.

/// The language of messages and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

/// The language's code, `fr` or `en`: what [`Lang::from_str`](core::str::FromStr) reads.
///
/// ```
/// use hire_or_share::Lang;
///
/// let lang: Lang = "en".parse()?;
/// assert_eq!((lang, lang.to_string()), (Lang::En, "en".to_owned()));
/// assert_eq!("de".parse::<Lang>().unwrap_err().field(), "lang");
/// # Ok::<(), hire_or_share::Error>(())
/// ```
impl core::fmt::Display for Lang {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        })
    }
}

/// Reads `fr` or `en`; anything else is an error on `lang`.
impl core::str::FromStr for Lang {
    type Err = crate::Error;
    fn from_str(text: &str) -> Result<Self, crate::Error> {
        match text.trim_ascii() {
            "fr" => Ok(Lang::Fr),
            "en" => Ok(Lang::En),
            _ => Err(crate::Error::unparsable(
                "lang",
                text,
                crate::Expected::Lang,
            )),
        }
    }
}

#[cfg(not(any(feature = "fr", feature = "en")))]
compile_error!(
    "hire-or-share needs the text of at least one language: enable feature `fr` or `en` (both are default features)"
);

/// Text in each language, and builds with one of them only.
///
/// With the default features (`fr` and `en`) every text exists in both
/// languages and these are plain selections. A build with one language only
/// (the widget's WebAssembly modules, one per language, each a few kilobytes
/// smaller) keeps empty strings in place of the other language's text, and
/// maps any request for it to the language it has.
impl Lang {
    /// Whether this build has the text of this language (its feature is on).
    #[must_use]
    pub const fn has_text(self) -> bool {
        match self {
            Lang::Fr => cfg!(feature = "fr"),
            Lang::En => cfg!(feature = "en"),
        }
    }

    /// This language, or the other one where this build has no text in it.
    #[must_use]
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    pub const fn compiled(self) -> Lang {
        match (self, self.has_text()) {
            (_, true) => self,
            (Lang::Fr, false) => Lang::En,
            (Lang::En, false) => Lang::Fr,
        }
    }

    /// `text`, written in this language, or `""` in a build without it: for
    /// tables of text in both languages, so that a one-language build leaves
    /// the other language's text out of the binary.
    ///
    /// ```
    /// use hire_or_share::Lang;
    /// assert_eq!(Lang::En.text("Shared time"), "Shared time"); // default features
    /// ```
    #[must_use]
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    pub const fn text(self, text: &'static str) -> &'static str {
        if self.has_text() { text } else { "" }
    }

    /// The one of `fr` and `en` in this language (in the [compiled](Lang::compiled)
    /// one). Inlined, so that a one-language build drops the other text.
    ///
    /// ```
    /// use hire_or_share::Lang;
    /// assert_eq!(Lang::En.pick("Temps partagé", "Shared time"), "Shared time");
    /// ```
    #[must_use]
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    pub const fn pick(self, fr: &'static str, en: &'static str) -> &'static str {
        match self.compiled() {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

/// A French label and its English translation, each kept only in a build
/// with its language (see [`Lang::text`]).
#[allow(
    clippy::inline_always,
    reason = "a one-language build must see the choice of language at each text, to leave the other text out"
)]
#[inline(always)]
pub(crate) const fn tr(fr: &'static str, en: &'static str) -> (&'static str, &'static str) {
    (Lang::Fr.text(fr), Lang::En.text(en))
}

/// The first `chars` characters of `text` (all of it if shorter), for
/// quoting user text in a message: a slice at a character boundary, not a
/// `String` built character by character.
pub(crate) fn head(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .and_then(|(end, _)| text.get(..end))
        .unwrap_or(text)
}

#[cfg(test)]
mod lang_tests {
    use super::{Lang, tr};

    /// Each build answers in the languages it has text for. The test command
    /// runs this with both languages and with each one alone.
    #[test]
    fn a_build_answers_in_the_languages_it_has() {
        for lang in [Lang::Fr, Lang::En] {
            assert!(lang.compiled().has_text(), "{lang:?}");
        }
        let pair = tr("Temps partagé", "Shared time");
        match (cfg!(feature = "fr"), cfg!(feature = "en")) {
            (true, true) => {
                assert_eq!(Lang::En.compiled(), Lang::En);
                assert_eq!(
                    Lang::Fr.pick("Temps partagé", "Shared time"),
                    "Temps partagé"
                );
                assert_eq!(Lang::En.pick("Temps partagé", "Shared time"), "Shared time");
                assert_eq!(pair, ("Temps partagé", "Shared time"));
            }
            (true, false) => {
                assert_eq!(Lang::En.compiled(), Lang::Fr);
                assert_eq!(
                    Lang::En.pick("Temps partagé", "Shared time"),
                    "Temps partagé"
                );
                assert_eq!(pair, ("Temps partagé", ""));
                assert_eq!(crate::Defaults::current().presets[0].label_en, "");
            }
            (false, true) => {
                assert_eq!(Lang::Fr.compiled(), Lang::En);
                assert_eq!(Lang::Fr.pick("Temps partagé", "Shared time"), "Shared time");
                assert_eq!(pair, ("", "Shared time"));
                assert_eq!(crate::Defaults::current().presets[0].label_fr, "");
                // The English title of a default's source.
                assert!(
                    crate::Defaults::current().presets[0]
                        .gross_annual_source
                        .title_in(Lang::En)
                        .contains("CFO")
                );
            }
            (false, false) => unreachable!("a build has at least one language"),
        }
    }
}

//! The element's language and its sentence templates: the one of a French
//! and an English text, sentences with figures put in their places, and role
//! names with their short name first.

use hire_or_share::Lang;

/// French or English text. Inlined, so that a module built with one
/// language (feature `fr` or `en`) holds no text of the other.
#[allow(
    clippy::inline_always,
    reason = "a one-language build must see the choice of language at each text, to leave the other text out"
)]
#[inline(always)]
pub(super) fn t(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    lang.pick(fr, en)
}

/// `template` with each `{}` replaced by the next of `args`: the sentences
/// with figures in them are text of each language like any other, chosen by
/// [`t`] and filled here, rather than a `format!` for each language.
pub(super) fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        if let Some(after) = after.strip_prefix('}') {
            out.push_str(args.next().copied().unwrap_or_default());
            rest = after;
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// `"Directeur administratif et financier (DAF)"` as `"DAF — Directeur
/// administratif et financier"`: a closed select on a phone shows only the
/// start of its option, so the short name goes first. Other labels as they are.
pub(super) fn short_first(label: &str) -> String {
    if let Some((name, abbreviation)) = label
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        && let Some(name) = name.strip_suffix(' ')
        && !name.is_empty()
    {
        return [abbreviation, " — ", name].concat();
    }
    label.to_owned()
}

#[cfg(test)]
mod tests {
    use super::{fill, short_first};

    #[test]
    fn fill_puts_each_argument_in_its_place() {
        assert_eq!(fill("{} et {} ({})", &["a", "b", "c"]), "a et b (c)");
        assert_eq!(fill("{x} {}", &["1"]), "{x} 1");
        assert_eq!(fill("{} {}", &["1"]), "1 ");
        assert_eq!(fill("no braces", &["1"]), "no braces");
    }

    #[test]
    fn the_short_name_of_a_role_comes_first() {
        assert_eq!(
            short_first("Directeur administratif et financier (DAF)"),
            "DAF — Directeur administratif et financier"
        );
        assert_eq!(
            short_first("Chief information officer (CIO)"),
            "CIO — Chief information officer"
        );
        assert_eq!(short_first("Directeur marketing"), "Directeur marketing");
        assert_eq!(short_first("(odd)"), "(odd)");
    }
}

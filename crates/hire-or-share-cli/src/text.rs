//! The text helpers every rendering shares: a text in the language asked
//! for, euros, days and months as written, a cost line's label, formula and
//! source, and HTML escaping.

use hire_or_share::{CostLine, Lang, format_euros};
use rust_decimal::Decimal;

pub fn t(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

pub fn eur(amount: Decimal, lang: Lang) -> String {
    format_euros(amount, lang).replace('\u{a0}', " ")
}

pub fn days(value: Decimal, lang: Lang) -> String {
    let text = value.normalize().to_string();
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// "1 month", "6 months"; "1 mois", "6 mois".
pub fn months(n: u32, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Fr, _) => format!("{n} mois"),
        (Lang::En, 1) => "1 month".to_owned(),
        (Lang::En, _) => format!("{n} months"),
    }
}

pub fn label(line: &CostLine, lang: Lang) -> &'static str {
    t(lang, line.label_fr, line.label_en)
}

pub fn formula(line: &CostLine, lang: Lang) -> &str {
    match lang {
        Lang::Fr => &line.formula_fr,
        Lang::En => &line.formula_en,
    }
}

/// A line's source in Markdown: a link when it has one, "(estimate)" after
/// an estimate.
pub fn source_markdown(line: &CostLine, lang: Lang) -> String {
    let source = match &line.source {
        Some(s) if !s.url.is_empty() => {
            format!("[{}]({})", s.title_in(lang).replace('|', "/"), s.url)
        }
        Some(s) => s.title_in(lang).replace('|', "/"),
        None => String::new(),
    };
    if line.estimate {
        source + t(lang, " (estimation)", " (estimate)")
    } else {
        source
    }
}

/// A line's source in HTML, a link when it has one; escaped.
pub fn source_html(line: &CostLine, lang: Lang) -> String {
    match &line.source {
        Some(s) if !s.url.is_empty() => {
            format!("<a href=\"{}\">{}</a>", esc(s.url), esc(s.title_in(lang)))
        }
        Some(s) => esc(s.title_in(lang)),
        None => String::new(),
    }
}

/// Escapes text for HTML and SVG.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

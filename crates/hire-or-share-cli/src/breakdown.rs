//! One option's cost, line by line (label, amount, formula, and in Markdown
//! and HTML the source), as a terminal block, a Markdown table and an HTML
//! table: the breakdowns every comparison output shows.

use std::fmt::Write as _;

use hire_or_share::{CostLine, Lang};

use crate::text::{esc, eur, formula, label, source_html, source_markdown, t};

/// The option `name`'s steady-state lines, for the terminal.
pub fn text(out: &mut String, name: &str, lines: &[CostLine], lang: Lang) {
    let _ = writeln!(
        out,
        "\n{name} — {}",
        t(lang, "détail (régime établi)", "breakdown (steady state)")
    );
    for line in lines {
        let _ = writeln!(
            out,
            "  {:<58} {:>14}  {}",
            label(line, lang),
            eur(line.amount, lang),
            formula(line, lang)
        );
    }
}

/// The option `name`'s lines as a Markdown section: a heading, then a
/// table of line, amount, formula and source.
pub fn markdown(out: &mut String, name: &str, lines: &[CostLine], lang: Lang) {
    let _ = writeln!(
        out,
        "\n### {name}\n\n| {} | {} | {} | {} |\n|---|---:|---|---|",
        t(lang, "Poste", "Line"),
        t(lang, "Montant", "Amount"),
        t(lang, "Calcul", "Formula"),
        t(lang, "Source", "Source")
    );
    for line in lines {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            label(line, lang),
            eur(line.amount, lang),
            formula(line, lang),
            source_markdown(line, lang)
        );
    }
}

/// The option `name`'s lines as an HTML heading and table; escaped.
pub fn html(out: &mut String, name: &str, lines: &[CostLine], lang: Lang) {
    let _ = writeln!(out, "<h3>{}</h3>\n<table>\n<tbody>", esc(name));
    html_rows(out, lines, lang);
    let _ = writeln!(out, "</tbody>\n</table>");
}

/// Cost lines as HTML table rows: label, amount, formula and source; escaped.
pub fn html_rows(out: &mut String, lines: &[CostLine], lang: Lang) {
    for line in lines {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(label(line, lang)),
            esc(&eur(line.amount, lang)),
            esc(formula(line, lang)),
            source_html(line, lang)
        );
    }
}

//! A table of cost lines: its column headers, a row per line (amount,
//! formula, source), and a line's source cell.

use hire_or_share::{CostLine, Lang, Source};
use web_sys::{Document, Element};

use super::dom::{Formats, add, attr, el, labelled_row, source_link};
use super::text::t;

/// The columns of a table of cost lines ([`line_rows`]).
pub(super) fn line_headers(lang: Lang) -> [&'static str; 4] {
    [
        t(lang, "Poste", "Item"),
        t(lang, "Montant", "Amount"),
        t(lang, "Calcul", "Formula"),
        t(lang, "Source", "Source"),
    ]
}

/// Adds a row per line to `tbody`, marked as a body of cost lines (class
/// `lines`): on a narrow element, each of its rows shows as a card, each
/// cell under its column's name (hire-or-share.css).
pub(super) fn line_rows(
    doc: &Document,
    fmt: &Formats,
    lang: Lang,
    tbody: &Element,
    lines: &[CostLine],
) {
    attr(tbody, "class", "lines");
    attr(tbody, "role", "rowgroup");
    let headers = line_headers(lang);
    for line in lines {
        let formula = match lang.compiled() {
            Lang::Fr => &line.formula_fr,
            Lang::En => &line.formula_en,
        };
        let row = labelled_row(
            doc,
            &headers,
            t(lang, line.label_fr, line.label_en),
            &[("amount", &fmt.euros(&line.amount)), ("formula", formula)],
        );
        let source = source_cell(doc, lang, line.source, line.estimate);
        attr(&source, "data-label", headers[3]);
        add(&row, &source);
        add(tbody, &row);
    }
}

/// A table cell with a line's source: a link to it, or our reasoning for an
/// estimate, marked as such.
pub(super) fn source_cell(
    doc: &Document,
    lang: Lang,
    source: Option<&Source>,
    estimate: bool,
) -> Element {
    let cell = el(doc, "td", "source", None);
    attr(&cell, "role", "cell");
    if let Some(s) = source {
        if s.url.is_empty() {
            cell.set_text_content(Some(s.title_in(lang)));
        } else {
            add(&cell, &source_link(doc, s, lang));
        }
        if estimate {
            add(
                &cell,
                &el(
                    doc,
                    "span",
                    "estimate-tag",
                    Some(t(lang, " (estimation)", " (estimate)")),
                ),
            );
        }
    }
    cell
}

//! "A need that varies" in the form: the editor of the need profile's
//! periods, its starting shapes, and the profile's text (`6x2,18x0.5`, the
//! core's) read from the rows and written into them.
//!
//! The profile is one field of the model, `needProfile`, as text: a link, an
//! attribute, the event and the printed page carry it as they carry any
//! field, and the core reads and checks it (an error names its period).

use hire_or_share::Lang;
use web_sys::{Document, Element, ShadowRoot};

use super::dom::{add, append, attr, button, create_input, el, elements, query, query_all, value};
use super::number::shown;
use super::text::{fill, t};

/// The starting shapes: the profile, and its name in each language.
const SHAPES: [(&str, &str, &str); 3] = [
    (
        "6x2,18x0.5",
        Lang::Fr.text("Un projet de 6 mois à 2 jours, puis une demi-journée"),
        Lang::En.text("A 6-month project at 2 days, then half a day"),
    ),
    (
        "3x3,9x1,12x0.5",
        Lang::Fr.text("Un démarrage de 3 mois à 3 jours, puis 1 jour, puis une demi-journée"),
        Lang::En.text("A 3-month start at 3 days, then 1 day, then half a day"),
    ),
    (
        "12x1,12x0",
        Lang::Fr.text("Un an à 1 jour, puis plus aucun besoin"),
        Lang::En.text("A year at 1 day, then no need at all"),
    ),
];

/// A period added by "Add a period": 6 months at 1 day a week.
const NEW_PERIOD: &str = "6x1";

/// Builds the editor into the disclosure `panel`: a note, the starting
/// shapes, the periods of the profile `text`, "add a period" and the
/// profile's error; opens it when there is a profile. Gives back the list of
/// periods and the error, the profile's control.
pub(super) fn editor(
    doc: &Document,
    lang: Lang,
    panel: &Element,
    text: &str,
) -> (Element, Element) {
    add(
        panel,
        &el(
            doc,
            "p",
            "panel-note",
            Some(t(
                lang,
                "Des périodes de quelques mois, chacune avec son besoin en jours par semaine (0 s'il n'y en a pas). Le temps partagé suit le besoin\u{a0}; un recrutement est payé quel que soit le besoin, et un temps partiel est embauché au pic (réduire son temps de travail demande son accord).",
                "Periods of a few months, each with its need in days a week (0 if there is none). Shared time follows the need; a recruit is paid whatever the need, and a part-time one is hired at the peak (cutting their working time needs their agreement).",
            )),
        ),
    );
    let shapes = el(doc, "div", "shapes", None);
    attr(&shapes, "role", "group");
    attr(
        &shapes,
        "aria-label",
        t(lang, "Pour commencer", "To start with"),
    );
    for (profile, fr, en) in SHAPES {
        let shape = button(doc, "shape", t(lang, fr, en), "need-shape");
        attr(&shape, "data-shape", profile);
        add(&shapes, &shape);
    }
    add(panel, &shapes);

    let field = el(doc, "fieldset", "field need-field", None);
    add(
        &field,
        &el(doc, "legend", "", Some(t(lang, "Périodes", "Periods"))),
    );
    let list = el(doc, "ol", "periods", None);
    attr(&list, "id", "hos-needProfile");
    let error = el(doc, "p", "error", None);
    attr(&error, "id", "hos-needProfile-error");
    attr(&error, "role", "alert");
    let more = button(
        doc,
        "add-period",
        t(lang, "Ajouter une période", "Add a period"),
        "need-add",
    );
    attr(&more, "id", "hos-needProfile-add");
    append(&field, &[&list, &more, &error]);
    add(panel, &field);
    show_rows(doc, lang, &list, false, text);
    // A link or an attribute with a profile opens the disclosure on it.
    if !text.is_empty() {
        attr(panel, "open", "");
    }
    (list, error)
}

/// What the host locks or hides of the profile `text`: hidden, the whole
/// disclosure; locked, its periods read-only and its buttons gone (the
/// rows drawn later are read-only too, [`show_rows`]).
pub(super) fn restrict(doc: &Document, lang: Lang, root: &ShadowRoot, lock: bool, text: &str) {
    let Some(panel) = query(root, ".need-panel") else {
        return;
    };
    if lock {
        attr(&panel, "data-locked", "");
        if let Some(list) = query(root, "#hos-needProfile") {
            show_rows(doc, lang, &list, true, text);
        }
    } else {
        attr(&panel, "hidden", "");
    }
}

/// The rows of the profile `text` (as [`compose`] writes it) in `list`, in
/// place of the rows there: one row a period, its months and days as typed;
/// read-only if the host `locked` the profile.
pub(super) fn show_rows(doc: &Document, lang: Lang, list: &Element, locked: bool, text: &str) {
    list.set_text_content(None);
    // No more rows than a profile may have: past them, the core's error says
    // so, and nothing is built for the rest (a host could give 100 000).
    let periods = text.split(',').filter(|p| !p.is_empty());
    for (i, period) in periods
        .take(hire_or_share::NeedProfile::MAX_PERIODS)
        .enumerate()
    {
        let (months, days) = period.split_once('x').unwrap_or((period, ""));
        add(
            list,
            &row(doc, lang, i + 1, months, &shown(days, lang), locked),
        );
    }
}

/// Period `n` (from 1): its name, months, days a week and remove button.
fn row(doc: &Document, lang: Lang, n: usize, months: &str, days: &str, locked: bool) -> Element {
    let number = n.to_string();
    let name = fill(t(lang, "Période {}", "Period {}"), &[&number]);
    // A fieldset a period, named by its legend: each field reads as
    // "Period 2, Months".
    let item = el(doc, "li", "", None);
    let set = el(doc, "fieldset", "need-period", None);
    add(&set, &el(doc, "legend", "period-name", Some(&name)));
    add(&item, &set);
    for (key, label, text, mode) in [
        ("months", t(lang, "Mois", "Months"), months, "numeric"),
        (
            "days",
            t(lang, "Jours par semaine", "Days a week"),
            days,
            "decimal",
        ),
    ] {
        let id = format!("hos-need-{key}-{number}");
        let cell = el(doc, "span", "cell", None);
        let label = el(doc, "label", "", Some(label));
        attr(&label, "for", &id);
        let input = create_input(doc, "text");
        attr(&input, "id", &id);
        attr(&input, "name", &["need-", key].concat());
        attr(&input, "inputmode", mode);
        attr(&input, "autocomplete", "off");
        attr(&input, "aria-describedby", "hos-needProfile-error");
        input.set_value(text);
        if locked {
            attr(&input, "readonly", "");
        }
        append(&cell, &[&label, &input]);
        add(&set, &cell);
    }
    let remove = button(
        doc,
        "remove-period",
        t(lang, "Retirer", "Remove"),
        "need-remove",
    );
    attr(
        &remove,
        "aria-label",
        &fill(
            t(lang, "Retirer la période {}", "Remove period {}"),
            &[&number],
        ),
    );
    attr(&remove, "data-period", &number);
    add(&set, &remove);
    item
}

/// The profile as the rows under `root` hold it, `months x days` by period,
/// separated by commas, as typed but without spaces and with a decimal
/// point: `""` for no row (no profile). The core reads it and names the
/// period that does not read or is out of range.
pub(super) fn compose(root: &ShadowRoot) -> String {
    let mut text = String::new();
    // In order, months then days of each row.
    let cells = query_all(root, "#hos-needProfile input");
    for (i, cell) in elements(&cells).enumerate() {
        if i > 0 {
            text.push(if i % 2 == 1 { 'x' } else { ',' });
        }
        for c in value(&cell).chars() {
            match c {
                ',' => text.push('.'),
                c if c.is_whitespace() => {}
                c => text.push(c),
            }
        }
    }
    text
}

/// An edit of the profile by the editor's buttons.
pub(super) enum Edit<'a> {
    /// A starting shape.
    Shape(&'a str),
    /// "Add a period".
    Add,
    /// "Remove" on period `n` (from 1).
    Remove(usize),
}

/// The profile `text` after `edit`, and the id of the element the focus goes
/// to, where the next key press expects it: the new period's months, the
/// next period after a removal (or "add a period" when none is left).
pub(super) fn edited(text: &str, edit: &Edit<'_>) -> (String, Option<String>) {
    let mut periods: Vec<&str> = text.split(',').filter(|p| !p.is_empty()).collect();
    match *edit {
        Edit::Shape(shape) => (shape.to_owned(), None),
        Edit::Add => {
            periods.push(NEW_PERIOD);
            let focus = format!("hos-need-months-{}", periods.len());
            (periods.join(","), Some(focus))
        }
        Edit::Remove(n) => {
            let left: Vec<&str> = periods
                .iter()
                .enumerate()
                .filter(|&(i, _)| i + 1 != n)
                .map(|(_, p)| *p)
                .collect();
            let focus = if left.is_empty() {
                "hos-needProfile-add".to_owned()
            } else {
                format!("hos-need-months-{}", n.clamp(1, left.len()))
            };
            (left.join(","), Some(focus))
        }
    }
}

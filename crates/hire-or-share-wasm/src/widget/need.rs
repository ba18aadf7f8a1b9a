//! "A need that varies" in the form (feature `profile`): the editor of the
//! need profile's periods, its starting shapes, and the profile's text
//! (`6x2,18x0.5`, the core's) read from the rows and written into them.
//!
//! The profile is one field of the state, `needProfile`, as text: a link, an
//! attribute, the event and the printed page carry it as they carry any
//! field, and the core reads and checks it (an error names its period).

use hire_or_share::Lang;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::dom::{
    add, append, attr, button, by_id, closest, create_element, el, query, query_all, value,
};
use super::number::shown;
use super::state::Widget;
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
const NEW_PERIOD: (&str, &str) = ("6", "1");

/// Builds the editor into the disclosure `panel`: a note, the starting
/// shapes, the periods, "add a period", the profile's error, and whether a
/// recruit leaves when the need ends. Opens it.
pub(super) fn editor(w: &mut Widget, panel: &Element) {
    let (doc, lang) = (w.doc.clone(), w.lang);
    add(
        panel,
        &el(
            &doc,
            "p",
            "panel-note",
            Some(t(
                lang,
                "Des périodes de quelques mois, chacune avec son besoin en jours par semaine (0 s'il n'y en a pas). Le temps partagé suit le besoin\u{a0}; un recrutement est payé quel que soit le besoin, et un temps partiel est embauché au pic (réduire son temps de travail demande son accord).",
                "Periods of a few months, each with its need in days a week (0 if there is none). Shared time follows the need; a recruit is paid whatever the need, and a part-time one is hired at the peak (cutting their working time needs their agreement).",
            )),
        ),
    );
    let shapes = el(&doc, "div", "shapes", None);
    attr(&shapes, "role", "group");
    attr(
        &shapes,
        "aria-label",
        t(lang, "Pour commencer", "To start with"),
    );
    for (profile, fr, en) in SHAPES {
        let shape = button(&doc, "shape", t(lang, fr, en), "need-shape");
        attr(&shape, "data-shape", profile);
        add(&shapes, &shape);
    }
    add(panel, &shapes);

    let field = el(&doc, "fieldset", "field need-field", None);
    add(
        &field,
        &el(&doc, "legend", "", Some(t(lang, "Périodes", "Periods"))),
    );
    let list = el(&doc, "ol", "periods", None);
    attr(&list, "id", "hos-needProfile");
    let error = el(&doc, "p", "error", None);
    attr(&error, "id", "hos-needProfile-error");
    attr(&error, "role", "alert");
    let more = button(
        &doc,
        "add-period",
        t(lang, "Ajouter une période", "Add a period"),
        "need-add",
    );
    attr(&more, "id", "hos-needProfile-add");
    append(&field, &[&list, &more, &error]);
    add(panel, &field);
    w.inputs.insert("needProfile".to_owned(), (list, error));
    let text = w.values.get("needProfile").cloned().unwrap_or_default();
    show_rows(w, &text);
    // A link or an attribute with a profile opens the disclosure on it.
    if !text.is_empty() {
        attr(panel, "open", "");
    }
    super::form::field(
        w,
        panel,
        "exitWhenNeedEnds",
        t(
            lang,
            "Fin du contrat quand le besoin s'arrête (préavis et indemnité légale de licenciement)",
            "Contract ended when the need stops (notice and legal severance pay)",
        ),
        "",
        None,
    );
}

/// What the host locks or hides of the profile: hidden, the whole
/// disclosure; locked, its periods read-only and its buttons gone (the
/// rows drawn later are read-only too, [`show_rows`]).
pub(super) fn restrict(w: &Widget, lock: bool) {
    let Some(panel) = query(&w.root, ".need-panel") else {
        return;
    };
    if lock {
        attr(&panel, "data-locked", "");
        let text = w.values.get("needProfile").cloned().unwrap_or_default();
        show_rows(w, &text);
    } else {
        attr(&panel, "hidden", "");
    }
}

/// The rows of the profile `text` (as [`compose`] writes it), in place of
/// the editor's rows: one row a period, its months and days as typed.
pub(super) fn show_rows(w: &Widget, text: &str) {
    let Some((list, _)) = w.inputs.get("needProfile") else {
        return;
    };
    list.set_text_content(None);
    let locked = query(&w.root, ".need-panel[data-locked]").is_some();
    // No more rows than a profile may have: past them, the core's error says
    // so, and nothing is built for the rest (a host could give 100 000).
    let periods = text.split(',').filter(|p| !p.is_empty());
    for (i, period) in periods
        .take(hire_or_share::NeedProfile::MAX_PERIODS)
        .enumerate()
    {
        let (months, days) = period.split_once('x').unwrap_or((period, ""));
        add(list, &row(w, i + 1, months, &shown(days, w.lang), locked));
    }
}

/// Period `n` (from 1): its name, months, days a week and remove button.
fn row(w: &Widget, n: usize, months: &str, days: &str, locked: bool) -> Element {
    let (doc, lang) = (&w.doc, w.lang);
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
        let input: HtmlInputElement = create_element(doc, "input").unchecked_into();
        attr(&input, "id", &id);
        attr(&input, "name", &format!("need-{key}"));
        attr(&input, "type", "text");
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
    add(&set, &remove);
    item
}

/// The profile as the rows hold it, `months x days` by period, separated by
/// commas, as typed but without spaces and with a decimal point: `""` for
/// no row (no profile). The core reads it and names the period that does
/// not read or is out of range.
pub(super) fn compose(w: &Widget) -> String {
    let mut text = String::new();
    // Elements, as a selector finds; in order, months then days of each row.
    let cells: js_sys::Array = query_all(&w.root, "#hos-needProfile input").unchecked_into();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            text.push(if i % 2 == 1 { 'x' } else { ',' });
        }
        for c in value(cell.unchecked_ref()).chars() {
            match c {
                ',' => text.push('.'),
                c if c.is_whitespace() => {}
                c => text.push(c),
            }
        }
    }
    text
}

/// The editor's buttons: a starting shape, "add a period", "remove". The
/// rows are redrawn from the profile's text, numbered anew, and the focus
/// goes where the next key press expects it: the new period's months, the
/// next period after a removal (or "add a period" when none is left).
pub(super) fn on_button(w: &mut Widget, button: &Element, action: &str) {
    let mut focus = None;
    let text = match action {
        "need-shape" => button.get_attribute("data-shape").unwrap_or_default(),
        "need-add" => {
            let text = compose(w);
            let count = text.split(',').filter(|p| !p.is_empty()).count();
            focus = Some(format!("hos-need-months-{}", count + 1));
            let (months, days) = NEW_PERIOD;
            if text.is_empty() {
                format!("{months}x{days}")
            } else {
                format!("{text},{months}x{days}")
            }
        }
        _ => {
            // The removed row's place among the rows, from 1.
            // (A NodeList walked by `length` and index, as `open_details` does.)
            let rows: js_sys::Array = query_all(&w.root, "#hos-needProfile > li").unchecked_into();
            let mut place = 1;
            if let Some(row) = closest(button, "li") {
                let row: &wasm_bindgen::JsValue = row.as_ref();
                place += rows.iter().position(|r| &r == row).unwrap_or_default();
                row.unchecked_ref::<Element>().remove();
            }
            let text = compose(w);
            let left = text.split(',').filter(|p| !p.is_empty()).count();
            focus = Some(if left == 0 {
                "hos-needProfile-add".to_owned()
            } else {
                format!("hos-need-months-{}", place.min(left))
            });
            text
        }
    };
    show_rows(w, &text);
    w.set("needProfile", text);
    if let Some(id) = focus
        && let Some(target) = by_id(&w.root, &id)
    {
        let _ = target.unchecked_ref::<HtmlElement>().focus();
    }
}

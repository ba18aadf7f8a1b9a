//! One labelled control of the form, as every field has it: the input (a
//! text field or a checkbox) or the select, its label, its default and the
//! default's source, its reset button and its error; registered in the view.

use hire_or_share::Source;
use web_sys::{Document, Element};

use super::dom::{add, append, attr, create_element, create_input, el, source_node};
use super::model::{Kind, Model, kind};
use super::number::shown;
use super::text::t;
use super::view::{Control, View};

/// A `<select>` field: its wrapper of class `class`, its label, its options
/// (value, text) with `selected` chosen, and a hint under it if any; the
/// select is `hos-{name}`, its hint `hos-{name}-hint`.
pub(super) fn select_field(
    doc: &Document,
    class: &str,
    name: &str,
    label: &str,
    options: &[(&str, String)],
    selected: &str,
    hint: Option<Element>,
) -> Element {
    let field = el(doc, "div", class, None);
    let id = ["hos-", name].concat();
    let label = el(doc, "label", "", Some(label));
    attr(&label, "for", &id);
    let select = create_element(doc, "select");
    attr(&select, "id", &id);
    attr(&select, "name", name);
    for (value, text) in options {
        let option = el(doc, "option", "", Some(text.as_str()));
        attr(&option, "value", value);
        if *value == selected {
            attr(&option, "selected", "");
        }
        add(&select, &option);
    }
    append(&field, &[&label, &select]);
    if let Some(hint) = hint {
        let hint_id = [id.as_str(), "-hint"].concat();
        attr(&hint, "id", &hint_id);
        attr(&select, "aria-describedby", &hint_id);
        add(&field, &hint);
    }
    field
}

/// Builds one labelled field into `container`: label, input, default,
/// source, reset, error.
pub(super) fn field(
    model: &Model,
    view: &mut View,
    container: &Element,
    name: &str,
    label: &str,
    unit: &'static str,
    source: Option<&Source>,
) {
    let doc = &view.doc;
    let wrapper = el(doc, "div", "field", None);
    let id = ["hos-", name].concat();
    let default = model.default_value(name).unwrap_or_default();
    let default_kind = kind(name, &default);
    let input = create_input(
        doc,
        if default_kind == Kind::Bool {
            "checkbox"
        } else {
            "text"
        },
    );
    attr(&input, "id", &id);
    attr(&input, "name", name);
    let label_el = el(
        doc,
        "label",
        "",
        Some(&if unit.is_empty() {
            label.to_owned()
        } else {
            [label, " (", unit, ")"].concat()
        }),
    );
    attr(&label_el, "for", &id);
    let error = el(doc, "p", "error", None);
    let error_id = [id.as_str(), "-error"].concat();
    attr(&error, "id", &error_id);
    let text = model.values.get(name);
    match default_kind {
        Kind::Bool => {
            input.set_checked(text.map_or(default.as_str(), String::as_str) == "true");
            attr(&wrapper, "class", "field check");
            append(&wrapper, &[&input, &label_el]);
        }
        k => {
            attr(
                &input,
                "inputmode",
                if k == Kind::Whole {
                    "numeric"
                } else {
                    "decimal"
                },
            );
            attr(&input, "autocomplete", "off");
            attr(&input, "spellcheck", "false");
            input.set_value(&text.cloned().unwrap_or_else(|| shown(&default, view.lang)));
            append(&wrapper, &[&label_el, &input]);
        }
    }
    let described = match source {
        Some(source) => {
            let hint_id = [id.as_str(), "-hint"].concat();
            let [hint, reset] = field_hint(model, view, name, label, &hint_id, &default, source);
            append(&wrapper, &[&hint, &reset]);
            [hint_id.as_str(), " ", &error_id].concat()
        }
        None => error_id,
    };
    attr(&input, "aria-describedby", &described);
    add(&wrapper, &error);
    add(container, &wrapper);
    view.controls.insert(
        name.to_owned(),
        Control {
            element: input.into(),
            error,
            unit,
        },
    );
}

/// A field's hint (its default and the default's source) and its reset button.
fn field_hint(
    model: &Model,
    view: &View,
    name: &str,
    label: &str,
    hint_id: &str,
    default: &str,
    source: &Source,
) -> [Element; 2] {
    let (doc, lang) = (&view.doc, view.lang);
    let hint = el(doc, "p", "hint", None);
    attr(&hint, "id", hint_id);
    let default_text = el(
        doc,
        "span",
        "default",
        Some(&model.default_hint(name, default)),
    );
    attr(&default_text, "id", &["hos-", name, "-default"].concat());
    add(&hint, &default_text);
    let sep = doc.create_text_node(" — ");
    add(&hint, &sep);
    add(&hint, &source_node(doc, source, lang));
    let reset = el(doc, "button", "reset", Some(t(lang, "Rétablir", "Reset")));
    attr(&reset, "type", "button");
    attr(&reset, "data-reset", name);
    attr(
        &reset,
        "aria-label",
        &format!(
            "{}{} {label}",
            t(lang, "Rétablir la valeur par défaut", "Reset to default"),
            t(lang, "\u{a0}:", ":"),
        ),
    );
    [hint, reset]
}

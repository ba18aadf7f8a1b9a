//! The element's view: the elements the form built for each field and for
//! the result, and what shows the model in them (a field's text, its error
//! or question, its default and source, the result marked as current or as
//! the one for the previous values). It reads the model and never changes
//! it; the result itself is drawn by `results`.

use hire_or_share::{Lang, Source};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, ShadowRoot};

use super::dom::{
    add, attr, button, by_id, closest, el, focus, input_by_id, query, replace, source_node,
    toggle_attr, toggle_class, unattr,
};
use super::model::{Model, Unread};
use super::need;
use super::number::{Reading, is_half_units, plain, plausible, read, shown};
use super::text::t;
use super::vec_map::VecMap;

/// A field's control (an `<input>`, or the need profile's list of periods),
/// the element of its error, and its unit as its label shows it (`€`, `%`,
/// or none).
pub(super) struct Control {
    pub(super) element: Element,
    pub(super) error: Element,
    pub(super) unit: &'static str,
}

pub(super) struct View {
    pub(super) doc: Document,
    pub(super) root: ShadowRoot,
    pub(super) lang: Lang,
    /// Each field's control, by its scenario name.
    pub(super) controls: VecMap<Control>,
    /// Above the result: the notice that it is the one for the previous
    /// values, hidden while every field reads.
    pub(super) stale: Element,
    pub(super) form_error: Element,
    /// The answer, a sentence: the live region.
    pub(super) answer: Element,
    /// The compact summary that stays in view on a phone: the answer's
    /// figure and the break-even.
    pub(super) summary: Element,
    pub(super) results: Element,
}

impl View {
    /// The view of an element in `root`, its result's elements not yet placed.
    pub(super) fn new(doc: Document, root: ShadowRoot, lang: Lang) -> Self {
        let answer = el(&doc, "p", "verdict", None);
        attr(&answer, "aria-live", "polite");
        attr(&answer, "data-key", "verdict");
        let summary = el(&doc, "p", "summary", None);
        attr(&summary, "data-key", "summary");
        // The answer's sentence, above the result, is what a screen reader
        // reads (the live region); the line repeats it for the eyes.
        attr(&summary, "aria-hidden", "true");
        let form_error = el(&doc, "p", "error form-error", None);
        attr(&form_error, "role", "alert");
        let results = el(&doc, "div", "results", None);
        let stale = el(
            &doc,
            "p",
            "stale-notice",
            Some(t(
                lang,
                "Ce résultat est celui des valeurs précédentes\u{a0}: il sera mis à jour quand chaque champ sera lisible.",
                "This result is for the previous values: it updates once every field reads.",
            )),
        );
        attr(&stale, "role", "status");
        attr(&stale, "hidden", "");
        Self {
            doc,
            root,
            lang,
            controls: VecMap::default(),
            stale,
            form_error,
            answer,
            summary,
            results,
        }
    }

    /// No error or question beside any field.
    pub(super) fn clear_errors(&self) {
        for control in self.controls.values() {
            control.error.set_text_content(None);
            toggle_class(&control.error, "ask", false);
            toggle_attr(&control.element, "aria-invalid", false);
        }
        self.form_error.set_text_content(None);
    }

    /// Each error or question next to its field, or under the form for a
    /// field it does not show.
    pub(super) fn show_errors(&self, model: &Model, errors: Vec<Unread>) {
        for unread in errors {
            let (field, message) = match &unread {
                Unread::Error(e) => (&e.field, e.message.as_str()),
                Unread::Ask(field, ..) => (field, ""),
            };
            let Some(control) = self.controls.get(field) else {
                self.form_error.set_text_content(Some(message));
                continue;
            };
            toggle_attr(&control.element, "aria-invalid", true);
            match unread {
                Unread::Error(_) => control.error.set_text_content(Some(message)),
                Unread::Ask(field, first, second) => {
                    self.ask(model, control, &field, first, second);
                }
            }
        }
    }

    /// The question of a field whose text reads two ways, with a button for
    /// each value offered: "Vouliez-vous dire 1 100 € ?".
    fn ask(
        &self,
        model: &Model,
        control: &Control,
        field: &str,
        first: Decimal,
        second: Option<Decimal>,
    ) {
        let at = &control.error;
        toggle_class(at, "ask", true);
        let (doc, lang) = (&self.doc, self.lang);
        add(
            at,
            &doc.create_text_node(t(lang, "Vouliez-vous dire ", "Did you mean ")),
        );
        let offer = |value: Decimal| {
            let mut text = model.fmt.number(&value);
            if !control.unit.is_empty() {
                text.push('\u{a0}');
                text.push_str(control.unit);
            }
            let fix = button(doc, "fix", &text, "fix");
            attr(&fix, "data-field", field);
            attr(&fix, "data-value", &plain(value));
            attr(
                &fix,
                "aria-label",
                &[t(lang, "Corriger en ", "Change to "), text.as_str()].concat(),
            );
            fix
        };
        add(at, &offer(first));
        if let Some(second) = second {
            add(at, &doc.create_text_node(t(lang, " ou ", " or ")));
            add(at, &offer(second));
        }
        add(at, &doc.create_text_node(t(lang, "\u{a0}?", "?")));
    }

    /// The focus on the element of id `id`, if there is one.
    pub(super) fn focus_id(&self, id: &str) {
        if let Some(target) = by_id(&self.root, id) {
            focus(&target);
        }
    }

    /// The result shown as the one for the previous values (`on`) or as
    /// current: the notice above it, the result dimmed, and the section's
    /// name saying so to screen readers.
    pub(super) fn mark_stale(&self, on: bool) {
        if on {
            unattr(&self.stale, "hidden");
        } else {
            attr(&self.stale, "hidden", "");
        }
        if let Some(output) = closest(&self.answer, ".output") {
            toggle_class(&output, "stale", on);
            attr(
                &output,
                "aria-label",
                if on {
                    t(
                        self.lang,
                        "Résultat des valeurs précédentes",
                        "Result for the previous values",
                    )
                } else {
                    t(self.lang, "Résultat", "Result")
                },
            );
        }
        toggle_class(&self.summary, "stale", on);
    }

    /// The days' slider as the days' field: at its value when that is one
    /// the slider has (half days from 0,5 to 5); otherwise with no thumb
    /// (`data-unset`, the stylesheet hides it) and the field's text as its
    /// spoken value, so that the two never disagree.
    pub(super) fn sync_slider(&self, model: &Model) {
        let Some(range) = input_by_id(&self.root, "hos-daysPerWeek-range") else {
            return;
        };
        let text = model.text("daysPerWeek");
        let (min, max) = (hire_or_share::scaled::<1>(5), Decimal::from(5));
        match read(&text, self.lang, plausible("daysPerWeek"), false) {
            Reading::Value(d) if (min..=max).contains(&d) && is_half_units(d) => {
                range.set_value(&plain(d));
                unattr(&range, "data-unset");
                unattr(&range, "aria-valuetext");
            }
            _ => {
                attr(&range, "data-unset", "");
                attr(&range, "aria-valuetext", &text);
            }
        }
    }

    /// Highlights the fields whose value differs from the default.
    pub(super) fn mark_changed(&self, model: &Model) {
        for (field, control) in &self.controls {
            let changed = model.values.contains_key(field);
            if let Some(wrapper) = closest(&control.element, ".field") {
                toggle_class(&wrapper, "changed", changed);
            }
        }
    }

    /// Shows `text` (a field's plain text) in the control of `field`.
    pub(super) fn show(&self, field: &str, text: &str) {
        let Some(control) = self.controls.get(field) else {
            return;
        };
        if field == "needProfile" {
            let locked = query(&self.root, ".need-panel[data-locked]").is_some();
            need::show_rows(&self.doc, self.lang, &control.element, locked, text);
            return;
        }
        let Some(input) = control.element.dyn_ref::<HtmlInputElement>() else {
            return;
        };
        if input.type_() == "checkbox" {
            input.set_checked(text == "true");
        } else {
            input.set_value(&shown(text, self.lang));
        }
        if field == "daysPerWeek"
            && let Some(range) = input_by_id(&self.root, "hos-daysPerWeek-range")
        {
            range.set_value(text);
        }
    }

    /// Shows the default of `field` in its control.
    pub(super) fn show_default(&self, model: &Model, field: &str) {
        if let Some(default) = model.default_value(field) {
            self.show(field, &default);
        }
    }

    /// The fields whose defaults changed with the role or the zone: each
    /// shows its new default and its source, and every hint its default.
    pub(super) fn show_defaults(&self, model: &Model, fields: &[&str]) {
        for field in fields {
            self.show_default(model, field);
            if let Some(source) = model.default_source(field) {
                self.show_source(field, source);
            }
        }
        self.show_default_hints(model);
    }

    /// `source` in the hint of `field`, in place of the one there.
    fn show_source(&self, field: &str, source: &Source) {
        // The hint's last element, its source.
        if let Some(old) = query(
            &self.root,
            &["#hos-", field, "-hint > :last-child"].concat(),
        ) {
            replace(&old, &source_node(&self.doc, source, self.lang));
        }
    }

    /// Each field's "Default: …" from the current defaults.
    fn show_default_hints(&self, model: &Model) {
        for (field, _) in &self.controls {
            if let Some(default) = model.default_value(field)
                && let Some(hint) = by_id(&self.root, &["hos-", field, "-default"].concat())
            {
                hint.set_text_content(Some(&model.default_hint(field, &default)));
            }
        }
    }

    /// The bundle's days, one field a role, shown with `days` when the mode
    /// is on; hidden when it is off (`None`).
    pub(super) fn show_bundle_days(&self, days: Option<&VecMap<String>>) {
        let Some(fields) = by_id(&self.root, "hos-bundle-fields") else {
            return;
        };
        let Some(days) = days else {
            attr(&fields, "hidden", "");
            return;
        };
        unattr(&fields, "hidden");
        for (key, text) in days {
            if let Some(input) = input_by_id(&self.root, &["hos-bundle-", key].concat()) {
                input.set_value(&shown(text, self.lang));
            }
        }
    }

    /// The bundle's message under its fields, or none.
    pub(super) fn show_bundle_error(&self, message: Option<&str>) {
        if let Some(e) = query(&self.root, ".bundle-error") {
            e.set_text_content(message);
        }
    }
}

//! The element's state: the role, its defaults, the text typed in each field
//! and the elements that show the result; from them, the scenario, and the
//! update that recomputes and shows the result or the errors.
//!
//! The form keeps the text the user typed, field by field; on every input it
//! builds a scenario from it (the role's defaults filling the rest, from the
//! core crate), compares, and either shows the result or, next to each field
//! that does not read, its error or its question (`1,100`: did you mean
//! 1 100 €?). Until every field reads, the last result stays on screen
//! marked as the one for the previous values: dimmed, under a notice that
//! says so, and so named for screen readers.

use hire_or_share::{Comparison, Lang, Location, Role, Scenario, Source, Unit};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, ShadowRoot};

use super::dom::{
    Formats, add, attr, button, by_id, closest, el, prepend, query, replace, toggle_attr,
    toggle_class, type_of, unattr,
};
use super::form::{role_source, source_node};
use super::number::{
    Reading, floor, is_half_units, is_whole, not_a_number, plain, plausible, read, read_number,
    read_plain, shown,
};
use super::text::t;
use super::vec_map::VecMap;
use super::{host, results};
use crate::{FieldError, form_error};

pub(super) struct Widget {
    pub(super) doc: Document,
    pub(super) root: ShadowRoot,
    pub(super) lang: Lang,
    pub(super) fmt: Formats,
    pub(super) role: Role,
    /// The role's defaults.
    pub(super) defaults: Scenario,
    /// The text given for each field that differs from its default.
    pub(super) values: VecMap<String>,
    /// Input element and error element of each field.
    pub(super) inputs: VecMap<(Element, Element)>,
    /// The unit of each field, as its label shows it (`€`, `%`, or none).
    pub(super) units: VecMap<&'static str>,
    /// Above the result: the notice that it is the one for the previous
    /// values, hidden while every field reads.
    pub(super) stale: Element,
    pub(super) form_error: Element,
    pub(super) verdict: Element,
    pub(super) results: Element,
    pub(super) last: Option<Comparison>,
    /// Today's date, from the page's clock: a scenario with no date gets its
    /// rules (`Scenario::on`); `None` keeps the latest period.
    pub(super) today: Option<hire_or_share::Date>,
    /// Several roles at once: the days a week typed for each role, by role key.
    pub(super) bundle: Option<VecMap<String>>,
    /// For a result on older rules or defaults than today's (a pinned
    /// proposal opened later): today's scenario, which "today's figures"
    /// switches to.
    pub(super) todays: Option<Scenario>,
}

/// What kind of input a field takes, from its default.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Decimal,
    Whole,
    Bool,
    /// A date or a version of the defaults, read by the core as it is.
    Text,
}

/// Why a field's text gave no value: an error, or a question (the text has
/// two readings: [`Reading::Ask`]).
pub(super) enum Unread {
    Error(FieldError),
    Ask(String, Decimal, Option<Decimal>),
}

pub(super) fn kind(field: &str, default: &str) -> Kind {
    match (field, default) {
        (_, "true" | "false") => Kind::Bool,
        ("date" | "defaults" | "needProfile" | "location" | "salaryTax", _) => Kind::Text,
        ("headcount" | "horizonYears", _) => Kind::Whole,
        _ => Kind::Decimal,
    }
}

impl Widget {
    /// The state of an element mounted in `root`, for `role`'s defaults,
    /// with no field changed yet and the result's elements not yet placed.
    pub(super) fn new(doc: Document, root: ShadowRoot, lang: Lang, role: Role) -> Self {
        let verdict = el(&doc, "p", "verdict", None);
        attr(&verdict, "aria-live", "polite");
        attr(&verdict, "data-key", "verdict");
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
            fmt: Formats::new(lang),
            role,
            defaults: Scenario::preset(role),
            values: VecMap::default(),
            inputs: VecMap::default(),
            units: VecMap::default(),
            stale,
            form_error,
            verdict,
            results,
            last: None,
            today: None,
            bundle: None,
            todays: None,
        }
    }

    pub(super) fn default_value(&self, field: &str) -> Option<String> {
        self.defaults.get(field)
    }

    /// The scenario from the fields' text, or every field whose text is not
    /// a value of its kind (or asks which of two it is).
    pub(super) fn scenario(&self) -> Result<Scenario, Vec<Unread>> {
        let mut scenario = self.defaults;
        let mut errors = Vec::new();
        for (field, text) in &self.values {
            let Some(default) = self.default_value(field) else {
                continue;
            };
            let normalized = match kind(field, &default) {
                k @ (Kind::Decimal | Kind::Whole) => match self.read_field(field, text, k) {
                    Ok(text) => text,
                    Err(unread) => {
                        errors.push(unread);
                        continue;
                    }
                },
                Kind::Bool | Kind::Text => text.trim_ascii().to_owned(),
            };
            if let Err(e) = scenario.set(field, &normalized) {
                errors.push(Unread::Error(form_error(&e, self.lang)));
            }
        }
        if errors.is_empty() {
            Ok(scenario)
        } else {
            Err(errors)
        }
    }

    /// A number field's text as the plain text of its value, or why it gives
    /// none: not a number (`whole`: not a whole number), an amount under the
    /// field's floor, or a question between two readings.
    fn read_field(&self, field: &str, text: &str, k: Kind) -> Result<String, Unread> {
        let whole = k == Kind::Whole;
        let unread = |whole: bool| {
            let example = self.example(field);
            Unread::Error(not_a_number(field, whole, self.lang, example.as_deref()))
        };
        match read(text, self.lang, plausible(field), whole) {
            Reading::Value(d) if whole && !is_whole(d) => Err(unread(true)),
            Reading::Value(d) if whole => Ok(plain(d.normalize())),
            Reading::Value(d) => match (floor(field), plausible(field)) {
                (Some((name, min)), Some((_, max))) if d < min => {
                    let e = hire_or_share::Error::out_of_range(name, d, min, max, Unit::Euro);
                    Err(Unread::Error(form_error(&e, self.lang)))
                }
                _ => Ok(plain(d)),
            },
            Reading::Ask(first, second) => Err(Unread::Ask(field.to_owned(), first, second)),
            Reading::NotANumber => Err(unread(whole)),
        }
    }

    /// An example of what `field` takes, as the page writes numbers: its
    /// default (`85 000` for a salary), or `1,5` for days a week; none for
    /// a default of zero.
    fn example(&self, field: &str) -> Option<String> {
        let value = if field == "daysPerWeek" {
            hire_or_share::scaled::<1>(15)
        } else {
            read_plain(&self.default_value(field)?)?
        };
        (!value.is_zero()).then(|| self.fmt.number(&value))
    }

    /// The result, and the notice when the rules of today are past the last
    /// known period. The result keeps the user's scenario, without the date
    /// it was computed for: the event's link stays unpinned, and the result's
    /// `period` says which rules were used.
    fn compute(&self) -> Result<(Comparison, Option<hire_or_share::Notice>), Vec<Unread>> {
        let scenario = self.scenario()?;
        let (dated, notice) = match self.today {
            Some(today) => scenario.on(today),
            None => (scenario, None),
        };
        let mut result =
            hire_or_share::compare_with(&dated, hire_or_share::Detail::WithoutBreakEvenPrices)
                .map_err(|e| vec![Unread::Error(form_error(&e, self.lang))])?;
        result.scenario = scenario;
        Ok((result, notice))
    }

    /// Recomputes and shows the result, or the error next to its field.
    pub(super) fn update(&mut self) {
        for (input, error) in self.inputs.values() {
            error.set_text_content(None);
            toggle_class(error, "ask", false);
            toggle_attr(input, "aria-invalid", false);
        }
        self.form_error.set_text_content(None);
        match self.compute() {
            Ok((result, notice)) => {
                results::render(self, &result);
                if let Some(n) = notice {
                    let note = el(
                        &self.doc,
                        "p",
                        "note rules-notice",
                        Some(t(self.lang, n.fr, n.en)),
                    );
                    prepend(&self.results, &note);
                }
                self.todays = None;
                // Today's figures do not always compute (a value of the link
                // out of today's range): then the link's figures stand alone.
                if let Some(today) = self.today
                    && let Ok(Some(todays)) = crate::todays_figures(
                        &result,
                        today,
                        hire_or_share::Detail::WithoutBreakEvenPrices,
                        self.lang,
                    )
                {
                    let note = el(&self.doc, "p", "note pinned", Some(&todays.note));
                    let switch = button(
                        &self.doc,
                        "",
                        t(
                            self.lang,
                            "Voir les chiffres d'aujourd'hui",
                            "See today's figures",
                        ),
                        "today",
                    );
                    add(&note, &switch);
                    prepend(&self.results, &note);
                    self.todays = Some(todays.scenario);
                }
                self.show_bundle();
                host::dispatch_change(&self.root, &result);
                self.last = Some(result);
                self.mark_stale(false);
            }
            Err(errors) => {
                self.show_errors(errors);
                self.mark_stale(self.last.is_some());
            }
        }
        self.mark_changed();
        self.sync_slider();
    }

    /// Each error or question next to its field, or under the form for a
    /// field it does not show.
    fn show_errors(&self, errors: Vec<Unread>) {
        for unread in errors {
            let (field, message) = match &unread {
                Unread::Error(e) => (&e.field, e.message.as_str()),
                Unread::Ask(field, ..) => (field, ""),
            };
            let Some((input, shown_at)) = self.inputs.get(field) else {
                self.form_error.set_text_content(Some(message));
                continue;
            };
            toggle_attr(input, "aria-invalid", true);
            match unread {
                Unread::Error(_) => shown_at.set_text_content(Some(message)),
                Unread::Ask(field, first, second) => self.ask(shown_at, &field, first, second),
            }
        }
    }

    /// The question of a field whose text reads two ways, with a button for
    /// each value offered: "Vouliez-vous dire 1 100 € ?".
    fn ask(&self, at: &Element, field: &str, first: Decimal, second: Option<Decimal>) {
        toggle_class(at, "ask", true);
        let unit = self.units.get(field).copied().unwrap_or_default();
        let doc = &self.doc;
        add(
            at,
            &doc.create_text_node(t(self.lang, "Vouliez-vous dire ", "Did you mean ")),
        );
        let offer = |value: Decimal| {
            let mut text = self.fmt.number(&value);
            if !unit.is_empty() {
                text.push('\u{a0}');
                text.push_str(unit);
            }
            let fix = button(doc, "fix", &text, "fix");
            attr(&fix, "data-field", field);
            attr(&fix, "data-value", &plain(value));
            attr(
                &fix,
                "aria-label",
                &[t(self.lang, "Corriger en ", "Change to "), text.as_str()].concat(),
            );
            fix
        };
        add(at, &offer(first));
        if let Some(second) = second {
            add(at, &doc.create_text_node(t(self.lang, " ou ", " or ")));
            add(at, &offer(second));
        }
        add(at, &doc.create_text_node(t(self.lang, "\u{a0}?", "?")));
    }

    /// The answer to a field's question: `value` (plain text) in its input,
    /// and the focus back there (the question and its button are gone).
    pub(super) fn fix(&mut self, field: &str, value: &str) {
        self.show(field, value);
        self.set(field, shown(value, self.lang));
        self.update();
        if let Some((input, _)) = self.inputs.get(field) {
            // Each field's input is an `<input>`, an HTML element.
            let _ = input.unchecked_ref::<HtmlElement>().focus();
        }
    }

    /// The result shown as the one for the previous values (`on`) or as
    /// current: the notice above it, the result dimmed, and the section's
    /// name saying so to screen readers.
    fn mark_stale(&self, on: bool) {
        if on {
            unattr(&self.stale, "hidden");
        } else {
            attr(&self.stale, "hidden", "");
        }
        if let Some(output) = closest(&self.verdict, ".output") {
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
    }

    /// The days' slider as the days' field: at its value when that is one
    /// the slider has (half days from 0,5 to 5); otherwise with no thumb
    /// (`data-unset`, the stylesheet hides it) and the field's text as its
    /// spoken value, so that the two never disagree.
    fn sync_slider(&self) {
        let Some(range) = by_id(&self.root, "hos-daysPerWeek-range") else {
            return;
        };
        let text = self
            .values
            .get("daysPerWeek")
            .cloned()
            .or_else(|| self.default_value("daysPerWeek"))
            .unwrap_or_default();
        let (min, max) = (hire_or_share::scaled::<1>(5), Decimal::from(5));
        match read(&text, self.lang, plausible("daysPerWeek"), false) {
            Reading::Value(d) if (min..=max).contains(&d) && is_half_units(d) => {
                // The slider is an `<input>` the form built.
                range
                    .unchecked_ref::<HtmlInputElement>()
                    .set_value(&plain(d));
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
    fn mark_changed(&self) {
        for (field, (input, _)) in &self.inputs {
            let changed = self.values.contains_key(field);
            if let Some(wrapper) = closest(input, ".field") {
                toggle_class(&wrapper, "changed", changed);
            }
        }
    }

    /// A field's text changed.
    pub(super) fn set(&mut self, field: &str, text: String) {
        let is_default = match self.default_value(field) {
            Some(d) if kind(field, &d) == Kind::Decimal => {
                read_number(&text, self.lang).is_some_and(|v| read_plain(&d) == Some(v))
            }
            Some(d) => text.trim_ascii() == d,
            None => false,
        };
        if is_default {
            self.values.remove(field);
        } else {
            self.values.insert(field.to_owned(), text);
        }
    }

    /// Today's figures in place of a pinned link's: every field as today's
    /// scenario has it.
    pub(super) fn use_todays(&mut self) {
        let Some(todays) = self.todays else {
            return;
        };
        // Each field shows today's value; it is a change where it is not
        // the default.
        for field in &Scenario::FIELDS[1..] {
            let value = todays.get(field).unwrap_or_default();
            self.show(field, &value);
            if self.default_value(field).as_ref() == Some(&value) {
                self.values.remove(field);
            } else {
                self.values.insert((*field).to_owned(), value);
            }
        }
    }

    /// Puts a field back to its default.
    pub(super) fn reset(&mut self, field: &str) {
        self.values.remove(field);
        self.show_default(field);
    }

    fn show_default(&self, field: &str) {
        if let Some(default) = self.default_value(field) {
            self.show(field, &default);
        }
    }

    /// Shows `text` (a field's plain text) in the input of `field`.
    fn show(&self, field: &str, text: &str) {
        if field == "needProfile" {
            super::need::show_rows(self, text);
            return;
        }
        let Some((input, _)) = self.inputs.get(field) else {
            return;
        };
        // Each field's input is an `<input>` the form built (`form::input`).
        let input: &HtmlInputElement = input.unchecked_ref();
        if type_of(input) == "checkbox" {
            input.set_checked(text == "true");
        } else {
            input.set_value(&shown(text, self.lang));
        }
        if field == "daysPerWeek"
            && let Some(range) = by_id(&self.root, "hos-daysPerWeek-range")
                .map(wasm_bindgen::JsCast::unchecked_into::<HtmlInputElement>)
        {
            range.set_value(text);
        }
    }

    /// A new role: its salary and day rate, and their sources, and whether
    /// it asks for the AT/MP support-function rate, replace the previous
    /// role's.
    pub(super) fn set_role(&mut self, role: Role) {
        self.role = role;
        // The zone chosen stays.
        let location = self.defaults.location;
        self.defaults = Scenario::preset(role);
        self.defaults.set_location(location);
        for field in ["grossAnnual", "dayRate", "atMpSupportFunction"] {
            self.values.remove(field);
            self.show_default(field);
            if let Some(source) = role_source(role, field) {
                self.show_source(field, source);
            }
        }
        self.show_default_hints();
    }

    /// A new zone: its mobility levy, transport pass and office cost, and
    /// their sources, replace the previous zone's.
    pub(super) fn set_location(&mut self, location: Location) {
        self.defaults.set_location(Some(location));
        self.values.remove("location");
        let zone = self.defaults.defaults.location(location);
        for (field, source) in [
            ("mobilityRatePercent", &zone.mobility_source),
            ("transportPassMonthly", &zone.transport_source),
            ("workspaceAnnual", &zone.workspace_source),
        ] {
            self.values.remove(field);
            self.show_default(field);
            self.show_source(field, source);
        }
        self.show_default_hints();
    }

    /// `source` in the hint of `field`, in place of the one there.
    fn show_source(&self, field: &str, source: &Source) {
        // The hint's last element, its source.
        if let Some(old) = query(&self.root, &format!("#hos-{field}-hint > :last-child")) {
            replace(&old, &source_node(&self.doc, source, self.lang));
        }
    }

    /// Each field's "Default: …" from the current defaults.
    fn show_default_hints(&self) {
        for (field, (input, _)) in &self.inputs {
            if let Some(default) = self.defaults.get(field)
                && let Some(hint) = closest(input, ".field").and_then(|p| query(&p, ".default"))
            {
                hint.set_text_content(Some(&self.default_hint(field, &default)));
            }
        }
    }

    /// "Default: …", the default of `field` as its hint shows it.
    pub(super) fn default_hint(&self, field: &str, default: &str) -> String {
        let value = match (kind(field, default), default) {
            (Kind::Bool, "true") => t(self.lang, "oui", "yes").to_owned(),
            (Kind::Bool, _) => t(self.lang, "non", "no").to_owned(),
            (Kind::Decimal, d) => {
                read_plain(d).map_or_else(|| shown(d, self.lang), |v| self.fmt.number(&v))
            }
            (Kind::Whole | Kind::Text, d) => d.to_owned(),
        };
        format!("{} {value}", t(self.lang, "Par défaut\u{a0}:", "Default:"))
    }
}

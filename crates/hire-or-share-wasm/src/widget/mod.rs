//! The `<hire-or-share>` element's form, state and events, rendered from Rust
//! into the element's open shadow root.
//!
//! The form keeps the text the user typed, field by field; on every input it
//! builds a scenario from it (the role's defaults filling the rest, from the
//! core crate), compares, and either shows the result or the error next to the
//! field — the last valid result stays on screen.

mod chart;
mod dom;
mod results;

use std::cell::RefCell;
use std::rc::Rc;

use hire_or_share::{ASSUMPTIONS, Comparison, Group, Lang, PRESETS, Role, Scenario, write_decimal};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement, ShadowRoot};

use self::dom::{Formats, add, append, attr, el, source_link, sure, target_with, toggle_attr};
use crate::{FieldError, compare_value, parse_lang};

/// French or English text. Inlined, so that a module built with one
/// language (feature `fr` or `en`) holds no text of the other.
#[allow(
    clippy::inline_always,
    reason = "a one-language build must see the choice of language at each text, to leave the other text out"
)]
#[inline(always)]
pub(crate) fn t(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    lang.pick(fr, en)
}

/// `template` with each `{}` replaced by the next of `args`: one function
/// for the sentences with figures in them, rather than a `format!` for each
/// language (each one is code in the wasm). Split at braces, as the core's
/// formulas are: no substring search, no slicing.
pub(crate) fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut rest = template;
    while let Some((before, after)) = hire_or_share::share::split_once_ascii(rest, b'{') {
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

/// The fields of the simple form, in order, with their labels.
const MAIN_FIELDS: [(&str, &str, &str, &str); 3] = [
    (
        "grossAnnual",
        Lang::Fr.text("Salaire brut annuel d'un recrutement"),
        Lang::En.text("Gross annual salary of a hire"),
        "€",
    ),
    (
        "dayRate",
        Lang::Fr.text("Tarif journalier de l'expert à temps partagé (HT)"),
        Lang::En.text("Day rate of the shared-time expert (excl. VAT)"),
        "€",
    ),
    (
        "daysPerWeek",
        Lang::Fr.text("Besoin, en jours par semaine"),
        Lang::En.text("Need, in days a week"),
        "",
    ),
];

/// Fields of the assumptions panel beyond the sourced assumptions.
const EXTRA_FIELDS: [(&str, Group, &str, &str); 2] = [
    (
        "cadre",
        Group::Hire,
        Lang::Fr.text("Recrutement sous statut cadre"),
        Lang::En.text("Hired as a cadre"),
    ),
    (
        "horizonYears",
        Group::Company,
        Lang::Fr.text("Horizon de comparaison (années)"),
        Lang::En.text("Comparison horizon (years)"),
    ),
];

struct Widget {
    doc: Document,
    root: ShadowRoot,
    lang: Lang,
    fmt: Formats,
    role: Role,
    /// The role's defaults.
    defaults: Scenario,
    /// The text given for each field that differs from its default.
    values: VecMap<String>,
    /// Input element and error element of each field.
    inputs: VecMap<(Element, Element)>,
    form_error: Element,
    verdict: Element,
    results: Element,
    last: Option<Comparison>,
    /// Several roles at once: the days a week typed for each role, by role key.
    bundle: Option<VecMap<String>>,
}

/// A small map from field names, kept in a vector: a few dozen entries, and
/// a B-tree would add kilobytes to the download for nothing.
struct VecMap<V>(Vec<(String, V)>);

impl<V> Default for VecMap<V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<V> VecMap<V> {
    fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    fn insert(&mut self, key: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }
    fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }
    fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
    fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<V> IntoIterator for VecMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a VecMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// What kind of input a field takes, from its default.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Decimal,
    Whole,
    Bool,
}

fn kind(field: &str, default: &str) -> Kind {
    match (field, default) {
        (_, "true" | "false") => Kind::Bool,
        ("headcount" | "horizonYears", _) => Kind::Whole,
        _ => Kind::Decimal,
    }
}

/// How a default shows in a French or English input: a decimal comma in French.
pub(crate) fn shown(default: &str, lang: Lang) -> String {
    if lang == Lang::Fr {
        let mut out = String::with_capacity(default.len());
        for c in default.chars() {
            out.push(if c == '.' { ',' } else { c });
        }
        out
    } else {
        default.to_owned()
    }
}

/// A user's number: spaces and no-break spaces dropped, a decimal comma accepted.
fn parse_decimal(text: &str) -> Option<Decimal> {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars() {
        if c == ',' {
            cleaned.push('.');
        } else if !c.is_whitespace() && !matches!(c, '\u{202f}' | '€') {
            cleaned.push(c);
        }
    }
    if cleaned.is_empty() || cleaned.len() > 40 {
        return None;
    }
    hire_or_share::read_decimal(&cleaned)
}

impl Widget {
    fn default_value(&self, field: &str) -> Option<String> {
        self.defaults.get(field)
    }

    /// The scenario from the fields' text, or every field whose text is not
    /// a value of its kind.
    fn scenario(&self) -> Result<Scenario, Vec<FieldError>> {
        let mut scenario = self.defaults;
        let mut errors = Vec::new();
        for (field, text) in &self.values {
            let Some(default) = self.default_value(field) else {
                continue;
            };
            let normalized = match kind(field, &default) {
                Kind::Decimal => {
                    if let Some(d) = parse_decimal(text) {
                        write_decimal(d)
                    } else {
                        errors.push(self.not_a_number(field, false));
                        continue;
                    }
                }
                Kind::Whole if text.trim_ascii().parse::<u32>().is_err() => {
                    errors.push(self.not_a_number(field, true));
                    continue;
                }
                Kind::Whole | Kind::Bool => text.trim_ascii().to_owned(),
            };
            if let Err(e) = scenario.set(field, &normalized) {
                errors.push(crate::field_error(&e, self.lang));
            }
        }
        if errors.is_empty() {
            Ok(scenario)
        } else {
            Err(errors)
        }
    }

    fn not_a_number(&self, field: &str, whole: bool) -> FieldError {
        FieldError {
            field: field.to_owned(),
            message: match (whole, self.lang.compiled()) {
                (true, Lang::Fr) => "Saisissez un nombre entier.".to_owned(),
                (true, Lang::En) => "Enter a whole number.".to_owned(),
                (false, Lang::Fr) => "Saisissez un nombre (par exemple 85000 ou 1,5).".to_owned(),
                (false, Lang::En) => "Enter a number (for example 85000 or 1.5).".to_owned(),
            },
        }
    }

    fn compute(&self) -> Result<Comparison, Vec<FieldError>> {
        compare_value(
            &self.scenario()?,
            hire_or_share::Detail::WithoutBreakEvenPrices,
            self.lang,
        )
        .map_err(|e| vec![e])
    }

    /// Recomputes and shows the result, or the error next to its field.
    fn update(&mut self) {
        for (input, error) in self.inputs.values() {
            error.set_text_content(None);
            toggle_attr(input, "aria-invalid", false);
        }
        self.form_error.set_text_content(None);
        match self.compute() {
            Ok(result) => {
                results::render(self, &result);
                let bundle_error = self.root.query_selector(".bundle-error").ok().flatten();
                match self.bundle_result() {
                    Some(Ok(bundle)) => {
                        if let Some(e) = &bundle_error {
                            e.set_text_content(None);
                        }
                        results::render_bundle(self, &bundle);
                    }
                    Some(Err(message)) => {
                        if let Some(e) = &bundle_error {
                            e.set_text_content(Some(&message));
                        }
                    }
                    None => {}
                }
                self.dispatch_change(&result);
                self.last = Some(result);
            }
            Err(errors) => {
                for error in errors {
                    match self.inputs.get(&error.field) {
                        Some((input, message)) => {
                            message.set_text_content(Some(&error.message));
                            toggle_attr(input, "aria-invalid", true);
                        }
                        None => self.form_error.set_text_content(Some(&error.message)),
                    }
                }
            }
        }
        self.mark_changed();
    }

    /// The bundle mode was switched, or a role's days changed.
    fn set_bundle(&mut self, target: &Element, name: &str) -> Result<(), JsValue> {
        let Some(input) = target.dyn_ref::<HtmlInputElement>() else {
            return Ok(());
        };
        if name == "bundle-mode" {
            let fields = self
                .root
                .get_element_by_id("hos-bundle-fields")
                .ok_or("no bundle fields")?;
            if input.checked() {
                // Start from the role and the days of the simple form.
                let mut days = VecMap::default();
                let current = self
                    .values
                    .get("daysPerWeek")
                    .cloned()
                    .unwrap_or_else(|| "1".to_owned());
                for preset in &PRESETS {
                    let text = if preset.role == self.role {
                        current.clone()
                    } else {
                        "0".to_owned()
                    };
                    if let Some(Ok(field)) = self
                        .root
                        .get_element_by_id(&["hos-bundle-", preset.role.key()].concat())
                        .map(wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>)
                    {
                        field.set_value(&shown(&text, self.lang));
                    }
                    days.insert(preset.role.key().to_owned(), text);
                }
                self.bundle = Some(days);
                fields.remove_attribute("hidden")?;
            } else {
                self.bundle = None;
                attr(&fields, "hidden", "");
            }
        } else if let (Some(days), Some(key)) =
            (self.bundle.as_mut(), name.strip_prefix("bundle-days-"))
        {
            days.insert(key.to_owned(), input.value());
        }
        Ok(())
    }

    /// The bundle of the roles with days, on this form's assumptions; or the
    /// message to show under the bundle's fields.
    fn bundle_result(&self) -> Option<Result<hire_or_share::BundleComparison, String>> {
        let days = self.bundle.as_ref()?;
        let common = self.scenario().ok()?;
        let mut scenarios = Vec::new();
        for preset in &PRESETS {
            let text = days.get(preset.role.key()).map_or("0", String::as_str);
            let Some(d) = parse_decimal(text) else {
                return Some(Err([
                    t(self.lang, preset.label_fr, preset.label_en),
                    t(self.lang, "\u{a0}:", ":"),
                    " ",
                    &self.not_a_number("", false).message,
                ]
                .concat()));
            };
            if d.is_zero() {
                continue;
            }
            // The role's own salary and day rate; everything else as in the form.
            let mut s = common;
            let own = Scenario::preset(preset.role);
            s.role = preset.role;
            s.gross_annual = own.gross_annual;
            s.day_rate = own.day_rate;
            s.days_per_week = d;
            if preset.role == self.role {
                s.gross_annual = common.gross_annual;
                s.day_rate = common.day_rate;
            }
            scenarios.push(s);
        }
        Some(
            hire_or_share::compare_bundle(&hire_or_share::Bundle {
                scenarios,
                generalist_gross_annual: None,
            })
            .map_err(|e| e.message(self.lang)),
        )
    }

    /// Highlights the fields whose value differs from the default.
    fn mark_changed(&self) {
        for (field, (input, _)) in &self.inputs {
            let changed = self.values.contains_key(field);
            if let Some(wrapper) = input.closest(".field").ok().flatten() {
                let _ = wrapper.class_list().toggle_with_force("changed", changed);
            }
        }
    }

    /// Tells the host page: a `hire-or-share-change` event whose detail is
    /// the scenario (every field as text, which the API's `compare` takes as
    /// it is), its share link query, and the headline figures as decimal
    /// strings — the shape of the API's result, cut to what a host page shows.
    fn dispatch_change(&self, result: &Comparison) {
        let Ok(host) = self.root.host().dyn_into::<Element>() else {
            return;
        };
        let scenario = js_sys::Object::new();
        for field in Scenario::FIELDS {
            if let Some(value) = result.scenario.get(field) {
                put(&scenario, field, &value.into());
            }
        }
        let costs = |cost: &hire_or_share::OptionCost| {
            let o = js_sys::Object::new();
            put(&o, "annualCost", &decimal(Some(cost.annual_cost)));
            put(&o, "firstYearCost", &decimal(Some(cost.first_year_cost)));
            o
        };
        let (be, savings) = (&result.break_even, &result.savings);
        let break_even = js_sys::Object::new();
        put(&break_even, "daysPerWeek", &decimal(be.days_per_week));
        put(
            &break_even,
            "firstYearDaysPerWeek",
            &decimal(be.first_year_days_per_week),
        );
        let saved = js_sys::Object::new();
        put(&saved, "amount", &decimal(Some(savings.amount)));
        put(&saved, "percent", &decimal(Some(savings.percent)));
        put(
            &saved,
            "firstYearAmount",
            &decimal(Some(savings.first_year_amount)),
        );
        let detail = js_sys::Object::new();
        put(&detail, "scenario", &scenario);
        put(&detail, "link", &result.scenario.to_query().into());
        put(&detail, "fullTimeHire", &costs(&result.full_time_hire.cost));
        put(&detail, "partTimeHire", &costs(&result.part_time_hire.cost));
        put(&detail, "sharedTime", &costs(&result.shared_time.cost));
        put(&detail, "breakEven", &break_even);
        put(&detail, "savings", &saved);
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict("hire-or-share-change", &init)
        {
            let _ = host.dispatch_event(&event);
        }
    }

    /// Shows the link to the current scenario and copies it.
    fn share(&self) -> Result<(), JsValue> {
        let Some(result) = &self.last else {
            return Ok(());
        };
        let global = window(&self.doc);
        let location = js_sys::Reflect::get(&global, &"location".into())?;
        let origin = js_sys::Reflect::get(&location, &"origin".into())?
            .as_string()
            .unwrap_or_default();
        let path = js_sys::Reflect::get(&location, &"pathname".into())?
            .as_string()
            .unwrap_or_default();
        let url = [origin.as_str(), &path, "?", &result.scenario.to_query()].concat();
        let link: HtmlInputElement = self
            .root
            .get_element_by_id("hos-link")
            .ok_or("no link")?
            .dyn_into()?;
        link.set_value(&url);
        if let Some(link_box) = link.parent_element() {
            link_box.remove_attribute("hidden")?;
        }
        link.select();
        let navigator = js_sys::Reflect::get(&global, &"navigator".into())?;
        let clipboard =
            js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
        let write =
            js_sys::Reflect::get(&clipboard, &"writeText".into()).unwrap_or(JsValue::UNDEFINED);
        // The clipboard may refuse (no permission, no secure context): the link
        // stays on screen to copy by hand, and the refusal is not an error.
        let copied = write.dyn_ref::<js_sys::Function>().is_some_and(|f| {
            match f.call1(&clipboard, &JsValue::from_str(&url)) {
                Ok(promise) => {
                    if let Some(promise) = promise.dyn_ref::<js_sys::Promise>() {
                        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
                        let _ = promise.catch(&ignore);
                        // Lives until the promise settles; one per click.
                        ignore.forget();
                    }
                    true
                }
                Err(_) => false,
            }
        });
        if let Some(status) = self.root.query_selector(".actions .status")? {
            status.set_text_content(Some(if copied {
                t(self.lang, "Lien copié.", "Link copied.")
            } else {
                t(
                    self.lang,
                    "Copiez le lien ci-dessus.",
                    "Copy the link above.",
                )
            }));
        }
        Ok(())
    }

    /// Opens the breakdowns for printing.
    fn open_details(&self) -> Result<(), JsValue> {
        let all = self.root.query_selector_all("details.breakdown")?;
        for i in 0..all.length() {
            if let Some(node) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                attr(&node, "open", "");
            }
        }
        Ok(())
    }

    /// Opens the breakdowns and prints: the print stylesheet lays the result out.
    fn print(&self) -> Result<(), JsValue> {
        self.open_details()?;
        let print = js_sys::Reflect::get(&window(&self.doc), &"print".into())?;
        if let Some(print) = print.dyn_ref::<js_sys::Function>() {
            print.call0(&JsValue::NULL)?;
        }
        Ok(())
    }

    /// A field's text changed.
    fn set(&mut self, field: &str, text: String) {
        let is_default = match self.default_value(field) {
            Some(d) if kind(field, &d) == Kind::Decimal => {
                parse_decimal(&text).is_some_and(|v| hire_or_share::read_decimal(&d) == Some(v))
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

    /// Puts a field back to its default.
    fn reset(&mut self, field: &str) {
        self.values.remove(field);
        self.show_default(field);
    }

    fn show_default(&self, field: &str) {
        let Some((input, _)) = self.inputs.get(field) else {
            return;
        };
        let Some(default) = self.default_value(field) else {
            return;
        };
        if let Some(input) = input.dyn_ref::<HtmlInputElement>() {
            if input.type_() == "checkbox" {
                input.set_checked(default == "true");
            } else {
                input.set_value(&shown(&default, self.lang));
            }
        }
        if field == "daysPerWeek"
            && let Some(Ok(range)) = self
                .root
                .get_element_by_id("hos-daysPerWeek-range")
                .map(wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>)
        {
            range.set_value(&default);
        }
    }

    /// A new role: its salary and day rate, and their sources, replace the
    /// previous role's.
    fn set_role(&mut self, role: Role) {
        self.role = role;
        self.defaults = Scenario::preset(role);
        for field in ["grossAnnual", "dayRate"] {
            self.values.remove(field);
            self.show_default(field);
            if let Some(source) = role_source(role, field)
                && let Some(old) = self
                    .root
                    .get_element_by_id(&["hos-", field, "-hint"].concat())
                    .and_then(|hint| hint.last_element_child())
            {
                sure(old.replace_with_with_node_1(&source_node(&self.doc, source, self.lang)));
            }
        }
        for field in self.inputs.keys() {
            if let Some((input, _)) = self.inputs.get(field)
                && let Some(default) = self.defaults.get(field)
                && let Some(hint) = input
                    .parent_element()
                    .and_then(|p| p.query_selector(".default").ok().flatten())
            {
                hint.set_text_content(Some(&self.default_hint(field, &default)));
            }
        }
    }

    fn default_hint(&self, field: &str, default: &str) -> String {
        let value = match (kind(field, default), default) {
            (Kind::Bool, "true") => t(self.lang, "oui", "yes").to_owned(),
            (Kind::Bool, _) => t(self.lang, "non", "no").to_owned(),
            (Kind::Decimal, d) => hire_or_share::read_decimal(d)
                .map_or_else(|| shown(d, self.lang), |v| self.fmt.number(&v)),
            (Kind::Whole, d) => d.to_owned(),
        };
        [t(self.lang, "Par défaut\u{a0}:", "Default:"), " ", &value].concat()
    }
}

/// `"Directeur administratif et financier (DAF)"` as `"DAF — Directeur
/// administratif et financier"`: a closed select on a phone shows only the
/// start of its option, so the short name goes first. Other labels as they are.
fn short_first(label: &str) -> String {
    // Bytes, not a string search: `(`, `)` and the space are ASCII, and this
    // keeps the searcher out of the wasm.
    let bytes = label.as_bytes();
    if let Some(open) = bytes.iter().rposition(|&b| b == b'(')
        && open > 1
        && bytes[open - 1] == b' '
        && bytes.last() == Some(&b')')
        && let (Some(name), Some(abbreviation)) =
            (label.get(..open - 1), label.get(open + 1..label.len() - 1))
    {
        return [abbreviation, " — ", name].concat();
    }
    label.to_owned()
}

/// The document's window (`defaultView`), read as a property: `js_sys::global`
/// would bring its search for the global object into the download.
fn window(doc: &Document) -> JsValue {
    js_sys::Reflect::get(doc, &"defaultView".into()).unwrap_or(JsValue::UNDEFINED)
}

/// Sets `key` on a plain object (which cannot fail on one we created).
fn put(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

/// A decimal as its string, or `null`.
fn decimal(value: Option<Decimal>) -> JsValue {
    value.map_or(JsValue::NULL, |d| write_decimal(d).into())
}

/// Locks (shown, not editable) and hides the fields the host page lists.
fn restrict(w: &Widget, locked: &[String], hidden: &[String]) {
    for (names, lock) in [(locked, true), (hidden, false)] {
        for name in names {
            let role = name == "role" || name == "preset";
            // The field's input, and the days' slider beside it.
            for suffix in ["", "-range"] {
                if role && !suffix.is_empty() {
                    continue;
                }
                let id = if role {
                    "hos-role".to_owned()
                } else {
                    ["hos-", name, suffix].concat()
                };
                let Some(input) = w.root.get_element_by_id(&id) else {
                    continue;
                };
                let Some(wrapper) = input.closest(".field").ok().flatten() else {
                    continue;
                };
                if lock {
                    // Read-only keeps a text field focusable and read by screen readers.
                    let text = input.get_attribute("type").as_deref() == Some("text");
                    attr(&input, if text { "readonly" } else { "disabled" }, "");
                    attr(&input, "aria-readonly", "true");
                    let _ = wrapper.class_list().toggle_with_force("locked", true);
                } else {
                    attr(&wrapper, "hidden", "");
                }
            }
        }
    }
}

/// The source of a field's default that comes with the role: its salary's
/// and its day rate's (the other defaults' sources are the assumptions').
fn role_source(role: Role, field: &str) -> Option<&'static hire_or_share::Source> {
    let preset = role.preset();
    match field {
        "grossAnnual" => Some(&preset.gross_annual_source),
        "dayRate" => Some(&preset.day_rate_source),
        _ => None,
    }
}

/// A default's source in its hint: a link, or the reasoning of an estimate.
fn source_node(doc: &Document, source: &hire_or_share::Source, lang: Lang) -> Element {
    if source.url.is_empty() {
        el(doc, "span", "estimate", Some(source.title_in(lang)))
    } else {
        source_link(doc, source, lang)
    }
}

/// Builds one labelled field: label, input, default, source, reset, error.
fn field(
    w: &mut Widget,
    container: &Element,
    name: &str,
    label: &str,
    unit: &str,
    source: Option<&hire_or_share::Source>,
) {
    let doc = w.doc.clone();
    let lang = w.lang;
    let wrapper = el(&doc, "div", "field", None);
    let id = ["hos-", name].concat();
    let default = w.default_value(name).unwrap_or_default();
    let input: HtmlInputElement = sure(doc.create_element("input")).unchecked_into();
    attr(&input, "id", &id);
    attr(&input, "name", name);
    let label_el = el(
        &doc,
        "label",
        "",
        Some(&if unit.is_empty() {
            label.to_owned()
        } else {
            [label, " (", unit, ")"].concat()
        }),
    );
    attr(&label_el, "for", &id);
    let error = el(&doc, "p", "error", None);
    let error_id = [id.as_str(), "-error"].concat();
    attr(&error, "id", &error_id);
    let mut described = error_id.clone();
    match kind(name, &default) {
        Kind::Bool => {
            attr(&input, "type", "checkbox");
            input
                .set_checked(w.values.get(name).map_or(default.as_str(), String::as_str) == "true");
            attr(&wrapper, "class", "field check");
            append(&wrapper, &[&input, &label_el]);
        }
        k => {
            attr(&input, "type", "text");
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
            input.set_value(
                &w.values
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| shown(&default, lang)),
            );
            append(&wrapper, &[&label_el, &input]);
        }
    }
    if let Some(source) = source {
        let hint_id = [id.as_str(), "-hint"].concat();
        let hint = el(&doc, "p", "hint", None);
        attr(&hint, "id", &hint_id);
        let default_text = el(
            &doc,
            "span",
            "default",
            Some(&w.default_hint(name, &default)),
        );
        add(&hint, &default_text);
        let sep = doc.create_text_node(" — ");
        add(&hint, &sep);
        add(&hint, &source_node(&doc, source, lang));
        let reset = el(&doc, "button", "reset", Some(t(lang, "Rétablir", "Reset")));
        attr(&reset, "type", "button");
        attr(&reset, "data-reset", name);
        attr(
            &reset,
            "aria-label",
            &[
                t(lang, "Rétablir la valeur par défaut", "Reset to default"),
                t(lang, "\u{a0}:", ":"),
                " ",
                label,
            ]
            .concat(),
        );
        add(&wrapper, &hint);
        add(&wrapper, &reset);
        described = [hint_id.as_str(), " ", &error_id].concat();
    }
    attr(&input, "aria-describedby", &described);
    add(&wrapper, &error);
    add(container, &wrapper);
    w.inputs.insert(name.to_owned(), (input.into(), error));
}

/// Builds the whole form and the results area.
fn build(w: &mut Widget) {
    let doc = w.doc.clone();
    let lang = w.lang;
    let form = el(&doc, "form", "hos", None);
    attr(&form, "novalidate", "");
    attr(
        &form,
        "aria-label",
        t(
            lang,
            "Recruter ou partager\u{a0}: calculateur",
            "Hire or share: calculator",
        ),
    );

    // Role.
    let role_field = el(&doc, "div", "field role", None);
    let role_label = el(
        &doc,
        "label",
        "",
        Some(t(lang, "Expertise recherchée", "Expertise needed")),
    );
    attr(&role_label, "for", "hos-role");
    let select: HtmlSelectElement = sure(doc.create_element("select")).unchecked_into();
    attr(&select, "id", "hos-role");
    attr(&select, "name", "role");
    for preset in &PRESETS {
        let label = short_first(t(lang, preset.label_fr, preset.label_en));
        let option = el(&doc, "option", "", Some(label.as_str()));
        attr(&option, "value", preset.role.key());
        if preset.role == w.role {
            attr(&option, "selected", "");
        }
        add(&select, &option);
    }
    append(&role_field, &[&role_label, &select]);
    add(&form, &role_field);

    // Several roles at once, through one shared-time network.
    let bundle_toggle = el(&doc, "div", "field check", None);
    let toggle: HtmlInputElement = sure(doc.create_element("input")).unchecked_into();
    attr(&toggle, "type", "checkbox");
    attr(&toggle, "id", "hos-bundle");
    attr(&toggle, "name", "bundle-mode");
    attr(&toggle, "aria-controls", "hos-bundle-fields");
    let toggle_label = el(
        &doc,
        "label",
        "",
        Some(t(
            lang,
            "Plusieurs expertises à la fois",
            "Several expertises at once",
        )),
    );
    attr(&toggle_label, "for", "hos-bundle");
    append(&bundle_toggle, &[&toggle, &toggle_label]);
    add(&form, &bundle_toggle);
    let bundle_fields = el(&doc, "fieldset", "bundle-fields", None);
    attr(&bundle_fields, "id", "hos-bundle-fields");
    attr(&bundle_fields, "hidden", "");
    add(
        &bundle_fields,
        &el(
            &doc,
            "legend",
            "",
            Some(t(
                lang,
                "Jours par semaine pour chaque expertise (0 si aucun)",
                "Days a week for each expertise (0 if none)",
            )),
        ),
    );
    for preset in &PRESETS {
        let wrap = el(&doc, "div", "field", None);
        let id = ["hos-bundle-", preset.role.key()].concat();
        let label = el(
            &doc,
            "label",
            "",
            Some(t(lang, preset.label_fr, preset.label_en)),
        );
        attr(&label, "for", &id);
        let input: HtmlInputElement = sure(doc.create_element("input")).unchecked_into();
        attr(&input, "id", &id);
        attr(&input, "type", "text");
        attr(
            &input,
            "name",
            &["bundle-days-", preset.role.key()].concat(),
        );
        attr(&input, "inputmode", "decimal");
        attr(&input, "autocomplete", "off");
        input.set_value("0");
        append(&wrap, &[&label, &input]);
        add(&bundle_fields, &wrap);
    }
    add(&bundle_fields, &el(&doc, "p", "error bundle-error", None));
    add(&form, &bundle_fields);

    // The simple form.
    let main = el(&doc, "div", "main-fields", None);
    for (name, fr, en, unit) in MAIN_FIELDS {
        field(
            w,
            &main,
            name,
            t(lang, fr, en),
            unit,
            role_source(w.role, name),
        );
    }
    // A slider beside the days, for quick exploration; the number input stays.
    if let Some((days, _)) = w.inputs.get("daysPerWeek") {
        attr(days, "inputmode", "decimal");
        let range: HtmlInputElement = sure(doc.create_element("input")).unchecked_into();
        attr(&range, "type", "range");
        attr(&range, "id", "hos-daysPerWeek-range");
        attr(&range, "name", "daysPerWeek");
        attr(&range, "min", "0.5");
        attr(&range, "max", "5");
        attr(&range, "step", "0.5");
        range.set_value(
            &w.default_value("daysPerWeek")
                .unwrap_or_else(|| "1".to_owned()),
        );
        if let Some(v) = w.values.get("daysPerWeek").and_then(|v| parse_decimal(v)) {
            range.set_value(&write_decimal(v));
        }
        attr(
            &range,
            "aria-label",
            t(lang, "Jours par semaine (curseur)", "Days a week (slider)"),
        );
        if let Some(parent) = days.parent_element() {
            sure(parent.insert_before(&range, days.next_sibling().as_ref()));
        }
    }
    add(&form, &main);

    // Every assumption, grouped, in a disclosure.
    let panel = el(&doc, "details", "assumptions", None);
    add(
        &panel,
        &el(
            &doc,
            "summary",
            "",
            Some(t(lang, "Hypothèses", "Assumptions")),
        ),
    );
    add(
        &panel,
        &el(
            &doc,
            "p",
            "panel-note",
            Some(t(
                lang,
                "Chaque valeur par défaut indique sa source\u{a0}; les valeurs modifiées sont mises en évidence.",
                "Each default shows its source; changed values are highlighted.",
            )),
        ),
    );
    for (group, fr, en) in [
        (Group::Company, "Votre entreprise", "Your company"),
        (Group::Hire, "Le recrutement", "The hire"),
        (Group::Shared, "Le temps partagé", "Shared time"),
    ] {
        let fieldset = el(&doc, "fieldset", "", None);
        add(&fieldset, &el(&doc, "legend", "", Some(t(lang, fr, en))));
        for a in ASSUMPTIONS.iter().filter(|a| a.group == group) {
            field(
                w,
                &fieldset,
                a.field,
                t(lang, a.label_fr, a.label_en),
                t(lang, a.unit_fr, a.unit_en),
                Some(&a.source),
            );
        }
        for (name, g, fr, en) in EXTRA_FIELDS {
            if g == group {
                field(w, &fieldset, name, t(lang, fr, en), "", None);
            }
        }
        add(&panel, &fieldset);
    }
    add(&form, &panel);
    add(&form, &w.form_error);
    add(&w.root, &form);

    let output = el(&doc, "section", "output", None);
    attr(&output, "aria-label", t(lang, "Résultat", "Result"));
    let actions = el(&doc, "div", "actions", None);
    let share = el(
        &doc,
        "button",
        "action",
        Some(t(lang, "Copier le lien", "Copy the link")),
    );
    attr(&share, "type", "button");
    attr(&share, "data-action", "share");
    let print = el(
        &doc,
        "button",
        "action",
        Some(t(lang, "Version imprimable", "Printable version")),
    );
    attr(&print, "type", "button");
    attr(&print, "data-action", "print");
    let link_label = el(
        &doc,
        "label",
        "link-label",
        Some(t(lang, "Lien vers ce scénario", "Link to this scenario")),
    );
    attr(&link_label, "for", "hos-link");
    let link: HtmlInputElement = sure(doc.create_element("input")).unchecked_into();
    attr(&link, "id", "hos-link");
    attr(&link, "type", "text");
    attr(&link, "readonly", "");
    let status = el(&doc, "p", "status", None);
    attr(&status, "role", "status");
    let link_box = el(&doc, "div", "link-box", None);
    attr(&link_box, "hidden", "");
    append(&link_box, &[&link_label, &link]);
    append(&actions, &[&share, &print, &link_box, &status]);
    append(&output, &[&w.verdict, &actions, &w.results]);
    add(&w.root, &output);
}

fn listen(
    target: &Element,
    event: &str,
    handler: impl FnMut(web_sys::Event) + 'static,
) -> Result<(), JsValue> {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
    // The listener lives as long as the element.
    closure.forget();
    Ok(())
}

/// Mounts the calculator into `root` (the element's open shadow root).
///
/// `attributes` maps the element's attribute names to their values
/// (`{ "gross-annual": "90000", "preset": "drh" }`); every scenario field can
/// be given in kebab-case. Unknown attributes are ignored; values that are not
/// valid show an error next to their field.
///
/// # Errors
///
/// Throws only if the DOM refuses an operation (a bug).
#[wasm_bindgen]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings by value"
)]
pub fn mount(
    root: &ShadowRoot,
    #[wasm_bindgen(unchecked_param_type = "Record<string, string>")] attributes: &JsValue,
    lang: Option<String>,
    query: Option<String>,
) -> Result<(), JsValue> {
    let lang = parse_lang(lang.as_deref());
    let doc = root
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let mut given: VecMap<String> = VecMap::default();
    if attributes.is_object() {
        for entry in js_sys::Object::entries(attributes.unchecked_ref()).iter() {
            let pair = js_sys::Array::from(&entry);
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                given.insert(hire_or_share::share::camel(&k.to_ascii_lowercase()), v);
            }
        }
    }
    // Fields the host shows but does not let visitors change, or hides.
    let list = |name: &str| -> Vec<String> {
        let mut fields = Vec::new();
        for f in hire_or_share::share::split_ascii(given.get(name).map_or("", String::as_str), b',')
        {
            let f = hire_or_share::share::camel(f.trim_ascii());
            if !f.is_empty() {
                fields.push(f);
            }
        }
        fields
    };
    let (locked, hidden) = (list("locked"), list("hide"));
    let attributes_role = given
        .get("preset")
        .or_else(|| given.get("role"))
        .and_then(|k| Role::from_key(k));
    let mut role = attributes_role.unwrap_or_default();
    let mut given: Vec<(String, String)> = given.0;
    given.retain(|(k, _)| k != "role" && k != "preset" && Scenario::preset(role).get(k).is_some());
    // A share link in the page's address wins over the attributes, except
    // for the fields the host locked; what it cannot use is listed, one
    // parameter at a time, and nothing else.
    let mut ignored = Vec::new();
    // A share link carries `v=` (its version) as a parameter.
    let is_link = |q: &String| {
        let q = q.as_bytes();
        (0..q.len())
            .any(|i| (i == 0 || matches!(q[i - 1], b'?' | b'&')) && q[i..].starts_with(b"v="))
    };
    if let Some(query) = query.filter(is_link) {
        let (linked, dropped) = Scenario::from_query(&query, lang);
        ignored = dropped;
        let role_locked =
            locked.iter().any(|f| f == "role" || f == "preset") && attributes_role.is_some();
        if !role_locked {
            role = linked.role;
        }
        let preset = Scenario::preset(role);
        let from_attributes = std::mem::take(&mut given);
        // A locked field keeps the host's attribute if it gave one.
        let from_host =
            |f: &str| locked.iter().any(|l| l == f) && from_attributes.iter().any(|(a, _)| a == f);
        given = Vec::new();
        for f in &Scenario::FIELDS[1..] {
            if let Some(value) = linked.get(f)
                && !from_host(f)
                && Some(&value) != preset.get(f).as_ref()
            {
                given.push(((*f).to_owned(), value));
            }
        }
        for (f, value) in from_attributes {
            if locked.contains(&f) {
                given.push((f, value));
            }
        }
    }
    let defaults = Scenario::preset(role);
    let verdict = el(&doc, "p", "verdict", None);
    attr(&verdict, "aria-live", "polite");
    attr(&verdict, "data-key", "verdict");
    let form_error = el(&doc, "p", "error form-error", None);
    attr(&form_error, "role", "alert");
    let results = el(&doc, "div", "results", None);
    let mut widget = Widget {
        doc,
        root: root.clone(),
        lang,
        fmt: Formats::new(lang),
        role,
        defaults,
        values: VecMap::default(),
        inputs: VecMap::default(),
        form_error,
        verdict,
        results,
        last: None,
        bundle: None,
    };
    for (field, text) in given {
        widget.set(&field, text);
    }
    build(&mut widget);
    restrict(&widget, &locked, &hidden);
    if !ignored.is_empty() {
        let notice = el(&widget.doc, "div", "notice", None);
        attr(&notice, "role", "status");
        add(
            &notice,
            &el(
                &widget.doc,
                "p",
                "",
                Some(t(
                    lang,
                    "Certains paramètres du lien ont été ignorés\u{a0}:",
                    "Some parameters of the link were ignored:",
                )),
            ),
        );
        let list = el(&widget.doc, "ul", "", None);
        for i in &ignored {
            add(
                &list,
                &el(
                    &widget.doc,
                    "li",
                    "",
                    Some(&[i.name.as_str(), " — ", &i.message].concat()),
                ),
            );
        }
        add(&notice, &list);
        let form = widget.root.query_selector("form")?.ok_or("no form")?;
        form.insert_before(&notice, form.first_child().as_ref())?;
    }
    widget.update();
    let state = Rc::new(RefCell::new(widget));
    let form = state
        .borrow()
        .root
        .query_selector("form")?
        .ok_or("no form")?;

    let on_input = {
        let state = Rc::clone(&state);
        move |event: web_sys::Event| {
            let Some(target) = target_with(&event, "name") else {
                return;
            };
            let name = target.get_attribute("name").unwrap_or_default();
            let Ok(mut w) = state.try_borrow_mut() else {
                return;
            };
            if name == "bundle-mode" || name.starts_with("bundle-days-") {
                let _ = w.set_bundle(&target, &name);
            } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
                if let Some(role) = Role::from_key(&select.value()) {
                    w.set_role(role);
                }
            } else if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
                let text = if input.type_() == "checkbox" {
                    if input.checked() { "true" } else { "false" }.to_owned()
                } else {
                    input.value()
                };
                // Keep the slider and the number box in step.
                if name == "daysPerWeek" {
                    let other = if input.type_() == "range" {
                        "hos-daysPerWeek"
                    } else {
                        "hos-daysPerWeek-range"
                    };
                    if let Some(Ok(o)) = w
                        .root
                        .get_element_by_id(other)
                        .map(wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>)
                    {
                        if input.type_() == "range" {
                            o.set_value(&shown(&text, w.lang));
                        } else if let Some(d) = parse_decimal(&text) {
                            o.set_value(&write_decimal(d));
                        }
                    }
                }
                w.set(&name, text);
            }
            w.update();
        }
    };
    listen(&form, "input", on_input)?;
    let on_click = {
        let state = Rc::clone(&state);
        move |event: web_sys::Event| {
            let Some(button) = target_with(&event, "data-reset") else {
                return;
            };
            let field = button.get_attribute("data-reset").unwrap_or_default();
            if let Ok(mut w) = state.try_borrow_mut() {
                w.reset(&field);
                w.update();
            }
        }
    };
    listen(&form, "click", on_click)?;
    listen(&form, "submit", |e: web_sys::Event| e.prevent_default())?;
    let actions = state
        .borrow()
        .root
        .query_selector(".actions")?
        .ok_or("no actions")?;
    let on_action = {
        let state = Rc::clone(&state);
        move |event: web_sys::Event| {
            let Some(button) = target_with(&event, "data-action") else {
                return;
            };
            let Ok(w) = state.try_borrow() else {
                return;
            };
            let _ = match button.get_attribute("data-action").as_deref() {
                Some("share") => w.share(),
                Some("print") => w.print(),
                _ => Ok(()),
            };
        }
    };
    listen(&actions, "click", on_action)?;
    // Printing from the browser's menu opens the details too.
    let on_print = {
        let state = Rc::clone(&state);
        move |_: web_sys::Event| {
            if let Ok(w) = state.try_borrow() {
                let _ = w.open_details();
            }
        }
    };
    let window = window(&state.borrow().doc).unchecked_into::<web_sys::EventTarget>();
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(on_print);
    window.add_event_listener_with_callback("beforeprint", closure.as_ref().unchecked_ref())?;
    closure.forget();
    Ok(())
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

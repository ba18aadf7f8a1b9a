//! Small DOM helpers over web-sys's typed calls. Text always goes in through
//! `textContent`, never as markup, so that no user-supplied string can become
//! HTML.
//!
//! The calls that change the tree fail only on a bug in the widget (a tag or
//! attribute name of its own that is not valid, a node put inside itself):
//! then the browser's exception goes on to JavaScript (`unwrap_throw`), with
//! no `Result` to carry back through every caller.

use hire_or_share::Lang;
use rust_decimal::Decimal;
use wasm_bindgen::prelude::*;
use web_sys::{
    CustomEvent, CustomEventInit, Document, Element, Event, EventTarget, HtmlElement,
    HtmlInputElement, HtmlSelectElement, Node, NodeList, ShadowRoot,
};

use super::number::to_f64;

pub const SVG: &str = "http://www.w3.org/2000/svg";

/// The elements of a `NodeList` from `querySelectorAll`, in order.
pub fn elements(list: &NodeList) -> impl Iterator<Item = Element> + '_ {
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
}

/// Removes the attribute `name` (one of the widget's own).
pub fn unattr(e: &Element, name: &str) {
    e.remove_attribute(name).unwrap_throw();
}

/// The closest ancestor of `e`, or `e`, that matches `selector`.
pub fn closest(e: &Element, selector: &str) -> Option<Element> {
    e.closest(selector).unwrap_throw()
}

/// Every element under `root` that matches `selector`.
pub fn query_all(root: &ShadowRoot, selector: &str) -> NodeList {
    root.query_selector_all(selector).unwrap_throw()
}

/// Adds or removes the class `name` of `e`.
pub fn toggle_class(e: &Element, name: &str, on: bool) {
    e.class_list().toggle_with_force(name, on).unwrap_throw();
}

/// Calls `listener` on each `event` at `target` or under it; in the capture
/// phase if `capture` (for an event that does not bubble, `toggle`).
pub fn listen_with(target: &EventTarget, event: &str, listener: &js_sys::Function, capture: bool) {
    target
        .add_event_listener_with_callback_and_bool(event, listener, capture)
        .unwrap_throw();
}

/// Stops calling `listener` on each `event` at `target`.
pub fn unlisten(target: &EventTarget, event: &str, listener: &js_sys::Function, capture: bool) {
    target
        .remove_event_listener_with_callback_and_bool(event, listener, capture)
        .unwrap_throw();
}

/// Dispatches a `CustomEvent` named `kind` from `target`, with `detail`,
/// bubbling out of the shadow root (`composed`).
pub fn dispatch_custom(target: &EventTarget, kind: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    let event = CustomEvent::new_with_event_init_dict(kind, &init).unwrap_throw();
    target.dispatch_event(&event).unwrap_throw();
}

/// The first element under `root`, the shadow root, that
/// matches `selector`, one of the widget's own.
pub fn query(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap_throw()
}

/// The element of id `id` under `root`. An id is letters, digits and
/// hyphens, as the widget's own are; any other text (a field name from a
/// host's `locked` attribute) finds nothing, and never reaches the selector,
/// where it could throw.
pub fn by_id(root: &ShadowRoot, id: &str) -> Option<Element> {
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    query(root, &["#", id].concat())
}

/// The `<input>` of id `id` under `root`, if that is one.
pub fn input_by_id(root: &ShadowRoot, id: &str) -> Option<HtmlInputElement> {
    by_id(root, id)?.dyn_into().ok()
}

/// Moves the focus to `e`, if it is an HTML element.
pub fn focus(e: &Element) {
    if let Some(e) = e.dyn_ref::<HtmlElement>() {
        let _ = e.focus();
    }
}

/// The value of an `<input>` or a `<select>`; empty for any other element.
pub fn value(control: &Element) -> String {
    if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Puts `child` first in `parent`.
pub fn prepend(parent: &Element, child: &Node) {
    parent.prepend_with_node_1(child).unwrap_throw();
}

/// Puts `node` right after `e`, in the same parent.
pub fn after(e: &Element, node: &Node) {
    e.after_with_node_1(node).unwrap_throw();
}

/// Puts `new` in the place of `old`.
pub fn replace(old: &Element, new: &Node) {
    old.replace_with_with_node_1(new).unwrap_throw();
}

/// Creates `<tag>`.
pub fn create_element(doc: &Document, tag: &str) -> Element {
    doc.create_element(tag).unwrap_throw()
}

/// Creates an `<input>` of `type`.
pub fn create_input(doc: &Document, kind: &str) -> HtmlInputElement {
    let input: HtmlInputElement = create_element(doc, "input").dyn_into().unwrap_throw();
    input.set_type(kind);
    input
}

/// Creates `<tag class=…>` with optional text.
pub fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Element {
    let e = create_element(doc, tag);
    if !class.is_empty() {
        attr(&e, "class", class);
    }
    if let Some(text) = text {
        e.set_text_content(Some(text));
    }
    e
}

/// A link to a source (`<a>` with its title, opening in a new tab).
pub fn source_link(doc: &Document, source: &hire_or_share::Source, lang: Lang) -> Element {
    let link = el(doc, "a", "", Some(source.title_in(lang)));
    attr(&link, "href", source.url);
    attr(&link, "target", "_blank");
    attr(&link, "rel", "noopener noreferrer");
    link
}

/// A default's source in its hint: a link, or the reasoning of an estimate.
pub fn source_node(doc: &Document, source: &hire_or_share::Source, lang: Lang) -> Element {
    if source.url.is_empty() {
        el(doc, "span", "estimate", Some(source.title_in(lang)))
    } else {
        source_link(doc, source, lang)
    }
}

/// Creates an SVG element with attributes.
pub fn svg(doc: &Document, tag: &str, attrs: &[(&str, &str)]) -> Element {
    let e = doc.create_element_ns(Some(SVG), tag).unwrap_throw();
    for (k, v) in attrs {
        attr(&e, k, v);
    }
    e
}

/// Sets an attribute (names are the widget's own).
pub fn attr(e: &Element, name: &str, value: &str) {
    e.set_attribute(name, value).unwrap_throw();
}

/// Appends `child` to `parent`.
pub fn add(parent: &Node, child: &Node) {
    parent.append_child(child).unwrap_throw();
}

/// Appends children in order.
pub fn append(parent: &Element, children: &[&Element]) {
    for child in children {
        add(parent, child);
    }
}

/// Number formatting for the page's language, through `Intl.NumberFormat`
/// (in every browser the widget supports).
pub struct Formats {
    euros: NumberFormat,
    number: NumberFormat,
}

#[wasm_bindgen]
extern "C" {
    /// An `Intl.NumberFormat` (js-sys's gives `format` as a bound function).
    #[wasm_bindgen(js_namespace = Intl)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat")]
    fn new_format(locale: &str, options: &js_sys::Object) -> NumberFormat;
    #[wasm_bindgen(method, js_name = format)]
    fn write(this: &NumberFormat, value: f64) -> String;
}

/// Sets `key` on a plain object of the widget's own.
pub fn put(object: &js_sys::Object, key: &str, value: &JsValue) {
    js_sys::Reflect::set(object, &key.into(), value).unwrap_throw();
}

fn formatter(locale: &str, options: &[(&str, JsValue)]) -> NumberFormat {
    let opts = js_sys::Object::new();
    for (k, v) in options {
        put(&opts, k, v);
    }
    NumberFormat::new_format(locale, &opts)
}

impl Formats {
    pub fn new(lang: Lang) -> Self {
        let locale = match lang {
            Lang::Fr => "fr-FR",
            Lang::En => "en-GB",
        };
        Self {
            euros: formatter(
                locale,
                &[
                    ("style", JsValue::from_str("currency")),
                    ("currency", JsValue::from_str("EUR")),
                    ("maximumFractionDigits", JsValue::from_f64(0.0)),
                ],
            ),
            number: formatter(locale, &[("maximumFractionDigits", JsValue::from_f64(2.0))]),
        }
    }

    /// Whole euros: `145 299 €`, rounded half away from zero by
    /// `Intl.NumberFormat` (its `halfExpand`), as the core rounds its cents.
    pub fn euros(&self, amount: &Decimal) -> String {
        self.euros.write(to_f64(*amount))
    }

    /// A number with up to two decimals: `3,23`.
    pub fn number(&self, value: &Decimal) -> String {
        self.number.write(to_f64(*value))
    }
}

/// Sets or removes a boolean-ish attribute.
pub fn toggle_attr(e: &Element, name: &str, on: bool) {
    if on {
        attr(e, name, "true");
    } else {
        unattr(e, name);
    }
}

/// The closest element that matches `selector` (an attribute's, `[name]`),
/// from an event target: an element for the events the browser sends (a
/// click's, a keystroke's, a form's submit); a host's event at a text node
/// finds none.
pub fn target_with(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// A `<button type="button">` of `class` showing `text`, whose click the
/// element's listener hands to the handler named by `data-action`.
pub fn button(doc: &Document, class: &str, text: &str, action: &str) -> Element {
    let button = el(doc, "button", class, Some(text));
    attr(&button, "type", "button");
    attr(&button, "data-action", action);
    button
}

/// Wraps a table in a region that scrolls sideways on narrow screens and can
/// be scrolled with the keyboard.
pub fn scroll_wrap(doc: &Document, table: &Element, label: &str) -> Element {
    let wrap = el(doc, "div", "table-wrap", None);
    attr(&wrap, "tabindex", "0");
    attr(&wrap, "role", "region");
    attr(&wrap, "aria-label", label);
    add(&wrap, table);
    wrap
}

/// A table's header row: one column header per text. Tables and their parts
/// carry their roles explicitly (here, [`table_details`], [`labelled_row`]):
/// a narrow screen shows some as cards (hire-or-share.css), whose CSS
/// `display` some browsers take as the end of the table for screen readers.
pub fn header_row(doc: &Document, texts: &[&str]) -> Element {
    let head = el(doc, "tr", "", None);
    attr(&head, "role", "row");
    for text in texts {
        let th = el(doc, "th", "", Some(text));
        attr(&th, "scope", "col");
        attr(&th, "role", "columnheader");
        add(&head, &th);
    }
    head
}

/// A closed disclosure (`<details class=…>`) titled `summary`, holding a
/// table with one column header per `headers`, which scrolls sideways in a
/// region named `label`: the shape of the result's tables. Returns the
/// disclosure and the table's body, for the rows.
pub fn table_details(
    doc: &Document,
    class: &str,
    summary: &str,
    label: &str,
    headers: &[&str],
) -> (Element, Element) {
    let details = el(doc, "details", class, None);
    add(&details, &el(doc, "summary", "", Some(summary)));
    let tbody = table_in(doc, &details, label, headers);
    (details, tbody)
}

/// Appends to `details` a table with one column header per `headers`,
/// which scrolls sideways in a region named `label`; returns its body, for
/// the rows.
pub fn table_in(doc: &Document, details: &Element, label: &str, headers: &[&str]) -> Element {
    let table = el(doc, "table", "", None);
    attr(&table, "role", "table");
    let thead = el(doc, "thead", "", None);
    add(&thead, &header_row(doc, headers));
    let tbody = el(doc, "tbody", "", None);
    for group in [&thead, &tbody] {
        attr(group, "role", "rowgroup");
    }
    append(&table, &[&thead, &tbody]);
    add(details, &scroll_wrap(doc, &table, label));
    tbody
}

/// A table's body row: a row header, then one cell per `(class, text)`.
pub fn data_row(doc: &Document, header: &str, cells: &[(&str, &str)]) -> Element {
    labelled_row(doc, &[], header, cells)
}

/// A table's body row as [`data_row`] builds it, each cell also named by its
/// column's header, `headers` in order (`data-label`): the caption a narrow
/// screen shows in it, where each row of the table is a card.
pub fn labelled_row(
    doc: &Document,
    headers: &[&str],
    header: &str,
    cells: &[(&str, &str)],
) -> Element {
    let row = el(doc, "tr", "", None);
    attr(&row, "role", "row");
    let th = el(doc, "th", "", Some(header));
    attr(&th, "scope", "row");
    attr(&th, "role", "rowheader");
    add(&row, &th);
    for (i, (class, text)) in cells.iter().enumerate() {
        let td = el(doc, "td", class, Some(text));
        attr(&td, "role", "cell");
        if let Some(label) = headers.get(i + 1) {
            attr(&td, "data-label", label);
        }
        add(&row, &td);
    }
    row
}

/// A `<dt>`/`<dd>` pair with the raw value in `data-value`, for tests and hosts.
pub fn figure(
    doc: &Document,
    list: &Element,
    key: &str,
    label: &str,
    text: &str,
    raw: Option<String>,
) {
    let dt = el(doc, "dt", "", Some(label));
    let dd = el(doc, "dd", "", Some(text));
    attr(&dd, "data-key", key);
    if let Some(raw) = raw {
        attr(&dd, "data-value", &raw);
    }
    append(list, &[&dt, &dd]);
}

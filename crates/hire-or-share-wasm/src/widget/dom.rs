//! Small DOM helpers. Text always goes in through `textContent`, never as
//! markup, so that no user-supplied string can become HTML.

use hire_or_share::Lang;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Node};

use super::number::to_f64;

pub const SVG: &str = "http://www.w3.org/2000/svg";

// The DOM calls that change the tree, bound without web-sys's `catch`: they
// fail only on a bug in the widget (a tag or attribute name of its own that
// is not valid, a node put inside itself), and then the browser's exception
// goes on to JavaScript as it is, with no `Result` to carry back through
// every caller and no exception handler around each call in the glue.
#[wasm_bindgen]
extern "C" {
    /// A document or a node, as these calls see it.
    type Dom;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create(this: &Dom, tag: &str) -> Element;
    #[wasm_bindgen(method, js_name = createElementNS)]
    fn create_ns(this: &Dom, namespace: &str, tag: &str) -> Element;
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set(this: &Dom, name: &str, value: &str);
    #[wasm_bindgen(method, js_name = appendChild)]
    fn append_node(this: &Dom, child: &Node);
    #[wasm_bindgen(method, js_name = prepend)]
    fn prepend_node(this: &Dom, child: &Node);
    #[wasm_bindgen(method, js_name = after)]
    fn after_node(this: &Dom, node: &Node);
    #[wasm_bindgen(method, js_name = replaceWith)]
    fn replace_node(this: &Dom, with: &Node);
    #[wasm_bindgen(method, js_name = querySelector)]
    fn query_node(this: &Dom, selector: &str) -> Option<Element>;
    #[wasm_bindgen(method, getter, js_name = value)]
    fn value_of(this: &Dom) -> String;
    #[wasm_bindgen(method, getter, js_name = type)]
    fn type_of(this: &Dom) -> String;
    #[wasm_bindgen(method, js_name = print)]
    fn print_window(this: &Dom);
    #[wasm_bindgen(method, js_name = removeAttribute)]
    fn unset(this: &Dom, name: &str);
    #[wasm_bindgen(method, js_name = closest)]
    fn closest_node(this: &Dom, selector: &str) -> Option<Element>;
    /// An event target's `closest`, with `catch`: a host may dispatch an
    /// event at a node that is not an element (a text node), which has none.
    #[wasm_bindgen(catch, method, js_name = closest)]
    fn closest_of_target(this: &Dom, selector: &str) -> Result<Option<Element>, JsValue>;
    #[wasm_bindgen(method, js_name = querySelectorAll)]
    fn query_all_nodes(this: &Dom, selector: &str) -> web_sys::NodeList;
    #[wasm_bindgen(method, getter, js_name = classList)]
    fn classes(this: &Dom) -> Classes;
    #[wasm_bindgen(method, js_name = addEventListener)]
    fn listen_node(this: &Dom, event: &str, listener: &js_sys::Function);
    #[wasm_bindgen(method, js_name = removeEventListener)]
    fn unlisten_node(this: &Dom, event: &str, listener: &js_sys::Function);
    #[wasm_bindgen(method, js_name = dispatchEvent)]
    fn dispatch(this: &Dom, event: &Custom) -> bool;

    /// An element's `classList`.
    type Classes;
    #[wasm_bindgen(method)]
    fn toggle(this: &Classes, name: &str, force: bool) -> bool;

    /// A `CustomEvent`.
    #[wasm_bindgen(js_name = CustomEvent)]
    type Custom;
    #[wasm_bindgen(constructor, js_class = "CustomEvent")]
    fn new_custom(kind: &str, init: &js_sys::Object) -> Custom;
}

/// Removes the attribute `name` (one of the widget's own).
pub fn unattr(e: &Element, name: &str) {
    e.unchecked_ref::<Dom>().unset(name);
}

/// The closest ancestor of `e`, or `e`, that matches `selector`.
pub fn closest(e: &Element, selector: &str) -> Option<Element> {
    e.unchecked_ref::<Dom>().closest_node(selector)
}

/// Every element under `root` that matches `selector`.
pub fn query_all(root: &Node, selector: &str) -> web_sys::NodeList {
    root.unchecked_ref::<Dom>().query_all_nodes(selector)
}

/// Adds or removes the class `name` of `e`.
pub fn toggle_class(e: &Element, name: &str, on: bool) {
    e.unchecked_ref::<Dom>().classes().toggle(name, on);
}

/// Calls `listener` on each `event` at `target`.
pub fn listen_with(target: &web_sys::EventTarget, event: &str, listener: &js_sys::Function) {
    target.unchecked_ref::<Dom>().listen_node(event, listener);
}

/// Stops calling `listener` on each `event` at `target`.
pub fn unlisten(target: &web_sys::EventTarget, event: &str, listener: &js_sys::Function) {
    target.unchecked_ref::<Dom>().unlisten_node(event, listener);
}

/// Dispatches a `CustomEvent` named `kind` from `target`, with `init`
/// (`detail`, `bubbles`, `composed`).
pub fn dispatch_custom(target: &Node, kind: &str, init: &js_sys::Object) {
    target
        .unchecked_ref::<Dom>()
        .dispatch(&Custom::new_custom(kind, init));
}

/// The first element under `root` (the shadow root or an element) that
/// matches `selector`, one of the widget's own.
pub fn query(root: &Node, selector: &str) -> Option<Element> {
    root.unchecked_ref::<Dom>().query_node(selector)
}

/// The element of id `id` under `root`, through `querySelector`: one import
/// less than `getElementById`. An id is letters, digits and hyphens, as the
/// widget's own are; any other text (a field name from a host's `locked`
/// attribute) finds nothing, and never reaches the selector, where it could
/// throw.
pub fn by_id(root: &Node, id: &str) -> Option<Element> {
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    query(root, &["#", id].concat())
}

/// Opens the browser's print dialog for the page of `window`.
pub fn print_page(window: &JsValue) {
    window.unchecked_ref::<Dom>().print_window();
}

/// The value of an `<input>` or a `<select>`.
pub fn value(control: &Element) -> String {
    control.unchecked_ref::<Dom>().value_of()
}

/// The `type` of an `<input>` (`checkbox`, `range`…) or of an event
/// (`input`, `click`…): one getter for both.
pub fn type_of(of: &JsValue) -> String {
    of.unchecked_ref::<Dom>().type_of()
}

/// Puts `child` first in `parent`.
pub fn prepend(parent: &Node, child: &Node) {
    parent.unchecked_ref::<Dom>().prepend_node(child);
}

/// Puts `node` right after `e`, in the same parent.
pub fn after(e: &Node, node: &Node) {
    e.unchecked_ref::<Dom>().after_node(node);
}

/// Puts `new` in the place of `old`.
pub fn replace(old: &Element, new: &Node) {
    old.unchecked_ref::<Dom>().replace_node(new);
}

/// Creates `<tag>`.
pub fn create_element(doc: &Document, tag: &str) -> Element {
    doc.unchecked_ref::<Dom>().create(tag)
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

/// Creates an SVG element with attributes.
pub fn svg(doc: &Document, tag: &str, attrs: &[(&str, &str)]) -> Element {
    let e = doc.unchecked_ref::<Dom>().create_ns(SVG, tag);
    for (k, v) in attrs {
        attr(&e, k, v);
    }
    e
}

/// Sets an attribute (names are the widget's own).
pub fn attr(e: &Element, name: &str, value: &str) {
    e.unchecked_ref::<Dom>().set(name, value);
}

/// Appends `child` to `parent`.
pub fn add(parent: &Node, child: &Node) {
    parent.unchecked_ref::<Dom>().append_node(child);
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
    /// `Reflect.set` on a plain object of the widget's own, which cannot
    /// fail: without web-sys's `catch`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = set)]
    fn reflect_set(target: &js_sys::Object, key: &str, value: &JsValue) -> bool;

    /// An `Intl.NumberFormat`.
    #[wasm_bindgen(js_namespace = Intl)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat")]
    fn new_format(locale: &str, options: &js_sys::Object) -> NumberFormat;
    #[wasm_bindgen(method, js_name = format)]
    fn write(this: &NumberFormat, value: f64) -> String;
}

/// Sets `key` on a plain object of the widget's own.
pub fn put(object: &js_sys::Object, key: &str, value: &JsValue) {
    reflect_set(object, key, value);
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
/// finds none, rather than throwing while the widget's state is borrowed.
pub fn target_with(event: &web_sys::Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .unchecked_ref::<Dom>()
        .closest_of_target(selector)
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
    let table = el(doc, "table", "", None);
    attr(&table, "role", "table");
    let thead = el(doc, "thead", "", None);
    add(&thead, &header_row(doc, headers));
    let tbody = el(doc, "tbody", "", None);
    for group in [&thead, &tbody] {
        attr(group, "role", "rowgroup");
    }
    append(&table, &[&thead, &tbody]);
    add(&details, &scroll_wrap(doc, &table, label));
    (details, tbody)
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

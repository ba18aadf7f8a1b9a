//! The element's events, one listener handing each to its named handler over
//! the shared state: typing in a field, a reset button, the action buttons,
//! and the browser's own printing.

use std::cell::RefCell;

use hire_or_share::Role;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Event, EventTarget, HtmlInputElement};

use super::actions::{self, window};
use super::dom::{by_id, listen_with, target_with, type_of, unlisten, value};
use super::number::shown;
use super::state::Widget;

/// The element's listeners and, through them, its state: what [`mount`]
/// gives the loader, which drops it (`unmount`, or `free`) when the element
/// leaves the page or remounts on new attributes. Dropping it removes the
/// listeners from the shadow root and the window, and frees the state.
///
/// [`mount`]: super::mount
#[wasm_bindgen]
pub struct Mounted {
    root: web_sys::ShadowRoot,
    window: Option<EventTarget>,
    listener: Closure<dyn FnMut(JsValue)>,
    before_print: Closure<dyn FnMut(JsValue)>,
}

const KINDS: [&str; 3] = ["input", "click", "submit"];

#[wasm_bindgen]
impl Mounted {
    /// Removes the element's listeners and frees its state: the loader calls
    /// it when the element is disconnected or mounted again.
    pub fn unmount(self) {}
}

impl std::fmt::Debug for Mounted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mounted").finish_non_exhaustive()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        for kind in KINDS {
            unlisten(&self.root, kind, self.listener.as_ref().unchecked_ref());
        }
        if let Some(window) = &self.window {
            unlisten(
                window,
                "beforeprint",
                self.before_print.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Listens to the element's shadow root (where the form's and the result's
/// events bubble to) and to the window, until the [`Mounted`] it gives back
/// is dropped: one listener, which hands each event to its handler by its
/// type, each borrowing the state.
pub(super) fn attach(widget: Widget) -> Mounted {
    let root = widget.root.clone();
    let doc = widget.doc.clone();
    let state = RefCell::new(widget);
    let listener = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let kind = type_of(&event);
        let event: Event = event.unchecked_into();
        match kind.as_str() {
            "submit" => event.prevent_default(),
            "input" | "click" => {
                if let Ok(mut w) = state.try_borrow_mut() {
                    if kind == "input" {
                        on_input(&mut w, &event);
                    } else {
                        on_click(&mut w, &event);
                    }
                }
            }
            _ => {}
        }
    });
    for kind in KINDS {
        listen_with(&root, kind, listener.as_ref().unchecked_ref());
    }
    // Printing from the browser's menu opens the details too. A closure of
    // its own: "Print" calls the browser's print from within the listener
    // above, which fires `beforeprint` at once, and a closure may not be
    // invoked while it runs.
    let details = root.clone();
    let before_print = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        actions::open_details(&details);
    });
    let window = window(&doc).dyn_into::<EventTarget>().ok();
    if let Some(window) = &window {
        listen_with(window, "beforeprint", before_print.as_ref().unchecked_ref());
    }
    Mounted {
        root: root.clone(),
        window,
        listener,
        before_print,
    }
}

/// A field changed: the bundle's, the role, or a field of the scenario.
fn on_input(w: &mut Widget, event: &Event) {
    let Some(target) = target_with(event, "[name]") else {
        return;
    };
    let name = target.get_attribute("name").unwrap_or_default();
    if name == "bundle-mode" || name.starts_with("bundle-days-") {
        let _ = w.set_bundle(&target, &name);
    } else if name.starts_with("need-") {
        // A period's months or days: the profile, from every row.
        w.set("needProfile", super::need::compose(w));
    } else if name == "role" {
        // The role's `<select>`.
        if let Some(role) = Role::from_key(&value(&target)) {
            w.set_role(role);
        }
    } else if name == "salaryTax" {
        // The taxe sur les salaires' `<select>`: "" (as VAT), true or false.
        w.set("salaryTax", value(&target));
    } else if name == "location" {
        // The zone's `<select>`: its options are the zones' keys.
        if let Some(location) = hire_or_share::Location::from_key(&value(&target)) {
            w.set_location(location);
        }
    } else {
        // Every other element with a name is an `<input>` the form built
        // (`form::input`): no test of its type at each keystroke.
        let input: &HtmlInputElement = target.unchecked_ref();
        let text = if type_of(input) == "checkbox" {
            if input.checked() { "true" } else { "false" }.to_owned()
        } else {
            value(input)
        };
        // The slider gives the days' field its value; the field gives the
        // slider its own at the update (`Widget::sync_slider`).
        if name == "daysPerWeek"
            && type_of(input) == "range"
            && let Some(days) = by_id(&w.root, "hos-daysPerWeek")
        {
            // The days' field is an `<input>` the form built.
            days.unchecked_ref::<HtmlInputElement>()
                .set_value(&shown(&text, w.lang));
        }
        w.set(&name, text);
    }
    w.update();
}

/// A click: a reset button (its field goes back to its default), or an
/// action button (copy the link, print, "See today's figures" under a
/// pinned result, or the answer to a field's question).
fn on_click(w: &mut Widget, event: &Event) {
    if let Some(button) = target_with(event, "[data-reset]") {
        let field = button.get_attribute("data-reset").unwrap_or_default();
        w.reset(&field);
        w.update();
        return;
    }
    let Some(button) = target_with(event, "[data-action]") else {
        return;
    };
    match button.get_attribute("data-action").as_deref() {
        Some("share") => {
            let _ = actions::share(w);
        }
        Some("print") => actions::print(w),
        Some("today") => {
            w.use_todays();
            w.update();
        }
        Some("fix") => {
            let field = button.get_attribute("data-field").unwrap_or_default();
            let value = button.get_attribute("data-value").unwrap_or_default();
            w.fix(&field, &value);
        }
        Some(action @ ("need-shape" | "need-add" | "need-remove")) => {
            super::need::on_button(w, &button, action);
            w.update();
        }
        _ => {}
    }
}

//! The element's event listeners, each a named handler over the shared
//! state: typing in a field, a reset button, the action buttons, and the
//! browser's own printing.

use std::cell::RefCell;
use std::rc::Rc;

use hire_or_share::Role;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Event, EventTarget, HtmlInputElement};

use super::actions::{self, window};
use super::dom::{by_id, listen_with, query, target_with, value};
use super::number::{plain, read_number, shown};
use super::state::Widget;

/// Listens to the form, the actions and the window for as long as the
/// element lives, each handler borrowing the state it shares with the others.
///
/// # Errors
///
/// Only if the DOM refuses (a bug).
pub(super) fn attach(widget: Widget) -> Result<(), JsValue> {
    let root = widget.root.clone();
    let doc = widget.doc.clone();
    let state = Rc::new(RefCell::new(widget));
    let form = query(&root, "form").ok_or("no form")?;
    let s = Rc::clone(&state);
    listen(&form, "input", move |event| {
        if let Ok(mut w) = s.try_borrow_mut() {
            on_input(&mut w, &event);
        }
    });
    let s = Rc::clone(&state);
    listen(&form, "click", move |event| {
        if let Ok(mut w) = s.try_borrow_mut() {
            on_reset(&mut w, &event);
        }
    });
    listen(&form, "submit", |e: Event| e.prevent_default());
    // "See today's figures", under a pinned result.
    let results = state.borrow().results.clone();
    let s = Rc::clone(&state);
    listen(&results, "click", move |event| {
        if target_with(&event, "data-action").is_some()
            && let Ok(mut w) = s.try_borrow_mut()
        {
            w.use_todays();
            w.update();
        }
    });
    let buttons = query(&root, ".actions").ok_or("no actions")?;
    let s = Rc::clone(&state);
    listen(&buttons, "click", move |event| {
        if let Ok(w) = s.try_borrow() {
            on_action(&w, &event);
        }
    });
    // Printing from the browser's menu opens the details too.
    listen(
        &window(&doc).unchecked_into::<EventTarget>(),
        "beforeprint",
        move |_| {
            if let Ok(w) = state.try_borrow() {
                actions::open_details(&w.root);
            }
        },
    );
    Ok(())
}

/// Calls `handler` on each `event` at `target`, for as long as the page lives.
fn listen(target: &EventTarget, event: &str, handler: impl FnMut(Event) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(handler);
    listen_with(target, event, closure.as_ref().unchecked_ref());
    // The listener lives as long as the element.
    closure.forget();
}

/// A field changed: the bundle's, the role, or a field of the scenario.
fn on_input(w: &mut Widget, event: &Event) {
    let Some(target) = target_with(event, "name") else {
        return;
    };
    let name = target.get_attribute("name").unwrap_or_default();
    if name == "bundle-mode" || name.starts_with("bundle-days-") {
        let _ = w.set_bundle(&target, &name);
    } else if name == "role" {
        // The role's `<select>`, the form's only one.
        if let Some(role) = Role::from_key(&value(&target)) {
            w.set_role(role);
        }
    } else if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        let text = if input.type_() == "checkbox" {
            if input.checked() { "true" } else { "false" }.to_owned()
        } else {
            value(input)
        };
        if name == "daysPerWeek" {
            sync_days(w, input, &text);
        }
        w.set(&name, text);
    }
    w.update();
}

/// Keeps the days' slider and number box in step: `input`, one of them,
/// now holds `text`.
fn sync_days(w: &Widget, input: &HtmlInputElement, text: &str) {
    let from_range = input.type_() == "range";
    let other = if from_range {
        "hos-daysPerWeek"
    } else {
        "hos-daysPerWeek-range"
    };
    if let Some(Ok(o)) =
        by_id(&w.root, other).map(wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>)
    {
        if from_range {
            o.set_value(&shown(text, w.lang));
        } else if let Some(d) = read_number(text) {
            o.set_value(&plain(d));
        }
    }
}

/// A reset button: its field goes back to its default.
fn on_reset(w: &mut Widget, event: &Event) {
    let Some(button) = target_with(event, "data-reset") else {
        return;
    };
    let field = button.get_attribute("data-reset").unwrap_or_default();
    w.reset(&field);
    w.update();
}

/// An action button: copy the link, or print.
fn on_action(w: &Widget, event: &Event) {
    let Some(button) = target_with(event, "data-action") else {
        return;
    };
    match button.get_attribute("data-action").as_deref() {
        Some("share") => {
            let _ = actions::share(w);
        }
        Some("print") => actions::print(w),
        _ => {}
    }
}

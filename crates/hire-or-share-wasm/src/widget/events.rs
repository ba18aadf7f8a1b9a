//! The element's controller: one listener on the shadow root reads each
//! browser event as a typed [`Message`] ([`message`]), which [`App::apply`]
//! applies to the model, then shows through the view; and the
//! [`Mounted`] handle that removes the listeners when the element goes.

use std::cell::RefCell;

use hire_or_share::{Location, Role};
use std::rc::Rc;
use wasm_bindgen::prelude::*;

use web_sys::{Element, Event, EventTarget, HtmlInputElement, ShadowRoot};

use super::actions;
use super::bundle_view;
use super::dom::{listen_with, query, target_with, unlisten, value};
use super::host;
use super::message::Message;
use super::model::{Model, Outcome};
use super::need::{self, Edit};
use super::number::shown;
use super::results;
use super::view::View;

/// The model, the view, and the closure the clipboard's answer goes to.
pub(super) struct App {
    pub(super) model: Model,
    pub(super) view: View,
    settled: Closure<dyn FnMut(JsValue)>,
}

impl App {
    pub(super) fn new(model: Model, view: View) -> Self {
        Self {
            model,
            view,
            settled: Closure::new(|_: JsValue| {}),
        }
    }

    /// Applies `message` to the model, then shows the result through the
    /// view if it changed the scenario.
    pub(super) fn apply(&mut self, message: Message) {
        let recompute = message.recomputes();
        let (model, view) = (&mut self.model, &self.view);
        let mut focus = None;
        match message {
            Message::Field { name, text } => model.set(&name, text),
            Message::Slider(plain) => {
                // The slider gives the days' field its value; the field gives
                // the slider its own at the update (`View::sync_slider`).
                view.show("daysPerWeek", &plain);
                model.set("daysPerWeek", shown(&plain, view.lang));
            }
            Message::Role(role) => {
                model.set_role(role);
                view.show_defaults(model, &Model::ROLE_FIELDS);
            }
            Message::Location(location) => {
                model.set_location(location);
                view.show_defaults(model, &Model::ZONE_FIELDS);
            }
            Message::BundleMode(on) => view.show_bundle_days(model.set_bundle_mode(on)),
            Message::BundleDays { role, text } => model.set_bundle_days(&role, text),
            Message::NeedRows => model.set("needProfile", need::compose(&view.root)),
            Message::NeedShape(shape) => {
                focus = edit_profile(model, view, &Edit::Shape(&shape));
            }
            Message::NeedAdd => focus = edit_profile(model, view, &Edit::Add),
            Message::NeedRemove(n) => focus = edit_profile(model, view, &Edit::Remove(n)),
            Message::Reset(field) => {
                model.reset(&field);
                view.show_default(model, &field);
            }
            Message::Fix { field, value } => {
                view.show(&field, &value);
                model.set(&field, shown(&value, view.lang));
                focus = Some(["hos-", &field].concat());
            }
            Message::Today => {
                for (field, value) in model.use_todays() {
                    view.show(field, &value);
                }
            }
            Message::Open(key) => {
                let selector = ["details[data-part=\"", &key, "\"]"].concat();
                if let (Some(details), Some(r)) = (query(&view.root, &selector), &model.last) {
                    results::draw_part(view, model, &details, r);
                }
            }
            Message::Share => actions::share(view, model, &self.settled),
            Message::Print => {
                results::draw_parts(view, model);
                actions::print(view);
            }
        }
        if recompute {
            self.update();
        }
        if let Some(id) = focus {
            self.view.focus_id(&id);
        }
    }

    /// Recomputes, and shows the result, or each field's error beside the
    /// result of the previous values; tells the host page of a new result.
    pub(super) fn update(&mut self) {
        let outcome = self.model.update();
        let (model, view) = (&self.model, &self.view);
        view.clear_errors();
        match outcome {
            Outcome::Fresh {
                notice,
                todays_note,
            } => {
                if let Some(result) = &model.last {
                    let link = actions::link(view, model, &result.scenario);
                    results::render(view, model, result, &link);
                    results::notices(view, notice.as_ref(), todays_note.as_deref());
                    match model.bundle_result() {
                        Some(Ok(bundle)) => {
                            view.show_bundle_error(None);
                            bundle_view::render_bundle(view, model, &bundle);
                        }
                        Some(Err(message)) => view.show_bundle_error(Some(&message)),
                        None => {}
                    }
                    host::dispatch_change(&view.root, result);
                }
                view.mark_stale(false);
            }
            Outcome::Unread(errors) => {
                view.show_errors(model, errors);
                view.mark_stale(model.last.is_some());
            }
        }
        view.mark_changed(model);
        view.sync_slider(model);
    }
}

/// The profile after an edit by the editor's buttons: its rows drawn anew,
/// numbered anew; gives the element the focus goes to.
fn edit_profile(model: &mut Model, view: &View, edit: &Edit<'_>) -> Option<String> {
    let (text, focus) = need::edited(&need::compose(&view.root), edit);
    view.show("needProfile", &text);
    model.set("needProfile", text);
    focus
}

/// The message of a browser event at the element, if it is one of its own:
/// a field's input, a click on a reset or an action button.
fn message(event: &Event) -> Option<Message> {
    match event.type_().as_str() {
        "submit" => {
            event.prevent_default();
            None
        }
        "input" => input_message(event),
        "click" => click_message(event),
        "toggle" => {
            // A disclosure of the result opened: one of its parts, whose key
            // is a name of the widget's own (letters and hyphens).
            let details = event.target()?.dyn_into::<Element>().ok()?;
            let key = details.get_attribute("data-part")?;
            let valid = key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            (valid && details.has_attribute("open")).then_some(Message::Open(key))
        }
        _ => None,
    }
}

/// A field changed: the bundle's, a period of the need profile, the role,
/// the zone, or a field of the scenario.
fn input_message(event: &Event) -> Option<Message> {
    let target = target_with(event, "[name]")?;
    let name = target.get_attribute("name")?;
    let text = value(&target);
    let input = target.dyn_ref::<HtmlInputElement>();
    let checked = || input.is_some_and(HtmlInputElement::checked);
    Some(match name.as_str() {
        "bundle-mode" => Message::BundleMode(checked()),
        "need-months" | "need-days" => Message::NeedRows,
        "role" => Message::Role(Role::from_key(&text)?),
        "location" => Message::Location(Location::from_key(&text)?),
        _ => {
            if let Some(role) = name.strip_prefix("bundle-days-") {
                Message::BundleDays {
                    role: role.to_owned(),
                    text,
                }
            } else if input.is_some_and(|i| i.type_() == "range") {
                Message::Slider(text)
            } else if input.is_some_and(|i| i.type_() == "checkbox") {
                Message::Field {
                    name,
                    text: if checked() { "true" } else { "false" }.to_owned(),
                }
            } else {
                Message::Field { name, text }
            }
        }
    })
}

/// A click: a reset button (its field goes back to its default), or an
/// action button (copy the link, print, "See today's figures" under a
/// pinned result, the answer to a field's question, the need editor's).
fn click_message(event: &Event) -> Option<Message> {
    if let Some(button) = target_with(event, "[data-reset]") {
        return Some(Message::Reset(button.get_attribute("data-reset")?));
    }
    let button = target_with(event, "[data-action]")?;
    let data = |name: &str| button.get_attribute(name).unwrap_or_default();
    Some(match data("data-action").as_str() {
        "share" => Message::Share,
        "print" => Message::Print,
        "today" => Message::Today,
        "fix" => Message::Fix {
            field: data("data-field"),
            value: data("data-value"),
        },
        "need-shape" => Message::NeedShape(data("data-shape")),
        "need-add" => Message::NeedAdd,
        "need-remove" => Message::NeedRemove(data("data-period").parse().ok()?),
        _ => return None,
    })
}

/// The element's listeners and, through them, its model and view: what
/// [`mount`] gives the loader, which frees it (`free()` in JavaScript) when
/// the element leaves the page or mounts again on new attributes. Freeing it
/// removes the listeners from the shadow root and the window, and frees the
/// rest.
///
/// [`mount`]: super::mount
#[wasm_bindgen]
pub struct Mounted {
    root: ShadowRoot,
    window: Option<EventTarget>,
    listener: Closure<dyn FnMut(Event)>,
    before_print: Closure<dyn FnMut(Event)>,
}

/// The events the element listens to at its shadow root, and whether in the
/// capture phase (`toggle` does not bubble).
const KINDS: [(&str, bool); 4] = [
    ("input", false),
    ("click", false),
    ("submit", false),
    ("toggle", true),
];

impl std::fmt::Debug for Mounted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mounted").finish_non_exhaustive()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        for (kind, capture) in KINDS {
            unlisten(&self.root, kind, function(&self.listener), capture);
        }
        if let Some(window) = &self.window {
            unlisten(window, "beforeprint", function(&self.before_print), false);
        }
    }
}

/// A closure as the function a listener is.
fn function(closure: &Closure<dyn FnMut(Event)>) -> &js_sys::Function {
    // A closure is a JavaScript function: what `Closure::as_ref` gives.
    closure.as_ref().unchecked_ref()
}

/// Listens to the element's shadow root (where the form's and the result's
/// events bubble to) and to the window, until the [`Mounted`] it gives back
/// is dropped: one listener, which reads each event as a message and
/// applies it.
pub(super) fn attach(app: App) -> Mounted {
    let root = app.view.root.clone();
    let window = actions::window(&app.view);
    let app = Rc::new(RefCell::new(app));
    let state = Rc::clone(&app);
    let listener = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        if let Some(message) = message(&event)
            && let Ok(mut app) = state.try_borrow_mut()
        {
            app.apply(message);
        }
    });
    for (kind, capture) in KINDS {
        listen_with(&root, kind, function(&listener), capture);
    }
    // Printing from the browser's menu draws and opens the details too. A
    // closure of its own: "Print" calls the browser's print from within the
    // listener above, which fires `beforeprint` at once, and a closure may
    // not be invoked while it runs (the state is then borrowed: "Print" has
    // drawn them already).
    let details = root.clone();
    let before_print = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
        if let Ok(app) = app.try_borrow() {
            results::draw_parts(&app.view, &app.model);
        }
        actions::open_details(&details);
    });
    let window: Option<EventTarget> = window.map(Into::into);
    if let Some(window) = &window {
        listen_with(window, "beforeprint", function(&before_print), false);
    }
    Mounted {
        root,
        window,
        listener,
        before_print,
    }
}

//! Rendering of the `<hire-or-share>` element into its shadow root.
//!
//! Every text node is set with `textContent`: user-supplied text never
//! reaches the DOM as markup.

use hire_or_share::{EmployerCost, EmployerCostInput, Lang};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlInputElement, ShadowRoot};

use crate::{FieldError, employer_cost_value, parse_lang};

fn t(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

fn el(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

/// Formats euros for the locale with `Intl.NumberFormat` (no decimals).
fn format_eur(amount: Decimal, lang: Lang) -> String {
    let locale = match lang {
        Lang::Fr => "fr-FR",
        Lang::En => "en-GB",
    };
    let options = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&options, &JsValue::from_str(k), v);
    let _ = set("style", &JsValue::from_str("currency"));
    let _ = set("currency", &JsValue::from_str("EUR"));
    let _ = set("maximumFractionDigits", &JsValue::from_f64(0.0));
    let format =
        js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&JsValue::from_str(locale)), &options)
            .format();
    // Rounded to the euro first, so the float conversion is exact.
    let rounded = amount.round();
    let value: f64 = rounded.to_string().parse().unwrap_or(f64::NAN);
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| format!("{rounded} €"))
}

/// Mounts the calculator into `root` (the element's open shadow root).
///
/// `gross_annual` and `lang` come from the element's attributes
/// (`gross-annual`, `lang`).
///
/// # Errors
///
/// Throws only if the DOM refuses an operation (a bug).
#[wasm_bindgen]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes optional strings from JavaScript by value"
)]
pub fn mount(
    root: &ShadowRoot,
    gross_annual: Option<String>,
    lang: Option<String>,
) -> Result<(), JsValue> {
    let lang = parse_lang(lang.as_deref());
    let doc = root
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let mut input = EmployerCostInput::default();
    let initial = gross_annual.unwrap_or_else(|| input.gross_annual.to_string());

    let form = el(&doc, "form", "hos")?;
    let field = el(&doc, "div", "field")?;
    let label = el(&doc, "label", "")?;
    label.set_attribute("for", "gross-annual")?;
    label.set_text_content(Some(t(
        lang,
        "Salaire brut annuel (€)",
        "Gross annual salary (€)",
    )));
    let gross: HtmlInputElement = el(&doc, "input", "")?.dyn_into()?;
    gross.set_id("gross-annual");
    gross.set_type("text");
    gross.set_attribute("inputmode", "decimal")?;
    gross.set_attribute("autocomplete", "off")?;
    gross.set_attribute("aria-describedby", "gross-annual-error")?;
    gross.set_value(&initial);
    let error = el(&doc, "p", "error")?;
    error.set_id("gross-annual-error");
    field.append_child(&label)?;
    field.append_child(&gross)?;
    field.append_child(&error)?;
    form.append_child(&field)?;

    let result = el(&doc, "div", "result")?;
    result.set_attribute("aria-live", "polite")?;
    form.append_child(&result)?;
    root.append_child(&form)?;

    let update = {
        let gross = gross.clone();
        let error = error.clone();
        let result = result.clone();
        move || {
            let parsed = gross
                .value()
                .trim()
                .replace([' ', '\u{a0}', '\u{202f}'], "")
                .replace(',', ".");
            let outcome = match parsed.parse::<Decimal>() {
                Ok(value) => {
                    input.gross_annual = value;
                    employer_cost_value(&input, lang)
                }
                Err(_) => Err(FieldError {
                    field: "grossAnnual".to_owned(),
                    message: t(
                        lang,
                        "Saisissez un montant en euros.",
                        "Enter an amount in euros.",
                    )
                    .to_owned(),
                }),
            };
            match outcome {
                Ok(cost) => {
                    error.set_text_content(None);
                    let _ = gross.remove_attribute("aria-invalid");
                    let _ = render_result(&result, &cost, lang);
                }
                // The last valid result stays on screen.
                Err(e) => {
                    error.set_text_content(Some(&e.message));
                    let _ = gross.set_attribute("aria-invalid", "true");
                }
            }
        }
    };
    let mut update = update;
    update();
    let closure = Closure::<dyn FnMut()>::new(update);
    gross.add_event_listener_with_callback("input", closure.as_ref().unchecked_ref())?;
    // The listener lives as long as the element.
    closure.forget();
    let prevent =
        Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
    form.add_event_listener_with_callback("submit", prevent.as_ref().unchecked_ref())?;
    prevent.forget();
    Ok(())
}

fn render_result(result: &Element, cost: &EmployerCost, lang: Lang) -> Result<(), JsValue> {
    let doc = result
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    result.set_text_content(None);
    let list = el(&doc, "dl", "")?;
    let rows = [
        (
            "total-employer-cost",
            t(lang, "Coût total employeur", "Total employer cost"),
            cost.total_employer_cost,
        ),
        (
            "employer-contributions",
            t(lang, "Cotisations patronales", "Employer contributions"),
            cost.employer_contributions,
        ),
        (
            "net-before-income-tax",
            t(lang, "Net avant impôt", "Net before income tax"),
            cost.net_before_income_tax,
        ),
    ];
    for (key, label, amount) in rows {
        let dt = el(&doc, "dt", "")?;
        dt.set_text_content(Some(label));
        let dd = el(&doc, "dd", "")?;
        dd.set_attribute("data-key", key)?;
        dd.set_attribute("data-value", &amount.to_string())?;
        dd.set_text_content(Some(&format_eur(amount, lang)));
        list.append_child(&dt)?;
        list.append_child(&dd)?;
    }
    result.append_child(&list)?;
    let note = el(&doc, "p", "period")?;
    note.set_text_content(Some(&format!(
        "{} {} ({} – {})",
        t(lang, "Règles", "Rules"),
        cost.period.name,
        cost.period.start,
        cost.period.end
    )));
    result.append_child(&note)?;
    Ok(())
}

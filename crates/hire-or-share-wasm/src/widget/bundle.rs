//! Several roles at once through one shared-time network: the bundle mode's
//! days for each role, and their comparison on the form's assumptions.

use hire_or_share::{BundleComparison, Defaults, Scenario};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlInputElement};

use super::dom::{attr, by_id, query, unattr, value};
use super::number::{not_a_number, read_number, shown};
use super::results;
use super::state::Widget;
use super::text::t;
use super::vec_map::VecMap;

impl Widget {
    /// The bundle mode was switched, or a role's days changed.
    pub(super) fn set_bundle(&mut self, target: &Element, name: &str) -> Result<(), JsValue> {
        // The switch and the days are `<input>`s the form built.
        let input: &HtmlInputElement = target.unchecked_ref();
        if name == "bundle-mode" {
            let fields = by_id(&self.root, "hos-bundle-fields").ok_or("no bundle fields")?;
            if input.checked() {
                self.bundle = Some(self.start_bundle());
                unattr(&fields, "hidden");
            } else {
                self.bundle = None;
                attr(&fields, "hidden", "");
            }
        } else if let (Some(days), Some(key)) =
            (self.bundle.as_mut(), name.strip_prefix("bundle-days-"))
        {
            days.insert(key.to_owned(), value(input));
        }
        Ok(())
    }

    /// The bundle's days when it is switched on: the role and the days of the
    /// simple form, no days for the other roles; each shown in its field.
    fn start_bundle(&self) -> VecMap<String> {
        let mut days = VecMap::default();
        let current = self
            .values
            .get("daysPerWeek")
            .cloned()
            .unwrap_or_else(|| "1".to_owned());
        for preset in Defaults::current().presets {
            let text = if preset.role == self.role {
                current.clone()
            } else {
                "0".to_owned()
            };
            if let Some(field) = by_id(&self.root, &format!("hos-bundle-{}", preset.role.key()))
                .map(wasm_bindgen::JsCast::unchecked_into::<HtmlInputElement>)
            {
                field.set_value(&shown(&text, self.lang));
            }
            days.insert(preset.role.key().to_owned(), text);
        }
        days
    }

    /// Shows the bundle's result first in the result, or its message under
    /// the bundle's fields; nothing outside the bundle mode.
    pub(super) fn show_bundle(&self) {
        let bundle_error = query(&self.root, ".bundle-error");
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
    }

    /// The bundle of the roles with days, on this form's assumptions; or the
    /// message to show under the bundle's fields.
    fn bundle_result(&self) -> Option<Result<BundleComparison, String>> {
        let days = self.bundle.as_ref()?;
        let common = self.scenario().ok()?;
        let mut scenarios = Vec::new();
        for preset in Defaults::current().presets {
            let text = days.get(preset.role.key()).map_or("0", String::as_str);
            let Some(d) = read_number(text, self.lang) else {
                return Some(Err(format!(
                    "{}{} {}",
                    t(self.lang, preset.label_fr, preset.label_en),
                    t(self.lang, "\u{a0}:", ":"),
                    not_a_number("", false, self.lang, Some(&self.fmt.number(&Decimal::ONE)))
                        .message,
                )));
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
            .map_err(|e| e.form_message(self.lang)),
        )
    }
}

//! Several roles at once through one shared-time network: the bundle mode's
//! days for each role, and their comparison on the form's assumptions (the
//! model's part; the view shows the days and the result).

use hire_or_share::{BundleComparison, Defaults, Scenario};
use rust_decimal::Decimal;

use super::model::Model;
use super::number::{not_a_number, read_number};
use super::text::t;
use super::vec_map::VecMap;

impl Model {
    /// The bundle mode switched on (with the days of each role, to show) or
    /// off (`None`).
    pub(super) fn set_bundle_mode(&mut self, on: bool) -> Option<&VecMap<String>> {
        self.bundle = on.then(|| self.start_bundle());
        self.bundle.as_ref()
    }

    /// The days a week typed for the role of key `key`.
    pub(super) fn set_bundle_days(&mut self, key: &str, text: String) {
        if let Some(days) = self.bundle.as_mut() {
            days.insert(key.to_owned(), text);
        }
    }

    /// The bundle's days when it is switched on: the role and the days of the
    /// simple form, no days for the other roles.
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
            days.insert(preset.role.key().to_owned(), text);
        }
        days
    }

    /// The bundle of the roles with days, on this form's assumptions; or the
    /// message to show under the bundle's fields.
    pub(super) fn bundle_result(&self) -> Option<Result<BundleComparison, String>> {
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

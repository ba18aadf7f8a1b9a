//! The element's model, without DOM: the role and its defaults, the text
//! typed in each field, the several roles of the bundle mode, the last result
//! and, from them, the scenario and the update that recomputes.
//!
//! The form keeps the text the user typed, field by field; on every change
//! the model builds a scenario from it (the role's defaults filling the rest,
//! from the core crate) and compares. Until every field reads, the last
//! result stays as it was: the view shows it marked as the one for the
//! previous values, beside each field's error or question (`1,100`: did you
//! mean 1 100 €?).

use hire_or_share::{Comparison, Lang, Location, Notice, Role, Scenario, Unit};
use rust_decimal::Decimal;

use super::dom::Formats;
use super::number::{
    Reading, floor, is_whole, not_a_number, plain, plausible, read, read_number, read_plain, shown,
};
use super::text::t;
use super::vec_map::VecMap;
use crate::{FieldError, form_error};

pub(super) struct Model {
    pub(super) lang: Lang,
    pub(super) fmt: Formats,
    pub(super) role: Role,
    /// The role's defaults, in the zone chosen.
    pub(super) defaults: Scenario,
    /// The text given for each field that differs from its default.
    pub(super) values: VecMap<String>,
    /// The last result that computed: the one shown.
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
    /// A date, a version of the defaults, a zone, a profile: read by the
    /// core as it is.
    Text,
}

pub(super) fn kind(field: &str, default: &str) -> Kind {
    match (field, default) {
        (_, "true" | "false") => Kind::Bool,
        ("date" | "defaults" | "needProfile" | "location" | "salaryTax", _) => Kind::Text,
        ("headcount" | "horizonYears", _) => Kind::Whole,
        _ => Kind::Decimal,
    }
}

/// Why a field's text gave no value: an error, or a question (the text has
/// two readings: [`Reading::Ask`]).
pub(super) enum Unread {
    Error(FieldError),
    Ask(String, Decimal, Option<Decimal>),
}

/// What an update gives the view.
pub(super) enum Outcome {
    /// A new result, now the model's `last`: with the notice when today is
    /// past the last period the module knows, and, for a result on older
    /// rules or defaults than today's, the note that says so.
    Fresh {
        notice: Option<Notice>,
        todays_note: Option<String>,
    },
    /// Some fields do not read: the last result, if any, is the one for the
    /// previous values.
    Unread(Vec<Unread>),
}

impl Model {
    /// The model of an element for `role`'s defaults, with no field changed.
    pub(super) fn new(lang: Lang, role: Role) -> Self {
        Self {
            lang,
            fmt: Formats::new(lang),
            role,
            defaults: Scenario::preset(role),
            values: VecMap::default(),
            last: None,
            today: None,
            bundle: None,
            todays: None,
        }
    }

    pub(super) fn default_value(&self, field: &str) -> Option<String> {
        self.defaults.get(field)
    }

    /// The text of `field` as plain text: the value given, or the default.
    pub(super) fn text(&self, field: &str) -> String {
        self.values
            .get(field)
            .cloned()
            .or_else(|| self.default_value(field))
            .unwrap_or_default()
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

    /// Recomputes from the fields: a new result (then `last`), or why not.
    pub(super) fn update(&mut self) -> Outcome {
        match self.compute() {
            Ok((result, notice)) => {
                self.todays = None;
                let mut todays_note = None;
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
                    todays_note = Some(todays.note);
                    self.todays = Some(todays.scenario);
                }
                self.last = Some(result);
                Outcome::Fresh {
                    notice,
                    todays_note,
                }
            }
            Err(errors) => Outcome::Unread(errors),
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
    /// scenario has it; the fields and their plain text, for the view.
    pub(super) fn use_todays(&mut self) -> Vec<(&'static str, String)> {
        let Some(todays) = self.todays else {
            return Vec::new();
        };
        let mut shown = Vec::new();
        // Each field shows today's value; it is a change where it is not
        // the default.
        for field in &Scenario::FIELDS[1..] {
            let value = todays.get(field).unwrap_or_default();
            if self.default_value(field).as_ref() == Some(&value) {
                self.values.remove(field);
            } else {
                self.values.insert((*field).to_owned(), value.clone());
            }
            shown.push((*field, value));
        }
        shown
    }

    /// Puts a field back to its default.
    pub(super) fn reset(&mut self, field: &str) {
        self.values.remove(field);
    }

    /// A new role: its salary, day rate and whether it asks for the AT/MP
    /// support-function rate replace the previous role's (their fields go
    /// back to the new defaults); the zone chosen stays.
    pub(super) fn set_role(&mut self, role: Role) {
        self.role = role;
        let location = self.defaults.location;
        self.defaults = Scenario::preset(role);
        self.defaults.set_location(location);
        for field in Self::ROLE_FIELDS {
            self.values.remove(field);
        }
    }

    /// The fields whose defaults come with the role.
    pub(super) const ROLE_FIELDS: [&'static str; 3] =
        ["grossAnnual", "dayRate", "atMpSupportFunction"];

    /// The fields whose defaults come with the zone.
    pub(super) const ZONE_FIELDS: [&'static str; 3] = [
        "mobilityRatePercent",
        "transportPassMonthly",
        "workspaceAnnual",
    ];

    /// A new zone: its mobility levy, transport pass and office cost replace
    /// the previous zone's (their fields go back to the new defaults).
    pub(super) fn set_location(&mut self, location: Location) {
        self.defaults.set_location(Some(location));
        self.values.remove("location");
        for field in Self::ZONE_FIELDS {
            self.values.remove(field);
        }
    }

    /// The source of a field's default, for the role and the zone
    /// (`Scenario::default_source`): its preset's, its zone's, or its
    /// assumption's.
    pub(super) fn default_source(&self, field: &str) -> Option<&'static hire_or_share::Source> {
        self.defaults
            .default_source(field)
            .map(|(source, _)| source)
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
        [t(self.lang, "Par défaut\u{a0}:", "Default:"), " ", &value].concat()
    }
}

//! What passes between the element and its host page: the element's
//! attributes and a share link in the page's address, read into the role and
//! the fields to set, and the `hire-or-share-change` event that tells the page
//! each new result.

use hire_or_share::share::{Ignored, camel};
use hire_or_share::{Comparison, Lang, OptionCost, Role, Scenario};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

use super::dom::{dispatch_custom, put};
use super::number::plain;
use super::text::t;
use super::vec_map::VecMap;

/// What the host page gives the element at its start.
pub(super) struct Given {
    /// The role, from the `preset` or `role` attribute or the share link.
    pub(super) role: Role,
    /// The text of each field to set, by the field's JSON name.
    pub(super) fields: Vec<(String, String)>,
    /// The fields the host shows but does not let visitors change.
    pub(super) locked: Vec<String>,
    /// The fields the host hides.
    pub(super) hidden: Vec<String>,
    /// The parameters of the share link that it could not use, with why.
    pub(super) ignored: Vec<Ignored>,
}

impl Given {
    /// Reads `attributes` (attribute names to values, every scenario field in
    /// kebab-case) and the page's `query`, in which a share link wins over
    /// the attributes except for the fields the host locked.
    pub(super) fn read(attributes: &JsValue, query: Option<String>, lang: Lang) -> Self {
        let given = attribute_map(attributes);
        let list = |name: &str| -> Vec<String> {
            given
                .get(name)
                .map_or("", String::as_str)
                .split(',')
                .map(|f| camel(f.trim_ascii()))
                .filter(|f| !f.is_empty())
                .collect()
        };
        let (locked, hidden) = (list("locked"), list("hide"));
        let role_attribute = given
            .get("preset")
            .map(|k| ("preset", k))
            .or_else(|| given.get("role").map(|k| ("role", k)));
        let attributes_role = role_attribute.and_then(|(_, k)| Role::from_key(k));
        let role = attributes_role.unwrap_or_default();
        // A role that does not read is said, not replaced without a word.
        let mut ignored = Vec::new();
        if let Some((name, key)) = role_attribute
            && attributes_role.is_none()
        {
            let err = hire_or_share::Error::unparsable("role", key, hire_or_share::Expected::Role);
            ignored.push(Ignored {
                name: name.to_owned(),
                message: err.form_message(lang),
            });
        }
        let mut fields: Vec<(String, String)> = given.into_vec();
        // The scenario's fields, but its role (`role` or `preset`, above).
        fields.retain(|(k, _)| Scenario::FIELDS[1..].contains(&k.as_str()));
        let mut given = Self {
            role,
            fields,
            locked,
            hidden,
            ignored,
        };
        match query {
            Some(query) if is_link(&query) => {
                given.apply_link(&query, attributes_role.is_some(), lang);
            }
            // An address with the calculator's parameters but no version is
            // not read as a link (it may be the page's own), and says so.
            Some(query) if names_a_field(&query) => given.ignored.push(Ignored {
                name: "v".to_owned(),
                message: t(
                    lang,
                    "l'adresse porte des paramètres du calculateur sans version (v=1)\u{a0}: ils n'ont pas été lus",
                    "the address has calculator parameters but no version (v=1): they were not read",
                )
                .to_owned(),
            }),
            _ => {}
        }
        given
    }

    /// A share link's scenario in place of the attributes', except for the
    /// fields the host locked; what it cannot use is listed, one parameter at
    /// a time, and nothing else.
    fn apply_link(&mut self, query: &str, role_given: bool, lang: Lang) {
        let (linked, dropped) = Scenario::from_query(query, lang);
        self.ignored.extend(dropped);
        let locked = &self.locked;
        let role_locked = locked.iter().any(|f| f == "role" || f == "preset") && role_given;
        if !role_locked {
            self.role = linked.role;
        }
        let preset = Scenario::preset(self.role);
        let from_attributes = std::mem::take(&mut self.fields);
        // A locked field keeps the host's attribute if it gave one.
        let from_host =
            |f: &str| locked.iter().any(|l| l == f) && from_attributes.iter().any(|(a, _)| a == f);
        // Loops: as filter/filter_map/collect and extend, 430 bytes gzip -9
        // more, which the page's budget has no room for.
        let mut fields = Vec::new();
        for f in &Scenario::FIELDS[1..] {
            if let Some(value) = linked.get(f)
                && !from_host(f)
                && Some(&value) != preset.get(f).as_ref()
            {
                fields.push(((*f).to_owned(), value));
            }
        }
        for (f, value) in from_attributes {
            if locked.contains(&f) {
                fields.push((f, value));
            }
        }
        self.fields = fields;
    }
}

/// The attributes the host gave, by their camelCase names (`gross-annual`
/// → `grossAnnual`); values that are not strings are left out.
fn attribute_map(attributes: &JsValue) -> VecMap<String> {
    let mut given: VecMap<String> = VecMap::default();
    if let Some(object) = attributes.dyn_ref::<js_sys::Object>() {
        for entry in js_sys::Object::entries(object).iter() {
            // Each entry is a `[name, value]` array.
            let Ok(pair) = entry.dyn_into::<js_sys::Array>() else {
                continue;
            };
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                given.insert(camel(&k.to_ascii_lowercase()), v);
            }
        }
    }
    given
}

/// Whether the page's query is a share link: it carries `v=` (its version)
/// as a parameter.
fn is_link(q: &str) -> bool {
    q.split(['?', '&'])
        .any(|parameter| parameter.starts_with("v="))
}

/// Whether the page's query names a scenario field (`day-rate=…`).
fn names_a_field(q: &str) -> bool {
    q.split(['?', '&']).any(|parameter| {
        let name = parameter.split_once('=').map_or(parameter, |(n, _)| n);
        Scenario::FIELDS.contains(&camel(name).as_str())
    })
}

/// Tells the host page: a `hire-or-share-change` event whose detail is
/// the scenario (every field as text, which the API's `compare` takes as
/// it is), its share link query, and the headline figures as decimal
/// strings — the shape of the API's result, cut to what a host page shows.
pub(super) fn dispatch_change(root: &ShadowRoot, result: &Comparison) {
    let host = root.host();
    let scenario = js_sys::Object::new();
    for field in Scenario::FIELDS {
        if let Some(value) = result.scenario.get(field) {
            put(&scenario, field, &value.into());
        }
    }
    let costs = |cost: &OptionCost| {
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
    dispatch_custom(&host, "hire-or-share-change", &detail);
}

/// A decimal as its string, or `null`.
fn decimal(value: Option<Decimal>) -> JsValue {
    value.map_or(JsValue::NULL, |d| plain(d).into())
}

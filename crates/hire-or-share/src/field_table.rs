//! The table of every scenario field: its JSON name, its flag, its kind,
//! unit, range, labels, group, default and its source, and whether the
//! sensitivity varies it, each taken from where the core already keeps it,
//! for a form, a builder or a CLI to list every field.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::defaults::{Defaults, Group};
use crate::error::{Unit, field_label};
use crate::field::Slot;
use crate::lang::Lang;
use crate::scenario::Scenario;
use crate::scenario_checks::unit_and_range;
use crate::share::kebab;
use crate::source::Source;

/// The kind of value a field holds, as a form would ask for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FieldKind {
    /// A decimal number (`85000`, `1.5`).
    Decimal,
    /// A whole number (the headcount, the horizon).
    WholeNumber,
    /// Yes or no (`true`, `false`).
    Switch,
    /// Yes, no, or left to follow another field (`""`).
    OptionalSwitch,
    /// One of these keys.
    Choice(&'static [&'static str]),
    /// A date, `YYYY-MM-DD`, or none.
    Date,
    /// Text of its own grammar (a need profile, a list of options).
    Text,
}

/// One field of a scenario, as [`fields`] lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldInfo {
    /// The JSON name (`dayRate`).
    pub json: &'static str,
    /// The name in a share link or a CLI flag, kebab-case (`day-rate`).
    pub flag: String,
    /// The kind of value.
    pub kind: FieldKind,
    /// The unit of a number checked by [`Scenario::validate`], if any.
    pub unit: Option<Unit>,
    /// The allowed range of a number checked by [`Scenario::validate`], if any.
    pub range: Option<(Decimal, Decimal)>,
    /// The French label, as error messages name the field.
    pub label_fr: &'static str,
    /// The English label.
    pub label_en: &'static str,
    /// The side of the comparison its default belongs to, when the current
    /// defaults list it.
    pub group: Option<Group>,
    /// Its default in the current defaults, as text (`20`, `true`, `paris`),
    /// for the default role when [`FieldInfo::by_role`]; `None` when a new
    /// scenario leaves it unset (a need profile, a date, the list of options).
    pub default: Option<String>,
    /// Whether its default differs from one role's preset to another's (the
    /// salary, the day rate…).
    pub by_role: bool,
    /// Where its default comes from, when the current defaults cite it.
    pub source: Option<Source>,
    /// Whether that default is our estimate rather than a sourced figure.
    pub estimate: bool,
    /// Whether the sensitivity (the tornado chart) varies it ±20 %.
    pub sensitivity: bool,
}

/// Every field of [`Scenario::FIELDS`], in its order, with its facts.
#[must_use]
pub fn fields() -> Vec<FieldInfo> {
    let mut scenario = Scenario::preset(crate::Role::default());
    let presets = crate::Role::ALL.map(Scenario::preset);
    Scenario::FIELDS
        .iter()
        .map(|&json| {
            let kind = Scenario::SLOTS
                .iter()
                .find(|(name, _)| *name == json)
                .map_or(FieldKind::Text, |(_, slot)| kind_of(&slot(&mut scenario)));
            let unit_range = unit_and_range(json);
            let assumption = Defaults::current().assumption(json);
            let source = scenario.default_source(json);
            let text = scenario.get(json);
            // A role's preset is that role: the role's own default is not
            // one that varies with it.
            let by_role = json != "role" && presets.iter().any(|p| p.get(json) != text);
            FieldInfo {
                json,
                flag: kebab(json),
                kind,
                unit: unit_range.map(|(unit, _, _)| unit),
                range: unit_range.map(|(_, min, max)| (min, max)),
                label_fr: field_label(json, Lang::Fr),
                label_en: field_label(json, Lang::En),
                group: assumption.map(|a| a.group),
                by_role,
                default: text.filter(|text| !text.is_empty()),
                source: source.map(|(source, _)| *source),
                estimate: source.is_some_and(|(_, estimate)| estimate),
                sensitivity: crate::model::varied_by_sensitivity(json),
            }
        })
        .collect()
}

/// The keys a choice offers, from the core's own lists.
/// The kind of value `slot` holds: the choices of a role, a zone or a
/// version of the defaults are their keys.
fn kind_of(slot: &Slot<'_>) -> FieldKind {
    match slot {
        Slot::Decimal(_) => FieldKind::Decimal,
        Slot::WholeNumber(_) => FieldKind::WholeNumber,
        Slot::Boolean(_) => FieldKind::Switch,
        Slot::OptionalBoolean(_) => FieldKind::OptionalSwitch,
        Slot::Date(_) => FieldKind::Date,
        Slot::Role(_) => FieldKind::Choice(choices::roles()),
        Slot::Location(_) => FieldKind::Choice(choices::locations()),
        Slot::Defaults(_) => FieldKind::Choice(choices::versions()),
        #[cfg(feature = "options")]
        Slot::Options(_) => FieldKind::Text,
        #[cfg(feature = "need-profile")]
        Slot::Need(_) => FieldKind::Text,
    }
}

pub(crate) mod choices {
    use std::sync::OnceLock;

    use crate::defaults::{Location, Role, VERSIONS};

    fn keep(
        cell: &'static OnceLock<Vec<&'static str>>,
        make: impl FnOnce() -> Vec<&'static str>,
    ) -> &'static [&'static str] {
        cell.get_or_init(make)
    }

    /// Every role's key (`daf`…).
    pub(crate) fn roles() -> &'static [&'static str] {
        static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
        keep(&KEYS, || Role::ALL.iter().map(|r| r.key()).collect())
    }

    /// Every zone's key (`paris`…).
    pub(crate) fn locations() -> &'static [&'static str] {
        static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
        keep(&KEYS, || Location::ALL.iter().map(|l| l.key()).collect())
    }

    /// Every published version of the defaults (`2026-11`…).
    pub(crate) fn versions() -> &'static [&'static str] {
        static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
        keep(&KEYS, || VERSIONS.iter().map(|d| d.version).collect())
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;

    fn field(json: &str) -> FieldInfo {
        fields().into_iter().find(|f| f.json == json).unwrap()
    }

    #[test]
    fn every_field_once() {
        let table = fields();
        assert_eq!(table.len(), Scenario::FIELDS.len());
        for name in Scenario::FIELDS {
            assert_eq!(
                table.iter().filter(|f| f.json == *name).count(),
                1,
                "{name}"
            );
        }
        for f in &table {
            assert!(
                !f.label_fr.is_empty() && !f.label_en.is_empty(),
                "{}",
                f.json
            );
        }
    }

    #[test]
    fn facts() {
        let headcount = field("headcount");
        assert_eq!(headcount.kind, FieldKind::WholeNumber);
        assert_eq!(headcount.range, Some((dec!(1), dec!(1000000))));
        assert_eq!(headcount.unit, Some(Unit::Count));
        let day_rate = field("dayRate");
        assert_eq!(day_rate.kind, FieldKind::Decimal);
        assert_eq!(day_rate.range, Some((dec!(100), dec!(100000))));
        assert_eq!(day_rate.unit, Some(Unit::Euro));
        assert_eq!(day_rate.flag, "day-rate");
        assert_eq!(field("horizonYears").range, Some((dec!(1), dec!(5))));
        // The payroll's fields, under the latest rules.
        let mobility = field("mobilityRatePercent");
        assert_eq!(
            (mobility.unit, mobility.range),
            (Some(Unit::Percent), Some((dec!(0), dec!(10))))
        );
        let gross = field("grossAnnual");
        assert_eq!(
            (gross.unit, gross.range),
            (Some(Unit::Euro), Some((dec!(22404.20), dec!(10000000))))
        );
        assert_eq!(
            field("salaryTaxAllowance").range,
            Some((dec!(0), dec!(24256)))
        );
        assert_eq!(
            field("healthPlanMonthly").range,
            Some((dec!(0), dec!(10000)))
        );
        // Defaults, their sources and the role's presets.
        let gross = field("grossAnnual");
        assert!(gross.by_role && gross.sensitivity);
        assert_eq!(gross.default.as_deref(), Some("90000"));
        let fee = field("recruitmentFeePercent");
        assert!(!fee.by_role && fee.sensitivity);
        assert_eq!(fee.default.as_deref(), Some("20"));
        assert!(fee.source.is_some());
        let headcount = field("headcount");
        assert!(!headcount.by_role && !headcount.sensitivity);
        assert_eq!(headcount.default.as_deref(), Some("20"));
        assert_eq!(field("location").default.as_deref(), Some("paris"));
        assert_eq!(field("date").default, None);
        assert!(!field("role").by_role);
        // The DAF's day rate: its preset's, an estimate between two dated sources.
        let day_rate = field("dayRate");
        assert!(day_rate.by_role && day_rate.estimate);
        assert!(day_rate.source.unwrap().title.contains("Barzyk Finance"));
        // Every number has its range, and every range its unit.
        for f in fields() {
            if matches!(f.kind, FieldKind::Decimal | FieldKind::WholeNumber) {
                assert!(f.range.is_some() && f.unit.is_some(), "{}", f.json);
            }
        }
        assert_eq!(field("cadre").kind, FieldKind::Switch);
        assert_eq!(field("salaryTax").kind, FieldKind::OptionalSwitch);
        assert_eq!(
            field("location").kind,
            FieldKind::Choice(&["paris", "ile-de-france", "large-city", "elsewhere"])
        );
        assert!(matches!(field("location").kind, FieldKind::Choice(keys) if keys.len() == 4));
        assert!(matches!(field("role").kind, FieldKind::Choice(keys) if keys.contains(&"daf")));
        assert!(
            matches!(field("defaults").kind, FieldKind::Choice(keys) if keys.contains(&Defaults::current().version))
        );
        #[cfg(feature = "need-profile")]
        assert_eq!(field("needProfile").kind, FieldKind::Text);
        #[cfg(feature = "options")]
        assert_eq!(field("options").kind, FieldKind::Text);
        assert_eq!(field("date").kind, FieldKind::Date);
    }
}

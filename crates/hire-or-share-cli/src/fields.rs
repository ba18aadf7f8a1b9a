//! The scenario's fields as the command line sees them: each field of the
//! core's table of fields (`hire_or_share::fields`) with its flag, the kind
//! of value it takes, its unit and range, and its help; and the reading of a
//! flag's text by the core's own reader, money to the cent at most.
//!
//! Nothing here is restated: the flag, the kind, the unit, the range and the
//! label are the core's table's. A field the core gains gets its flag with
//! no change here; one it leaves out of a build gets none.

use std::sync::OnceLock;

use hire_or_share::{Error, FieldKind, Lang, Scenario, Unit, field_label};
use rust_decimal::Decimal;

/// The kind of value a field's flag takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `true` or `false`; the flag alone is `true`.
    Switch,
    /// A decimal number (`85000`, `1.5`).
    Number,
    /// A whole number (`20`).
    WholeNumber,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// One of these keys (a zone, a version of the defaults).
    Choice(&'static [&'static str]),
    /// Text of another kind (a need profile, a list of options).
    Text,
}

/// One field of the scenario and its flag.
#[derive(Debug)]
pub struct Field {
    /// The JSON name (`mobilityRatePercent`), also the flag's clap id.
    pub json: &'static str,
    /// The flag without its dashes (`mobility-rate-percent`).
    pub flag: String,
    /// The kind of its value.
    pub kind: Kind,
    /// The allowed range and unit of a number, as the core checks it.
    pub range: Option<(Decimal, Decimal, Unit)>,
}

/// The fields that get a flag: every one of the core's table but `role`,
/// which is the preset (`--preset`, alias `--role`): a role given on the
/// command line starts from its preset, where `Scenario::set("role")`
/// would change the role alone.
pub fn all() -> &'static [Field] {
    static FIELDS: OnceLock<Vec<Field>> = OnceLock::new();
    FIELDS.get_or_init(|| {
        hire_or_share::fields()
            .into_iter()
            .filter(|f| f.json != "role")
            .map(|f| Field {
                json: f.json,
                flag: f.flag,
                kind: match f.kind {
                    // Left out, an optional switch follows its default;
                    // given, it is a switch.
                    FieldKind::Switch | FieldKind::OptionalSwitch => Kind::Switch,
                    FieldKind::Decimal => Kind::Number,
                    FieldKind::WholeNumber => Kind::WholeNumber,
                    FieldKind::Date => Kind::Date,
                    FieldKind::Choice(keys) => Kind::Choice(keys),
                    FieldKind::Text => Kind::Text,
                },
                range: f
                    .range
                    .zip(f.unit)
                    .map(|((min, max), unit)| (min, max, unit)),
            })
            .collect()
    })
}

/// The field named `json`, if it has a flag.
pub fn find(json: &str) -> Option<&'static Field> {
    all().iter().find(|f| f.json == json)
}

impl Field {
    /// The value's name in `--help` (`<EUROS>`, `<BOOL>`).
    pub fn value_name(&self) -> &'static str {
        match (self.kind, self.range.map(|r| r.2)) {
            (Kind::Switch, _) => "BOOL",
            (_, Some(Unit::Euro)) => "EUROS",
            (_, Some(Unit::Percent)) => "PERCENT",
            (_, Some(Unit::DaysPerWeek | Unit::Days)) => "DAYS",
            (_, Some(Unit::WeeksPerYear | Unit::Weeks)) => "WEEKS",
            (_, Some(Unit::Years)) => "YEARS",
            (Kind::Number | Kind::WholeNumber, _) => "NUMBER",
            (Kind::Date, _) => "YYYY-MM-DD",
            (Kind::Choice(_), _) if self.json == "location" => "ZONE",
            (Kind::Choice(_), _) if self.json == "defaults" => "VERSION",
            (Kind::Choice(_), _) => "KEY",
            (Kind::Text, _) => "TEXT",
        }
    }

    /// The help: the core's label, and the range with its unit or the
    /// values allowed (`Mobility levy rate, 0 to 10 %`).
    pub fn help(&self) -> String {
        // A field the core's labels do not name yet: its own words.
        let words = self.flag.replace('-', " ");
        let label = match field_label(self.json, Lang::En) {
            label if label == field_label("", Lang::En) => words.as_str(),
            label => label,
        };
        let mut help: String = label
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(label.chars().skip(1))
            .collect();
        let detail = match (self.kind, self.range) {
            (_, Some((min, max, unit))) => {
                let text = |x: Decimal| {
                    let mut x = x.normalize();
                    // Euros and cents: 22404.20, not 22404.2.
                    if unit == Unit::Euro && x.scale() == 1 {
                        x.rescale(2);
                    }
                    hire_or_share::decimal_text(x)
                };
                [text(min), " to ".into(), text(max), unit_text(unit).into()].concat()
            }
            (Kind::Switch, _) => "true or false; the flag alone is true".into(),
            (Kind::Choice(keys), _) => keys.join(", "),
            (Kind::Date, _) => "YYYY-MM-DD".into(),
            (Kind::Text, _) if self.json == "needProfile" => {
                "periods of months x days a week, `6x2,18x0.5`".into()
            }
            _ => String::new(),
        };
        if !detail.is_empty() {
            help.push_str(": ");
            help.push_str(&detail);
        }
        help
    }

    /// Sets the field of `scenario` from `text`, read by the core's reader
    /// (`Scenario::set`: `1e5` and `1_000` refused).
    ///
    /// # Errors
    ///
    /// The core's error naming the field, or an amount's "not a multiple of
    /// 0.01 €".
    pub fn set(&self, scenario: &mut Scenario, text: &str) -> Result<(), Error> {
        // Its range, and an amount to the cent, are the core's to check,
        // in the core's order (`Scenario::validate`).
        scenario.set(self.json, text)
    }
}

/// The unit after a range in the help (` €`, ` %`, ` days a week`).
fn unit_text(unit: Unit) -> &'static str {
    match unit {
        Unit::Euro => " €",
        Unit::Percent => " %",
        Unit::DaysPerWeek => " days a week",
        Unit::WeeksPerYear => " weeks a year",
        Unit::Years => " years",
        Unit::Weeks => " weeks",
        Unit::Days => " days",
        Unit::Months => " months",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_the_json_names_in_kebab_case() {
        assert_eq!(
            hire_or_share::share::kebab("mobilityRatePercent"),
            "mobility-rate-percent"
        );
        assert_eq!(hire_or_share::share::kebab("date"), "date");
        let f = find("mobilityRatePercent").unwrap();
        assert_eq!(f.kind, Kind::Number);
        assert_eq!(f.help(), "Mobility levy rate: 0 to 10 %");
        assert_eq!(find("vatRecoverable").unwrap().kind, Kind::Switch);
        assert_eq!(find("headcount").unwrap().kind, Kind::WholeNumber);
        assert_eq!(find("grossAnnual").unwrap().value_name(), "EUROS");
        assert!(find("role").is_none());
    }

    #[test]
    fn money_is_read_to_the_cent() {
        let f = find("mealVoucherEmployerShare").unwrap();
        let mut s = Scenario::default();
        assert!(f.set(&mut s, "7.3200").is_ok());
        assert!(s.validate().is_ok());
        // Below the cent: read, then refused by the core's checks, in order.
        assert!(f.set(&mut s, "7.325").is_ok());
        let err = s.validate().unwrap_err();
        assert_eq!(err.field(), "mealVoucherEmployerShare");
        assert!(err.message(Lang::En).contains("not a multiple of 0.01"));
        assert_eq!(f.set(&mut s, "1e5").unwrap_err().field(), f.json);
        // Rates keep their decimals.
        let rate = find("atMpRatePercent").unwrap();
        let mut s = Scenario::default();
        assert!(rate.set(&mut s, "2.125").is_ok());
        assert!(s.validate().is_ok());
    }
}

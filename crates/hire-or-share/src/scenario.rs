//! A company's question, as data: the need in days a week, the recruit, the
//! shared-time offer and every assumption behind the costs.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::defaults::{Defaults, DefaultsVersion, Role};
use crate::error::{Error, Expected};
use crate::field::Slot;

use crate::payroll::EmployerCostInput;

/// A field that is present must hold a value: `null` (what `NaN` becomes on
/// its way from JavaScript) is refused rather than read as "use the default".
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// A field's value in JSON: a decimal by the one number grammar of every
/// interface (text or a JSON number, no exponent, no `_`: what
/// [`Scenario::set`] reads), every other kind by its own JSON form.
trait JsonField: Sized {
    fn from_json<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

impl JsonField for Decimal {
    fn from_json<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{Error, Unexpected};
        struct Strict;
        impl Strict {
            fn read<E: Error>(&self, text: &str) -> Result<Decimal, E> {
                <Decimal as crate::field::FieldText>::parse(text)
                    .ok_or_else(|| E::invalid_value(Unexpected::Str(text), self))
            }
        }
        impl<'de> serde::de::Visitor<'de> for Strict {
            type Value = Decimal;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a number written without an exponent, as text or a JSON number (85000 or \"1.5\")")
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<Decimal, E> {
                self.read(v)
            }
            fn visit_u64<E: Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            fn visit_i64<E: Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from(v))
            }
            // A float as Rust writes it: every digit, never an exponent.
            fn visit_f64<E: Error>(self, v: f64) -> Result<Decimal, E> {
                self.read(&v.to_string())
            }
            // serde_json's exact numbers (its `arbitrary_precision`, the
            // CLI's): the number's own text.
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Decimal, A::Error> {
                match map.next_entry::<String, String>()? {
                    Some((key, text)) if key == "$serde_json::private::Number" => self.read(&text),
                    _ => Err(A::Error::invalid_type(Unexpected::Map, &self)),
                }
            }
        }
        deserializer.deserialize_any(Strict)
    }
}

/// The kinds read by their own JSON form.
macro_rules! json_by_serde {
    ($($ty:ty),* $(,)?) => {
        $(impl JsonField for $ty {
            fn from_json<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <$ty>::deserialize(deserializer)
            }
        })*
    };
}
/// A whole number (the headcount, the horizon): a JSON number, or text as
/// [`Scenario::set`] reads it (`"20"`).
impl JsonField for u32 {
    fn from_json<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{Error, Unexpected};
        struct Whole;
        impl<'de> serde::de::Visitor<'de> for Whole {
            type Value = u32;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a whole number, as a JSON number or text (20 or \"20\")")
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<u32, E> {
                <u32 as crate::field::FieldText>::parse(v)
                    .ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
            }
            fn visit_u64<E: Error>(self, v: u64) -> Result<u32, E> {
                u32::try_from(v).map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: Error>(self, v: i64) -> Result<u32, E> {
                u32::try_from(v).map_err(|_| E::invalid_value(Unexpected::Signed(v), &self))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<u32, A::Error> {
                match map.next_entry::<String, String>()? {
                    Some((key, text)) if key == "$serde_json::private::Number" => {
                        self.visit_str(&text)
                    }
                    _ => Err(A::Error::invalid_type(Unexpected::Map, &self)),
                }
            }
        }
        deserializer.deserialize_any(Whole)
    }
}

json_by_serde!(
    bool,
    Option<bool>,
    Option<crate::Location>,
    Option<crate::Date>,
    DefaultsVersion,
);
#[cfg(feature = "need-profile")]
json_by_serde!(Option<crate::NeedProfile>);
#[cfg(feature = "options")]
json_by_serde!(Option<crate::OptionList>);

/// A field that is present must hold a value (see [`present`]), read by
/// [`JsonField`].
fn json_field<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: JsonField,
{
    T::from_json(deserializer).map(Some)
}

/// Defines [`Scenario`] and its JSON form from one list of fields, so the
/// two cannot drift apart: in JSON every field is optional, and the role's
/// preset fills what is not given.
macro_rules! scenario {
    // A field may be kept to a feature: `[feature = "…"] field = "json": Type`.
    ($(#[$outer:meta])* Scenario { $($(#[$attr:meta])* $([$cfg:meta])? $field:ident = $json:literal: $ty:ty,)* }) => {
        $(#[$outer])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(rename_all = "camelCase")]
        pub struct Scenario {
            /// The role, which sets the default salary and day rate.
            pub role: Role,
            $($(#[$attr])* $(#[cfg($cfg)])? pub $field: $ty,)*
        }

        /// A scenario as JSON gives it: every field optional.
        #[derive(Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "schema", schemars(rename = "Scenario"))]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub(crate) struct ScenarioJson {
            /// The role, which sets the default salary and day rate.
            #[serde(default, deserialize_with = "present")]
            role: Option<Role>,
            $($(#[$attr])* $(#[cfg($cfg)])? #[serde(default, deserialize_with = "json_field")] $field: Option<$ty>,)*
        }

        impl<'de> Deserialize<'de> for Scenario {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // A scenario is an object; `[]` or `"…"` is refused.
                struct Object;
                impl<'de> serde::de::Visitor<'de> for Object {
                    type Value = ScenarioJson;
                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str("a scenario object")
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<ScenarioJson, A::Error> {
                        ScenarioJson::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                let json = deserializer.deserialize_map(Object)?;
                let mut defaults = Scenario::preset_in(
                    json.role.unwrap_or_default(),
                    json.defaults.unwrap_or_else(DefaultsVersion::current),
                );
                // A zone given sets its values; fields given override them.
                if let Some(location) = json.location {
                    defaults.set_location(location);
                }
                Ok(Scenario {
                    role: defaults.role,
                    $($(#[cfg($cfg)])? $field: json.$field.unwrap_or(defaults.$field),)*
                })
            }
        }

        impl Scenario {
            /// Every field blank (zero, false, none), the oldest defaults:
            /// what [`Scenario::preset_in`] fills.
            const BLANK: Scenario = Scenario {
                role: Role::Daf,
                $($(#[cfg($cfg)])? $field: crate::field::Blank::BLANK,)*
            };

            /// The JSON name of every field, `role` first.
            pub const FIELDS: &'static [&'static str] = &["role", $($(#[cfg($cfg)])? $json,)*];

            /// Sets one field from text, by its JSON name: what a form, a
            /// command-line flag or a link gives. Setting `role` changes only
            /// the role; see [`Scenario::from_fields`] to start from its preset.
            ///
            /// # Errors
            ///
            /// [`ErrorKind::Unparsable`](crate::ErrorKind::Unparsable) naming the
            /// field when the text is not a value of its kind, or on `input` for
            /// an unknown field. Ranges are checked by [`Scenario::validate`].
            pub fn set(&mut self, field: &str, text: &str) -> Result<(), Error> {
                // The field's own name (`'static`, for the error), then its
                // slot; the text is parsed by the slot's type, in one place.
                match Self::SLOTS.iter().find(|(name, _)| *name == field) {
                    // A zone sets its values (mobility levy, pass, office).
                    Some((name, slot)) if *name == "location" => {
                        slot(self).put(name, text)?;
                        self.set_location(self.location);
                        Ok(())
                    }
                    Some((name, slot)) => slot(self).put(name, text),
                    // Known, but left out of this build (the element's).
                    #[cfg(not(feature = "need-profile"))]
                    None if field == "needProfile" => Err(Error::unavailable("needProfile")),
                    #[cfg(not(feature = "need-profile"))]
                    None if field == "exitWhenNeedEnds" => Err(Error::unavailable("exitWhenNeedEnds")),
                    // Options as data, left out of this build (the element's);
                    // the other kinds' own fields are unknown to it.
                    #[cfg(not(feature = "options"))]
                    None if field == "options" => Err(Error::unavailable("options")),
                    None => Err(Error::unknown_field(field)),
                }
            }

            /// Each field by its JSON name, and where it lives: one table for
            /// [`Scenario::set`] and [`Scenario::get`], rather than a match of
            /// every name in each.
            pub(crate) const SLOTS: &'static [(&'static str, for<'s> fn(&'s mut Scenario) -> Slot<'s>)] = &[
                ("role", |s| Slot::from(&mut s.role)),
                $($(#[cfg($cfg)])? ($json, |s| Slot::from(&mut s.$field)),)*
            ];

            /// One field as text, by its JSON name (`"85000"`, `"true"`, `""`
            /// for no date), or `None` for an unknown field.
            #[must_use]
            pub fn get(&self, field: &str) -> Option<String> {
                let mut copy = *self;
                let (_, slot) = Self::SLOTS.iter().find(|(name, _)| *name == field)?;
                Some(slot(&mut copy).text())
            }
        }
    };
}

impl Scenario {
    /// A scenario from `(field, text)` pairs, as a form or a link gives
    /// them: the role's preset in the version of the defaults given first
    /// (`role` and `defaults` may come anywhere), then the zone, then each
    /// field in turn. Checks nothing beyond each value's kind; call
    /// [`Scenario::validate`] (or [`compare`](fn@crate::compare)) for the ranges.
    ///
    /// ```
    /// use hire_or_share::Scenario;
    ///
    /// let s = Scenario::from_fields([("grossAnnual", "90000"), ("role", "drh")]).unwrap();
    /// assert_eq!(s.get("grossAnnual").as_deref(), Some("90000"));
    /// assert_eq!(s.get("dayRate").as_deref(), Some("1000")); // the DRH preset
    /// let err = Scenario::from_fields([("dayRate", "cheap")]).unwrap_err();
    /// assert_eq!(err.field(), "dayRate");
    /// ```
    ///
    /// # Errors
    ///
    /// The first field whose text is not a value of its kind, or unknown.
    pub fn from_fields<'t>(
        fields: impl IntoIterator<Item = (&'t str, &'t str)> + Clone,
    ) -> Result<Scenario, Error> {
        let role = match fields.clone().into_iter().find(|(f, _)| *f == "role") {
            Some((_, text)) => Role::from_key(text)
                .ok_or_else(|| Error::unparsable("role", text, Expected::Role))?,
            None => Role::default(),
        };
        // The version of the defaults given, wherever it comes: its values.
        let version = match fields.clone().into_iter().find(|(f, _)| *f == "defaults") {
            Some((_, text)) => Defaults::find(text.trim_ascii())
                .map(DefaultsVersion)
                .ok_or_else(|| Error::unparsable("defaults", text, Expected::DefaultsVersion))?,
            None => DefaultsVersion::current(),
        };
        let mut scenario = Scenario::preset_in(role, version);
        // The zone next, wherever it comes: it sets values that the fields
        // given then override.
        if let Some((_, text)) = fields.clone().into_iter().find(|(f, _)| *f == "location") {
            scenario.set("location", text)?;
        }
        for (field, text) in fields {
            if !matches!(field, "role" | "location" | "defaults") {
                scenario.set(field, text)?;
            }
        }
        Ok(scenario)
    }
}

scenario! {
    /// Everything [`compare`](fn@crate::compare) needs. Serialized in camelCase with
    /// decimals as strings; every field has a default, so a JSON scenario only
    /// needs what differs.
    ///
    /// ```
    /// use hire_or_share::{Role, Scenario};
    /// use rust_decimal_macros::dec;
    ///
    /// let mut scenario = Scenario::preset(Role::Drh);
    /// scenario.days_per_week = dec!(1.5);
    /// assert_eq!(scenario.gross_annual, dec!(82000));
    /// scenario.validate().unwrap();
    ///
    /// let json = r#"{ "role": "dsi", "daysPerWeek": "2", "dayRate": "950" }"#;
    /// let parsed: Scenario = serde_json::from_str(json).unwrap();
    /// assert_eq!(parsed.gross_annual, dec!(77500)); // the DSI preset's salary
    /// assert_eq!(parsed.day_rate, dec!(950));
    /// ```
    Scenario {

        /// The need: days a week of expert work (0.5 to 5, by half days).
        days_per_week = "daysPerWeek": Decimal,

        // The recruit.
        /// Gross annual salary of a full-time recruit (*salaire brut annuel*).
        gross_annual = "grossAnnual": Decimal,
        /// Whether the recruit is a cadre.
        cadre = "cadre": bool,
        /// Company headcount (*effectif*): the social-security headcount
        /// (CSS L130-1), the yearly average of the months; a threshold
        /// crossed counts only once reached for five consecutive calendar years.
        headcount = "headcount": u32,
        /// Where the company is: its zone sets the mobility levy rate, the
        /// transport pass and the office cost (each stays editable); `None`
        /// in a version of the defaults from before zones.
        location = "location": Option<crate::Location>,
        /// Mobility levy rate in percent (*versement mobilité*).
        mobility_rate_percent = "mobilityRatePercent": Decimal,
        /// AT/MP rate in percent.
        at_mp_rate_percent = "atMpRatePercent": Decimal,
        /// Whether the employer asks for the AT/MP support-function rate
        /// (*taux fonctions support*), which applies in place of
        /// [`Scenario::at_mp_rate_percent`] below 20 employees.
        at_mp_support_function = "atMpSupportFunction": bool,
        /// Monthly health plan premium (*complémentaire santé*).
        health_plan_monthly = "healthPlanMonthly": Decimal,
        /// Employer share of the health plan, percent.
        health_plan_employer_share_percent = "healthPlanEmployerSharePercent": Decimal,
        /// Employer share of a meal voucher, per day worked (*titre-restaurant*).
        meal_voucher_employer_share = "mealVoucherEmployerShare": Decimal,
        /// Monthly public transport pass; the employer pays half.
        transport_pass_monthly = "transportPassMonthly": Decimal,
        /// Office space and services a year.
        workspace_annual = "workspaceAnnual": Decimal,
        /// Equipment a year.
        equipment_annual = "equipmentAnnual": Decimal,
        /// Training a year.
        training_annual = "trainingAnnual": Decimal,
        /// Value of management time a year (optional).
        manager_time_annual = "managerTimeAnnual": Decimal,
        /// Recruitment agency fee, percent of the gross annual salary.
        recruitment_fee_percent = "recruitmentFeePercent": Decimal,
        /// Internal recruitment cost.
        recruitment_internal_cost = "recruitmentInternalCost": Decimal,
        /// Share of hires ended during the trial period, percent.
        trial_failure_percent = "trialFailurePercent": Decimal,
        /// Whether the recruitment firm guarantees the hire: one that fails
        /// in the trial period is replaced free of fee. The fee is then paid
        /// once, and a failure costs what it does: the running costs of the
        /// trial (4 months for a cadre) and a second vacancy.
        recruitment_guarantee = "recruitmentGuarantee": bool,
        /// Expected tenure of the recruit, years (recruitment is amortized over it).
        expected_tenure_years = "expectedTenureYears": Decimal,
        /// Weeks to recruit.
        time_to_hire_weeks = "timeToHireWeeks": Decimal,
        /// Weeks of the candidate's notice at their current employer.
        notice_weeks = "noticeWeeks": Decimal,
        /// Weeks of ramp-up of the recruit.
        ramp_up_weeks = "rampUpWeeks": Decimal,
        /// Productivity during ramp-up, percent (applies to both options).
        ramp_up_productivity_percent = "rampUpProductivityPercent": Decimal,
        /// Days worked a year by a cadre au forfait jours.
        forfait_days = "forfaitDays": Decimal,
        /// Days of absence a year.
        absence_days = "absenceDays": Decimal,
        /// Whether to count the legal severance at the end of the tenure.
        include_exit_cost = "includeExitCost": bool,
        /// With [`Scenario::include_exit_cost`]: the recruit leaves by a
        /// *rupture conventionnelle*, the usual exit of a cadre, rather than a
        /// dismissal: the legal severance plus the employer's 40 % levy on it
        /// (CSS L137-12).
        rupture_conventionnelle = "ruptureConventionnelle": bool,
        /// Yearly salary increase, percent (multi-year horizon).
        salary_growth_percent = "salaryGrowthPercent": Decimal,

        // Shared time.
        /// Day rate of the shared-time expert, excluding VAT (*HT*).
        day_rate = "dayRate": Decimal,
        /// Weeks a year the shared-time expert works for the company.
        weeks_per_year = "weeksPerYear": Decimal,
        /// One-off start fee.
        shared_start_fee = "sharedStartFee": Decimal,
        /// Travel costs a year.
        shared_travel_annual = "sharedTravelAnnual": Decimal,
        /// Value of coordination time a year (optional).
        shared_coordination_annual = "sharedCoordinationAnnual": Decimal,
        /// Weeks before the shared-time expert starts.
        shared_start_weeks = "sharedStartWeeks": Decimal,
        /// Weeks for the shared-time expert to know the company.
        shared_ramp_up_weeks = "sharedRampUpWeeks": Decimal,
        /// Whether the company recovers VAT; if not, shared time costs the day rate plus 20 %.
        vat_recoverable = "vatRecoverable": bool,
        /// Whether the employer pays the *taxe sur les salaires* on the
        /// recruit's pay (CGI art. 231); `None` (the default) follows VAT:
        /// due exactly when VAT is not recoverable. Set it apart from VAT for
        /// an employer liable to VAT on only part of its turnover. Left out
        /// of the JSON when not set, so that a result's scenario reads back.
        #[serde(skip_serializing_if = "Option::is_none")]
        salary_tax = "salaryTax": Option<bool>,
        /// When the taxe sur les salaires is due: the part of the non-profit
        /// bodies' allowance (*abattement*, CGI art. 1679 A) that the tax on
        /// the company's other pay leaves unused, euros a year; it lowers
        /// the tax on the recruit's pay. Default 0.
        salary_tax_allowance = "salaryTaxAllowance": Decimal,
        /// Yearly day-rate increase, percent.
        day_rate_growth_percent = "dayRateGrowthPercent": Decimal,

        // The other ways to fill the need, each used by its kind of option.
        /// The options compared, in order; `None` for today's three (the
        /// full-time hire, the part-time hire and shared time).
        #[serde(skip_serializing_if = "Option::is_none")]
        [feature = "options"] options = "options": Option<crate::OptionList>,
        /// A freelance's day rate, excluding VAT (*TJM d'un indépendant*).
        [feature = "options"] freelance_day_rate = "freelanceDayRate": Decimal,
        /// Weeks before a freelance starts.
        [feature = "options"] freelance_start_weeks = "freelanceStartWeeks": Decimal,
        /// A consultant's day rate in portage salarial, excluding VAT, the
        /// portage company's fee included.
        [feature = "options"] portage_day_rate = "portageDayRate": Decimal,
        /// Weeks before a consultant in portage salarial starts.
        [feature = "options"] portage_start_weeks = "portageStartWeeks": Decimal,
        /// An interim manager's day rate, excluding VAT (*management de transition*).
        [feature = "options"] interim_manager_day_rate = "interimManagerDayRate": Decimal,
        /// Weeks before an interim manager starts.
        [feature = "options"] interim_manager_start_weeks = "interimManagerStartWeeks": Decimal,
        /// An employer group's fee on the expert's cost, percent: the
        /// member pays its share of the cost × (1 + the fee).
        [feature = "options"] employer_group_fee_percent = "employerGroupFeePercent": Decimal,
        /// An employer group's membership fee a year (*cotisation d'adhésion*).
        [feature = "options"] employer_group_membership_annual = "employerGroupMembershipAnnual": Decimal,
        /// An employer group's entry fee, paid once (*droit d'entrée*).
        [feature = "options"] employer_group_entry_fee = "employerGroupEntryFee": Decimal,
        /// Weeks before an employer group's expert starts: the group recruits.
        [feature = "options"] employer_group_start_weeks = "employerGroupStartWeeks": Decimal,

        /// Years of the multi-year view (1 to 5).
        horizon_years = "horizonYears": u32,
        /// A need that changes over time, period by period; `None` for the
        /// constant [`Scenario::days_per_week`] over [`Scenario::horizon_years`].
        [feature = "need-profile"] need_profile = "needProfile": Option<crate::NeedProfile>,
        /// With a need profile that ends with months of no need: whether the
        /// recruit is dismissed when the need ends (notice and legal severance).
        [feature = "need-profile"] exit_when_need_ends = "exitWhenNeedEnds": bool,
        /// The version of the defaults the scenario starts from (`2026-11`):
        /// the values it does not give are that version's. Default the
        /// current version; a pinned share link gives its own.
            defaults = "defaults": DefaultsVersion,
        /// The date whose legal rules apply; default today's
        /// ([`Scenario::on`]). A pinned share link gives its rules' first day.
            date = "date": Option<crate::Date>,
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Self::preset(Role::default())
    }
}

impl Scenario {
    /// The defaults for `role`: its preset salary and day rate, one day a
    /// week, and every other assumption at its sourced default, all from
    /// the current version of the defaults.
    #[must_use]
    pub fn preset(role: Role) -> Self {
        Self::preset_in(role, DefaultsVersion::current())
    }

    /// The defaults for `role` in a published version of the defaults: what
    /// a link pinned to that version reads its values against.
    ///
    /// ```
    /// use hire_or_share::{Defaults, DefaultsVersion, Role, Scenario};
    ///
    /// let v = DefaultsVersion(Defaults::find("2026-11").unwrap());
    /// let s = Scenario::preset_in(Role::Drh, v);
    /// assert_eq!(s.get("grossAnnual").as_deref(), Some("82000"));
    /// assert_eq!(s.get("recruitmentFeePercent").as_deref(), Some("20"));
    /// assert_eq!(s.get("defaults").as_deref(), Some("2026-11"));
    /// ```
    #[must_use]
    pub fn preset_in(role: Role, defaults: DefaultsVersion) -> Self {
        let preset = defaults.preset(role);
        let mut scenario = Self {
            role,
            days_per_week: defaults.days_per_week,
            gross_annual: preset.gross_annual,
            cadre: defaults.cadre,
            day_rate: preset.day_rate,
            at_mp_support_function: preset.at_mp_support_function,
            horizon_years: defaults.horizon_years,
            defaults,
            ..Self::BLANK
        };
        #[cfg(feature = "options")]
        let kinds = {
            let kinds = defaults.kinds();
            let rates = kinds.rates(role);
            scenario.freelance_day_rate = rates.freelance_day_rate.value;
            scenario.portage_day_rate = rates.portage_day_rate.value;
            scenario.interim_manager_day_rate = rates.interim_manager_day_rate.value;
            kinds.assumptions
        };
        #[cfg(not(feature = "options"))]
        let kinds: &[crate::defaults::Assumption] = &[];
        for a in defaults.assumptions.iter().chain(kinds) {
            // Each version's values are read back by a test
            // (`every_version_of_the_defaults_reads_and_validates`).
            let read = scenario.set(a.field, a.value);
            debug_assert!(read.is_ok(), "{}", a.field);
        }
        scenario.set_location(defaults.location);
        scenario
    }

    /// Puts the company in `location`: the zone's mobility levy rate,
    /// transport pass and office cost, from the scenario's version of the
    /// defaults, replace the current ones. `None` changes no value.
    pub fn set_location(&mut self, location: Option<crate::Location>) {
        self.location = location;
        if let Some(location) = location {
            let zone = self.defaults.location(location);
            self.mobility_rate_percent = zone.mobility_rate_percent;
            self.transport_pass_monthly = zone.transport_pass_monthly;
            self.workspace_annual = zone.workspace_annual;
        }
    }

    /// Where the default of `field` comes from, for this scenario's role,
    /// zone and version of the defaults, and whether it is our estimate:
    /// the role's preset (the salary, the day rates), the zone's values,
    /// or the version's assumption; `None` for a field without a cited
    /// default.
    ///
    /// ```
    /// use hire_or_share::{Role, Scenario};
    ///
    /// let s = Scenario::preset(Role::Drh);
    /// let (source, estimate) = s.default_source("grossAnnual").unwrap();
    /// assert!(source.title.contains("Apec") && !estimate);
    /// assert!(s.default_source("recruitmentFeePercent").is_some());
    /// assert!(s.default_source("date").is_none());
    /// ```
    #[must_use]
    pub fn default_source(&self, field: &str) -> Option<(&'static crate::Source, bool)> {
        let preset = self.defaults.preset(self.role);
        match field {
            "grossAnnual" => {
                return Some((&preset.gross_annual_source, preset.gross_annual_estimate));
            }
            "dayRate" => return Some((&preset.day_rate_source, preset.day_rate_estimate)),
            _ => {}
        }
        #[cfg(feature = "options")]
        {
            let rates = self.defaults.kinds().rates(self.role);
            let rate = match field {
                "freelanceDayRate" => Some(&rates.freelance_day_rate),
                "portageDayRate" => Some(&rates.portage_day_rate),
                "interimManagerDayRate" => Some(&rates.interim_manager_day_rate),
                _ => None,
            };
            if let Some(rate) = rate {
                return Some((&rate.source, rate.estimate));
            }
        }
        if let Some(location) = self.location {
            let zone = self.defaults.location(location);
            match field {
                "mobilityRatePercent" => return Some((&zone.mobility_source, false)),
                "transportPassMonthly" => return Some((&zone.transport_source, false)),
                "workspaceAnnual" => {
                    return Some((&zone.workspace_source, zone.workspace_estimate));
                }
                _ => {}
            }
        }
        self.defaults
            .assumption(field)
            .map(|a| (&a.source, a.estimate))
    }

    /// The payroll input of a recruit at `work_time_percent` of full time.
    #[must_use]
    pub fn employer_cost_input(
        &self,
        gross_annual: Decimal,
        work_time_percent: Decimal,
    ) -> EmployerCostInput {
        EmployerCostInput {
            gross_annual,
            cadre: self.cadre,
            headcount: self.headcount,
            mobility_rate_percent: self.mobility_rate_percent,
            at_mp_rate_percent: self.at_mp_rate_percent,
            at_mp_support_function: self.at_mp_support_function,
            salary_tax: self.salary_tax_due(),
            salary_tax_allowance: self.salary_tax_allowance,
            health_plan_monthly: self.health_plan_monthly,
            health_plan_employer_share_percent: self.health_plan_employer_share_percent,
            apprentice_ratio_percent: Decimal::ZERO,
            work_time_percent,
            date: self.date,
        }
    }

    /// Whether the *taxe sur les salaires* is due on the recruit's pay:
    /// [`Scenario::salary_tax`] when set, else when VAT is not recoverable.
    #[must_use]
    pub fn salary_tax_due(&self) -> bool {
        self.salary_tax.unwrap_or(!self.vat_recoverable)
    }

    /// This scenario as it is computed on `today`: with a date of its own,
    /// unchanged; with none, dated by [`rules::date_in_force`](crate::rules::date_in_force),
    /// that is today's rules, or the last known ones past their end, with the
    /// notice that says so. Interfaces call this with the clock's date
    /// (tests with a date of their own), so that a scenario with no date
    /// never gets rules that are not those of its day without a word.
    ///
    /// ```
    /// use hire_or_share::{Role, Scenario, date};
    ///
    /// let (s, notice) = Scenario::preset(Role::Daf).on(date(2026, 3, 2));
    /// assert_eq!((s.date, notice), (Some(date(2026, 3, 2)), None));
    /// let (s, notice) = Scenario::preset(Role::Daf).on(date(2027, 1, 5));
    /// assert_eq!(s.date, Some(date(2026, 12, 31)));
    /// assert!(notice.unwrap().en.contains("2027 parameters"));
    /// ```
    #[must_use]
    pub fn on(mut self, today: crate::Date) -> (Scenario, Option<crate::Notice>) {
        if self.date.is_some() {
            return (self, None);
        }
        let (date, notice) = crate::rules::date_in_force(today);
        self.date = Some(date);
        (self, notice)
    }
}

//! Several expertises through one shared-time network: a bundle of roles
//! (a CFO one day a week, an HR director half a day…) compared with hiring
//! each role full time, and with hiring one generalist.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::error::guarded;
use crate::money::{Money, Quantity};
use crate::{Error, Lang, Role, Scenario};

use super::comparison::option_costs;
use super::result::{Notice, OptionCost};

/// A bundle: one scenario per role, and optionally the salary of a single
/// generalist who would cover them all. The roles are one company's: the
/// generalist is the first scenario's company, and the non-profit
/// allowance on the taxe sur les salaires (`salaryTaxAllowance`) is the
/// first scenario's, shared by the roles' recruits in order (each uses what
/// the ones before it left), never counted twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bundle {
    /// One scenario per role (its need in days a week, day rate, salary…).
    pub scenarios: Vec<Scenario>,
    /// Gross annual salary of one generalist hired for all the roles.
    /// Default: the highest salary among the roles (someone covering them
    /// all is at least as senior as the most senior of them — an estimate).
    #[serde(default)]
    pub generalist_gross_annual: Option<Decimal>,
}

/// Steady-state and first-year cost of one option of the bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BundleCost {
    /// A year in steady state.
    pub annual_cost: Decimal,
    /// The first year.
    pub first_year_cost: Decimal,
}

/// One role of the bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BundleRole {
    /// The role.
    pub role: Role,
    /// Its need in days a week.
    pub days_per_week: Decimal,
    /// Shared time for this role.
    pub shared_time: BundleCost,
    /// A full-time hire for this role.
    pub full_time_hire: BundleCost,
}

/// The bundle compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BundleComparison {
    /// Each role.
    pub roles: Vec<BundleRole>,
    /// Days a week of all the roles together.
    pub total_days_per_week: Decimal,
    /// Shared time for every role.
    pub shared_time: BundleCost,
    /// One full-time hire per role.
    pub hire_each: BundleCost,
    /// One generalist hired full time for every role.
    pub generalist: BundleCost,
    /// The generalist's gross annual salary used.
    pub generalist_gross_annual: Decimal,
    /// Hiring each role minus shared time, a year in steady state.
    pub savings_vs_hire_each: Decimal,
    /// The generalist minus shared time, a year in steady state.
    pub savings_vs_generalist: Decimal,
    /// Plain statements that go with the numbers.
    pub notices: Vec<Notice>,
}

/// The most roles a bundle may hold.
pub const MAX_ROLES: usize = 8;

/// Compares a bundle of roles in shared time with one hire per role and
/// with one generalist.
///
/// ```
/// use hire_or_share::{compare_bundle, Bundle, Role, Scenario};
/// use rust_decimal_macros::dec;
///
/// let mut daf = Scenario::preset(Role::Daf);
/// daf.days_per_week = dec!(1);
/// let mut drh = Scenario::preset(Role::Drh);
/// drh.days_per_week = dec!(0.5);
/// let result = compare_bundle(&Bundle { scenarios: vec![daf, drh], generalist_gross_annual: None })?;
/// assert_eq!(result.total_days_per_week, dec!(1.5));
/// assert_eq!(result.generalist_gross_annual, dec!(90000)); // the DAF's, the highest
/// assert!(result.savings_vs_generalist > dec!(0));
/// # Ok::<(), hire_or_share::Error>(())
/// ```
///
/// # Errors
///
/// `scenarios` out of range (1 to [`MAX_ROLES`]), any scenario's error, or
/// `generalistGrossAnnual` out of range (below the SMIC, or above
/// 10 000 000 €).
pub fn compare_bundle(bundle: &Bundle) -> Result<BundleComparison, Error> {
    guarded(|| bundle_unguarded(bundle))
}

/// [`compare_bundle`], whose sums are checked by [`guarded`].
fn bundle_unguarded(bundle: &Bundle) -> Result<BundleComparison, Error> {
    let count = bundle.scenarios.len();
    if count == 0 || count > MAX_ROLES {
        return Err(Error::out_of_range(
            "scenarios",
            Decimal::from(count),
            Decimal::ONE,
            Decimal::from(MAX_ROLES),
            crate::Unit::Count,
        ));
    }
    // Costs only: a bundle needs neither the curve, nor the break-evens,
    // nor the part-time hire of each role.
    let mut roles = Vec::with_capacity(count);
    let (mut shared, mut each) = (Costs::default(), Costs::default());
    let mut days = Quantity::ZERO;
    // The non-profit allowance on the taxe sur les salaires is the
    // company's, as given by the first scenario: each role's recruit uses
    // what the roles before it left of it, the generalist all of it.
    let mut allowance_left = Money::new(bundle.scenarios[0].salary_tax_allowance);
    for scenario in &bundle.scenarios {
        let mut scenario = *scenario;
        scenario.salary_tax_allowance = allowance_left.decimal();
        let (shared_cost, full_cost, allowance_used) = option_costs(&scenario)?;
        allowance_left -= allowance_used;
        shared += Costs::of(&shared_cost);
        each += Costs::of(&full_cost);
        days += Quantity::new(scenario.days_per_week);
        roles.push(BundleRole {
            role: scenario.role,
            days_per_week: scenario.days_per_week,
            shared_time: Costs::of(&shared_cost).into(),
            full_time_hire: Costs::of(&full_cost).into(),
        });
    }
    let days = days.decimal();

    // One generalist: the first scenario's company, the highest salary
    // unless given, working as many days as all the roles need.
    let highest = bundle
        .scenarios
        .iter()
        .map(|s| s.gross_annual)
        .max()
        .unwrap_or_default();
    let mut generalist = bundle.scenarios[0];
    generalist.gross_annual = bundle.generalist_gross_annual.unwrap_or(highest);
    generalist.days_per_week = days.min(dec!(5));
    // The generalist's salary is the bundle's own field.
    let (_, generalist_full, _) = option_costs(&generalist).map_err(|e| {
        if e.field() == "grossAnnual" {
            e.with_field("generalistGrossAnnual")
        } else {
            e
        }
    })?;
    let generalist_cost = Costs::of(&generalist_full);

    let mut notices = vec![Notice {
        id: "generalist_estimate",
        fr: Lang::Fr.text("Un seul généraliste pour plusieurs expertises est une hypothèse\u{a0}: son salaire par défaut est le plus élevé des métiers réunis, et rien ne garantit qu'un profil unique couvre toutes ces compétences."),
        en: Lang::En.text("One generalist for several expertises is an assumption: by default they earn the highest of the roles' salaries, and nothing guarantees that one person covers all these skills."),
    }];
    if days > dec!(5) {
        notices.push(Notice {
            id: "more_than_full_time",
            fr: Lang::Fr.text("Les besoins réunis dépassent 5 jours par semaine\u{a0}: un seul recrutement ne suffit pas à les couvrir."),
            en: Lang::En.text("The needs together exceed 5 days a week: a single hire cannot cover them."),
        });
    }
    Ok(BundleComparison {
        total_days_per_week: days,
        savings_vs_hire_each: (each.annual - shared.annual).into(),
        savings_vs_generalist: (generalist_cost.annual - shared.annual).into(),
        generalist_gross_annual: generalist.gross_annual,
        roles,
        shared_time: shared.into(),
        hire_each: each.into(),
        generalist: generalist_cost.into(),
        notices,
    })
}

/// An option's steady-state and first-year costs, summed over the roles.
#[derive(Clone, Copy, Default)]
struct Costs {
    annual: Money,
    first_year: Money,
}

impl Costs {
    fn of(cost: &OptionCost) -> Self {
        Self {
            annual: Money::new(cost.annual_cost),
            first_year: Money::new(cost.first_year_cost),
        }
    }
}

impl std::ops::AddAssign for Costs {
    fn add_assign(&mut self, other: Costs) {
        self.annual += other.annual;
        self.first_year += other.first_year;
    }
}

impl From<Costs> for BundleCost {
    fn from(costs: Costs) -> Self {
        BundleCost {
            annual_cost: costs.annual.into(),
            first_year_cost: costs.first_year.into(),
        }
    }
}

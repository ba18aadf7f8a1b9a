//! The full-time permanent hire (*CDI à temps plein*): the reference every
//! other option is measured against. Its cost model is [`super::super::hire`]'s.

use crate::lang::Lang;
use crate::money::Quantity;

use super::super::result::OptionResult;
use super::Reference;

/// The kind's name.
const NAME: (&str, &str) = ("Recrutement à temps plein", "Full-time hire");

/// The full-time hire: paid for five days whatever the need.
pub(super) fn price(r: &Reference<'_>) -> OptionResult {
    let annual = r.full_annual.cents().into();
    OptionResult {
        kind: crate::OptionKind::FullTimeHire,
        label_fr: Lang::Fr.text(NAME.0).to_owned(),
        label_en: Lang::En.text(NAME.1).to_owned(),
        days_per_week: Quantity::new(rust_decimal_macros::dec!(5)).into(),
        day_rate: None,
        cost: r.full_cost.clone(),
        break_even: None,
        first_year_break_even: None,
        curve: vec![annual; r.curve.len()],
        horizon: r.horizon.iter().map(|y| y.full_time_hire).collect(),
        need_profile_total: r.profile.as_ref().map(|(_, t)| t.full_time_hire),
        warnings: Vec::new(),
    }
}

//! A test-only legal period (feature `test-period`): 2027 as a copy of the
//! June 2026 rules with another social security ceiling. It is the proof of
//! METHODOLOGY.md's runbook (section 9): a new year is this file and its line
//! in `PERIODS`, nothing else. Its figures are invented: never a default.

use rust_decimal_macros::dec;

use crate::date::date;
use crate::source::Source;

use super::{Param, Rules, payroll_source};

/// The invented 2027 period: a PSS of 4 100 € a month, the rest as in June 2026.
pub(super) const JANUARY: Rules = Rules {
    name: "2027-01",
    start: date(2027, 1, 1),
    end: date(2027, 12, 31),
    pss_monthly: Param {
        value: dec!(4100),
        source: Source {
            title: "Période de test, chiffre inventé (plafond de la sécurité sociale)",
            title_en: None,
            url: "",
            effective: date(2027, 1, 1),
        },
    },
    payroll_source: payroll_source(date(2027, 1, 1)),
    past_end: Some(crate::Notice {
        id: "rules_past_end",
        fr: crate::Lang::Fr.text(
            "Les paramètres 2028 ne sont pas encore intégrés\u{a0}: calcul avec les règles de test du 1er janvier 2027.",
        ),
        en: crate::Lang::En.text(
            "The 2028 parameters are not in yet: computed with the test rules of 1 January 2027.",
        ),
    }),
    ..super::y2026::JUNE
};

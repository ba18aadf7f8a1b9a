//! The verdict over a list of options: which of them costs the least in
//! steady state, by how much against the full-time hire and against the
//! next option, and the first year's cheapest where it differs, in one
//! sentence of either language.

use rust_decimal::Decimal;

use crate::arith::{Rounding, round_to, sub};
use crate::lang::Lang;
use crate::number::{Number, Unit};

use super::super::result::{Comparison, OptionResult};

/// The sentence over the scenario's list of options, or `None` when the
/// scenario has none (today's three, which [`Answer`](crate::Answer)'s
/// sentence already covers).
///
/// "Des 5 options comparées, la moins chère en régime établi est
/// Groupement d'employeurs\u{a0}: 61 307 € par an, 10 054 € de moins que
/// Recrutement à temps partiel et 94 405 € de moins que le recrutement à
/// temps plein." (a DAF at 2 days a week, `tests/answer.rs`). Per day of
/// need covered instead of a year where an option covers days of its own
/// (two offers, 950 € × 2 days against 1 100 € × 1.5).
pub(crate) fn options_sentence(c: &Comparison, lang: Lang) -> Option<String> {
    c.scenario.options?;
    let options = &c.options;
    let cheapest = options.get(c.cheapest_option)?;
    let label = |o: &OptionResult| match lang {
        Lang::Fr => o.label_fr.clone(),
        Lang::En => o.label_en.clone(),
    };
    // Over a need profile, each option's total; else, where an option covers
    // days of its own, per day of need covered; else a year's cost, which
    // says the same more plainly.
    let need = c.scenario.days_per_week;
    let over_profile = options.iter().all(|o| o.need_profile_total.is_some());
    let per_day = !over_profile
        && options
            .iter()
            .any(|o| o.kind != crate::OptionKind::FullTimeHire && o.days_per_week != need);
    let cost = |o: &OptionResult| match o.need_profile_total {
        Some(total) if over_profile => total,
        _ if per_day => o.cost.cost_per_day_of_need,
        _ => o.cost.annual_cost,
    };
    let per = if over_profile {
        lang.pick(" au total", " in all")
    } else if per_day {
        lang.pick(" par jour de besoin couvert", " a day of need covered")
    } else {
        lang.pick(" par an", " a year")
    };
    let mut out = String::with_capacity(256);
    out.push_str(lang.pick("Des ", "Of the "));
    number(
        &mut out,
        Decimal::from(options.len() as u64),
        Unit::Count,
        lang,
    );
    out.push_str(if over_profile {
        lang.pick(
            " options comparées, la moins chère sur la durée du besoin est ",
            " options compared, the cheapest over the need's months is ",
        )
    } else {
        lang.pick(
            " options comparées, la moins chère en régime établi est ",
            " options compared, the cheapest in steady state is ",
        )
    });
    out.push_str(&label(cheapest));
    out.push_str(lang.pick("\u{a0}: ", ": "));
    euros(&mut out, cost(cheapest), lang);
    out.push_str(per);
    // The next cheapest, the first listed on a tie.
    let runner_up = options
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != c.cheapest_option)
        .min_by_key(|(_, o)| cost(o))
        .map(|(_, o)| o);
    if let Some(next) = runner_up {
        out.push_str(", ");
        euros(&mut out, sub(cost(next), cost(cheapest)), lang);
        out.push_str(lang.pick(" de moins que ", " less than "));
        out.push_str(&label(next));
    }
    let full = options
        .iter()
        .find(|o| o.kind == crate::OptionKind::FullTimeHire);
    if let Some(full) = full
        && cheapest.kind != crate::OptionKind::FullTimeHire
        && runner_up.is_none_or(|n| n.kind != crate::OptionKind::FullTimeHire)
    {
        out.push_str(lang.pick(" et ", " and "));
        euros(&mut out, sub(cost(full), cost(cheapest)), lang);
        out.push_str(lang.pick(
            " de moins que le recrutement à temps plein",
            " less than the full-time hire",
        ));
    }
    // The first year's cheapest, where it is another option (a year's cost,
    // when every option covers the need).
    if !per_day
        && !over_profile
        && let Some(first) = options
            .iter()
            .min_by_key(|o| o.cost.first_year_cost)
            .filter(|o| o.cost.first_year_cost < cheapest.cost.first_year_cost)
    {
        out.push_str(lang.pick("\u{a0}; la première année, ", "; in the first year, "));
        out.push_str(&label(first));
        out.push_str(lang.pick(" coûte ", " costs "));
        euros(
            &mut out,
            sub(cheapest.cost.first_year_cost, first.cost.first_year_cost),
            lang,
        );
        out.push_str(lang.pick(" de moins", " less"));
    }
    // A label may end with an abbreviation's point ("j/sem."): one point.
    if !out.ends_with('.') {
        out.push('.');
    }
    Some(out)
}

/// An amount to the euro: "61 307 €".
fn euros(out: &mut String, amount: Decimal, lang: Lang) {
    number(
        out,
        round_to(amount, 0, Rounding::HalfAway).normalize(),
        Unit::Euro,
        lang,
    );
}

fn number(out: &mut String, value: Decimal, unit: Unit, lang: Lang) {
    Number { value, unit, lang }.write_to(out);
}

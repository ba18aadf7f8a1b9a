//! The one answer at the top: from everything a comparison holds (each
//! option in steady state and in the first year, the break-evens, and the
//! need profile when there is one), which option costs the least and by how
//! much, in one sentence and as data, with the break-even explained.

use core::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::arith::{Rounding, round_to, sub};
use crate::defaults::PART_TIME_MINIMUM_WEEKLY_HOURS;
use crate::lang::Lang;
use crate::number::{Number, Unit};
use crate::source::Source;

use super::result::{Cheapest, Comparison, NoBreakEven};

/// Where the legal minimum of a part-time contract gives way: at the
/// employee's written request (Code du travail L3123-7) or under a branch
/// agreement (L3123-19); 24 hours a week failing an agreement (L3123-27).
pub const PART_TIME_MINIMUM_SOURCE: Source = Source {
    title: Lang::Fr.text("Code du travail, art. L3123-7 (durée minimale du temps partiel\u{a0}; durée inférieure à la demande écrite et motivée du salarié), L3123-19 (durée minimale fixée par convention ou accord de branche étendu) et L3123-27 (24 heures par semaine à défaut d'accord)"),
    title_en: Some(Lang::En.text("Code du travail, art. L3123-7 (the minimum working time of part time; less at the employee's written and reasoned request), L3123-19 (a minimum set by an extended branch agreement) and L3123-27 (24 hours a week failing an agreement)")),
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020073",
    effective: crate::date::date(2016, 8, 10),
};

/// What an answer's figure, or a break-even, is measured over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum AnswerBasis {
    /// A year in steady state: the recruitment amortized, no vacancy.
    SteadyState,
    /// The first year: the recruitment in full, the need left uncovered
    /// while recruiting or before a start, the ramp-up.
    FirstYear,
    /// The months of the scenario's need profile, from the first: each
    /// option's total over them ([`NeedProfileCost::total`](crate::NeedProfileCost::total)).
    Horizon {
        /// The profile's months.
        months: u32,
    },
}

/// The first year's cheapest option, where it is not the steady state's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct FirstYearDiffers {
    /// The option with the smallest first-year cost.
    pub cheapest: Cheapest,
    /// How much less it costs over the first year than the steady state's
    /// cheapest option, euros (to the cent, positive).
    pub figure: Decimal,
}

/// A break-even, or why there is none, and what it means in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AnswerBreakEven {
    /// What it is measured over: a year in steady state, the first year,
    /// or a need profile's months (for a constant need over them).
    pub basis: AnswerBasis,
    /// The days a week below which shared time costs less than the
    /// full-time hire; `None` with the [`AnswerBreakEven::reason`].
    pub days_per_week: Option<Decimal>,
    /// Why there is no break-even in 0–5 days a week.
    pub reason: Option<NoBreakEven>,
    /// The break-even and what it means, or why there is none.
    pub sentence: String,
}

/// The legal condition of a part-time contract under 24 hours a week
/// (Code du travail L3123-7 and L3123-19), said wherever the answer
/// recommends or cites a part-time hire below that minimum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PartTimeCondition {
    /// The part-time recruit's hours a week (at the need, or at a need
    /// profile's peak).
    pub weekly_hours: Decimal,
    /// The condition, as the answer's sentence says it.
    pub text: String,
    /// The articles it comes from.
    pub source: &'static Source,
}

/// The answer to "hire or share?" at the top of a result: which option
/// costs the least and by how much against the next one, in one sentence
/// and as data, with the break-even explained.
///
/// Every option the result shows is compared: the full-time hire, the
/// part-time hire (unless it is at full time, the full-time hire itself)
/// and shared time. Without a need profile, the figure is a
/// year in steady state, and the sentence adds the first year where its
/// cheapest option differs (recruitment and vacancy weigh then). With a need
/// profile ([`Comparison::need_profile`], feature `need-profile`), the figure
/// is each option's total over the profile's months. On a tie, shared time
/// comes first, then the part-time hire, as for a need profile's cheapest.
///
/// ```
/// use hire_or_share::{compare, Answer, AnswerBasis, Cheapest, Lang, Role, Scenario};
/// use rust_decimal_macros::dec;
///
/// let mut scenario = Scenario::preset(Role::Daf);
/// scenario.days_per_week = dec!(2);
/// let result = compare(&scenario)?;
/// let answer = Answer::new(&result, Lang::En);
/// assert_eq!(answer.basis, AnswerBasis::SteadyState);
/// assert!(answer.sentence.starts_with("At 2 days a week, "));
/// // The figure is the gap to the next cheapest option, a year.
/// let cost = |option| match option {
///     Cheapest::FullTimeHire => result.full_time_hire.cost.annual_cost,
///     Cheapest::PartTimeHire => result.part_time_hire.cost.annual_cost,
///     Cheapest::SharedTime => result.shared_time.cost.annual_cost,
/// };
/// assert_eq!(answer.figure, cost(answer.runner_up) - cost(answer.cheapest));
/// // The break-even is explained: below it, shared time costs less.
/// assert!(answer.break_even.sentence.contains("below it, shared time costs less"));
/// println!("{answer}"); // the sentence, then the break-even's
/// # Ok::<(), hire_or_share::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    /// The language of the sentences (the one this build has, see
    /// [`Lang::compiled`]).
    pub lang: Lang,
    /// The option that costs the least over [`Answer::basis`].
    pub cheapest: Cheapest,
    /// The next one: what the figure is measured against.
    pub runner_up: Cheapest,
    /// How much less the cheapest option costs than the runner-up over
    /// [`Answer::basis`], euros (to the cent; zero on a tie). The sentence
    /// shows it to the euro.
    pub figure: Decimal,
    /// A year in steady state, or the need profile's months.
    pub basis: AnswerBasis,
    /// The first year's cheapest option where it is not the steady state's
    /// (steady-state answers only).
    pub first_year: Option<FirstYearDiffers>,
    /// The part-time contract's legal condition, when the answer recommends
    /// or cites a part-time hire under 24 hours a week.
    pub part_time_condition: Option<PartTimeCondition>,
    /// The answer in one sentence: the cheapest option, the figure and
    /// against what, the first year where it differs, and the part-time
    /// condition where it applies.
    pub sentence: String,
    /// The steady-state break-even between shared time and the full-time
    /// hire, explained.
    pub break_even: AnswerBreakEven,
    /// A second break-even, with its reason: the need profile's (a constant
    /// need over its months) when there is a profile, else the first
    /// year's where it differs from the steady state's.
    pub second_break_even: Option<AnswerBreakEven>,
    /// Over the scenario's own list of options ([`Scenario::options`](crate::Scenario::options)),
    /// when it has one: the cheapest of them, by how much against the next
    /// and against the full-time hire, and the first year's cheapest where
    /// it differs. `None` for today's three, which [`Answer::sentence`] covers.
    #[cfg(feature = "options")]
    pub options_sentence: Option<String>,
}

impl Answer {
    /// The answer in a line, for a summary that stays in view on a phone:
    /// the cheapest option and the figure, then the break-even. "Le moins
    /// cher : le temps partagé, 53 832 € de moins par an · point mort :
    /// 3,09 jours par semaine".
    #[must_use]
    pub fn summary(&self) -> String {
        let lang = self.lang;
        let mut out = String::with_capacity(128);
        out.push_str(lang.pick("Le moins cher\u{a0}: ", "Cheapest: "));
        out.push_str(subject(self.cheapest, lang));
        if self.cheapest != self.runner_up && !self.figure.is_zero() {
            out.push_str(", ");
            euros(&mut out, self.figure, lang);
            out.push_str(match self.basis {
                AnswerBasis::Horizon { .. } => lang.pick(" de moins sur la durée", " less in all"),
                AnswerBasis::SteadyState | AnswerBasis::FirstYear => {
                    lang.pick(" de moins par an", " a year less")
                }
            });
        }
        out.push_str(lang.pick(" · point mort\u{a0}: ", " · break-even: "));
        match self.break_even.days_per_week {
            Some(days) => days_a_week(&mut out, days, lang),
            None => out.push_str(lang.pick("aucun", "none")),
        }
        out
    }
}

/// The options in the order a tie is broken: shared time, the part-time
/// hire, the full-time hire.
const OPTIONS: [Cheapest; 3] = [
    Cheapest::SharedTime,
    Cheapest::PartTimeHire,
    Cheapest::FullTimeHire,
];

/// The cheapest option by `cost` and the next one; a tie keeps
/// [`OPTIONS`]' order. A part-time hire at full time is the full-time hire,
/// not an option of its own: `part_time` false leaves it out.
fn ranked(cost: impl Fn(Cheapest) -> Decimal, part_time: bool) -> (Cheapest, Cheapest) {
    let options = || {
        OPTIONS
            .into_iter()
            .filter(|&option| part_time || option != Cheapest::PartTimeHire)
    };
    // `min_by_key` gives the first of equal ones: a tie keeps the order.
    let first = options()
        .min_by_key(|&option| cost(option))
        .unwrap_or(Cheapest::SharedTime);
    let second = options()
        .filter(|&option| option != first)
        .min_by_key(|&option| cost(option))
        .unwrap_or(Cheapest::FullTimeHire);
    (first, second)
}

/// Whether a part-time recruit at `days` a week works under full time.
fn part_time(days: Decimal) -> bool {
    days < Decimal::from(5)
}

impl Answer {
    /// The answer for `comparison`, in `lang` (or the language this build
    /// has): over its need profile when it has one, else in steady state.
    #[must_use]
    pub fn new(comparison: &Comparison, lang: Lang) -> Self {
        let lang = lang.compiled();
        let be = &comparison.break_even;
        let break_even = steady_break_even(be.days_per_week, be.reason, lang);
        #[cfg(feature = "need-profile")]
        if let Some(profile) = &comparison.need_profile {
            #[cfg_attr(not(feature = "options"), allow(unused_mut))]
            let mut answer = profile_answer(profile, break_even, lang);
            #[cfg(feature = "options")]
            {
                answer.options_sentence = super::kinds::options_sentence(comparison, lang);
            }
            return answer;
        }
        let steady = |option| option_cost(comparison, option).0;
        let first = |option| option_cost(comparison, option).1;
        let with_part_time = part_time(comparison.part_time_hire.days_per_week);
        let (cheapest, runner_up) = ranked(steady, with_part_time);
        let figure = sub(steady(runner_up), steady(cheapest));
        let first_year_cheapest = ranked(first, with_part_time).0;
        let first_year = (first(first_year_cheapest) < first(cheapest)).then(|| FirstYearDiffers {
            cheapest: first_year_cheapest,
            figure: sub(first(cheapest), first(first_year_cheapest)),
        });
        let part = &comparison.part_time_hire;
        let part_time_condition = [cheapest, runner_up]
            .contains(&Cheapest::PartTimeHire)
            .then(|| part_time_condition(part.weekly_hours, false, lang))
            .flatten();

        let mut sentence = String::with_capacity(256);
        sentence.push_str(lang.pick("À ", "At "));
        days_a_week(&mut sentence, comparison.scenario.days_per_week, lang);
        sentence.push_str(", ");
        let per = (
            lang.pick(" par an", " a year"),
            lang.pick(" de moins par an ", " a year less "),
            lang.pick(" en régime établi", " in steady state"),
        );
        headline(&mut sentence, cheapest, runner_up, figure, per, lang);
        if let Some(differs) = &first_year {
            first_year_clause(&mut sentence, cheapest, differs, lang);
        }
        finish(&mut sentence, part_time_condition.as_ref(), lang);

        let second_break_even = (be.first_year_days_per_week != be.days_per_week
            || be.first_year_reason != be.reason)
            .then(|| {
                first_year_break_even(be.first_year_days_per_week, be.first_year_reason, lang)
            });
        Self {
            lang,
            cheapest,
            runner_up,
            figure,
            basis: AnswerBasis::SteadyState,
            first_year,
            part_time_condition,
            sentence,
            break_even,
            second_break_even,
            #[cfg(feature = "options")]
            options_sentence: super::kinds::options_sentence(comparison, lang),
        }
    }
}

/// The answer over a need profile's months: each option's total.
#[cfg(feature = "need-profile")]
fn profile_answer(
    p: &super::result::NeedProfileCost,
    break_even: AnswerBreakEven,
    lang: Lang,
) -> Answer {
    let total = |option| match option {
        Cheapest::FullTimeHire => p.total.full_time_hire,
        Cheapest::PartTimeHire => p.total.part_time_hire,
        Cheapest::SharedTime => p.total.shared_time,
    };
    let (cheapest, runner_up) = ranked(total, part_time(p.peak_days_per_week));
    let figure = sub(total(runner_up), total(cheapest));
    // The part-time recruit of a profile is hired at its peak.
    let peak_hours = crate::arith::mul(
        crate::defaults::FULL_TIME_WEEKLY_HOURS,
        crate::arith::div(p.peak_days_per_week, Decimal::from(5)),
    );
    let part_time_condition = [cheapest, runner_up]
        .contains(&Cheapest::PartTimeHire)
        .then(|| part_time_condition(peak_hours, true, lang))
        .flatten();
    let basis = AnswerBasis::Horizon { months: p.months };

    let mut sentence = String::with_capacity(256);
    over_profile(&mut sentence, p.months, lang);
    sentence.push_str(", ");
    headline(
        &mut sentence,
        cheapest,
        runner_up,
        figure,
        (
            lang.pick(" au total", " in all"),
            lang.pick(" de moins au total ", " less in all "),
            "",
        ),
        lang,
    );
    finish(&mut sentence, part_time_condition.as_ref(), lang);

    let mut text = String::with_capacity(192);
    over_profile(&mut text, p.months, lang);
    if let Some(days) = p.break_even_days_per_week {
        text.push_str(lang.pick(
            ", le point mort d'un besoin constant est de ",
            ", a constant need breaks even at ",
        ));
        days_a_week(&mut text, days, lang);
        text.push_str(lang.pick(
                "\u{a0}: en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein sur ces mois.",
                ": below it, shared time costs less than a full-time hire over those months.",
            ));
    } else {
        text.push_str(lang.pick(
            ", un besoin constant n'a pas de point mort\u{a0}: ",
            ", a constant need has no break-even: ",
        ));
        none_because(&mut text, p.break_even_reason, lang);
    }
    Answer {
        lang,
        cheapest,
        runner_up,
        figure,
        basis,
        first_year: None,
        part_time_condition,
        sentence,
        break_even,
        second_break_even: Some(AnswerBreakEven {
            basis,
            days_per_week: p.break_even_days_per_week,
            reason: p.break_even_reason,
            sentence: text,
        }),
        // Set by `Answer::new`, which has the comparison.
        #[cfg(feature = "options")]
        options_sentence: None,
    }
}

impl fmt::Display for Answer {
    /// The sentence, the options' where there is a list of them, then the
    /// break-even's and the second break-even's.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence)?;
        #[cfg(feature = "options")]
        if let Some(options) = &self.options_sentence {
            f.write_str(" ")?;
            f.write_str(options)?;
        }
        for be in core::iter::once(&self.break_even).chain(&self.second_break_even) {
            f.write_str(" ")?;
            f.write_str(&be.sentence)?;
        }
        Ok(())
    }
}

/// An option's steady-state and first-year costs.
fn option_cost(c: &Comparison, option: Cheapest) -> (Decimal, Decimal) {
    let cost = match option {
        Cheapest::FullTimeHire => &c.full_time_hire.cost,
        Cheapest::PartTimeHire => &c.part_time_hire.cost,
        Cheapest::SharedTime => &c.shared_time.cost,
    };
    (cost.annual_cost, cost.first_year_cost)
}

/// An option as the subject of a sentence ("a part-time hire").
fn subject(option: Cheapest, lang: Lang) -> &'static str {
    match option {
        Cheapest::FullTimeHire => lang.pick("un recrutement à temps plein", "a full-time hire"),
        Cheapest::PartTimeHire => lang.pick("un recrutement à temps partiel", "a part-time hire"),
        Cheapest::SharedTime => lang.pick("le temps partagé", "shared time"),
    }
}

/// "than a part-time hire" ("qu'un recrutement à temps partiel").
fn than(option: Cheapest, lang: Lang) -> &'static str {
    match option {
        Cheapest::FullTimeHire => {
            lang.pick("qu'un recrutement à temps plein", "than a full-time hire")
        }
        Cheapest::PartTimeHire => {
            lang.pick("qu'un recrutement à temps partiel", "than a part-time hire")
        }
        Cheapest::SharedTime => lang.pick("que le temps partagé", "than shared time"),
    }
}

/// An option already named ("the part-time hire").
fn definite(option: Cheapest, lang: Lang) -> &'static str {
    match option {
        Cheapest::FullTimeHire => lang.pick("le recrutement à temps plein", "the full-time hire"),
        Cheapest::PartTimeHire => lang.pick("le recrutement à temps partiel", "the part-time hire"),
        Cheapest::SharedTime => lang.pick("le temps partagé", "shared time"),
    }
}

/// "shared time costs the least: 56,712 € a year less than a full-time
/// hire", or, when the two are the same to the euro, "shared time and a
/// full-time hire cost the same a year in steady state, to the euro":
/// `per` is " a year" or " in all", `less` " a year less " or " less in
/// all ", `basis` " in steady state" or nothing.
fn headline(
    out: &mut String,
    cheapest: Cheapest,
    runner_up: Cheapest,
    figure: Decimal,
    (per, less, basis): (&str, &str, &str),
    lang: Lang,
) {
    let whole = round_to(figure, 0, Rounding::HalfAway);
    if whole.is_zero() {
        out.push_str(subject(cheapest, lang));
        out.push_str(lang.pick(" et ", " and "));
        out.push_str(subject(runner_up, lang));
        out.push_str(lang.pick(" coûtent autant", " cost the same"));
        out.push_str(per);
        out.push_str(basis);
        out.push_str(lang.pick(", à l'euro près", ", to the euro"));
        return;
    }
    out.push_str(subject(cheapest, lang));
    out.push_str(lang.pick(" coûte le moins cher\u{a0}: ", " costs the least: "));
    euros(out, whole, lang);
    out.push_str(less);
    out.push_str(than(runner_up, lang));
    out.push_str(basis);
}

/// "; in the first year, though, shared time costs 18,784 € less than the
/// part-time hire, because of recruitment and vacancy".
fn first_year_clause(out: &mut String, steady: Cheapest, differs: &FirstYearDiffers, lang: Lang) {
    out.push_str(lang.pick(
        "\u{a0}; la première année, en revanche, ",
        "; in the first year, though, ",
    ));
    out.push_str(definite(differs.cheapest, lang));
    out.push_str(lang.pick(" coûte ", " costs "));
    euros(out, differs.figure, lang);
    out.push_str(lang.pick(" de moins que ", " less than "));
    out.push_str(definite(steady, lang));
    out.push_str(
        if steady != Cheapest::SharedTime && differs.cheapest == Cheapest::SharedTime {
            lang.pick(
                ", à cause du recrutement et de la vacance du poste",
                ", because of recruitment and vacancy",
            )
        } else {
            lang.pick(
                ", à cause des coûts de la première année (recrutement, attente, montée en compétence)",
                ", because of the first year's costs (recruitment, waiting, ramp-up)",
            )
        },
    );
}

/// The part-time condition, when the recruit works under 24 hours a week.
fn part_time_condition(
    weekly_hours: Decimal,
    at_peak: bool,
    lang: Lang,
) -> Option<PartTimeCondition> {
    if weekly_hours >= PART_TIME_MINIMUM_WEEKLY_HOURS {
        return None;
    }
    let weekly_hours = weekly_hours.normalize();
    let mut text = String::with_capacity(224);
    text.push_str(lang.pick(
        "sous 24 heures par semaine (ici ",
        "under 24 hours a week (here ",
    ));
    Number {
        value: round_to(weekly_hours, 2, Rounding::HalfAway).normalize(),
        unit: Unit::Count,
        lang,
    }
    .write_to(&mut text);
    if at_peak {
        text.push_str(lang.pick(", au pic du besoin", ", at the peak of the need"));
    }
    text.push_str(lang.pick(
        "), un temps partiel n'est possible qu'à la demande écrite du salarié ou en vertu d'un accord de branche (Code du travail, art. L3123-7 et L3123-19)",
        "), a part-time contract is possible only at the employee's written request or under a branch agreement (Code du travail L3123-7 and L3123-19)",
    ));
    Some(PartTimeCondition {
        weekly_hours,
        text,
        source: &PART_TIME_MINIMUM_SOURCE,
    })
}

/// The part-time condition after a semicolon, if any, and the full stop.
fn finish(out: &mut String, condition: Option<&PartTimeCondition>, lang: Lang) {
    if let Some(condition) = condition {
        out.push_str(lang.pick("\u{a0}; ", "; "));
        out.push_str(&condition.text);
    }
    out.push('.');
}

/// "Over the need profile (24 months)" ("Sur la durée du profil de besoin (24 mois)").
#[cfg(feature = "need-profile")]
fn over_profile(out: &mut String, months: u32, lang: Lang) {
    out.push_str(lang.pick(
        "Sur la durée du profil de besoin (",
        "Over the need profile (",
    ));
    Number {
        value: Decimal::from(months),
        unit: Unit::Months,
        lang,
    }
    .write_to(out);
    out.push(')');
}

/// The steady-state break-even, explained.
fn steady_break_even(
    days: Option<Decimal>,
    reason: Option<NoBreakEven>,
    lang: Lang,
) -> AnswerBreakEven {
    let mut text = String::with_capacity(160);
    if let Some(d) = days {
        text.push_str(lang.pick("Point mort\u{a0}: ", "Break-even: "));
        days_a_week(&mut text, d, lang);
        text.push_str(lang.pick(
                "\u{a0}; en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein en régime établi.",
                "; below it, shared time costs less than a full-time hire in steady state.",
            ));
    } else {
        text.push_str(lang.pick("Pas de point mort\u{a0}: ", "No break-even: "));
        match reason {
                Some(NoBreakEven::SharedCheaperAtEveryNeed) => text.push_str(lang.pick(
                    "le temps partagé coûte moins cher qu'un recrutement à temps plein à tout besoin jusqu'à 5\u{a0}jours par semaine, en régime établi.",
                    "shared time costs less than a full-time hire at any need up to 5 days a week, in steady state.",
                )),
                _ => text.push_str(lang.pick(
                    "un recrutement à temps plein coûte moins cher que le temps partagé quel que soit le besoin, en régime établi.",
                    "a full-time hire costs less than shared time at any need, in steady state.",
                )),
            }
    }
    AnswerBreakEven {
        basis: AnswerBasis::SteadyState,
        days_per_week: days,
        reason,
        sentence: text,
    }
}

/// The first year's break-even, with its reason.
fn first_year_break_even(
    days: Option<Decimal>,
    reason: Option<NoBreakEven>,
    lang: Lang,
) -> AnswerBreakEven {
    let mut text = String::with_capacity(160);
    text.push_str(lang.pick(
        "La première année, recrutement et vacance du poste comptés, ",
        "In the first year, counting recruitment and vacancy, ",
    ));
    if let Some(d) = days {
        text.push_str(lang.pick("le point mort est de ", "the break-even is "));
        days_a_week(&mut text, d, lang);
        text.push('.');
    } else {
        text.push_str(lang.pick(
            "il n'y a pas de point mort\u{a0}: ",
            "there is no break-even: ",
        ));
        none_because(&mut text, reason, lang);
    }
    AnswerBreakEven {
        basis: AnswerBasis::FirstYear,
        days_per_week: days,
        reason,
        sentence: text,
    }
}

/// Why there is no break-even, ending the sentence.
fn none_because(out: &mut String, reason: Option<NoBreakEven>, lang: Lang) {
    out.push_str(match reason {
        Some(NoBreakEven::SharedCheaperAtEveryNeed) => lang.pick(
            "le temps partagé coûte moins cher à tout besoin jusqu'à 5\u{a0}jours par semaine.",
            "shared time costs less at any need up to 5 days a week.",
        ),
        _ => lang.pick(
            "un recrutement à temps plein coûte moins cher quel que soit le besoin.",
            "a full-time hire costs less at any need.",
        ),
    });
}

/// `amount` to the euro (half away from zero, as every amount): "53 832 €"
/// in French, "53,832 €" in English.
fn euros(out: &mut String, amount: Decimal, lang: Lang) {
    Number {
        value: round_to(amount, 0, Rounding::HalfAway).normalize(),
        unit: Unit::Euro,
        lang,
    }
    .write_to(out);
}

/// "2 jours par semaine", "1,5 jour par semaine"; "2 days a week", "1 day a
/// week": French singular below 2, English at exactly 1.
fn days_a_week(out: &mut String, days: Decimal, lang: Lang) {
    let days = days.normalize();
    Number {
        value: days,
        unit: Unit::Count,
        lang,
    }
    .write_to(out);
    let singular = match lang {
        Lang::Fr => days.abs() < Decimal::TWO,
        Lang::En => days == Decimal::ONE,
    };
    out.push_str(if singular {
        lang.pick("\u{a0}jour par semaine", " day a week")
    } else {
        lang.pick("\u{a0}jours par semaine", " days a week")
    });
}

#[cfg(test)]
mod lang_tests {
    use super::*;

    /// A build with one language answers in it, whatever is asked: each
    /// sentence starts as that language's does. The test command runs this
    /// with both languages and with each one alone.
    #[test]
    fn an_answer_is_in_the_language_the_build_has() {
        let r = crate::compare(&crate::Scenario::preset(crate::Role::Daf)).unwrap();
        for lang in [Lang::Fr, Lang::En] {
            let a = Answer::new(&r, lang);
            assert_eq!(a.lang, lang.compiled());
            let (answer, break_even) = match a.lang {
                Lang::Fr => ("À 1\u{a0}jour par semaine, ", "Point mort\u{a0}: "),
                Lang::En => ("At 1 day a week, ", "Break-even: "),
            };
            assert!(a.sentence.starts_with(answer), "{}", a.sentence);
            assert!(a.break_even.sentence.starts_with(break_even), "{a}");
        }
    }
}

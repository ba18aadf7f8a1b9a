//! The one answer at the top of a comparison: the exact sentences in both
//! languages for the usual cases (the default CFO, a part-time hire that
//! costs the least, a need profile, a first year that disagrees with the
//! steady state, no break-even either way), and, as a property test, the
//! cheapest option as the least of the costs the answer compares.
//!
//! The sentences of each language are checked in the builds that have it.

use hire_or_share::{
    Answer, AnswerBasis, Cheapest, Comparison, Defaults, DefaultsVersion, FirstYearDiffers, Lang,
    NoBreakEven, PART_TIME_MINIMUM_SOURCE, Role, Scenario, compare,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A role's preset on the defaults of November 2026, on 1 July 2026, as
/// the worked examples of METHODOLOGY.md.
fn preset(role: Role) -> Scenario {
    let november = DefaultsVersion(Defaults::find("2026-11").unwrap());
    let mut s = Scenario::preset_in(role, november);
    s.date = Some(hire_or_share::date(2026, 7, 1));
    s
}

fn daf() -> Scenario {
    preset(Role::Daf)
}

/// The answer's three sentences in one language: the answer, the
/// break-even, the second break-even if any.
fn sentences(r: &Comparison, lang: Lang) -> [String; 3] {
    let a = Answer::new(r, lang);
    [
        a.sentence,
        a.break_even.sentence,
        a.second_break_even.map(|b| b.sentence).unwrap_or_default(),
    ]
}

/// The sentences in French and English, each checked where the build has it.
fn assert_sentences(r: &Comparison, fr: [&str; 3], en: [&str; 3]) {
    if cfg!(feature = "fr") {
        assert_eq!(sentences(r, Lang::Fr), fr.map(str::to_owned));
    }
    if cfg!(feature = "en") {
        assert_eq!(sentences(r, Lang::En), en.map(str::to_owned));
    }
}

/// (a) The default CFO, 1 day a week: the part-time hire costs the least in
/// steady state (with its legal condition), shared time in the first year.
#[test]
fn the_default_cfo() {
    let r = compare(&daf()).unwrap();
    let a = Answer::new(&r, Lang::En);
    assert_eq!(a.cheapest, Cheapest::PartTimeHire);
    assert_eq!(a.runner_up, Cheapest::SharedTime);
    assert_eq!(a.basis, AnswerBasis::SteadyState);
    // 45,000.00 − 40,736.53.
    assert_eq!(r.shared_time.cost.annual_cost, dec!(45000.00));
    assert_eq!(r.part_time_hire.cost.annual_cost, dec!(40736.53));
    assert_eq!(a.figure, dec!(4263.47));
    assert_eq!(
        a.first_year,
        Some(FirstYearDiffers {
            cheapest: Cheapest::SharedTime,
            figure: dec!(17877.05),
        })
    );
    let condition = a.part_time_condition.as_ref().unwrap();
    assert_eq!(condition.weekly_hours, dec!(7));
    assert_eq!(condition.source, &PART_TIME_MINIMUM_SOURCE);
    assert_eq!(a.break_even.basis, AnswerBasis::SteadyState);
    assert_eq!(a.break_even.days_per_week, Some(dec!(3.23)));
    let second = a.second_break_even.as_ref().unwrap();
    assert_eq!(second.basis, AnswerBasis::FirstYear);
    assert_eq!(second.days_per_week, None);
    assert_eq!(second.reason, Some(NoBreakEven::SharedCheaperAtEveryNeed));
    assert_sentences(
        &r,
        [
            "À 1\u{a0}jour par semaine, un recrutement à temps partiel coûte le moins cher\u{a0}: 4\u{a0}263\u{a0}€ de moins par an que le temps partagé en régime établi\u{a0}; la première année, en revanche, le temps partagé coûte 17\u{a0}877\u{a0}€ de moins que le recrutement à temps partiel, à cause du recrutement et de la vacance du poste\u{a0}; sous 24 heures par semaine (ici 7), un temps partiel n'est possible qu'à la demande écrite du salarié ou en vertu d'un accord de branche (Code du travail, art. L3123-7 et L3123-19).",
            "Point mort\u{a0}: 3,23\u{a0}jours par semaine\u{a0}; en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein en régime établi.",
            "La première année, recrutement et vacance du poste comptés, il n'y a pas de point mort\u{a0}: le temps partagé coûte moins cher à tout besoin jusqu'à 5\u{a0}jours par semaine.",
        ],
        [
            "At 1 day a week, a part-time hire costs the least: 4,263\u{a0}€ a year less than shared time in steady state; in the first year, though, shared time costs 17,877\u{a0}€ less than the part-time hire, because of recruitment and vacancy; under 24 hours a week (here 7), a part-time contract is possible only at the employee's written request or under a branch agreement (Code du travail L3123-7 and L3123-19).",
            "Break-even: 3.23 days a week; below it, shared time costs less than a full-time hire in steady state.",
            "In the first year, counting recruitment and vacancy, there is no break-even: shared time costs less at any need up to 5 days a week.",
        ],
    );
    // Display: the sentence, then the break-evens.
    if cfg!(feature = "en") {
        assert_eq!(
            a.to_string(),
            [
                a.sentence.as_str(),
                &a.break_even.sentence,
                &second.sentence
            ]
            .join(" ")
        );
    }
}

/// (b) A CFO at 90,000 €, 1,100 € a day, 2 days a week: the part-time hire
/// costs the least, under 24 hours a week, and the sentence says on what
/// condition (L3123-7).
#[test]
fn a_part_time_hire_under_24_hours_gives_its_condition() {
    let mut s = daf();
    s.gross_annual = dec!(90000);
    s.day_rate = dec!(1100);
    s.days_per_week = dec!(2);
    let r = compare(&s).unwrap();
    assert_eq!(r.part_time_hire.cost.annual_cost, dec!(70208.64));
    assert_eq!(r.shared_time.cost.annual_cost, dec!(99000.00));
    let a = Answer::new(&r, Lang::Fr);
    assert_eq!(a.cheapest, Cheapest::PartTimeHire);
    assert_eq!(a.runner_up, Cheapest::SharedTime);
    assert_eq!(a.figure, dec!(28791.36));
    assert_eq!(a.part_time_condition.unwrap().weekly_hours, dec!(14));
    for lang in [Lang::Fr, Lang::En] {
        assert!(Answer::new(&r, lang).sentence.contains("L3123-7"));
    }
    assert_sentences(
        &r,
        [
            "À 2\u{a0}jours par semaine, un recrutement à temps partiel coûte le moins cher\u{a0}: 28\u{a0}791\u{a0}€ de moins par an que le temps partagé en régime établi\u{a0}; la première année, en revanche, le temps partagé coûte 15\u{a0}785\u{a0}€ de moins que le recrutement à temps partiel, à cause du recrutement et de la vacance du poste\u{a0}; sous 24 heures par semaine (ici 14), un temps partiel n'est possible qu'à la demande écrite du salarié ou en vertu d'un accord de branche (Code du travail, art. L3123-7 et L3123-19).",
            "Point mort\u{a0}: 3,09\u{a0}jours par semaine\u{a0}; en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein en régime établi.",
            "La première année, recrutement et vacance du poste comptés, il n'y a pas de point mort\u{a0}: le temps partagé coûte moins cher à tout besoin jusqu'à 5\u{a0}jours par semaine.",
        ],
        [
            "At 2 days a week, a part-time hire costs the least: 28,791\u{a0}€ a year less than shared time in steady state; in the first year, though, shared time costs 15,785\u{a0}€ less than the part-time hire, because of recruitment and vacancy; under 24 hours a week (here 14), a part-time contract is possible only at the employee's written request or under a branch agreement (Code du travail L3123-7 and L3123-19).",
            "Break-even: 3.09 days a week; below it, shared time costs less than a full-time hire in steady state.",
            "In the first year, counting recruitment and vacancy, there is no break-even: shared time costs less at any need up to 5 days a week.",
        ],
    );
    // At 4 days (28 hours a week) a part-time hire needs no exception.
    s.days_per_week = dec!(4);
    let a = Answer::new(&compare(&s).unwrap(), Lang::En);
    assert_eq!(a.cheapest, Cheapest::PartTimeHire);
    assert_eq!(a.part_time_condition, None);
    assert!(!a.sentence.contains("L3123"), "{}", a.sentence);
}

/// (c) A need profile, 6 months at 2 days a week then 18 at 1: the answer
/// is over the profile's 24 months, its totals, and says so; the second
/// break-even is the profile's, with its reason.
#[cfg(feature = "need-profile")]
#[test]
fn a_need_profile_is_answered_over_its_months() {
    let mut s = daf();
    s.need_profile = Some("6x2,18x1".parse().unwrap());
    let r = compare(&s).unwrap();
    let p = r.need_profile.as_ref().unwrap();
    let a = Answer::new(&r, Lang::En);
    assert_eq!(a.basis, AnswerBasis::Horizon { months: 24 });
    assert_eq!(a.cheapest, Cheapest::SharedTime);
    assert_eq!(a.cheapest, p.cheapest);
    assert_eq!(a.runner_up, Cheapest::PartTimeHire);
    assert_eq!(a.figure, p.total.part_time_hire - p.total.shared_time);
    assert_eq!(a.figure, dec!(61967.46));
    assert_eq!(a.first_year, None);
    // The part-time recruit is hired at the peak, 2 days: 14 hours a week.
    assert_eq!(
        a.part_time_condition.as_ref().unwrap().weekly_hours,
        dec!(14)
    );
    let second = a.second_break_even.as_ref().unwrap();
    assert_eq!(second.basis, AnswerBasis::Horizon { months: 24 });
    assert_eq!(second.days_per_week, Some(dec!(4.16)));
    assert_sentences(
        &r,
        [
            "Sur la durée du profil de besoin (24\u{a0}mois), le temps partagé coûte le moins cher\u{a0}: 61\u{a0}967\u{a0}€ de moins au total qu'un recrutement à temps partiel\u{a0}; sous 24 heures par semaine (ici 14, au pic du besoin), un temps partiel n'est possible qu'à la demande écrite du salarié ou en vertu d'un accord de branche (Code du travail, art. L3123-7 et L3123-19).",
            "Point mort\u{a0}: 3,23\u{a0}jours par semaine\u{a0}; en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein en régime établi.",
            "Sur la durée du profil de besoin (24\u{a0}mois), le point mort d'un besoin constant est de 4,16\u{a0}jours par semaine\u{a0}: en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein sur ces mois.",
        ],
        [
            "Over the need profile (24 months), shared time costs the least: 61,967\u{a0}€ less in all than a part-time hire; under 24 hours a week (here 14, at the peak of the need), a part-time contract is possible only at the employee's written request or under a branch agreement (Code du travail L3123-7 and L3123-19).",
            "Break-even: 3.23 days a week; below it, shared time costs less than a full-time hire in steady state.",
            "Over the need profile (24 months), a constant need breaks even at 4.16 days a week: below it, shared time costs less than a full-time hire over those months.",
        ],
    );
}

/// (d) A CFO 5 days a week: the full-time hire costs the least in steady
/// state, shared time over the first year, and the sentence says both. (At
/// 5 days, the part-time hire is the full-time one: not an option apart.)
#[test]
fn a_first_year_that_disagrees_is_said() {
    let mut s = daf();
    s.days_per_week = dec!(5);
    let r = compare(&s).unwrap();
    let a = Answer::new(&r, Lang::En);
    assert_eq!(a.cheapest, Cheapest::FullTimeHire);
    assert_eq!(a.runner_up, Cheapest::SharedTime);
    assert_eq!(
        a.figure,
        r.shared_time.cost.annual_cost - r.full_time_hire.cost.annual_cost
    );
    let differs = a.first_year.unwrap();
    assert_eq!(differs.cheapest, Cheapest::SharedTime);
    assert_eq!(
        differs.figure,
        r.full_time_hire.cost.first_year_cost - r.shared_time.cost.first_year_cost
    );
    assert_eq!(a.part_time_condition, None);
    assert_sentences(
        &r,
        [
            "À 5\u{a0}jours par semaine, un recrutement à temps plein coûte le moins cher\u{a0}: 79\u{a0}701\u{a0}€ de moins par an que le temps partagé en régime établi\u{a0}; la première année, en revanche, le temps partagé coûte 23\u{a0}703\u{a0}€ de moins que le recrutement à temps plein, à cause du recrutement et de la vacance du poste.",
            "Point mort\u{a0}: 3,23\u{a0}jours par semaine\u{a0}; en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein en régime établi.",
            "La première année, recrutement et vacance du poste comptés, il n'y a pas de point mort\u{a0}: le temps partagé coûte moins cher à tout besoin jusqu'à 5\u{a0}jours par semaine.",
        ],
        [
            "At 5 days a week, a full-time hire costs the least: 79,701\u{a0}€ a year less than shared time in steady state; in the first year, though, shared time costs 23,703\u{a0}€ less than the full-time hire, because of recruitment and vacancy.",
            "Break-even: 3.23 days a week; below it, shared time costs less than a full-time hire in steady state.",
            "In the first year, counting recruitment and vacancy, there is no break-even: shared time costs less at any need up to 5 days a week.",
        ],
    );
}

/// (e) No break-even: shared time costs less at every need (an IT director
/// at 150,000 € against 500 € a day, the case file
/// dsi-sharing-always-cheaper), and a hire costs less at every need.
#[test]
fn no_break_even_either_way() {
    let mut s = preset(Role::Dsi);
    s.gross_annual = dec!(150000);
    s.day_rate = dec!(500);
    s.days_per_week = dec!(5);
    let r = compare(&s).unwrap();
    let a = Answer::new(&r, Lang::En);
    assert_eq!(a.cheapest, Cheapest::SharedTime);
    // 243,234.35 − 112,500.00: the part-time hire at 5 days is the full-time one.
    assert_eq!(a.runner_up, Cheapest::FullTimeHire);
    assert_eq!(a.figure, dec!(130734.35));
    assert_eq!(a.break_even.days_per_week, None);
    assert_eq!(
        a.break_even.reason,
        Some(NoBreakEven::SharedCheaperAtEveryNeed)
    );
    // The first year has no break-even for the same reason: not said twice.
    assert_eq!(a.second_break_even, None);
    assert_sentences(
        &r,
        [
            "À 5\u{a0}jours par semaine, le temps partagé coûte le moins cher\u{a0}: 130\u{a0}734\u{a0}€ de moins par an qu'un recrutement à temps plein en régime établi.",
            "Pas de point mort\u{a0}: le temps partagé coûte moins cher qu'un recrutement à temps plein à tout besoin jusqu'à 5\u{a0}jours par semaine, en régime établi.",
            "",
        ],
        [
            "At 5 days a week, shared time costs the least: 130,734\u{a0}€ a year less than a full-time hire in steady state.",
            "No break-even: shared time costs less than a full-time hire at any need up to 5 days a week, in steady state.",
            "",
        ],
    );

    // An HR director at the SMIC against 100,000 € a day, with every other
    // cost of the hire at zero.
    let mut s = preset(Role::Drh);
    s.days_per_week = dec!(2);
    s.gross_annual = dec!(22404.20);
    s.day_rate = dec!(100000);
    s.weeks_per_year = dec!(52);
    s.workspace_annual = dec!(0);
    s.equipment_annual = dec!(0);
    s.training_annual = dec!(0);
    s.recruitment_fee_percent = dec!(0);
    s.meal_voucher_employer_share = dec!(0);
    s.transport_pass_monthly = dec!(0);
    s.health_plan_monthly = dec!(0);
    let r = compare(&s).unwrap();
    let a = Answer::new(&r, Lang::En);
    assert_eq!(a.break_even.days_per_week, None);
    assert_eq!(
        a.break_even.reason,
        Some(NoBreakEven::HireCheaperAtEveryNeed)
    );
    let [_, fr, _] = sentences(&r, Lang::Fr);
    let [_, en, _] = sentences(&r, Lang::En);
    if cfg!(feature = "fr") {
        assert_eq!(
            fr,
            "Pas de point mort\u{a0}: un recrutement à temps plein coûte moins cher que le temps partagé quel que soit le besoin, en régime établi."
        );
    }
    if cfg!(feature = "en") {
        assert_eq!(
            en,
            "No break-even: a full-time hire costs less than shared time at any need, in steady state."
        );
    }
}

/// The answer as JSON: camelCase keys, amounts as decimal strings, the
/// basis tagged by its kind.
#[test]
fn the_answer_serializes_as_the_results_do() {
    let r = compare(&daf()).unwrap();
    let json = serde_json::to_value(Answer::new(&r, Lang::En)).unwrap();
    assert_eq!(json["cheapest"], "partTimeHire");
    assert_eq!(json["runnerUp"], "sharedTime");
    assert_eq!(json["figure"], "4263.47");
    assert_eq!(json["basis"], serde_json::json!({ "kind": "steadyState" }));
    assert_eq!(json["firstYear"]["cheapest"], "sharedTime");
    assert_eq!(json["partTimeCondition"]["weeklyHours"], "7");
    assert!(
        json["partTimeCondition"]["source"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://www.legifrance.gouv.fr/")
    );
    assert_eq!(json["breakEven"]["daysPerWeek"], "3.23");
    assert_eq!(json["secondBreakEven"]["basis"]["kind"], "firstYear");
    assert_eq!(
        json["secondBreakEven"]["reason"],
        "sharedCheaperAtEveryNeed"
    );
}

/// The cost of an option the answer compares, over its basis.
fn cost(r: &Comparison, basis: AnswerBasis, option: Cheapest) -> Decimal {
    match basis {
        AnswerBasis::Horizon { .. } => {
            let total = &r.need_profile.as_ref().unwrap().total;
            match option {
                Cheapest::FullTimeHire => total.full_time_hire,
                Cheapest::PartTimeHire => total.part_time_hire,
                Cheapest::SharedTime => total.shared_time,
            }
        }
        AnswerBasis::SteadyState | AnswerBasis::FirstYear => {
            let c = match option {
                Cheapest::FullTimeHire => &r.full_time_hire.cost,
                Cheapest::PartTimeHire => &r.part_time_hire.cost,
                Cheapest::SharedTime => &r.shared_time.cost,
            };
            if basis == AnswerBasis::FirstYear {
                c.first_year_cost
            } else {
                c.annual_cost
            }
        }
    }
}

fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Daf),
        Just(Role::Dsi),
        Just(Role::Drh),
        Just(Role::Marketing)
    ]
}

/// A need profile as text (`6x2,18x1`), or none.
fn profile() -> impl Strategy<Value = Option<String>> {
    prop::option::of(
        prop::collection::vec((1u32..=18, 1u32..=10), 1..=3).prop_map(|periods| {
            periods
                .iter()
                .map(|(months, halves)| {
                    format!("{months}x{}", Decimal::from(*halves) / Decimal::TWO)
                })
                .collect::<Vec<_>>()
                .join(",")
        }),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The cheapest option costs no more than any other the answer
    /// compares, the runner-up no more than the rest, and the figure is the
    /// gap between the two; the first year and the part-time condition are
    /// said exactly when they apply.
    #[test]
    fn the_cheapest_is_the_least_of_the_costs_compared(
        role in role(),
        halves in 1u32..=10,
        gross in 25_000i64..=250_000,
        rate in 300i64..=2_500,
        need in profile(),
    ) {
        let mut s = preset(role);
        s.days_per_week = Decimal::from(halves) / Decimal::TWO;
        s.gross_annual = Decimal::from(gross);
        s.day_rate = Decimal::from(rate);
        if cfg!(feature = "need-profile") && let Some(text) = &need {
            s.set("needProfile", text).unwrap();
        }
        let r = compare(&s).unwrap();
        let a = Answer::new(&r, Lang::En);
        let part_days = match (&a.basis, &r.need_profile) {
            (AnswerBasis::Horizon { .. }, Some(p)) => p.peak_days_per_week,
            _ => r.part_time_hire.days_per_week,
        };
        // At full time, the part-time hire is the full-time hire.
        let compared: Vec<Cheapest> = [Cheapest::SharedTime, Cheapest::PartTimeHire, Cheapest::FullTimeHire]
            .into_iter()
            .filter(|&o| o != Cheapest::PartTimeHire || part_days < dec!(5))
            .collect();
        prop_assert!(compared.contains(&a.cheapest) && compared.contains(&a.runner_up));
        prop_assert_ne!(a.cheapest, a.runner_up);
        let least = compared.iter().map(|&o| cost(&r, a.basis, o)).min().unwrap();
        prop_assert_eq!(cost(&r, a.basis, a.cheapest), least);
        for &o in compared.iter().filter(|&&o| o != a.cheapest) {
            prop_assert!(cost(&r, a.basis, a.runner_up) <= cost(&r, a.basis, o));
        }
        prop_assert_eq!(a.figure, cost(&r, a.basis, a.runner_up) - cost(&r, a.basis, a.cheapest));
        prop_assert!(a.figure >= Decimal::ZERO);
        if let Some(p) = &r.need_profile {
            prop_assert_eq!(a.basis, AnswerBasis::Horizon { months: p.months });
            prop_assert_eq!(cost(&r, a.basis, p.cheapest), least);
        } else {
            prop_assert_eq!(a.basis, AnswerBasis::SteadyState);
            let first_least = compared
                .iter()
                .map(|&o| cost(&r, AnswerBasis::FirstYear, o))
                .min()
                .unwrap();
            if let Some(d) = a.first_year {
                prop_assert_eq!(cost(&r, AnswerBasis::FirstYear, d.cheapest), first_least);
                prop_assert!(cost(&r, AnswerBasis::FirstYear, a.cheapest) > first_least);
                prop_assert!(a.sentence.contains("in the first year") || !cfg!(feature = "en"));
            } else {
                prop_assert_eq!(cost(&r, AnswerBasis::FirstYear, a.cheapest), first_least);
            }
        }
        let cites_part_time = [a.cheapest, a.runner_up].contains(&Cheapest::PartTimeHire);
        let under_24 = part_days * dec!(7) < dec!(24);
        prop_assert_eq!(a.part_time_condition.is_some(), cites_part_time && under_24);
        prop_assert_eq!(a.sentence.contains("L3123-7"), cites_part_time && under_24);
    }
}

/// The summary line: the cheapest option, the figure and the break-even, in
/// each language, from the same answer as the sentence.
#[test]
fn the_summary_line_gives_the_cheapest_the_figure_and_the_break_even() {
    let mut scenario = daf();
    scenario.gross_annual = dec!(90000);
    scenario.day_rate = dec!(1100);
    scenario.days_per_week = dec!(2);
    let r = compare(&scenario).unwrap();
    if cfg!(feature = "fr") {
        assert_eq!(
            Answer::new(&r, Lang::Fr).summary(),
            "Le moins cher\u{a0}: un recrutement à temps partiel, 28\u{a0}791\u{a0}€ de moins par an · point mort\u{a0}: 3,09\u{a0}jours par semaine"
        );
    }
    if cfg!(feature = "en") {
        assert_eq!(
            Answer::new(&r, Lang::En).summary(),
            "Cheapest: a part-time hire, 28,791\u{a0}€ a year less · break-even: 3.09 days a week"
        );
    }
}

/// Over a list of options, the answer adds the cheapest of them (issue #26):
/// a DAF at 2 days a week, every default.
#[cfg(feature = "options")]
#[test]
fn over_a_list_of_options_the_answer_names_the_cheapest_of_them() {
    let mut s = Scenario::preset(Role::Daf);
    s.days_per_week = dec!(2);
    s.date = Some(hire_or_share::date(2026, 12, 8));
    s.options = Some(
        "full-time-hire,part-time-hire,shared-time,freelance,employer-group"
            .parse()
            .unwrap(),
    );
    let c = compare(&s).unwrap();
    assert_eq!(c.cheapest_option, 4);
    assert_eq!(
        Answer::new(&c, Lang::Fr).options_sentence.as_deref(),
        Some(
            "Des 5 options comparées, la moins chère en régime établi est Groupement d'employeurs\u{a0}: 61\u{a0}307\u{a0}€ par an, 10\u{a0}054\u{a0}€ de moins que Recrutement à temps partiel et 94\u{a0}405\u{a0}€ de moins que le recrutement à temps plein."
        )
    );
    // Two offers of their own days are compared per day of need covered.
    s.options = Some(
        "full-time-hire,shared-time:950x2,shared-time:1100x1.5"
            .parse()
            .unwrap(),
    );
    let c = compare(&s).unwrap();
    assert_eq!(c.cheapest_option, 1);
    assert_eq!(
        Answer::new(&c, Lang::En).options_sentence.as_deref(),
        Some(
            "Of the 3 options compared, the cheapest in steady state is Shared time, 950\u{a0}€ × 2 days/week: 950\u{a0}€ a day of need covered, 150\u{a0}€ less than Shared time, 1,100\u{a0}€ × 1.5 days/week and 780\u{a0}€ less than the full-time hire."
        )
    );
    // Without a list, nothing more: today's three are the sentence's.
    s.options = None;
    assert_eq!(
        Answer::new(&compare(&s).unwrap(), Lang::En).options_sentence,
        None
    );
}

//! Options beyond today's three on the command line (issue #26): `--option
//! KIND` added to the list, the seven kinds in JSON, several offers of one
//! kind side by side in the table, the cheapest marked, bad kinds refused.

use std::process::Output;

mod common;
use common::{run_on, stderr, stdout};

/// Today's date for every run: no test depends on the real clock.
const TODAY: &str = "2026-07-01";

fn run(args: &[&str]) -> Output {
    run_on(TODAY, args)
}

fn json_of(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_str(&stdout(out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

fn kinds(result: &serde_json::Value) -> Vec<&str> {
    result["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kind"].as_str().unwrap())
        .collect()
}

/// The done-when: seven options, each with its costs, its lines
/// with their sources and its break-even against the full-time hire.
#[test]
fn four_new_kinds_after_todays_three_in_json() {
    let result = json_of(&run(&[
        "compare",
        "--preset",
        "daf",
        "--option",
        "freelance",
        "--option",
        "portage",
        "--option",
        "interim-manager",
        "--option",
        "employer-group",
        "--format",
        "json",
    ]));
    assert_eq!(
        kinds(&result),
        [
            "fullTimeHire",
            "partTimeHire",
            "sharedTime",
            "freelance",
            "portage",
            "interimManager",
            "employerGroup"
        ]
    );
    for option in result["options"].as_array().unwrap() {
        let kind = option["kind"].as_str().unwrap();
        for cost in ["annualCost", "firstYearCost", "costPerDayOfNeed"] {
            let amount: f64 = option[cost].as_str().unwrap().parse().unwrap();
            assert!(amount > 0.0, "{kind} {cost}: {amount}");
        }
        // The line the option's price comes from, with its source.
        let fee = match kind {
            "fullTimeHire" | "partTimeHire" => "employer_cost",
            "employerGroup" => "employer_group_fee",
            _ => "fees",
        };
        let lines = option["lines"].as_array().unwrap();
        let line = lines
            .iter()
            .find(|l| l["id"] == fee)
            .unwrap_or_else(|| panic!("{kind}: no {fee} line in {lines:?}"));
        assert!(
            line["source"]["title"]
                .as_str()
                .is_some_and(|t| !t.is_empty()),
            "{kind}: {line}"
        );
        assert!(!option["firstYearLines"].as_array().unwrap().is_empty());
        if kind == "fullTimeHire" {
            assert!(option["breakEven"].is_null(), "{option}");
        } else {
            let be = &option["breakEven"];
            assert!(
                be["daysPerWeek"].is_string() || be["none"].is_string(),
                "{kind}: {be}"
            );
        }
    }
    let cheapest = result["cheapestOption"].as_u64().unwrap();
    assert!(cheapest < 7);
}

/// `--option` appends to a list the scenario has (`--options`), in order.
#[test]
fn options_given_are_appended_to_the_scenarios_list() {
    let result = json_of(&run(&[
        "compare",
        "--preset",
        "daf",
        "--option",
        "portage",
        "--options",
        "full-time-hire,freelance",
        "--option",
        "shared-time:950x2",
        "--format",
        "json",
    ]));
    assert_eq!(
        kinds(&result),
        ["fullTimeHire", "freelance", "portage", "sharedTime"]
    );
    assert_eq!(result["options"][3]["dayRate"], "950");
    assert_eq!(result["options"][3]["daysPerWeek"], "2");
}

/// Two shared-time offers side by side: 950 € × 2 days and 1,100 € × 1.5
/// days, billed over the preset's weeks a year, VAT recoverable.
#[test]
fn two_shared_time_offers_in_the_table() {
    let args = [
        "compare",
        "--preset",
        "daf",
        "--option",
        "shared-time:950x2",
        "--option",
        "shared-time:1100x1.5",
    ];
    let json = json_of(&run(&[&args[..], &["--format", "json"]].concat()));
    // The preset's weeks a year and VAT: 950 × 2 × 45 = 85,500 €,
    // 1,100 × 1.5 × 45 = 74,250 €.
    assert_eq!(json["scenario"]["weeksPerYear"], "45");
    assert_eq!(json["scenario"]["vatRecoverable"], true);
    assert_eq!(json["options"][3]["annualCost"], "85500.00");
    assert_eq!(json["options"][4]["annualCost"], "74250.00");

    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let table = text
        .split_once("All options\n")
        .unwrap_or_else(|| panic!("no table of options in {text}"))
        .1;
    let row = |label: &str| {
        table
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("no row {label:?} in {table}"))
            .to_owned()
    };
    let first = row("Shared time, 950\u{a0}€ × 2 days/week");
    assert!(
        first.contains(" 2 ") && first.contains("85,500.00 €"),
        "{first}"
    );
    assert!(first.contains("950.00 €"), "per day of need: {first}");
    let second = row("Shared time, 1,100\u{a0}€ × 1.5 days/week");
    assert!(
        second.contains(" 1.5 ") && second.contains("74,250.00 €"),
        "{second}"
    );
    // Each offer's lines, with its own formula.
    assert!(text.contains("Shared time, 950\u{a0}€ × 2 days/week — breakdown (steady state)"));
    assert!(
        text.contains("950\u{a0}€ × 2 days/week × 45 weeks"),
        "{text}"
    );
    // The full-time hire is the reference: no break-even of its own.
    assert!(row("Full-time hire").trim_end().ends_with('—'));

    // In French, the amounts as written there.
    let out = run(&[&["--lang", "fr"], &args[..], &["--format", "markdown"]].concat());
    let text = stdout(&out);
    assert!(
        // The cheapest per day of need covered: 950 € a day against 1 100 €.
        text.contains(
            "| **Temps partagé, 950\u{a0}€ × 2\u{a0}j/sem.** (la moins chère) | 2 | 85 500,00 € |"
        ),
        "{text}"
    );
}

/// An unknown kind is bad input: exit 2, the flag and the option list named.
#[test]
fn unknown_kind_exits_2_naming_the_option_list() {
    let out = run(&["compare", "--preset", "daf", "--option", "robot"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("error: --option: options"), "{err}");
    assert!(
        err.contains("robot") && err.contains("interim-manager"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());

    let out = run(&[
        "compare", "--preset", "daf", "--option", "robot", "--format", "json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let failure: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(failure["error"]["field"], "options");
}

/// More options than a comparison shows, or a day rate out of range, are
/// refused with the option list or the option's place named.
#[test]
fn too_many_options_or_a_bad_rate_exit_2() {
    let mut args = vec!["compare", "--preset", "daf"];
    for _ in 0..6 {
        args.extend(["--option", "freelance"]);
    }
    let out = run(&args);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("--option") && err.contains("options"), "{err}");

    let out = run(&["compare", "--preset", "daf", "--option", "shared-time:10x2"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("dayRate") && err.contains("option 4"), "{err}");
}

/// The Markdown table marks the cheapest option in steady state, once.
#[test]
fn markdown_table_marks_the_cheapest() {
    let args = ["compare", "--preset", "daf", "--option", "employer-group"];
    let json = json_of(&run(&[&args[..], &["--format", "json"]].concat()));
    let cheapest = json["cheapestOption"].as_u64().unwrap() as usize;
    let label = json["options"][cheapest]["labelEn"].as_str().unwrap();

    let text = stdout(&run(&[&args[..], &["--format", "markdown"]].concat()));
    assert!(text.contains("### All options"), "{text}");
    assert!(
        text.contains(&format!("| **{label}** (cheapest) |")),
        "{label} not marked in {text}"
    );
    assert_eq!(text.matches("(cheapest)").count(), 1);
    // Its warnings under the table.
    assert!(text.contains("- **Employer group**: "), "{text}");
    // The extra option's lines with their sources.
    assert!(text.contains("\n### Employer group\n"), "{text}");
}

/// The HTML report has the table too, the cheapest row marked.
#[test]
fn report_shows_every_option() {
    let out = run(&[
        "report",
        "--preset",
        "daf",
        "--option",
        "freelance",
        "--format",
        "html",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.contains("<h3>All options</h3>"), "{html}");
    assert_eq!(html.matches("<tr class=\"cheapest\">").count(), 1);
    assert!(html.contains("<th scope=\"row\">Freelance</th>"), "{html}");
    assert!(html.contains("<h3>Freelance</h3>"), "{html}");
}

/// Without a list of options, the outputs are today's: no table of options.
#[test]
fn no_table_of_options_without_a_list() {
    for format in ["table", "markdown"] {
        let text = stdout(&run(&["compare", "--preset", "daf", "--format", format]));
        assert!(!text.contains("All options"), "{text}");
        assert!(!text.contains("(cheapest)"), "{text}");
    }
}

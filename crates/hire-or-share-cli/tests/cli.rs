//! The `hire-or-share` command as a user runs it.

use std::process::{Command, Output};

mod common;
use common::{run_on, stderr, stdout};

/// Today's date for every run: no test depends on the real clock.
const TODAY: &str = "2026-07-01";

fn run(args: &[&str]) -> Output {
    run_on(TODAY, args)
}

#[test]
fn employer_cost_json_has_the_documented_keys_and_decimal_strings() {
    let out = run(&[
        "employer-cost",
        "--gross-annual",
        "55000",
        "--headcount",
        "50",
        "--date",
        "2026-07-01",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["grossAnnual"], "55000");
    // The RGDU with the SMIC of 1 January 2026 (CSS D241-7, June 2026).
    assert_eq!(json["totalEmployerCost"], "79029.56");
    assert_eq!(json["employerContributions"], "24029.56");
    assert_eq!(json["rgdu"], "1452.00");
    assert_eq!(json["employeeContributions"], "11802.96");
    assert_eq!(json["netBeforeIncomeTax"], "43197.04");
    let first = &json["lines"][0];
    for key in [
        "id", "labelFr", "labelEn", "base", "rate", "amount", "source",
    ] {
        assert!(!first[key].is_null(), "lines[0].{key} missing: {first}");
    }
    assert_eq!(first["id"], "maladie");
    assert_eq!(first["amount"], "7150.00");
}

#[test]
fn employer_cost_options_are_applied() {
    let out = run(&[
        "employer-cost",
        "--gross-annual",
        "40000",
        "--non-cadre",
        "--headcount",
        "11",
        "--mobility-rate",
        "3.2",
        "--at-mp-rate",
        "1",
        "--health-plan",
        "60",
        "--health-plan-employer-share",
        "100",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let amount = |id: &str, payer: &str| {
        json["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == id && l["payer"] == payer)
            .map(|l| l["amount"].as_str().unwrap().to_owned())
    };
    assert_eq!(
        amount("versement_mobilite", "employer").as_deref(),
        Some("1280.00")
    );
    assert_eq!(amount("at_mp", "employer").as_deref(), Some("400.00"));
    assert_eq!(
        amount("complementaire_sante", "employer").as_deref(),
        Some("720.00")
    );
    assert_eq!(amount("complementaire_sante", "employee"), None);
    assert_eq!(amount("apec", "employer"), None);
}

#[test]
fn the_table_shows_totals_and_the_period() {
    let out = run(&[
        "employer-cost",
        "--gross-annual",
        "55000",
        "--date",
        "2026-03-01",
    ]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Total employer cost"), "{text}");
    assert!(
        text.contains("Rules 2026-01 (2026-01-01 – 2026-05-31)"),
        "{text}"
    );
    let out = run(&["--lang", "fr", "employer-cost", "--gross-annual", "55000"]);
    assert!(stdout(&out).contains("Coût total employeur"));
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_field() {
    let cases: &[(&[&str], &str)] = &[
        (&["employer-cost", "--gross-annual", "0"], "grossAnnual"),
        (&["employer-cost", "--gross-annual", "-5"], "grossAnnual"),
        (
            &["employer-cost", "--gross-annual", "20000000"],
            "grossAnnual",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "55000",
                "--headcount",
                "0",
            ],
            "headcount",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "55000",
                "--mobility-rate",
                "12",
            ],
            "mobilityRatePercent",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "55000",
                "--at-mp-rate",
                "101",
            ],
            "atMpRatePercent",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "55000",
                "--date",
                "2030-01-01",
            ],
            "date",
        ),
    ];
    for (args, field) in cases {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(field), "{args:?}: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("backtrace"),
            "{err}"
        );
        assert!(stdout(&out).is_empty());
    }
    let out = run(&["--lang", "fr", "employer-cost", "--gross-annual", "0"]);
    assert!(
        stderr(&out).contains("est inférieur au SMIC à temps plein"),
        "{}",
        stderr(&out)
    );
    let out = run(&[
        "--lang",
        "fr",
        "employer-cost",
        "--gross-annual",
        "20000000",
    ]);
    assert!(
        stderr(&out).contains(
            "n'est pas compris entre 22\u{a0}404,20\u{a0}€ et 10\u{a0}000\u{a0}000\u{a0}€"
        ),
        "{}",
        stderr(&out)
    );
    // At the cent, in both 2026 periods: the SMIC passes, a cent less is refused.
    for (date, smic, below) in [
        ("2026-03-01", "21876.40", "21876.39"),
        ("2026-09-01", "22404.20", "22404.19"),
    ] {
        let at = run(&["employer-cost", "--gross-annual", smic, "--date", date]);
        assert!(at.status.success(), "{}", stderr(&at));
        let out = run(&["employer-cost", "--gross-annual", below, "--date", date]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("(grossAnnual)"), "{}", stderr(&out));
    }
    // At the cent: the June 2026 SMIC passes, a cent less is refused.
    assert!(
        run(&["employer-cost", "--gross-annual", "22404.20"])
            .status
            .success()
    );
    let out = run(&["employer-cost", "--gross-annual", "22404.19"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .replace('\u{a0}', " ")
            .contains("22,404.20 € a year (rules of 1 June 2026"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unparsable_values_exit_2() {
    for value in ["abc", "NaN", "1e30", ""] {
        let out = run(&["employer-cost", "--gross-annual", value]);
        assert_eq!(out.status.code(), Some(2), "{value}");
        assert!(!stderr(&out).contains("panicked"));
    }
}

#[test]
fn compare_json_has_the_documented_keys() {
    let out = run(&[
        "compare",
        "--preset",
        "daf",
        "--days-per-week",
        "1",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for path in [
        "breakEven.daysPerWeek",
        "breakEven.firstYearReason",
        "fullTimeHire.annualCost",
        "fullTimeHire.firstYearCost",
        "sharedTime.annualCost",
        "sharedTime.dayRate",
        "sharedTime.weeksPerYear",
    ] {
        let value = path.split('.').fold(&json, |v, k| &v[k]);
        assert!(!value.is_null(), "{path} missing");
    }
    assert_eq!(json["breakEven"]["daysPerWeek"], "3.46");
    assert_eq!(json["sharedTime"]["dayRate"], "1000");
    let curve = json["curve"].as_array().unwrap();
    assert_eq!(curve.len(), 19);
    for key in ["daysPerWeek", "fullTimeHire", "partTimeHire", "sharedTime"] {
        assert!(curve[0][key].is_string(), "curve[0].{key}");
    }
    assert!(json["sensitivity"].as_array().unwrap().len() >= 10);
}

#[test]
fn compare_flags_override_the_scenario_file() {
    let dir = std::env::temp_dir().join(format!("hos-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("s.json");
    std::fs::write(
        &file,
        r#"{"role": "drh", "daysPerWeek": "2", "dayRate": "1200"}"#,
    )
    .unwrap();
    let out = run(&[
        "compare",
        "--scenario",
        file.to_str().unwrap(),
        "--day-rate",
        "900",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["scenario"]["role"], "drh");
    assert_eq!(json["scenario"]["daysPerWeek"], "2");
    assert_eq!(json["sharedTime"]["dayRate"], "900");
    assert_eq!(json["sharedTime"]["annualCost"], "81000.00");
}

#[test]
fn json_numbers_in_a_scenario_keep_every_digit() {
    let dir = std::env::temp_dir().join(format!("hos-cli-digits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("s.json");
    // 20 significant digits: more than a float holds.
    std::fs::write(
        &file,
        r#"{"role": "daf", "expectedTenureYears": 3.1234567891234567891, "dayRate": 1200.10}"#,
    )
    .unwrap();
    let out = run(&[
        "compare",
        "--scenario",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        json["scenario"]["expectedTenureYears"],
        "3.1234567891234567891"
    );
    assert_eq!(json["scenario"]["dayRate"], "1200.10");
    // An amount in euros is to the cent at most, in a file as anywhere: a
    // float's digits (55000.299999999996) are refused by name, never priced.
    std::fs::write(
        &file,
        r#"{"role": "daf", "grossAnnual": 55000.299999999996}"#,
    )
    .unwrap();
    let out = run(&["compare", "--scenario", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("grossAnnual"), "{}", stderr(&out));
    assert!(stderr(&out).contains("0.01"), "{}", stderr(&out));
}

#[test]
fn compare_table_and_markdown_give_the_answer() {
    let out = run(&["--lang", "fr", "compare", "--preset", "daf"]);
    assert!(out.status.success());
    let text = stdout(&out);
    // The core's answer under the role: every option weighed (the part-time
    // hire, with its legal condition), the first year where it differs, then
    // the break-evens explained where the table had them.
    assert!(
        text.starts_with(
            "Directeur administratif et financier (DAF)\nÀ 1\u{a0}jour par semaine, un recrutement à temps partiel coûte le moins cher\u{a0}: 2\u{a0}165\u{a0}€ de moins par an que le temps partagé en régime établi\u{a0}; la première année, en revanche, le temps partagé coûte 21\u{a0}502\u{a0}€ de moins que le recrutement à temps partiel, à cause du recrutement et de la vacance du poste\u{a0}; sous 24 heures par semaine (ici 7), un temps partiel n'est possible qu'à la demande écrite du salarié ou en vertu d'un accord de branche (Code du travail, art. L3123-7 et L3123-19).\n\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\nPoint mort\u{a0}: 3,46\u{a0}jours par semaine\u{a0}; en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein en régime établi.\nLa première année, recrutement et vacance du poste comptés, il n'y a pas de point mort\u{a0}: le temps partagé coûte moins cher à tout besoin jusqu'à 5\u{a0}jours par semaine.\n"),
        "{text}"
    );
    let out = run(&[
        "compare",
        "--preset",
        "dsi",
        "--days-per-week",
        "2",
        "--format",
        "markdown",
    ]);
    let text = stdout(&out);
    assert!(
        text.starts_with("## Hire or share? — IT director (CIO)"),
        "{text}"
    );
    let answer = hire_or_share::Answer::new(
        &compare_cli(&["--preset", "dsi", "--days-per-week", "2"]),
        hire_or_share::Lang::En,
    );
    assert!(
        text.contains(&format!("\n\n**{}**\n\n", answer.sentence)),
        "{text}"
    );
    assert!(
        text.contains(&format!("\n- {}\n", answer.break_even.sentence)),
        "{text}"
    );
    assert!(text.contains("| Shared time |"), "{text}");
    assert!(text.contains("](https://"), "sources are links: {text}");
}

/// The library's comparison of what `compare` is given, on the CLI's today.
fn compare_cli(args: &[&str]) -> hire_or_share::Comparison {
    let mut all = vec!["compare"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let out = run(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let scenario: hire_or_share::Scenario =
        serde_json::from_value(json["scenario"].clone()).unwrap();
    hire_or_share::compare(&scenario).unwrap()
}

#[test]
fn compare_bad_input_exits_2_with_one_line() {
    let cases: &[(&[&str], &str)] = &[
        (&["compare", "--days-per-week", "6"], "daysPerWeek"),
        (&["compare", "--days-per-week", "0"], "daysPerWeek"),
        (&["compare", "--weeks-per-year", "60"], "weeksPerYear"),
        (&["compare", "--preset", "ceo"], "daf, dsi, drh"),
        (&["compare", "--headcount", "-4"], "headcount"),
        (&["compare", "--day-rate", "-1"], "dayRate"),
        (
            &["compare", "--scenario", "/nonexistent/file.json"],
            "cannot read",
        ),
        (&["compare", "--gross-annual", "NaN"], "--gross-annual"),
        (&["compare", "--unknown-flag"], "--unknown-flag"),
    ];
    for (args, needle) in cases {
        let out = run(args);
        let expected = if needle.starts_with("cannot") { 1 } else { 2 };
        assert_eq!(
            out.status.code(),
            Some(expected),
            "{args:?}: {}",
            stderr(&out)
        );
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn presets_and_schema() {
    let out = run(&["presets", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 4);
    assert_eq!(json[0]["role"], "daf");
    assert!(json[0]["grossAnnualSource"]["title"].is_string());
    let out = run(&["presets"]);
    assert!(stdout(&out).contains("marketing"));
    let out = run(&["schema", "scenario"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(schema["properties"]["daysPerWeek"].is_object());
    let out = run(&["schema", "result"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(schema["properties"]["breakEven"].is_object());
}

#[test]
fn compare_bundle_from_a_file() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/bundle-daf-drh-marketing.json"
    );
    let out = run(&["compare", "--bundle", path, "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["totalDaysPerWeek"], "2.5");
    assert_eq!(json["sharedTime"]["annualCost"], "108000.00");
    assert_eq!(json["roles"].as_array().unwrap().len(), 3);
    let out = run(&["compare", "--bundle", path, "--format", "markdown"]);
    assert!(
        stdout(&out).contains("| Shared time, every role | 108,000.00 € |"),
        "{}",
        stdout(&out)
    );
    let out = run(&["compare", "--bundle", path, "--scenario", path]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn report_is_a_self_contained_section_with_an_svg_chart() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/drh-paris-two-days.json"
    );
    let out = run(&[
        "--lang",
        "fr",
        "report",
        "--scenario",
        path,
        "--format",
        "html",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(
        html.starts_with("<section class=\"hire-or-share-report\" lang=\"fr\">"),
        "{html}"
    );
    assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(html.matches("<polyline").count(), 3);
    assert!(html.contains("href=\"https://"), "sources are links");
    assert!(html.contains("qu&#39;un recrutement"), "text is escaped");
    assert!(!html.contains("<script"));
    let out = run(&["report", "--scenario", path, "--format", "markdown"]);
    let md = stdout(&out);
    assert!(md.starts_with("## Hire or share?"));
    assert!(md.contains("<svg"));
}

#[test]
fn every_bad_input_of_the_table_exits_2_with_one_line_naming_the_field() {
    use std::io::Write as _;
    use std::process::Stdio;
    let table: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/bad-inputs.json")).unwrap();
    let cases = table.as_array().unwrap();
    assert!(cases.len() >= 40);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let field = case["field"].as_str().unwrap();
        let scenario = case["scenario"].to_string();
        let mut child = Command::new(env!("CARGO_BIN_EXE_hire-or-share"))
            .env("HIRE_OR_SHARE_TODAY", TODAY)
            .args(["compare", "--scenario", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(scenario.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        // The field, or for an unknown field, the name given.
        let named = if field == "input" {
            case["scenario"]
                .as_object()
                .unwrap()
                .keys()
                .any(|k| err.contains(k.as_str()))
        } else {
            err.contains(field)
        };
        assert!(named, "{name}: {err}");
        assert!(stdout(&out).is_empty(), "{name}");
    }
}

#[test]
fn the_cli_json_is_the_library_result() {
    for example in [
        "daf-one-day.json",
        "drh-paris-two-days.json",
        "association-marketing-half-day.json",
    ] {
        let path = format!("{}/../../examples/{example}", env!("CARGO_MANIFEST_DIR"));
        let out = run(&["compare", "--scenario", &path, "--format", "json"]);
        assert!(out.status.success(), "{example}");
        let mut cli: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let scenario: hire_or_share::Scenario =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        // With no date of its own, the CLI's is today's.
        let (scenario, _) = scenario.on(TODAY.parse().unwrap());
        let result = hire_or_share::compare(&scenario).unwrap();
        // The comparison's keys, and the answer beside them, in the CLI's
        // language (English by default).
        let answer = cli.as_object_mut().unwrap().remove("answer").unwrap();
        assert_eq!(
            answer,
            serde_json::to_value(hire_or_share::Answer::new(&result, hire_or_share::Lang::En))
                .unwrap(),
            "{example}"
        );
        assert_eq!(cli, serde_json::to_value(result).unwrap(), "{example}");
    }
}

/// The DAF example of issue #16: 6 months at 2 days a week, then 18 at half
/// a day, on the defaults of METHODOLOGY.md's worked examples (November 2026).
const DAF_NEED: &[&str] = &[
    "compare",
    "--defaults",
    "2026-11",
    "--role",
    "daf",
    "--date",
    "2026-07-01",
    "--need",
    "6x2,18x0.5",
];

fn with(base: &[&str], extra: &[&str]) -> Vec<String> {
    base.iter().chain(extra).map(|s| (*s).to_owned()).collect()
}

fn run_owned(args: &[String]) -> Output {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&args)
}

#[test]
fn a_need_profile_gives_each_period_and_the_totals_in_json() {
    let out = run_owned(&with(DAF_NEED, &["--format", "json"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        json["scenario"]["needProfile"],
        serde_json::json!([{"months": 6, "daysPerWeek": "2"}, {"months": 18, "daysPerWeek": "0.5"}])
    );
    assert_eq!(json["scenario"]["exitWhenNeedEnds"], false);
    let p = &json["needProfile"];
    assert_eq!(p["months"], 24);
    assert_eq!(p["total"]["sharedTime"], "83941.48");
    assert_eq!(p["total"]["fullTimeHire"], "350798.99");
    assert_eq!(p["total"]["partTimeHire"], "180108.94");
    assert_eq!(p["breakEvenDaysPerWeek"], "4.16");
    assert_eq!(p["cheapest"], "sharedTime");
    assert_eq!(p["averageDaysPerWeek"], "0.88");
    assert_eq!(p["peakDaysPerWeek"], "2");
    assert_eq!(p["periods"][0]["sharedTime"], "49741.48");
    assert_eq!(p["periods"][1]["sharedTime"], "34200.00");
    assert_eq!(p["periods"][1]["startMonth"], 7);
    assert_eq!(p["byMonth"].as_array().unwrap().len(), 24);
    assert_eq!(p["warnings"][0]["id"], "part_time_at_peak");
    // The same through a scenario file, as an array or as text.
    let dir = std::env::temp_dir().join(format!("hos-cli-need-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, need) in [
        (
            "array.json",
            r#"[{"months": 6, "daysPerWeek": 2}, {"months": 18, "daysPerWeek": "0.5"}]"#,
        ),
        ("text.json", r#""6x2,18x0.5""#),
    ] {
        let file = dir.join(name);
        std::fs::write(
            &file,
            format!(
                r#"{{"role": "daf", "defaults": "2026-11", "date": "2026-07-01", "needProfile": {need}}}"#
            ),
        )
        .unwrap();
        let out = run(&[
            "compare",
            "--scenario",
            file.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let from_file: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(from_file, json, "{name}");
    }
}

#[test]
fn the_table_shows_the_need_profile_in_both_languages() {
    let out = run(DAF_NEED);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // The answer at the top is over the profile's months, and the second
    // break-even is the profile's, with its reason.
    assert!(
        text.starts_with(
            "Chief financial officer (CFO)\nOver the need profile (24 months), shared time costs the least: 96,167\u{a0}€ less in all than a part-time hire; under 24 hours a week (here 14, at the peak of the need), a part-time contract is possible only at the employee's written request or under a branch agreement (Code du travail L3123-7 and L3123-19).\n\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\nBreak-even: 3.23 days a week; below it, shared time costs less than a full-time hire in steady state.\nOver the need profile (24 months), a constant need breaks even at 4.16 days a week: below it, shared time costs less than a full-time hire over those months.\n"),
        "{text}"
    );
    let expected = "
Need that varies over 24 months
Average need: 0.88 days a week; peak: 2 days a week (the part-time recruit is hired at the peak).
  Period    From month Months         d/wk        Full time        Part time           Shared
  1                  1 6 months          2     139,551.42 €      82,033.79 €      49,741.48 €
  2                  7 18 months       0.5     211,247.57 €      98,075.15 €      34,200.00 €
  Total                24 months               350,798.99 €     180,108.94 €      83,941.48 €

Cumulative cost at the end of each period
  Month 6                             139,551.42 €      82,033.79 €      49,741.48 €
  Month 24                            350,798.99 €     180,108.94 €      83,941.48 €

Need month by month (▁ 0.5 to █ 5 days a week, · none):
  ▄▄▄▄▄▄▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁

How each total is computed
  Shared time, following the need                               83,941.48 €  Σ over the months with a need";
    assert!(text.contains(expected), "{text}");
    assert!(
        text.contains("Source: Code du travail, art. L3123-4"),
        "{text}"
    );
    assert!(
        text.contains("Part time: The part-time recruit is hired at the peak of the need"),
        "{text}"
    );
    let out = run_owned(&with(&["--lang", "fr"], DAF_NEED));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Directeur administratif et financier (DAF)\nSur la durée du profil de besoin (24\u{a0}mois), le temps partagé coûte le moins cher\u{a0}: 96\u{a0}167\u{a0}€ de moins au total qu'un recrutement à temps partiel\u{a0}; sous 24 heures par semaine (ici 14, au pic du besoin), un temps partiel n'est possible qu'à la demande écrite du salarié ou en vertu d'un accord de branche (Code du travail, art. L3123-7 et L3123-19).\n\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\nPoint mort\u{a0}: 3,23\u{a0}jours par semaine\u{a0}; en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein en régime établi.\nSur la durée du profil de besoin (24\u{a0}mois), le point mort d'un besoin constant est de 4,16\u{a0}jours par semaine\u{a0}: en dessous, le temps partagé coûte moins cher qu'un recrutement à temps plein sur ces mois.\n"),
        "{text}"
    );
    let expected = "
Besoin qui varie sur 24 mois
Besoin moyen\u{a0}: 0,88 jour par semaine\u{a0}; pic\u{a0}: 2 jours par semaine (le temps partiel est embauché au pic).
  Période  Dès le mois Durée        j/sem.      Temps plein    Temps partiel    Temps partagé
  1                  1 6 mois            2     139 551,42 €      82 033,79 €      49 741,48 €
  2                  7 18 mois         0,5     211 247,57 €      98 075,15 €      34 200,00 €
  Total                24 mois                 350 798,99 €     180 108,94 €      83 941,48 €

Coût cumulé à la fin de chaque période
  Mois 6                              139 551,42 €      82 033,79 €      49 741,48 €
  Mois 24                             350 798,99 €     180 108,94 €      83 941,48 €

Besoin mois par mois (▁ 0,5 à █ 5 jours par semaine, · aucun)\u{a0}:
  ▄▄▄▄▄▄▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁

Comment chaque total est calculé
  Temps partagé, selon le besoin                                83 941,48 €  Σ des mois avec besoin";
    assert!(text.contains(expected), "{text}");
    assert!(
        text.contains("Temps partiel\u{a0}: Le salarié à temps partiel est embauché au pic"),
        "{text}"
    );
    // Singular where it is one.
    let out = run(&["compare", "--need", "1x1,5x0"]);
    let text = stdout(&out);
    assert!(text.contains("  1                  1 1 month "), "{text}");
    assert!(text.contains("Need that varies over 6 months"), "{text}");
    assert!(
        text.contains("Average need: 0.17 days a week; peak: 1 day a week"),
        "{text}"
    );
    assert!(
        text.contains("  █·····") || text.contains("  ▂·····"),
        "{text}"
    );
    // No profile, no section.
    let out = run(&["compare", "--preset", "daf"]);
    assert!(!stdout(&out).contains("Need that varies"));
}

#[test]
fn markdown_and_html_show_the_need_profile() {
    let out = run_owned(&with(DAF_NEED, &["--format", "markdown"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    for needle in [
        "### Need that varies over 24 months",
        "| Period | From month | Months | Days a week | Full-time hire | Part-time hire | Shared time |",
        "| 1 | 1 | 6 months | 2 | 139,551.42 € | 82,033.79 € | 49,741.48 € |",
        "| 2 | 7 | 18 months | 0.5 | 211,247.57 € | 98,075.15 € | 34,200.00 € |",
        "| **Total** | | **24 months** | | **350,798.99 €** | **180,108.94 €** | **83,941.48 €** |",
        "\n**Over the need profile (24 months), shared time costs the least: 96,167\u{a0}€ less in all than a part-time hire; under 24 hours a week",
        "\n- Over the need profile (24 months), a constant need breaks even at 4.16 days a week: below it,",
        "- Part time: The part-time recruit is hired at the peak",
        "| 24 | 350,798.99 € | 180,108.94 € | 83,941.48 € |",
        "`▄▄▄▄▄▄▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁`",
        "| Part-time hire, hired at the peak | 180,108.94 € | as full time, at 2 days a week (40% of full time)",
        "](https://code.travail.gouv.fr/",
    ] {
        assert!(md.contains(needle), "{needle}\n{md}");
    }
    let mut report = with(DAF_NEED, &["--format", "html"]);
    report[0] = "report".to_owned();
    for lang in ["en", "fr"] {
        let args = with(&["--lang", lang], &[]);
        let args: Vec<String> = args.into_iter().chain(report.iter().cloned()).collect();
        let out = run_owned(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let html = stdout(&out);
        assert_eq!(html.matches("<svg xmlns").count(), 2, "{html}");
        // The curve's three lines, then the profile's need and three costs.
        assert_eq!(html.matches("<polyline").count(), 7);
        assert!(!html.contains("<script"));
        let section = &html[html.find("<section class=\"need-profile\">").unwrap()..];
        let (head, periods, total, answer) = if lang == "en" {
            (
                "<h3>Need that varies over 24 months</h3>",
                [
                    "<tr><th scope=\"row\">1</th><td>1</td><td>6 months</td><td>2</td><td>139,551.42 €</td><td>82,033.79 €</td><td>49,741.48 €</td></tr>",
                    "<tr><th scope=\"row\">2</th><td>7</td><td>18 months</td><td>0.5</td><td>211,247.57 €</td><td>98,075.15 €</td><td>34,200.00 €</td></tr>",
                ],
                "<tfoot><tr><th scope=\"row\">Total</th><td></td><td>24 months</td><td></td><td>350,798.99 €</td><td>180,108.94 €</td><td>83,941.48 €</td></tr></tfoot>",
                "<p><strong>Over the need profile (24 months), shared time costs the least: 96,167\u{a0}€ less in all than a part-time hire; under 24 hours a week (here 14, at the peak of the need), a part-time contract is possible only at the employee&#39;s written request or under a branch agreement (Code du travail L3123-7 and L3123-19).</strong></p>\n<p>Break-even: 3.23 days a week; below it, shared time costs less than a full-time hire in steady state.</p>\n<p>Over the need profile (24 months), a constant need breaks even at 4.16 days a week: below it, shared time costs less than a full-time hire over those months.</p>\n",
            )
        } else {
            (
                "<h3>Besoin qui varie sur 24 mois</h3>",
                [
                    "<tr><th scope=\"row\">1</th><td>1</td><td>6 mois</td><td>2</td><td>139 551,42 €</td><td>82 033,79 €</td><td>49 741,48 €</td></tr>",
                    "<tr><th scope=\"row\">2</th><td>7</td><td>18 mois</td><td>0,5</td><td>211 247,57 €</td><td>98 075,15 €</td><td>34 200,00 €</td></tr>",
                ],
                "<tfoot><tr><th scope=\"row\">Total</th><td></td><td>24 mois</td><td></td><td>350 798,99 €</td><td>180 108,94 €</td><td>83 941,48 €</td></tr></tfoot>",
                "<p><strong>Sur la durée du profil de besoin (24\u{a0}mois), le temps partagé coûte le moins cher\u{a0}: 96\u{a0}167\u{a0}€ de moins au total qu&#39;un recrutement à temps partiel\u{a0}; sous 24 heures par semaine (ici 14, au pic du besoin), un temps partiel n&#39;est possible qu&#39;à la demande écrite du salarié ou en vertu d&#39;un accord de branche (Code du travail, art. L3123-7 et L3123-19).</strong></p>\n<p>Point mort\u{a0}: 3,23\u{a0}jours par semaine\u{a0}; en dessous, le temps partagé coûte moins cher qu&#39;un recrutement à temps plein en régime établi.</p>\n<p>Sur la durée du profil de besoin (24\u{a0}mois), le point mort d&#39;un besoin constant est de 4,16\u{a0}jours par semaine\u{a0}: en dessous, le temps partagé coûte moins cher qu&#39;un recrutement à temps plein sur ces mois.</p>\n",
            )
        };
        for needle in [head, periods[0], periods[1], total] {
            assert!(section.contains(needle), "{needle}\n{section}");
        }
        // The answer over the profile is at the top, before the sections.
        let at = html
            .find(answer)
            .unwrap_or_else(|| panic!("{answer}\n{html}"));
        assert!(at < html.find("<section class=\"need-profile\">").unwrap());
        assert!(section.contains("<p class=\"warning\">"), "{section}");
        assert!(
            section.contains("<a href=\"https://code.travail.gouv.fr/"),
            "{section}"
        );
        // The chart: the need as a step line (6 months at 2 days, then 18 at
        // half a day), each option's cumulative cost from 0 to its total.
        let svg = &section[section.find("<svg").unwrap()..section.find("</svg>").unwrap()];
        assert!(
            svg.contains("<polyline points=\"72.0,174.4 200.0,174.4 200.0,253.6 584.0,253.6\""),
            "{svg}"
        );
        assert_eq!(svg.matches("<polyline").count(), 4);
        assert_eq!(svg.matches("72.0,280.0 ").count(), 3, "{svg}");
    }
    // The Markdown report carries both charts too.
    let last = report.len() - 1;
    report[last] = "markdown".to_owned();
    let md = stdout(&run_owned(&report));
    assert_eq!(md.matches("<svg xmlns").count(), 2);
}

#[test]
fn a_need_that_ends_can_end_the_contract() {
    let base = ["compare", "--preset", "daf", "--need", "6x2,18x0.5,6x0"];
    let out = run_owned(&with(&base, &["--format", "json"]));
    let kept: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let out = run_owned(&with(&base, &["--exit-when-need-ends", "--format", "json"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let exit: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(exit["scenario"]["exitWhenNeedEnds"], true);
    let ids = |json: &serde_json::Value| -> Vec<String> {
        json["needProfile"]["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(!ids(&kept).contains(&"need_profile_exit".to_owned()));
    assert!(ids(&exit).contains(&"need_profile_exit".to_owned()));
    let out = run_owned(&with(&base, &["--exit-when-need-ends"]));
    assert!(
        stdout(&out).contains("The full-time recruit leaves when the need ends"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_malformed_need_exits_2_naming_need_profile_and_the_period() {
    let cases: &[(&str, Option<u32>)] = &[
        ("0x2", Some(1)),
        ("6x2,61x1", Some(2)),
        ("6x5.5", Some(1)),
        ("6x2,3x1,4x1.25", Some(3)),
        ("6x-1", Some(1)),
        ("30x2,31x1", None),
        ("6x0,6x0", None),
        ("6x", None),
        ("abc", None),
        ("6x2;18x1", None),
        // Of several periods, the one that does not read is named.
        ("6x2,18xabc", Some(2)),
    ];
    for (need, period) in cases {
        for lang in ["en", "fr"] {
            let out = run(&["--lang", lang, "compare", "--need", need]);
            assert_eq!(out.status.code(), Some(2), "{need}");
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "{need}: {err}");
            assert!(err.contains("needProfile"), "{need}: {err}");
            assert!(stdout(&out).is_empty());
            let word = if lang == "fr" { "période" } else { "period" };
            match period {
                Some(n) => assert!(
                    err.contains(&format!("(needProfile), {word} {n}")),
                    "{need}: {err}"
                ),
                None => assert!(
                    !err.contains(&format!("(needProfile), {word}")),
                    "{need}: {err}"
                ),
            }
            if lang == "fr" {
                assert!(err.contains("besoin qui varie"), "{err}");
            }
        }
    }
    let many = vec!["1x1"; 25].join(",");
    let out = run(&["compare", "--need", &many]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("needProfile"));
    // In a report too, and in a scenario file.
    let out = run(&["--lang", "fr", "report", "--need", "6x2,0x1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("besoin qui varie (needProfile), période 2"),
        "{}",
        stderr(&out)
    );
    // An empty need is no need profile.
    let out = run(&["compare", "--need", "", "--format", "json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(json["needProfile"].is_null());
}

/// Every numeric flag takes a negative value as a value (not as another
/// flag), so that the error is the field's own, with its range: exit 2.
#[test]
fn every_numeric_flag_takes_a_negative_value_and_names_its_field() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["employer-cost", "--gross-annual", "-50000"],
            "grossAnnual",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "50000",
                "--headcount",
                "-3",
            ],
            "headcount",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "50000",
                "--mobility-rate",
                "-1",
            ],
            "mobilityRatePercent",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "50000",
                "--at-mp-rate",
                "-1",
            ],
            "atMpRatePercent",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "50000",
                "--health-plan",
                "-1",
            ],
            "healthPlanMonthly",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "50000",
                "--health-plan-employer-share",
                "-1",
            ],
            "healthPlanEmployerSharePercent",
        ),
        (
            &[
                "employer-cost",
                "--gross-annual",
                "50000",
                "--apprentice-ratio",
                "-1",
            ],
            "apprenticeRatioPercent",
        ),
        (&["compare", "--gross-annual", "-1"], "grossAnnual"),
        (&["compare", "--day-rate", "-900"], "dayRate"),
        (&["compare", "--days-per-week", "-1"], "daysPerWeek"),
        (&["compare", "--weeks-per-year", "-45"], "weeksPerYear"),
        (&["compare", "--headcount", "-3"], "headcount"),
        (&["report", "--headcount", "-3"], "headcount"),
    ];
    for (args, field) in cases {
        let out = run(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(&format!("({field})")), "{args:?}: {err}");
    }
}

/// Ranges and the verdict say 1 day, 2 days; 1 jour, 1,5 jour, 2 jours.
#[test]
fn singular_and_plural_in_both_languages() {
    let out = run(&["compare", "--weeks-per-year", "53"]);
    assert_eq!(
        stderr(&out).trim_end(),
        "error: Weeks of shared time a year (weeksPerYear): 53 weeks/year is not between 1 week/year and 52 weeks/year"
    );
    let out = run(&["compare", "--days-per-week", "-1"]);
    assert!(
        stderr(&out).contains("-1 days/week is not between 0.5 days/week and 5 days/week"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--lang", "fr", "compare", "--days-per-week", "1.5"]);
    assert!(
        stdout(&out).contains("\nÀ 1,5\u{a0}jour par semaine, "),
        "{}",
        stdout(&out)
    );
    let out = run(&["--lang", "fr", "compare", "--days-per-week", "2"]);
    assert!(
        stdout(&out).contains("\nÀ 2\u{a0}jours par semaine, "),
        "{}",
        stdout(&out)
    );
    let out = run(&["compare", "--days-per-week", "1"]);
    assert!(
        stdout(&out).contains("\nAt 1 day a week, "),
        "{}",
        stdout(&out)
    );
    let out = run(&["compare", "--days-per-week", "0.5"]);
    assert!(
        stdout(&out).contains("\nAt 0.5 days a week, "),
        "{}",
        stdout(&out)
    );
    // Formulas: one week, one year of tenure.
    let out = run(&[
        "--lang",
        "fr",
        "compare",
        "--weeks-per-year",
        "1",
        "--format",
        "json",
    ]);
    assert!(
        stdout(&out).contains("\"1\u{a0}000\u{a0}€ × 1\u{a0}j/sem. × 1\u{a0}semaine\""),
        "{}",
        stdout(&out)
    );
    let out = run(&["compare", "--weeks-per-year", "1", "--format", "json"]);
    assert!(stdout(&out).contains("× 1 week\""), "{}", stdout(&out));
}

/// With no date, the rules are today's; past the last known period, the
/// last one's, with a notice on standard error that the output leaves out.
#[test]
fn the_rules_are_todays_and_past_their_end_say_so() {
    let out = run_on(
        "2026-03-02",
        &["compare", "--preset", "daf", "--format", "json"],
    );
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["period"]["name"], "2026-01");
    assert_eq!(json["scenario"]["date"], "2026-03-02");
    assert_eq!(stderr(&out), "");
    let out = run_on(
        "2027-01-05",
        &["--lang", "fr", "compare", "--preset", "daf"],
    );
    assert!(out.status.success());
    assert_eq!(
        stderr(&out).trim_end(),
        "avertissement: Les paramètres 2027 (plafond de la sécurité sociale, SMIC…) ne sont pas \
         encore intégrés\u{a0}: calcul avec les règles du 1er juin 2026 (urssaf.fr)."
    );
    assert!(!stdout(&out).contains("avertissement"));
    let out = run_on(
        "2027-01-05",
        &[
            "employer-cost",
            "--gross-annual",
            "55000",
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["period"]["name"], "2026-06");
    assert!(
        stderr(&out).starts_with("warning: The 2027 parameters"),
        "{}",
        stderr(&out)
    );
    // A date given stays the user's: outside the known periods, an error.
    let out = run_on("2027-01-05", &["compare", "--date", "2027-01-05"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("(date)"), "{}", stderr(&out));
    let out = run_on("someday", &["compare"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Issue #24: a DAF under 20 employees gets the AT/MP support-function rate
/// by default (defaults 2026-12 and later), 0.64 % of the salary; from 20, the 2.08 %
/// average; `employer-cost` applies it when asked.
#[test]
fn a_daf_under_20_employees_gets_the_support_function_rate() {
    let at_mp = |headcount: &str| {
        let out = run(&[
            "compare",
            "--preset",
            "daf",
            "--headcount",
            headcount,
            "--format",
            "json",
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let lines = json["fullTimeHire"]["employerCost"]["lines"]
            .as_array()
            .unwrap();
        let line = lines.iter().find(|l| l["id"] == "at_mp").unwrap().clone();
        assert_eq!(json["scenario"]["atMpSupportFunction"], true);
        line
    };
    let line = at_mp("10");
    assert_eq!(line["rate"], "0.64");
    assert_eq!(line["amount"], "576.00"); // 0.64 % × 90 000
    assert!(
        line["source"]["title"]
            .as_str()
            .unwrap()
            .contains("fonctions support"),
        "{line}"
    );
    assert_eq!(at_mp("20")["rate"], "2.08");
    let out = run(&[
        "employer-cost",
        "--gross-annual",
        "85000",
        "--headcount",
        "10",
        "--at-mp-support-function",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let lines = json["lines"].as_array().unwrap();
    let line = lines.iter().find(|l| l["id"] == "at_mp").unwrap();
    assert_eq!(line["amount"], "544.00");
}

/// Issue #24: a DRH whose employer cannot recover VAT pays the taxe sur les
/// salaires on the recruit's pay, 9 950.87 € at 82 000 € (METHODOLOGY.md 2);
/// `--salary-tax false` leaves it out.
#[test]
fn a_drh_without_vat_recovery_costs_the_salary_tax() {
    let tax = |extra: &[&str]| {
        let mut args = vec!["compare", "--preset", "drh", "--vat-recoverable", "false"];
        args.extend_from_slice(extra);
        args.extend(["--format", "json"]);
        let out = run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let lines = json["fullTimeHire"]["employerCost"]["lines"]
            .as_array()
            .unwrap()
            .clone();
        lines
            .iter()
            .filter(|l| l["id"].as_str().unwrap().starts_with("taxe_salaires"))
            .map(|l| l["amount"].as_str().unwrap().parse::<f64>().unwrap())
            .sum::<f64>()
    };
    assert!((tax(&[]) - 9950.87).abs() < 1e-9, "{}", tax(&[]));
    assert!(tax(&["--salary-tax", "false"]).abs() < 1e-9);
    // An association's allowance left by its other staff comes off it.
    let left = tax(&["--salary-tax-allowance", "5000"]);
    assert!((left - 4950.87).abs() < 1e-9, "{left}");
    assert!(tax(&["--salary-tax-allowance", "24256"]).abs() < 1e-9);
}

/// Issue #24: "1.100" in a scenario file is read as 1.10 €, which no day
/// rate is: refused, naming the day rate and its range, never priced.
#[test]
fn a_day_rate_of_a_few_euros_is_refused_with_its_range() {
    let dir = std::env::temp_dir().join(format!("hos-day-rate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("scenario.json");
    std::fs::write(&file, r#"{ "role": "daf", "dayRate": "1.100" }"#).unwrap();
    let out = run(&["compare", "--scenario", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(message.contains("day rate excluding VAT"), "{message}");
    assert!(message.contains("1.10"), "{message}");
    assert!(message.contains("between 100"), "{message}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue #24: `--location paris --headcount 50` costs the Paris mobility
/// levy, 3.20 %; `elsewhere` none.
#[test]
fn the_location_sets_the_mobility_levy() {
    let vm = |location: &str| {
        let out = run(&[
            "compare",
            "--preset",
            "daf",
            "--location",
            location,
            "--headcount",
            "50",
            "--format",
            "json",
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(json["scenario"]["location"], location);
        let lines = json["fullTimeHire"]["employerCost"]["lines"]
            .as_array()
            .unwrap()
            .clone();
        lines.into_iter().find(|l| l["id"] == "versement_mobilite")
    };
    let paris = vm("paris").expect("a mobility levy");
    assert_eq!(
        (paris["rate"].as_str(), paris["amount"].as_str()),
        (Some("3.20"), Some("2880.00"))
    );
    assert!(vm("elsewhere").is_none());
    let out = run(&["compare", "--location", "mars"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("location"), "{}", stderr(&out));
}

/// Issue #24: the days on both sides, each option's cost per day of need and
/// its first year as cash and valued time, in the table; the usual exit of a
/// cadre and a firm's guarantee from flags (figures of the core's test
/// `days_on_one_basis_cash_apart_and_the_usual_exits`).
#[test]
fn the_table_puts_days_on_one_basis_and_cash_first() {
    let out = run(&["compare", "--preset", "daf"]);
    let text = stdout(&out);
    assert!(
        text.contains("the need, 45 (1 d × 45 weeks), which shared time bills; the full-time recruit works 212"),
        "{text}"
    );
    let row = text
        .lines()
        .find(|l| l.contains("3,460.27"))
        .unwrap_or_default();
    assert!(
        row.starts_with("Full-time hire")
            && row.contains("168,615.30")
            && row.contains("37,019.81"),
        "{text}"
    );
    let out = run(&[
        "compare",
        "--preset",
        "daf",
        "--include-exit-cost",
        "true",
        "--rupture-conventionnelle",
        "true",
        "--recruitment-guarantee",
        "true",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let lines = json["fullTimeHire"]["lines"].as_array().unwrap();
    let amount = |id: &str| lines.iter().find(|l| l["id"] == id).unwrap()["amount"].clone();
    assert_eq!(amount("exit_cost"), "2625.00");
    assert_eq!(amount("recruitment"), "7248.30");
}

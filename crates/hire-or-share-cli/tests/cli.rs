//! The `hire-or-share` command as a user runs it.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hire-or-share"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
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
    assert_eq!(json["totalEmployerCost"], "78930.56");
    assert_eq!(json["employerContributions"], "23930.56");
    assert_eq!(json["rgdu"], "1551.00");
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
    assert!(stderr(&out).contains("n'est pas compris entre"));
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
    assert_eq!(json["breakEven"]["daysPerWeek"], "3.23");
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
        r#"{"role": "daf", "grossAnnual": 85000.123456789123456789, "dayRate": 1200.10}"#,
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
    assert_eq!(json["scenario"]["grossAnnual"], "85000.123456789123456789");
    assert_eq!(json["scenario"]["dayRate"], "1200.10");
}

#[test]
fn compare_table_and_markdown_give_the_verdict() {
    let out = run(&["--lang", "fr", "compare", "--preset", "daf"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains(
            "À 1 jour(s) par semaine, le temps partagé vous coûte 100 298,55 € de moins par an"
        ),
        "{text}"
    );
    assert!(
        text.contains("Point mort\u{a0}: 3,23 jours par semaine"),
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
    assert!(text.contains("| Shared time |"), "{text}");
    assert!(text.contains("](https://"), "sources are links: {text}");
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
        let cli: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let scenario: hire_or_share::Scenario =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let library = serde_json::to_value(hire_or_share::compare(&scenario).unwrap()).unwrap();
        assert_eq!(cli, library, "{example}");
    }
}

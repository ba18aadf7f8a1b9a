//! Proposals that keep their figures (issue #17): `report` links to its
//! figures pinned to their rules and defaults, and a scenario on other rules
//! than today's says so, with today's figures.

mod common;
use common::{run_on, stderr, stdout};

#[test]
fn a_report_links_to_its_figures_pinned() {
    let args = [
        "--lang",
        "en",
        "report",
        "--role",
        "drh",
        "--days-per-week",
        "1.5",
        "--link-base",
        "https://example.fr/calculateur",
    ];
    let out = run_on("2026-12-03", &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    let link = "https://example.fr/calculateur?v=1&amp;role=drh&amp;defaults=2026-12c&amp;days-per-week=1.5&amp;date=2026-06-01";
    assert!(html.contains(&format!("<a href=\"{link}\">")), "{html}");
    assert!(html.trim_end().ends_with("</section>"), "{html}");
    // Today's figures are the report's: no note.
    assert!(!html.contains("Computed with the rules of"), "{html}");
    // In February, the link keeps the June rules (the last known period).
    let out = run_on("2027-02-01", &args);
    assert!(stdout(&out).contains("date=2026-06-01"));
    assert!(stderr(&out).contains("2027 parameters"), "{}", stderr(&out));
    // Without an address, the query to add, in Markdown too.
    let out = run_on(
        "2026-07-01",
        &[
            "--lang", "fr", "report", "--role", "daf", "--format", "markdown",
        ],
    );
    let md = stdout(&out);
    assert!(
        md.trim_end().ends_with(
            "ajoutez à l'adresse du calculateur\u{a0}: `?v=1&role=daf&defaults=2026-12c&date=2026-06-01`"
        ),
        "{md}"
    );
}

#[test]
fn a_scenario_on_older_rules_shows_todays_figures() {
    let args = [
        "--lang",
        "en",
        "compare",
        "--role",
        "drh",
        "--gross-annual",
        "30000",
        "--date",
        "2026-03-02",
    ];
    let out = run_on("2026-12-03", &args);
    assert!(out.status.success(), "{}", stderr(&out));
    // The RGDU keeps the January SMIC all year (CSS D241-7, June 2026): the
    // June rules give the same figure at 30 000 €.
    let note = "Computed with the rules of 1 January 2026 and the defaults of December 2026 (version 2026-12c). With today's rules and defaults: 12,860.98\u{a0}€ a year less (change 0.00\u{a0}€).";
    assert!(stdout(&out).trim_end().ends_with(note), "{}", stdout(&out));
    // As JSON, the result stays the output and the note goes to stderr.
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let out = run_on("2026-12-03", &json_args);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["period"]["name"], "2026-01");
    assert_eq!(json["scenario"]["defaults"], "2026-12c");
    assert!(stderr(&out).contains(note), "{}", stderr(&out));
    // In French, in the report.
    let out = run_on(
        "2026-12-03",
        &[
            "--lang",
            "fr",
            "report",
            "--role",
            "drh",
            "--gross-annual",
            "30000",
            "--date",
            "2026-03-02",
        ],
    );
    let html = stdout(&out);
    let note = "<p class=\"pinned\">Calculé avec les règles du 1er janvier 2026 et les hypothèses de décembre 2026 (version 2026-12c). Avec les règles et hypothèses en vigueur aujourd&#39;hui\u{a0}: 12\u{a0}860,98\u{a0}€ de moins par an (écart 0,00\u{a0}€).</p>";
    assert!(html.contains(note), "{html}");
    // A scenario file naming an unknown version of the defaults is refused, by name.
    let dir = std::env::temp_dir().join(format!("hos-pinned-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("old.json");
    std::fs::write(&file, r#"{ "role": "daf", "defaults": "2019-01" }"#).unwrap();
    let out = run_on(
        "2026-12-03",
        &[
            "--lang",
            "en",
            "compare",
            "--scenario",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("defaults"), "{}", stderr(&out));
    assert!(stderr(&out).contains("2026-11"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

//! The result: the verdict, the break-even, the cost of each option, the
//! chart, and the breakdowns with the source of every line.

use std::fmt::Write as _;

use hire_or_share::{Answer, Comparison, Lang, OptionCost, Payer};
use rust_decimal::Decimal;
use web_sys::{Document, Element};

use super::chart;
use super::dom::{Formats, add, after, attr, button, data_row, el, figure, prepend, table_in};
use super::lines::{line_headers, line_rows, source_cell};
use super::model::Model;
use super::number::{plain, read_number, shown};
use super::text::{fill, t};
use super::view::View;

fn option_card(
    doc: &Document,
    fmt: &Formats,
    lang: Lang,
    key: &str,
    title: &str,
    cost: &OptionCost,
    note: Option<&str>,
) -> Element {
    let card = el(doc, "article", &["card ", key].concat(), None);
    add(&card, &el(doc, "h2", "", Some(title)));
    let list = el(doc, "dl", "", None);
    // Each figure: its key's suffix, its label, its amount. The first year
    // comes whole, then as cash first and the time it costs.
    let figures = [
        (
            "annual",
            Lang::Fr.text("Par an, en régime établi"),
            Lang::En.text("A year, steady state"),
            cost.annual_cost,
        ),
        (
            "first-year",
            Lang::Fr.text("La première année"),
            Lang::En.text("The first year"),
            cost.first_year_cost,
        ),
        (
            "per-day",
            Lang::Fr.text("Par jour de travail"),
            Lang::En.text("Per day of work"),
            cost.cost_per_productive_day,
        ),
        (
            "per-day-of-need",
            Lang::Fr.text("Par jour de besoin couvert"),
            Lang::En.text("Per day of need covered"),
            cost.cost_per_day_of_need,
        ),
        (
            "first-year-cash",
            Lang::Fr.text("1re année, décaissé"),
            Lang::En.text("First year, cash"),
            cost.first_year_cash,
        ),
        (
            "first-year-valued",
            Lang::Fr.text("1re année, temps valorisé (non décaissé)"),
            Lang::En.text("First year, valued time (not cash)"),
            cost.first_year_valued_time,
        ),
    ];
    for (suffix, fr, en, amount) in figures {
        let key = [key, "-", suffix].concat();
        figure(
            doc,
            &list,
            &key,
            t(lang, fr, en),
            &fmt.euros(&amount),
            Some(plain(amount)),
        );
    }
    add(&card, &list);
    if let Some(note) = note {
        add(&card, &el(doc, "p", "note", Some(note)));
    }
    card
}

/// The full-time hire's employer contributions line by line, each with its
/// base, rate and source: the "employer cost" line of its breakdown, traced.
fn contributions(doc: &Document, fmt: &Formats, lang: Lang, r: &Comparison, details: &Element) {
    let payroll = &r.full_time_hire.employer_cost;
    let rows = table_in(
        doc,
        details,
        t(lang, "Cotisations patronales", "Employer contributions"),
        &[
            t(lang, "Cotisation", "Contribution"),
            t(lang, "Assiette", "Base"),
            t(lang, "Taux", "Rate"),
            t(lang, "Montant", "Amount"),
            t(lang, "Source", "Source"),
        ],
    );
    for line in payroll.lines.iter().filter(|l| l.payer == Payer::Employer) {
        // The rate as the law writes it, every decimal kept (0.016 %).
        let rate = fill(
            t(lang, "{}\u{a0}%", "{}%"),
            &[&shown(&plain(line.rate.normalize()), lang)],
        );
        let row = data_row(
            doc,
            t(lang, line.label_fr, line.label_en),
            &[
                ("amount", &fmt.euros(&line.base)),
                ("amount", &rate),
                ("amount", &fmt.euros(&line.amount)),
            ],
        );
        add(&row, &source_cell(doc, lang, Some(line.source), false));
        add(&rows, &row);
    }
}

fn breakdown(
    doc: &Document,
    fmt: &Formats,
    lang: Lang,
    key: &str,
    r: &Comparison,
    details: &Element,
) {
    let Some((title, cost)) = option_of(key, r, lang) else {
        return;
    };
    let steady = table_in(doc, details, title, &line_headers(lang));
    // Two groups of rows, each under a heading row: steady state, first year.
    let first = el(doc, "tbody", "", None);
    after(&steady, &first);
    for (rows, heading, total, lines) in [
        (
            &steady,
            t(lang, "Régime établi, par an", "Steady state, a year"),
            cost.annual_cost,
            &cost.lines,
        ),
        (
            &first,
            t(lang, "Première année", "First year"),
            cost.first_year_cost,
            &cost.first_year_lines,
        ),
    ] {
        let row = el(doc, "tr", "group", None);
        let cell = el(
            doc,
            "th",
            "",
            Some(&format!("{heading} — {title} — {}", fmt.euros(&total))),
        );
        attr(&cell, "colspan", "4");
        attr(&cell, "scope", "rowgroup");
        add(&row, &cell);
        add(rows, &row);
        line_rows(doc, fmt, lang, rows, lines);
    }
}

fn sensitivity(doc: &Document, fmt: &Formats, lang: Lang, r: &Comparison, details: &Element) {
    let rows = table_in(
        doc,
        details,
        t(lang, "Sensibilité", "Sensitivity"),
        &[
            t(lang, "Hypothèse", "Assumption"),
            t(lang, "−20\u{a0}%", "−20%"),
            t(lang, "+20\u{a0}%", "+20%"),
        ],
    );
    let show = |b: Option<Decimal>| {
        b.map_or_else(
            || "—".to_owned(),
            |d| format!("{} {}", fmt.number(&d), t(lang, "j/sem.", "d/wk")),
        )
    };
    for s in r.sensitivity.iter().take(8) {
        // The salary −20 % below the SMIC: the row is at the SMIC, and says so.
        let label = if s.low_at_minimum_wage {
            t(
                lang,
                "Salaire brut annuel (−20\u{a0}%\u{a0}: au SMIC)",
                "Gross annual salary (−20%: at the SMIC)",
            )
        } else {
            t(lang, s.label_fr, s.label_en)
        };
        add(
            &rows,
            &data_row(
                doc,
                label,
                &[
                    ("", &show(s.low_break_even)),
                    ("", &show(s.high_break_even)),
                ],
            ),
        );
    }
}

fn horizon(doc: &Document, fmt: &Formats, lang: Lang, r: &Comparison, details: &Element) {
    let rows = table_in(
        doc,
        details,
        t(lang, "Coût cumulé", "Cumulative cost"),
        &[
            t(lang, "Année", "Year"),
            t(lang, "Temps plein", "Full time"),
            t(lang, "Temps partiel", "Part time"),
            t(lang, "Temps partagé", "Shared time"),
        ],
    );
    for y in &r.horizon {
        add(
            &rows,
            &data_row(
                doc,
                &plain(Decimal::from(y.year)),
                &[
                    ("", &fmt.euros(&y.cumulative_full_time_hire)),
                    ("", &fmt.euros(&y.cumulative_part_time_hire)),
                    ("", &fmt.euros(&y.cumulative_shared_time)),
                ],
            ),
        );
    }
}

/// For the printed proposal: the inputs of this calculation, and every
/// assumption that differs from its default, with the default beside it.
fn print_summary(view: &View, model: &Model, r: &Comparison, link: &str) -> Element {
    let (doc, fmt, lang) = (&view.doc, &model.fmt, view.lang);
    let section = el(doc, "section", "print-summary", None);
    let preset = r.scenario.role.preset();
    add(
        &section,
        &el(
            doc,
            "h2",
            "",
            Some(t(lang, preset.label_fr, preset.label_en)),
        ),
    );
    let list = el(doc, "dl", "", None);
    let row = |label: &str, value: String| {
        add(&list, &el(doc, "dt", "", Some(label)));
        add(&list, &el(doc, "dd", "", Some(&value)));
    };
    row(
        t(
            lang,
            "Salaire brut annuel d'un recrutement",
            "Gross annual salary of a hire",
        ),
        fmt.euros(&r.scenario.gross_annual),
    );
    row(
        t(lang, "Tarif journalier HT", "Day rate excl. VAT"),
        fmt.euros(&r.scenario.day_rate),
    );
    row(
        t(lang, "Besoin", "Need"),
        format!(
            "{} {}",
            fmt.number(&r.scenario.days_per_week),
            t(lang, "j/sem.", "days/week")
        ),
    );
    for a in hire_or_share::Defaults::current().assumptions {
        if let Some(value) = model.values.get(a.field) {
            let default = model.defaults.get(a.field).unwrap_or_default();
            let show = |text: &str| {
                read_number(text, lang).map_or_else(|| text.to_owned(), |d| fmt.number(&d))
            };
            row(
                t(lang, a.label_fr, a.label_en),
                format!(
                    "{} ({} {})",
                    show(value),
                    t(lang, "par défaut", "default"),
                    show(&default)
                ),
            );
        }
    }
    if let Some(profile) = &r.scenario.need_profile {
        let mut periods = String::new();
        for p in profile.periods() {
            if !periods.is_empty() {
                periods.push_str(", ");
            }
            let _ = write!(periods, "{} × {}", p.months, fmt.number(&p.days_per_week));
        }
        row(
            t(
                lang,
                "Besoin qui varie (mois × jours par semaine)",
                "Need that varies (months × days a week)",
            ),
            periods,
        );
    }
    row(
        t(lang, "Règles sociales", "Payroll rules"),
        format!(
            "{} ({} – {})",
            r.period.name,
            r.period.start.iso(),
            r.period.end.iso()
        ),
    );
    // The printed page's link opens on the same figures later.
    row(
        t(lang, "Lien de ces chiffres", "Link to these figures"),
        link.to_owned(),
    );
    add(&section, &list);
    section
}

/// Replaces the result with `r`, on the scenario's share `link` (for the
/// printed page): the answer and its summary first (the answer's element
/// stays, it is the live region), then the figures, each option, the chart
/// and the breakdowns.
pub(super) fn render(view: &View, model: &Model, r: &Comparison, link: &str) {
    let (doc, fmt, lang) = (&view.doc, &model.fmt, view.lang);
    let answer = Answer::new(r, lang);
    view.answer.set_text_content(Some(&answer.sentence));
    attr(&view.answer, "data-value", &plain(answer.figure));
    attr(&view.answer, "data-cheapest", cheapest_key(answer.cheapest));
    // What shared time saves against a full-time hire, whichever is
    // cheapest: the figure hosts and tests have read from the start.
    attr(&view.answer, "data-savings", &plain(r.savings.amount));
    view.summary.set_text_content(Some(&answer.summary()));
    let results = &view.results;
    results.set_text_content(None);
    add(results, &print_summary(view, model, r, link));

    // The break-even, explained; a second one only with its reason.
    let figures = el(doc, "dl", "figures", None);
    let be = &answer.break_even;
    figure(
        doc,
        &figures,
        "break-even",
        t(lang, "Point mort", "Break-even"),
        &be.sentence,
        be.days_per_week.map(plain),
    );
    if let Some(second) = &answer.second_break_even {
        figure(
            doc,
            &figures,
            "second-break-even",
            t(lang, "Second point mort", "Second break-even"),
            &second.sentence,
            second.days_per_week.map(plain),
        );
    }
    figure(
        doc,
        &figures,
        "time-to-value",
        t(lang, "Opérationnel en", "Operational in"),
        &fill(
            t(
                lang,
                "{} semaines en temps partagé, {} pour un recrutement",
                "{} weeks with shared time, {} for a hire",
            ),
            &[
                &fmt.number(&r.time_to_value.shared_time_weeks),
                &fmt.number(&r.time_to_value.full_time_hire_weeks),
            ],
        ),
        None,
    );
    add(results, &figures);
    // A need that varies: its answer first, then the constant need's.
    if let Some(p) = &r.need_profile {
        add(results, &super::profile::section(doc, fmt, lang, p));
    }

    let cards = el(doc, "div", "cards", None);
    let shared_note = fill(
        t(
            lang,
            "{} HT par jour × {} semaines",
            "{} excl. VAT a day × {} weeks",
        ),
        &[
            &fmt.euros(&r.shared_time.day_rate),
            &fmt.number(&r.shared_time.weeks_per_year),
        ],
    );
    // Each option: its key, its card's title, its cost and its card's note.
    let options = [
        (
            "shared-time",
            t(lang, "Temps partagé", "Shared time"),
            &r.shared_time.cost,
            Some(shared_note),
        ),
        (
            "full-time-hire",
            t(lang, "Recrutement à temps plein", "Full-time hire"),
            &r.full_time_hire.cost,
            Some(fill(
                t(
                    lang,
                    "Payé 5 jours par semaine, quel que soit le besoin\u{a0}: {} jours travaillés par an, pour {} jours de besoin (ceux que le temps partagé facture).",
                    "Paid for 5 days a week, whatever the need: {} days worked a year, for {} days of need (those shared time bills).",
                ),
                &[
                    &fmt.number(&r.full_time_hire.productive_days),
                    &fmt.number(&r.shared_time.days_per_year),
                ],
            )),
        ),
        (
            "part-time-hire",
            t(lang, "Recrutement à temps partiel", "Part-time hire"),
            &r.part_time_hire.cost,
            r.part_time_hire
                .warnings
                .first()
                .map(|w| t(lang, w.fr, w.en).to_owned()),
        ),
    ];
    for (key, title, cost, note) in &options {
        add(
            &cards,
            &option_card(doc, fmt, lang, key, title, cost, note.as_deref()),
        );
    }
    add(results, &cards);
    add(results, &chart::chart(doc, r, fmt, lang));
    // The breakdowns and the other tables: closed, their titles only; each
    // is drawn when it opens, or when the page is printed (`draw_part`).
    for key in PARTS {
        let class = if option_of(key, r, lang).is_some() {
            ["breakdown ", key].concat()
        } else {
            key.to_owned()
        };
        let details = el(doc, "details", &class, None);
        attr(&details, "data-part", key);
        add(
            &details,
            &el(doc, "summary", "", Some(&part_title(key, r, fmt, lang))),
        );
        add(results, &details);
    }
    let footer = el(
        doc,
        "p",
        "period",
        Some(&fill(
            t(
                lang,
                "Cotisations selon les règles {} (du {} au {}), vérifiées ligne à ligne contre le simulateur officiel de l'Urssaf. hire-or-share {}.",
                "Contributions under the {} rules ({} to {}), checked line by line against the official URSSAF simulator. hire-or-share {}.",
            ),
            &[
                r.period.name,
                &r.period.start.iso(),
                &r.period.end.iso(),
                hire_or_share::VERSION,
            ],
        )),
    );
    add(results, &footer);
}

/// The key of an option, as its card's and its breakdown's classes name it.
fn cheapest_key(option: hire_or_share::Cheapest) -> &'static str {
    match option {
        hire_or_share::Cheapest::FullTimeHire => "full-time-hire",
        hire_or_share::Cheapest::PartTimeHire => "part-time-hire",
        hire_or_share::Cheapest::SharedTime => "shared-time",
    }
}

/// Above the result, the notices of an update: today past the last period
/// the module knows, and, for a result on older rules or defaults than
/// today's, the note that says so with a button to today's figures.
pub(super) fn notices(view: &View, notice: Option<&hire_or_share::Notice>, todays: Option<&str>) {
    let (doc, lang) = (&view.doc, view.lang);
    if let Some(note) = todays {
        let note = el(doc, "p", "note pinned", Some(note));
        let switch = button(
            doc,
            "",
            t(
                lang,
                "Voir les chiffres d'aujourd'hui",
                "See today's figures",
            ),
            "today",
        );
        add(&note, &switch);
        prepend(&view.results, &note);
    }
    if let Some(n) = notice {
        let note = el(doc, "p", "note rules-notice", Some(t(lang, n.fr, n.en)));
        prepend(&view.results, &note);
    }
}

/// The result's disclosures whose tables are drawn only when they open, or
/// when the page is printed: the three breakdowns, the contributions, the
/// sensitivity and the horizon, by key, in their order on the page. An
/// update draws none of them: typing stays quick, and the page's first
/// task short.
pub(super) const PARTS: [&str; 6] = [
    "shared-time",
    "full-time-hire",
    "part-time-hire",
    "contributions",
    "sensitivity",
    "horizon",
];

/// The title of the disclosure `key` (one of [`PARTS`]).
fn part_title(key: &str, r: &Comparison, fmt: &Formats, lang: Lang) -> String {
    match key {
        "contributions" => fill(
            t(
                lang,
                "Cotisations patronales d'un recrutement à temps plein, ligne par ligne\u{a0}: {}",
                "A full-time hire's employer contributions, line by line: {}",
            ),
            &[&fmt.euros(&r.full_time_hire.employer_cost.employer_contributions)],
        ),
        "sensitivity" => t(
            lang,
            "Sensibilité du point mort aux hypothèses (±20\u{a0}%)",
            "How the break-even moves with each assumption (±20%)",
        )
        .to_owned(),
        "horizon" => t(
            lang,
            "Coût cumulé année par année",
            "Cumulative cost year by year",
        )
        .to_owned(),
        _ => {
            let title = option_of(key, r, lang).map_or("", |(title, _)| title);
            [t(lang, "Détail\u{a0}:", "Breakdown:"), " ", title].concat()
        }
    }
}

/// The option of a breakdown's key: the title of its breakdown and its cost.
fn option_of<'r>(
    key: &str,
    r: &'r Comparison,
    lang: Lang,
) -> Option<(&'static str, &'r OptionCost)> {
    Some(match key {
        "shared-time" => (t(lang, "temps partagé", "shared time"), &r.shared_time.cost),
        "full-time-hire" => (
            t(lang, "recrutement à temps plein", "full-time hire"),
            &r.full_time_hire.cost,
        ),
        "part-time-hire" => (
            t(lang, "recrutement à temps partiel", "part-time hire"),
            &r.part_time_hire.cost,
        ),
        _ => return None,
    })
}

/// Draws the content of the disclosure `details` (one of [`PARTS`], still
/// empty but for its title) from `r`; nothing if it has it already.
pub(super) fn draw_part(view: &View, model: &Model, details: &Element, r: &Comparison) {
    // Drawn once per result: then it has no part any more.
    let Some(key) = details.get_attribute("data-part") else {
        return;
    };
    let (doc, fmt, lang) = (&view.doc, &model.fmt, view.lang);
    match key.as_str() {
        "contributions" => contributions(doc, fmt, lang, r, details),
        "sensitivity" => sensitivity(doc, fmt, lang, r, details),
        "horizon" => horizon(doc, fmt, lang, r, details),
        _ => breakdown(doc, fmt, lang, &key, r, details),
    }
    // Drawn: a disclosure to draw no more.
    super::dom::unattr(details, "data-part");
}

/// Draws every disclosure of [`PARTS`] that is still empty, for printing.
pub(super) fn draw_parts(view: &View, model: &Model) {
    let Some(r) = &model.last else {
        return;
    };
    for details in super::dom::elements(&super::dom::query_all(&view.root, "details[data-part]")) {
        draw_part(view, model, &details, r);
    }
}

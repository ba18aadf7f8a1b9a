//! The comparison as a terminal table, Markdown and an HTML report.

use std::fmt::Write as _;

use hire_or_share::{Answer, Comparison, Lang, OptionCost};
use rust_decimal::Decimal;

use crate::breakdown;
use crate::option_table::{self, Style};
use crate::text::{days, esc, eur, t};

/// The three options, named, in the order every report shows them.
fn options(r: &Comparison, lang: Lang) -> [(&'static str, &OptionCost); 3] {
    [
        (
            t(lang, "Recrutement à temps plein", "Full-time hire"),
            &r.full_time_hire.cost,
        ),
        (
            t(lang, "Recrutement à temps partiel", "Part-time hire"),
            &r.part_time_hire.cost,
        ),
        (t(lang, "Temps partagé", "Shared time"), &r.shared_time.cost),
    ]
}

/// The days on both sides: the need's days a year (shared time's basis)
/// beside the days the full-time recruit works.
pub fn days_basis(r: &Comparison, lang: Lang) -> String {
    let need = days(r.shared_time.days_per_year, lang);
    let worked = days(r.full_time_hire.productive_days, lang);
    let weekly = days(r.scenario.days_per_week, lang);
    let weeks = days(r.shared_time.weeks_per_year, lang);
    match lang {
        Lang::Fr => format!(
            "Jours par an\u{a0}: le besoin, {need} ({weekly}\u{a0}j × {weeks} semaines), que le temps partagé facture\u{a0}; le recrutement à temps plein en travaille {worked}. Coûts par jour de besoin, sur cette même base\u{a0}:"
        ),
        Lang::En => format!(
            "Days a year: the need, {need} ({weekly} d × {weeks} weeks), which shared time bills; the full-time recruit works {worked}. Costs per day of need, on that one basis:"
        ),
    }
}

/// Each option's cost per day of need, and its first year as cash and then
/// valued time: the headings, then a row per option.
pub fn basis_rows(
    r: &Comparison,
    lang: Lang,
) -> ([&'static str; 3], Vec<(&'static str, [String; 3])>) {
    let headings = [
        t(lang, "Par jour de besoin", "Per day of need"),
        t(lang, "1re année, décaissé", "First year, cash"),
        t(lang, "+ temps valorisé", "+ valued time"),
    ];
    let rows = options(r, lang)
        .into_iter()
        .map(|(name, cost)| {
            (
                name,
                [
                    eur(cost.cost_per_day_of_need, lang),
                    eur(cost.first_year_cash, lang),
                    eur(cost.first_year_valued_time, lang),
                ],
            )
        })
        .collect();
    (headings, rows)
}

/// What "valued time" is, under the rows.
pub fn valued_time_note(lang: Lang) -> &'static str {
    t(
        lang,
        "Le temps valorisé n'est pas décaissé\u{a0}: le besoin non couvert (recrutement, préavis, démarrage) et la productivité manquante de la montée en compétence, au coût d'un jour productif.",
        "Valued time is not cash: the need left uncovered (hiring, notice, start) and the productivity missing while ramping up, at a productive day's cost.",
    )
}

/// The answer's break-even sentences: the steady state's, then the second
/// one (the need profile's, or the first year's where it differs) if any.
fn break_even_sentences(answer: &Answer) -> impl Iterator<Item = &str> {
    std::iter::once(answer.break_even.sentence.as_str()).chain(
        answer
            .second_break_even
            .as_ref()
            .map(|b| b.sentence.as_str()),
    )
}

pub fn comparison_table(r: &Comparison, lang: Lang) -> String {
    let mut out = String::new();
    let preset = r.scenario.role.preset();
    let answer = Answer::new(r, lang);
    let _ = writeln!(out, "{}", t(lang, preset.label_fr, preset.label_en));
    let _ = writeln!(out, "{}\n", answer.sentence);
    if let Some(options) = &answer.options_sentence {
        let _ = writeln!(out, "{options}\n");
    }
    let _ = writeln!(
        out,
        "{:<44} {:>16} {:>16}",
        "",
        t(lang, "Régime établi", "Steady state"),
        t(lang, "Première année", "First year")
    );
    for (name, cost) in options(r, lang) {
        let _ = writeln!(
            out,
            "{:<44} {:>16} {:>16}",
            name,
            eur(cost.annual_cost, lang),
            eur(cost.first_year_cost, lang)
        );
    }
    let _ = writeln!(out, "\n{}", days_basis(r, lang));
    let (headings, rows) = basis_rows(r, lang);
    let _ = writeln!(
        out,
        "{:<44} {:>20} {:>20} {:>20}",
        "", headings[0], headings[1], headings[2]
    );
    for (name, [per_day, cash, valued]) in rows {
        let _ = writeln!(out, "{name:<44} {per_day:>20} {cash:>20} {valued:>20}");
    }
    let _ = writeln!(out, "{}", valued_time_note(lang));
    let be = &r.break_even;
    out.push('\n');
    for sentence in break_even_sentences(&answer) {
        let _ = writeln!(out, "{sentence}");
    }
    if let Some(rate) = be.day_rate {
        let _ = writeln!(
            out,
            "{} {}",
            t(
                lang,
                "Tarif journalier d'équilibre\u{a0}:",
                "Break-even day rate:"
            ),
            eur(rate, lang)
        );
    }
    if let Some(gross) = be.gross_annual {
        let _ = writeln!(
            out,
            "{} {}",
            t(lang, "Salaire d'équilibre\u{a0}:", "Break-even salary:"),
            eur(gross, lang)
        );
    }
    let _ = writeln!(
        out,
        "{} {} / {} ({})",
        t(
            lang,
            "Délai avant pleine efficacité (semaines), temps partagé / recrutement\u{a0}:",
            "Weeks to full effect, shared time / hire:"
        ),
        days(r.time_to_value.shared_time_weeks, lang),
        days(r.time_to_value.full_time_hire_weeks, lang),
        t(
            lang,
            "recrutement, préavis, montée en compétence",
            "hiring, notice, ramp-up"
        )
    );
    option_table::table(&mut out, r, lang, Style::Text);
    let [full, _, shared] = options(r, lang);
    for (name, cost) in [full, shared] {
        breakdown::text(&mut out, name, &cost.lines, lang);
    }
    option_table::breakdowns(&mut out, r, lang, Style::Text);
    let _ = writeln!(
        out,
        "\n{}",
        t(
            lang,
            "Coût annuel selon le besoin (jours par semaine)",
            "Annual cost by need (days a week)"
        )
    );
    let _ = writeln!(
        out,
        "  {:>6} {:>16} {:>16} {:>16}",
        t(lang, "j/sem.", "d/wk"),
        t(lang, "Temps plein", "Full time"),
        t(lang, "Temps partiel", "Part time"),
        t(lang, "Temps partagé", "Shared")
    );
    for p in r
        .curve
        .iter()
        .filter(|p| (p.days_per_week * Decimal::TWO).fract().is_zero())
    {
        let _ = writeln!(
            out,
            "  {:>6} {:>16} {:>16} {:>16}",
            days(p.days_per_week, lang),
            eur(p.full_time_hire, lang),
            eur(p.part_time_hire, lang),
            eur(p.shared_time, lang)
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        t(
            lang,
            "Sensibilité du point mort (hypothèse −20\u{a0}% / +20\u{a0}%)",
            "Break-even sensitivity (assumption −20% / +20%)"
        )
    );
    for s in r.sensitivity.iter().take(6) {
        let show = |b: Option<Decimal>| b.map_or_else(|| "—".to_owned(), |d| days(d, lang));
        // The salary −20 % below the SMIC: the row is at the SMIC, and says so.
        let mut low = show(s.low_break_even);
        if s.low_at_minimum_wage {
            low.push_str(" (SMIC)");
        }
        let _ = writeln!(
            out,
            "  {:<58} {:>6} / {:<6}",
            t(lang, s.label_fr, s.label_en),
            low,
            show(s.high_break_even)
        );
    }
    for w in &r.part_time_hire.warnings {
        let _ = writeln!(
            out,
            "\n{} {}",
            t(lang, "Temps partiel\u{a0}:", "Part time:"),
            t(lang, w.fr, w.en)
        );
    }
    if let Some(profile) = &r.need_profile {
        out.push_str(&crate::profile::table(profile, lang));
    }
    let _ = writeln!(
        out,
        "\n{} {} ({} – {})",
        t(lang, "Règles sociales", "Payroll rules"),
        r.period.name,
        r.period.start,
        r.period.end
    );
    out
}

pub fn comparison_markdown(r: &Comparison, lang: Lang) -> String {
    let mut out = String::new();
    let preset = r.scenario.role.preset();
    let _ = writeln!(
        out,
        "## {} — {}\n",
        t(lang, "Recruter ou partager\u{a0}?", "Hire or share?"),
        t(lang, preset.label_fr, preset.label_en)
    );
    let answer = Answer::new(r, lang);
    let _ = writeln!(out, "**{}**\n", answer.sentence);
    if let Some(options) = &answer.options_sentence {
        let _ = writeln!(out, "**{options}**\n");
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---:|---:|",
        t(lang, "Option", "Option"),
        t(lang, "Régime établi", "Steady state"),
        t(lang, "Première année", "First year")
    );
    for (name, cost) in options(r, lang) {
        let _ = writeln!(
            out,
            "| {name} | {} | {} |",
            eur(cost.annual_cost, lang),
            eur(cost.first_year_cost, lang)
        );
    }
    let (headings, rows) = basis_rows(r, lang);
    let _ = writeln!(
        out,
        "\n{}\n\n| {} | {} | {} | {} |\n|---|---:|---:|---:|",
        days_basis(r, lang),
        t(lang, "Option", "Option"),
        headings[0],
        headings[1],
        headings[2]
    );
    for (name, [per_day, cash, valued]) in rows {
        let _ = writeln!(out, "| {name} | {per_day} | {cash} | {valued} |");
    }
    let _ = writeln!(out, "\n{}", valued_time_note(lang));
    out.push('\n');
    for sentence in break_even_sentences(&answer) {
        let _ = writeln!(out, "- {sentence}");
    }
    option_table::table(&mut out, r, lang, Style::Markdown);
    let [full, _, shared] = options(r, lang);
    for (name, cost) in [full, shared] {
        breakdown::markdown(&mut out, name, &cost.first_year_lines, lang);
    }
    option_table::breakdowns(&mut out, r, lang, Style::Markdown);
    if let Some(profile) = &r.need_profile {
        out.push_str(&crate::profile::markdown(profile, lang));
    }
    let _ = writeln!(
        out,
        "\n{} {} ({} – {}).",
        t(
            lang,
            "Règles sociales appliquées\u{a0}:",
            "Payroll rules applied:"
        ),
        r.period.name,
        r.period.start,
        r.period.end
    );
    out
}

/// What a proposal section shows: the result, its pinned link, and for a
/// result no longer on today's rules or defaults, today's figures.
pub struct Report<'a> {
    /// The result.
    pub r: &'a Comparison,
    /// The pinned link: an address, or its query alone (`?v=1&…`).
    pub link: &'a str,
    /// Whether `link` is a full address (`--link-base`).
    pub linked: bool,
    /// What it was computed with, and today's figures (`pinned_note`).
    pub note: Option<&'a str>,
}

/// The sentence before the pinned link.
fn link_text(lang: Lang, linked: bool) -> &'static str {
    if linked {
        t(
            lang,
            "Ces chiffres dans le calculateur, avec leurs règles et hypothèses\u{a0}:",
            "These figures in the calculator, with their rules and defaults:",
        )
    } else {
        t(
            lang,
            "Pour retrouver ces chiffres, avec leurs règles et hypothèses, ajoutez à l'adresse du calculateur\u{a0}:",
            "To open these figures, with their rules and defaults, add to the calculator's address:",
        )
    }
}

/// A proposal section in Markdown, with the chart as inline SVG.
pub fn report_markdown(report: &Report<'_>, lang: Lang) -> String {
    let r = report.r;
    let mut out = comparison_markdown(r, lang);
    let _ = writeln!(out, "\n{}", crate::chart::svg_chart(r, lang));
    if let Some(profile) = &r.need_profile {
        let _ = writeln!(out, "{}", crate::profile::svg_chart(profile, lang));
    }
    if let Some(note) = report.note {
        let _ = writeln!(out, "\n{note}");
    }
    let link = if report.linked {
        format!("<{}>", report.link)
    } else {
        format!("`{}`", report.link)
    };
    let _ = writeln!(out, "\n{} {link}", link_text(lang, report.linked));
    out
}

/// A self-contained HTML section for a proposal: the answer, costs, chart,
/// breakdowns with their sources. Every text is escaped.
pub fn report_html(report: &Report<'_>, lang: Lang) -> String {
    let r = report.r;
    let mut out = String::new();
    let preset = r.scenario.role.preset();
    let _ = writeln!(
        out,
        "<section class=\"hire-or-share-report\" lang=\"{}\">",
        if lang == Lang::Fr { "fr" } else { "en" }
    );
    let _ = writeln!(
        out,
        "<h2>{} — {}</h2>",
        esc(t(lang, "Recruter ou partager\u{a0}?", "Hire or share?")),
        esc(t(lang, preset.label_fr, preset.label_en))
    );
    let answer = Answer::new(r, lang);
    let _ = writeln!(out, "<p><strong>{}</strong></p>", esc(&answer.sentence));
    if let Some(options) = &answer.options_sentence {
        let _ = writeln!(out, "<p><strong>{}</strong></p>", esc(options));
    }
    for sentence in break_even_sentences(&answer) {
        let _ = writeln!(out, "<p>{}</p>", esc(sentence));
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(t(lang, "Option", "Option")),
        esc(t(lang, "Régime établi", "Steady state")),
        esc(t(lang, "Première année", "First year"))
    );
    for (name, cost) in options(r, lang) {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            esc(name),
            esc(&eur(cost.annual_cost, lang)),
            esc(&eur(cost.first_year_cost, lang))
        );
    }
    let _ = writeln!(out, "</tbody>\n</table>");
    let (headings, rows) = basis_rows(r, lang);
    let _ = writeln!(
        out,
        "<p>{}</p>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(&days_basis(r, lang)),
        esc(t(lang, "Option", "Option")),
        esc(headings[0]),
        esc(headings[1]),
        esc(headings[2])
    );
    for (name, [per_day, cash, valued]) in rows {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(name),
            esc(&per_day),
            esc(&cash),
            esc(&valued)
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p>{}</p>",
        esc(valued_time_note(lang))
    );
    option_table::table(&mut out, r, lang, Style::Html);
    out.push_str(&crate::chart::svg_chart(r, lang));
    let [full, _, shared] = options(r, lang);
    for (name, cost) in [full, shared] {
        breakdown::html(&mut out, name, &cost.first_year_lines, lang);
    }
    option_table::breakdowns(&mut out, r, lang, Style::Html);
    if let Some(profile) = &r.need_profile {
        out.push_str(&crate::profile::html(profile, lang));
    }
    let _ = writeln!(
        out,
        "<p>{} {} ({} – {}).</p>\n</section>",
        esc(t(
            lang,
            "Règles sociales appliquées\u{a0}:",
            "Payroll rules applied:"
        )),
        esc(r.period.name),
        r.period.start,
        r.period.end
    );
    // Before the section's end: the note and the pinned link.
    let end = out.len() - "</section>\n".len();
    let mut tail = String::new();
    if let Some(note) = report.note {
        let _ = writeln!(tail, "<p class=\"pinned\">{}</p>", esc(note));
    }
    let link = esc(report.link);
    let target = if report.linked {
        format!("<a href=\"{link}\">{link}</a>")
    } else {
        format!("<code>{link}</code>")
    };
    let _ = writeln!(
        tail,
        "<p>{} {target}</p>",
        esc(link_text(lang, report.linked))
    );
    out.insert_str(end, &tail);
    out
}

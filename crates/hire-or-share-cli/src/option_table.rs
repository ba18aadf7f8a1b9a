//! Every option of a comparison whose scenario lists its own (`--option`,
//! `--options`, `options` in a file): one table of all of them with the
//! cheapest marked, their warnings, and the lines of the options beyond
//! today's three, in the terminal, Markdown and HTML. Nothing when the
//! scenario has no list: the three are shown as they always were.

use std::fmt::Write as _;

use hire_or_share::{
    Comparison, Lang, NoBreakEven, OptionKind, OptionResult, OptionSpec, Threshold,
};

use crate::breakdown;
use crate::text::{days, esc, eur, t};

/// The output the table is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The terminal.
    Text,
    /// Markdown.
    Markdown,
    /// An HTML section.
    Html,
}

/// One option's row, as written.
struct Row<'a> {
    name: &'a str,
    days: String,
    annual: String,
    first_year: String,
    cash: String,
    valued: String,
    per_day: String,
    break_even: String,
    cheapest: bool,
}

/// The options, if the scenario lists its own.
fn listed(r: &Comparison) -> Option<&[OptionResult]> {
    r.scenario.options.as_ref().map(|_| r.options.as_slice())
}

/// The option's label in `lang`.
fn name(o: &OptionResult, lang: Lang) -> &str {
    match lang {
        Lang::Fr => &o.label_fr,
        Lang::En => &o.label_en,
    }
}

/// The break-even against the full-time hire: days a week, the reason
/// there is none in words, or "—" for the full-time hire itself.
fn break_even(threshold: Option<Threshold>, lang: Lang) -> String {
    match threshold {
        None => "—".to_owned(),
        Some(Threshold::DaysPerWeek(d)) => {
            format!("{} {}", days(d, lang), t(lang, "j/sem.", "d/wk"))
        }
        Some(Threshold::None(NoBreakEven::SharedCheaperAtEveryNeed)) => t(
            lang,
            "aucun, moins cher à tout besoin",
            "none, cheaper at any need",
        )
        .to_owned(),
        Some(Threshold::None(NoBreakEven::HireCheaperAtEveryNeed)) => t(
            lang,
            "aucun, le temps plein coûte moins à tout besoin",
            "none, the hire costs less at any need",
        )
        .to_owned(),
    }
}

/// Each option's row, in the list's order.
fn rows<'a>(r: &'a Comparison, options: &'a [OptionResult], lang: Lang) -> Vec<Row<'a>> {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| Row {
            name: name(o, lang),
            days: days(o.days_per_week, lang),
            annual: eur(o.cost.annual_cost, lang),
            first_year: eur(o.cost.first_year_cost, lang),
            cash: eur(o.cost.first_year_cash, lang),
            valued: eur(o.cost.first_year_valued_time, lang),
            per_day: eur(o.cost.cost_per_day_of_need, lang),
            break_even: break_even(o.break_even, lang),
            cheapest: i == r.cheapest_option,
        })
        .collect()
}

/// The table's title.
fn title(lang: Lang) -> &'static str {
    t(lang, "Toutes les options", "All options")
}

/// The cheapest row's mark.
fn cheapest(lang: Lang) -> &'static str {
    t(lang, "la moins chère", "cheapest")
}

/// The headings: option, days a week, steady state, first year, its cash,
/// its valued time, per day of need, break-even.
fn headings(lang: Lang) -> [&'static str; 8] {
    [
        t(lang, "Option", "Option"),
        t(lang, "j/sem.", "d/wk"),
        t(lang, "Régime établi", "Steady state"),
        t(lang, "Première année", "First year"),
        t(lang, "dont décaissé", "of which cash"),
        t(lang, "+ temps valorisé", "+ valued time"),
        t(lang, "Par jour de besoin", "Per day of need"),
        t(
            lang,
            "Point mort / temps plein",
            "Break-even vs full-time hire",
        ),
    ]
}

/// What the break-even column means, under the table.
fn break_even_note(lang: Lang) -> &'static str {
    t(
        lang,
        "Point mort\u{a0}: le besoin (jours par semaine) auquel l'option coûte autant qu'un recrutement à temps plein en régime établi\u{a0}; en dessous, elle coûte moins.",
        "Break-even: the need (days a week) at which the option costs as much as a full-time hire in steady state; below it, it costs less.",
    )
}

/// The table of every option, then their warnings: nothing when the
/// scenario has no list of its own.
pub fn table(out: &mut String, r: &Comparison, lang: Lang, style: Style) {
    let Some(options) = listed(r) else {
        return;
    };
    let rows = rows(r, options, lang);
    match style {
        Style::Text => text_table(out, &rows, lang),
        Style::Markdown => markdown_table(out, &rows, lang),
        Style::Html => html_table(out, &rows, lang),
    }
    warnings(out, options, lang, style);
}

fn text_table(out: &mut String, rows: &[Row<'_>], lang: Lang) {
    let h = headings(lang);
    let mark = |row: &Row<'_>| {
        if row.cheapest {
            format!("{} ({})", row.name, cheapest(lang))
        } else {
            row.name.to_owned()
        }
    };
    let width = rows
        .iter()
        .map(|row| mark(row).chars().count())
        .max()
        .unwrap_or(0)
        .max(h[0].chars().count());
    let _ = writeln!(out, "\n{}", title(lang));
    let _ = writeln!(
        out,
        "{:<width$} {:>7} {:>16} {:>16} {:>18}  {}",
        h[0], h[1], h[2], h[3], h[6], h[7]
    );
    for row in rows {
        let _ = writeln!(
            out,
            "{:<width$} {:>7} {:>16} {:>16} {:>18}  {}",
            mark(row),
            row.days,
            row.annual,
            row.first_year,
            row.per_day,
            row.break_even
        );
    }
    let _ = writeln!(out, "{}", break_even_note(lang));
}

fn markdown_table(out: &mut String, rows: &[Row<'_>], lang: Lang) {
    let h = headings(lang);
    let _ = writeln!(
        out,
        "\n### {}\n\n| {} |\n|---|---:|---:|---:|---:|---:|---:|---|",
        title(lang),
        h.join(" | ")
    );
    for row in rows {
        let name = if row.cheapest {
            format!("**{}** ({})", row.name, cheapest(lang))
        } else {
            row.name.to_owned()
        };
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {} | {} |",
            row.days, row.annual, row.first_year, row.cash, row.valued, row.per_day, row.break_even
        );
    }
    let _ = writeln!(out, "\n{}", break_even_note(lang));
}

fn html_table(out: &mut String, rows: &[Row<'_>], lang: Lang) {
    let _ = write!(out, "<h3>{}</h3>\n<table>\n<thead><tr>", esc(title(lang)));
    for heading in headings(lang) {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(heading));
    }
    let _ = writeln!(out, "</tr></thead>\n<tbody>");
    for row in rows {
        let (class, name) = if row.cheapest {
            (
                " class=\"cheapest\"",
                format!(
                    "<strong>{}</strong> ({})",
                    esc(row.name),
                    esc(cheapest(lang))
                ),
            )
        } else {
            ("", esc(row.name))
        };
        let _ = write!(out, "<tr{class}><th scope=\"row\">{name}</th>");
        for cell in [
            &row.days,
            &row.annual,
            &row.first_year,
            &row.cash,
            &row.valued,
            &row.per_day,
            &row.break_even,
        ] {
            let _ = write!(out, "<td>{}</td>", esc(cell));
        }
        let _ = writeln!(out, "</tr>");
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p>{}</p>",
        esc(break_even_note(lang))
    );
}

/// Each option's warnings, under its label, in `lang`.
fn warnings(out: &mut String, options: &[OptionResult], lang: Lang, style: Style) {
    let all: Vec<(&str, &str)> = options
        .iter()
        .flat_map(|o| {
            o.warnings
                .iter()
                .map(move |w| (name(o, lang), t(lang, w.fr, w.en)))
        })
        .collect();
    if all.is_empty() {
        return;
    }
    let colon = t(lang, "\u{a0}:", ":");
    match style {
        Style::Text => {
            out.push('\n');
            for (name, text) in all {
                let _ = writeln!(out, "  {name}{colon} {text}");
            }
        }
        Style::Markdown => {
            out.push('\n');
            for (name, text) in all {
                let _ = writeln!(out, "- **{name}**{colon} {text}");
            }
        }
        Style::Html => {
            let _ = writeln!(out, "<ul>");
            for (name, text) in all {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong>{colon} {}</li>",
                    esc(name),
                    esc(text)
                );
            }
            let _ = writeln!(out, "</ul>");
        }
    }
}

/// The lines of each listed option beyond today's three at their defaults
/// (whose breakdowns every output already shows): the steady state's in
/// the terminal, the first year's in Markdown and HTML, as the three's.
pub fn breakdowns(out: &mut String, r: &Comparison, lang: Lang, style: Style) {
    let Some(list) = &r.scenario.options else {
        return;
    };
    let defaults = OptionKind::DEFAULT.map(OptionSpec::of);
    for (spec, o) in list.options().iter().zip(&r.options) {
        if defaults.contains(spec) {
            continue;
        }
        let name = name(o, lang);
        match style {
            Style::Text => breakdown::text(out, name, &o.cost.lines, lang),
            Style::Markdown => breakdown::markdown(out, name, &o.cost.first_year_lines, lang),
            Style::Html => breakdown::html(out, name, &o.cost.first_year_lines, lang),
        }
    }
}

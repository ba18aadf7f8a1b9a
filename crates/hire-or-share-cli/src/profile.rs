//! A need that changes over time (the scenario's need profile): its section
//! in the table, the Markdown and the HTML report, and its chart.

use std::fmt::Write as _;

use hire_or_share::{Lang, NeedProfileCost};
use rust_decimal::Decimal;

use crate::chart::{Frame, f, legend};
use crate::text::{days, esc, eur, formula, label, months, source_markdown, t};

/// The three options, named, in the order every report shows them.
fn option_names(lang: Lang) -> [&'static str; 3] {
    [
        t(lang, "Recrutement à temps plein", "Full-time hire"),
        t(lang, "Recrutement à temps partiel", "Part-time hire"),
        t(lang, "Temps partagé", "Shared time"),
    ]
}

/// The title: "Need that varies over 24 months".
fn title(p: &NeedProfileCost, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Besoin qui varie sur {}", months(p.months, lang)),
        Lang::En => format!("Need that varies over {}", months(p.months, lang)),
    }
}

/// "Average need: 0.88 days a week; peak: 2 days a week."
fn average_and_peak(p: &NeedProfileCost, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "Besoin moyen\u{a0}: {}\u{a0}; pic\u{a0}: {} (le temps partiel est embauché au pic).",
            days_a_week(p.average_days_per_week, lang),
            days_a_week(p.peak_days_per_week, lang)
        ),
        Lang::En => format!(
            "Average need: {}; peak: {} (the part-time recruit is hired at the peak).",
            days_a_week(p.average_days_per_week, lang),
            days_a_week(p.peak_days_per_week, lang)
        ),
    }
}

/// "2 days a week", "1 day a week"; in French singular below 2 ("1,5 jour").
pub fn days_a_week(value: Decimal, lang: Lang) -> String {
    let n = days(value, lang);
    match lang {
        Lang::Fr if value < Decimal::TWO => format!("{n} jour par semaine"),
        Lang::Fr => format!("{n} jours par semaine"),
        Lang::En if value == Decimal::ONE => format!("{n} day a week"),
        Lang::En => format!("{n} days a week"),
    }
}

fn warnings(p: &NeedProfileCost, lang: Lang) -> impl Iterator<Item = String> + '_ {
    p.warnings.iter().map(move |w| {
        format!(
            "{} {}",
            t(lang, "Temps partiel\u{a0}:", "Part time:"),
            t(lang, w.fr, w.en)
        )
    })
}

/// The need month by month as one character a month: `·` for no need,
/// then `▁` (half a day) to `█` (5 days).
fn need_bars(p: &NeedProfileCost) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    p.by_month
        .iter()
        .map(|m| {
            if m.days_per_week.is_zero() {
                '·'
            } else {
                let eighths = (m.days_per_week * Decimal::from(8) / Decimal::from(5)).ceil();
                let i = usize::try_from(
                    rust_decimal::prelude::ToPrimitive::to_u64(&eighths).unwrap_or(8),
                )
                .unwrap_or(8);
                BARS[i.clamp(1, 8) - 1]
            }
        })
        .collect()
}

fn need_bars_caption(lang: Lang) -> &'static str {
    t(
        lang,
        "Besoin mois par mois (▁ 0,5 à █ 5 jours par semaine, · aucun)\u{a0}:",
        "Need month by month (▁ 0.5 to █ 5 days a week, · none):",
    )
}

fn cumulative_caption(lang: Lang) -> &'static str {
    t(
        lang,
        "Coût cumulé à la fin de chaque période",
        "Cumulative cost at the end of each period",
    )
}

fn lines_caption(lang: Lang) -> &'static str {
    t(
        lang,
        "Comment chaque total est calculé",
        "How each total is computed",
    )
}

/// The last month of each period and each option's cumulative cost then.
fn period_ends(p: &NeedProfileCost) -> impl Iterator<Item = (u32, [Decimal; 3])> + '_ {
    p.periods.iter().filter_map(|period| {
        let end = period.end_month();
        let m = p.by_month.get(usize::try_from(end).ok()?.checked_sub(1)?)?;
        Some((end, [m.full_time_hire, m.part_time_hire, m.shared_time]))
    })
}

fn month_n(n: u32, lang: Lang) -> String {
    format!("{} {n}", t(lang, "Mois", "Month"))
}

/// The section for the terminal.
pub fn table(p: &NeedProfileCost, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n{}", title(p, lang));
    let _ = writeln!(out, "{}", average_and_peak(p, lang));
    let [full, part, shared] = [
        t(lang, "Temps plein", "Full time"),
        t(lang, "Temps partiel", "Part time"),
        t(lang, "Temps partagé", "Shared"),
    ];
    let _ = writeln!(
        out,
        "  {:<8} {:>11} {:<10} {:>8} {:>16} {:>16} {:>16}",
        t(lang, "Période", "Period"),
        t(lang, "Dès le mois", "From month"),
        t(lang, "Durée", "Months"),
        t(lang, "j/sem.", "d/wk"),
        full,
        part,
        shared
    );
    for (i, period) in p.periods.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {:<8} {:>11} {:<10} {:>8} {:>16} {:>16} {:>16}",
            i + 1,
            period.start_month,
            months(period.months, lang),
            days(period.days_per_week, lang),
            eur(period.full_time_hire, lang),
            eur(period.part_time_hire, lang),
            eur(period.shared_time, lang)
        );
    }
    let _ = writeln!(
        out,
        "  {:<8} {:>11} {:<10} {:>8} {:>16} {:>16} {:>16}",
        t(lang, "Total", "Total"),
        "",
        months(p.months, lang),
        "",
        eur(p.total.full_time_hire, lang),
        eur(p.total.part_time_hire, lang),
        eur(p.total.shared_time, lang)
    );
    let _ = writeln!(out, "\n{}", cumulative_caption(lang));
    for (end, costs) in period_ends(p) {
        let _ = writeln!(
            out,
            "  {:<31} {:>16} {:>16} {:>16}",
            month_n(end, lang),
            eur(costs[0], lang),
            eur(costs[1], lang),
            eur(costs[2], lang)
        );
    }
    let _ = writeln!(out, "\n{}\n  {}", need_bars_caption(lang), need_bars(p));
    let _ = writeln!(out, "\n{}", lines_caption(lang));
    for line in &p.lines {
        let _ = writeln!(
            out,
            "  {:<58} {:>14}  {}",
            label(line, lang),
            eur(line.amount, lang),
            formula(line, lang)
        );
        if let Some(source) = line.source {
            let _ = writeln!(
                out,
                "  {:<58} {:>14}  {} {}",
                "",
                "",
                t(lang, "Source\u{a0}:", "Source:"),
                source.title_in(lang)
            );
        }
    }
    for w in warnings(p, lang) {
        let _ = writeln!(out, "\n{w}");
    }
    out
}

/// The section in Markdown.
pub fn markdown(p: &NeedProfileCost, lang: Lang) -> String {
    let mut out = String::new();
    let [full, part, shared] = option_names(lang);
    let _ = writeln!(out, "\n### {}\n", title(p, lang));
    let _ = writeln!(out, "{}\n", average_and_peak(p, lang));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {full} | {part} | {shared} |\n|---:|---:|---|---:|---:|---:|---:|",
        t(lang, "Période", "Period"),
        t(lang, "Dès le mois", "From month"),
        t(lang, "Durée", "Months"),
        t(lang, "Jours par semaine", "Days a week"),
    );
    for (i, period) in p.periods.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            i + 1,
            period.start_month,
            months(period.months, lang),
            days(period.days_per_week, lang),
            eur(period.full_time_hire, lang),
            eur(period.part_time_hire, lang),
            eur(period.shared_time, lang)
        );
    }
    let _ = writeln!(
        out,
        "| **{}** | | **{}** | | **{}** | **{}** | **{}** |",
        t(lang, "Total", "Total"),
        months(p.months, lang),
        eur(p.total.full_time_hire, lang),
        eur(p.total.part_time_hire, lang),
        eur(p.total.shared_time, lang)
    );
    out.push('\n');
    for w in warnings(p, lang) {
        let _ = writeln!(out, "- {w}");
    }
    let _ = writeln!(
        out,
        "\n{}\n\n| {} | {full} | {part} | {shared} |\n|---|---:|---:|---:|",
        cumulative_caption(lang),
        t(lang, "Fin du mois", "End of month")
    );
    for (end, costs) in period_ends(p) {
        let _ = writeln!(
            out,
            "| {end} | {} | {} | {} |",
            eur(costs[0], lang),
            eur(costs[1], lang),
            eur(costs[2], lang)
        );
    }
    let _ = writeln!(out, "\n{} `{}`", need_bars_caption(lang), need_bars(p));
    let _ = writeln!(
        out,
        "\n{}\n\n| {} | {} | {} | {} |\n|---|---:|---|---|",
        lines_caption(lang),
        t(lang, "Poste", "Line"),
        t(lang, "Montant", "Amount"),
        t(lang, "Calcul", "Formula"),
        t(lang, "Source", "Source")
    );
    for line in &p.lines {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            label(line, lang),
            eur(line.amount, lang),
            formula(line, lang),
            source_markdown(line, lang)
        );
    }
    out
}

/// The section in HTML, with its chart. Every text is escaped.
pub fn html(p: &NeedProfileCost, lang: Lang) -> String {
    let mut out = String::new();
    let [full, part, shared] = option_names(lang);
    let _ = writeln!(
        out,
        "<section class=\"need-profile\">\n<h3>{}</h3>\n<p>{}</p>",
        esc(&title(p, lang)),
        esc(&average_and_peak(p, lang))
    );
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(t(lang, "Période", "Period")),
        esc(t(lang, "Dès le mois", "From month")),
        esc(t(lang, "Durée", "Months")),
        esc(t(lang, "Jours par semaine", "Days a week")),
        esc(full),
        esc(part),
        esc(shared)
    );
    for (i, period) in p.periods.iter().enumerate() {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            i + 1,
            period.start_month,
            esc(&months(period.months, lang)),
            esc(&days(period.days_per_week, lang)),
            esc(&eur(period.full_time_hire, lang)),
            esc(&eur(period.part_time_hire, lang)),
            esc(&eur(period.shared_time, lang))
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n<tfoot><tr><th scope=\"row\">{}</th><td></td><td>{}</td><td></td><td>{}</td><td>{}</td><td>{}</td></tr></tfoot>\n</table>",
        esc(t(lang, "Total", "Total")),
        esc(&months(p.months, lang)),
        esc(&eur(p.total.full_time_hire, lang)),
        esc(&eur(p.total.part_time_hire, lang)),
        esc(&eur(p.total.shared_time, lang))
    );
    for w in warnings(p, lang) {
        let _ = writeln!(out, "<p class=\"warning\">{}</p>", esc(&w));
    }
    out.push_str(&svg_chart(p, lang));
    let _ = writeln!(
        out,
        "<h4>{}</h4>\n<table>\n<tbody>",
        esc(lines_caption(lang))
    );
    crate::breakdown::html_rows(&mut out, &p.lines, lang);
    let _ = writeln!(out, "</tbody>\n</table>\n</section>");
    out
}

/// A series of the profile's chart: colour, dash pattern, name, and the
/// cumulative cost it plots.
type MonthSeries = (
    &'static str,
    &'static str,
    &'static str,
    fn(&hire_or_share::NeedProfileMonth) -> Decimal,
);

/// Each option's cumulative cost month by month and the need as a step
/// line (its own scale, 0 to 5 days a week, on the right), as an SVG string:
/// drawn as the report's curve chart is.
pub fn svg_chart(p: &NeedProfileCost, lang: Lang) -> String {
    let max = p
        .by_month
        .iter()
        .flat_map(|m| [m.full_time_hire, m.part_time_hire, m.shared_time])
        .max()
        .unwrap_or(Decimal::ONE);
    let frame = Frame::new(max, 56.0);
    let span = f64::from(p.months.max(1));
    let x = |month: f64| frame.x(month / span);
    // The need's scale: 0 to 5 days a week over the plot's height.
    let need_y = |d: f64| frame.y(d / 5.0 * frame.y_max);
    let title = t(
        lang,
        "Coût cumulé de chaque option et besoin, mois par mois",
        "Cumulative cost of each option and the need, month by month",
    );
    let mut svg = frame.open(title, 50.0);
    frame.y_grid(&mut svg, lang);
    for d in 0..=5 {
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{:.1}\" dominant-baseline=\"middle\" fill=\"#1f4e99\">{}</text>",
            frame.width - frame.right + 6.0,
            need_y(f64::from(d)),
            esc(&format!("{d} {}", t(lang, "j/sem.", "d/wk")))
        );
    }
    let step = match p.months {
        0..=12 => 1,
        13..=24 => 3,
        25..=48 => 6,
        _ => 12,
    };
    for month in (0..=p.months).step_by(step) {
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#4d5661\">{month}</text>",
            x(f64::from(month)),
            frame.height - frame.bottom + 18.0
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#4d5661\">{}</text>",
        (frame.left + frame.width - frame.right) / 2.0,
        frame.height - 4.0,
        esc(t(lang, "mois", "months"))
    );
    // The need, as a step line.
    let mut need = Vec::with_capacity(2 * p.periods.len());
    for period in &p.periods {
        let d = need_y(f(period.days_per_week));
        need.push(format!(
            "{:.1},{d:.1}",
            x(f64::from(period.start_month - 1))
        ));
        need.push(format!(
            "{:.1},{d:.1}",
            x(f64::from(period.start_month - 1 + period.months))
        ));
    }
    let need_name = t(lang, "Besoin (jours par semaine)", "Need (days a week)");
    let _ = writeln!(
        svg,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#1f4e99\" stroke-width=\"2\" stroke-dasharray=\"2 3\"><title>{}</title></polyline>",
        need.join(" "),
        esc(need_name)
    );
    let [full, part, shared] = option_names(lang);
    let series: [MonthSeries; 3] = [
        ("#b3261e", "0", full, |m| m.full_time_hire),
        ("#7a5c00", "6 4", part, |m| m.part_time_hire),
        ("#0b7a4b", "0", shared, |m| m.shared_time),
    ];
    let ly = frame.height + 18.0;
    for ((color, dash, name, value), lx) in
        series
            .iter()
            .zip([frame.left + 8.0, frame.left + 213.0, frame.left + 428.0])
    {
        let mut points = vec![format!("{:.1},{:.1}", x(0.0), frame.y(0.0))];
        points.extend(
            p.by_month
                .iter()
                .map(|m| format!("{:.1},{:.1}", x(f64::from(m.month)), frame.y(f(value(m))))),
        );
        let _ = writeln!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"3\" stroke-dasharray=\"{dash}\"><title>{}</title></polyline>",
            points.join(" "),
            esc(name)
        );
        legend(&mut svg, lx, ly, color, "3", dash, name);
    }
    legend(
        &mut svg,
        frame.left + 8.0,
        ly + 22.0,
        "#1f4e99",
        "2",
        "2 3",
        need_name,
    );
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn daf() -> NeedProfileCost {
        let mut s = hire_or_share::Scenario::preset(hire_or_share::Role::Daf);
        s.set("needProfile", "6x2,18x0.5").unwrap();
        s.set("date", "2026-07-01").unwrap();
        hire_or_share::compare(&s).unwrap().need_profile.unwrap()
    }

    #[test]
    fn the_need_is_one_bar_a_month() {
        let bars = need_bars(&daf());
        assert_eq!(bars.chars().count(), 24);
        assert_eq!(bars, format!("{}{}", "▄".repeat(6), "▁".repeat(18)));
    }

    #[test]
    fn days_a_week_take_the_plural_each_language_wants() {
        let d = |text: &str, lang| days_a_week(text.parse().unwrap(), lang);
        assert_eq!(d("1", Lang::En), "1 day a week");
        assert_eq!(d("0.5", Lang::En), "0.5 days a week");
        assert_eq!(d("1.5", Lang::Fr), "1,5 jour par semaine");
        assert_eq!(d("2", Lang::Fr), "2 jours par semaine");
    }

    #[test]
    fn the_lines_add_up_to_the_totals() {
        let p = daf();
        let sum: Decimal = p.lines.iter().map(|l| l.amount).sum();
        assert_eq!(
            sum,
            p.total.full_time_hire + p.total.part_time_hire + p.total.shared_time
        );
    }
}

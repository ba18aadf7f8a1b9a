//! The result of a need that varies: each option's total over the profile
//! and the average and peak need (the cheapest and the break-even are the
//! answer's, at the top), the chart of the need and of each option's cumulative cost
//! month by month, the periods' table and the lines with their sources.

use hire_or_share::{Lang, NeedProfileCost, NeedProfileMonth};
use rust_decimal::Decimal;
use web_sys::{Document, Element};

use super::chart::{
    BOTTOM, FONT, RIGHT, WIDTH, chart_svg, cost_grid, cost_labels, label, left_margin,
    nice_ceiling, option_series, polyline, series,
};
use super::dom::{Formats, add, attr, data_row, el, figure, table_details};
use super::lines::{line_headers, line_rows};
use super::number::{plain, to_f64};
use super::text::{fill, t};

/// The chart's height in user units (its width and text size are the
/// comparison chart's, [`WIDTH`] and [`FONT`]).
const HEIGHT: f64 = 290.0;
/// The need's band, at the top: 0 to 5 days a week, its unit above it.
const NEED_TOP: f64 = FONT + 14.0;
const NEED_BOTTOM: f64 = NEED_TOP + 50.0;
/// The costs' band, below it, then the months and the axis' name.
const COST_TOP: f64 = NEED_BOTTOM + 28.0;
const COST_BOTTOM: f64 = HEIGHT - BOTTOM;

/// "24 mois", "1 month".
fn months(n: u32, lang: Lang) -> String {
    let word = match (lang.compiled(), n) {
        (Lang::Fr, _) => "mois",
        (Lang::En, 1) => "month",
        (Lang::En, _) => "months",
    };
    format!("{n} {word}")
}

/// "2 j/sem.", "0.5 days/week".
fn days(value: Decimal, fmt: &Formats, lang: Lang) -> String {
    format!("{} {}", fmt.number(&value), t(lang, "j/sem.", "days/week"))
}

/// The section, shown first in the result.
pub(super) fn section(doc: &Document, fmt: &Formats, lang: Lang, p: &NeedProfileCost) -> Element {
    let section = el(doc, "section", "profile", None);
    attr(&section, "data-key", "need-profile");
    let span = months(p.months, lang);
    add(
        &section,
        &el(
            doc,
            "h2",
            "",
            Some(&fill(
                t(
                    lang,
                    "Un besoin qui varie, sur {}",
                    "A need that varies, over {}",
                ),
                &[&span],
            )),
        ),
    );
    // The cheapest over these months and the break-even of a constant need
    // over them are the answer's, at the top of the result.
    let figures = el(doc, "dl", "figures", None);
    for (key, label, total) in [
        (
            "need-shared-time",
            t(lang, "Temps partagé, au total", "Shared time, in all"),
            p.total.shared_time,
        ),
        (
            "need-full-time-hire",
            t(
                lang,
                "Recrutement à temps plein, au total",
                "Full-time hire, in all",
            ),
            p.total.full_time_hire,
        ),
        (
            "need-part-time-hire",
            t(
                lang,
                "Recrutement à temps partiel (au pic), au total",
                "Part-time hire (at the peak), in all",
            ),
            p.total.part_time_hire,
        ),
    ] {
        figure(
            doc,
            &figures,
            key,
            label,
            &fmt.euros(&total),
            Some(plain(total)),
        );
    }
    figure(
        doc,
        &figures,
        "need-average",
        t(lang, "Besoin", "Need"),
        &fill(
            t(
                lang,
                "{} en moyenne, {} au pic",
                "{} on average, {} at the peak",
            ),
            &[
                &days(p.average_days_per_week, fmt, lang),
                &days(p.peak_days_per_week, fmt, lang),
            ],
        ),
        Some(plain(p.average_days_per_week)),
    );
    add(&section, &figures);
    for w in &p.warnings {
        add(&section, &el(doc, "p", "note", Some(t(lang, w.fr, w.en))));
    }
    add(&section, &chart(doc, fmt, lang, p));
    add(&section, &periods(doc, fmt, lang, p));
    let (details, rows) = table_details(
        doc,
        "breakdown need-lines",
        t(
            lang,
            "Détail\u{a0}: le calcul sur le besoin qui varie",
            "Breakdown: the cost of the need that varies",
        ),
        t(lang, "Besoin qui varie", "Need that varies"),
        &line_headers(lang),
    );
    line_rows(doc, fmt, lang, &rows, &p.lines);
    add(&section, &details);
    section
}

/// Each period, its months, need and what each option costs in it.
fn periods(doc: &Document, fmt: &Formats, lang: Lang, p: &NeedProfileCost) -> Element {
    let (details, rows) = table_details(
        doc,
        "breakdown need-periods",
        t(lang, "Période par période", "Period by period"),
        t(lang, "Périodes", "Periods"),
        &[
            t(lang, "Mois", "Months"),
            t(lang, "Besoin", "Need"),
            t(lang, "Temps plein", "Full time"),
            t(lang, "Temps partiel", "Part time"),
            t(lang, "Temps partagé", "Shared time"),
        ],
    );
    for period in &p.periods {
        let last = period.end_month();
        let span = if last == period.start_month {
            last.to_string()
        } else {
            format!("{}–{last}", period.start_month)
        };
        add(
            &rows,
            &data_row(
                doc,
                &span,
                &[
                    ("", &days(period.days_per_week, fmt, lang)),
                    ("amount", &fmt.euros(&period.full_time_hire)),
                    ("amount", &fmt.euros(&period.part_time_hire)),
                    ("amount", &fmt.euros(&period.shared_time)),
                ],
            ),
        );
    }
    let total = data_row(
        doc,
        t(lang, "Total", "Total"),
        &[
            ("", &months(p.months, lang)),
            ("amount", &fmt.euros(&p.total.full_time_hire)),
            ("amount", &fmt.euros(&p.total.part_time_hire)),
            ("amount", &fmt.euros(&p.total.shared_time)),
        ],
    );
    add(&rows, &total);
    details
}

/// The chart: the need as a step line at the top, and below it each
/// option's cost from the start to the end of each month, with a legend
/// and a text alternative (the periods' table gives every figure).
fn chart(doc: &Document, fmt: &Formats, lang: Lang, p: &NeedProfileCost) -> Element {
    let figure = el(doc, "figure", "chart need-chart", None);
    let max = p.by_month.last().map_or(Decimal::ONE, |m| {
        m.full_time_hire.max(m.part_time_hire).max(m.shared_time)
    });
    let y_max = nice_ceiling(to_f64(max));
    let labels = cost_labels(y_max, fmt, lang);
    let left = left_margin(&labels);
    let right = WIDTH - RIGHT;
    let span = f64::from(p.months.max(1));
    let x = |month: u32| left + f64::from(month) / span * (right - left);
    let need_y = |d: Decimal| NEED_BOTTOM - to_f64(d) / 5.0 * (NEED_BOTTOM - NEED_TOP);
    let cost_y = |v: f64| COST_BOTTOM - v / y_max * (COST_BOTTOM - COST_TOP);

    let title = t(
        lang,
        "Le besoin mois par mois, et ce que chaque option a coûté depuis le début",
        "The need month by month, and what each option has cost since the start",
    );
    let desc = fill(
        t(
            lang,
            "Sur {}, pour un besoin moyen de {} et un pic de {}\u{a0}: temps partagé {}, recrutement à temps plein {}, à temps partiel {}.",
            "Over {}, for an average need of {} and a peak of {}: shared time {}, full-time hire {}, part-time hire {}.",
        ),
        &[
            &months(p.months, lang),
            &days(p.average_days_per_week, fmt, lang),
            &days(p.peak_days_per_week, fmt, lang),
            &fmt.euros(&p.total.shared_time),
            &fmt.euros(&p.total.full_time_hire),
            &fmt.euros(&p.total.part_time_hire),
        ],
    );
    let root = chart_svg(doc, HEIGHT, "hos-need-chart", title, &desc);

    // The frame: the need's scale (0 and 5 days), its unit written once
    // above the band; the costs' (0 to the top of the axis, in quarters);
    // the months along the bottom.
    let tick_x = left - 6.0;
    for (y, text) in [
        (need_y(Decimal::ZERO), "0"),
        (need_y(Decimal::from(5)), "5"),
    ] {
        add(&root, &label(doc, tick_x, y, "tick y", text));
    }
    add(
        &root,
        &label(
            doc,
            left,
            NEED_TOP - 8.0,
            "tick need-axis",
            t(lang, "jours par semaine", "days a week"),
        ),
    );
    cost_grid(doc, &root, &labels, y_max, (left, right), &cost_y);
    let step = if p.months > 24 { 12 } else { 6 };
    let month_y = COST_BOTTOM + FONT + 2.0;
    for month in (0..=p.months).step_by(step) {
        add(
            &root,
            &label(doc, x(month), month_y, "tick x", &month.to_string()),
        );
    }
    add(
        &root,
        &label(
            doc,
            f64::midpoint(left, right),
            HEIGHT - 4.0,
            "axis-label",
            t(lang, "mois", "months"),
        ),
    );

    // The need, a step a month; then each option's cumulative cost.
    let mut need = p.by_month.iter().flat_map(|m| {
        let y = need_y(m.days_per_week);
        [(x(m.month - 1), y), (x(m.month), y)]
    });
    add(&root, &polyline(doc, "series need-line", &mut need));
    let legend = el(doc, "ul", "legend", None);
    add(
        &legend,
        &el(doc, "li", "need-line", Some(t(lang, "Besoin", "Need"))),
    );
    let values: [fn(&NeedProfileMonth) -> Decimal; 3] = [
        |m| m.full_time_hire,
        |m| m.part_time_hire,
        |m| m.shared_time,
    ];
    for (option, value) in option_series(lang).into_iter().zip(values) {
        let mut points = std::iter::once((left, COST_BOTTOM)).chain(
            p.by_month
                .iter()
                .map(|m| (x(m.month), cost_y(to_f64(value(m))))),
        );
        series(doc, (&root, &legend), option, &mut points);
    }
    add(&figure, &root);
    add(&figure, &legend);
    figure
}

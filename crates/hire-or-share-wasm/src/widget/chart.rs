//! The SVG chart: annual cost against days a week, for each option, with the
//! break-even and the chosen need marked, and a text alternative.

use hire_or_share::{Comparison, Lang};
use rust_decimal::Decimal;
use web_sys::{Document, Element};

use super::dom::{Formats, add, append, data_row, el, svg, table_details};
use super::number::{plain, to_f64};
use super::text::{fill, t};

/// The three options as a chart's series and legend show them, in order
/// (full-time hire, part-time hire, shared time): CSS class and name.
pub(super) fn option_series(lang: Lang) -> [(&'static str, &'static str); 3] {
    [
        (
            "full",
            t(lang, "Recrutement à temps plein", "Full-time hire"),
        ),
        (
            "part",
            t(lang, "Recrutement à temps partiel", "Part-time hire"),
        ),
        ("shared", t(lang, "Temps partagé", "Shared time")),
    ]
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;

// The frame's fixed coordinates as the chart writes them, `c` of each
// (a test checks them): written once here rather than computed on every
// drawing.
const LEFT_TEXT: &str = "64.0";
const PLOT_RIGHT_TEXT: &str = "624.0";
const TICK_Y_X_TEXT: &str = "58.0";
const TICK_X_Y_TEXT: &str = "298.0";
const AXIS_X_TEXT: &str = "344.0";
const AXIS_Y_TEXT: &str = "316.0";
const TOP_TEXT: &str = "16.0";
const PLOT_BOTTOM_TEXT: &str = "280.0";
const MARKER_LABEL_Y_TEXT: &str = "26.0";

fn f(x: Decimal) -> f64 {
    to_f64(x)
}

/// A coordinate, to a tenth of a unit, written as a decimal of tenths:
/// `format!("{v:.1}")` would bring float formatting, 9,345 bytes gzip -9 of
/// the French page on the stable build.
pub(super) fn c(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    plain(hire_or_share::scaled::<1>(tenths))
}

/// Builds the chart figure: the SVG and a table of its data.
pub fn chart(doc: &Document, r: &Comparison, fmt: &Formats, lang: Lang) -> Element {
    let figure = el(doc, "figure", "chart", None);
    let max_cost = r
        .curve
        .iter()
        .map(|p| p.full_time_hire.max(p.part_time_hire).max(p.shared_time))
        .max()
        .unwrap_or(Decimal::ONE_HUNDRED);
    let y_max = nice_ceiling(f(max_cost));
    let x = |days: f64| LEFT + (days - 0.5) / 4.5 * (WIDTH - LEFT - RIGHT);
    let y = |cost: f64| TOP + (1.0 - cost / y_max) * (HEIGHT - TOP - BOTTOM);

    let title_text = t(
        lang,
        "Coût annuel selon le nombre de jours par semaine",
        "Annual cost by days a week",
    );
    let desc_text = describe(r, fmt, lang);
    let root = svg(
        doc,
        "svg",
        &[
            ("viewBox", "0 0 640 320"),
            ("role", "img"),
            ("aria-labelledby", "hos-chart-title hos-chart-desc"),
            ("class", "chart-svg"),
        ],
    );
    let title = svg(doc, "title", &[("id", "hos-chart-title")]);
    title.set_text_content(Some(title_text));
    let desc = svg(doc, "desc", &[("id", "hos-chart-desc")]);
    desc.set_text_content(Some(&desc_text));
    append(&root, &[&title, &desc]);

    // Grid and axes.
    for i in 0..=4 {
        let cost = y_max * f64::from(i) / 4.0;
        let yy = c(y(cost));
        let line = svg(
            doc,
            "line",
            &[
                ("x1", LEFT_TEXT),
                ("x2", PLOT_RIGHT_TEXT),
                ("y1", &yy),
                ("y2", &yy),
                ("class", "grid"),
            ],
        );
        let label = svg(
            doc,
            "text",
            &[
                ("x", TICK_Y_X_TEXT),
                ("y", &yy),
                ("class", "tick y"),
                ("aria-hidden", "true"),
            ],
        );
        // To the cent through an integer: `Decimal::from_f64` and `round_dp`
        // would add 1,052 bytes gzip -9 for these five labels.
        #[allow(
            clippy::cast_possible_truncation,
            reason = "y_max is a cost in euros, far inside an i64 of cents; `as` saturates anyway"
        )]
        let cents = (cost * 100.0).round() as i64;
        label.set_text_content(Some(&fmt.euros(&hire_or_share::scaled::<2>(cents))));
        append(&root, &[&line, &label]);
    }
    for day in 1..=5 {
        let xx = c(x(f64::from(day)));
        let label = svg(
            doc,
            "text",
            &[
                ("x", &xx),
                ("y", TICK_X_Y_TEXT),
                ("class", "tick x"),
                ("aria-hidden", "true"),
            ],
        );
        label.set_text_content(Some(&plain(Decimal::from(day))));
        add(&root, &label);
    }
    let axis = svg(
        doc,
        "text",
        &[
            ("x", AXIS_X_TEXT),
            ("y", AXIS_Y_TEXT),
            ("class", "axis-label"),
            ("aria-hidden", "true"),
        ],
    );
    axis.set_text_content(Some(t(lang, "jours par semaine", "days a week")));
    add(&root, &axis);

    // Markers: the chosen need and the break-even.
    let need = f(r.scenario.days_per_week);
    let marker = |days: f64, class: &str, text: &str| {
        let xx = c(x(days));
        let line = svg(
            doc,
            "line",
            &[
                ("x1", &xx),
                ("x2", &xx),
                ("y1", TOP_TEXT),
                ("y2", PLOT_BOTTOM_TEXT),
                ("class", class),
            ],
        );
        let label = svg(
            doc,
            "text",
            &[
                ("x", &xx),
                ("y", MARKER_LABEL_Y_TEXT),
                ("class", &format!("{class}-label")),
                ("aria-hidden", "true"),
            ],
        );
        label.set_text_content(Some(text));
        append(&root, &[&line, &label]);
    };
    marker(need, "need", t(lang, "votre besoin", "your need"));
    if let Some(be) = r.break_even.days_per_week
        && be >= hire_or_share::scaled::<1>(5)
    {
        marker(f(be), "break-even", t(lang, "point mort", "break-even"));
    }

    // The three series.
    let values: [fn(&hire_or_share::CurvePoint) -> Decimal; 3] = [
        |p| p.full_time_hire,
        |p| p.part_time_hire,
        |p| p.shared_time,
    ];
    let legend = el(doc, "ul", "legend", None);
    for ((class, name), value) in option_series(lang).into_iter().zip(values) {
        // "x,y x,y …", written in one string: as map/format!/collect/join,
        // 483 bytes gzip -9 more, which the page's budget has no room for.
        let mut points = String::new();
        for p in &r.curve {
            if !points.is_empty() {
                points.push(' ');
            }
            points.push_str(&c(x(f(p.days_per_week))));
            points.push(',');
            points.push_str(&c(y(f(value(p)))));
        }
        let line = svg(
            doc,
            "polyline",
            &[("points", &points), ("class", &format!("series {class}"))],
        );
        add(&root, &line);
        let item = el(doc, "li", class, Some(name));
        add(&legend, &item);
    }
    add(&figure, &root);
    add(&figure, &legend);
    add(&figure, &data_table(doc, r, fmt, lang));
    figure
}

/// A round ceiling for the y axis: 1, 2 or 5 × 10^n, in steps of a quarter.
pub(super) fn nice_ceiling(max: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    // The power of ten at or below `max`, by multiplying: a dozen steps at
    // most. `10f64.powi(max.log10().floor() as i32)` gives the same axis and
    // 377 bytes gzip -9 more, which the page's budget has no room for.
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= max {
        magnitude *= 10.0;
    }
    while magnitude > max {
        magnitude /= 10.0;
    }
    for step in [1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if step * magnitude >= max {
            return step * magnitude;
        }
    }
    10.0 * magnitude
}

/// The chart in words, for screen readers.
fn describe(r: &Comparison, fmt: &Formats, lang: Lang) -> String {
    let full = fmt.euros(&r.full_time_hire.cost.annual_cost);
    let per_day = fmt.euros(
        &(r.shared_time
            .cost
            .annual_cost
            .checked_div(r.scenario.days_per_week)
            .unwrap_or_default()),
    );
    let be = r.break_even.days_per_week.map(|be| fmt.number(&be));
    let template = match (&be, lang.compiled()) {
        (Some(_), Lang::Fr) => {
            "Le recrutement à temps plein coûte {} par an quel que soit le besoin\u{a0}; le temps partagé coûte {} par jour hebdomadaire et devient plus cher au-delà de {} jours par semaine."
        }
        (Some(_), Lang::En) => {
            "A full-time hire costs {} a year whatever the need; shared time costs {} per weekly day and becomes dearer beyond {} days a week."
        }
        (None, Lang::Fr) => {
            "Le recrutement à temps plein coûte {} par an\u{a0}; les courbes ne se croisent pas entre 0,5 et 5 jours par semaine."
        }
        (None, Lang::En) => {
            "A full-time hire costs {} a year; the lines do not cross between 0.5 and 5 days a week."
        }
    };
    fill(
        template,
        &[&full, &per_day, be.as_deref().unwrap_or_default()],
    )
}

/// The chart's data as a table, in a closed disclosure.
fn data_table(doc: &Document, r: &Comparison, fmt: &Formats, lang: Lang) -> Element {
    let (details, rows) = table_details(
        doc,
        "chart-data",
        t(lang, "Données du graphique", "Chart data"),
        t(lang, "Données du graphique", "Chart data"),
        &[
            t(lang, "Jours par semaine", "Days a week"),
            t(lang, "Temps plein", "Full time"),
            t(lang, "Temps partiel", "Part time"),
            t(lang, "Temps partagé", "Shared time"),
        ],
    );
    // Half days only: the curve goes from 0.5 days a week by quarter days.
    for p in r.curve.iter().step_by(2) {
        add(
            &rows,
            &data_row(
                doc,
                &fmt.number(&p.days_per_week),
                &[
                    ("", &fmt.euros(&p.full_time_hire)),
                    ("", &fmt.euros(&p.part_time_hire)),
                    ("", &fmt.euros(&p.shared_time)),
                ],
            ),
        );
    }
    details
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_is_written_as_c_writes_it() {
        assert_eq!(c(LEFT), LEFT_TEXT);
        assert_eq!(c(WIDTH - RIGHT), PLOT_RIGHT_TEXT);
        assert_eq!(c(LEFT - 6.0), TICK_Y_X_TEXT);
        assert_eq!(c(HEIGHT - BOTTOM + 18.0), TICK_X_Y_TEXT);
        assert_eq!(c((LEFT + WIDTH - RIGHT) / 2.0), AXIS_X_TEXT);
        assert_eq!(c(HEIGHT - 4.0), AXIS_Y_TEXT);
        assert_eq!(c(TOP), TOP_TEXT);
        assert_eq!(c(HEIGHT - BOTTOM), PLOT_BOTTOM_TEXT);
        assert_eq!(c(TOP + 10.0), MARKER_LABEL_Y_TEXT);
    }

    #[test]
    #[allow(clippy::float_cmp, reason = "the round steps are exact in binary")]
    fn the_axis_ends_on_a_round_step_at_or_above_the_largest_cost() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(f64::NAN), 1.0);
        assert_eq!(nice_ceiling(1000.0), 1000.0);
        assert_eq!(nice_ceiling(1001.0), 1250.0);
        assert_eq!(nice_ceiling(163_402.5), 200_000.0);
        assert_eq!(nice_ceiling(999_999.0), 1_000_000.0);
        assert_eq!(nice_ceiling(0.42), 0.5);
    }
}

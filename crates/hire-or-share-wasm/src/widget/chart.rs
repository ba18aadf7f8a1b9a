//! The SVG chart: annual cost against days a week, for each option, with the
//! break-even and the chosen need marked, and a text alternative.

use hire_or_share::{Comparison, Lang};
use rust_decimal::Decimal;
use web_sys::{Document, Element};

use super::dom::{Formats, add, append, attr, data_row, el, svg, table_details};
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

/// The charts' geometry, in the SVG's user units. The SVG scales with its
/// box, so text must read at the narrowest box: 320 units wide, shown about
/// 290 to 330 px wide on a 360 px phone, text of 14 units renders at 12.5 px
/// or more there; the stylesheet gives smaller sizes in units to wider
/// elements, whose charts grow up to 40rem (hire-or-share.css).
pub(super) const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 230.0;
/// The largest text size in user units (the stylesheet's, on a phone): the
/// room the charts leave for their labels is measured in it.
pub(super) const FONT: f64 = 14.0;
/// Room right of the plot: half the last tick's label.
pub(super) const RIGHT: f64 = 10.0;
/// The markers' labels take two rows above the plot.
const TOP: f64 = FONT * 2.0 + 10.0;
/// Below the plot: the ticks' labels, then the axis' name.
pub(super) const BOTTOM: f64 = FONT * 2.0 + 14.0;

/// `value` as an SVG attribute holds it, to a tenth of a unit, through the
/// decimal formatting the module has: `format!("{value:.1}")` would bring
/// in `core`'s float formatting, 10,300 bytes brotli of the element
/// (measured), a tenth of its budget.
fn number(value: f64) -> String {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a coordinate in a chart a few hundred units wide; `as` saturates anyway"
    )]
    let tenths = (value * 10.0).round() as i64;
    plain(hire_or_share::scaled::<1>(tenths))
}

/// A chart's `viewBox`: [`WIDTH`] wide, `height` high.
pub(super) fn view_box(height: f64) -> String {
    ["0 0", &number(WIDTH), &number(height)].join(" ")
}

/// An SVG element `tag` of `class` with numeric attributes, each written to
/// a tenth of a unit.
pub(super) fn shape(doc: &Document, tag: &str, class: &str, numbers: &[(&str, f64)]) -> Element {
    let e = svg(doc, tag, &[("class", class)]);
    for (name, value) in numbers {
        attr(&e, name, &number(*value));
    }
    e
}

/// A label drawn in a chart at (`x`, `y`): hidden from screen readers, which
/// read the chart's description and its table instead.
pub(super) fn label(doc: &Document, x: f64, y: f64, class: &str, text: &str) -> Element {
    let e = shape(doc, "text", class, &[("x", x), ("y", y)]);
    attr(&e, "aria-hidden", "true");
    e.set_text_content(Some(text));
    e
}

/// A line through `points`, as an SVG `polyline` of `class`: `x,y` pairs
/// separated by spaces. One function for every line of both charts, their
/// points taken through `dyn Iterator`, not a copy for each kind of iterator.
pub(super) fn polyline(
    doc: &Document,
    class: &str,
    points: &mut dyn Iterator<Item = (f64, f64)>,
) -> Element {
    let mut text = String::new();
    for (x, y) in points {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&number(x));
        text.push(',');
        text.push_str(&number(y));
    }
    svg(doc, "polyline", &[("points", &text), ("class", class)])
}

/// Room for `text` in a chart, in user units, at the largest text size: a
/// generous average width of a glyph, so that no label is ever cut.
pub(super) fn text_width(text: &str) -> f64 {
    #[allow(
        clippy::cast_precision_loss,
        reason = "a label's length in characters, a few dozen at most"
    )]
    let chars = text.chars().count() as f64;
    chars * FONT * 0.62
}

/// The axis' label of `cost` euros: in thousands (`250 k€`, `€250k`) from
/// an axis of 10,000 €, so that the labels stay short on a phone.
pub(super) fn cost_label(cost: f64, y_max: f64, fmt: &Formats, lang: Lang) -> String {
    let thousands = y_max >= 10_000.0;
    let shown = if thousands { cost / 1000.0 } else { cost };
    // To the cent through an integer: the ticks are quarters of a round
    // number, exact in cents.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a cost in euros, far inside an i64 of cents; `as` saturates anyway"
    )]
    let value = Decimal::new((shown * 100.0).round() as i64, 2);
    if thousands {
        fill(t(lang, "{}\u{a0}k€", "€{}k"), &[&fmt.number(&value)])
    } else {
        fmt.euros(&value)
    }
}

/// The left margin of a chart whose axis shows `labels`: room for the
/// longest and a gap before the plot.
pub(super) fn left_margin(labels: &[String]) -> f64 {
    labels.iter().map(|l| text_width(l)).fold(FONT, f64::max) + 8.0
}

/// The cost of tick `i` (0 to 4) of a costs' axis up to `y_max`: the ticks
/// are its quarters.
fn tick(y_max: f64, i: u32) -> f64 {
    y_max * f64::from(i) / 4.0
}

/// The labels of a costs' axis up to `y_max`, one a tick ([`tick`]), as
/// both charts show them.
pub(super) fn cost_labels(y_max: f64, fmt: &Formats, lang: Lang) -> Vec<String> {
    (0..=4)
        .map(|i| cost_label(tick(y_max, i), y_max, fmt, lang))
        .collect()
}

/// The costs' grid of either chart in `root`: at each tick of an axis up to
/// `y_max`, a line across the plot from `left` to `right`, at the height
/// `y` gives the cost, and its label right-aligned in the left margin.
pub(super) fn cost_grid(
    doc: &Document,
    root: &Element,
    labels: &[String],
    y_max: f64,
    (left, right): (f64, f64),
    y: &dyn Fn(f64) -> f64,
) {
    for (i, text) in (0..=4).zip(labels) {
        let yy = y(tick(y_max, i));
        let line = shape(
            doc,
            "line",
            "grid",
            &[("x1", left), ("x2", right), ("y1", yy), ("y2", yy)],
        );
        append(root, &[&line, &label(doc, left - 6.0, yy, "tick y", text)]);
    }
}

/// The `<svg>` of either chart, [`WIDTH`] wide and `height` high: an image
/// named by its `title` and described by `desc`, elements of ids
/// `{id}-title` and `{id}-desc`.
pub(super) fn chart_svg(doc: &Document, height: f64, id: &str, title: &str, desc: &str) -> Element {
    let (title_id, desc_id) = ([id, "-title"].concat(), [id, "-desc"].concat());
    let root = svg(
        doc,
        "svg",
        &[
            ("viewBox", &view_box(height)),
            ("role", "img"),
            (
                "aria-labelledby",
                &[title_id.as_str(), " ", &desc_id].concat(),
            ),
            ("class", "chart-svg"),
        ],
    );
    let title_el = svg(doc, "title", &[("id", &title_id)]);
    title_el.set_text_content(Some(title));
    let desc_el = svg(doc, "desc", &[("id", &desc_id)]);
    desc_el.set_text_content(Some(desc));
    append(&root, &[&title_el, &desc_el]);
    root
}

/// A series of either chart: its line through `points` in `root`, of class
/// `series {class}`, and its name in the `legend`.
pub(super) fn series(
    doc: &Document,
    (root, legend): (&Element, &Element),
    (class, name): (&str, &str),
    points: &mut dyn Iterator<Item = (f64, f64)>,
) {
    add(root, &polyline(doc, &["series ", class].concat(), points));
    add(legend, &el(doc, "li", class, Some(name)));
}

/// The `x` of a label of `text` centred on `at`, moved inside the chart
/// where its middle would put it past an edge.
fn centred_inside(text: &str, at: f64) -> f64 {
    let half = text_width(text) / 2.0;
    // Not `clamp`, whose check of its bounds would bring in `core`'s float
    // formatting for its panic message (10 KB brotli): a label wider than
    // the chart starts at its left edge.
    at.min(WIDTH - half).max(half)
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
    let y_max = nice_ceiling(to_f64(max_cost));
    let labels = cost_labels(y_max, fmt, lang);
    let left = left_margin(&labels);
    let (plot_top, plot_bottom, plot_right) = (TOP, HEIGHT - BOTTOM, WIDTH - RIGHT);
    let x = |days: f64| left + (days - 0.5) / 4.5 * (plot_right - left);
    let y = |cost: f64| plot_top + (1.0 - cost / y_max) * (plot_bottom - plot_top);

    let title_text = t(
        lang,
        "Coût annuel selon le nombre de jours par semaine",
        "Annual cost by days a week",
    );
    let desc_text = describe(r, fmt, lang);
    let root = chart_svg(doc, HEIGHT, "hos-chart", title_text, &desc_text);

    // Grid and axes: the costs' labels right-aligned in the left margin,
    // the days' below the plot, the axis' name under them.
    cost_grid(doc, &root, &labels, y_max, (left, plot_right), &y);
    let tick_y = plot_bottom + FONT + 2.0;
    for day in 1..=5 {
        let text = plain(Decimal::from(day));
        add(
            &root,
            &label(doc, x(f64::from(day)), tick_y, "tick x", &text),
        );
    }
    let axis_text = t(lang, "jours par semaine", "days a week");
    add(
        &root,
        &label(
            doc,
            centred_inside(axis_text, f64::midpoint(left, plot_right)),
            HEIGHT - 4.0,
            "axis-label",
            axis_text,
        ),
    );

    // Markers: the chosen need, and the break-even, each labelled on a row
    // of its own above the plot (they may be close), inside the chart.
    let marker = |days: f64, class: &str, row: f64, text: &str| {
        let xx = x(days);
        let line = shape(
            doc,
            "line",
            class,
            &[
                ("x1", xx),
                ("x2", xx),
                ("y1", plot_top),
                ("y2", plot_bottom),
            ],
        );
        let text_y = FONT * row + 2.0;
        let tag = label(
            doc,
            centred_inside(text, xx),
            text_y,
            &[class, "-label"].concat(),
            text,
        );
        append(&root, &[&line, &tag]);
    };
    marker(
        to_f64(r.scenario.days_per_week),
        "need",
        1.0,
        t(lang, "votre besoin", "your need"),
    );
    if let Some(be) = r.break_even.days_per_week
        && be >= hire_or_share::scaled::<1>(5)
    {
        marker(
            to_f64(be),
            "break-even",
            2.0,
            t(lang, "point mort", "break-even"),
        );
    }

    // The three series.
    let values: [fn(&hire_or_share::CurvePoint) -> Decimal; 3] = [
        |p| p.full_time_hire,
        |p| p.part_time_hire,
        |p| p.shared_time,
    ];
    let legend = el(doc, "ul", "legend", None);
    for (option, value) in option_series(lang).into_iter().zip(values) {
        let mut points = r
            .curve
            .iter()
            .map(|p| (x(to_f64(p.days_per_week)), y(to_f64(value(p)))));
        series(doc, (&root, &legend), option, &mut points);
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
    fn labels_keep_inside_the_chart() {
        let wide = "jours par semaine";
        let half = text_width(wide) / 2.0;
        assert!((centred_inside(wide, 0.0) - half).abs() < 1e-9);
        assert!((centred_inside(wide, WIDTH) - (WIDTH - half)).abs() < 1e-9);
        assert!((centred_inside(wide, WIDTH / 2.0) - WIDTH / 2.0).abs() < 1e-9);
        // The margin holds the longest label and a gap.
        let labels = ["0\u{a0}k€".to_owned(), "1\u{a0}500\u{a0}k€".to_owned()];
        assert!(left_margin(&labels) >= text_width(&labels[1]) + 6.0);
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

//! The SVG charts of the reports: the frame and legend they share, and the
//! annual cost of each option against days a week.

use std::fmt::Write as _;

use hire_or_share::{Comparison, Lang};
use rust_decimal::Decimal;

use crate::text::{esc, eur, t};

/// A series of the chart: colour, dash pattern, name, and the value it plots.
type Series = (
    &'static str,
    &'static str,
    &'static str,
    fn(&hire_or_share::CurvePoint) -> Decimal,
);

pub fn f(x: Decimal) -> f64 {
    rust_decimal::prelude::ToPrimitive::to_f64(&x).unwrap_or(0.0)
}

/// A chart's frame: its size, its margins and its cost scale (from 0 to a
/// round figure above the largest cost), shared by the report's charts.
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// The top of the cost scale, euros.
    pub y_max: f64,
}

impl Frame {
    /// A frame whose cost scale holds `max`, with `right` pixels of margin
    /// on the right.
    pub fn new(max: Decimal, right: f64) -> Self {
        let magnitude = 10f64.powf(f(max).log10().floor());
        let y_max = [1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
            .iter()
            .map(|s| s * magnitude)
            .find(|v| *v >= f(max))
            .unwrap_or(10.0 * magnitude);
        Frame {
            width: 640.0,
            height: 320.0,
            left: 72.0,
            right,
            top: 16.0,
            bottom: 40.0,
            y_max,
        }
    }

    /// The abscissa of `share` (0 to 1) of the plot's width.
    pub fn x(&self, share: f64) -> f64 {
        self.left + share * (self.width - self.left - self.right)
    }

    /// The ordinate of a cost.
    pub fn y(&self, cost: f64) -> f64 {
        self.top + (1.0 - cost / self.y_max) * (self.height - self.top - self.bottom)
    }

    /// The opening `<svg>` tag and its title, `legend` pixels below the
    /// axis label for the legend.
    pub fn open(&self, title: &str, legend: f64) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" font-family=\"sans-serif\" font-size=\"12\">\n<title>{}</title>\n",
            self.width,
            self.height + legend,
            esc(title),
            esc(title)
        )
    }

    /// The cost scale's gridlines and labels, in five steps.
    pub fn y_grid(&self, svg: &mut String, lang: Lang) {
        for i in 0..=4 {
            let cost = self.y_max * f64::from(i) / 4.0;
            let _ = writeln!(
                svg,
                "<line x1=\"{}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#ccd2d8\"/><text x=\"{}\" y=\"{yy:.1}\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#4d5661\">{}</text>",
                self.left,
                self.width - self.right,
                self.left - 6.0,
                esc(&eur(Decimal::from(cost as i64), lang)
                    .replace(",00 €", " €")
                    .replace(".00 €", " €")),
                yy = self.y(cost)
            );
        }
    }
}

/// One entry of a chart's legend at (`lx`, `ly`): the line as drawn, then its name.
pub fn legend(
    svg: &mut String,
    lx: f64,
    ly: f64,
    color: &str,
    stroke_width: &str,
    dash: &str,
    name: &str,
) {
    let _ = writeln!(
        svg,
        "<line x1=\"{lx}\" x2=\"{}\" y1=\"{ly}\" y2=\"{ly}\" stroke=\"{color}\" stroke-width=\"{stroke_width}\" stroke-dasharray=\"{dash}\"/><text x=\"{}\" y=\"{}\">{}</text>",
        lx + 20.0,
        lx + 24.0,
        ly + 4.0,
        esc(name)
    );
}

/// The annual cost of each option against days a week, as an SVG string:
/// the same chart as the widget's, for proposals.
pub fn svg_chart(r: &Comparison, lang: Lang) -> String {
    let max = r
        .curve
        .iter()
        .flat_map(|p| [p.full_time_hire, p.part_time_hire, p.shared_time])
        .max()
        .unwrap_or(Decimal::ONE);
    let frame = Frame::new(max, 16.0);
    let (width, height, left, right, top, bottom) = (
        frame.width,
        frame.height,
        frame.left,
        frame.right,
        frame.top,
        frame.bottom,
    );
    let x = |d: f64| frame.x((d - 0.5) / 4.5);
    let y = |c: f64| frame.y(c);
    let title = t(
        lang,
        "Coût annuel selon le nombre de jours par semaine",
        "Annual cost by days a week",
    );
    let mut svg = frame.open(title, 28.0);
    frame.y_grid(&mut svg, lang);
    for day in 1..=5 {
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#4d5661\">{day}</text>",
            x(f64::from(day)),
            height - bottom + 18.0
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#4d5661\">{}</text>",
        (left + width - right) / 2.0,
        height - 4.0,
        esc(t(lang, "jours par semaine", "days a week"))
    );
    let mut marker = |d: f64, label: &str, dash: &str| {
        let _ = writeln!(
            svg,
            "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{top}\" y2=\"{}\" stroke=\"#1b1f24\" stroke-dasharray=\"{dash}\"/><text x=\"{xx:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            height - bottom,
            top + 10.0,
            esc(label),
            xx = x(d)
        );
    };
    marker(
        f(r.scenario.days_per_week),
        t(lang, "votre besoin", "your need"),
        "0",
    );
    if let Some(be) = r.break_even.days_per_week
        && be >= Decimal::new(5, 1)
    {
        marker(f(be), t(lang, "point mort", "break-even"), "4 4");
    }
    let series: [Series; 3] = [
        (
            "#b3261e",
            "0",
            t(lang, "Recrutement à temps plein", "Full-time hire"),
            |p| p.full_time_hire,
        ),
        (
            "#7a5c00",
            "6 4",
            t(lang, "Recrutement à temps partiel", "Part-time hire"),
            |p| p.part_time_hire,
        ),
        (
            "#0b7a4b",
            "0",
            t(lang, "Temps partagé", "Shared time"),
            |p| p.shared_time,
        ),
    ];
    for ((color, dash, name, value), lx) in
        series.iter().zip([left + 8.0, left + 198.0, left + 388.0])
    {
        let points: Vec<String> = r
            .curve
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(f(p.days_per_week)), y(f(value(p)))))
            .collect();
        let _ = writeln!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"3\" stroke-dasharray=\"{dash}\"><title>{}</title></polyline>",
            points.join(" "),
            esc(name)
        );
        // The legend, under the axis label.
        legend(&mut svg, lx, height + 18.0, color, "3", dash, name);
    }
    svg.push_str("</svg>\n");
    svg
}

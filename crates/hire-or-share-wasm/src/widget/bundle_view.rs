//! The bundle mode's result: each role's days and costs, then the bundle
//! against one hire per role and one generalist, shown first in the result.

use super::dom::{add, attr, data_row, el, figure, header_row, prepend, scroll_wrap};
use super::model::Model;
use super::number::plain;
use super::text::t;
use super::view::View;

/// Several roles at once: each role, then the bundle against one hire per
/// role and one generalist. Shown first in the result.
pub(super) fn render_bundle(view: &View, model: &Model, b: &hire_or_share::BundleComparison) {
    let (doc, fmt, lang) = (&view.doc, &model.fmt, view.lang);
    let section = el(doc, "section", "bundle", None);
    attr(&section, "data-key", "bundle");
    add(
        &section,
        &el(
            doc,
            "h2",
            "",
            Some(t(
                lang,
                "Plusieurs expertises en temps partagé",
                "Several expertises in shared time",
            )),
        ),
    );
    let table = el(doc, "table", "", None);
    let head = header_row(
        doc,
        &[
            t(lang, "Expertise", "Expertise"),
            t(lang, "Jours/sem.", "Days/week"),
            t(lang, "Temps partagé", "Shared time"),
            t(lang, "Recrutement", "Hire"),
        ],
    );
    add(&table, &head);
    for r in &b.roles {
        let p = r.role.preset();
        add(
            &table,
            &data_row(
                doc,
                t(lang, p.label_fr, p.label_en),
                &[
                    ("", &fmt.number(&r.days_per_week)),
                    ("amount", &fmt.euros(&r.shared_time.annual_cost)),
                    ("amount", &fmt.euros(&r.full_time_hire.annual_cost)),
                ],
            ),
        );
    }
    add(
        &section,
        &scroll_wrap(doc, &table, t(lang, "Expertises", "Expertises")),
    );
    let list = el(doc, "dl", "figures", None);
    figure(
        doc,
        &list,
        "bundle-shared",
        t(
            lang,
            "Temps partagé, toutes expertises, par an",
            "Shared time, every expertise, a year",
        ),
        &fmt.euros(&b.shared_time.annual_cost),
        Some(plain(b.shared_time.annual_cost)),
    );
    figure(
        doc,
        &list,
        "bundle-hire-each",
        t(
            lang,
            "Un recrutement par expertise",
            "One hire per expertise",
        ),
        &fmt.euros(&b.hire_each.annual_cost),
        Some(plain(b.hire_each.annual_cost)),
    );
    figure(
        doc,
        &list,
        "bundle-generalist",
        t(lang, "Un seul généraliste", "One generalist"),
        &fmt.euros(&b.generalist.annual_cost),
        Some(plain(b.generalist.annual_cost)),
    );
    add(&section, &list);
    for n in &b.notices {
        add(&section, &el(doc, "p", "note", Some(t(lang, n.fr, n.en))));
    }
    prepend(&view.results, &section);
}

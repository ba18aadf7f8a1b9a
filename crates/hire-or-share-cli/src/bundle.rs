//! Several roles at once (`compare --bundle`): each role's costs and the
//! bundle's totals, as a terminal table or Markdown.

use std::fmt::Write as _;

use hire_or_share::Lang;

use crate::text::{days, eur, t};

/// The bundle's comparison: each role's costs, then the separate and the
/// one-generalist totals.
pub fn bundle(r: &hire_or_share::BundleComparison, lang: Lang, markdown: bool) -> String {
    let mut out = String::new();
    let role = |role: hire_or_share::Role| {
        let p = role.preset();
        t(lang, p.label_fr, p.label_en)
    };
    let (title, head) = if markdown { ("## ", "|") } else { ("", "") };
    let _ = writeln!(
        out,
        "{title}{}\n",
        t(
            lang,
            "Plusieurs expertises en temps partagé",
            "Several expertises in shared time"
        )
    );
    if markdown {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---:|---:|---:|",
            t(lang, "Métier", "Role"),
            t(lang, "Jours/sem.", "Days/week"),
            t(lang, "Temps partagé", "Shared time"),
            t(lang, "Recrutement", "Hire")
        );
    }
    for line in &r.roles {
        if markdown {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                role(line.role),
                days(line.days_per_week, lang),
                eur(line.shared_time.annual_cost, lang),
                eur(line.full_time_hire.annual_cost, lang)
            );
        } else {
            let _ = writeln!(
                out,
                "{:<46} {:>5} {:>16} {:>16}",
                role(line.role),
                days(line.days_per_week, lang),
                eur(line.shared_time.annual_cost, lang),
                eur(line.full_time_hire.annual_cost, lang)
            );
        }
    }
    let rows = [
        (
            t(
                lang,
                "Temps partagé, tous les métiers",
                "Shared time, every role",
            ),
            &r.shared_time,
        ),
        (
            t(lang, "Un recrutement par métier", "One hire per role"),
            &r.hire_each,
        ),
        (
            t(lang, "Un seul généraliste", "One generalist"),
            &r.generalist,
        ),
    ];
    let _ = writeln!(out);
    if markdown {
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n|---|---:|---:|",
            t(lang, "Option", "Option"),
            t(lang, "Par an", "A year"),
            t(lang, "Première année", "First year")
        );
    }
    for (name, cost) in rows {
        if markdown {
            let _ = writeln!(
                out,
                "| {name} | {} | {} |",
                eur(cost.annual_cost, lang),
                eur(cost.first_year_cost, lang)
            );
        } else {
            let _ = writeln!(
                out,
                "{name:<46} {:>16} {:>16}",
                eur(cost.annual_cost, lang),
                eur(cost.first_year_cost, lang)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{head}{} {}{} {} {}",
        t(
            lang,
            "Économie face à un recrutement par métier\u{a0}:",
            "Saving against one hire per role:"
        ),
        eur(r.savings_vs_hire_each, lang),
        t(lang, "\u{a0};", ";"),
        t(
            lang,
            "face à un généraliste\u{a0}:",
            "against one generalist:"
        ),
        eur(r.savings_vs_generalist, lang)
    );
    for n in &r.notices {
        let _ = writeln!(out, "\n{}", t(lang, n.fr, n.en));
    }
    out
}

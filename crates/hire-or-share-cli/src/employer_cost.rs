//! The employer cost and the role presets as terminal tables and Markdown,
//! every amount in euros to the cent (`7,150.00 €`).

use std::fmt::Write as _;

use hire_or_share::{Defaults, EmployerCost, Lang, Payer};
use rust_decimal::Decimal;

use crate::text::{eur, t};

pub fn table(cost: &EmployerCost, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<58} {:>15} {:>9} {:>15}",
        "",
        "base",
        t(lang, "taux %", "rate %"),
        t(lang, "montant", "amount")
    );
    for payer in [Payer::Employer, Payer::Employee] {
        let _ = writeln!(
            out,
            "{}",
            if payer == Payer::Employer {
                t(lang, "Part patronale", "Employer")
            } else {
                t(lang, "Part salariale", "Employee")
            }
        );
        for line in cost.lines.iter().filter(|l| l.payer == payer) {
            let _ = writeln!(
                out,
                "  {:<56} {:>15} {:>9} {:>15}",
                t(lang, line.label_fr, line.label_en),
                eur(line.base, lang),
                line.rate.normalize(),
                eur(line.amount, lang)
            );
        }
    }
    for (fr, en, value) in totals(cost) {
        let _ = writeln!(out, "{:<84} {:>15}", t(lang, fr, en), eur(value, lang));
    }
    let rgdu = &cost.rgdu_detail;
    let _ = match lang {
        Lang::Fr => writeln!(
            out,
            "RGDU\u{a0}: coefficient {}\u{a0}; nulle à partir de {} brut annuel (3 × SMIC)\u{a0}; juste en dessous, elle vaut {}",
            rgdu.coefficient,
            eur(rgdu.threshold_annual, lang),
            eur(rgdu.cliff_amount, lang)
        ),
        Lang::En => writeln!(
            out,
            "RGDU: coefficient {}; nil from {} gross a year (3 × SMIC); just below, it is worth {}",
            rgdu.coefficient,
            eur(rgdu.threshold_annual, lang),
            eur(rgdu.cliff_amount, lang)
        ),
    };
    let _ = writeln!(
        out,
        "{} {} ({} – {})",
        t(lang, "Règles", "Rules"),
        cost.period.name,
        cost.period.start,
        cost.period.end
    );
    out
}

fn totals(cost: &EmployerCost) -> [(&'static str, &'static str, Decimal); 6] {
    [
        (
            "Salaire brut annuel",
            "Gross annual salary",
            cost.gross_annual,
        ),
        (
            "Cotisations patronales (après réductions)",
            "Employer contributions (after reductions)",
            cost.employer_contributions,
        ),
        ("dont RGDU", "of which RGDU reduction", -cost.rgdu),
        (
            "Coût total employeur",
            "Total employer cost",
            cost.total_employer_cost,
        ),
        (
            "Cotisations salariales",
            "Employee contributions",
            cost.employee_contributions,
        ),
        (
            "Net à payer avant impôt",
            "Net before income tax",
            cost.net_before_income_tax,
        ),
    ]
}

pub fn markdown(cost: &EmployerCost, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| {} | base | {} | {} |\n|---|---:|---:|---:|",
        t(lang, "Ligne", "Line"),
        t(lang, "taux %", "rate %"),
        t(lang, "montant", "amount")
    );
    for line in &cost.lines {
        let _ = writeln!(
            out,
            "| [{}]({}) | {} | {} | {} |",
            t(lang, line.label_fr, line.label_en),
            line.source.url,
            eur(line.base, lang),
            line.rate.normalize(),
            eur(line.amount, lang)
        );
    }
    let _ = writeln!(out);
    for (fr, en, value) in totals(cost) {
        let _ = writeln!(out, "- {}: {}", t(lang, fr, en), eur(value, lang));
    }
    out
}

pub fn presets(json: bool, lang: Lang) -> String {
    if json {
        let mut text =
            serde_json::to_string_pretty(Defaults::current().presets).unwrap_or_default();
        text.push('\n');
        return text;
    }
    let mut out = String::new();
    for p in Defaults::current().presets {
        let _ = writeln!(
            out,
            "{:<10} {:<46} {:>14} {:>12}",
            p.role.key(),
            t(lang, p.label_fr, p.label_en),
            eur(p.gross_annual, lang),
            eur(p.day_rate, lang)
        );
        let _ = writeln!(
            out,
            "           {}: {}",
            t(lang, "salaire", "salary"),
            p.gross_annual_source.title_in(lang)
        );
        let _ = writeln!(
            out,
            "           {}: {}",
            t(lang, "tarif", "day rate"),
            p.day_rate_source.title_in(lang)
        );
    }
    out
}

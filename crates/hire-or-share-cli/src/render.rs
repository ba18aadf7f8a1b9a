//! Tables for the terminal and Markdown for proposals.

use std::fmt::Write as _;

use hire_or_share::{
    Comparison, CostLine, EmployerCost, Lang, NoBreakEven, PRESETS, Payer, format_euros,
};
use rust_decimal::Decimal;

fn t(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

fn eur(amount: Decimal, lang: Lang) -> String {
    format_euros(amount, lang).replace('\u{a0}', " ")
}

fn days(value: Decimal, lang: Lang) -> String {
    let text = value.normalize().to_string();
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

fn break_even_text(
    days_per_week: Option<Decimal>,
    reason: Option<NoBreakEven>,
    lang: Lang,
) -> String {
    match (days_per_week, reason) {
        (Some(d), _) => match lang {
            Lang::Fr => format!("{} jours par semaine", days(d, lang)),
            Lang::En => format!("{} days a week", days(d, lang)),
        },
        (None, Some(NoBreakEven::SharedCheaperAtEveryNeed)) => t(
            lang,
            "aucun : le temps partagé coûte moins cher jusqu'à 5 jours par semaine",
            "none: shared time costs less up to 5 days a week",
        )
        .to_owned(),
        (None, _) => t(
            lang,
            "aucun : le recrutement coûte moins cher quel que soit le besoin",
            "none: hiring costs less whatever the need",
        )
        .to_owned(),
    }
}

/// The one-sentence answer.
pub fn verdict(r: &Comparison, lang: Lang) -> String {
    let d = days(r.scenario.days_per_week, lang);
    let amount = eur(r.savings.amount.abs(), lang);
    match (lang, r.savings.amount >= Decimal::ZERO) {
        (Lang::Fr, true) => format!(
            "À {d} jour(s) par semaine, le temps partagé vous coûte {amount} de moins par an qu'un recrutement à temps plein."
        ),
        (Lang::Fr, false) => format!(
            "À {d} jour(s) par semaine, le temps partagé vous coûte {amount} de plus par an qu'un recrutement à temps plein."
        ),
        (Lang::En, true) => format!(
            "At {d} day(s) a week, shared time costs you {amount} a year less than a full-time hire."
        ),
        (Lang::En, false) => format!(
            "At {d} day(s) a week, shared time costs you {amount} a year more than a full-time hire."
        ),
    }
}

fn label(line: &CostLine, lang: Lang) -> &'static str {
    t(lang, line.label_fr, line.label_en)
}

fn formula(line: &CostLine, lang: Lang) -> &str {
    match lang {
        Lang::Fr => &line.formula_fr,
        Lang::En => &line.formula_en,
    }
}

pub fn comparison_table(r: &Comparison, lang: Lang) -> String {
    let mut out = String::new();
    let preset = r.scenario.role.preset();
    let _ = writeln!(out, "{}", t(lang, preset.label_fr, preset.label_en));
    let _ = writeln!(out, "{}\n", verdict(r, lang));
    let _ = writeln!(
        out,
        "{:<44} {:>16} {:>16}",
        "",
        t(lang, "Régime établi", "Steady state"),
        t(lang, "Première année", "First year")
    );
    let rows = [
        (
            t(lang, "Recrutement à temps plein", "Full-time hire"),
            &r.full_time_hire.cost,
        ),
        (
            t(lang, "Recrutement à temps partiel", "Part-time hire"),
            &r.part_time_hire.cost,
        ),
        (t(lang, "Temps partagé", "Shared time"), &r.shared_time.cost),
    ];
    for (name, cost) in rows {
        let _ = writeln!(
            out,
            "{:<44} {:>16} {:>16}",
            name,
            eur(cost.annual_cost, lang),
            eur(cost.first_year_cost, lang)
        );
    }
    let be = &r.break_even;
    let _ = writeln!(
        out,
        "\n{} {}",
        t(lang, "Point mort :", "Break-even:"),
        break_even_text(be.days_per_week, be.reason, lang)
    );
    let _ = writeln!(
        out,
        "{} {}",
        t(
            lang,
            "Point mort la première année :",
            "First-year break-even:"
        ),
        break_even_text(be.first_year_days_per_week, be.first_year_reason, lang)
    );
    if let Some(rate) = be.day_rate {
        let _ = writeln!(
            out,
            "{} {}",
            t(
                lang,
                "Tarif journalier d'équilibre :",
                "Break-even day rate:"
            ),
            eur(rate, lang)
        );
    }
    if let Some(gross) = be.gross_annual {
        let _ = writeln!(
            out,
            "{} {}",
            t(lang, "Salaire d'équilibre :", "Break-even salary:"),
            eur(gross, lang)
        );
    }
    let _ = writeln!(
        out,
        "{} {} / {} ({})",
        t(
            lang,
            "Délai avant pleine efficacité (semaines), temps partagé / recrutement :",
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
    for (name, cost) in [
        (
            t(lang, "Recrutement à temps plein", "Full-time hire"),
            &r.full_time_hire.cost,
        ),
        (t(lang, "Temps partagé", "Shared time"), &r.shared_time.cost),
    ] {
        let _ = writeln!(
            out,
            "\n{name} — {}",
            t(lang, "détail (régime établi)", "breakdown (steady state)")
        );
        for line in &cost.lines {
            let _ = writeln!(
                out,
                "  {:<58} {:>14}  {}",
                label(line, lang),
                eur(line.amount, lang),
                formula(line, lang)
            );
        }
    }
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
            "Sensibilité du point mort (hypothèse −20 % / +20 %)",
            "Break-even sensitivity (assumption −20 % / +20 %)"
        )
    );
    for s in r.sensitivity.iter().take(6) {
        let show = |b: Option<Decimal>| b.map_or_else(|| "—".to_owned(), |d| days(d, lang));
        let _ = writeln!(
            out,
            "  {:<58} {:>6} / {:<6}",
            t(lang, s.label_fr, s.label_en),
            show(s.low_break_even),
            show(s.high_break_even)
        );
    }
    for w in &r.part_time_hire.warnings {
        let _ = writeln!(
            out,
            "\n{} {}",
            t(lang, "Temps partiel :", "Part time:"),
            t(lang, w.fr, w.en)
        );
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
        t(lang, "Recruter ou partager ?", "Hire or share?"),
        t(lang, preset.label_fr, preset.label_en)
    );
    let _ = writeln!(out, "**{}**\n", verdict(r, lang));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---:|---:|",
        t(lang, "Option", "Option"),
        t(lang, "Régime établi", "Steady state"),
        t(lang, "Première année", "First year")
    );
    for (name, cost) in [
        (
            t(lang, "Recrutement à temps plein", "Full-time hire"),
            &r.full_time_hire.cost,
        ),
        (
            t(lang, "Recrutement à temps partiel", "Part-time hire"),
            &r.part_time_hire.cost,
        ),
        (t(lang, "Temps partagé", "Shared time"), &r.shared_time.cost),
    ] {
        let _ = writeln!(
            out,
            "| {name} | {} | {} |",
            eur(cost.annual_cost, lang),
            eur(cost.first_year_cost, lang)
        );
    }
    let be = &r.break_even;
    let _ = writeln!(
        out,
        "\n- {} {}\n- {} {}",
        t(lang, "Point mort :", "Break-even:"),
        break_even_text(be.days_per_week, be.reason, lang),
        t(
            lang,
            "Point mort la première année :",
            "First-year break-even:"
        ),
        break_even_text(be.first_year_days_per_week, be.first_year_reason, lang)
    );
    for (name, cost) in [
        (
            t(lang, "Recrutement à temps plein", "Full-time hire"),
            &r.full_time_hire.cost,
        ),
        (t(lang, "Temps partagé", "Shared time"), &r.shared_time.cost),
    ] {
        let _ = writeln!(
            out,
            "\n### {name}\n\n| {} | {} | {} | {} |\n|---|---:|---|---|",
            t(lang, "Poste", "Line"),
            t(lang, "Montant", "Amount"),
            t(lang, "Calcul", "Formula"),
            t(lang, "Source", "Source")
        );
        for line in &cost.first_year_lines {
            let source = match &line.source {
                Some(s) if !s.url.is_empty() => {
                    format!("[{}]({})", s.title.replace('|', "/"), s.url)
                }
                Some(s) => s.title.replace('|', "/"),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {}{} |",
                label(line, lang),
                eur(line.amount, lang),
                formula(line, lang),
                source,
                if line.estimate {
                    t(lang, " (estimation)", " (estimate)")
                } else {
                    ""
                }
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{} {} ({} – {}).",
        t(
            lang,
            "Règles sociales appliquées :",
            "Payroll rules applied:"
        ),
        r.period.name,
        r.period.start,
        r.period.end
    );
    out
}

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
        "\n{head}{} {} ; {} {}",
        t(
            lang,
            "Économie face à un recrutement par métier :",
            "Saving against one hire per role:"
        ),
        eur(r.savings_vs_hire_each, lang),
        t(lang, "face à un généraliste :", "against one generalist:"),
        eur(r.savings_vs_generalist, lang)
    );
    for n in &r.notices {
        let _ = writeln!(out, "\n{}", t(lang, n.fr, n.en));
    }
    out
}

pub fn employer_cost_table(cost: &EmployerCost, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<52} {:>12} {:>9} {:>12}",
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
                "  {:<50} {:>12} {:>9} {:>12}",
                t(lang, line.label_fr, line.label_en),
                line.base,
                line.rate.normalize(),
                line.amount
            );
        }
    }
    for (fr, en, value) in employer_cost_totals(cost) {
        let _ = writeln!(out, "{:<76} {:>12}", t(lang, fr, en), value);
    }
    let rgdu = &cost.rgdu_detail;
    let _ = match lang {
        Lang::Fr => writeln!(
            out,
            "RGDU : coefficient {} ; nulle à partir de {} € brut annuel (3 × SMIC) ; juste en dessous, elle vaut {} €",
            rgdu.coefficient, rgdu.threshold_annual, rgdu.cliff_amount
        ),
        Lang::En => writeln!(
            out,
            "RGDU: coefficient {}; nil from {} € gross a year (3 × SMIC); just below, it is worth {} €",
            rgdu.coefficient, rgdu.threshold_annual, rgdu.cliff_amount
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

fn employer_cost_totals(cost: &EmployerCost) -> [(&'static str, &'static str, Decimal); 6] {
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

pub fn employer_cost_markdown(cost: &EmployerCost, lang: Lang) -> String {
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
            line.base,
            line.rate.normalize(),
            line.amount
        );
    }
    let _ = writeln!(out);
    for (fr, en, value) in employer_cost_totals(cost) {
        let _ = writeln!(out, "- {}: {}", t(lang, fr, en), eur(value, lang));
    }
    out
}

pub fn presets(json: bool, lang: Lang) -> String {
    if json {
        let mut text = serde_json::to_string_pretty(&PRESETS).unwrap_or_default();
        text.push('\n');
        return text;
    }
    let mut out = String::new();
    for p in &PRESETS {
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
            p.gross_annual_source.title
        );
        let _ = writeln!(
            out,
            "           {}: {}",
            t(lang, "tarif", "day rate"),
            p.day_rate_source.title
        );
    }
    out
}

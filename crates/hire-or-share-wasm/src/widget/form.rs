//! The form and the result's area, built once at mount: the role, the
//! bundle's fields, the simple form with its slider, the assumptions panel
//! with each default's source, the actions; and what the host locks or hides.

use hire_or_share::share::Ignored;
use hire_or_share::{Defaults, Group, Lang};
use web_sys::{Document, Element};

use super::controls::{field, select_field};
use super::dom::{
    add, after, append, attr, button, by_id, closest, create_input, el, prepend, query,
    source_node, toggle_class,
};
use super::model::Model;
use super::need;
use super::text::{short_first, t};
use super::view::{Control, View};

/// The fields of the simple form, in order, with their labels.
const MAIN_FIELDS: [(&str, &str, &str, &str); 3] = [
    (
        "grossAnnual",
        Lang::Fr.text("Salaire brut annuel d'un recrutement"),
        Lang::En.text("Gross annual salary of a hire"),
        "€",
    ),
    (
        "dayRate",
        Lang::Fr.text("Tarif journalier de l'expert à temps partagé (HT)"),
        Lang::En.text("Day rate of the shared-time expert (excl. VAT)"),
        "€",
    ),
    (
        "daysPerWeek",
        Lang::Fr.text("Besoin, en jours par semaine"),
        Lang::En.text("Need, in days a week"),
        "",
    ),
];

/// Fields of the assumptions panel beyond the sourced assumptions: name and
/// label.
const EXTRA_FIELDS: [(&str, &str, &str); 6] = [
    (
        "salaryTaxAllowance",
        Lang::Fr.text("Abattement des associations encore disponible sur la taxe sur les salaires (0 s'il est absorbé par les autres salaires)"),
        Lang::En.text("Non-profit allowance still available on the payroll tax (0 when the other pay uses it up)"),
    ),
    (
        "ruptureConventionnelle",
        Lang::Fr.text("Départ par rupture conventionnelle plutôt que licenciement (indemnité + contribution patronale de 40\u{a0}%, si le départ est compté)"),
        Lang::En.text("Exit by rupture conventionnelle rather than dismissal (indemnity + the 40% employer levy, when the exit is counted)"),
    ),
    (
        "recruitmentGuarantee",
        Lang::Fr.text("Le cabinet remplace sans frais un recrutement rompu pendant l'essai (honoraires payés une fois\u{a0}; l'essai perdu et un second recrutement comptés)"),
        Lang::En.text("The firm replaces a hire that fails in the trial free of fee (fee paid once; the lost trial and a second search counted)"),
    ),
    (
        "atMpSupportFunction",
        Lang::Fr.text("Taux AT/MP «\u{a0}fonctions support\u{a0}» demandé (moins de 20 salariés\u{a0}; poste administratif\u{a0}: comptabilité, gestion financière, RH, juridique…)"),
        Lang::En.text("AT/MP support-function rate asked for (under 20 employees; an administrative job: accounting, financial management, HR, legal…)"),
    ),
    (
        "cadre",
        Lang::Fr.text("Recrutement sous statut cadre"),
        Lang::En.text("Hired as a cadre"),
    ),
    (
        "horizonYears",
        Lang::Fr.text("Horizon de comparaison (années)"),
        Lang::En.text("Comparison horizon (years)"),
    ),
];

/// Builds the whole form and the results area into the shadow root.
pub(super) fn build(model: &Model, view: &mut View) {
    let doc = view.doc.clone();
    let lang = view.lang;
    let form = el(&doc, "form", "hos", None);
    attr(&form, "novalidate", "");
    attr(
        &form,
        "aria-label",
        t(
            lang,
            "Recruter ou partager\u{a0}: calculateur",
            "Hire or share: calculator",
        ),
    );
    add(&form, &role_select(model, view));
    bundle_fields(&doc, lang, &form);
    add(&form, &main_fields(model, view));
    add(&form, &need_panel(model, view));
    add(&form, &assumptions_panel(model, view));
    add(&form, &view.form_error);
    add(&view.root, &form);
    // The summary right after the form: it stays in view at the bottom of
    // the screen while the form is edited (`position: sticky`), and scrolls
    // away with the form once the result comes into view.
    add(&view.root, &view.summary);
    add(&view.root, &output(view));
}

/// The role's select, its short names first.
fn role_select(model: &Model, view: &View) -> Element {
    let lang = view.lang;
    let options: Vec<(&str, String)> = Defaults::current()
        .presets
        .iter()
        .map(|p| (p.role.key(), short_first(t(lang, p.label_fr, p.label_en))))
        .collect();
    let label = t(lang, "Expertise recherchée", "Expertise needed");
    select_field(
        &view.doc,
        "field role",
        "role",
        label,
        &options,
        model.role.key(),
        None,
    )
}

/// Where the company is: a `<select>` of the zones, which sets the mobility
/// levy, the transport pass and the office cost.
fn location_select(model: &Model, view: &View) -> Element {
    let (doc, lang) = (&view.doc, view.lang);
    let options: Vec<(&str, String)> = Defaults::current()
        .locations
        .iter()
        .map(|z| (z.location.key(), t(lang, z.label_fr, z.label_en).to_owned()))
        .collect();
    let hint = el(
        doc,
        "p",
        "hint",
        Some(t(
            lang,
            "Fixe le versement mobilité, l'abonnement de transport et le coût du bureau ci-dessous, chacun modifiable.",
            "Sets the mobility levy, the transit pass and the office cost below, each editable.",
        )),
    );
    let selected = model
        .defaults
        .location
        .map_or("", hire_or_share::Location::key);
    let label = t(lang, "Lieu de l'entreprise", "Where the company is");
    select_field(
        doc,
        "field location",
        "location",
        label,
        &options,
        selected,
        Some(hint),
    )
}

/// Whether the employer pays the taxe sur les salaires on the recruit's pay:
/// as VAT says (due when VAT is not recoverable), or set apart from it.
fn salary_tax_select(model: &Model, view: &View) -> Element {
    let (doc, lang) = (&view.doc, view.lang);
    let options = [
        ("", t(lang, "Selon la TVA", "As VAT says").to_owned()),
        ("true", t(lang, "Due", "Due").to_owned()),
        ("false", t(lang, "Non due", "Not due").to_owned()),
    ];
    let rules = &hire_or_share::rules::PERIODS[hire_or_share::rules::PERIODS.len() - 1];
    let hint = el(
        doc,
        "p",
        "hint",
        Some(t(
            lang,
            "Due par un employeur non assujetti à la TVA sur l'essentiel de son chiffre d'affaires (associations, santé, banques, assurances)\u{a0}; «\u{a0}Selon la TVA\u{a0}» la compte quand la TVA n'est pas récupérable. — ",
            "Due from an employer not liable to VAT on most of its turnover (associations, health, banks, insurers); “As VAT says” counts it when VAT is not recoverable. — ",
        )),
    );
    add(&hint, &source_node(doc, &rules.salary_tax.source, lang));
    let selected = model.values.get("salaryTax").map_or("", String::as_str);
    let label = t(
        lang,
        "Taxe sur les salaires",
        "Payroll tax (taxe sur les salaires)",
    );
    select_field(
        doc,
        "field salary-tax",
        "salaryTax",
        label,
        &options,
        selected,
        Some(hint),
    )
}

/// Several roles at once, through one shared-time network: the switch, and
/// the days of each role (hidden until the switch is on).
fn bundle_fields(doc: &Document, lang: Lang, form: &Element) {
    let bundle_toggle = el(doc, "div", "field check", None);
    let toggle = create_input(doc, "checkbox");
    attr(&toggle, "id", "hos-bundle");
    attr(&toggle, "name", "bundle-mode");
    attr(&toggle, "aria-controls", "hos-bundle-fields");
    let toggle_label = el(
        doc,
        "label",
        "",
        Some(t(
            lang,
            "Plusieurs expertises à la fois",
            "Several expertises at once",
        )),
    );
    attr(&toggle_label, "for", "hos-bundle");
    append(&bundle_toggle, &[&toggle, &toggle_label]);
    add(form, &bundle_toggle);
    let fields = el(doc, "fieldset", "bundle-fields", None);
    attr(&fields, "id", "hos-bundle-fields");
    attr(&fields, "hidden", "");
    add(
        &fields,
        &el(
            doc,
            "legend",
            "",
            Some(t(
                lang,
                "Jours par semaine pour chaque expertise (0 si aucun)",
                "Days a week for each expertise (0 if none)",
            )),
        ),
    );
    for preset in Defaults::current().presets {
        let wrap = el(doc, "div", "field", None);
        let id = ["hos-bundle-", preset.role.key()].concat();
        let label = el(
            doc,
            "label",
            "",
            Some(t(lang, preset.label_fr, preset.label_en)),
        );
        attr(&label, "for", &id);
        let days = create_input(doc, "text");
        attr(&days, "id", &id);
        attr(&days, "name", &["bundle-days-", preset.role.key()].concat());
        attr(&days, "inputmode", "decimal");
        attr(&days, "autocomplete", "off");
        days.set_value("0");
        append(&wrap, &[&label, &days]);
        add(&fields, &wrap);
    }
    add(&fields, &el(doc, "p", "error bundle-error", None));
    add(form, &fields);
}

/// The simple form: salary, day rate and days a week, with a slider beside
/// the days.
fn main_fields(model: &Model, view: &mut View) -> Element {
    let lang = view.lang;
    let main = el(&view.doc, "div", "main-fields", None);
    for (name, fr, en, unit) in MAIN_FIELDS {
        let source = model.default_source(name);
        field(model, view, &main, name, t(lang, fr, en), unit, source);
    }
    days_slider(model, view);
    main
}

/// A slider beside the days, for quick exploration; the number input stays.
fn days_slider(model: &Model, view: &View) {
    let Some(days) = view.controls.get("daysPerWeek").map(|c| &c.element) else {
        return;
    };
    attr(days, "inputmode", "decimal");
    let range = create_input(&view.doc, "range");
    attr(&range, "id", "hos-daysPerWeek-range");
    attr(&range, "name", "daysPerWeek");
    attr(&range, "min", "0.5");
    attr(&range, "max", "5");
    attr(&range, "step", "0.5");
    // Its value follows the field's at each update (`View::sync_slider`).
    range.set_value(
        &model
            .default_value("daysPerWeek")
            .unwrap_or_else(|| "1".to_owned()),
    );
    attr(
        &range,
        "aria-label",
        t(
            view.lang,
            "Jours par semaine (curseur)",
            "Days a week (slider)",
        ),
    );
    after(days, &range);
}

/// "A need that varies": a disclosure with the editor, open when the
/// scenario has a profile.
fn need_panel(model: &Model, view: &mut View) -> Element {
    let (doc, lang) = (view.doc.clone(), view.lang);
    let panel = el(&doc, "details", "need-panel", None);
    let summary = el(
        &doc,
        "summary",
        "",
        Some(t(lang, "Un besoin qui varie", "A need that varies")),
    );
    add(&panel, &summary);
    let text = model.text("needProfile");
    let (list, error) = need::editor(&doc, lang, &panel, &text);
    view.controls.insert(
        "needProfile".to_owned(),
        Control {
            element: list,
            error,
            unit: "",
        },
    );
    field(
        model,
        view,
        &panel,
        "exitWhenNeedEnds",
        t(
            lang,
            "Fin du contrat quand le besoin s'arrête (préavis et indemnité légale de licenciement)",
            "Contract ended when the need stops (notice and legal severance pay)",
        ),
        "",
        None,
    );
    panel
}

/// The assumptions' groups, in the order of the panel, each short: the
/// most used first. Each names its fields; a field of the core's
/// assumptions that none names goes in the group of its core `Group`
/// (`fallback`), so that none is ever left out.
const GROUPS: [(&str, &str, Option<Group>, &[&str]); 5] = [
    (
        Lang::Fr.text("L'essentiel"),
        Lang::En.text("The essentials"),
        None,
        &[
            "location",
            "headcount",
            "vatRecoverable",
            "salaryTax",
            "salaryTaxAllowance",
        ],
    ),
    (
        Lang::Fr.text("Votre entreprise"),
        Lang::En.text("Your company"),
        Some(Group::Company),
        &[
            "mobilityRatePercent",
            "atMpRatePercent",
            "atMpSupportFunction",
            "healthPlanMonthly",
            "healthPlanEmployerSharePercent",
            "horizonYears",
        ],
    ),
    (
        Lang::Fr.text("Le poste du recrutement"),
        Lang::En.text("The hire's job"),
        Some(Group::Hire),
        &[
            "cadre",
            "forfaitDays",
            "absenceDays",
            "mealVoucherEmployerShare",
            "transportPassMonthly",
            "workspaceAnnual",
            "equipmentAnnual",
            "trainingAnnual",
            "managerTimeAnnual",
            "salaryGrowthPercent",
        ],
    ),
    (
        Lang::Fr.text("Recruter, démarrer, partir"),
        Lang::En.text("Hiring, starting, leaving"),
        None,
        &[
            "recruitmentFeePercent",
            "recruitmentInternalCost",
            "trialFailurePercent",
            "recruitmentGuarantee",
            "timeToHireWeeks",
            "rampUpWeeks",
            "rampUpProductivityPercent",
            "expectedTenureYears",
            "noticeWeeks",
            "includeExitCost",
            "ruptureConventionnelle",
        ],
    ),
    (
        Lang::Fr.text("Le temps partagé"),
        Lang::En.text("Shared time"),
        Some(Group::Shared),
        &[
            "weeksPerYear",
            "sharedStartWeeks",
            "sharedRampUpWeeks",
            "sharedStartFee",
            "sharedTravelAnnual",
            "sharedCoordinationAnnual",
            "dayRateGrowthPercent",
        ],
    ),
];

/// Every assumption, in short groups, the most used first, in a disclosure.
fn assumptions_panel(model: &Model, view: &mut View) -> Element {
    let doc = view.doc.clone();
    let lang = view.lang;
    let panel = el(&doc, "details", "assumptions", None);
    add(
        &panel,
        &el(
            &doc,
            "summary",
            "",
            Some(t(lang, "Hypothèses", "Assumptions")),
        ),
    );
    add(
        &panel,
        &el(
            &doc,
            "p",
            "panel-note",
            Some(t(
                lang,
                "Chaque valeur par défaut indique sa source\u{a0}; les valeurs modifiées sont mises en évidence.",
                "Each default shows its source; changed values are highlighted.",
            )),
        ),
    );
    let named = |field: &str| GROUPS.iter().any(|(.., fields)| fields.contains(&field));
    for (fr, en, fallback, fields) in GROUPS {
        let fieldset = el(&doc, "fieldset", "", None);
        add(&fieldset, &el(&doc, "legend", "", Some(t(lang, fr, en))));
        for name in fields {
            assumption_field(model, view, &fieldset, name);
        }
        // Leaving when the need ends has its one control in the need's
        // panel, beside the periods it applies to.
        for a in Defaults::current().assumptions.iter().filter(|a| {
            Some(a.group) == fallback && a.field != "exitWhenNeedEnds" && !named(a.field)
        }) {
            assumption_field(model, view, &fieldset, a.field);
        }
        add(&panel, &fieldset);
    }
    panel
}

/// The control of the assumption `name` in `container`: the zone's or the
/// taxe sur les salaires' select, a field of the core's assumptions (its
/// label, unit and source), or one of [`EXTRA_FIELDS`].
fn assumption_field(model: &Model, view: &mut View, container: &Element, name: &str) {
    let lang = view.lang;
    match name {
        "location" => add(container, &location_select(model, view)),
        "salaryTax" => add(container, &salary_tax_select(model, view)),
        _ => {
            if let Some(a) = Defaults::current().assumption(name) {
                let source = model.default_source(name).unwrap_or(&a.source);
                let (label, unit) = (
                    t(lang, a.label_fr, a.label_en),
                    t(lang, a.unit_fr, a.unit_en),
                );
                field(model, view, container, name, label, unit, Some(source));
            } else if let Some((_, fr, en)) = EXTRA_FIELDS.iter().find(|e| e.0 == name) {
                // The support-function rate's, the rupture levy's and the
                // non-profit allowance's conditions and sources.
                let rules = &hire_or_share::rules::PERIODS[hire_or_share::rules::PERIODS.len() - 1];
                let (source, unit) = match name {
                    "atMpSupportFunction" => (Some(&rules.at_mp_support.source), ""),
                    "ruptureConventionnelle" => (Some(&rules.rupture_levy.source), ""),
                    "salaryTaxAllowance" => (Some(&rules.salary_tax.allowance.source), "€"),
                    _ => (None, ""),
                };
                field(model, view, container, name, t(lang, fr, en), unit, source);
            }
        }
    }
}

/// The result's area: the verdict, the actions (copy the link, print) and
/// the result.
fn output(view: &View) -> Element {
    let (doc, lang) = (&view.doc, view.lang);
    let output = el(doc, "section", "output", None);
    attr(&output, "aria-label", t(lang, "Résultat", "Result"));
    let actions = el(doc, "div", "actions", None);
    let share = button(
        doc,
        "action",
        t(lang, "Copier le lien", "Copy the link"),
        "share",
    );
    let print = button(
        doc,
        "action",
        t(lang, "Version imprimable", "Printable version"),
        "print",
    );
    let link_label = el(
        doc,
        "label",
        "link-label",
        Some(t(lang, "Lien vers ce scénario", "Link to this scenario")),
    );
    attr(&link_label, "for", "hos-link");
    let link = create_input(doc, "text");
    attr(&link, "id", "hos-link");
    attr(&link, "readonly", "");
    let status = el(doc, "p", "status", None);
    attr(&status, "role", "status");
    let link_box = el(doc, "div", "link-box", None);
    attr(&link_box, "hidden", "");
    append(&link_box, &[&link_label, &link]);
    append(&actions, &[&share, &print, &link_box, &status]);
    append(
        &output,
        &[&view.stale, &view.answer, &actions, &view.results],
    );
    output
}

/// Locks (shown, not editable) and hides the fields the host page lists.
pub(super) fn restrict(model: &Model, view: &View, locked: &[String], hidden: &[String]) {
    for (names, lock) in [(locked, true), (hidden, false)] {
        for name in names {
            if name == "needProfile" {
                let text = model.text("needProfile");
                need::restrict(&view.doc, view.lang, &view.root, lock, &text);
                continue;
            }
            let role = name == "role" || name == "preset";
            // The field's input, and the days' slider beside it.
            for suffix in ["", "-range"] {
                if role && !suffix.is_empty() {
                    continue;
                }
                let id = if role {
                    "hos-role".to_owned()
                } else {
                    ["hos-", name, suffix].concat()
                };
                let Some(input) = by_id(&view.root, &id) else {
                    continue;
                };
                let Some(wrapper) = closest(&input, ".field") else {
                    continue;
                };
                if lock {
                    // Read-only keeps a text field focusable and read by screen readers.
                    let text = input.get_attribute("type").as_deref() == Some("text");
                    attr(&input, if text { "readonly" } else { "disabled" }, "");
                    attr(&input, "aria-readonly", "true");
                    toggle_class(&wrapper, "locked", true);
                } else {
                    attr(&wrapper, "hidden", "");
                }
            }
        }
    }
}

/// Above the form, the parameters of the share link that were ignored, each
/// with why; nothing if none was.
pub(super) fn show_ignored(view: &View, ignored: &[Ignored]) {
    if ignored.is_empty() {
        return;
    }
    let doc = &view.doc;
    let notice = el(doc, "div", "notice", None);
    attr(&notice, "role", "status");
    add(
        &notice,
        &el(
            doc,
            "p",
            "",
            Some(t(
                view.lang,
                "Certains paramètres ont été ignorés\u{a0}:",
                "Some parameters were ignored:",
            )),
        ),
    );
    let list = el(doc, "ul", "", None);
    for i in ignored {
        add(
            &list,
            &el(
                doc,
                "li",
                "",
                Some(&[i.name.as_str(), " — ", &i.message].concat()),
            ),
        );
    }
    add(&notice, &list);
    if let Some(form) = query(&view.root, "form") {
        prepend(&form, &notice);
    }
}

//! Rules in force in 2026 (metropolitan France, outside Alsace-Moselle).
//!
//! Two periods: from 1 January (SMIC 12.02 €/h) and from 1 June (SMIC
//! 12.31 €/h; the RGDU keeps 12.02 €/h all year, CSS D241-7 as amended in
//! June 2026). Every other figure applies from 1 January 2026.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::date::{Date, date};
use crate::source::Source;

use super::{ApprenticeStep, Param, Rate, Rgdu, Rules, SalaryTax, payroll_source};

const JAN_1: Date = date(2026, 1, 1);

/// A source from 1 January 2026.
const fn src(title: &'static str, url: &'static str) -> Source {
    Source {
        title,
        title_en: None,
        url,
        effective: JAN_1,
    }
}

const fn rate(employer: Decimal, employee: Decimal, source: Source) -> Rate {
    Rate {
        employer,
        employee,
        source,
    }
}

const fn employer(rate_percent: Decimal, source: Source) -> Rate {
    Rate {
        employer: rate_percent,
        employee: dec!(0),
        source,
    }
}

const fn employee(rate_percent: Decimal, source: Source) -> Rate {
    Rate {
        employer: dec!(0),
        employee: rate_percent,
        source,
    }
}

const MALADIE: Source = src(
    "urssaf.fr — Cotisation maladie, maternité, invalidité, décès",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/maladie-maternite-invalidite.html",
);
const VIEILLESSE: Source = src(
    "urssaf.fr — Cotisation d'assurance vieillesse\u{a0}; CSS art. D242-4",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/at-vieillesse-csa-dialoguesocial.html#ancre-cotisation-d-assurance-vieilless",
);
const FAMILLE: Source = src(
    "urssaf.fr — Cotisation d'allocations familiales",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/cotisation-allocation-familiale.html",
);
const CHOMAGE: Source = src(
    "urssaf.fr — Contributions d'assurance chômage et AGS",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/assurance-chomage-ags.html",
);
const AGIRC_ARRCO: Source = src(
    "agirc-arrco.fr — Calculer les cotisations de retraite complémentaire",
    "https://www.agirc-arrco.fr/mon-entreprise/calculer-et-declarer/calculer-les-cotisations-de-retraite-complementaire/",
);
const PREVOYANCE: Source = src(
    "urssaf.fr — Prévoyance complémentaire (cadres\u{a0}: 1,50\u{a0}% de la tranche 1)",
    "https://www.urssaf.fr/accueil/employeur/embaucher-gerer-salaries/embaucher/prevoyance-complementaire.html",
);
const FNAL: Source = src(
    "urssaf.fr — Fonds national d'aide au logement (Fnal)",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/fonds-national-aide-logement.html",
);
const CSA: Source = src(
    "urssaf.fr — Contribution solidarité autonomie",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/at-vieillesse-csa-dialoguesocial.html#ancre-contribution-solidarite-autonomi",
);
const FORMATION: Source = src(
    "urssaf.fr — Contribution à la formation professionnelle",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/formation-professionnelle.html",
);
const APPRENTISSAGE: Source = src(
    "urssaf.fr — Taxe d'apprentissage et contribution supplémentaire à l'apprentissage",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/taxe-apprentissage-csa.html",
);
const DIALOGUE: Source = src(
    "urssaf.fr — Contribution patronale au dialogue social",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/at-vieillesse-csa-dialoguesocial.html#ancre-contribution-patronale-au-dialog",
);
const CSG_CRDS: Source = src(
    "urssaf.fr — CSG et CRDS sur les revenus d'activité",
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/csg-crds.html",
);

/// The SMIC of 1 January 2026: in force until 31 May, and the RGDU's
/// reference all year.
const SMIC_JANUARY: Param = Param {
    value: dec!(12.02),
    source: src(
        "Décret n° 2025-1228 du 17 décembre 2025 portant relèvement du salaire minimum de croissance, art. 1",
        "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000053044705",
    ),
};

/// The RGDU's reference SMIC from 1 June 2026: still that of 1 January.
const RGDU_SMIC_FROM_JUNE: Param = Param {
    value: dec!(12.02),
    source: Source {
        title: RGDU_SMIC_DECREE,
        title_en: None,
        url: RGDU_SMIC_URL,
        effective: date(2026, 6, 1),
    },
};

/// The decree of June 2026 that keeps the SMIC of 1 January for the RGDU.
const RGDU_SMIC_DECREE: &str = "Décret de juin 2026 modifiant l'art. D241-7 du Code de la sécurité sociale\u{a0}: la RGDU se calcule en 2026 avec le SMIC du 1er janvier (12,02\u{a0}€/h), y compris après sa revalorisation du 1er juin (boss.gouv.fr, « Revalorisation du SMIC à compter du 1er juin 2026 »)";
const RGDU_SMIC_URL: &str = "https://boss.gouv.fr/portail/accueil/actualites-boss-et-rescrits/actualites-boss/2026/juin/revalorisation-du-smic-a-compter.html";

const APPRENTICE_STEPS: &[ApprenticeStep] = &[
    ApprenticeStep {
        ratio_below_percent: dec!(1),
        rate_under_2000: dec!(0.4),
        rate_from_2000: dec!(0.6),
    },
    ApprenticeStep {
        ratio_below_percent: dec!(2),
        rate_under_2000: dec!(0.2),
        rate_from_2000: dec!(0.2),
    },
    ApprenticeStep {
        ratio_below_percent: dec!(3),
        rate_under_2000: dec!(0.1),
        rate_from_2000: dec!(0.1),
    },
    ApprenticeStep {
        ratio_below_percent: dec!(5),
        rate_under_2000: dec!(0.05),
        rate_from_2000: dec!(0.05),
    },
];

/// Rules from 1 January 2026 to 31 May 2026.
pub(super) const JANUARY: Rules = Rules {
    name: "2026-01",
    start: JAN_1,
    end: date(2026, 5, 31),
    smic_hourly: SMIC_JANUARY,
    annual_hours: Param {
        value: dec!(1820),
        source: src(
            "Code du travail, art. L3121-27 (35 h par semaine × 52 semaines)",
            "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050",
        ),
    },
    pss_monthly: Param {
        value: dec!(4005),
        source: src(
            "urssaf.fr — Plafonds de la Sécurité sociale 2026",
            "https://www.urssaf.fr/accueil/outils-documentation/taux-baremes/plafonds-securite-sociale.html",
        ),
    },
    maladie: employer(dec!(13), MALADIE),
    vieillesse_plafonnee: rate(dec!(8.55), dec!(6.90), VIEILLESSE),
    vieillesse_deplafonnee: rate(dec!(2.11), dec!(0.40), VIEILLESSE),
    allocations_familiales: employer(dec!(5.25), FAMILLE),
    assurance_chomage: employer(dec!(4.00), CHOMAGE),
    ags: employer(dec!(0.25), CHOMAGE),
    agirc_arrco_t1: rate(dec!(4.72), dec!(3.15), AGIRC_ARRCO),
    agirc_arrco_t2: rate(dec!(12.95), dec!(8.64), AGIRC_ARRCO),
    ceg_t1: rate(dec!(1.29), dec!(0.86), AGIRC_ARRCO),
    ceg_t2: rate(dec!(1.62), dec!(1.08), AGIRC_ARRCO),
    cet: rate(dec!(0.21), dec!(0.14), AGIRC_ARRCO),
    apec: rate(dec!(0.036), dec!(0.024), AGIRC_ARRCO),
    prevoyance_cadres: employer(dec!(1.50), PREVOYANCE),
    fnal_under_50: employer(dec!(0.10), FNAL),
    fnal_from_50: employer(dec!(0.50), FNAL),
    csa: employer(dec!(0.30), CSA),
    formation_under_11: employer(dec!(0.55), FORMATION),
    formation_from_11: employer(dec!(1.00), FORMATION),
    taxe_apprentissage: employer(dec!(0.59), APPRENTISSAGE),
    taxe_apprentissage_solde: employer(dec!(0.09), APPRENTISSAGE),
    apprentice_steps: APPRENTICE_STEPS,
    apprentice_source: APPRENTISSAGE,
    peec: employer(
        dec!(0.45),
        src(
            "service-public.fr — Participation des employeurs à l'effort de construction (PEEC)",
            "https://entreprendre.service-public.fr/vosdroits/F22583",
        ),
    ),
    dialogue_social: employer(dec!(0.016), DIALOGUE),
    at_mp_source: src(
        "urssaf.fr — Cotisation AT/MP\u{a0}; taux moyen national 2026 (2,08\u{a0}%)\u{a0}: arrêté publié au JORF",
        "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053228995",
    ),
    at_mp_support: Param {
        value: dec!(0.64),
        source: Source {
            title: "Arrêté du 30 décembre 2025 relatif à la tarification des risques d'accidents du travail et de maladies professionnelles pour l'année 2026, annexe 1\u{a0}: taux «\u{a0}fonctions support de nature administrative\u{a0}» 0,64\u{a0}% (sur demande de l'employeur, moins de 20 salariés\u{a0}: secrétariat, accueil, comptabilité, affaires juridiques, gestion financière, ressources humaines)",
            title_en: Some(crate::Lang::En.text("Arrêté of 30 December 2025 on the 2026 work-accident rates, annex 1: the “fonctions support de nature administrative” rate, 0.64% (on the employer's request, under 20 employees: secretariat, reception, accounting, legal affairs, financial management, human resources)")),
            url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053229010",
            effective: JAN_1,
        },
    },
    at_mp_support_below_headcount: 20,
    versement_mobilite_source: src(
        "urssaf.fr — Versement mobilité (employeurs de 11 salariés et plus)",
        "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/versement-mobilite.html",
    ),
    versement_mobilite_from_headcount: 11,
    forfait_social_prevoyance: employer(
        dec!(8),
        src(
            "urssaf.fr — Forfait social (8\u{a0}% sur la prévoyance, à partir de 11 salariés)",
            "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/forfait-social.html",
        ),
    ),
    complementaire_sante_source: src(
        "Code de la sécurité sociale, art. L911-7 (part employeur d'au moins 50\u{a0}%)",
        "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189",
    ),
    csg_base_percent: Param {
        value: dec!(98.25),
        source: CSG_CRDS,
    },
    csg_deductible: employee(dec!(6.80), CSG_CRDS),
    csg_non_deductible: employee(dec!(2.40), CSG_CRDS),
    crds: employee(dec!(0.50), CSG_CRDS),
    rgdu: Rgdu {
        t_min: dec!(0.02),
        t_delta_under_50: dec!(0.3781),
        t_delta_from_50: dec!(0.3821),
        exponent: dec!(1.75),
        smic_multiple: dec!(3),
        smic_hourly: SMIC_JANUARY,
        source: src(
            "urssaf.fr — La réduction générale dégressive unique (RGDU)\u{a0}; CSS art. L241-13 et D241-7",
            "https://www.urssaf.fr/accueil/employeur/beneficier-exonerations/reduction-generale-cotisation.html",
        ),
    },
    salary_tax: SalaryTax {
        rates: [dec!(4.25), dec!(8.50), dec!(13.60)],
        first_bracket: dec!(9229),
        second_bracket: dec!(18423),
        source: Source {
            title: "Code général des impôts, art. 231 (taux de 4,25\u{a0}%, 8,50\u{a0}% et 13,60\u{a0}%\u{a0}; assiette de la CSG sans la déduction pour frais professionnels)\u{a0}; limites des tranches 2026 relevées de 0,9\u{a0}% comme la première tranche du barème de l'impôt sur le revenu (art. 231, 2 bis)\u{a0}: 9\u{a0}229\u{a0}€ et 18\u{a0}423\u{a0}€ par an",
            title_en: Some(crate::Lang::En.text("Code général des impôts, art. 231 (rates of 4.25%, 8.50% and 13.60%; the CSG base without the allowance for professional expenses); the 2026 bracket limits raised by 0.9% like the first income-tax bracket (art. 231, 2 bis): 9,229 € and 18,423 € a year")),
            url: "https://entreprendre.service-public.fr/vosdroits/F22576",
            effective: JAN_1,
        },
        allowance: Param {
            value: dec!(24256),
            source: Source {
                title: "Code général des impôts, art. 1679 A\u{a0}: abattement des associations, fondations et syndicats, relevé chaque année comme la 1re tranche de l'impôt sur le revenu\u{a0}; 24\u{a0}256\u{a0}€ en 2026 selon Les Echos Publishing (BOFiP non consulté)",
                title_en: Some(crate::Lang::En.text("Code général des impôts, art. 1679 A: the allowance of associations, foundations and unions, raised each year like the first income-tax bracket; 24,256 € in 2026 per Les Echos Publishing (BOFiP not consulted)")),
                url: "https://www.jfmeheust.com/associations-taxe-sur-les-salaires-2026-k4_24022167",
                effective: JAN_1,
            },
        },
    },
    rupture_levy: Param {
        value: dec!(40),
        source: Source {
            title: "Code de la sécurité sociale, art. L137-12, modifié par la loi n° 2025-1403 du 30 décembre 2025 de financement de la sécurité sociale pour 2026 (art. 15)\u{a0}: contribution patronale de 40\u{a0}% sur l'indemnité de rupture conventionnelle (30\u{a0}% depuis septembre 2023)\u{a0}; indemnité au moins égale à l'indemnité légale de licenciement (Code du travail, art. L1237-13)",
            title_en: Some(crate::Lang::En.text("Code de la sécurité sociale, art. L137-12, as amended by the 2026 social security financing law (loi n° 2025-1403 of 30 December 2025, art. 15): a 40% employer levy on a rupture conventionnelle's indemnity (30% since September 2023); the indemnity is at least the legal severance (Code du travail, art. L1237-13)")),
            url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189",
            effective: JAN_1,
        },
    },
    payroll_source: payroll_source(JAN_1),
    past_end: None,
};

/// Rules from 1 June 2026: the SMIC rises to 12.31 €/h.
pub(super) const JUNE: Rules = Rules {
    name: "2026-06",
    start: date(2026, 6, 1),
    end: date(2026, 12, 31),
    smic_hourly: Param {
        value: dec!(12.31),
        source: Source {
            title: "service-public.fr — Smic au 1er juin 2026 (12,31 €/h\u{a0}; règle « SMIC . horaire » du simulateur officiel, modele-social 11.1.0)",
            title_en: None,
            url: "https://www.service-public.fr/particuliers/vosdroits/F2300",
            effective: date(2026, 6, 1),
        },
    },
    // The RGDU keeps the SMIC of 1 January (CSS D241-7, as amended in June 2026).
    rgdu: Rgdu {
        smic_hourly: RGDU_SMIC_FROM_JUNE,
        source: src(
            "urssaf.fr — La réduction générale dégressive unique (RGDU)\u{a0}; CSS art. L241-13 et D241-7, modifié par le décret de juin 2026 (SMIC du 1er janvier 2026 toute l'année)",
            "https://www.urssaf.fr/accueil/employeur/beneficier-exonerations/reduction-generale-cotisation.html",
        ),
        ..JANUARY.rgdu
    },
    payroll_source: payroll_source(date(2026, 6, 1)),
    past_end: Some(AFTER_JUNE),
    ..JANUARY
};

/// What to say when today is past 31 December 2026, the end of the last
/// period this file gives, and no date was asked for: the 2027 figures are
/// not in yet, and the June 2026 rules are used (issue #17). The 2027 data
/// file brings its own notice for the day after its last period.
const AFTER_JUNE: crate::Notice = crate::Notice {
    id: "rules_past_end",
    fr: crate::Lang::Fr.text(
        "Les paramètres 2027 (plafond de la sécurité sociale, SMIC…) ne sont pas encore intégrés\u{a0}: calcul avec les règles du 1er juin 2026 (urssaf.fr).",
    ),
    en: crate::Lang::En.text(
        "The 2027 parameters (social security ceiling, SMIC…) are not in yet: computed with the rules of 1 June 2026 (urssaf.fr).",
    ),
};

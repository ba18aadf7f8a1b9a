//! Rules in force in 2026 (metropolitan France, outside Alsace-Moselle).
//!
//! Two periods: from 1 January (SMIC 12.02 €/h) and from 1 June (SMIC
//! 12.31 €/h). Every other figure applies from 1 January 2026.

use jiff::civil::date;
use rust_decimal_macros::dec;

use super::{ApprenticeStep, Param, Rate, Rgdu, Rules, Source};

const JAN_1: jiff::civil::Date = date(2026, 1, 1);

const URSSAF_RATES: Source = Source {
    title: "urssaf.fr — Taux de cotisations secteur privé 2026",
    url: "https://www.urssaf.fr/accueil/outils-documentation/taux-baremes/taux-cotisations-secteur-prive.html",
    effective: JAN_1,
};

const URSSAF_CEILING: Source = Source {
    title: "urssaf.fr — Plafonds de la sécurité sociale 2026",
    url: "https://www.urssaf.fr/accueil/outils-documentation/taux-baremes/plafonds-securite-sociale.html",
    effective: JAN_1,
};

const AGIRC_ARRCO: Source = Source {
    title: "agirc-arrco.fr — Taux de calcul des cotisations 2026",
    url: "https://www.agirc-arrco.fr/mes-services-entreprise/calculer-les-cotisations/",
    effective: JAN_1,
};

const CHOMAGE: Source = Source {
    title: "urssaf.fr — Contribution d'assurance chômage et AGS",
    url: "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/assurance-chomage-ags.html",
    effective: JAN_1,
};

const fn urssaf(employer: rust_decimal::Decimal, employee: rust_decimal::Decimal) -> Rate {
    Rate {
        employer,
        employee,
        source: URSSAF_RATES,
    }
}

const fn agirc(employer: rust_decimal::Decimal, employee: rust_decimal::Decimal) -> Rate {
    Rate {
        employer,
        employee,
        source: AGIRC_ARRCO,
    }
}

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
    smic_hourly: Param {
        value: dec!(12.02),
        source: Source {
            title: "Décret n° 2025-1228 portant relèvement du salaire minimum de croissance",
            url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052667420",
            effective: JAN_1,
        },
    },
    annual_hours: Param {
        value: dec!(1820),
        source: Source {
            title: "Code du travail, art. L3121-27 (35 h par semaine × 52 semaines)",
            url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020517",
            effective: JAN_1,
        },
    },
    pss_monthly: Param {
        value: dec!(4005),
        source: URSSAF_CEILING,
    },
    maladie: urssaf(dec!(13), dec!(0)),
    vieillesse_plafonnee: urssaf(dec!(8.55), dec!(6.90)),
    vieillesse_deplafonnee: urssaf(dec!(2.11), dec!(0.40)),
    allocations_familiales: urssaf(dec!(5.25), dec!(0)),
    assurance_chomage: Rate {
        employer: dec!(4.00),
        employee: dec!(0),
        source: CHOMAGE,
    },
    ags: Rate {
        employer: dec!(0.25),
        employee: dec!(0),
        source: CHOMAGE,
    },
    agirc_arrco_t1: agirc(dec!(4.72), dec!(3.15)),
    agirc_arrco_t2: agirc(dec!(12.95), dec!(8.64)),
    ceg_t1: agirc(dec!(1.29), dec!(0.86)),
    ceg_t2: agirc(dec!(1.62), dec!(1.08)),
    cet: agirc(dec!(0.21), dec!(0.14)),
    apec: agirc(dec!(0.036), dec!(0.024)),
    prevoyance_cadres: Rate {
        employer: dec!(1.50),
        employee: dec!(0),
        source: Source {
            title: "ANI du 17 novembre 2017 relatif à la prévoyance des cadres, art. 1",
            url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000036508440",
            effective: JAN_1,
        },
    },
    fnal_under_50: urssaf(dec!(0.10), dec!(0)),
    fnal_from_50: urssaf(dec!(0.50), dec!(0)),
    csa: urssaf(dec!(0.30), dec!(0)),
    formation_under_11: urssaf(dec!(0.55), dec!(0)),
    formation_from_11: urssaf(dec!(1.00), dec!(0)),
    taxe_apprentissage: urssaf(dec!(0.59), dec!(0)),
    taxe_apprentissage_solde: urssaf(dec!(0.09), dec!(0)),
    apprentice_steps: APPRENTICE_STEPS,
    apprentice_source: Source {
        title: "Code général des impôts, art. 1609 quinvicies",
        url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038834207",
        effective: JAN_1,
    },
    peec: Rate {
        employer: dec!(0.45),
        employee: dec!(0),
        source: Source {
            title: "Code de la construction et de l'habitation, art. L313-1",
            url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043977196",
            effective: JAN_1,
        },
    },
    dialogue_social: urssaf(dec!(0.016), dec!(0)),
    at_mp_source: Source {
        title: "urssaf.fr — Taux accidents du travail et maladies professionnelles",
        url: "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/accident-travail.html",
        effective: JAN_1,
    },
    versement_mobilite_source: Source {
        title: "urssaf.fr — Versement mobilité",
        url: "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/versement-mobilite.html",
        effective: JAN_1,
    },
    versement_mobilite_from_headcount: 11,
    forfait_social_prevoyance: Rate {
        employer: dec!(8),
        employee: dec!(0),
        source: Source {
            title: "Code de la sécurité sociale, art. L137-15 et L137-16",
            url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000044628856",
            effective: JAN_1,
        },
    },
    complementaire_sante_source: Source {
        title: "Code de la sécurité sociale, art. L911-7 (part employeur d'au moins 50 %)",
        url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033782513",
        effective: JAN_1,
    },
    csg_base_percent: Param {
        value: dec!(98.25),
        source: URSSAF_RATES,
    },
    csg_deductible: urssaf(dec!(0), dec!(6.80)),
    csg_non_deductible: urssaf(dec!(0), dec!(2.40)),
    crds: urssaf(dec!(0), dec!(0.50)),
    rgdu: Rgdu {
        t_min: dec!(0.02),
        t_delta_under_50: dec!(0.3781),
        t_delta_from_50: dec!(0.3821),
        exponent: dec!(1.75),
        smic_multiple: dec!(3),
        source: Source {
            title: "Code de la sécurité sociale, art. L241-13 et D241-7 (RGDU)",
            url: "https://www.urssaf.fr/accueil/employeur/beneficier-exonerations/reduction-generale-cotisation.html",
            effective: JAN_1,
        },
    },
};

/// Rules from 1 June 2026: the SMIC rises to 12.31 €/h.
pub(super) const JUNE: Rules = Rules {
    name: "2026-06",
    start: date(2026, 6, 1),
    end: date(2026, 12, 31),
    smic_hourly: Param {
        value: dec!(12.31),
        source: Source {
            title: "Décret portant relèvement du salaire minimum de croissance au 1er juin 2026",
            url: "https://www.legifrance.gouv.fr/",
            effective: date(2026, 6, 1),
        },
    },
    ..JANUARY
};

//! The defaults as reviewed in November 2026 (version `2026-11`): the four
//! role presets and every assumption, each with its value and its source or
//! marked as our estimate. Published, so kept as they are: a better source
//! or a new review is a new version, a copy of this file (METHODOLOGY.md, 9).

use rust_decimal_macros::dec;

use crate::date::{Date, date};
use crate::lang::Lang;
use crate::source::Source;

use super::cite::{self, src};
use super::{Assumption, Defaults, Group, Preset, Role};

/// This version: its name, its date, its presets and assumptions.
pub static NOVEMBER_2026: Defaults = Defaults {
    version: "2026-11",
    published: REVIEWED,
    days_per_week: dec!(1),
    cadre: true,
    horizon_years: 3,
    presets: &PRESETS,
    assumptions: ASSUMPTIONS,
    // No zone by default: the values are this version's assumptions. A zone
    // chosen on a link pinned to this version takes December's values.
    location: None,
    locations: &super::locations_2026::LOCATIONS,
    #[cfg(feature = "options")]
    kinds: None,
};

/// The date of our own estimates (when they were last reviewed).
const REVIEWED: Date = date(2026, 11, 26);

/// Our own reasoning, reviewed on [`REVIEWED`].
const fn estimate(reasoning: &'static str, reasoning_en: &'static str) -> Source {
    cite::estimate(reasoning, reasoning_en, REVIEWED)
}

/// The four role presets. A `static`, not a `const`: a `const` table is
/// copied, strings and all, wherever it is used (10 KB of the widget's wasm).
pub static PRESETS: [Preset; 4] = [
    Preset {
        role: Role::Daf,
        label_fr: Lang::Fr.text("Directeur administratif et financier (DAF)"),
        label_en: Lang::En.text("Chief financial officer (CFO)"),
        gross_annual: dec!(85000),
        gross_annual_source: src(
            "RégionsJob, cité par winside-finance.com\u{a0}: 85 000 à 100 000 € pour un DAF de PME (bas de la fourchette\u{a0}; aucune donnée Apec trouvée pour ce métier)",
            "RégionsJob, quoted by winside-finance.com: 85,000 to 100,000 € for an SME's CFO (low end of the range; no Apec figure found for this role)",
            "https://www.winside-finance.com/articles/tarif-daf-temps-partage",
            date(2024, 1, 1),
        ),
        gross_annual_estimate: true,
        day_rate: dec!(1000),
        day_rate_source: src(
            "winside-finance.com, « DAF à temps partagé\u{a0}: pourquoi ce n'est pas si cher » (prestataire)\u{a0}: environ 1 000 € HT par jour",
            "winside-finance.com, “DAF à temps partagé : pourquoi ce n'est pas si cher” (a provider): about 1,000 € excl. VAT a day",
            "https://www.winside-finance.com/articles/daf-temps-partage-pourquoi-ce-nest-pas-si-cher",
            date(2024, 1, 1),
        ),
        day_rate_estimate: true,
        at_mp_support_function: false,
    },
    Preset {
        role: Role::Dsi,
        label_fr: Lang::Fr.text("Directeur des systèmes d'information (DSI)"),
        label_en: Lang::En.text("IT director (CIO)"),
        gross_annual: dec!(71000),
        gross_annual_source: src(
            "Apec, salaires des métiers de l'informatique (enquêtes 2019-2023)\u{a0}: 71 k€ dans les directions informatiques, cité par Le Monde Informatique",
            "Apec, IT salaries (surveys 2019-2023): 71 k€ in IT management, quoted by Le Monde Informatique",
            "https://www.lemondeinformatique.fr/actualites/lire-les-salaires-2023-des-metiers-it-passes-a-la-loupe-92192.html",
            date(2023, 12, 1),
        ),
        gross_annual_estimate: false,
        day_rate: dec!(900),
        day_rate_source: estimate(
            "Estimation\u{a0}: aucun tarif publié trouvé pour un DSI à temps partagé\u{a0}; milieu de la fourchette 700-1 200 € HT",
            "Estimate: no published rate found for a shared-time IT director; middle of the 700-1,200 € excl. VAT range",
        ),
        day_rate_estimate: true,
        at_mp_support_function: false,
    },
    Preset {
        role: Role::Drh,
        label_fr: Lang::Fr.text("Directeur des ressources humaines (DRH)"),
        label_en: Lang::En.text("HR director (CHRO)"),
        gross_annual: dec!(82000),
        gross_annual_source: src(
            "Apec, « Quel salaire pour quel métier cadre\u{a0}? » (2022)\u{a0}: 82 000 € pour la direction des ressources humaines",
            "Apec, “Quel salaire pour quel métier cadre ?” (2022): 82,000 € for HR management",
            "https://www.apec.fr/",
            date(2022, 11, 17),
        ),
        gross_annual_estimate: false,
        day_rate: dec!(1000),
        day_rate_source: src(
            "Entreprise & Carrières (2017)\u{a0}: tarifs des DRH à temps partagé entre 800 et 1 500 € HT par jour",
            "Entreprise & Carrières (2017): shared-time HR directors charge 800 to 1,500 € excl. VAT a day",
            "https://www.info-socialrh.fr/",
            date(2017, 7, 11),
        ),
        day_rate_estimate: false,
        at_mp_support_function: false,
    },
    Preset {
        role: Role::Marketing,
        label_fr: Lang::Fr.text("Directeur marketing"),
        label_en: Lang::En.text("Marketing director (CMO)"),
        gross_annual: dec!(79000),
        gross_annual_source: src(
            "Apec, « Quel salaire pour quel métier cadre\u{a0}? » (2022)\u{a0}: salaire médian de 79 000 € pour la direction marketing",
            "Apec, “Quel salaire pour quel métier cadre ?” (2022): median salary of 79,000 € for marketing management",
            "https://www.apec.fr/",
            date(2022, 11, 17),
        ),
        gross_annual_estimate: false,
        day_rate: dec!(900),
        day_rate_source: estimate(
            "Estimation\u{a0}: aucun tarif publié trouvé pour un directeur marketing à temps partagé\u{a0}; milieu de la fourchette 700-1 200 € HT",
            "Estimate: no published rate found for a shared-time marketing director; middle of the 700-1,200 € excl. VAT range",
        ),
        day_rate_estimate: true,
        at_mp_support_function: false,
    },
];

macro_rules! assumption {
    ($group:ident, $field:literal, $value:literal, $fr:literal, $en:literal, $ufr:literal, $uen:literal, $source:expr, $estimate:literal) => {
        Assumption {
            field: $field,
            value: $value,
            group: Group::$group,
            label_fr: Lang::Fr.text($fr),
            label_en: Lang::En.text($en),
            unit_fr: Lang::Fr.text($ufr),
            unit_en: Lang::En.text($uen),
            source: $source,
            estimate: $estimate,
        }
    };
}

/// Every default assumption of a [`Scenario`](crate::Scenario) other than
/// the role's salary and day rate (see [`PRESETS`]), the need, the cadre
/// status and the horizon: its label, unit and source. A `static`, like
/// [`PRESETS`].
pub static ASSUMPTIONS: &[Assumption] = &[
    assumption!(
        Company,
        "headcount",
        "20",
        "Effectif de l'entreprise",
        "Company headcount",
        "salariés",
        "employees",
        estimate(
            "Votre entreprise\u{a0}: l'effectif au sens de la sécurité sociale, moyenne annuelle des effectifs de chaque mois\u{a0}; il fixe les seuils de 11, 50 et 250 salariés, et un seuil franchi ne compte qu'atteint 5 années civiles de suite (CSS art. L130-1)\u{a0}; 20 par défaut",
            "Your company: the social-security headcount, the yearly average of each month's; it sets the thresholds at 11, 50 and 250 employees, and a threshold crossed counts only once reached 5 calendar years in a row (CSS art. L130-1); 20 by default"
        ),
        true
    ),
    assumption!(
        Company,
        "mobilityRatePercent",
        "0",
        "Taux du versement mobilité",
        "Mobility levy rate",
        "%",
        "%",
        src(
            "urssaf.fr — Versement mobilité\u{a0}: dû à partir de 11 salariés, taux fixé par la commune (Paris 3,20\u{a0}%)",
            "urssaf.fr — Versement mobilité: due from 11 employees, rate set by the local authority (Paris 3.20%)",
            "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/versement-mobilite.html",
            date(2026, 1, 1)
        ),
        false
    ),
    assumption!(
        Company,
        "atMpRatePercent",
        "2.08",
        "Taux accidents du travail (AT/MP)",
        "Work-accident rate (AT/MP)",
        "%",
        "%",
        src(
            "Taux moyen national AT/MP 2026 de 2,08\u{a0}% (arrêté publié au Journal officiel), repris par le simulateur officiel",
            "National average AT/MP rate for 2026 of 2.08% (order published in the Journal officiel), used by the official simulator",
            "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053228995",
            date(2026, 1, 1)
        ),
        false
    ),
    assumption!(
        Company,
        "healthPlanMonthly",
        "40",
        "Complémentaire santé, cotisation mensuelle",
        "Health plan, monthly premium",
        "€/mois",
        "€/month",
        estimate(
            "Valeur par défaut du simulateur officiel de l'Urssaf (40 € par mois)",
            "Default value of Urssaf's official simulator (40 € a month)"
        ),
        true
    ),
    assumption!(
        Company,
        "healthPlanEmployerSharePercent",
        "50",
        "Complémentaire santé, part employeur",
        "Health plan, employer share",
        "%",
        "%",
        src(
            "Code de la sécurité sociale, art. L911-7\u{a0}: au moins 50\u{a0}% à la charge de l'employeur",
            "Code de la sécurité sociale, art. L911-7: the employer pays at least 50%",
            "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189",
            date(2016, 1, 1)
        ),
        false
    ),
    assumption!(
        Shared,
        "weeksPerYear",
        "45",
        "Semaines d'intervention par an",
        "Weeks of shared time a year",
        "semaines",
        "weeks",
        estimate(
            "Estimation\u{a0}: 52 semaines moins 5 semaines de congés et environ 2 semaines de jours fériés\u{a0}; des calculateurs comparables retiennent 48",
            "Estimate: 52 weeks minus 5 weeks of paid leave and about 2 weeks of public holidays; comparable calculators use 48"
        ),
        true
    ),
    assumption!(
        Hire,
        "forfaitDays",
        "218",
        "Jours travaillés par an (forfait jours)",
        "Days worked a year (forfait jours)",
        "jours",
        "days",
        src(
            "Code du travail, art. L3121-64\u{a0}: forfait annuel de 218 jours au plus",
            "Code du travail, art. L3121-64: at most 218 days a year under a forfait jours",
            "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050",
            date(2016, 8, 10)
        ),
        false
    ),
    assumption!(
        Hire,
        "absenceDays",
        "6",
        "Jours d'absence par an (maladie…)",
        "Days of absence a year (sickness…)",
        "jours",
        "days",
        src(
            "WTW, baromètre de l'absentéisme 2024\u{a0}: taux d'absentéisme des cadres de 2,3\u{a0}% (jours calendaires), soit environ 6 jours ouvrés",
            "WTW, absenteeism barometer 2024: managers' absence rate of 2.3% (calendar days), about 6 working days",
            "https://www.wtwco.com/fr-fr",
            date(2024, 9, 1)
        ),
        false
    ),
    assumption!(
        Hire,
        "mealVoucherEmployerShare",
        "7.32",
        "Titre-restaurant, part employeur par jour travaillé",
        "Meal voucher, employer share per day worked",
        "€",
        "€",
        src(
            "urssaf.fr\u{a0}: part patronale exonérée des titres-restaurant limitée à 7,32 € en 2026",
            "urssaf.fr: the employer's exempt share of meal vouchers is capped at 7.32 € in 2026",
            "https://www.urssaf.fr/",
            date(2026, 1, 1)
        ),
        false
    ),
    assumption!(
        Hire,
        "transportPassMonthly",
        "90.80",
        "Abonnement de transport mensuel (50\u{a0}% à la charge de l'employeur)",
        "Monthly transit pass (employer pays 50%)",
        "€/mois",
        "€/month",
        src(
            "Île-de-France Mobilités\u{a0}: passe Navigo mensuel à 90,80 € en 2026\u{a0}; prise en charge de 50\u{a0}%, Code du travail art. L3261-2 et R3261-1",
            "Île-de-France Mobilités: monthly Navigo pass at 90.80 € in 2026; 50% paid by the employer, Code du travail art. L3261-2 and R3261-1",
            "https://www.iledefrance-mobilites.fr/",
            date(2026, 1, 1)
        ),
        false
    ),
    assumption!(
        Hire,
        "workspaceAnnual",
        "11051",
        "Bureau et environnement de travail par an",
        "Office space and services a year",
        "€",
        "€",
        src(
            "IDET, Buzzy Ratios 2024\u{a0}: 11 051 € par poste de travail et par an (panel de grandes entreprises, 46\u{a0}% en Île-de-France\u{a0}; moins en région)",
            "IDET, Buzzy Ratios 2024: 11,051 € per workstation a year (panel of large companies, 46% in Île-de-France; less in the regions)",
            "https://www.idet.fr/combien-coutent-les-environnements-de-travail-en-2024/",
            date(2024, 6, 1)
        ),
        false
    ),
    assumption!(
        Hire,
        "equipmentAnnual",
        "1500",
        "Équipement (ordinateur, téléphone, logiciels) par an",
        "Equipment (laptop, phone, software) a year",
        "€",
        "€",
        estimate(
            "Estimation\u{a0}: ordinateur et téléphone amortis sur 3 ans et licences logicielles",
            "Estimate: computer and phone written off over 3 years, and software licences"
        ),
        true
    ),
    assumption!(
        Hire,
        "trainingAnnual",
        "1500",
        "Formation par an",
        "Training a year",
        "€",
        "€",
        estimate(
            "Estimation\u{a0}: environ 3 jours de formation par an à 400-700 € par jour",
            "Estimate: about 3 days of training a year at 400-700 € a day"
        ),
        true
    ),
    assumption!(
        Hire,
        "managerTimeAnnual",
        "0",
        "Temps d'encadrement par an (facultatif)",
        "Management time a year (optional)",
        "€",
        "€",
        estimate(
            "Facultatif\u{a0}: valeur du temps que la direction consacre à encadrer la recrue\u{a0}; 0 par défaut",
            "Optional: the value of the time managers spend supervising the recruit; 0 by default"
        ),
        true
    ),
    assumption!(
        Hire,
        "recruitmentFeePercent",
        "20",
        "Honoraires du cabinet de recrutement",
        "Recruitment agency fee",
        "% du brut annuel",
        "% of gross annual",
        estimate(
            "Estimation\u{a0}: tarifs publiés par les cabinets, 15 à 30\u{a0}% du brut annuel, 20\u{a0}% le plus courant",
            "Estimate: rates published by recruitment firms, 15 to 30% of the gross annual salary, 20% the most common"
        ),
        true
    ),
    assumption!(
        Hire,
        "recruitmentInternalCost",
        "0",
        "Coût interne du recrutement",
        "Internal recruitment cost",
        "€",
        "€",
        estimate(
            "Facultatif\u{a0}: temps interne passé à recruter (entretiens, annonces)\u{a0}; 0 par défaut quand un cabinet est mandaté",
            "Optional: internal time spent recruiting (interviews, job ads); 0 by default when a firm is hired"
        ),
        true
    ),
    assumption!(
        Hire,
        "trialFailurePercent",
        "7",
        "Recrutements rompus pendant la période d'essai",
        "Hires ended during the trial period",
        "%",
        "%",
        src(
            "DARES Analyses n° 005 (janvier 2015)\u{a0}: 12,7\u{a0}% des CDI interrompus en fin de période d'essai, tous salariés\u{a0}; 19,3\u{a0}% des CDI de cadres rompus avant un an contre 36,1\u{a0}% en tout, d'où environ 7\u{a0}% pour un cadre (dérivé)",
            "DARES Analyses no. 005 (January 2015): 12.7% of permanent contracts end at the end of the trial period, all employees; 19.3% of managers' permanent contracts end within a year against 36.1% overall, hence about 7% for a manager (derived)",
            "https://dares.travail-emploi.gouv.fr/",
            date(2015, 1, 1)
        ),
        false
    ),
    assumption!(
        Hire,
        "expectedTenureYears",
        "3",
        "Durée de présence attendue de la recrue",
        "Expected tenure of the recruit",
        "ans",
        "years",
        estimate(
            "Estimation\u{a0}: durée sur laquelle le coût du recrutement est amorti",
            "Estimate: the period over which the recruitment cost is spread"
        ),
        true
    ),
    assumption!(
        Hire,
        "timeToHireWeeks",
        "12",
        "Délai de recrutement",
        "Time to hire",
        "semaines",
        "weeks",
        src(
            "Apec, baromètre du recrutement 2024\u{a0}: 12 semaines en moyenne pour recruter un cadre (15 dans l'industrie)",
            "Apec, recruitment barometer 2024: 12 weeks on average to recruit a manager (15 in industry)",
            "https://corporate.apec.fr/",
            date(2024, 6, 1)
        ),
        false
    ),
    assumption!(
        Hire,
        "noticeWeeks",
        "13",
        "Préavis du candidat chez son employeur actuel",
        "Candidate's notice at their current employer",
        "semaines",
        "weeks",
        estimate(
            "Estimation\u{a0}: 3 mois de préavis pour un cadre dans de nombreuses conventions collectives",
            "Estimate: 3 months' notice for a manager under many collective agreements"
        ),
        true
    ),
    assumption!(
        Hire,
        "rampUpWeeks",
        "13",
        "Montée en compétence de la recrue",
        "Ramp-up of the recruit",
        "semaines",
        "weeks",
        estimate(
            "Estimation\u{a0}: 3 mois (études anglo-saxonnes\u{a0}: 90 à 180 jours)",
            "Estimate: 3 months (English-language studies: 90 to 180 days)"
        ),
        true
    ),
    assumption!(
        Hire,
        "rampUpProductivityPercent",
        "50",
        "Efficacité pendant la montée en compétence",
        "Productivity during ramp-up",
        "%",
        "%",
        estimate(
            "Estimation\u{a0}: hypothèse courante de 50\u{a0}%",
            "Estimate: a common assumption of 50%"
        ),
        true
    ),
    assumption!(
        Hire,
        "salaryGrowthPercent",
        "2",
        "Hausse annuelle du salaire",
        "Yearly salary increase",
        "%",
        "%",
        estimate(
            "Estimation\u{a0}: hausse annuelle moyenne des salaires des cadres",
            "Estimate: average annual pay rise for managers"
        ),
        true
    ),
    assumption!(
        Shared,
        "sharedStartWeeks",
        "2",
        "Délai avant le démarrage de l'expert à temps partagé",
        "Time before the shared-time expert starts",
        "semaines",
        "weeks",
        estimate(
            "Estimation\u{a0}: les experts à temps partagé sont disponibles quasi immédiatement",
            "Estimate: shared-time experts are available almost at once"
        ),
        true
    ),
    assumption!(
        Shared,
        "sharedRampUpWeeks",
        "2",
        "Prise en main de l'entreprise par l'expert à temps partagé",
        "Shared-time expert's ramp-up",
        "semaines",
        "weeks",
        estimate(
            "Estimation\u{a0}: quelques semaines pour connaître l'entreprise",
            "Estimate: a few weeks to get to know the company"
        ),
        true
    ),
    assumption!(
        Shared,
        "sharedStartFee",
        "0",
        "Frais de démarrage (temps partagé)",
        "Start fee (shared time)",
        "€",
        "€",
        estimate("Facultatif\u{a0}: 0 par défaut", "Optional: 0 by default"),
        true
    ),
    assumption!(
        Shared,
        "sharedTravelAnnual",
        "0",
        "Frais de déplacement par an (temps partagé)",
        "Travel costs a year (shared time)",
        "€",
        "€",
        estimate("Facultatif\u{a0}: 0 par défaut", "Optional: 0 by default"),
        true
    ),
    assumption!(
        Shared,
        "sharedCoordinationAnnual",
        "0",
        "Temps de coordination par an (temps partagé)",
        "Coordination time a year (shared time)",
        "€",
        "€",
        estimate(
            "Facultatif\u{a0}: valeur du temps passé à organiser les interventions d'un expert présent quelques jours par semaine\u{a0}; 0 par défaut",
            "Optional: the value of the time spent organising the visits of an expert present a few days a week; 0 by default"
        ),
        true
    ),
    assumption!(
        Shared,
        "dayRateGrowthPercent",
        "2",
        "Hausse annuelle du tarif journalier",
        "Yearly day-rate increase",
        "%",
        "%",
        estimate(
            "Estimation\u{a0}: indexation annuelle du tarif",
            "Estimate: annual indexation of the rate"
        ),
        true
    ),
    assumption!(
        Shared,
        "vatRecoverable",
        "true",
        "TVA récupérable",
        "VAT recoverable",
        "",
        "",
        src(
            "Code général des impôts, art. 278 (taux normal de 20\u{a0}%)\u{a0}; les entreprises non redevables de la TVA (banques, assurances, associations, santé) la supportent",
            "Code général des impôts, art. 278 (standard rate of 20%); companies not liable for VAT (banks, insurers, associations, health care) bear it",
            "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069577",
            date(2014, 1, 1)
        ),
        false
    ),
    assumption!(
        Hire,
        "includeExitCost",
        "false",
        "Inclure le coût de sortie (indemnité légale)",
        "Include the exit cost (legal severance)",
        "",
        "",
        src(
            "Code du travail, art. L1234-9 et R1234-2\u{a0}: 1/4 de mois par année d'ancienneté jusqu'à 10 ans, 1/3 au-delà, dès 8 mois d'ancienneté",
            "Code du travail, art. L1234-9 and R1234-2: 1/4 of a month per year of service up to 10 years, 1/3 beyond, from 8 months of service",
            "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050",
            date(2017, 9, 27)
        ),
        false
    ),
    // Only with a need profile, which the element's build leaves out.
    #[cfg(feature = "need-profile")]
    assumption!(
        Hire,
        "exitWhenNeedEnds",
        "false",
        "Licencier quand le besoin s'arrête (profil de besoin)",
        "Dismiss the recruit when the need ends (need profile)",
        "",
        "",
        src(
            "Code du travail, art. L1234-1 (préavis\u{a0}: 1 mois dès 6 mois d'ancienneté, 2 mois dès 2 ans, ou celui de la convention s'il est plus long), L1234-9 et R1234-2 (indemnité légale dès 8 mois d'ancienneté)",
            "Code du travail, art. L1234-1 (notice: 1 month from 6 months of service, 2 months from 2 years, or the collective agreement's if longer), L1234-9 and R1234-2 (legal severance from 8 months of service)",
            "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050",
            date(2017, 9, 27)
        ),
        false
    ),
];

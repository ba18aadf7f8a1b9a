//! The zones' values as reviewed in December 2026 (mobility levy, transit
//! pass, office cost, each with its source): the table of the defaults
//! `2026-12`, which a link pinned to `2026-11` that chooses a zone uses too.

use rust_decimal_macros::dec;

use crate::date::{Date, date};
use crate::lang::Lang;

use super::cite::{self, src};

use super::location::{Location, LocationDefaults};

/// When our estimates below were reviewed.
const REVIEWED: Date = date(2026, 12, 7);

/// Our own reasoning, reviewed on [`REVIEWED`].
const fn estimate(reasoning: &'static str, reasoning_en: &'static str) -> crate::source::Source {
    cite::estimate(reasoning, reasoning_en, REVIEWED)
}

/// Navigo, the one pass of all Île-de-France.
const NAVIGO: crate::source::Source = src(
    "Île-de-France Mobilités, « Les tarifs Île-de-France Mobilités 2026 »\u{a0}: passe Navigo mois à 90,80\u{a0}€\u{a0}; prise en charge de 50\u{a0}% par l'employeur, Code du travail art. L3261-2 et R3261-1",
    "Île-de-France Mobilités, “Les tarifs Île-de-France Mobilités 2026”: monthly Navigo pass at 90.80 €; 50% paid by the employer, Code du travail art. L3261-2 and R3261-1",
    "https://www.iledefrance-mobilites.fr/tarifs-titre-de-transport-en-commun-2026",
    date(2026, 1, 1),
);

/// The mobility levy's rule and Île-de-France's rates.
const VM_URL: &str =
    "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations/versement-mobilite.html";

/// The four zones, in the order of [`Location::ALL`].
pub(super) static LOCATIONS: [LocationDefaults; 4] = [
    LocationDefaults {
        location: Location::Paris,
        label_fr: Lang::Fr.text("Paris et petite couronne"),
        label_en: Lang::En.text("Paris and the inner suburbs"),
        mobility_rate_percent: dec!(3.20),
        mobility_source: src(
            "CGCT art. L2531-4, 1°, modifié par la loi de finances pour 2024 (art. 139)\u{a0}: versement mobilité de 3,20\u{a0}% à Paris, dans les Hauts-de-Seine, la Seine-Saint-Denis et le Val-de-Marne, dû à partir de 11 salariés (urssaf.fr)",
            "CGCT art. L2531-4, 1°, as amended by the 2024 finance law (art. 139): a 3.20% mobility levy in Paris, Hauts-de-Seine, Seine-Saint-Denis and Val-de-Marne, due from 11 employees (urssaf.fr)",
            VM_URL,
            date(2024, 2, 1),
        ),
        transport_pass_monthly: dec!(90.80),
        transport_source: NAVIGO,
        workspace_annual: dec!(11051),
        workspace_source: src(
            "IDET, Buzzy Ratios 2024\u{a0}: 11 051 € par poste de travail et par an (panel de grandes entreprises, 46\u{a0}% en Île-de-France\u{a0}; plus cher à Paris, moins en région)",
            "IDET, Buzzy Ratios 2024: 11,051 € per workstation a year (panel of large companies, 46% in Île-de-France; dearer in Paris, cheaper in the regions)",
            "https://www.idet.fr/combien-coutent-les-environnements-de-travail-en-2024/",
            date(2024, 6, 1),
        ),
        workspace_estimate: false,
    },
    LocationDefaults {
        location: Location::IleDeFrance,
        label_fr: Lang::Fr.text("Reste de l'Île-de-France"),
        label_en: Lang::En.text("Rest of Île-de-France"),
        mobility_rate_percent: dec!(1.60),
        mobility_source: src(
            "CGCT art. L2531-4, 3°\u{a0}: versement mobilité de 1,60\u{a0}% dans les autres communes d'Île-de-France (2,01\u{a0}% dans celles de l'art. R2531-6\u{a0}: vérifiez la vôtre sur urssaf.fr), dû à partir de 11 salariés",
            "CGCT art. L2531-4, 3°: a 1.60% mobility levy in the other communes of Île-de-France (2.01% in those of art. R2531-6: check yours on urssaf.fr), due from 11 employees",
            VM_URL,
            date(2024, 2, 1),
        ),
        transport_pass_monthly: dec!(90.80),
        transport_source: NAVIGO,
        workspace_annual: dec!(9000),
        workspace_source: estimate(
            "Estimation\u{a0}: environ 20\u{a0}% de moins qu'à Paris, comme l'écart entre un immeuble récent d'Île-de-France (12 000 €) et une adresse parisienne (14 500 €) dans les Buzzy Ratios 2019 de l'Arseg (Workplace Magazine)",
            "Estimate: about 20% less than in Paris, as the gap between a recent Île-de-France building (12,000 €) and a Paris address (14,500 €) in Arseg's 2019 Buzzy Ratios (Workplace Magazine)",
        ),
        workspace_estimate: true,
    },
    LocationDefaults {
        location: Location::LargeCity,
        label_fr: Lang::Fr.text("Grande ville hors Île-de-France (Lyon, Marseille, Lille…)"),
        label_en: Lang::En.text("A large city outside Île-de-France (Lyon, Marseille, Lille…)"),
        mobility_rate_percent: dec!(2.00),
        mobility_source: src(
            "SYTRAL Mobilités\u{a0}: versement mobilité de 2\u{a0}% dans la Métropole de Lyon, comme à Aix-Marseille-Provence et Lille, le plafond de CGCT art. L2333-67\u{a0}; vérifiez votre commune sur urssaf.fr (Marseille\u{a0}: + 0,08\u{a0}% régional en 2026)",
            "SYTRAL Mobilités: a 2% mobility levy in the Lyon metropolis, as in Aix-Marseille-Provence and Lille, the ceiling of CGCT art. L2333-67; check your commune on urssaf.fr (Marseille: + 0.08% regional in 2026)",
            "https://www.sytral.fr/TPL_CODE/TPL_ACTUALITE/PAR_TPL_IDENTIFIANT/5290/20-actualites.htm",
            date(2022, 7, 1),
        ),
        transport_pass_monthly: dec!(74.10),
        transport_source: src(
            "Lyon Capitale, tarifs TCL\u{a0}: abonnement mensuel 26-64 ans à 74,10\u{a0}€ en 2025 (prix 2026 non trouvé\u{a0}; Lille 56,50\u{a0}€ depuis août 2025)\u{a0}; prise en charge de 50\u{a0}%",
            "Lyon Capitale, TCL fares: monthly pass for ages 26-64 at 74.10 € in 2025 (2026 price not found; Lille 56.50 € since August 2025); 50% paid by the employer",
            "https://www.lyoncapitale.fr/actualite/en-hausse-mais-avec-un-service-elargi-les-nouveaux-tarifs-du-reseau-tcl-unifie",
            date(2025, 1, 1),
        ),
        workspace_annual: dec!(7000),
        workspace_source: estimate(
            "Estimation\u{a0}: entre les près de 6 000 € d'un immeuble standard en région et les 12 000 € d'Île-de-France (Buzzy Ratios 2019 de l'Arseg), les loyers de bureaux neufs d'une grande ville (Lyon, 200 €/m² par an) restant bien au-dessous de Paris",
            "Estimate: between the nearly 6,000 € of a standard regional building and Île-de-France's 12,000 € (Arseg's 2019 Buzzy Ratios), new office rents in a large city (Lyon, 200 €/m² a year) staying well below Paris",
        ),
        workspace_estimate: true,
    },
    LocationDefaults {
        location: Location::Elsewhere,
        label_fr: Lang::Fr.text("Ailleurs"),
        label_en: Lang::En.text("Elsewhere"),
        mobility_rate_percent: dec!(0),
        mobility_source: estimate(
            "Estimation\u{a0}: une commune sans versement mobilité\u{a0}; beaucoup en ont un (jusqu'à 2\u{a0}%)\u{a0}: indiquez le vôtre (urssaf.fr, taux par commune)",
            "Estimate: a commune without a mobility levy; many have one (up to 2%): enter yours (urssaf.fr, rates by commune)",
        ),
        transport_pass_monthly: dec!(0),
        transport_source: estimate(
            "Estimation\u{a0}: pas d'abonnement de transport public\u{a0}; s'il y en a un, l'employeur en paie la moitié (Code du travail art. L3261-2)",
            "Estimate: no public transport pass; if there is one, the employer pays half (Code du travail art. L3261-2)",
        ),
        workspace_annual: dec!(6000),
        workspace_source: src(
            "Arseg, Buzzy Ratios 2019 (Workplace Magazine)\u{a0}: près de 6 000 € par poste de travail et par an pour un immeuble standard en région, hors moyens et équipements",
            "Arseg, Buzzy Ratios 2019 (Workplace Magazine): nearly 6,000 € per workstation a year for a standard building in the regions, before equipment and travel",
            "https://workplacemagazine.fr/profession/4031/combien-coute-un-poste-de-travail-en-2019",
            date(2019, 6, 1),
        ),
        workspace_estimate: false,
    },
];

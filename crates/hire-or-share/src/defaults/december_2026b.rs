//! The defaults as reviewed again in December 2026 (version `2026-12b`):
//! December's, with each role's salary from an independent survey with its
//! year, and each day rate from two dated sources where they were found
//! (issue #24; the search is in docs/sources-defaults-2026-12b.md). Every
//! other value is `2026-12`'s. Published, so kept as it is.
//!
//! The name is December's with a letter: a second review in the same month.
//! Versions are found by their exact name and ordered by `published`, so any
//! name works; this one keeps the `YYYY-MM` of the month it was reviewed in.

use rust_decimal_macros::dec;

use crate::date::{Date, date};

use super::cite::{self, src};
use super::december_2026::PRESETS as DECEMBER;
use super::location::Location;
use super::locations_2026::LOCATIONS;
use super::november_2026::ASSUMPTIONS;
use super::{Defaults, Preset, Source};

/// The date of this review, and of its estimates.
const REVIEWED: Date = date(2026, 12, 7);

/// Our own reasoning, reviewed on [`REVIEWED`].
const fn estimate(reasoning: &'static str, reasoning_en: &'static str) -> Source {
    cite::estimate(reasoning, reasoning_en, REVIEWED)
}

/// December's presets with their salaries and day rates sourced anew. The
/// labels and the AT/MP support-function rate of the DAF and the DRH are
/// December's.
pub(super) static PRESETS: [Preset; 4] = [
    Preset {
        gross_annual: dec!(90000),
        gross_annual_source: src(
            "Spendesk et CFO Connect, enquête auprès des directeurs financiers de PME (2021), rapportée par Le Monde du Chiffre\u{a0}: 90 000 € par an en moyenne pour les DAF français\u{a0}; le baromètre Michael Page–DFCG (décembre 2017) donnait 85 700 € en moyenne pour 368 DAF de toutes tailles",
            "Spendesk and CFO Connect, survey of SME finance directors (2021), reported by Le Monde du Chiffre: 90,000 € a year on average for French CFOs; the Michael Page–DFCG barometer (December 2017) gave 85,700 € on average for 368 CFOs of companies of every size",
            "https://lemondeduchiffre.fr/organisation-gestion-et-developpement/71602-salaires-daf-fortes-disparites-europe.html",
            date(2021, 1, 1),
        ),
        gross_annual_estimate: false,
        day_rate: dec!(1000),
        day_rate_source: src(
            "Entre deux sources datées\u{a0}: un DAF de PME salarié coûte 704 € par jour avant taux d'activité et marge (Barzyk Finance, 31 juillet 2025)\u{a0}; les managers de transition, à temps plein, facturaient 1 314 € HT par jour en moyenne fin 2023 (baromètre France Transition, 22 janvier 2024). Leur milieu, 1 009 €, arrondi à 1 000 € HT\u{a0}; aucun tarif publié et daté d'un DAF à temps partagé n'a été trouvé",
            "Between two dated sources: a salaried SME CFO costs 704 € a day before utilisation and margin (Barzyk Finance, 31 July 2025); full-time interim managers charged 1,314 € excl. VAT a day on average at the end of 2023 (France Transition barometer, 22 January 2024). Their midpoint, 1,009 €, rounded to 1,000 € excl. VAT; no dated, published rate of a shared-time CFO was found",
            "https://francetransition.org/barometre-france-transition-2023/",
            date(2024, 1, 22),
        ),
        day_rate_estimate: true,
        ..DECEMBER[0]
    },
    Preset {
        gross_annual: dec!(77500),
        gross_annual_source: src(
            "Apec, salaires des métiers de l'informatique (enquêtes 2019-2023), rapporté par Le Monde Informatique (2023)\u{a0}: le directeur des systèmes d'information entre 45 000 et 110 000 € (fixe et variable) dans 80 % des offres d'emploi\u{a0}; milieu de la fourchette, 77 500 € (et non plus la médiane de toute la famille «\u{a0}direction informatique\u{a0}», 71 000 €)",
            "Apec, IT job salaries (surveys 2019-2023), reported by Le Monde Informatique (2023): the IT director between 45,000 and 110,000 € (fixed and variable) in 80% of job offers; middle of the range, 77,500 € (no longer the median of the whole IT-management family, 71,000 €)",
            "https://www.lemondeinformatique.fr/actualites/lire-les-salaires-2023-des-metiers-it-passes-a-la-loupe-92192.html",
            date(2023, 12, 1),
        ),
        gross_annual_estimate: true,
        day_rate: dec!(900),
        day_rate_source: estimate(
            "Estimation, gardée de la version 2026-12\u{a0}: aucun tarif publié et daté d'un DSI à temps partagé ou indépendant n'a été trouvé (le seul chiffre daté, 1 314 € HT par jour fin 2023 selon France Transition, couvre toutes les fonctions en management de transition à temps plein)\u{a0}; milieu de la fourchette 700-1 200 € HT",
            "Estimate: kept from version 2026-12: no dated, published rate of a shared-time or freelance IT director was found (the only dated figure, 1,314 € excl. VAT a day at the end of 2023 according to France Transition, covers every function in full-time interim management); middle of the 700-1,200 € excl. VAT range",
        ),
        day_rate_estimate: true,
        ..DECEMBER[1]
    },
    Preset {
        gross_annual: dec!(82000),
        gross_annual_source: src(
            "Apec, «\u{a0}Quel salaire pour quel métier cadre\u{a0}?\u{a0}» (novembre 2022), rapporté par Primeum\u{a0}: 82 000 € pour la direction des ressources humaines\u{a0}; le Guide des Salaires 2019-2020 donnait 98 640 € en moyenne pour le DRH, toutes tailles d'entreprise",
            "Apec, “Quel salaire pour quel métier cadre ?” (November 2022), reported by Primeum: 82,000 € for HR management; the Guide des Salaires 2019-2020 gave 98,640 € on average for the HR director, companies of every size",
            "https://primeum.com/fr/blog/salaire-cadres-quels-sont-postes-plus-remunerateurs",
            date(2022, 11, 17),
        ),
        gross_annual_estimate: false,
        day_rate: dec!(1000),
        day_rate_source: src(
            "Deux sources datées\u{a0}: DRH à temps partagé ou de transition indépendants, 800 à 1 500 € HT par jour (Entreprise & Carrières, 11 juillet 2017)\u{a0}; DRH de transition, 1 000 à 1 600 € par jour en moyenne (baromètre Morgan Philips, 11 mars 2024). Le bas de leur fourchette commune, 1 000 € HT\u{a0}: le temps partagé facture moins que la transition à temps plein",
            "Two dated sources: independent shared-time or interim HR directors, 800 to 1,500 € excl. VAT a day (Entreprise & Carrières, 11 July 2017); interim HR directors, 1,000 to 1,600 € a day on average (Morgan Philips barometer, 11 March 2024). The low end of the range they share, 1,000 € excl. VAT: shared time bills less than full-time interim",
            "https://www.republik-rh.fr/strategie/management/manager-de-transition-une-activite-enrichissante-et-lucrative.html",
            date(2024, 3, 11),
        ),
        day_rate_estimate: false,
        ..DECEMBER[2]
    },
    Preset {
        gross_annual: dec!(79000),
        gross_annual_source: src(
            "Apec, «\u{a0}Quel salaire pour quel métier cadre\u{a0}?\u{a0}» (novembre 2022), rapporté par Primeum\u{a0}: salaire médian de 79 000 € pour la direction marketing\u{a0}; le Guide des Salaires 2015-2016 donnait 74 040 € en médiane pour le directeur marketing",
            "Apec, “Quel salaire pour quel métier cadre ?” (November 2022), reported by Primeum: median salary of 79,000 € for marketing management; the Guide des Salaires 2015-2016 gave a median of 74,040 € for the marketing director",
            "https://primeum.com/fr/blog/salaire-cadres-quels-sont-postes-plus-remunerateurs",
            date(2022, 11, 17),
        ),
        gross_annual_estimate: false,
        day_rate: dec!(900),
        day_rate_source: estimate(
            "Estimation, gardée de la version 2026-12\u{a0}: aucun tarif publié et daté d'un directeur marketing à temps partagé n'a été trouvé (les tarifs trouvés, 200 à 800 € par jour, couvrent le marketing indépendant à tous niveaux et ne sont pas datés)\u{a0}; milieu de la fourchette 700-1 200 € HT",
            "Estimate: kept from version 2026-12: no dated, published rate of a shared-time marketing director was found (the rates found, 200 to 800 € a day, cover freelance marketing at every level and are undated); middle of the 700-1,200 € excl. VAT range",
        ),
        day_rate_estimate: true,
        ..DECEMBER[3]
    },
];

/// Version `2026-12b`.
pub static DECEMBER_2026B: Defaults = Defaults {
    version: "2026-12b",
    published: REVIEWED,
    days_per_week: dec!(1),
    cadre: true,
    horizon_years: 3,
    presets: &PRESETS,
    assumptions: ASSUMPTIONS,
    location: Some(Location::Paris),
    locations: &LOCATIONS,
    #[cfg(feature = "options")]
    kinds: None,
};

#[cfg(test)]
mod tests {
    use super::super::Role;
    use super::*;

    /// The years (1990–2039) a source's text names, in order: four digits
    /// standing alone, so that `90 000` or `1 314` are not read as one.
    fn years(text: &str) -> Vec<u16> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        for i in 0..bytes.len().saturating_sub(3) {
            let digits = bytes[i..i + 4].iter().all(u8::is_ascii_digit);
            let before = i == 0 || !bytes[i - 1].is_ascii_digit();
            let after = bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit());
            if digits && before && after {
                let year: u16 = text[i..i + 4].parse().unwrap();
                if (1990..2040).contains(&year) {
                    found.push(year);
                }
            }
        }
        found
    }

    /// Issue #24: each preset's salary cites an independent survey with its
    /// year, and each day rate two dated sources, or says plainly that none
    /// was found and stays an estimate (the DSI and marketing, for now).
    #[test]
    fn each_salary_cites_a_year_and_each_day_rate_two_dated_sources() {
        let december = &super::super::december_2026::PRESETS;
        for (p, old) in PRESETS.iter().zip(december) {
            let role = p.role.key();
            for title in [
                p.gross_annual_source.title,
                p.gross_annual_source.title_en.unwrap(),
            ] {
                let named = years(title);
                assert!(!named.is_empty(), "{role}: {title}");
                let year = p.gross_annual_source.effective.year();
                assert!(named.contains(&year), "{role}: {title}");
            }
            // Not the shared-time vendor of the old DAF default.
            assert!(p.gross_annual_source.url.starts_with("https://"), "{role}");
            assert!(!p.gross_annual_source.url.contains("winside"), "{role}");
            let rate = p.day_rate_source;
            match p.role {
                Role::Daf | Role::Drh => {
                    for title in [rate.title, rate.title_en.unwrap()] {
                        assert!(years(title).len() >= 2, "{role}: {title}");
                        let year = rate.effective.year();
                        assert!(years(title).contains(&year), "{role}: {title}");
                    }
                    assert!(rate.url.starts_with("https://"), "{role}");
                }
                Role::Dsi | Role::Marketing => {
                    assert!(rate.url.is_empty() && p.day_rate_estimate, "{role}");
                    assert!(rate.title.contains("aucun tarif publié et daté"), "{role}");
                    assert!(rate.title_en.unwrap().contains("no dated, published rate"));
                    assert_eq!(p.day_rate, old.day_rate, "{role}");
                }
            }
            // Everything but the salary and the day rate is December's.
            let same = Preset {
                gross_annual: old.gross_annual,
                gross_annual_source: old.gross_annual_source,
                gross_annual_estimate: old.gross_annual_estimate,
                day_rate: old.day_rate,
                day_rate_source: old.day_rate_source,
                day_rate_estimate: old.day_rate_estimate,
                ..*p
            };
            assert_eq!(same, *old, "{role}");
        }
        assert_eq!(
            years("1 314 € fin 2023, 90 000 €, 2019-2023"),
            [2023, 2019, 2023]
        );
    }

    /// Only the presets changed: every other value is `2026-12`'s.
    #[test]
    fn the_rest_is_decembers() {
        let december = &super::super::december_2026::DECEMBER_2026;
        let this = Defaults {
            version: december.version,
            published: december.published,
            presets: december.presets,
            ..DECEMBER_2026B
        };
        assert_eq!(this, *december);
        assert!(DECEMBER_2026B.published >= december.published);
    }
}

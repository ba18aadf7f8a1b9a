//! The defaults as reviewed on 8 December 2026 (version `2026-12c`):
//! `2026-12b`'s, with the defaults of the four other ways to fill the need
//! (freelance, portage salarial, interim manager, employer group), each
//! role's day rates and the assumptions they share, with their sources
//! (issue #26; the search is in docs/sources-defaults-2026-12c.md).
//! Published, so kept as it is.

use crate::date::{Date, date};

use super::Defaults;
use super::december_2026b::DECEMBER_2026B;

/// The date of this review, and of its estimates.
const REVIEWED: Date = date(2026, 12, 8);

/// Version `2026-12c`: `2026-12b` and the other kinds' defaults.
pub static DECEMBER_2026C: Defaults = Defaults {
    version: "2026-12c",
    published: REVIEWED,
    #[cfg(feature = "options")]
    kinds: Some(&kinds::KINDS),
    ..DECEMBER_2026B
};

/// The other kinds' defaults, built only with them (the `options` feature).
#[cfg(feature = "options")]
mod kinds {
    use rust_decimal_macros::dec;

    use crate::date::date;
    use crate::lang::Lang;
    use crate::source::Source;

    use super::super::cite::{self, src};
    use super::super::kinds::{KindDefaults, KindRates, Sourced};
    use super::super::{Assumption, Group, Role};
    use super::REVIEWED;

    /// Our own reasoning, reviewed on [`REVIEWED`].
    const fn estimate(reasoning: &'static str, reasoning_en: &'static str) -> Source {
        cite::estimate(reasoning, reasoning_en, REVIEWED)
    }

    pub(super) static KINDS: KindDefaults = KindDefaults {
        rates: &RATES,
        assumptions: ASSUMPTIONS,
    };

    /// A freelance or a consultant in portage at the shared-time rate of
    /// `2026-12b`: no source separates them.
    const fn same_as_shared(rate: rust_decimal::Decimal) -> Sourced {
        Sourced {
            value: rate,
            source: estimate(
                "Estimation\u{a0}: le tarif du temps partagé de la version 2026-12b\u{a0}; aucune source datée ne distingue le tarif d'un indépendant (ou d'un consultant porté, dont le tarif inclut les frais de gestion de la société de portage, de 5 à 15\u{a0}%) de celui d'un expert à temps partagé pour ce métier",
                "Estimate: the shared-time rate of version 2026-12b; no dated source separates a freelance's rate (or a consultant's in portage, whose rate includes the portage company's fee, 5 to 15 %) from a shared-time expert's for this role",
            ),
            estimate: true,
        }
    }

    /// The France Transition barometer: every function, end of 2023.
    const FRANCE_TRANSITION: Source = src(
        "Baromètre France Transition 2023 (22 janvier 2024)\u{a0}: «\u{a0}un tarif journalier moyen record de 1 314 € HT/J à la fin de l'année\u{a0}», toutes fonctions, arrondi à 1 300 €",
        "France Transition barometer 2023 (22 January 2024): a record average day rate of 1,314 € excl. VAT at the end of the year, every function, rounded to 1,300 €",
        "https://francetransition.org/barometre-france-transition-2023/",
        date(2024, 1, 22),
    );

    /// An interim manager at the all-function average, flagged as an estimate
    /// for the role.
    const INTERIM_GENERAL: Sourced = Sourced {
        value: dec!(1300),
        source: src(
            "Baromètre France Transition 2023 (22 janvier 2024)\u{a0}: 1 314 € HT par jour en moyenne à la fin de 2023, toutes fonctions\u{a0}; aucun chiffre publié et daté pour ce métier, d'où une estimation (fourchette observée 900-1 600 €)",
            "France Transition barometer 2023 (22 January 2024): 1,314 € excl. VAT a day on average at the end of 2023, every function; no published, dated figure for this role, hence an estimate (range seen 900-1,600 €)",
            "https://francetransition.org/barometre-france-transition-2023/",
            date(2024, 1, 22),
        ),
        estimate: true,
    };

    /// Each role's day rates, in the order of [`Role::ALL`].
    static RATES: [KindRates; 4] = [
        KindRates {
            role: Role::Daf,
            freelance_day_rate: same_as_shared(dec!(1000)),
            portage_day_rate: same_as_shared(dec!(1000)),
            // Finance is 27 % of interim missions: the average is close to a DAF's.
            interim_manager_day_rate: Sourced {
                value: dec!(1300),
                source: FRANCE_TRANSITION,
                estimate: false,
            },
        },
        KindRates {
            role: Role::Dsi,
            freelance_day_rate: same_as_shared(dec!(900)),
            portage_day_rate: same_as_shared(dec!(900)),
            interim_manager_day_rate: INTERIM_GENERAL,
        },
        KindRates {
            role: Role::Drh,
            freelance_day_rate: Sourced {
                value: dec!(1000),
                source: src(
                    "Entreprise & Carrières, «\u{a0}Un seul métier, des statuts différents\u{a0}» (11 juillet 2017)\u{a0}: les DRH indépendants (temps partagé ou transition) facturent de 800 à 1 500 € HT par jour, plus en Île-de-France\u{a0}; 1 000 €",
                    "Entreprise & Carrières, “Un seul métier, des statuts différents” (11 July 2017): independent HR directors (shared time or interim) charge 800 to 1,500 € excl. VAT a day, more in Île-de-France; 1,000 €",
                    "https://www.info-socialrh.fr/bibliotheque-numerique/entreprise-et-carrieres/1345/lenquete/un-seul-metier-des-statuts-differents-460749.php",
                    date(2017, 7, 11),
                ),
                estimate: false,
            },
            portage_day_rate: same_as_shared(dec!(1000)),
            interim_manager_day_rate: Sourced {
                value: dec!(1300),
                source: src(
                    "Morgan Philips Management de Transition, baromètre des honoraires (11 mars 2024), rapporté par Republik RH\u{a0}: «\u{a0}un DRH de transition perçoit par jour en moyenne de 1.000 à 1.600 euros\u{a0}»\u{a0}; milieu, 1 300 €",
                    "Morgan Philips Management de Transition, fee barometer (11 March 2024), reported by Republik RH: an interim HR director earns 1,000 to 1,600 € a day on average; midpoint, 1,300 €",
                    "https://www.republik-rh.fr/strategie/management/manager-de-transition-une-activite-enrichissante-et-lucrative.html",
                    date(2024, 3, 11),
                ),
                estimate: false,
            },
        },
        KindRates {
            role: Role::Marketing,
            freelance_day_rate: same_as_shared(dec!(900)),
            portage_day_rate: same_as_shared(dec!(900)),
            interim_manager_day_rate: INTERIM_GENERAL,
        },
    ];

    macro_rules! assumption {
        ($field:literal, $value:literal, $fr:literal, $en:literal, $ufr:literal, $uen:literal, $source:expr, $estimate:literal) => {
            Assumption {
                field: $field,
                value: $value,
                group: Group::Other,
                label_fr: Lang::Fr.text($fr),
                label_en: Lang::En.text($en),
                unit_fr: Lang::Fr.text($ufr),
                unit_en: Lang::En.text($uen),
                source: $source,
                estimate: $estimate,
            }
        };
    }

    /// What the other kinds share across roles.
    static ASSUMPTIONS: &[Assumption] = &[
        assumption!(
            "freelanceStartWeeks",
            "2",
            "Délai avant le démarrage d'un indépendant",
            "Weeks before a freelance starts",
            "semaines",
            "weeks",
            estimate(
                "Estimation\u{a0}: un indépendant disponible démarre en une à deux semaines (aucune source datée)",
                "Estimate: an available freelance starts within one or two weeks (no dated source)",
            ),
            true
        ),
        assumption!(
            "portageStartWeeks",
            "2",
            "Délai avant le démarrage d'un consultant porté",
            "Weeks before a consultant in portage starts",
            "semaines",
            "weeks",
            estimate(
                "Estimation\u{a0}: comme un indépendant\u{a0}; le contrat commercial et le contrat de travail de portage se signent en quelques jours (aucune source datée)",
                "Estimate: as a freelance; the commercial contract and the portage employment contract are signed in a few days (no dated source)",
            ),
            true
        ),
        assumption!(
            "interimManagerStartWeeks",
            "2",
            "Délai avant le démarrage d'un manager de transition",
            "Weeks before an interim manager starts",
            "semaines",
            "weeks",
            estimate(
                "Estimation\u{a0}: les cabinets annoncent des profils sous 48 à 72\u{a0}heures (Louis Dupont, Managers en Mission, non datés)\u{a0}; deux semaines jusqu'au premier jour sur place",
                "Estimate: firms announce profiles within 48 to 72 hours (Louis Dupont, Managers en Mission, undated); two weeks to the first day on site",
            ),
            true
        ),
        assumption!(
            "employerGroupStartWeeks",
            "8",
            "Délai avant le démarrage du salarié d'un groupement d'employeurs",
            "Weeks before an employer group's expert starts",
            "semaines",
            "weeks",
            estimate(
                "Estimation\u{a0}: le groupement recrute (avec le préavis du candidat) s'il n'a pas déjà le profil\u{a0}; deux à quatre semaines s'il l'a",
                "Estimate: the group recruits (with the candidate's notice) if it does not already employ the profile; two to four weeks if it does",
            ),
            true
        ),
        assumption!(
            "employerGroupFeePercent",
            "15",
            "Frais de gestion du groupement, en plus du coût du salarié",
            "Employer group's fee on top of the expert's cost",
            "%",
            "%",
            src(
                "Estimation d'après Vénétis (Le Journal des Entreprises, non daté)\u{a0}: facturation de 1,72 à 1,92 fois le salaire brut, soit environ 1,16 à 1,22 fois le coût employeur\u{a0}; un surcoût «\u{a0}de l'ordre de 20\u{a0}%\u{a0}» par rapport à une embauche directe (Cegid, 14 mars 2019)\u{a0}; 15\u{a0}%",
                "Estimate from Vénétis (Le Journal des Entreprises, undated): billing 1.72 to 1.92 times the gross salary, about 1.16 to 1.22 times the employer cost; an extra cost “of about 20 %” over a direct hire (Cegid, 14 March 2019); 15 %",
                "https://www.lejournaldesentreprises.com/loire-atlantique-vendee/article/lexperience-reussie-de-venetis-27814",
                date(2019, 3, 14),
            ),
            true
        ),
        assumption!(
            "employerGroupMembershipAnnual",
            "75",
            "Cotisation annuelle au groupement",
            "Employer group's yearly membership fee",
            "€ par an",
            "€ a year",
            src(
                "Vénétis, rapporté par Le Journal des Entreprises (non daté)\u{a0}: «\u{a0}une cotisation annuelle de 75 €\u{a0}»",
                "Vénétis, reported by Le Journal des Entreprises (undated): a yearly membership fee of 75 €",
                "https://www.lejournaldesentreprises.com/loire-atlantique-vendee/article/lexperience-reussie-de-venetis-27814",
                REVIEWED,
            ),
            false
        ),
        assumption!(
            "employerGroupEntryFee",
            "200",
            "Droit d'entrée dans le groupement",
            "Employer group's entry fee",
            "€",
            "€",
            src(
                "Vénétis, rapporté par Le Journal des Entreprises (non daté)\u{a0}: «\u{a0}le droit d'entrée à Vénétis se monte à 200 €\u{a0}»",
                "Vénétis, reported by Le Journal des Entreprises (undated): an entry fee of 200 €",
                "https://www.lejournaldesentreprises.com/loire-atlantique-vendee/article/lexperience-reussie-de-venetis-27814",
                REVIEWED,
            ),
            false
        ),
    ];
}

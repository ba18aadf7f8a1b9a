//! How a cost line is computed, in words: a French and an English template
//! whose `{}` take amounts, counts and percentages written for the language.

use rust_decimal::Decimal;

use crate::Lang;
use crate::arith::{Rounding, round_to};
use crate::money::{Money, Quantity};
use crate::number::{Number, Unit};

/// A value of a formula, written for the language when the line is shown.
#[derive(Clone, Copy)]
pub(super) enum Arg {
    /// An amount in euros: to the cent, whole euros without decimals.
    Eur(Money),
    /// A count (days, weeks, years, a factor), up to four decimals.
    Num(Quantity),
    /// A percentage.
    Pct(Quantity),
    /// The need in days a week, known only when the line is written.
    Days,
    /// A number of weeks, with its word: "1 semaine", "45 semaines".
    Weeks(Quantity),
    /// A number of years, with its word: "1 an", "3 ans".
    Years(Quantity),
    /// A number of months, with its word: "1 mois", "1 month", "0.75 months".
    Months(Quantity),
    /// Words, in French and in English.
    Text(&'static str, &'static str),
}

/// Why an amount is multiplied by 1.2, in a formula.
pub(super) const VAT: Arg = Arg::Text(
    Lang::Fr.text("TVA non récupérable"),
    Lang::En.text("non-recoverable VAT"),
);

/// How a line is computed: a French and an English template, each `{}` of
/// which takes the next argument, written for the language. Templates rather
/// than code per formula: the same few lines write them all.
#[derive(Clone, Copy)]
pub(super) struct Formula {
    fr: &'static str,
    en: &'static str,
    args: [Arg; Formula::MAX_ARGS],
    len: usize,
}

impl Formula {
    const MAX_ARGS: usize = 5;

    /// The formula `fr` / `en` of `args`; both templates take them in the same
    /// order. Inlined, so that a one-language build leaves the other template out.
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    pub(super) fn new(fr: &'static str, en: &'static str, args: &[Arg]) -> Self {
        debug_assert!(
            fr.matches("{}").count() == args.len() && en.matches("{}").count() == args.len(),
            "{fr}"
        );
        Self::of(Lang::Fr.text(fr), Lang::En.text(en), args)
    }

    /// [`Formula::new`] once its templates are chosen: one copy of this code
    /// for every formula, not one per formula.
    #[inline(never)]
    fn of(fr: &'static str, en: &'static str, args: &[Arg]) -> Self {
        let mut all = [Arg::Days; Self::MAX_ARGS];
        let len = args.len().min(Self::MAX_ARGS);
        all[..len].copy_from_slice(&args[..len]);
        Self {
            fr,
            en,
            args: all,
            len,
        }
    }

    /// The same template in both languages.
    #[allow(
        clippy::inline_always,
        reason = "a one-language build must see the choice of language at each text, to leave the other text out"
    )]
    #[inline(always)]
    pub(super) fn same(template: &'static str, args: &[Arg]) -> Self {
        Self::new(template, template, args)
    }

    /// The text in `lang`, with the need `days` where it shows.
    pub(super) fn write(&self, lang: Lang, days: Quantity) -> String {
        let mut rest = match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        };
        let mut out = String::with_capacity(rest.len() + 16 * self.len);
        let mut args = self.args[..self.len].iter();
        // Split at each brace (no index into the text, so no slicing to go
        // wrong): a `{}` takes the next argument, any other brace stays.
        while let Some((before, after)) = rest.split_once('{') {
            out.push_str(before);
            let Some(after) = after.strip_prefix('}') else {
                out.push('{');
                rest = after;
                continue;
            };
            rest = after;
            let number = match args.next() {
                Some(&Arg::Eur(v)) => eur(v, lang),
                Some(&Arg::Num(v)) => num(v, lang),
                Some(&Arg::Pct(v)) => number(v.normalize().decimal(), Unit::Percent, lang),
                Some(Arg::Days) => number(days.normalize().decimal(), Unit::DaysPerWeek, lang),
                // A count with its unit, singular or plural as the error
                // messages write them (French below 2, English at 1).
                Some(&Arg::Weeks(v)) => num(v, lang).with_unit(Unit::Weeks),
                Some(&Arg::Years(v)) => num(v, lang).with_unit(Unit::Years),
                Some(&Arg::Months(v)) => num(v, lang).with_unit(Unit::Months),
                Some(&Arg::Text(fr, en)) => {
                    out.push_str(match lang {
                        Lang::Fr => fr,
                        Lang::En => en,
                    });
                    continue;
                }
                None => continue,
            };
            number.write_to(&mut out);
        }
        out.push_str(rest);
        out
    }
}

fn number(value: Decimal, unit: Unit, lang: Lang) -> Number {
    Number { value, unit, lang }
}

/// An amount for a formula: to the cent, half away from zero like every
/// amount, and whole euros without decimals.
fn eur(value: Money, lang: Lang) -> Number {
    let shown = value.cents().decimal();
    let m = shown.mantissa();
    // Whole euros as the cents without their zeros: `normalize`, not
    // `from_i128_with_scale`, whose panic on a mantissa past 96 bits (which
    // cannot happen here) brings rust_decimal's error messages.
    let value = if m % 100 == 0 {
        shown.normalize()
    } else {
        shown
    };
    number(value, Unit::Euro, lang)
}

/// A count for a formula: up to four decimals, without trailing zeros.
fn num(value: Quantity, lang: Lang) -> Number {
    let shown = round_to(value.decimal(), 4, Rounding::HalfEven);
    number(
        Quantity::new(shown).normalize().decimal(),
        Unit::Count,
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::{eur, qty};

    #[test]
    fn formulas_take_their_arguments_in_order_in_each_language() {
        let f = Formula::new(
            "{} × {} × {} ({})",
            "{} × {} × {} ({})",
            &[Arg::Eur(eur!(1200.5)), Arg::Days, Arg::Weeks(qty!(45)), VAT],
        );
        assert_eq!(
            f.write(Lang::Fr, qty!(1.5)),
            "1\u{a0}200,50\u{a0}€ × 1,5\u{a0}j/sem. × 45\u{a0}semaines (TVA non récupérable)"
        );
        assert_eq!(
            f.write(Lang::En, qty!(2)),
            "1,200.50\u{a0}€ × 2 days/week × 45 weeks (non-recoverable VAT)"
        );
        // Weeks and years, singular or plural in each language.
        let f = Formula::same(
            "{} ÷ {} ÷ {}",
            &[
                Arg::Weeks(qty!(1)),
                Arg::Years(qty!(1.5)),
                Arg::Years(qty!(2)),
            ],
        );
        assert_eq!(
            f.write(Lang::Fr, qty!(1)),
            "1\u{a0}semaine ÷ 1,5\u{a0}an ÷ 2\u{a0}ans"
        );
        assert_eq!(f.write(Lang::En, qty!(1)), "1 week ÷ 1.5 years ÷ 2 years");
        // Whole euros are written without decimals.
        let f = Formula::same("{} + {}", &[Arg::Eur(eur!(1200.00)), Arg::Eur(eur!(0.004))]);
        assert_eq!(f.write(Lang::En, qty!(1)), "1,200\u{a0}€ + 0\u{a0}€");
        // A brace that is not a placeholder stays as written.
        let f = Formula::same("{x} + {}", &[Arg::Pct(qty!(20.0))]);
        assert_eq!(f.write(Lang::Fr, qty!(1)), "{x} + 20\u{a0}%");
        assert_eq!(f.write(Lang::En, qty!(1)), "{x} + 20%");
    }
}

//! A field's value read from and written to text, as a form, a share link,
//! a CLI flag or the wasm API gives it: decimals, whole numbers, booleans,
//! dates, roles and defaults versions, each refused with an error naming the field.

use rust_decimal::Decimal;

use crate::date::Date;
use crate::decimal_text::{read_decimal, write_decimal};
use crate::defaults::{Defaults, DefaultsVersion, Location, Role};
use crate::error::{Error, Expected};
#[cfg(feature = "need-profile")]
use crate::need::NeedProfile;
#[cfg(feature = "options")]
use crate::option_list::OptionList;

/// A field value read from and written to text.
pub(crate) trait FieldText: Sized {
    const EXPECTED: Expected;
    fn parse(text: &str) -> Option<Self>;
    fn text(&self) -> String;
}

/// A field of a scenario, by the kind of value it holds: text is parsed
/// for each kind once, not once per field.
pub(crate) enum Slot<'a> {
    Decimal(&'a mut Decimal),
    WholeNumber(&'a mut u32),
    Boolean(&'a mut bool),
    /// A switch that may be left to follow another field (`""`).
    OptionalBoolean(&'a mut Option<bool>),
    Date(&'a mut Option<Date>),
    Role(&'a mut Role),
    Location(&'a mut Option<Location>),
    Defaults(&'a mut DefaultsVersion),
    #[cfg(feature = "options")]
    Options(&'a mut Option<OptionList>),
    #[cfg(feature = "need-profile")]
    Need(&'a mut Option<NeedProfile>),
}

macro_rules! slot_from {
    ($($ty:ty => $kind:ident),*) => {
        $(impl<'a> From<&'a mut $ty> for Slot<'a> {
            fn from(value: &'a mut $ty) -> Self {
                Slot::$kind(value)
            }
        })*
    };
}
slot_from!(Decimal => Decimal, u32 => WholeNumber, bool => Boolean, Option<bool> => OptionalBoolean, Option<Date> => Date, Role => Role, Option<Location> => Location, DefaultsVersion => Defaults);
#[cfg(feature = "options")]
slot_from!(Option<OptionList> => Options);
#[cfg(feature = "need-profile")]
slot_from!(Option<NeedProfile> => Need);

impl Slot<'_> {
    /// The slot's value as text.
    pub(crate) fn text(&self) -> String {
        match self {
            Slot::Decimal(v) => v.text(),
            Slot::WholeNumber(v) => v.text(),
            Slot::Boolean(v) => v.text(),
            Slot::OptionalBoolean(v) => v.text(),
            Slot::Date(v) => v.text(),
            Slot::Role(v) => v.text(),
            Slot::Location(v) => v.text(),
            Slot::Defaults(v) => v.text(),
            #[cfg(feature = "options")]
            Slot::Options(v) => v.text(),
            #[cfg(feature = "need-profile")]
            Slot::Need(v) => v.text(),
        }
    }

    /// Parses `text` into the slot of the field `name`.
    pub(crate) fn put(self, name: &'static str, text: &str) -> Result<(), Error> {
        fn put<T: FieldText>(slot: &mut T, name: &'static str, text: &str) -> Result<(), Error> {
            *slot = T::parse(text).ok_or_else(|| Error::unparsable(name, text, T::EXPECTED))?;
            Ok(())
        }
        match self {
            Slot::Decimal(v) => put(v, name, text),
            Slot::WholeNumber(v) => put(v, name, text),
            Slot::Boolean(v) => put(v, name, text),
            Slot::OptionalBoolean(v) => put(v, name, text),
            Slot::Date(v) => put(v, name, text),
            Slot::Role(v) => put(v, name, text),
            Slot::Location(v) => put(v, name, text),
            Slot::Defaults(v) => put(v, name, text),
            // A list's own errors say which option does not read.
            #[cfg(feature = "options")]
            Slot::Options(v) => {
                let text = text.trim_ascii();
                *v = if text.is_empty() {
                    None
                } else {
                    Some(text.parse()?)
                };
                Ok(())
            }
            // A profile's own errors say more than "unparsable": too many periods.
            #[cfg(feature = "need-profile")]
            Slot::Need(v) => {
                let text = text.trim_ascii();
                *v = if text.is_empty() {
                    None
                } else {
                    Some(text.parse()?)
                };
                Ok(())
            }
        }
    }
}

impl FieldText for Decimal {
    const EXPECTED: Expected = Expected::Number;
    fn parse(text: &str) -> Option<Self> {
        let text = text.trim_ascii();
        if text.is_empty() || text.len() > 40 {
            return None;
        }
        read_decimal(text)
    }
    fn text(&self) -> String {
        write_decimal(*self)
    }
}

impl FieldText for u32 {
    const EXPECTED: Expected = Expected::WholeNumber;
    fn parse(text: &str) -> Option<Self> {
        text.trim_ascii().parse().ok()
    }
    fn text(&self) -> String {
        write_decimal(Decimal::from(*self))
    }
}

impl FieldText for bool {
    const EXPECTED: Expected = Expected::Boolean;
    fn parse(text: &str) -> Option<Self> {
        match text.trim_ascii() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }
    fn text(&self) -> String {
        if *self { "true" } else { "false" }.to_owned()
    }
}

/// An optional value: `""` for none (no date, no need profile, no zone, a
/// switch left to follow another field), else the value's own text.
impl<T: FieldText> FieldText for Option<T> {
    const EXPECTED: Expected = T::EXPECTED;
    fn parse(text: &str) -> Option<Self> {
        match text.trim_ascii() {
            "" => Some(None),
            text => T::parse(text).map(Some),
        }
    }
    fn text(&self) -> String {
        self.as_ref().map_or_else(String::new, T::text)
    }
}

impl FieldText for Date {
    const EXPECTED: Expected = Expected::Date;
    fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }
    fn text(&self) -> String {
        self.iso()
    }
}

#[cfg(feature = "need-profile")]
impl FieldText for NeedProfile {
    const EXPECTED: Expected = Expected::NeedProfile;
    fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }
    fn text(&self) -> String {
        NeedProfile::text(self)
    }
}

#[cfg(feature = "options")]
impl FieldText for OptionList {
    const EXPECTED: Expected = Expected::Options;
    fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }
    fn text(&self) -> String {
        OptionList::text(self)
    }
}

impl FieldText for Role {
    const EXPECTED: Expected = Expected::Role;
    fn parse(text: &str) -> Option<Self> {
        Role::from_key(text)
    }
    fn text(&self) -> String {
        self.key().to_owned()
    }
}

impl FieldText for Location {
    const EXPECTED: Expected = Expected::Location;
    fn parse(text: &str) -> Option<Self> {
        Location::from_key(text)
    }
    fn text(&self) -> String {
        self.key().to_owned()
    }
}

impl FieldText for DefaultsVersion {
    const EXPECTED: Expected = Expected::DefaultsVersion;
    fn parse(text: &str) -> Option<Self> {
        Defaults::find(text.trim_ascii()).map(DefaultsVersion)
    }
    fn text(&self) -> String {
        self.version.to_owned()
    }
}

/// The value a scenario's field holds before its defaults fill it: what
/// [`Scenario::preset_in`](crate::Scenario::preset_in) starts from.
pub(crate) trait Blank {
    const BLANK: Self;
}

impl Blank for Decimal {
    const BLANK: Self = Decimal::ZERO;
}

impl Blank for u32 {
    const BLANK: Self = 0;
}

impl Blank for bool {
    const BLANK: Self = false;
}

impl<T> Blank for Option<T> {
    const BLANK: Self = None;
}

impl Blank for DefaultsVersion {
    const BLANK: Self = DefaultsVersion(crate::defaults::VERSIONS[0]);
}

#[cfg(test)]
mod write_decimal_tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    use super::{read_decimal, write_decimal};

    proptest! {
        /// The digits are Display's, over every mantissa, sign and scale,
        /// and read back to the same decimal.
        #[test]
        fn write_decimal_is_display(
            lo in any::<u64>(),
            hi in any::<u32>(),
            negative in any::<bool>(),
            scale in 0u32..=28,
        ) {
            let value = Decimal::from_parts(lo as u32, (lo >> 32) as u32, hi, negative, scale);
            prop_assert_eq!(write_decimal(value), value.to_string());
            prop_assert_eq!(read_decimal(&write_decimal(value)), Some(value));
        }
    }

    #[test]
    fn small_values_and_zeros() {
        for (value, text) in [
            (Decimal::new(5, 2), "0.05"),
            (Decimal::new(-5, 3), "-0.005"),
            (Decimal::ZERO, "0"),
            (Decimal::new(0, 2), "0.00"),
            (Decimal::new(12, 0), "12"),
        ] {
            assert_eq!(write_decimal(value), text);
            assert_eq!(value.to_string(), text);
        }
    }
}

/// `read_decimal`, the reader of every number given as text, against
/// rust_decimal's own exact parser: the same value and scale whenever
/// rust_decimal reads the text exactly, and never a value that is not the
/// text's own.
#[cfg(test)]
mod read_decimal_tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    use super::read_decimal;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn reads_what_rust_decimal_reads_exactly(text in "[+-]?[0-9]{0,32}(\\.[0-9]{0,31})?") {
            let ours = read_decimal(&text);
            if let Ok(theirs) = Decimal::from_str_exact(&text) {
                let ours = ours.expect("rust_decimal reads it exactly, so must we");
                prop_assert_eq!(ours, theirs);
                prop_assert_eq!(ours.scale(), theirs.scale());
            }
            if let Some(value) = ours {
                // The value is the text's own: its digits, its point, its sign.
                let (sign, unsigned) = match text.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, text.strip_prefix('+').unwrap_or(&text)),
                };
                let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
                let digits: u128 = format!("0{whole}{fraction}").parse().unwrap();
                prop_assert_eq!(value.mantissa().unsigned_abs(), digits);
                prop_assert_eq!(value.scale() as usize, fraction.len());
                prop_assert!(value.is_sign_negative() == (sign && digits != 0));
            }
        }
    }

    #[test]
    fn refuses_what_is_not_plain_digits() {
        for text in [
            "",
            "+",
            "-",
            ".",
            "-.",
            "1e5",
            "8.5E4",
            "1_000",
            "1 000",
            "1,5",
            "1.2.3",
            "--1",
            "0x10",
            " 1",
            "NaN",
            "inf",
            "1000.00000000000000000000000001",
            "79228162514264337593543950336",
            "0.00000000000000000000000000001",
        ] {
            assert_eq!(read_decimal(text), None, "{text:?}");
        }
        assert_eq!(
            read_decimal("79228162514264337593543950335"),
            Some(Decimal::MAX),
            "the largest mantissa is read"
        );
        assert_eq!(
            read_decimal("-0").map(|d| d.is_sign_negative()),
            Some(false)
        );
    }
}

//! `read_decimal`, the reader of every number given as text, against
//! rust_decimal's own exact parser: the same value and scale whenever
//! rust_decimal reads the text exactly, and never a value that is not the
//! text's own.

use hire_or_share::read_decimal;
use proptest::prelude::*;
use rust_decimal::Decimal;

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

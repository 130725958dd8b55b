//! The burgerservicenummer (BSN) and the elfproef it shares with the RSIN.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{string_newtype, strip};
use crate::error::ValidationError;

/// A burgerservicenummer: 9 digits that pass the elfproef.
///
/// Input may contain spaces and dots ("1234.56.782"); an 8-digit number gets its leading
/// zero back (old systems dropped it).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "String", into = "String")]
pub struct Bsn(String);

string_newtype!(Bsn);

impl Bsn {
    /// Parses and normalises a BSN.
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let digits = strip(input, &[' ', '.']);
        if digits.is_empty() {
            return Err(ValidationError::Required);
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValidationError::BsnFormat);
        }
        let digits = match digits.len() {
            9 => digits,
            8 => format!("0{digits}"),
            _ => return Err(ValidationError::BsnFormat),
        };
        if !elfproef(&digits) {
            return Err(ValidationError::BsnChecksum);
        }
        Ok(Self(digits))
    }
}

impl fmt::Display for Bsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The elfproef of a BSN or RSIN: the digits weighted 9, 8, ..., 2, -1 sum to a multiple
/// of 11. All zeros passes the arithmetic but is never issued, so it is refused.
/// `nine_digits` must be 9 ASCII digits (callers check); anything else fails.
pub(crate) fn elfproef(nine_digits: &str) -> bool {
    const WEIGHTS: [i64; 9] = [9, 8, 7, 6, 5, 4, 3, 2, -1];
    let bytes = nine_digits.as_bytes();
    if bytes.len() != 9 || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    if bytes.iter().all(|&b| b == b'0') {
        return false;
    }
    let sum: i64 = bytes
        .iter()
        .zip(WEIGHTS)
        .map(|(&b, w)| i64::from(b - b'0') * w)
        .sum();
    sum % 11 == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::textbook("123456782", "123456782")]
    #[case::second_textbook("111222333", "111222333")]
    #[case::eight_digits_get_leading_zero("12345672", "012345672")]
    #[case::nine_with_leading_zero("012345672", "012345672")]
    #[case::spaces("1234 56 782", "123456782")]
    #[case::dots("1234.56.782", "123456782")]
    #[case::surrounding_spaces("  123456782 ", "123456782")]
    fn valid_bsns_are_normalised(#[case] input: &str, #[case] want: &str) {
        let bsn = Bsn::parse(input).unwrap_or_else(|e| panic!("{input:?} is a valid BSN: {e}"));
        assert_eq!(bsn.as_str(), want, "a BSN is stored as 9 bare digits");
    }

    #[rstest]
    #[case::empty("", ValidationError::Required)]
    #[case::only_spaces("   ", ValidationError::Required)]
    #[case::wrong_checksum("123456789", ValidationError::BsnChecksum)]
    #[case::eight_digits_wrong_checksum("12345678", ValidationError::BsnChecksum)]
    #[case::all_zeros("000000000", ValidationError::BsnChecksum)]
    #[case::eight_zeros("00000000", ValidationError::BsnChecksum)]
    #[case::letters("12345678A", ValidationError::BsnFormat)]
    #[case::dash("1234-56-782", ValidationError::BsnFormat)]
    #[case::too_short("1234567", ValidationError::BsnFormat)]
    #[case::too_long("1234567820", ValidationError::BsnFormat)]
    fn invalid_bsns_are_refused(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(Bsn::parse(input), Err(want), "{input:?} is not a valid BSN");
    }

    #[test]
    fn serde_refuses_an_invalid_stored_bsn() {
        let ok: Bsn = serde_json::from_str("\"123456782\"").expect("a valid BSN loads");
        assert_eq!(
            serde_json::to_string(&ok).ok().as_deref(),
            Some("\"123456782\"")
        );
        assert!(
            serde_json::from_str::<Bsn>("\"123456789\"").is_err(),
            "a stored BSN failing the elfproef must not load silently"
        );
    }
}

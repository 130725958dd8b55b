//! Loonheffingennummers (an employer's payroll tax number).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::bsn::elfproef;
use super::{string_newtype, strip};
use crate::error::ValidationError;

/// A loonheffingennummer: the employer's RSIN or BSN (9 digits passing the elfproef), the
/// letter L and a 2-digit subnumber, e.g. "123456782L01". Stored with an uppercase L.
/// The employer's number goes on a verklaring 56+.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "String", into = "String")]
pub struct Loonheffingennummer(String);

string_newtype!(Loonheffingennummer);

impl Loonheffingennummer {
    /// Parses and normalises a loonheffingennummer (spaces ignored, `l` accepted).
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let compact = strip(input, &[' ']).to_ascii_uppercase();
        if compact.is_empty() {
            return Err(ValidationError::Required);
        }
        let b = compact.as_bytes();
        let shape_ok = b.len() == 12
            && b[..9].iter().all(u8::is_ascii_digit)
            && b[9] == b'L'
            && b[10..].iter().all(u8::is_ascii_digit);
        if !shape_ok {
            return Err(ValidationError::LoonheffingennummerFormat);
        }
        if !elfproef(&compact[..9]) {
            return Err(ValidationError::LoonheffingennummerChecksum);
        }
        Ok(Self(compact))
    }
}

impl fmt::Display for Loonheffingennummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::plain("123456782L01", "123456782L01")]
    #[case::lowercase_l("123456782l01", "123456782L01")]
    #[case::spaces("123456782 L 01", "123456782L01")]
    #[case::other_rsin("111222333L12", "111222333L12")]
    fn valid_numbers(#[case] input: &str, #[case] want: &str) {
        let n = Loonheffingennummer::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(n.as_str(), want, "stored compact with an uppercase L");
    }

    #[rstest]
    #[case::empty("", ValidationError::Required)]
    #[case::bad_checksum("123456789L01", ValidationError::LoonheffingennummerChecksum)]
    #[case::all_zeros("000000000L01", ValidationError::LoonheffingennummerChecksum)]
    #[case::missing_l("12345678201", ValidationError::LoonheffingennummerFormat)]
    #[case::other_letter("123456782X01", ValidationError::LoonheffingennummerFormat)]
    #[case::one_digit_suffix("123456782L1", ValidationError::LoonheffingennummerFormat)]
    #[case::eight_digits("12345678L01", ValidationError::LoonheffingennummerFormat)]
    fn invalid_numbers(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            Loonheffingennummer::parse(input),
            Err(want),
            "{input:?} is not a valid loonheffingennummer"
        );
    }
}

//! KvK numbers (Kamer van Koophandel registration of an employer).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{string_newtype, strip};
use crate::error::ValidationError;

/// A KvK number: exactly 8 digits (spaces in the input are ignored). KvK numbers have no
/// check digit any more, so the shape is all that can be checked offline.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "String", into = "String")]
pub struct KvkNumber(String);

string_newtype!(KvkNumber);

impl KvkNumber {
    /// Parses and normalises a KvK number.
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let digits = strip(input, &[' ']);
        if digits.is_empty() {
            return Err(ValidationError::Required);
        }
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValidationError::KvkFormat);
        }
        Ok(Self(digits))
    }
}

impl fmt::Display for KvkNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::plain("12345678", "12345678")]
    #[case::leading_zero("01234567", "01234567")]
    #[case::spaces("1234 5678", "12345678")]
    fn valid_kvk_numbers(#[case] input: &str, #[case] want: &str) {
        let kvk = KvkNumber::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(
            kvk.as_str(),
            want,
            "KvK numbers are stored as 8 bare digits"
        );
    }

    #[rstest]
    #[case::empty("", ValidationError::Required)]
    #[case::seven_digits("1234567", ValidationError::KvkFormat)]
    #[case::vestigingsnummer("000012345678", ValidationError::KvkFormat)]
    #[case::letter("1234567A", ValidationError::KvkFormat)]
    fn invalid_kvk_numbers(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            KvkNumber::parse(input),
            Err(want),
            "{input:?} is not a KvK number"
        );
    }
}

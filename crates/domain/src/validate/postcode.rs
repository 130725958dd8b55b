//! Dutch postcodes.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::string_newtype;
use crate::error::ValidationError;

/// A Dutch postcode, stored as "1234AB" and shown as "1234 AB".
///
/// Four digits not starting with 0, then two letters other than SA, SD and SS (PostNL
/// does not issue those). Input may be lowercase and may have one space between the parts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

string_newtype!(Postcode);

impl Postcode {
    /// Parses and normalises a postcode.
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let upper = input.trim().to_ascii_uppercase();
        if upper.is_empty() {
            return Err(ValidationError::Required);
        }
        let b = upper.as_bytes();
        let compact = match b.len() {
            6 => upper,
            7 if b[4] == b' ' => format!("{}{}", &upper[..4], &upper[5..]),
            _ => return Err(ValidationError::PostcodeFormat),
        };
        let b = compact.as_bytes();
        let shape_ok = matches!(b[0], b'1'..=b'9')
            && b[1..4].iter().all(u8::is_ascii_digit)
            && b[4..].iter().all(u8::is_ascii_uppercase);
        if !shape_ok {
            return Err(ValidationError::PostcodeFormat);
        }
        if matches!(&compact[4..], "SA" | "SD" | "SS") {
            return Err(ValidationError::PostcodeLetters);
        }
        Ok(Self(compact))
    }
}

impl fmt::Display for Postcode {
    /// "1234 AB", the way PostNL prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::compact("1234AB", "1234AB")]
    #[case::lowercase("1234ab", "1234AB")]
    #[case::with_space("1234 ab", "1234AB")]
    #[case::surrounding_spaces(" 6811 AB ", "6811AB")]
    #[case::mixed_case("9999Zz", "9999ZZ")]
    #[case::other_s_pair("1234SB", "1234SB")]
    fn valid_postcodes_are_normalised(#[case] input: &str, #[case] want: &str) {
        let postcode = Postcode::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(
            postcode.as_str(),
            want,
            "postcodes are stored compact and uppercase"
        );
    }

    #[rstest]
    #[case::empty("", ValidationError::Required)]
    #[case::leading_zero("0123AB", ValidationError::PostcodeFormat)]
    #[case::double_space("1234  AB", ValidationError::PostcodeFormat)]
    #[case::dash("1234-AB", ValidationError::PostcodeFormat)]
    #[case::three_digits("123AB", ValidationError::PostcodeFormat)]
    #[case::one_letter("1234A", ValidationError::PostcodeFormat)]
    #[case::digits_for_letters("123456", ValidationError::PostcodeFormat)]
    #[case::accented("1234ÉA", ValidationError::PostcodeFormat)]
    #[case::sa("1234SA", ValidationError::PostcodeLetters)]
    #[case::sd("1234 sd", ValidationError::PostcodeLetters)]
    #[case::ss("1234SS", ValidationError::PostcodeLetters)]
    fn invalid_postcodes_are_refused(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            Postcode::parse(input),
            Err(want),
            "{input:?} is not a valid postcode"
        );
    }

    #[test]
    fn display_has_a_space() {
        let postcode = Postcode::parse("6811ab").expect("a valid postcode");
        assert_eq!(
            postcode.to_string(),
            "6811 AB",
            "people read postcodes with a space"
        );
    }
}

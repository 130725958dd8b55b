//! Dutch postcodes.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::string_newtype;
use crate::error::ValidationError;

/// A Dutch postcode, stored as "1234AB" and shown as "1234 AB".
///
/// Four digits not starting with 0, then two letters other than SA, SD and SS (PostNL
/// does not issue those). Input may be lowercase, and the parts may be separated by any
/// number of spaces or by one dash with or without spaces around it: "6828 ab", "6828-AB",
/// "6828  ab" and "6828 - ab" are all "6828AB". Anything else between them is refused.
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
        let (digits, separator, letters) =
            split_parts(&upper).ok_or(ValidationError::PostcodeFormat)?;
        if !matches!(separator.trim_matches(' '), "" | "-") {
            return Err(ValidationError::PostcodeFormat);
        }
        let compact = format!("{digits}{letters}");
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

/// The first four bytes, what stands between them and the last two, and the last two;
/// `None` when the text is too short or a part would split a character (a non-ASCII
/// character where a digit or letter belongs, which the shape check refuses anyway).
fn split_parts(text: &str) -> Option<(&str, &str, &str)> {
    let letters_at = text.len().checked_sub(2).filter(|&at| at >= 4)?;
    Some((
        text.get(..4)?,
        text.get(4..letters_at)?,
        text.get(letters_at..)?,
    ))
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
    #[case::dash("6828-AB", "6828AB")]
    #[case::double_space("6828  ab", "6828AB")]
    #[case::dash_with_spaces("6828 - ab", "6828AB")]
    #[case::dash_then_space("6828- AB", "6828AB")]
    #[case::spaces_around(" 6828ab ", "6828AB")]
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
    #[case::two_dashes("1234--AB", ValidationError::PostcodeFormat)]
    #[case::slash("1234/AB", ValidationError::PostcodeFormat)]
    #[case::underscore("1234_AB", ValidationError::PostcodeFormat)]
    #[case::tab_inside("1234\tAB", ValidationError::PostcodeFormat)]
    #[case::space_between_letters("1234 A B", ValidationError::PostcodeFormat)]
    #[case::space_between_digits("12 34AB", ValidationError::PostcodeFormat)]
    #[case::dash_leading_zero("0123-AB", ValidationError::PostcodeFormat)]
    #[case::five_digits("12345AB", ValidationError::PostcodeFormat)]
    #[case::three_letters("1234ABC", ValidationError::PostcodeFormat)]
    #[case::three_digits("123AB", ValidationError::PostcodeFormat)]
    #[case::one_letter("1234A", ValidationError::PostcodeFormat)]
    #[case::digits_for_letters("123456", ValidationError::PostcodeFormat)]
    #[case::accented("1234ÉA", ValidationError::PostcodeFormat)]
    #[case::accented_last("1234 AÉ", ValidationError::PostcodeFormat)]
    #[case::digits_for_letters_with_dash("1234-56", ValidationError::PostcodeFormat)]
    #[case::sa("1234SA", ValidationError::PostcodeLetters)]
    #[case::sd("1234 sd", ValidationError::PostcodeLetters)]
    #[case::ss("1234SS", ValidationError::PostcodeLetters)]
    #[case::ss_with_dash("1234 - ss", ValidationError::PostcodeLetters)]
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

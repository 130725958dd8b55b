//! Dutch IBANs (bank account numbers).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{string_newtype, strip};
use crate::error::ValidationError;

/// A Dutch IBAN, stored compact and uppercase ("NL91ABNA0417164300"), shown in groups of
/// four. Only NL accounts: payments go through Dutch municipal systems.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Iban(String);

string_newtype!(Iban);

impl Iban {
    /// Parses and normalises a Dutch IBAN: NL, 2 check digits, 4 bank letters, 10 digits,
    /// with a valid mod-97 check.
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let compact = strip(input, &[' ']).to_ascii_uppercase();
        if compact.is_empty() {
            return Err(ValidationError::Required);
        }
        let b = compact.as_bytes();
        if !b.iter().all(u8::is_ascii_alphanumeric) || b.len() < 4 {
            return Err(ValidationError::IbanFormat);
        }
        let country_like = b[..2].iter().all(u8::is_ascii_uppercase);
        if !country_like || !b[2..4].iter().all(u8::is_ascii_digit) {
            return Err(ValidationError::IbanFormat);
        }
        if &compact[..2] != "NL" {
            return Err(ValidationError::IbanNotDutch);
        }
        let nl_shape = b.len() == 18
            && b[4..8].iter().all(u8::is_ascii_uppercase)
            && b[8..].iter().all(u8::is_ascii_digit);
        if !nl_shape {
            return Err(ValidationError::IbanFormat);
        }
        if mod97(&compact) != 1 {
            return Err(ValidationError::IbanChecksum);
        }
        Ok(Self(compact))
    }
}

/// ISO 7064 mod 97-10 of an IBAN: move the first four characters to the end, read letters
/// as 10..35, and take the remainder digit by digit (the number is too long for an integer).
fn mod97(iban: &str) -> u32 {
    let rearranged = iban[4..].bytes().chain(iban[..4].bytes());
    rearranged.fold(0u32, |rem, b| {
        let value = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            _ => u32::from(b - b'A') + 10,
        };
        if value >= 10 {
            (rem * 100 + value) % 97
        } else {
            (rem * 10 + value) % 97
        }
    })
}

impl fmt::Display for Iban {
    /// "NL91 ABNA 0417 1643 00", as printed on bank cards.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, chunk) in self.0.as_bytes().chunks(4).enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(std::str::from_utf8(chunk).map_err(|_| fmt::Error)?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::compact("NL91ABNA0417164300", "NL91ABNA0417164300")]
    #[case::grouped("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300")]
    #[case::lowercase("nl91abna0417164300", "NL91ABNA0417164300")]
    #[case::other_bank("NL20INGB0001234567", "NL20INGB0001234567")]
    fn valid_ibans_are_normalised(#[case] input: &str, #[case] want: &str) {
        let iban = Iban::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(
            iban.as_str(),
            want,
            "IBANs are stored compact and uppercase"
        );
    }

    #[rstest]
    #[case::empty(" ", ValidationError::Required)]
    #[case::wrong_check_digits("NL92ABNA0417164300", ValidationError::IbanChecksum)]
    #[case::typo_in_account("NL91ABNA0417164301", ValidationError::IbanChecksum)]
    #[case::german("DE89370400440532013000", ValidationError::IbanNotDutch)]
    #[case::belgian_grouped("BE68 5390 0754 7034", ValidationError::IbanNotDutch)]
    #[case::too_short("NL91ABNA041716430", ValidationError::IbanFormat)]
    #[case::digits_for_bank("NL91123404171643000", ValidationError::IbanFormat)]
    #[case::punctuation("NL91-ABNA-0417-1643-00", ValidationError::IbanFormat)]
    #[case::no_country("0417164300", ValidationError::IbanFormat)]
    fn invalid_ibans_are_refused(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            Iban::parse(input),
            Err(want),
            "{input:?} is not a valid Dutch IBAN"
        );
    }

    #[test]
    fn display_groups_by_four() {
        let iban = Iban::parse("NL91ABNA0417164300").expect("a valid IBAN");
        assert_eq!(
            iban.to_string(),
            "NL91 ABNA 0417 1643 00",
            "IBANs are read in groups of 4"
        );
    }
}

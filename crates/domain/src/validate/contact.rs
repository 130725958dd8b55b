//! Contact details: e-mail addresses and Dutch phone numbers.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{string_newtype, strip};
use crate::error::ValidationError;

/// The longest e-mail address that fits in an SMTP path (RFC 5321).
pub const EMAIL_MAX: usize = 254;

/// An e-mail address, checked pragmatically: one `@`, a non-empty local part, a domain
/// with a dot and no empty labels, no spaces, at most 254 characters. The domain is
/// lowercased (it is case-insensitive); the local part is kept as typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

string_newtype!(Email);

impl Email {
    /// Parses and normalises an e-mail address.
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(ValidationError::Required);
        }
        if trimmed.chars().count() > EMAIL_MAX {
            return Err(ValidationError::TooLong { max: EMAIL_MAX });
        }
        if trimmed.chars().any(char::is_whitespace) {
            return Err(ValidationError::EmailFormat);
        }
        let Some((local, domain)) = trimmed.split_once('@') else {
            return Err(ValidationError::EmailFormat);
        };
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels
                .iter()
                .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
            && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
        if local.is_empty() || domain.contains('@') || !domain_ok {
            return Err(ValidationError::EmailFormat);
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A Dutch phone number, stored in E.164 form ("+31612345678").
///
/// Accepted input: 10 digits starting with 0 ("0612345678", "020-1234567"), or +31 / 0031
/// followed by 9 digits; the common "+31 (0)6 ..." with its extra 0 is understood too.
/// Spaces, dashes, dots and parentheses are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

string_newtype!(PhoneNumber);

/// Two-digit area codes (after the 0); all other Dutch area codes have three digits.
const TWO_DIGIT_AREA_CODES: [&str; 32] = [
    "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46",
    "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "85", "88",
];

impl PhoneNumber {
    /// Parses and normalises a Dutch phone number.
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let compact = strip(input, &[' ', '-', '.', '(', ')']);
        if compact.is_empty() {
            return Err(ValidationError::Required);
        }
        let national = if let Some(rest) = compact.strip_prefix("+31") {
            rest
        } else if let Some(rest) = compact.strip_prefix("0031") {
            rest
        } else if compact.len() == 10 {
            compact
                .strip_prefix('0')
                .ok_or(ValidationError::PhoneFormat)?
        } else {
            return Err(ValidationError::PhoneFormat);
        };
        // "+31 (0)6 12345678": the trunk 0 written after the country code.
        let national = match national.strip_prefix('0') {
            Some(rest) if national.len() == 10 => rest,
            _ => national,
        };
        let b = national.as_bytes();
        if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) || b[0] == b'0' {
            return Err(ValidationError::PhoneFormat);
        }
        Ok(Self(format!("+31{national}")))
    }

    /// True for mobile numbers (06).
    pub fn is_mobile(&self) -> bool {
        self.national().starts_with('6')
    }

    /// The 9 digits after +31.
    fn national(&self) -> &str {
        &self.0[3..]
    }
}

impl fmt::Display for PhoneNumber {
    /// The way Dutch people write it: "06 12345678", "020 1234567", "0318 123456".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let national = self.national();
        let area_len = if self.is_mobile() {
            1
        } else if TWO_DIGIT_AREA_CODES.contains(&&national[..2]) {
            2
        } else {
            3
        };
        write!(f, "0{} {}", &national[..area_len], &national[area_len..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::simple("jan@example.nl", "jan@example.nl")]
    #[case::trimmed("  jan@example.nl ", "jan@example.nl")]
    #[case::domain_lowercased("Jan.Jansen@Example.NL", "Jan.Jansen@example.nl")]
    #[case::plus_and_subdomain("j+werk@mail.arnhem.nl", "j+werk@mail.arnhem.nl")]
    fn valid_emails(#[case] input: &str, #[case] want: &str) {
        let email = Email::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(
            email.as_str(),
            want,
            "the domain is lowercased, the rest kept"
        );
    }

    #[rstest]
    #[case::empty("", ValidationError::Required)]
    #[case::no_at("jan.example.nl", ValidationError::EmailFormat)]
    #[case::two_ats("jan@@example.nl", ValidationError::EmailFormat)]
    #[case::empty_local("@example.nl", ValidationError::EmailFormat)]
    #[case::no_dot("jan@localhost", ValidationError::EmailFormat)]
    #[case::empty_label("jan@example..nl", ValidationError::EmailFormat)]
    #[case::trailing_dot("jan@example.", ValidationError::EmailFormat)]
    #[case::inner_space("jan jansen@example.nl", ValidationError::EmailFormat)]
    #[case::one_letter_tld("jan@example.n", ValidationError::EmailFormat)]
    fn invalid_emails(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            Email::parse(input),
            Err(want),
            "{input:?} is not a usable address"
        );
    }

    #[test]
    fn overlong_email_is_too_long() {
        let input = format!("{}@example.nl", "a".repeat(250));
        assert_eq!(
            Email::parse(&input),
            Err(ValidationError::TooLong { max: 254 }),
            "SMTP cannot deliver to addresses over 254 characters"
        );
    }

    #[rstest]
    #[case::mobile("0612345678", "+31612345678", "06 12345678")]
    #[case::mobile_dash("06-12345678", "+31612345678", "06 12345678")]
    #[case::international("+31 6 12345678", "+31612345678", "06 12345678")]
    #[case::double_zero("0031612345678", "+31612345678", "06 12345678")]
    #[case::trunk_zero_in_brackets("+31 (0)6 1234 5678", "+31612345678", "06 12345678")]
    #[case::amsterdam("020-1234567", "+31201234567", "020 1234567")]
    #[case::amsterdam_plain("0201234567", "+31201234567", "020 1234567")]
    #[case::three_digit_area("0318-123456", "+31318123456", "0318 123456")]
    #[case::arnhem("(026) 377 1234", "+31263771234", "026 3771234")]
    fn valid_phone_numbers(#[case] input: &str, #[case] stored: &str, #[case] shown: &str) {
        let phone = PhoneNumber::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(phone.as_str(), stored, "phone numbers are stored as E.164");
        assert_eq!(phone.to_string(), shown, "and shown the Dutch way");
    }

    #[rstest]
    #[case::empty(" ", ValidationError::Required)]
    #[case::too_short("12345", ValidationError::PhoneFormat)]
    #[case::nine_digits("0612345", ValidationError::PhoneFormat)]
    #[case::no_leading_zero("6123456789", ValidationError::PhoneFormat)]
    #[case::eleven_digits("06123456789", ValidationError::PhoneFormat)]
    #[case::letters("06-1234567a", ValidationError::PhoneFormat)]
    #[case::foreign("+32470123456", ValidationError::PhoneFormat)]
    #[case::international_too_short("+3161234567", ValidationError::PhoneFormat)]
    #[case::double_trunk("0061234567", ValidationError::PhoneFormat)]
    fn invalid_phone_numbers(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            PhoneNumber::parse(input),
            Err(want),
            "{input:?} is not a Dutch number"
        );
    }
}

//! Contact details: e-mail addresses and phone numbers, Dutch and from abroad.
//!
//! Residents and the parties around them (family, employers, jobcoach organisations) are
//! not all reachable on a Dutch number. Every phone number is stored in E.164 form, "+",
//! the country calling code and the national number: one form to compare, sync and dial.
//! Dutch numbers are checked against the Dutch numbering plan and shown the Dutch way; a
//! number from abroad is checked as far as E.164 goes without each country's plan: an
//! assigned country code (a compact table of the ITU's list) and 8 to 15 digits.

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

/// A phone number, stored in E.164 form: "+31612345678", "+48601234567".
///
/// Dutch numbers: 10 digits starting with 0 ("0612345678", "020-1234567"), or +31 / 0031
/// followed by 9 digits; the common "+31 (0)6 ..." with its extra 0 is understood too.
/// Numbers from abroad: "+" or "00", a country calling code the ITU has assigned, then the
/// national number; 8 to 15 digits in all (E.164), so at least 5 after the country code. A
/// "(0)" right after the country code ("+49 (0)30 1234567") is the trunk prefix dialled
/// inside that country and is dropped; a 0 without brackets is kept, because in some
/// countries (Italy: "+39 06 ...") it is part of the number. Spaces, dashes, dots and
/// parentheses are ignored.
///
/// A number without + or 00 must be Dutch. Ten digits starting with 0 are always read as a
/// Dutch number, so "00" followed by only 8 digits is refused rather than read as foreign.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

string_newtype!(PhoneNumber);

/// The Netherlands' country calling code.
const DUTCH_CODE: &str = "31";

/// The most digits an E.164 number has, country code included.
const E164_MAX_DIGITS: usize = 15;

/// The fewest digits Werkpad accepts in a number from abroad, country code included: the
/// shortest numbers in use (small island states) have 8. With a country code of at most 3
/// digits, that leaves at least 5 after it.
const E164_MIN_DIGITS: usize = 8;

/// The separators people write in phone numbers; they carry no meaning.
const PHONE_NOISE: [char; 5] = [' ', '-', '.', '(', ')'];

/// Two-digit area codes (after the 0); all other Dutch area codes have three digits.
const TWO_DIGIT_AREA_CODES: [&str; 32] = [
    "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46",
    "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "85", "88",
];

/// The country calling codes the ITU has assigned and that are in service (ITU-T E.164,
/// the list of assigned country codes), sorted as text for `binary_search`. Spare and
/// reserved codes ("+999", "+259", Vatican's unused "+379") are left out. The codes form a
/// prefix code (no code begins another), so a number has at most one; a test checks that.
/// Includes the non-geographic codes (international freephone 800, satellite 870 and 881,
/// networks 882 and 883, ...), which are real E.164 numbers too.
#[rustfmt::skip]
const CALLING_CODES: [&str; 215] = [
    // Zone 1: the North American Numbering Plan.
    "1",
    // Zone 2: mostly Africa.
    "20", "211", "212", "213", "216", "218", "220", "221", "222", "223", "224", "225", "226", "227",
    "228", "229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240",
    "241", "242", "243", "244", "245", "246", "247", "248", "249", "250", "251", "252", "253",
    "254", "255", "256", "257", "258", "260", "261", "262", "263", "264", "265", "266", "267",
    "268", "269", "27", "290", "291", "297", "298", "299",
    // Zones 3 and 4: Europe.
    "30", "31", "32", "33", "34", "350", "351", "352", "353", "354", "355", "356", "357", "358",
    "359", "36", "370", "371", "372", "373", "374", "375", "376", "377", "378", "380", "381", "382",
    "383", "385", "386", "387", "389", "39",
    "40", "41", "420", "421", "423", "43", "44", "45", "46", "47", "48", "49",
    // Zone 5: Central and South America, the Caribbean (Suriname 597, Curaçao 599).
    "500", "501", "502", "503", "504", "505", "506", "507", "508", "509", "51", "52", "53", "54",
    "55", "56", "57", "58", "590", "591", "592", "593", "594", "595", "596", "597", "598", "599",
    // Zone 6: Southeast Asia and Oceania.
    "60", "61", "62", "63", "64", "65", "66", "670", "672", "673", "674", "675", "676", "677",
    "678", "679", "680", "681", "682", "683", "685", "686", "687", "688", "689", "690", "691",
    "692",
    // Zone 7: Russia and Kazakhstan.
    "7",
    // Zone 8: East Asia and non-geographic services.
    "800", "808", "81", "82", "84", "850", "852", "853", "855", "856", "86", "870", "878", "880",
    "881", "882", "883", "886", "888",
    // Zone 9: West, Central and South Asia, the Middle East.
    "90", "91", "92", "93", "94", "95", "960", "961", "962", "963", "964", "965", "966", "967",
    "968", "970", "971", "972", "973", "974", "975", "976", "977", "979", "98", "992", "993", "994",
    "995", "996", "998",
];

/// The assigned country calling code that `digits` begins with, if any.
fn calling_code(digits: &str) -> Option<&'static str> {
    (1..=3)
        .filter_map(|len| digits.get(..len))
        .find_map(|prefix| {
            CALLING_CODES
                .binary_search(&prefix)
                .ok()
                .map(|i| CALLING_CODES[i])
        })
}

impl PhoneNumber {
    /// Parses and normalises a phone number, Dutch or from abroad.
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let compact = strip(input, &PHONE_NOISE);
        if compact.is_empty() {
            return Err(ValidationError::Required);
        }
        if let Some(national) = compact
            .strip_prefix("+31")
            .or_else(|| compact.strip_prefix("0031"))
        {
            return Self::dutch(national);
        }
        if compact.len() == 10
            && let Some(national) = compact.strip_prefix('0')
        {
            return Self::dutch(national);
        }
        match compact
            .strip_prefix('+')
            .or_else(|| compact.strip_prefix("00"))
        {
            Some(digits) => Self::abroad(input, digits),
            None => Err(ValidationError::PhoneFormat),
        }
    }

    /// A Dutch number from what follows +31, 0031 or the leading 0.
    fn dutch(national: &str) -> Result<Self, ValidationError> {
        // "+31 (0)6 12345678": the trunk 0 written after the country code.
        let national = match national.strip_prefix('0') {
            Some(rest) if national.len() == 10 => rest,
            _ => national,
        };
        let b = national.as_bytes();
        if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) || b[0] == b'0' {
            return Err(ValidationError::PhoneFormat);
        }
        Ok(Self(format!("+{DUTCH_CODE}{national}")))
    }

    /// A number from abroad from what follows its + or 00; `input` is what was typed, to
    /// see where a "(0)" stood.
    fn abroad(input: &str, digits: &str) -> Result<Self, ValidationError> {
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValidationError::PhoneFormat);
        }
        let code = calling_code(digits).ok_or(ValidationError::PhoneFormat)?;
        let national = &digits[code.len()..];
        let national = match national.strip_prefix('0') {
            Some(rest) if trunk_in_brackets(input, code) => rest,
            _ => national,
        };
        let total = code.len() + national.len();
        if !(E164_MIN_DIGITS..=E164_MAX_DIGITS).contains(&total) {
            return Err(ValidationError::PhoneFormat);
        }
        Ok(Self(format!("+{code}{national}")))
    }

    /// The country calling code without "+": "31" for a Dutch number, "48" for a Polish one.
    pub fn country_code(&self) -> &str {
        calling_code(&self.0[1..])
            .expect("parse stores only numbers that begin with an assigned country code")
    }

    /// True for Dutch mobile numbers (06). A number from abroad is never called mobile:
    /// that depends on its country's numbering plan, which Werkpad does not carry.
    pub fn is_mobile(&self) -> bool {
        self.is_dutch() && self.national().starts_with('6')
    }

    /// True for a number with the Dutch country code.
    fn is_dutch(&self) -> bool {
        self.country_code() == DUTCH_CODE
    }

    /// The digits after the country code: 9 for a Dutch number.
    fn national(&self) -> &str {
        &self.0[1 + self.country_code().len()..]
    }
}

/// Whether "(0)" is written right after the country code, as in "+49 (0)30 1234567": the
/// trunk prefix, dialled only inside that country and no part of the E.164 number.
fn trunk_in_brackets(input: &str, code: &str) -> bool {
    let squeezed = strip(input, &[' ', '-', '.']);
    let Some(at) = squeezed.find("(0)") else {
        return false;
    };
    let before = strip(&squeezed[..at], &['(', ')']);
    before == format!("+{code}") || before == format!("00{code}")
}

impl fmt::Display for PhoneNumber {
    /// A Dutch number the way Dutch people write it: "06 12345678", "020 1234567",
    /// "0318 123456". A number from abroad as "+48 601234567": the country code, a space
    /// and the national number, since how each country groups its digits is not known here.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let national = self.national();
        if !self.is_dutch() {
            return write!(f, "+{} {national}", self.country_code());
        }
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
    #[case::trunk_zero_plain("+31 06 12345678", "+31612345678", "06 12345678")]
    #[case::amsterdam("020-1234567", "+31201234567", "020 1234567")]
    #[case::amsterdam_plain("0201234567", "+31201234567", "020 1234567")]
    #[case::three_digit_area("0318-123456", "+31318123456", "0318 123456")]
    #[case::arnhem("(026) 377 1234", "+31263771234", "026 3771234")]
    fn valid_dutch_phone_numbers(#[case] input: &str, #[case] stored: &str, #[case] shown: &str) {
        let phone = PhoneNumber::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(phone.as_str(), stored, "phone numbers are stored as E.164");
        assert_eq!(phone.to_string(), shown, "and shown the Dutch way");
        assert_eq!(phone.country_code(), "31", "{input:?} is Dutch");
    }

    #[rstest]
    #[case::poland("+48 601 234 567", "+48601234567", "48", "+48 601234567")]
    #[case::poland_double_zero("0048601234567", "+48601234567", "48", "+48 601234567")]
    #[case::turkey("+90 532 123 45 67", "+905321234567", "90", "+90 5321234567")]
    #[case::belgium("+32 470 12 34 56", "+32470123456", "32", "+32 470123456")]
    #[case::germany_trunk("+49 (0)30 1234567", "+49301234567", "49", "+49 301234567")]
    #[case::germany_trunk_double_zero("0049 (0) 30-1234567", "+49301234567", "49", "+49 301234567")]
    #[case::italy_keeps_its_zero("+39 06 1234 5678", "+390612345678", "39", "+39 0612345678")]
    #[case::usa("+1 (212) 555-0100", "+12125550100", "1", "+1 2125550100")]
    #[case::suriname("+597 812 3456", "+5978123456", "597", "+597 8123456")]
    #[case::curacao("+599 9 123 4567", "+59991234567", "599", "+599 91234567")]
    #[case::morocco_dots("00212.612.345.678", "+212612345678", "212", "+212 612345678")]
    #[case::shortest("+677 12345", "+67712345", "677", "+677 12345")]
    #[case::longest("+49 30 1234 5678 901", "+493012345678901", "49", "+49 3012345678901")]
    fn valid_foreign_phone_numbers(
        #[case] input: &str,
        #[case] stored: &str,
        #[case] code: &str,
        #[case] shown: &str,
    ) {
        let phone = PhoneNumber::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(
            phone.as_str(),
            stored,
            "numbers from abroad are stored as E.164 too"
        );
        assert_eq!(
            phone.country_code(),
            code,
            "the country code is found by the ITU table"
        );
        let text = phone.to_string();
        assert_eq!(text, shown, "shown as country code and national number");
        assert!(
            !phone.is_mobile(),
            "only Dutch numbers are known to be mobile"
        );
        assert_eq!(
            PhoneNumber::parse(&text),
            Ok(phone.clone()),
            "what is shown parses back"
        );
    }

    #[rstest]
    #[case::empty(" ", ValidationError::Required)]
    #[case::too_short("12345", ValidationError::PhoneFormat)]
    #[case::nine_digits("0612345", ValidationError::PhoneFormat)]
    #[case::no_leading_zero("6123456789", ValidationError::PhoneFormat)]
    #[case::eleven_digits("06123456789", ValidationError::PhoneFormat)]
    #[case::letters("06-1234567a", ValidationError::PhoneFormat)]
    #[case::dutch_too_short("+3161234567", ValidationError::PhoneFormat)]
    #[case::dutch_too_long("+31 6 123456789", ValidationError::PhoneFormat)]
    #[case::double_trunk("0061234567", ValidationError::PhoneFormat)]
    #[case::foreign_without_prefix("48601234567", ValidationError::PhoneFormat)]
    #[case::unknown_country_code("+999 123 456 789", ValidationError::PhoneFormat)]
    #[case::spare_country_code("+259 123 456 789", ValidationError::PhoneFormat)]
    #[case::zero_country_code("+0 123 456 789", ValidationError::PhoneFormat)]
    #[case::only_a_prefix("+", ValidationError::PhoneFormat)]
    #[case::only_a_code("+48", ValidationError::PhoneFormat)]
    #[case::national_too_short("+677 1234", ValidationError::PhoneFormat)]
    #[case::under_eight_digits("+48 12345", ValidationError::PhoneFormat)]
    #[case::over_fifteen_digits("+49 30 1234 5678 9012", ValidationError::PhoneFormat)]
    #[case::foreign_letters("+48 601 234 56a", ValidationError::PhoneFormat)]
    #[case::two_pluses("++48601234567", ValidationError::PhoneFormat)]
    #[case::plus_inside("+48 601 +234 567", ValidationError::PhoneFormat)]
    #[case::plus_and_double_zero("+0048601234567", ValidationError::PhoneFormat)]
    #[case::triple_zero("00048601234567", ValidationError::PhoneFormat)]
    #[case::arabic_digits("+48 ٦٠١٢٣٤٥٦٧", ValidationError::PhoneFormat)]
    fn invalid_phone_numbers(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            PhoneNumber::parse(input),
            Err(want),
            "{input:?} is not a usable phone number"
        );
    }

    #[test]
    fn calling_codes_are_sorted_digits_and_prefix_free() {
        for code in CALLING_CODES {
            assert!(
                (1..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()),
                "{code:?} is not a country calling code of 1 to 3 digits"
            );
        }
        for pair in CALLING_CODES.windows(2) {
            assert!(pair[0] < pair[1], "binary_search needs {pair:?} in order");
        }
        for a in CALLING_CODES {
            for b in CALLING_CODES {
                assert!(
                    a == b || !b.starts_with(a),
                    "{a} begins {b}: a number could have two country codes"
                );
            }
        }
    }

    #[rstest]
    #[case::netherlands("31")]
    #[case::poland("48")]
    #[case::turkey("90")]
    #[case::morocco("212")]
    #[case::suriname("597")]
    #[case::curacao("599")]
    #[case::nanp("1")]
    #[case::russia("7")]
    fn countries_with_many_residents_abroad_are_in_the_table(#[case] code: &str) {
        assert!(
            CALLING_CODES.contains(&code),
            "+{code} is assigned by the ITU and must be accepted"
        );
    }
}

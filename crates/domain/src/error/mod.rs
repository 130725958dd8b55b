//! Validation errors, as codes the UI translates.
//!
//! An error never carries the rejected value (it may be a BSN or a name, and errors end up
//! in logs); it carries a Fluent message id plus the arguments that message needs, e.g.
//! `error-too-long` with `max = 200`. The Dutch and English texts live in
//! `locales/*/errors.ftl`; a test keeps those files and [`ValidationError::ALL_MESSAGE_IDS`]
//! in step.

mod codes;
mod fields;

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

pub use fields::{FieldError, ValidationErrors};

/// Why one value was refused. `Display` is English for logs; users see the Fluent text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// The value is required but empty.
    #[error("a value is required")]
    Required,
    /// The text is longer than `max` characters.
    #[error("the text is longer than {max} characters")]
    TooLong {
        /// The maximum number of characters.
        max: usize,
    },
    /// The text is shorter than `min` characters (an explanation someone must be able to
    /// check).
    #[error("the text is shorter than {min} characters")]
    TooShort {
        /// The minimum number of characters.
        min: usize,
    },
    /// A BSN must have 8 or 9 digits.
    #[error("a BSN has 9 digits")]
    BsnFormat,
    /// The BSN fails the elfproef (or is all zeros).
    #[error("the BSN fails the elfproef")]
    BsnChecksum,
    /// A postcode is four digits (not starting with 0) and two letters.
    #[error("a postcode looks like 1234 AB")]
    PostcodeFormat,
    /// The letters SA, SD and SS are not used in postcodes.
    #[error("postcodes do not use the letters SA, SD or SS")]
    PostcodeLetters,
    /// Not the shape of a Dutch IBAN.
    #[error("a Dutch IBAN looks like NL91 ABNA 0417 1643 00")]
    IbanFormat,
    /// Only Dutch (NL) IBANs are accepted.
    #[error("only Dutch IBANs are accepted")]
    IbanNotDutch,
    /// The IBAN's check digits are wrong.
    #[error("the IBAN check digits are wrong")]
    IbanChecksum,
    /// A KvK number has 8 digits.
    #[error("a KvK number has 8 digits")]
    KvkFormat,
    /// A loonheffingennummer is 9 digits, the letter L and 2 digits.
    #[error("a loonheffingennummer looks like 123456782L01")]
    LoonheffingennummerFormat,
    /// The 9 digits of the loonheffingennummer fail the elfproef.
    #[error("the loonheffingennummer fails the elfproef")]
    LoonheffingennummerChecksum,
    /// Not a usable e-mail address.
    #[error("not a valid e-mail address")]
    EmailFormat,
    /// Not a Dutch phone number.
    #[error("not a Dutch phone number")]
    PhoneFormat,
    /// A house number is 1 to 5 digits, not starting with 0.
    #[error("a house number is a number from 1 to 99999")]
    HouseNumberFormat,
    /// Not a whole number.
    #[error("not a whole number")]
    NumberFormat,
    /// Not an amount in euros such as 1.234,56.
    #[error("not an amount such as 1.234,56")]
    AmountFormat,
    /// Not a date written as dd-mm-jjjj (or yyyy-mm-dd).
    #[error("a date is written as dd-mm-jjjj")]
    DateFormat,
    /// The date has the right shape but does not exist (e.g. 31-02-2024).
    #[error("this date does not exist")]
    DateDoesNotExist,
    /// The date lies in the future, where only past dates make sense.
    #[error("the date lies in the future")]
    DateInFuture,
    /// A birth date in the future.
    #[error("the birth date lies in the future")]
    BirthDateInFuture,
    /// A birth date before 1900-01-01.
    #[error("the birth date lies before 1900")]
    BirthDateTooOld,
    /// The end of a period lies before its start.
    #[error("the end date lies before the start date")]
    EndBeforeStart,
    /// The date lies before an earlier step of the same traject.
    #[error("the date lies before an earlier step")]
    DateOutOfOrder,
    /// A number outside `min..=max`.
    #[error("the number must be from {min} to {max}")]
    OutOfRange {
        /// The smallest allowed value.
        min: i64,
        /// The largest allowed value.
        max: i64,
    },
    /// A value that is not one of the choices of the list.
    #[error("not one of the allowed choices")]
    InvalidChoice,
    /// A traject state change that the process does not allow.
    #[error("a traject cannot go from {from} to {to}")]
    InvalidTransition {
        /// Machine name of the current state.
        from: String,
        /// Machine name of the requested state.
        to: String,
    },
    /// The traject has ended; it cannot change any more.
    #[error("the traject has already ended")]
    TrajectEnded,
    /// A decision or record needs a named staff member.
    #[error("a named staff member is required")]
    StaffRequired,
    /// A verklaring 56+ cannot be granted: no rule version gives one for this start date.
    #[error("no declaration can be given for this start date")]
    NoDeclarationPossible,
    /// The placement has ended already; it cannot end twice.
    #[error("the placement has already ended")]
    PlacementEnded,
    /// The shares of the main tasks do not add up to 100 %.
    #[error("the shares add up to {total} %, not 100 %")]
    SharesNotHundred {
        /// What they add up to.
        total: i64,
    },
    /// A main task takes less than 1/16 of the weekly hours.
    #[error("a main task takes at least 1/16 of the weekly hours")]
    TaskTooSmall,
    /// More hours worked than the full-time hours.
    #[error("more hours worked than full-time")]
    WorkedOverFulltime,
    /// The signature is not the assessor's.
    #[error("only the assessor signs")]
    NotTheAssessor,
    /// Signed already: it no longer changes.
    #[error("already signed")]
    AlreadySigned,
    /// A loonwaarde must be signed before it is used.
    #[error("the loonwaarde is not signed")]
    NotSigned,
    /// A trial placement lasts at most three months.
    #[error("a trial placement lasts at most 3 months")]
    TrialTooLong,
    /// The period lies outside what the decision covers.
    #[error("the period lies outside the decision")]
    OutsideDecision,
    /// A payment needs the progress report first.
    #[error("the progress report has not come in")]
    ProgressReportMissing,
    /// No rate is known for this date.
    #[error("no rate is known for this date")]
    NoRateKnown,
    /// At a loonwaarde of 100 % there is no loonkostensubsidie to grant.
    #[error("no subsidy at a loonwaarde of 100 %")]
    NoLksAtFullLoonwaarde,
    /// The resident's consent is needed before this is sent.
    #[error("the resident's consent is needed first")]
    ConsentRequired,
    /// The file is larger than the limit.
    #[error("the file is larger than {max_mb} MB")]
    FileTooLarge {
        /// The limit in MB.
        max_mb: usize,
    },
    /// Only PDF, PNG and JPEG files are taken.
    #[error("only PDF, PNG or JPEG files")]
    FileType,
    /// A new request within 12 months of a refusal needs what changed.
    #[error("a new request before {from} needs what changed")]
    RepeatTooSoon {
        /// The first day a request may go without it (dd-mm-jjjj).
        from: String,
    },
    /// The resident's own account comes before a decision.
    #[error("the resident's account comes first")]
    AccountRequired,
    /// A time is written as HH:MM.
    #[error("a time is written as HH:MM")]
    TimeFormat,
    /// Sent or decided already: it no longer changes.
    #[error("sent or decided already")]
    Locked,
    /// A month is written as jjjj-mm.
    #[error("a month is written as yyyy-mm")]
    MonthFormat,
    /// The month lies more than `months` months back.
    #[error("the month lies more than {months} months back")]
    MonthTooOld {
        /// How many months back are allowed.
        months: u32,
    },
    /// A survey needs at least one answered question.
    #[error("at least one question must be answered")]
    NoSurveyAnswer,
}

impl ValidationError {
    /// Every message id a [`ValidationError`] can have; `locales/*/errors.ftl` define each.
    pub const ALL_MESSAGE_IDS: &[&str] = &[
        "error-required",
        "error-too-long",
        "error-bsn-format",
        "error-bsn-checksum",
        "error-postcode-format",
        "error-postcode-letters",
        "error-iban-format",
        "error-iban-not-dutch",
        "error-iban-checksum",
        "error-kvk-format",
        "error-loonheffingennummer-format",
        "error-loonheffingennummer-checksum",
        "error-email-format",
        "error-phone-format",
        "error-house-number-format",
        "error-number-format",
        "error-amount-format",
        "error-date-format",
        "error-date-does-not-exist",
        "error-date-in-future",
        "error-birth-date-in-future",
        "error-birth-date-too-old",
        "error-end-before-start",
        "error-date-out-of-order",
        "error-out-of-range",
        "error-invalid-choice",
        "error-invalid-transition",
        "error-traject-ended",
        "error-staff-required",
        "error-no-declaration-possible",
        "error-placement-ended",
        "error-too-short",
        "error-shares-not-hundred",
        "error-task-too-small",
        "error-worked-over-fulltime",
        "error-not-the-assessor",
        "error-already-signed",
        "error-not-signed",
        "error-trial-too-long",
        "error-outside-decision",
        "error-progress-report-missing",
        "error-no-rate-known",
        "error-no-lks-at-full-loonwaarde",
        "error-consent-required",
        "error-file-too-large",
        "error-file-type",
        "error-repeat-too-soon",
        "error-account-required",
        "error-time-format",
        "error-request-locked",
        "error-month-format",
        "error-month-too-old",
        "error-survey-no-answer",
    ];

    /// The Fluent message id that explains this error to a jobcoach.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Required => "error-required",
            Self::TooLong { .. } => "error-too-long",
            Self::TooShort { .. } => "error-too-short",
            Self::BsnFormat => "error-bsn-format",
            Self::BsnChecksum => "error-bsn-checksum",
            Self::PostcodeFormat => "error-postcode-format",
            Self::PostcodeLetters => "error-postcode-letters",
            Self::IbanFormat => "error-iban-format",
            Self::IbanNotDutch => "error-iban-not-dutch",
            Self::IbanChecksum => "error-iban-checksum",
            Self::KvkFormat => "error-kvk-format",
            Self::LoonheffingennummerFormat => "error-loonheffingennummer-format",
            Self::LoonheffingennummerChecksum => "error-loonheffingennummer-checksum",
            Self::EmailFormat => "error-email-format",
            Self::PhoneFormat => "error-phone-format",
            Self::HouseNumberFormat => "error-house-number-format",
            Self::NumberFormat => "error-number-format",
            Self::AmountFormat => "error-amount-format",
            Self::DateFormat => "error-date-format",
            Self::DateDoesNotExist => "error-date-does-not-exist",
            Self::DateInFuture => "error-date-in-future",
            Self::BirthDateInFuture => "error-birth-date-in-future",
            Self::BirthDateTooOld => "error-birth-date-too-old",
            Self::EndBeforeStart => "error-end-before-start",
            Self::DateOutOfOrder => "error-date-out-of-order",
            Self::OutOfRange { .. } => "error-out-of-range",
            Self::InvalidChoice => "error-invalid-choice",
            Self::InvalidTransition { .. } => "error-invalid-transition",
            Self::TrajectEnded => "error-traject-ended",
            Self::StaffRequired => "error-staff-required",
            Self::NoDeclarationPossible => "error-no-declaration-possible",
            Self::PlacementEnded => "error-placement-ended",
            Self::SharesNotHundred { .. } => "error-shares-not-hundred",
            Self::TaskTooSmall => "error-task-too-small",
            Self::WorkedOverFulltime => "error-worked-over-fulltime",
            Self::NotTheAssessor => "error-not-the-assessor",
            Self::AlreadySigned => "error-already-signed",
            Self::NotSigned => "error-not-signed",
            Self::TrialTooLong => "error-trial-too-long",
            Self::OutsideDecision => "error-outside-decision",
            Self::ProgressReportMissing => "error-progress-report-missing",
            Self::NoRateKnown => "error-no-rate-known",
            Self::NoLksAtFullLoonwaarde => "error-no-lks-at-full-loonwaarde",
            Self::ConsentRequired => "error-consent-required",
            Self::FileTooLarge { .. } => "error-file-too-large",
            Self::FileType => "error-file-type",
            Self::RepeatTooSoon { .. } => "error-repeat-too-soon",
            Self::AccountRequired => "error-account-required",
            Self::TimeFormat => "error-time-format",
            Self::Locked => "error-request-locked",
            Self::MonthFormat => "error-month-format",
            Self::MonthTooOld { .. } => "error-month-too-old",
            Self::NoSurveyAnswer => "error-survey-no-answer",
        }
    }

    /// The Fluent arguments of the message, e.g. `[("max", "200")]`.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::TooLong { max } => vec![("max", max.to_string())],
            Self::TooShort { min } => vec![("min", min.to_string())],
            Self::OutOfRange { min, max } => {
                vec![("min", min.to_string()), ("max", max.to_string())]
            }
            Self::SharesNotHundred { total } => vec![("total", total.to_string())],
            Self::FileTooLarge { max_mb } => vec![("max", max_mb.to_string())],
            Self::RepeatTooSoon { from } => vec![("from", from.clone())],
            Self::MonthTooOld { months } => vec![("months", months.to_string())],
            Self::InvalidTransition { from, to } => {
                vec![("from", from.clone()), ("to", to.clone())]
            }
            _ => Vec::new(),
        }
    }
}

/// Serializes as `{ "message_id": ..., "args": { name: value } }`, the shape the UI reads.
impl Serialize for ValidationError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ValidationError", 2)?;
        s.serialize_field("message_id", self.message_id())?;
        s.serialize_field("args", &Args(self.args()))?;
        s.end()
    }
}

/// Fluent arguments serialized as a JSON object.
pub(crate) struct Args(pub(crate) Vec<(&'static str, String)>);

impl Serialize for Args {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// One value of every variant, for tests here and of the locale files. The `match` has
/// no wildcard, so adding a variant without adding it here fails to compile.
#[cfg(test)]
pub(crate) fn one_of_each() -> Vec<ValidationError> {
    use ValidationError as E;
    let all = vec![
        E::Required,
        E::TooLong { max: 200 },
        E::TooShort { min: 15 },
        E::BsnFormat,
        E::BsnChecksum,
        E::PostcodeFormat,
        E::PostcodeLetters,
        E::IbanFormat,
        E::IbanNotDutch,
        E::IbanChecksum,
        E::KvkFormat,
        E::LoonheffingennummerFormat,
        E::LoonheffingennummerChecksum,
        E::EmailFormat,
        E::PhoneFormat,
        E::HouseNumberFormat,
        E::NumberFormat,
        E::AmountFormat,
        E::DateFormat,
        E::DateDoesNotExist,
        E::DateInFuture,
        E::BirthDateInFuture,
        E::BirthDateTooOld,
        E::EndBeforeStart,
        E::DateOutOfOrder,
        E::OutOfRange { min: 0, max: 60 },
        E::InvalidChoice,
        E::InvalidTransition {
            from: "aangemeld".into(),
            to: "nazorg".into(),
        },
        E::TrajectEnded,
        E::StaffRequired,
        E::NoDeclarationPossible,
        E::PlacementEnded,
        E::SharesNotHundred { total: 90 },
        E::TaskTooSmall,
        E::WorkedOverFulltime,
        E::NotTheAssessor,
        E::AlreadySigned,
        E::NotSigned,
        E::TrialTooLong,
        E::OutsideDecision,
        E::ProgressReportMissing,
        E::NoRateKnown,
        E::NoLksAtFullLoonwaarde,
        E::ConsentRequired,
        E::FileTooLarge { max_mb: 4 },
        E::FileType,
        E::RepeatTooSoon {
            from: "05-12-2027".into(),
        },
        E::AccountRequired,
        E::TimeFormat,
        E::Locked,
        E::MonthFormat,
        E::MonthTooOld { months: 12 },
        E::NoSurveyAnswer,
    ];
    for e in &all {
        match e {
            E::Required
            | E::TooLong { .. }
            | E::TooShort { .. }
            | E::BsnFormat
            | E::BsnChecksum
            | E::PostcodeFormat
            | E::PostcodeLetters
            | E::IbanFormat
            | E::IbanNotDutch
            | E::IbanChecksum
            | E::KvkFormat
            | E::LoonheffingennummerFormat
            | E::LoonheffingennummerChecksum
            | E::EmailFormat
            | E::PhoneFormat
            | E::HouseNumberFormat
            | E::NumberFormat
            | E::AmountFormat
            | E::DateFormat
            | E::DateDoesNotExist
            | E::DateInFuture
            | E::BirthDateInFuture
            | E::BirthDateTooOld
            | E::EndBeforeStart
            | E::DateOutOfOrder
            | E::OutOfRange { .. }
            | E::InvalidChoice
            | E::InvalidTransition { .. }
            | E::TrajectEnded
            | E::StaffRequired
            | E::NoDeclarationPossible
            | E::PlacementEnded
            | E::SharesNotHundred { .. }
            | E::TaskTooSmall
            | E::WorkedOverFulltime
            | E::NotTheAssessor
            | E::AlreadySigned
            | E::NotSigned
            | E::TrialTooLong
            | E::OutsideDecision
            | E::ProgressReportMissing
            | E::NoRateKnown
            | E::NoLksAtFullLoonwaarde
            | E::ConsentRequired
            | E::FileTooLarge { .. }
            | E::FileType
            | E::RepeatTooSoon { .. }
            | E::AccountRequired
            | E::TimeFormat
            | E::Locked
            | E::MonthFormat
            | E::MonthTooOld { .. }
            | E::NoSurveyAnswer => {}
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn all_message_ids_match_the_variants() {
        let from_variants: Vec<&str> = one_of_each().iter().map(|e| e.message_id()).collect();
        let unique: BTreeSet<&str> = from_variants.iter().copied().collect();
        assert_eq!(
            unique.len(),
            from_variants.len(),
            "each variant needs its own message id"
        );
        let listed: BTreeSet<&str> = ValidationError::ALL_MESSAGE_IDS.iter().copied().collect();
        assert_eq!(
            listed.len(),
            ValidationError::ALL_MESSAGE_IDS.len(),
            "ALL_MESSAGE_IDS must not list an id twice"
        );
        assert_eq!(
            unique, listed,
            "ALL_MESSAGE_IDS must list exactly the ids of the variants"
        );
    }

    #[test]
    fn args_name_the_placeholders() {
        assert_eq!(
            ValidationError::TooLong { max: 200 }.args(),
            vec![("max", "200".to_owned())],
            "the too-long message shows the maximum"
        );
        assert_eq!(
            ValidationError::OutOfRange { min: 0, max: 60 }.args(),
            vec![("min", "0".to_owned()), ("max", "60".to_owned())],
            "the range message shows both bounds"
        );
        assert!(
            ValidationError::BsnChecksum.args().is_empty(),
            "a BSN error takes no args"
        );
    }
}

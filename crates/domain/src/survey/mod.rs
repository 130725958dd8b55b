//! Customer-satisfaction surveys (klanttevredenheidsonderzoek, a purpose of the privacy
//! statement): a resident who agrees answers a few fixed questions, on the coach's laptop
//! or on paper that the coach types in later.
//!
//! Main idea: an answer is unlinkable by construction. It holds the month (never a day or
//! a time), how it was given (screen or paper) and a score of 1 to 5 per question that was
//! answered; no resident, no coach, no device, no free text. Consent is the resident's own
//! first step: without it there is no answer at all, so nothing about the survey is kept
//! on the resident's file. The server keeps only tallies ([`SurveyUpload`] carries each
//! answer once, by a random token that is used for exactly-once delivery and nothing else).

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};

/// The lowest score.
pub const SCORE_MIN: u8 = 1;
/// The highest score.
pub const SCORE_MAX: u8 = 5;
/// How many months back an answer may be entered (paper forms come in late).
pub const MONTHS_BACK: u32 = 12;

choice_enum! {
    /// The fixed questions, in the order they are asked. Each is a statement the resident
    /// scores from 1 (helemaal niet mee eens) to 5 (helemaal mee eens).
    pub enum SurveyQuestion {
        /// "De jobcoach luistert goed naar mij."
        Listens => ("listens", "survey-question-listens"),
        /// "Ik weet wat mijn volgende stap is."
        NextStep => ("next_step", "survey-question-next-step"),
        /// "Ik krijg hulp die bij mij past."
        FittingHelp => ("fitting_help", "survey-question-fitting-help"),
        /// "Afspraken worden nagekomen."
        PromisesKept => ("promises_kept", "survey-question-promises-kept"),
        /// "Ik zou de jobcoach aanraden aan anderen."
        Recommend => ("recommend", "survey-question-recommend"),
    }
}

choice_enum! {
    /// How the answers were given.
    pub enum SurveyChannel {
        /// On the coach's laptop, handed to the resident.
        Screen => ("screen", "survey-channel-screen"),
        /// On a paper form, typed in by the coach.
        Paper => ("paper", "survey-channel-paper"),
    }
}

/// One resident's answers: month, channel and a score per answered question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SurveyAnswer {
    /// The month answered, `YYYY-MM`: nothing finer is kept.
    pub month: String,
    /// Screen or paper.
    pub channel: SurveyChannel,
    /// A score of 1 to 5 per answered question; a skipped question is absent.
    pub values: BTreeMap<SurveyQuestion, u8>,
}

impl SurveyAnswer {
    /// Checks the answer on `today`: a month `YYYY-MM` not in the future and at most
    /// [`MONTHS_BACK`] months ago, scores 1 to 5, at least one question answered. Gives the
    /// first day of the month.
    pub fn validate(&self, today: NaiveDate) -> Result<NaiveDate, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let month = match parse_month(&self.month) {
            Ok(first) => {
                let this_month = first_of_month(today);
                let oldest = this_month
                    .checked_sub_months(Months::new(MONTHS_BACK))
                    .unwrap_or(NaiveDate::MIN);
                if first > this_month {
                    errors.push("month", ValidationError::DateInFuture);
                } else if first < oldest {
                    errors.push(
                        "month",
                        ValidationError::MonthTooOld {
                            months: MONTHS_BACK,
                        },
                    );
                }
                Some(first)
            }
            Err(e) => {
                errors.push("month", e);
                None
            }
        };
        if self.values.is_empty() {
            errors.push("values", ValidationError::NoSurveyAnswer);
        }
        for (question, value) in &self.values {
            if !(SCORE_MIN..=SCORE_MAX).contains(value) {
                errors.push(
                    format!("values.{}", question.as_str()),
                    ValidationError::OutOfRange {
                        min: SCORE_MIN.into(),
                        max: SCORE_MAX.into(),
                    },
                );
            }
        }
        match month {
            Some(first) if errors.is_empty() => Ok(first),
            _ => Err(errors),
        }
    }
}

/// What the coach's app sends to record an answer: the answer and whether the resident
/// agreed. Consent is not stored (every stored answer had it); without it nothing is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SurveyInput {
    /// The resident said yes to "Doet u mee?" (on screen, or on the paper form).
    pub consent: bool,
    /// The answers.
    #[serde(flatten)]
    pub answer: SurveyAnswer,
}

impl SurveyInput {
    /// The answer when the resident agreed and it is valid on `today`.
    pub fn into_answer(self, today: NaiveDate) -> Result<SurveyAnswer, ValidationErrors> {
        if !self.consent {
            return Err(ValidationErrors::single(
                "consent",
                ValidationError::ConsentRequired,
            ));
        }
        self.answer.validate(today)?;
        Ok(self.answer)
    }
}

/// One answer on its way to the server, with the random token that makes its delivery
/// exactly once (the server keeps only a hash of it, to skip a repeat).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyDelivery {
    /// 32 lowercase hex digits (128 random bits), made on the laptop.
    pub token: String,
    /// The answer.
    #[serde(flatten)]
    pub answer: SurveyAnswer,
}

/// `POST /api/v1/surveys`: answers, all taken or none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyUpload {
    /// The answers.
    pub answers: Vec<SurveyDelivery>,
}

/// The server's answer to a [`SurveyUpload`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyReceipt {
    /// Answers counted now.
    pub counted: u64,
    /// Answers whose token had come before (counted then, skipped now).
    pub duplicates: u64,
}

/// The most answers one upload may carry.
pub const UPLOAD_MAX: usize = 500;

/// True for a delivery token: 32 lowercase hex digits.
pub fn is_token(token: &str) -> bool {
    token.len() == 32
        && token
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Parses `YYYY-MM` to the first day of that month.
pub fn parse_month(text: &str) -> Result<NaiveDate, ValidationError> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 7
        && bytes[4] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || b.is_ascii_digit());
    if !shaped {
        return Err(ValidationError::MonthFormat);
    }
    let year: i32 = text[..4]
        .parse()
        .map_err(|_| ValidationError::MonthFormat)?;
    let month: u32 = text[5..]
        .parse()
        .map_err(|_| ValidationError::MonthFormat)?;
    NaiveDate::from_ymd_opt(year, month, 1).ok_or(ValidationError::MonthFormat)
}

/// `YYYY-MM` of a date.
pub fn format_month(date: NaiveDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// The first day of the month of `date`.
pub fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).expect("every month has a first day")
}

#[cfg(test)]
mod tests;

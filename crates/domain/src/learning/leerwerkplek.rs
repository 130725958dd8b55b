//! A leerwerkplek: a place to learn at a partner, with goals, a period, a mentor and the
//! evaluations along the way.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::category::DataCategory;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember, id_newtype};
use crate::validate::fields::Collector;
use crate::validate::{Email, PhoneNumber, SHORT_TEXT_MAX, TEXT_MAX, parse_date};

id_newtype! {
    /// Identifies a leerwerkplek.
    LeerwerkplekId,
}

/// What the resident is to learn there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LearningGoal {
    /// The goal.
    pub text: String,
    /// Reached, as judged at an evaluation.
    pub reached: bool,
}

/// The mentor at the partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Mentor {
    /// Name.
    pub name: String,
    /// Phone.
    pub phone: Option<PhoneNumber>,
    /// E-mail.
    pub email: Option<Email>,
}

/// An evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// The day.
    pub on: NaiveDate,
    /// Who recorded it.
    pub by: StaffMember,
    /// How it goes.
    pub summary: String,
}

/// A leerwerkplek.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Leerwerkplek {
    /// The id.
    pub id: LeerwerkplekId,
    /// Whose.
    pub resident_id: ResidentId,
    /// The partner (samenwerkingspartner).
    pub partner: String,
    /// The work there.
    pub work: String,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Hours a week.
    pub hours_per_week: u8,
    /// The mentor.
    pub mentor: Mentor,
    /// The learning goals.
    pub goals: Vec<LearningGoal>,
    /// Evaluations, in order.
    pub evaluations: Vec<Evaluation>,
}

impl Leerwerkplek {
    /// What the partner receives.
    pub fn shared_categories() -> Vec<DataCategory> {
        vec![
            DataCategory::Name,
            DataCategory::Phone,
            DataCategory::LanguageEducationExperience,
            DataCategory::Support,
        ]
    }

    /// A partner, the work, a period of at most 24 months, 1–40 hours, a named mentor, at
    /// least one goal, evaluations in order inside the period.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("partner", &self.partner, SHORT_TEXT_MAX);
        c.check_required("work", &self.work, TEXT_MAX);
        c.check_required("mentor.name", &self.mentor.name, SHORT_TEXT_MAX);
        if self.ends_on < self.starts_on {
            c.push("ends_on", ValidationError::EndBeforeStart);
        }
        if !(1..=40).contains(&self.hours_per_week) {
            c.push(
                "hours_per_week",
                ValidationError::OutOfRange { min: 1, max: 40 },
            );
        }
        if self.goals.is_empty() {
            c.push("goals", ValidationError::Required);
        }
        for (i, g) in self.goals.iter().enumerate() {
            c.check_required(&format!("goals.{i}.text"), &g.text, SHORT_TEXT_MAX);
        }
        let mut last = self.starts_on;
        for (i, e) in self.evaluations.iter().enumerate() {
            if e.on < last {
                c.push(
                    &format!("evaluations.{i}.on"),
                    ValidationError::DateOutOfOrder,
                );
            }
            last = e.on;
            c.check_staff(&format!("evaluations.{i}.by"), &e.by);
            c.check_required(&format!("evaluations.{i}.summary"), &e.summary, TEXT_MAX);
        }
        c.finish()
    }
}

/// A leerwerkplek as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct LeerwerkplekInput {
    /// The partner.
    pub partner: Option<String>,
    /// The work.
    pub work: Option<String>,
    /// First day.
    pub starts_on: Option<String>,
    /// Last day.
    pub ends_on: Option<String>,
    /// Hours a week.
    pub hours_per_week: Option<String>,
    /// Mentor's name.
    pub mentor_name: Option<String>,
    /// Mentor's phone.
    pub mentor_phone: Option<String>,
    /// Mentor's e-mail.
    pub mentor_email: Option<String>,
    /// Goals, one per entry (blank entries are skipped).
    pub goals: Vec<String>,
    /// Goals reached, by position.
    pub reached: Vec<bool>,
}

impl LeerwerkplekInput {
    /// The record (keeping `id` and the evaluations of an earlier version), or every
    /// problem.
    pub fn into_record(
        &self,
        id: LeerwerkplekId,
        resident_id: ResidentId,
        evaluations: Vec<Evaluation>,
    ) -> Result<Leerwerkplek, ValidationErrors> {
        let mut c = Collector::new();
        let partner = c.required("partner", &self.partner, SHORT_TEXT_MAX);
        let work = c.required("work", &self.work, TEXT_MAX);
        let starts_on = c.required_parsed("starts_on", &self.starts_on, parse_date);
        let ends_on = c.required_parsed("ends_on", &self.ends_on, parse_date);
        let hours = c.number("hours_per_week", &self.hours_per_week, 1, 40);
        if hours.is_none() && crate::validate::fields::is_blank(&self.hours_per_week) {
            c.push("hours_per_week", ValidationError::Required);
        }
        let mentor_name = c.required("mentor_name", &self.mentor_name, SHORT_TEXT_MAX);
        let phone = c.parsed("mentor_phone", &self.mentor_phone, PhoneNumber::parse);
        let email = c.parsed("mentor_email", &self.mentor_email, Email::parse);
        let goals: Vec<LearningGoal> = self
            .goals
            .iter()
            .enumerate()
            .filter(|(_, g)| !g.trim().is_empty())
            .map(|(i, g)| LearningGoal {
                text: g.trim().to_owned(),
                reached: self.reached.get(i).copied().unwrap_or(false),
            })
            .collect();
        if goals.is_empty() {
            c.push("goals", ValidationError::Required);
        }
        if let (Some(s), Some(e)) = (starts_on, ends_on)
            && e < s
        {
            c.push("ends_on", ValidationError::EndBeforeStart);
        }
        c.finish()?;
        let record = Leerwerkplek {
            id,
            resident_id,
            partner: partner.unwrap_or_default(),
            work: work.unwrap_or_default(),
            starts_on: starts_on.unwrap_or_default(),
            ends_on: ends_on.unwrap_or_default(),
            hours_per_week: hours.and_then(|h| u8::try_from(h).ok()).unwrap_or_default(),
            mentor: Mentor {
                name: mentor_name.unwrap_or_default(),
                phone,
                email,
            },
            goals,
            evaluations,
        };
        record.validate()?;
        Ok(record)
    }
}

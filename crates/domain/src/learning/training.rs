//! A vocational training: provider, dates, attendance, result and costs. Passed with a
//! certificate, it is a qualification.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, id_newtype};
use crate::validate::fields::Collector;
use crate::validate::parse_amount_cents;
use crate::validate::{SHORT_TEXT_MAX, parse_date};

id_newtype! {
    /// Identifies a training.
    TrainingId,
}

choice_enum! {
    /// How a training went.
    pub enum TrainingResult {
        /// Still going.
        Ongoing => ("ongoing", "training-result-ongoing"),
        /// Passed.
        Passed => ("passed", "training-result-passed"),
        /// Not passed.
        Failed => ("failed", "training-result-failed"),
        /// Stopped before the end.
        Stopped => ("stopped", "training-result-stopped"),
    }
}

/// A training.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// The id.
    pub id: TrainingId,
    /// Whose.
    pub resident_id: ResidentId,
    /// The provider (a recipient: guidance provider).
    pub provider: String,
    /// The training's name.
    pub name: String,
    /// The certificate it leads to ("VCA Basis", "Heftruckcertificaat").
    pub qualification: Option<String>,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day (planned or actual).
    pub ends_on: Option<NaiveDate>,
    /// Hours planned.
    pub hours_planned: Option<u16>,
    /// Hours attended.
    pub hours_attended: Option<u16>,
    /// The result.
    pub result: TrainingResult,
    /// The day of the result.
    pub result_on: Option<NaiveDate>,
    /// Costs in cents.
    pub costs_cents: Option<i64>,
}

impl Training {
    /// A passed training with a certificate: the qualification it gives.
    pub fn qualification_held(&self) -> Option<&str> {
        (self.result == TrainingResult::Passed)
            .then_some(self.qualification.as_deref())
            .flatten()
    }

    /// A provider and name, dates in order, attendance not over the plan, a result day
    /// exactly when finished, costs not negative.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("provider", &self.provider, SHORT_TEXT_MAX);
        c.check_required("name", &self.name, SHORT_TEXT_MAX);
        c.check_optional(
            "qualification",
            self.qualification.as_deref(),
            SHORT_TEXT_MAX,
        );
        if self.ends_on.is_some_and(|e| e < self.starts_on) {
            c.push("ends_on", ValidationError::EndBeforeStart);
        }
        if let (Some(p), Some(a)) = (self.hours_planned, self.hours_attended)
            && a > p
        {
            c.push(
                "hours_attended",
                ValidationError::OutOfRange {
                    min: 0,
                    max: i64::from(p),
                },
            );
        }
        let finished = self.result != TrainingResult::Ongoing;
        if finished != self.result_on.is_some() {
            c.push("result_on", ValidationError::Required);
        }
        if self.result_on.is_some_and(|r| r < self.starts_on) {
            c.push("result_on", ValidationError::DateOutOfOrder);
        }
        if self.costs_cents.is_some_and(|k| k < 0) {
            c.push("costs", ValidationError::AmountFormat);
        }
        c.finish()
    }
}

/// A qualification compared without case or extra spaces ("VCA  basis" = "VCA Basis").
pub fn qualification_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The qualifications `trainings` give, as keys.
pub fn qualifications(trainings: &[Training]) -> Vec<String> {
    let mut q: Vec<String> = trainings
        .iter()
        .filter_map(Training::qualification_held)
        .map(qualification_key)
        .collect();
    q.sort();
    q.dedup();
    q
}

/// One qualification a workplace asks for, and whether the resident holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct QualificationCheck {
    /// The qualification as the workplace names it.
    pub label: String,
    /// True when a passed training of the resident gives it.
    pub held: bool,
}

/// Each qualification `asked` for, checked against the keys `held` (from
/// [`qualifications`]). Advice for the coach: it does not change the match score.
pub fn check_qualifications(asked: &[String], held: &[String]) -> Vec<QualificationCheck> {
    asked
        .iter()
        .map(|label| QualificationCheck {
            held: held.contains(&qualification_key(label)),
            label: label.clone(),
        })
        .collect()
}

/// A training as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct TrainingInput {
    /// The provider.
    pub provider: Option<String>,
    /// The name.
    pub name: Option<String>,
    /// The certificate.
    pub qualification: Option<String>,
    /// First day.
    pub starts_on: Option<String>,
    /// Last day.
    pub ends_on: Option<String>,
    /// Hours planned.
    pub hours_planned: Option<String>,
    /// Hours attended.
    pub hours_attended: Option<String>,
    /// `ongoing`, `passed`, `failed`, `stopped` (blank: ongoing).
    pub result: Option<String>,
    /// Day of the result.
    pub result_on: Option<String>,
    /// Costs, "1.234,56".
    pub costs: Option<String>,
}

impl TrainingInput {
    /// The record, or every problem.
    pub fn into_record(
        &self,
        id: TrainingId,
        resident_id: ResidentId,
    ) -> Result<Training, ValidationErrors> {
        let mut c = Collector::new();
        let provider = c.required("provider", &self.provider, SHORT_TEXT_MAX);
        let name = c.required("name", &self.name, SHORT_TEXT_MAX);
        let qualification = c.text("qualification", &self.qualification, SHORT_TEXT_MAX);
        let starts_on = c.required_parsed("starts_on", &self.starts_on, parse_date);
        let ends_on = c.date("ends_on", &self.ends_on);
        let planned = c.number("hours_planned", &self.hours_planned, 1, 5000);
        let attended = c.number("hours_attended", &self.hours_attended, 0, 5000);
        let result = c
            .choice::<TrainingResult>("result", &self.result)
            .unwrap_or(TrainingResult::Ongoing);
        let result_on = c.date("result_on", &self.result_on);
        let costs_cents = c.parsed("costs", &self.costs, parse_amount_cents);
        c.finish()?;
        let record = Training {
            id,
            resident_id,
            provider: provider.unwrap_or_default(),
            name: name.unwrap_or_default(),
            qualification,
            starts_on: starts_on.unwrap_or_default(),
            ends_on,
            hours_planned: planned.and_then(|h| u16::try_from(h).ok()),
            hours_attended: attended.and_then(|h| u16::try_from(h).ok()),
            result,
            result_on,
            costs_cents,
        };
        record.validate()?;
        Ok(record)
    }
}

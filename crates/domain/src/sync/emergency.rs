//! Break-the-glass: a coach opens the file of a resident outside her caseload, for a short
//! while, with a reason. The server grants it only online, logs it, shows it to every team
//! lead with the coach's explanation, and ends it when it expires; the laptop ends it too,
//! offline, at the same moment.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;

choice_enum! {
    /// Why a coach needs a file outside her caseload.
    pub enum EmergencyReason {
        /// She stands in for an absent colleague (illness, leave).
        StandIn => ("stand_in", "emergency-reason-stand-in"),
        /// Something urgent with the resident that cannot wait for the team lead.
        Urgent => ("urgent", "emergency-reason-urgent"),
        /// A hand-over the team lead has not put in the system yet.
        HandOver => ("hand_over", "emergency-reason-hand-over"),
    }
}

/// Shortest explanation: a few words that a team lead can check ("ziek: Anna, afspraak
/// werkgever om 10:00"), not "nodig".
pub const EXPLANATION_MIN: usize = 15;

/// `POST /api/v1/caseload/emergency` (coaches only, online only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyRequest {
    /// The device asking.
    pub device_id: Uuid,
    /// The resident's BSN: the coach has the resident (or the letter) in front of her.
    pub bsn: String,
    /// Why.
    pub reason: EmergencyReason,
    /// In the coach's words, for the team lead.
    pub explanation: String,
}

impl EmergencyRequest {
    /// The field errors, keyed `bsn` and `explanation`; empty when the request is sound.
    pub fn check(&self) -> Result<crate::Bsn, ValidationErrors> {
        let mut c = Collector::new();
        let bsn = crate::Bsn::parse(self.bsn.trim())
            .map_err(|e| c.push("bsn", e))
            .ok();
        let len = self.explanation.trim().chars().count();
        if len < EXPLANATION_MIN {
            c.push(
                "explanation",
                ValidationError::TooShort {
                    min: EXPLANATION_MIN,
                },
            );
        } else if len > SHORT_TEXT_MAX {
            c.push(
                "explanation",
                ValidationError::TooLong {
                    max: SHORT_TEXT_MAX,
                },
            );
        }
        c.finish()?;
        bsn.ok_or_else(|| ValidationErrors::single("bsn", ValidationError::BsnFormat))
    }
}

/// The answer: the file comes with the next pull and stays until `expires_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmergencyGrant {
    /// The resident.
    pub resident_id: Uuid,
    /// When the access ends, on the server and on the laptop.
    pub expires_at: DateTime<Utc>,
}

/// What a team lead is told of one emergency access.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmergencyNotice {
    /// The grant.
    pub id: Uuid,
    /// The coach (display name).
    pub coach: String,
    /// Whose file.
    pub resident_id: Uuid,
    /// Why.
    pub reason: EmergencyReason,
    /// In the coach's words.
    pub explanation: String,
    /// When it was granted.
    pub granted_at: DateTime<Utc>,
    /// When it ends (or ended).
    pub expires_at: DateTime<Utc>,
}

/// `POST /api/v1/caseload/emergency/notices` (team leads only): grants since `since`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticesRequest {
    /// The device asking.
    pub device_id: Uuid,
    /// Only grants made after this moment; none for the last 30 days.
    pub since: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(bsn: &str, explanation: &str) -> EmergencyRequest {
        EmergencyRequest {
            device_id: Uuid::nil(),
            bsn: bsn.into(),
            reason: EmergencyReason::StandIn,
            explanation: explanation.into(),
        }
    }

    #[test]
    fn a_sound_request_gives_its_bsn() {
        let bsn = request(" 111222333 ", "Anna is ziek, afspraak om 10:00").check();
        assert_eq!(
            bsn.map(|b| b.to_string()).ok(),
            Some("111222333".into()),
            "the BSN is trimmed and checked with the elfproef"
        );
    }

    #[test]
    fn a_bad_bsn_and_a_short_explanation_are_both_named() {
        let Err(errors) = request("123456789", "nodig").check() else {
            panic!("a BSN failing the elfproef and a one-word reason must be refused");
        };
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert!(fields.contains(&"bsn"), "{fields:?}");
        assert!(fields.contains(&"explanation"), "{fields:?}");
    }
}

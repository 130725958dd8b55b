//! The coach's decision on a verklaring 56+, and what an issued declaration says.
//!
//! A decision is append-only: it records the facts, the advice the software gave (with its
//! rule version), the outcome, who decided, when and why. A different outcome later is a
//! new decision, so the file shows what was decided at the time.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::rules::{Advice, version_for};
use super::{BenefitKind, Employer, EmploymentFacts};
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember, Verklaring56DecisionId};
use crate::validate::fields::Collector;
use crate::validate::{Bsn, SHORT_TEXT_MAX, TEXT_MAX};

choice_enum! {
    /// What the coach decided.
    pub enum DecisionOutcome {
        /// The declaration is given.
        Granted => ("granted", "decision-granted"),
        /// The declaration is refused.
        Refused => ("refused", "decision-refused"),
    }
}

/// A coach's decision on a request for a verklaring 56+.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Verklaring56Decision {
    /// The decision's id.
    pub id: Verklaring56DecisionId,
    /// Whom it is about.
    pub resident_id: ResidentId,
    /// The employment.
    pub facts: EmploymentFacts,
    /// What the software advised when the coach decided.
    pub advice: Advice,
    /// Granted or refused.
    pub outcome: DecisionOutcome,
    /// Who decided (never the software).
    pub decided_by: StaffMember,
    /// Decision date.
    pub decided_on: NaiveDate,
    /// Why, in the coach's words (also when following the advice).
    pub reasoning: String,
}

impl Verklaring56Decision {
    /// A named coach, a reasoning, a decision date not before the request, and no grant
    /// where the rules in force give no declaration at all.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("decided_by", &self.decided_by);
        c.check_required("reasoning", &self.reasoning, TEXT_MAX);
        if self.decided_on < self.facts.request_date {
            c.push("decided_on", ValidationError::DateOutOfOrder);
        }
        let possible = version_for(self.facts.start_date).is_some_and(|v| v.issues_declaration);
        if self.outcome == DecisionOutcome::Granted && !possible {
            c.push("outcome", ValidationError::NoDeclarationPossible);
        }
        // The declaration names the benefit; without one there is nothing to declare.
        if self.outcome == DecisionOutcome::Granted && self.facts.benefit.is_none() {
            c.push("benefit", ValidationError::Required);
        }
        c.finish()
    }
}

/// What a verklaring 56+ states, frozen when it is issued, so a reprint (afschrift) says
/// exactly what the original said even after the file changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Verklaring56Snapshot {
    /// The decision it rests on.
    pub decision_id: Verklaring56DecisionId,
    /// The resident's full name.
    pub resident_name: String,
    /// The resident's BSN.
    pub bsn: Bsn,
    /// The resident's date of birth.
    pub birth_date: NaiveDate,
    /// The employer.
    pub employer: Employer,
    /// First day of the employment.
    pub start_date: NaiveDate,
    /// The municipal benefit.
    pub benefit: BenefitKind,
    /// The month of that benefit (its first day).
    pub benefit_month: NaiveDate,
    /// Decision date.
    pub decided_on: NaiveDate,
    /// The rule version applied.
    pub version_id: String,
    /// Who signs for the municipality.
    pub signatory_name: String,
    /// The signatory's role.
    pub signatory_role: String,
    /// The municipality that declares.
    pub municipality: String,
}

impl Verklaring56Snapshot {
    /// Names, signatory and municipality present; the benefit month before the start.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("resident_name", &self.resident_name, SHORT_TEXT_MAX);
        c.check_required("signatory_name", &self.signatory_name, SHORT_TEXT_MAX);
        c.check_required("signatory_role", &self.signatory_role, SHORT_TEXT_MAX);
        c.check_required("municipality", &self.municipality, SHORT_TEXT_MAX);
        c.check_required("employer.name", &self.employer.name, SHORT_TEXT_MAX);
        if self.benefit_month >= self.start_date {
            c.push("benefit_month", ValidationError::DateOutOfOrder);
        }
        c.finish()
    }

    /// The snapshot of a granted decision for `resident` (None for a refusal: a refusal
    /// is recorded, not printed as a declaration).
    pub fn of(
        decision: &Verklaring56Decision,
        resident: &crate::Resident,
        signatory_name: &str,
        signatory_role: &str,
        municipality: &str,
    ) -> Option<Self> {
        if decision.outcome != DecisionOutcome::Granted {
            return None;
        }
        let benefit = decision.facts.benefit?;
        Some(Self {
            decision_id: decision.id,
            resident_name: resident.name.full_name(),
            bsn: resident.bsn.clone(),
            birth_date: resident.birth_date,
            employer: decision.facts.employer.clone(),
            start_date: decision.facts.start_date,
            benefit,
            benefit_month: super::rules::benefit_month(decision.facts.start_date),
            decided_on: decision.decided_on,
            version_id: decision.advice.version_id.clone().unwrap_or_default(),
            signatory_name: signatory_name.to_owned(),
            signatory_role: signatory_role.to_owned(),
            municipality: municipality.to_owned(),
        })
    }
}

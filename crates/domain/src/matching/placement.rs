//! [`Placement`]: a coach's decision to place a resident on a workplace, its end, and
//! when the next follow-up contact is due.
//!
//! The software suggests matches; a placement is never made by it. A placement cannot be
//! created without a named coach decision: who decided, on which day, and why.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::contact::PlacementContact;
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{EmployerId, PlacementId, ResidentId, StaffMember, WorkplaceId};
use crate::validate::TEXT_MAX;
use crate::validate::fields::Collector;

/// Most hours a week a placement can have.
const MAX_HOURS_PER_WEEK: i64 = 60;
/// Longest interval between follow-up contacts, in weeks.
const MAX_FOLLOW_UP_WEEKS: i64 = 26;

choice_enum! {
    /// The kind of contract of a placement.
    pub enum ContractKind {
        /// An employment contract with the employer.
        Arbeidsovereenkomst => ("arbeidsovereenkomst", "contract-kind-arbeidsovereenkomst"),
        /// A trial placement (proefplaatsing), keeping the benefit.
        Proefplaatsing => ("proefplaatsing", "contract-kind-proefplaatsing"),
        /// Secondment (detachering) via another organisation.
        Detachering => ("detachering", "contract-kind-detachering"),
        /// A learn-work place.
        Leerwerkplek => ("leerwerkplek", "contract-kind-leerwerkplek"),
        /// Employment in beschut werk.
        BeschutDienstverband => ("beschut_dienstverband", "contract-kind-beschut-dienstverband"),
        /// A participation place (participatieplek), unpaid work with a benefit.
        Participatieplek => ("participatieplek", "contract-kind-participatieplek"),
    }
}

choice_enum! {
    /// Why a placement ended.
    pub enum PlacementEndReason {
        /// The contract ran out.
        ContractEnded => ("contract_ended", "placement-end-reason-contract-ended"),
        /// The resident stopped.
        ResidentQuit => ("resident_quit", "placement-end-reason-resident-quit"),
        /// The employer dismissed the resident.
        Dismissed => ("dismissed", "placement-end-reason-dismissed"),
        /// The work did not suit the resident.
        NotSuitable => ("not_suitable", "placement-end-reason-not-suitable"),
        /// For health reasons (details, if any, only in a health record).
        Health => ("health", "placement-end-reason-health"),
        /// The resident moved on to a regular job.
        DoorstroomRegulier => ("doorstroom_regulier", "placement-end-reason-doorstroom-regulier"),
        /// Another reason; the explanation says which.
        Other => ("other", "placement-end-reason-other"),
    }
}

/// Who decided on a placement, when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct PlacementDecision {
    /// The coach who decided (never the software).
    pub decided_by: StaffMember,
    /// Day of the decision.
    pub decided_on: NaiveDate,
    /// Why this workplace, in the coach's words.
    pub reasoning: String,
}

/// How a placement ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct PlacementEnd {
    /// Last day (not before the start).
    pub on: NaiveDate,
    /// Why.
    pub reason: PlacementEndReason,
    /// Explanation; required for [`PlacementEndReason::Other`].
    pub explanation: Option<String>,
    /// True when the coach advises looking for a new placement (herplaatsing).
    pub replacement_advised: bool,
}

/// A resident placed on a workplace, by a coach's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The placement's id.
    pub id: PlacementId,
    /// Who is placed.
    pub resident_id: ResidentId,
    /// Where.
    pub workplace_id: WorkplaceId,
    /// The workplace's employer (copied, so lists read without the workplace).
    pub employer_id: EmployerId,
    /// First day of work.
    pub start: NaiveDate,
    /// Hours a week (1 to 60).
    pub hours_per_week: u8,
    /// Kind of contract.
    pub contract: ContractKind,
    /// True when a jobcoach guides the resident at work.
    pub job_coaching: bool,
    /// Weeks between follow-up contacts (1 to 26).
    pub follow_up_weeks: u8,
    /// The coach's decision.
    pub decision: PlacementDecision,
    /// The earlier placement this one replaces (herplaatsing), if any.
    pub replaces: Option<PlacementId>,
    /// How it ended; none while it runs.
    pub end: Option<PlacementEnd>,
}

/// A placement as the coach fills it in. The workplace, employer and replaced placement
/// are picked, so they are typed ids; the rest are strings. Who decides is not part of
/// the form: it is the signed-in coach, passed to [`PlacementDraft::validate`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct PlacementDraft {
    /// The workplace (required).
    pub workplace_id: Option<WorkplaceId>,
    /// Its employer (required).
    pub employer_id: Option<EmployerId>,
    /// First day of work (required).
    pub start: Option<String>,
    /// Hours a week (required, 1 to 60).
    pub hours_per_week: Option<String>,
    /// Contract kind machine name (required).
    pub contract: Option<String>,
    /// A jobcoach guides the resident at work.
    pub job_coaching: bool,
    /// Weeks between follow-up contacts (required, 1 to 26).
    pub follow_up_weeks: Option<String>,
    /// Day of the decision; blank means today.
    pub decided_on: Option<String>,
    /// Why this workplace (required).
    pub reasoning: Option<String>,
    /// The placement this one replaces.
    pub replaces: Option<PlacementId>,
}

impl PlacementDraft {
    /// Validates the draft into a [`Placement`], or returns every field error.
    ///
    /// Refuses a placement without a named coach decision: without `decided_by` the error
    /// is `decision.decided_by` / Required (a blank name: StaffRequired), without reasoning
    /// `decision.reasoning` / Required. The decision date may not lie after `today`.
    pub fn validate(
        &self,
        id: PlacementId,
        resident_id: ResidentId,
        decided_by: Option<StaffMember>,
        today: NaiveDate,
    ) -> Result<Placement, ValidationErrors> {
        let mut c = Collector::new();
        if self.workplace_id.is_none() {
            c.push("workplace_id", ValidationError::Required);
        }
        if self.employer_id.is_none() {
            c.push("employer_id", ValidationError::Required);
        }
        let start = c.required_parsed("start", &self.start, crate::validate::parse_date);
        let hours = required_number(
            &mut c,
            "hours_per_week",
            &self.hours_per_week,
            MAX_HOURS_PER_WEEK,
        );
        let contract = c.required_choice("contract", &self.contract);
        let follow_up = required_number(
            &mut c,
            "follow_up_weeks",
            &self.follow_up_weeks,
            MAX_FOLLOW_UP_WEEKS,
        );
        match &decided_by {
            None => c.push("decision.decided_by", ValidationError::Required),
            Some(staff) => c.check_staff("decision.decided_by", staff),
        }
        let decided_on = c.date("decision.decided_on", &self.decided_on);
        if decided_on.is_some_and(|d| d > today) {
            c.push("decision.decided_on", ValidationError::DateInFuture);
        }
        let reasoning = c.required("decision.reasoning", &self.reasoning, TEXT_MAX);
        if self.replaces == Some(id) {
            c.push("replaces", ValidationError::InvalidChoice);
        }

        let parts = (
            self.workplace_id,
            self.employer_id,
            start,
            hours,
            contract,
            follow_up,
            decided_by,
            reasoning,
        );
        match parts {
            (Some(w), Some(e), Some(s), Some(h), Some(k), Some(f), Some(by), Some(r))
                if c.is_ok() =>
            {
                Ok(Placement {
                    id,
                    resident_id,
                    workplace_id: w,
                    employer_id: e,
                    start: s,
                    hours_per_week: u8::try_from(h).expect("checked to be 1..=60"),
                    contract: k,
                    job_coaching: self.job_coaching,
                    follow_up_weeks: u8::try_from(f).expect("checked to be 1..=26"),
                    decision: PlacementDecision {
                        decided_by: by,
                        decided_on: decided_on.unwrap_or(today),
                        reasoning: r,
                    },
                    replaces: self.replaces,
                    end: None,
                })
            }
            _ => Err(c.into_errors()),
        }
    }
}

impl Placement {
    /// Re-checks the record (the server does this for every synced placement): hours,
    /// follow-up interval, a named coach and reasoning, and the end if there is one.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        check_range(
            &mut c,
            "hours_per_week",
            self.hours_per_week,
            MAX_HOURS_PER_WEEK,
        );
        check_range(
            &mut c,
            "follow_up_weeks",
            self.follow_up_weeks,
            MAX_FOLLOW_UP_WEEKS,
        );
        c.check_staff("decision.decided_by", &self.decision.decided_by);
        c.check_required("decision.reasoning", &self.decision.reasoning, TEXT_MAX);
        if self.replaces == Some(self.id) {
            c.push("replaces", ValidationError::InvalidChoice);
        }
        if let Some(end) = &self.end {
            self.check_end(end, &mut c);
        }
        c.finish()
    }

    /// Ends the placement. Refused when it has ended already (`end` / PlacementEnded),
    /// when the last day lies before the start (`end.on` / EndBeforeStart), or when the
    /// reason is "other" without an explanation (`end.explanation` / Required). A blank
    /// explanation is stored as none.
    pub fn end(&mut self, end: PlacementEnd) -> Result<(), ValidationErrors> {
        if self.end.is_some() {
            return Err(ValidationErrors::single(
                "end",
                ValidationError::PlacementEnded,
            ));
        }
        let end = PlacementEnd {
            explanation: end
                .explanation
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
            ..end
        };
        let mut c = Collector::new();
        self.check_end(&end, &mut c);
        c.finish()?;
        self.end = Some(end);
        Ok(())
    }

    /// True while the placement runs on `today` (started, and not ended before today).
    pub fn is_active_on(&self, today: NaiveDate) -> bool {
        self.start <= today && self.end.as_ref().is_none_or(|e| e.on >= today)
    }

    /// The day the next follow-up contact is due: `follow_up_weeks` after the latest
    /// contact about this placement (or after the start, before the first one). Contacts
    /// before the start or after `today` do not count. The date may lie before `today`:
    /// then the follow-up is overdue. None once the placement has ended, or when the next
    /// contact would fall after a planned last day.
    pub fn next_follow_up(
        &self,
        contacts: &[PlacementContact],
        today: NaiveDate,
    ) -> Option<NaiveDate> {
        if self.end.as_ref().is_some_and(|e| e.on <= today) {
            return None;
        }
        let last = contacts
            .iter()
            .filter(|c| c.placement_id == self.id && c.on >= self.start && c.on <= today)
            .map(|c| c.on)
            .max();
        let base = last.unwrap_or(self.start);
        let due = base.checked_add_days(Days::new(7 * u64::from(self.follow_up_weeks)))?;
        match &self.end {
            Some(end) if due > end.on => None,
            _ => Some(due),
        }
    }

    fn check_end(&self, end: &PlacementEnd, c: &mut Collector) {
        if end.on < self.start {
            c.push("end.on", ValidationError::EndBeforeStart);
        }
        let explanation = end.explanation.as_deref().map(str::trim).unwrap_or("");
        if end.reason == PlacementEndReason::Other && explanation.is_empty() {
            c.push("end.explanation", ValidationError::Required);
        }
        c.check_optional("end.explanation", end.explanation.as_deref(), TEXT_MAX);
    }
}

fn required_number(
    c: &mut Collector,
    field: &str,
    value: &Option<String>,
    max: i64,
) -> Option<i64> {
    if crate::validate::fields::is_blank(value) {
        c.push(field, ValidationError::Required);
        return None;
    }
    c.number(field, value, 1, max)
}

fn check_range(c: &mut Collector, field: &str, value: u8, max: i64) {
    if !(1..=max).contains(&i64::from(value)) {
        c.push(field, ValidationError::OutOfRange { min: 1, max });
    }
}

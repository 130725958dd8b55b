//! The traject: one period of guidance of one resident, and the process it follows.
//!
//! A traject moves aangemeld → intake → actief → geplaatst → nazorg. A placement can fail,
//! so geplaatst and nazorg can go back to actief (re-placement); no other jumps. Ending is
//! separate ([`Traject::end`]) because it is a decision: it needs a reason, a named staff
//! member and written reasoning, and it starts the retention clock. Every change is kept
//! in `history` with who made it and when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember, TrajectId};
use crate::purpose::Purpose;
use crate::retention;
use crate::validate::TEXT_MAX;
use crate::validate::fields::Collector;

choice_enum! {
    /// Where a traject is in the process.
    pub enum TrajectState {
        /// Referred (aangemeld), not yet seen.
        Aangemeld => ("aangemeld", "traject-state-aangemeld"),
        /// Intake interviews under way.
        Intake => ("intake", "traject-state-intake"),
        /// Active guidance towards work.
        Actief => ("actief", "traject-state-actief"),
        /// Placed at a workplace.
        Geplaatst => ("geplaatst", "traject-state-geplaatst"),
        /// Aftercare after placement, keeping the resident at work.
        Nazorg => ("nazorg", "traject-state-nazorg"),
        /// Ended; see the traject's `end` for how and why.
        Ended => ("ended", "traject-state-ended"),
    }
}

impl TrajectState {
    /// The states this one may move to with [`Traject::transition`]. Ending is not listed:
    /// it goes through [`Traject::end`] and is possible from every state but `Ended`.
    pub fn next_states(&self) -> &'static [TrajectState] {
        use TrajectState::*;
        match self {
            Aangemeld => &[Intake],
            Intake => &[Actief],
            Actief => &[Geplaatst],
            Geplaatst => &[Nazorg, Actief],
            Nazorg => &[Actief],
            Ended => &[],
        }
    }

    /// True when [`Traject::transition`] allows going from `self` to `to`.
    pub fn can_go_to(&self, to: TrajectState) -> bool {
        self.next_states().contains(&to)
    }

    /// The transitions a new (aangemeld) traject makes to reach `self`, in order: none for
    /// `Aangemeld`, and none for `Ended`, which is reached by [`Traject::end`] instead.
    pub fn path_from_start(self) -> Vec<TrajectState> {
        use TrajectState::*;
        let order = [Intake, Actief, Geplaatst, Nazorg];
        match order.iter().position(|s| *s == self) {
            Some(i) => order[..=i].to_vec(),
            None => Vec::new(),
        }
    }
}

choice_enum! {
    /// How a traject ended; decides the retention period.
    pub enum EndReason {
        /// Ended after guidance was given (verstrekt / beëindigd): kept 10 years.
        Beeindigd => ("beeindigd", "end-reason-beeindigd"),
        /// Guidance was refused (geweigerd): kept 5 years.
        Geweigerd => ("geweigerd", "end-reason-geweigerd"),
        /// Guidance was aborted (afgebroken): kept 6 weeks.
        Afgebroken => ("afgebroken", "end-reason-afgebroken"),
    }
}

/// The decision that ended a traject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct TrajectEnd {
    /// How it ended.
    pub reason: EndReason,
    /// The day it ended; the retention period counts from here.
    pub ended_on: NaiveDate,
    /// Who decided (never the software alone, AVG art. 22).
    pub decided_by: StaffMember,
    /// Why, in the staff member's words.
    pub reasoning: String,
}

/// One state change in a traject's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct StateChange {
    /// State before.
    pub from: TrajectState,
    /// State after.
    pub to: TrajectState,
    /// Day of the change.
    pub on: NaiveDate,
    /// Who made the change.
    pub by: StaffMember,
    /// Optional explanation.
    pub reason: Option<String>,
}

/// One period of guidance of one resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Traject {
    /// The traject's id.
    pub id: TrajectId,
    /// Whom it is for.
    pub resident_id: ResidentId,
    /// The responsible jobcoach.
    pub coach: StaffMember,
    /// Current state.
    pub state: TrajectState,
    /// The purposes this traject serves; always includes [`Purpose::Guidance`].
    pub purposes: Vec<Purpose>,
    /// Day the traject started (the referral).
    pub started_on: NaiveDate,
    /// Set once the traject has ended.
    pub end: Option<TrajectEnd>,
    /// Every state change, oldest first.
    pub history: Vec<StateChange>,
}

impl Traject {
    /// A new traject in state aangemeld. Guidance is always one of its purposes (it is the
    /// purpose of a traject); duplicates are dropped.
    pub fn new(
        id: TrajectId,
        resident_id: ResidentId,
        coach: StaffMember,
        started_on: NaiveDate,
        purposes: Vec<Purpose>,
    ) -> Self {
        let mut all = vec![Purpose::Guidance];
        for p in purposes {
            if !all.contains(&p) {
                all.push(p);
            }
        }
        Self {
            id,
            resident_id,
            coach,
            state: TrajectState::Aangemeld,
            purposes: all,
            started_on,
            end: None,
            history: Vec::new(),
        }
    }

    /// Moves the traject to `to` on `on`, recorded as done by `by`.
    ///
    /// Refused when the traject has ended, when the step is not allowed
    /// ([`TrajectState::can_go_to`]), when `by` has no name, or when `on` lies before the
    /// start or an earlier step.
    pub fn transition(
        &mut self,
        to: TrajectState,
        on: NaiveDate,
        by: StaffMember,
        reason: Option<String>,
    ) -> Result<(), ValidationError> {
        if self.state == TrajectState::Ended {
            return Err(ValidationError::TrajectEnded);
        }
        if !self.state.can_go_to(to) {
            return Err(ValidationError::InvalidTransition {
                from: self.state.as_str().to_owned(),
                to: to.as_str().to_owned(),
            });
        }
        self.check_step(on, &by)?;
        let reason = reason
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        if reason
            .as_ref()
            .is_some_and(|r| r.chars().count() > TEXT_MAX)
        {
            return Err(ValidationError::TooLong { max: TEXT_MAX });
        }
        self.history.push(StateChange {
            from: self.state,
            to,
            on,
            by,
            reason,
        });
        self.state = to;
        Ok(())
    }

    /// Ends the traject: a decision by `decided_by`, with `reasoning`, from any state.
    ///
    /// Refused when already ended, when `ended_on` lies before the start
    /// ([`ValidationError::EndBeforeStart`]) or an earlier step, when the reasoning is blank
    /// or `decided_by` has no name.
    pub fn end(
        &mut self,
        reason: EndReason,
        ended_on: NaiveDate,
        decided_by: StaffMember,
        reasoning: String,
    ) -> Result<(), ValidationError> {
        if self.state == TrajectState::Ended {
            return Err(ValidationError::TrajectEnded);
        }
        if ended_on < self.started_on {
            return Err(ValidationError::EndBeforeStart);
        }
        self.check_step(ended_on, &decided_by)?;
        let reasoning = reasoning.trim().to_owned();
        if reasoning.is_empty() {
            return Err(ValidationError::Required);
        }
        if reasoning.chars().count() > TEXT_MAX {
            return Err(ValidationError::TooLong { max: TEXT_MAX });
        }
        self.history.push(StateChange {
            from: self.state,
            to: TrajectState::Ended,
            on: ended_on,
            by: decided_by.clone(),
            reason: Some(reasoning.clone()),
        });
        self.state = TrajectState::Ended;
        self.end = Some(TrajectEnd {
            reason,
            ended_on,
            decided_by,
            reasoning,
        });
        Ok(())
    }

    /// The first day this traject's data may be destroyed; `None` while it runs.
    pub fn destroy_after(&self) -> Option<NaiveDate> {
        self.end
            .as_ref()
            .map(|e| retention::destroy_after(e.reason, e.ended_on))
    }

    /// Checks a stored or hand-built traject against the rules that [`Self::new`],
    /// [`Self::transition`] and [`Self::end`] enforce: a named coach, guidance among the
    /// purposes, a history that starts at aangemeld, takes only allowed steps in date order
    /// and leads to `state`, and an end decision exactly when the state is ended.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("coach", &self.coach);
        if !self.purposes.contains(&Purpose::Guidance) {
            c.push("purposes", ValidationError::Required);
        }
        let mut state = TrajectState::Aangemeld;
        let mut last_on = self.started_on;
        for (i, change) in self.history.iter().enumerate() {
            let step_ok = change.from == state
                && (change.from.can_go_to(change.to)
                    || (change.to == TrajectState::Ended && change.from != TrajectState::Ended));
            if !step_ok {
                c.push(
                    &format!("history[{i}]"),
                    ValidationError::InvalidTransition {
                        from: change.from.as_str().to_owned(),
                        to: change.to.as_str().to_owned(),
                    },
                );
            }
            if change.on < last_on {
                c.push(&format!("history[{i}].on"), ValidationError::DateOutOfOrder);
            }
            c.check_staff(&format!("history[{i}].by"), &change.by);
            c.check_optional(
                &format!("history[{i}].reason"),
                change.reason.as_deref(),
                TEXT_MAX,
            );
            state = change.to;
            last_on = last_on.max(change.on);
        }
        if state != self.state {
            c.push(
                "state",
                ValidationError::InvalidTransition {
                    from: state.as_str().to_owned(),
                    to: self.state.as_str().to_owned(),
                },
            );
        }
        match (&self.end, self.state) {
            (None, TrajectState::Ended) => c.push("end", ValidationError::Required),
            (Some(_), s) if s != TrajectState::Ended => {
                c.push("end", ValidationError::TrajectEnded)
            }
            (Some(end), _) => {
                if end.ended_on < self.started_on {
                    c.push("end.ended_on", ValidationError::EndBeforeStart);
                }
                c.check_staff("end.decided_by", &end.decided_by);
                c.check_required("end.reasoning", &end.reasoning, TEXT_MAX);
            }
            (None, _) => {}
        }
        c.finish()
    }

    /// Checks the date and the staff member of a new step.
    fn check_step(&self, on: NaiveDate, by: &StaffMember) -> Result<(), ValidationError> {
        if !by.is_named() {
            return Err(ValidationError::StaffRequired);
        }
        let last = self.history.last().map_or(self.started_on, |c| c.on);
        if on < self.started_on.max(last) {
            return Err(ValidationError::DateOutOfOrder);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;

//! The life cycle every request to another party shares: drafted → sent → answered →
//! closed, or withdrawn before an answer. Each step records the day and the person; a step
//! the process does not allow is refused with [`ValidationError::InvalidTransition`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::StaffMember;
use crate::validate::TEXT_MAX;
use crate::validate::fields::Collector;

choice_enum! {
    /// Where a request stands.
    pub enum RequestStatus {
        /// Written, not yet sent: it can still change.
        Drafted => ("drafted", "request-status-drafted"),
        /// Sent to the other party; waiting for the answer.
        Sent => ("sent", "request-status-sent"),
        /// The answer came in; a person decides what follows.
        Answered => ("answered", "request-status-answered"),
        /// Done: what follows was decided.
        Closed => ("closed", "request-status-closed"),
        /// Taken back before an answer.
        Withdrawn => ("withdrawn", "request-status-withdrawn"),
    }
}

choice_enum! {
    /// A step in the life cycle.
    pub enum RequestStep {
        /// Send the draft.
        Send => ("send", "request-step-send"),
        /// Record the answer.
        Answer => ("answer", "request-step-answer"),
        /// Close with what follows.
        Close => ("close", "request-step-close"),
        /// Withdraw.
        Withdraw => ("withdraw", "request-step-withdraw"),
    }
}

impl RequestStatus {
    /// The status `step` leads to from here, or `None` when the process does not allow it.
    pub fn after(self, step: RequestStep) -> Option<Self> {
        use RequestStatus as S;
        use RequestStep as T;
        match (self, step) {
            (S::Drafted, T::Send) => Some(S::Sent),
            (S::Sent, T::Answer) => Some(S::Answered),
            (S::Answered, T::Close) => Some(S::Closed),
            (S::Drafted | S::Sent, T::Withdraw) => Some(S::Withdrawn),
            _ => None,
        }
    }

    /// True when nothing follows any more.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Closed | Self::Withdrawn)
    }

    /// The steps allowed from here (for the screens).
    pub fn next_steps(self) -> Vec<RequestStep> {
        RequestStep::ALL
            .into_iter()
            .filter(|s| self.after(*s).is_some())
            .collect()
    }
}

/// A step taken: when and by whom, with a note where the step needs one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct StepTaken {
    /// The day.
    pub on: NaiveDate,
    /// Who took it.
    pub by: StaffMember,
    /// What follows (close) or why (withdraw); none for a send.
    pub note: Option<String>,
}

/// The life cycle of one request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RequestLife {
    /// Where it stands.
    pub status: RequestStatus,
    /// Drafted: when and by whom.
    pub drafted: StepTaken,
    /// Sent.
    pub sent: Option<StepTaken>,
    /// The day the answer came in (the answer itself is the request's own).
    pub answered_on: Option<NaiveDate>,
    /// Closed, with what follows, decided by a named person.
    pub closed: Option<StepTaken>,
    /// Withdrawn, with why.
    pub withdrawn: Option<StepTaken>,
}

impl RequestLife {
    /// A new draft.
    pub fn drafted(on: NaiveDate, by: StaffMember) -> Self {
        Self {
            status: RequestStatus::Drafted,
            drafted: StepTaken { on, by, note: None },
            sent: None,
            answered_on: None,
            closed: None,
            withdrawn: None,
        }
    }

    /// Takes `step` on `on` by `by` (with `note` for a close or withdraw), or refuses it:
    /// a step the process does not allow, a date before the previous step, no named
    /// person, a close or withdraw without its note. Nothing changes on a refusal.
    pub fn take(
        &mut self,
        step: RequestStep,
        on: NaiveDate,
        by: StaffMember,
        note: Option<String>,
    ) -> Result<(), ValidationErrors> {
        let Some(next) = self.status.after(step) else {
            return Err(ValidationErrors::single(
                "step",
                ValidationError::InvalidTransition {
                    from: self.status.as_str().to_owned(),
                    to: step.as_str().to_owned(),
                },
            ));
        };
        let mut c = Collector::new();
        if on < self.last_day() {
            c.push("on", ValidationError::DateOutOfOrder);
        }
        c.check_staff("by", &by);
        let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
        if matches!(step, RequestStep::Close | RequestStep::Withdraw) {
            match &note {
                None => c.push("note", ValidationError::Required),
                Some(n) => c.max_len("note", n, TEXT_MAX),
            }
        }
        c.finish()?;
        let taken = StepTaken { on, by, note };
        match step {
            RequestStep::Send => self.sent = Some(taken),
            RequestStep::Answer => self.answered_on = Some(on),
            RequestStep::Close => self.closed = Some(taken),
            RequestStep::Withdraw => self.withdrawn = Some(taken),
        }
        self.status = next;
        Ok(())
    }

    /// The day of the latest step.
    pub fn last_day(&self) -> NaiveDate {
        [
            Some(self.drafted.on),
            self.sent.as_ref().map(|s| s.on),
            self.answered_on,
            self.closed.as_ref().map(|s| s.on),
            self.withdrawn.as_ref().map(|s| s.on),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(self.drafted.on)
    }

    /// The day it was sent, if it was.
    pub fn sent_on(&self) -> Option<NaiveDate> {
        self.sent.as_ref().map(|s| s.on)
    }

    /// True while it can still change (a draft).
    pub fn is_draft(&self) -> bool {
        self.status == RequestStatus::Drafted
    }

    /// Checks that the status and the recorded steps agree and that the steps are in
    /// order, each by a named person; errors under `field`.
    pub(crate) fn check(&self, c: &mut Collector, field: &str) {
        use RequestStatus as S;
        let f = |name: &str| format!("{field}.{name}");
        let has = (
            self.sent.is_some(),
            self.answered_on.is_some(),
            self.closed.is_some(),
            self.withdrawn.is_some(),
        );
        let consistent = match self.status {
            S::Drafted => has == (false, false, false, false),
            S::Sent => has == (true, false, false, false),
            S::Answered => has == (true, true, false, false),
            S::Closed => has == (true, true, true, false),
            S::Withdrawn => !has.1 && !has.2 && has.3,
        };
        if !consistent {
            c.push(&f("status"), ValidationError::InvalidChoice);
        }
        c.check_staff(&f("drafted.by"), &self.drafted.by);
        let mut last = self.drafted.on;
        let steps = [
            ("sent", self.sent.as_ref().map(|s| s.on)),
            ("answered_on", self.answered_on),
            ("closed", self.closed.as_ref().map(|s| s.on)),
            ("withdrawn", self.withdrawn.as_ref().map(|s| s.on)),
        ];
        for (name, on) in steps {
            if let Some(on) = on {
                if on < last && name != "withdrawn" {
                    c.push(&f(name), ValidationError::DateOutOfOrder);
                }
                last = last.max(on);
            }
        }
        if let Some(w) = &self.withdrawn
            && self.sent.as_ref().is_some_and(|s| w.on < s.on)
        {
            c.push(&f("withdrawn"), ValidationError::DateOutOfOrder);
        }
        for (name, step) in [
            ("sent", &self.sent),
            ("closed", &self.closed),
            ("withdrawn", &self.withdrawn),
        ] {
            if let Some(s) = step {
                c.check_staff(&f(&format!("{name}.by")), &s.by);
                if name != "sent" {
                    c.check_optional(&f(&format!("{name}.note")), s.note.as_deref(), TEXT_MAX);
                    if s.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                        c.push(&f(&format!("{name}.note")), ValidationError::Required);
                    }
                }
            }
        }
    }
}

choice_enum! {
    /// How the resident gave consent.
    pub enum ConsentForm {
        /// Signed on paper (the form is kept in the file).
        Written => ("written", "consent-form-written"),
        /// Said so in a conversation with the coach.
        Spoken => ("spoken", "consent-form-spoken"),
        /// Through the municipality's digital form.
        Digital => ("digital", "consent-form-digital"),
    }
}

/// The resident's consent to share data with another party (AVG art. 6(1)(a) and
/// 9(2)(a) for health data): what it covers, when and how it was given, who recorded
/// it, and when it was taken back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// The day it was given.
    pub given_on: NaiveDate,
    /// How.
    pub form: ConsentForm,
    /// What the resident agreed to share, and with whom, in the coach's words.
    pub scope: String,
    /// Who recorded it.
    pub recorded_by: StaffMember,
    /// The day the resident took it back, if they did.
    pub withdrawn_on: Option<NaiveDate>,
}

impl Consent {
    /// True when it holds on `day`.
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.given_on <= day && self.withdrawn_on.is_none_or(|w| day < w)
    }

    pub(crate) fn check(&self, c: &mut Collector, field: &str) {
        c.check_required(&format!("{field}.scope"), &self.scope, TEXT_MAX);
        c.check_staff(&format!("{field}.recorded_by"), &self.recorded_by);
        if self.withdrawn_on.is_some_and(|w| w < self.given_on) {
            c.push(
                &format!("{field}.withdrawn_on"),
                ValidationError::EndBeforeStart,
            );
        }
    }
}

/// Consent is needed and holds on the day of sending, or the send is refused with
/// [`ValidationError::ConsentRequired`] under `consent`.
pub fn check_consent(
    needed: bool,
    consent: Option<&Consent>,
    on: NaiveDate,
) -> Result<(), ValidationErrors> {
    if needed && !consent.is_some_and(|k| k.holds_on(on)) {
        return Err(ValidationErrors::single(
            "consent",
            ValidationError::ConsentRequired,
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::StaffId;
    use RequestStatus as S;
    use RequestStep as T;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("date")
    }

    fn sanne() -> StaffMember {
        StaffMember::new(StaffId::new(), "Sanne de Vries").expect("named")
    }

    #[test]
    fn the_transition_table() {
        let table = [
            (S::Drafted, T::Send, Some(S::Sent)),
            (S::Drafted, T::Answer, None),
            (S::Drafted, T::Close, None),
            (S::Drafted, T::Withdraw, Some(S::Withdrawn)),
            (S::Sent, T::Send, None),
            (S::Sent, T::Answer, Some(S::Answered)),
            (S::Sent, T::Close, None),
            (S::Sent, T::Withdraw, Some(S::Withdrawn)),
            (S::Answered, T::Send, None),
            (S::Answered, T::Answer, None),
            (S::Answered, T::Close, Some(S::Closed)),
            (S::Answered, T::Withdraw, None),
        ];
        for (from, step, want) in table {
            assert_eq!(from.after(step), want, "{from:?} + {step:?}");
        }
        for done in [S::Closed, S::Withdrawn] {
            assert!(done.is_final());
            assert!(done.next_steps().is_empty(), "nothing follows {done:?}");
        }
        assert_eq!(S::Drafted.next_steps(), [T::Send, T::Withdraw]);
    }

    #[test]
    fn a_full_life_checks_and_a_refused_step_changes_nothing() {
        let mut life = RequestLife::drafted(day(1), sanne());
        life.take(T::Send, day(2), sanne(), None).expect("send");
        let before = life.clone();
        let err = life
            .take(T::Close, day(3), sanne(), Some("klaar".into()))
            .expect_err("no close before an answer");
        assert!(matches!(
            err.iter().next().map(|e| &e.error),
            Some(ValidationError::InvalidTransition { .. })
        ));
        assert_eq!(life, before, "a refused step changes nothing");
        assert!(
            life.take(T::Answer, day(1), sanne(), None).is_err(),
            "dates in order"
        );
        life.take(T::Answer, day(4), sanne(), None).expect("answer");
        assert!(
            life.take(T::Close, day(5), sanne(), None).is_err(),
            "a close says what follows"
        );
        let nobody = StaffMember {
            id: StaffId::new(),
            name: " ".into(),
        };
        let err = life
            .take(
                T::Close,
                day(5),
                nobody,
                Some("Plaatsing op beschut werk".into()),
            )
            .expect_err("a named person");
        assert!(err.contains("by", &ValidationError::StaffRequired));
        life.take(
            T::Close,
            day(5),
            sanne(),
            Some("Plaatsing op beschut werk".into()),
        )
        .expect("close");
        assert_eq!(life.status, S::Closed);
        let mut c = Collector::new();
        life.check(&mut c, "life");
        assert!(c.is_ok(), "{:?}", c.into_errors());
    }

    #[test]
    fn a_status_that_does_not_match_its_steps_is_refused() {
        let mut life = RequestLife::drafted(day(1), sanne());
        life.status = S::Answered;
        let mut c = Collector::new();
        life.check(&mut c, "life");
        assert!(
            c.into_errors()
                .contains("life.status", &ValidationError::InvalidChoice)
        );
    }

    #[test]
    fn consent_must_hold_on_the_day_of_sending() {
        let consent = Consent {
            given_on: day(3),
            form: ConsentForm::Written,
            scope: "Medisch rapport naar UWV".into(),
            recorded_by: sanne(),
            withdrawn_on: Some(day(10)),
        };
        assert!(check_consent(false, None, day(1)).is_ok(), "not needed");
        assert!(check_consent(true, None, day(4)).is_err(), "needed, none");
        assert!(
            check_consent(true, Some(&consent), day(2)).is_err(),
            "not yet given"
        );
        assert!(check_consent(true, Some(&consent), day(3)).is_ok());
        assert!(
            check_consent(true, Some(&consent), day(10)).is_err(),
            "taken back"
        );
    }
}

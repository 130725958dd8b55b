//! Tests of the traject process: transitions, ending, retention dates, validation.

use super::*;
use crate::ids::StaffId;
use TrajectState::*;
use rstest::rstest;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test dates exist")
}

fn coach() -> StaffMember {
    StaffMember::new(StaffId::new(), "Sanne de Vries").expect("a named coach")
}

fn traject_in(state: TrajectState) -> Traject {
    let mut t = Traject::new(
        TrajectId::new(),
        ResidentId::new(),
        coach(),
        d(2025, 1, 6),
        vec![],
    );
    let path: &[TrajectState] = match state {
        Aangemeld => &[],
        Intake => &[Intake],
        Actief => &[Intake, Actief],
        Geplaatst => &[Intake, Actief, Geplaatst],
        Nazorg | Ended => &[Intake, Actief, Geplaatst, Nazorg],
    };
    for &step in path {
        t.transition(step, d(2025, 2, 1), coach(), None)
            .expect("the happy path is allowed");
    }
    if state == Ended {
        t.end(
            EndReason::Beeindigd,
            d(2025, 3, 1),
            coach(),
            "Werkt zelfstandig".into(),
        )
        .expect("ending a running traject is allowed");
    }
    t
}

#[test]
fn states_and_reasons_are_consistent() {
    crate::choice::assert_choice_consistent::<TrajectState>();
    crate::choice::assert_choice_consistent::<EndReason>();
}

#[test]
fn new_traject_is_aangemeld_with_guidance() {
    let t = Traject::new(
        TrajectId::new(),
        ResidentId::new(),
        coach(),
        d(2025, 1, 6),
        vec![Purpose::Matching, Purpose::Guidance, Purpose::Matching],
    );
    assert_eq!(t.state, Aangemeld, "every traject starts as aangemeld");
    assert_eq!(
        t.purposes,
        [Purpose::Guidance, Purpose::Matching],
        "guidance is always a purpose, first, and duplicates are dropped"
    );
    assert!(
        t.history.is_empty() && t.end.is_none(),
        "nothing has happened yet"
    );
}

#[rstest]
#[case::intake(Aangemeld, Intake)]
#[case::actief(Intake, Actief)]
#[case::geplaatst(Actief, Geplaatst)]
#[case::nazorg(Geplaatst, Nazorg)]
#[case::placement_failed(Geplaatst, Actief)]
#[case::replacement_after_nazorg(Nazorg, Actief)]
fn allowed_transitions(#[case] from: TrajectState, #[case] to: TrajectState) {
    let mut t = traject_in(from);
    let by = coach();
    t.transition(
        to,
        d(2025, 2, 10),
        by.clone(),
        Some("  gesprek gehad ".into()),
    )
    .unwrap_or_else(|e| panic!("{from:?} -> {to:?} is part of the process: {e}"));
    assert_eq!(t.state, to, "the state follows the transition");
    let last = t.history.last().expect("a transition is recorded");
    assert_eq!(
        (
            last.from,
            last.to,
            last.on,
            &last.by,
            last.reason.as_deref()
        ),
        (from, to, d(2025, 2, 10), &by, Some("gesprek gehad")),
        "history records who, when and why, with the reason trimmed"
    );
}

#[rstest]
#[case::skip_intake(Aangemeld, Actief)]
#[case::skip_to_placement(Intake, Geplaatst)]
#[case::back_to_intake(Actief, Intake)]
#[case::nazorg_without_placement(Actief, Nazorg)]
#[case::same_state(Actief, Actief)]
#[case::end_via_transition(Actief, Ended)]
#[case::nazorg_to_geplaatst(Nazorg, Geplaatst)]
fn refused_transitions(#[case] from: TrajectState, #[case] to: TrajectState) {
    let mut t = traject_in(from);
    let before = t.clone();
    assert_eq!(
        t.transition(to, d(2025, 2, 10), coach(), None),
        Err(ValidationError::InvalidTransition {
            from: from.as_str().into(),
            to: to.as_str().into()
        }),
        "{from:?} -> {to:?} is not a step of the process"
    );
    assert_eq!(t, before, "a refused transition changes nothing");
}

#[test]
fn transition_needs_a_named_person_and_ordered_dates() {
    let mut t = traject_in(Intake);
    let nameless = StaffMember {
        id: StaffId::new(),
        name: " ".into(),
    };
    assert_eq!(
        t.transition(Actief, d(2025, 2, 10), nameless, None),
        Err(ValidationError::StaffRequired),
        "every step is recorded with a named staff member"
    );
    assert_eq!(
        t.transition(Actief, d(2025, 1, 31), coach(), None),
        Err(ValidationError::DateOutOfOrder),
        "a step cannot lie before the previous step (2025-02-01)"
    );
}

#[rstest]
#[case::from_aangemeld(Aangemeld, EndReason::Geweigerd)]
#[case::from_intake(Intake, EndReason::Afgebroken)]
#[case::from_actief(Actief, EndReason::Afgebroken)]
#[case::from_geplaatst(Geplaatst, EndReason::Beeindigd)]
#[case::from_nazorg(Nazorg, EndReason::Beeindigd)]
fn end_from_any_running_state(#[case] from: TrajectState, #[case] reason: EndReason) {
    let mut t = traject_in(from);
    let by = coach();
    t.end(
        reason,
        d(2025, 3, 1),
        by.clone(),
        " Besproken met inwoner ".into(),
    )
    .unwrap_or_else(|e| panic!("a traject can end from {from:?}: {e}"));
    assert_eq!(t.state, Ended, "ending sets the state to ended");
    let end = t.end.as_ref().expect("the end decision is stored");
    assert_eq!(
        (
            end.reason,
            end.ended_on,
            &end.decided_by,
            end.reasoning.as_str()
        ),
        (reason, d(2025, 3, 1), &by, "Besproken met inwoner"),
        "the decision keeps reason, date, decider and trimmed reasoning"
    );
    assert_eq!(
        t.history.last().map(|c| (c.from, c.to)),
        Some((from, Ended)),
        "logged"
    );
}

#[test]
fn ending_twice_and_changing_after_the_end_are_refused() {
    let mut t = traject_in(Ended);
    assert_eq!(
        t.end(
            EndReason::Afgebroken,
            d(2025, 3, 2),
            coach(),
            "nogmaals".into()
        ),
        Err(ValidationError::TrajectEnded),
        "an ended traject cannot end again (it would move the retention date)"
    );
    assert_eq!(
        t.transition(Actief, d(2025, 3, 2), coach(), None),
        Err(ValidationError::TrajectEnded),
        "an ended traject cannot be reopened; start a new one"
    );
}

#[test]
fn end_checks_date_reasoning_and_decider() {
    let mut t = traject_in(Aangemeld);
    assert_eq!(
        t.end(
            EndReason::Geweigerd,
            d(2025, 1, 5),
            coach(),
            "te vroeg".into()
        ),
        Err(ValidationError::EndBeforeStart),
        "a traject cannot end before it started (2025-01-06)"
    );
    assert_eq!(
        t.end(EndReason::Geweigerd, d(2025, 1, 6), coach(), "  ".into()),
        Err(ValidationError::Required),
        "an end decision needs written reasoning"
    );
    let nameless = StaffMember {
        id: StaffId::new(),
        name: String::new(),
    };
    assert_eq!(
        t.end(
            EndReason::Geweigerd,
            d(2025, 1, 6),
            nameless,
            "reden".into()
        ),
        Err(ValidationError::StaffRequired),
        "no decision without a named staff member (AVG art. 22)"
    );
    assert_eq!(t.state, Aangemeld, "refused ends change nothing");
}

#[rstest]
#[case::beeindigd(EndReason::Beeindigd, d(2035, 3, 1))]
#[case::geweigerd(EndReason::Geweigerd, d(2030, 3, 1))]
#[case::afgebroken(EndReason::Afgebroken, d(2025, 4, 12))]
fn destroy_after_follows_the_end_reason(#[case] reason: EndReason, #[case] want: NaiveDate) {
    let mut t = traject_in(Actief);
    assert_eq!(
        t.destroy_after(),
        None,
        "a running traject is never due for destruction"
    );
    t.end(reason, d(2025, 3, 1), coach(), "afgerond".into())
        .expect("ending is allowed");
    assert_eq!(
        t.destroy_after(),
        Some(want),
        "{reason:?} on 2025-03-01 is kept until {want}"
    );
}

#[rstest]
#[case::new(Aangemeld)]
#[case::running(Nazorg)]
#[case::ended(Ended)]
fn trajecten_built_by_the_api_are_valid(#[case] state: TrajectState) {
    assert_eq!(
        traject_in(state).validate(),
        Ok(()),
        "{state:?} reached through the API is valid"
    );
}

#[test]
fn validate_catches_hand_built_inconsistencies() {
    let mut t = traject_in(Geplaatst);
    t.purposes.retain(|p| *p != Purpose::Guidance);
    t.state = Nazorg;
    t.history[1].on = d(2025, 1, 1);
    t.history[2].from = Intake;
    t.coach.name = String::new();
    let errors = t.validate().expect_err("this traject breaks several rules");
    use ValidationError as E;
    let want = [
        ("coach", E::StaffRequired),
        ("purposes", E::Required),
        ("history[1].on", E::DateOutOfOrder),
        (
            "history[2]",
            E::InvalidTransition {
                from: "intake".into(),
                to: "geplaatst".into(),
            },
        ),
        (
            "state",
            E::InvalidTransition {
                from: "geplaatst".into(),
                to: "nazorg".into(),
            },
        ),
    ];
    for (field, error) in &want {
        assert!(
            errors.contains(field, error),
            "expected {field}: {error:?} in {errors:#?}"
        );
    }
    assert_eq!(
        errors.len(),
        want.len(),
        "nothing else is wrong: {errors:#?}"
    );
}

#[test]
fn validate_requires_an_end_exactly_when_ended() {
    let mut ended = traject_in(Ended);
    ended.end = None;
    assert_eq!(
        ended.validate(),
        Err(ValidationErrors::single("end", ValidationError::Required)),
        "an ended traject must keep its end decision (it drives retention)"
    );
    let mut running = traject_in(Ended);
    running.state = Nazorg;
    running.history.pop();
    assert_eq!(
        running.validate(),
        Err(ValidationErrors::single(
            "end",
            ValidationError::TrajectEnded
        )),
        "a running traject cannot carry an end decision"
    );
}

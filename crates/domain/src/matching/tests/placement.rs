//! Placements: only with a named coach's decision; their end; the follow-up rhythm.

use chrono::NaiveDate;
use rstest::rstest;

use super::fixtures::d;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{
    EmployerId, PlacementContactId, PlacementId, ResidentId, StaffId, StaffMember, WorkplaceId,
};
use crate::matching::{
    ContactParty, ContractKind, Placement, PlacementContact, PlacementDraft, PlacementEnd,
    PlacementEndReason,
};

fn s(v: &str) -> Option<String> {
    Some(v.to_owned())
}

fn today() -> NaiveDate {
    d(2025, 6, 15)
}

fn coach() -> StaffMember {
    let id = StaffId::from_uuid(uuid::Uuid::from_u128(7));
    StaffMember::new(id, "Fatima El Amrani").expect("a named coach")
}

fn draft() -> PlacementDraft {
    PlacementDraft {
        workplace_id: Some(WorkplaceId::new()),
        employer_id: Some(EmployerId::new()),
        start: s("01-07-2025"),
        hours_per_week: s("24"),
        contract: s("proefplaatsing"),
        job_coaching: true,
        follow_up_weeks: s("4"),
        decided_on: None,
        reasoning: s("Wil heftruck rijden; werkgever biedt een buddy."),
        replaces: None,
    }
}

fn placement() -> Placement {
    draft()
        .validate(
            PlacementId::new(),
            ResidentId::new(),
            Some(coach()),
            today(),
        )
        .expect("a complete placement with a named coach is valid")
}

fn contact(p: &Placement, on: NaiveDate) -> PlacementContact {
    PlacementContact {
        id: PlacementContactId::new(),
        resident_id: p.resident_id,
        placement_id: p.id,
        on,
        with: ContactParty::Both,
        by: coach(),
        notes: "Gaat goed; wil meer uren.".into(),
    }
}

#[test]
fn a_placement_records_the_coachs_decision() {
    let p = placement();
    assert_eq!(
        p.contract,
        ContractKind::Proefplaatsing,
        "the contract kind is parsed"
    );
    assert_eq!(
        p.decision.decided_by,
        coach(),
        "the deciding coach is on the record"
    );
    assert_eq!(
        p.decision.decided_on,
        today(),
        "a blank decision date means today"
    );
    assert_eq!(p.end, None, "a new placement runs");
    assert_eq!(p.validate(), Ok(()), "and passes the server check");
    let json = serde_json::to_value(&p).expect("a placement serializes");
    assert_eq!(
        json["contract"], "proefplaatsing",
        "contract kinds as snake_case codes"
    );
    assert!(
        json["end"].is_null(),
        "the store's `ended` column reads $.end"
    );
}

#[test]
fn a_placement_without_a_named_coach_decision_is_refused() {
    let mut no_reasons = draft();
    no_reasons.reasoning = s("   ");
    let errors = no_reasons
        .validate(PlacementId::new(), ResidentId::new(), None, today())
        .expect_err("nobody decided and nobody said why");
    let found: Vec<(&str, &str)> = errors
        .0
        .iter()
        .map(|e| (e.field.as_str(), e.error.message_id()))
        .collect();
    assert_eq!(
        found,
        [
            ("decision.decided_by", "error-required"),
            ("decision.reasoning", "error-required"),
        ],
        "a placement cannot be created without a named coach decision"
    );
    let unnamed = StaffMember {
        id: StaffId::new(),
        name: " ".into(),
    };
    let errors = draft()
        .validate(
            PlacementId::new(),
            ResidentId::new(),
            Some(unnamed.clone()),
            today(),
        )
        .expect_err("a staff member without a name");
    assert_eq!(
        errors,
        ValidationErrors::single("decision.decided_by", ValidationError::StaffRequired),
        "the decision needs a person's name, not just an id"
    );
    let mut stored = placement();
    stored.decision.decided_by = unnamed;
    stored.decision.reasoning = String::new();
    let errors = stored.validate().expect_err("the server refuses it too");
    assert!(
        errors.contains("decision.decided_by", &ValidationError::StaffRequired)
            && errors.contains("decision.reasoning", &ValidationError::Required),
        "a synced placement without a named decision is refused: {errors}"
    );
}

#[test]
fn placement_draft_reports_every_error_with_its_field() {
    let id = PlacementId::new();
    let mut bad = draft();
    bad.workplace_id = None;
    bad.start = s("31-02-2025");
    bad.hours_per_week = s("0");
    bad.contract = s("vast");
    bad.follow_up_weeks = None;
    bad.decided_on = s("16-06-2025");
    bad.replaces = Some(id);
    let errors = bad
        .validate(id, ResidentId::new(), Some(coach()), today())
        .expect_err("many fields are wrong");
    let want = [
        ("workplace_id", ValidationError::Required),
        ("start", ValidationError::DateDoesNotExist),
        (
            "hours_per_week",
            ValidationError::OutOfRange { min: 1, max: 60 },
        ),
        ("contract", ValidationError::InvalidChoice),
        ("follow_up_weeks", ValidationError::Required),
        ("decision.decided_on", ValidationError::DateInFuture),
        ("replaces", ValidationError::InvalidChoice),
    ];
    for (field, error) in &want {
        assert!(
            errors.contains(field, error),
            "{field}: {error:?} expected; got {errors}"
        );
    }
    assert_eq!(
        errors.len(),
        want.len(),
        "nothing else is refused: {errors}"
    );
}

fn end(on: NaiveDate, reason: PlacementEndReason, explanation: Option<&str>) -> PlacementEnd {
    PlacementEnd {
        on,
        reason,
        explanation: explanation.map(Into::into),
        replacement_advised: true,
    }
}

#[rstest]
#[case::before_start(
    end(d(2025, 6, 30), PlacementEndReason::ContractEnded, None),
    "end.on",
    ValidationError::EndBeforeStart
)]
#[case::other_unexplained(
    end(d(2025, 8, 1), PlacementEndReason::Other, Some("  ")),
    "end.explanation",
    ValidationError::Required
)]
#[case::too_long(end(d(2025, 8, 1), PlacementEndReason::Other, Some("x".repeat(4001).as_str())), "end.explanation", ValidationError::TooLong { max: 4000 })]
fn a_wrong_end_is_refused_and_changes_nothing(
    #[case] bad: PlacementEnd,
    #[case] field: &str,
    #[case] error: ValidationError,
) {
    let mut p = placement();
    assert_eq!(
        p.end(bad),
        Err(ValidationErrors::single(field, error)),
        "the end is checked before it is recorded"
    );
    assert_eq!(p.end, None, "a refused end leaves the placement running");
}

#[test]
fn a_placement_ends_once() {
    let mut p = placement();
    p.end(end(
        d(2025, 9, 30),
        PlacementEndReason::DoorstroomRegulier,
        Some(" "),
    ))
    .expect("a valid end is recorded");
    let ended = p.end.clone().expect("the end is stored");
    assert_eq!(
        ended.explanation, None,
        "a blank explanation is stored as none"
    );
    assert_eq!(p.validate(), Ok(()), "an ended placement is still valid");
    assert_eq!(
        p.end(end(
            d(2025, 10, 1),
            PlacementEndReason::Other,
            Some("opnieuw")
        )),
        Err(ValidationErrors::single(
            "end",
            ValidationError::PlacementEnded
        )),
        "a placement cannot end twice"
    );
    assert_eq!(p.end, Some(ended), "the first end stays");
    assert!(
        !p.is_active_on(d(2025, 10, 1)),
        "not active after its last day"
    );
    assert!(p.is_active_on(d(2025, 9, 30)), "active on its last day");
}

#[test]
fn next_follow_up_counts_from_the_latest_contact() {
    let p = placement();
    let on = |y, m, day| Some(d(y, m, day));
    assert_eq!(
        p.next_follow_up(&[], today()),
        on(2025, 7, 29),
        "first follow-up 4 weeks after the start (1 July)"
    );
    let mut other = placement();
    other.id = PlacementId::new();
    let contacts = [
        contact(&p, d(2025, 7, 20)),
        contact(&p, d(2025, 8, 5)),
        contact(&other, d(2025, 8, 20)),
        contact(&p, d(2025, 9, 30)),
        contact(&p, d(2025, 6, 20)),
    ];
    assert_eq!(
        p.next_follow_up(&contacts, d(2025, 8, 25)),
        on(2025, 9, 2),
        "4 weeks after 5 August: other placements' contacts, contacts before the start \
         and contacts after today do not count"
    );
    assert_eq!(
        p.next_follow_up(&contacts[..2], d(2025, 10, 1)),
        on(2025, 9, 2),
        "an overdue follow-up keeps its date, so the UI can say since when"
    );
}

#[test]
fn no_follow_up_after_the_end() {
    let mut p = placement();
    p.end(end(d(2025, 7, 20), PlacementEndReason::NotSuitable, None))
        .expect("a valid end");
    assert_eq!(
        p.next_follow_up(&[], d(2025, 7, 10)),
        None,
        "the next contact (29 July) would fall after the planned last day"
    );
    assert_eq!(
        p.next_follow_up(&[], d(2025, 7, 21)),
        None,
        "an ended placement needs none"
    );
    let mut long = placement();
    long.end(end(
        d(2025, 12, 31),
        PlacementEndReason::ContractEnded,
        None,
    ))
    .expect("a valid end");
    assert_eq!(
        long.next_follow_up(&[], d(2025, 7, 10)),
        Some(d(2025, 7, 29)),
        "a planned end months away does not stop follow-ups before it"
    );
}

#[test]
fn a_follow_up_contact_needs_a_named_coach_and_notes() {
    let p = placement();
    let mut c = contact(&p, d(2025, 7, 20));
    assert_eq!(c.validate(), Ok(()), "a complete contact is valid");
    c.by.name = String::new();
    c.notes = " ".into();
    let errors = c.validate().expect_err("no coach, no notes");
    assert!(
        errors.contains("by", &ValidationError::StaffRequired)
            && errors.contains("notes", &ValidationError::Required),
        "who had the contact and what was said are both required: {errors}"
    );
}

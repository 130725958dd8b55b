use chrono::NaiveDate;
use rstest::rstest;

use super::*;
use crate::ids::StaffId;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn sanne() -> StaffMember {
    StaffMember::new(StaffId::new(), "Sanne de Vries").expect("named")
}

fn case() -> VerzuimCase {
    AbsenceInput {
        on: Some("14-12-2026".into()),
        place: Some("workplace".into()),
        placement_id: Some(PlacementId::new()),
        source: Some("employer".into()),
        reported_by: Some("Mevr. Jansen".into()),
        ..AbsenceInput::default()
    }
    .into_case(ResidentId::new(), day(12, 15))
    .expect("a case")
}

fn decision(outcome: &str) -> VerzuimDecisionInput {
    VerzuimDecisionInput {
        outcome: Some(outcome.into()),
        reasoning: Some("Twee keer niet verschenen zonder bericht.".into()),
    }
}

#[test]
fn an_absence_says_where() {
    let err = AbsenceInput {
        on: Some("14-12-2026".into()),
        place: Some("workplace".into()),
        source: Some("no_show".into()),
        ..AbsenceInput::default()
    }
    .into_case(ResidentId::new(), day(12, 15))
    .expect_err("no placement, no appointment");
    assert!(err.contains("placement_id", &ValidationError::Required));
    assert!(err.contains("appointment_id", &ValidationError::Required));
    let err = AbsenceInput {
        on: Some("16-12-2026".into()),
        ..AbsenceInput::default()
    }
    .into_case(ResidentId::new(), day(12, 15))
    .expect_err("future");
    assert!(err.contains("on", &ValidationError::DateInFuture));
}

#[rstest]
// Asked Wednesday 23-12: five working days skip Christmas, the weekend.
#[case::within_the_term(day(12, 31), false)]
#[case::term_passed(NaiveDate::from_ymd_opt(2027, 1, 1).expect("d"), true)]
fn no_decision_before_the_resident_is_heard(#[case] today: NaiveDate, #[case] may: bool) {
    let c = case();
    let err = decision("warning")
        .decide(&c, sanne(), day(12, 20))
        .expect_err("not asked");
    assert!(err.contains("account", &ValidationError::AccountRequired));
    let asked = AccountInput {
        asked_on: Some("23-12-2026".into()),
        ..AccountInput::default()
    }
    .apply(&c, day(12, 23))
    .expect("asked");
    assert_eq!(
        asked.account.as_ref().map(|a| a.answer_by),
        Some(day(12, 31))
    );
    assert_eq!(
        decision("warning").decide(&asked, sanne(), today).is_ok(),
        may
    );
}

#[test]
fn the_account_then_a_named_persons_decision() {
    let c = case();
    let heard = AccountInput {
        text: Some("Mijn zoon was ziek en ik had geen beltegoed.".into()),
        ..AccountInput::default()
    }
    .apply(&c, day(12, 16))
    .expect("account");
    let nobody = StaffMember {
        id: StaffId::new(),
        name: String::new(),
    };
    let err = decision("warning")
        .decide(&heard, nobody, day(12, 16))
        .expect_err("unnamed");
    assert!(err.contains("decided_by", &ValidationError::StaffRequired));
    let err = VerzuimDecisionInput::default()
        .decide(&heard, sanne(), day(12, 16))
        .expect_err("empty");
    assert!(err.contains("outcome", &ValidationError::Required));
    assert!(err.contains("reasoning", &ValidationError::Required));
    let done = decision("no_action")
        .decide(&heard, sanne(), day(12, 16))
        .expect("decided");
    assert_eq!(
        done.decision.as_ref().map(|d| d.outcome),
        Some(VerzuimOutcome::NoAction)
    );
    assert!(
        decision("warning")
            .decide(&done, sanne(), day(12, 17))
            .is_err(),
        "once"
    );
    let control = ControlInput {
        controller: Some("Controle Oost".into()),
        kind: Some("visit".into()),
        ..ControlInput::default()
    };
    assert!(
        control.apply(&done, day(12, 17)).is_err(),
        "nothing changes after"
    );
}

#[test]
fn a_control_finding_goes_with_its_day() {
    let c = case();
    let err = ControlInput {
        controller: Some("Controle Oost".into()),
        kind: Some("visit".into()),
        finding: Some("ill".into()),
        ..ControlInput::default()
    }
    .apply(&c, day(12, 15))
    .expect_err("finding without day");
    assert!(err.contains("done_on", &ValidationError::Required));
    let done = ControlInput {
        controller: Some("Controle Oost".into()),
        kind: Some("call".into()),
        done_on: Some("15-12-2026".into()),
        finding: Some("unjustified".into()),
        ..ControlInput::default()
    }
    .apply(&c, day(12, 15))
    .expect("control");
    assert_eq!(
        done.control.as_ref().and_then(|k| k.finding),
        Some(ControlFinding::Unjustified)
    );
}

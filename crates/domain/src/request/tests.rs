//! Table tests of the request life cycles: sending needs consent where health data or a
//! third party is involved, the due day moves past weekends and holidays, the 12-month
//! rule, and each send writes one sharing-register entry.

use chrono::NaiveDate;
use rstest::rstest;

use super::*;
use crate::error::ValidationError;
use crate::ids::{ResidentId, StaffId};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn sanne() -> StaffMember {
    StaffMember::new(StaffId::new(), "Sanne de Vries").expect("named")
}

fn criterion(view: &str) -> CriterionInput {
    CriterionInput {
        view: Some(view.into()),
        explanation: Some("Gezien op de werkplek bij De Korenschoof".into()),
    }
}

fn uwv_input(kind: &str) -> UwvRequestInput {
    UwvRequestInput {
        kind: Some(kind.into()),
        task_in_organisation: criterion("yes"),
        basic_skills: criterion("unsure"),
        one_hour_at_a_stretch: criterion("yes"),
        four_hours_a_day: criterion("no"),
        motivation: Some("Werkt goed met veel begeleiding; beschut werk past.".into()),
        ..UwvRequestInput::default()
    }
}

fn consent_input(on: &str) -> ConsentInput {
    ConsentInput {
        given_on: Some(on.into()),
        form: Some("written".into()),
        scope: Some("Medisch rapport van de huisarts mee naar UWV".into()),
        withdrawn_on: None,
    }
}

fn draft(kind: &str, on: NaiveDate) -> UwvRequest {
    uwv_input(kind)
        .into_draft(None, ResidentId::new(), &sanne(), on)
        .expect("a complete draft")
}

#[test]
fn a_draft_needs_its_parts() {
    let err = UwvRequestInput::default()
        .into_draft(None, ResidentId::new(), &sanne(), day(2026, 12, 5))
        .expect_err("empty");
    assert!(err.contains("kind", &ValidationError::Required));
    assert!(err.contains("motivation", &ValidationError::Required));
    let mut i = uwv_input("beschut_werk");
    i.four_hours_a_day.explanation = None;
    let err = i
        .into_draft(None, ResidentId::new(), &sanne(), day(2026, 12, 5))
        .expect_err("criterion without explanation");
    assert!(err.contains("four_hours_a_day.explanation", &ValidationError::Required));
    let mut i = uwv_input("banenafspraak");
    i.route = Some("praktijkroute".into());
    let err = i
        .into_draft(None, ResidentId::new(), &sanne(), day(2026, 12, 5))
        .expect_err("praktijkroute rests on a loonwaarde");
    assert!(err.contains("loonwaarde_id", &ValidationError::Required));
    let mut i = uwv_input("banenafspraak");
    let err = i
        .clone()
        .into_draft(None, ResidentId::new(), &sanne(), day(2026, 12, 5))
        .expect_err("a banenafspraak names its route");
    assert!(err.contains("route", &ValidationError::Required));
    i.route = Some("uwv".into());
    assert!(
        i.into_draft(None, ResidentId::new(), &sanne(), day(2026, 12, 5))
            .is_ok()
    );
}

#[rstest]
#[case::no_health_no_consent(false, None, day(2026, 12, 7), true)]
#[case::health_without_consent(true, None, day(2026, 12, 7), false)]
#[case::health_with_consent(true, Some("01-12-2026"), day(2026, 12, 7), true)]
#[case::consent_given_after_the_send_day(true, Some("08-12-2026"), day(2026, 12, 7), false)]
fn uwv_consent_before_send(
    #[case] health: bool,
    #[case] consent: Option<&str>,
    #[case] send_on: NaiveDate,
    #[case] sent: bool,
) {
    let mut i = uwv_input("beschut_werk");
    if let Some(on) = consent {
        i.consent = consent_input(on);
    }
    let r = i
        .into_draft(None, ResidentId::new(), &sanne(), day(2026, 12, 9))
        .expect("draft");
    let r = UwvRequest {
        life: RequestLife::drafted(day(2026, 12, 1), sanne()),
        ..r
    };
    let result = send(&r, &sanne(), send_on, health);
    assert_eq!(result.is_ok(), sent, "{result:?}");
    if let Err(e) = result {
        assert!(e.contains("consent", &ValidationError::ConsentRequired));
    }
}

#[rstest]
#[case::medical_always(true)]
#[case::referral_always(false)]
fn a_third_party_always_needs_consent(#[case] medical: bool) {
    let by = sanne();
    let today = day(2026, 12, 5);
    let refused = if medical {
        let m = MedicalExaminationInput {
            kind: Some("arbeidsdeskundig".into()),
            agency: Some("Arbo Oost B.V.".into()),
            question: Some("Hoeveel uur per dag kan zij werken?".into()),
            ..MedicalExaminationInput::default()
        }
        .into_record(None, ResidentId::new(), &by, today)
        .expect("draft");
        send(&m, &by, today, false).map(|_| ())
    } else {
        let r = ReferralInput {
            domain: Some("schuldhulpverlening".into()),
            organisation: Some("Schuldhulp Arnhem".into()),
            reason: Some("Betalingsachterstand huur".into()),
            shared: vec!["name".into(), "housing".into()],
            shared_why: Some("Nodig voor de aanmelding".into()),
            ..ReferralInput::default()
        }
        .into_draft(None, ResidentId::new(), &by, today)
        .expect("draft");
        send(&r, &by, today, false).map(|_| ())
    };
    let err = refused.expect_err("no consent, no send");
    assert!(err.contains("consent", &ValidationError::ConsentRequired));
}

#[test]
fn a_referral_never_shares_health_data() {
    let err = ReferralInput {
        domain: Some("wijkteam".into()),
        organisation: Some("Wijkteam Presikhaaf".into()),
        reason: Some("Eenzaamheid".into()),
        shared: vec!["health".into()],
        shared_why: Some("x".into()),
        ..ReferralInput::default()
    }
    .into_draft(None, ResidentId::new(), &sanne(), day(2026, 12, 5))
    .expect_err("health");
    assert!(err.contains("shared", &ValidationError::InvalidChoice));
}

#[rstest]
#[case::friday(day(2026, 12, 4), day(2027, 1, 29))]
#[case::lands_on_tweede_paasdag(day(2026, 2, 9), day(2026, 4, 7))]
#[case::lands_on_christmas(day(2026, 10, 30), day(2026, 12, 28))]
fn sending_sets_the_due_day_and_writes_the_register(#[case] on: NaiveDate, #[case] due: NaiveDate) {
    let r = draft("beschut_werk", on);
    let (sent, disclosure) = send(&r, &sanne(), on, false).expect("sent");
    assert_eq!(sent.life.status, RequestStatus::Sent);
    assert_eq!(sent.due_on, Some(due));
    assert!(!sent.is_overdue(due), "the due day itself is not late");
    assert!(sent.is_overdue(due.succ_opt().expect("day")));
    assert_eq!(disclosure.recipient, crate::category::Recipient::Uwv);
    assert_eq!(disclosure.resident_id, r.resident_id);
    assert_eq!(disclosure.disclosed_on, on);
    assert!(
        !disclosure.categories.contains(&crate::DataCategory::Health),
        "no health report went along"
    );
    assert!(send(&sent, &sanne(), on, false).is_err(), "sent once");
}

fn refused(on: NaiveDate) -> UwvRequest {
    let mut r = draft("beschut_werk", on);
    r.life
        .take(RequestStep::Send, on, sanne(), None)
        .expect("send");
    r.life
        .take(RequestStep::Answer, on, sanne(), None)
        .expect("answer");
    r.answer = Some(uwv::UwvAnswer {
        outcome: UwvOutcome::Negative,
        received_on: on,
        reference: None,
        summary: "Geen advies beschut werk".into(),
    });
    r
}

#[rstest]
#[case::first_request(None, day(2026, 12, 5), None, true)]
#[case::eleven_months_after(Some(day(2026, 1, 6)), day(2026, 12, 5), None, false)]
#[case::a_day_short(Some(day(2025, 12, 6)), day(2026, 12, 5), None, false)]
#[case::twelve_months_after(Some(day(2025, 12, 5)), day(2026, 12, 5), None, true)]
#[case::changed(
    Some(day(2026, 6, 1)),
    day(2026, 12, 5),
    Some("Nieuwe diagnose na opname in het ziekenhuis"),
    true
)]
#[case::changed_too_short(Some(day(2026, 6, 1)), day(2026, 12, 5), Some("anders"), false)]
fn the_twelve_month_rule(
    #[case] refused_on: Option<NaiveDate>,
    #[case] on: NaiveDate,
    #[case] changed: Option<&str>,
    #[case] allowed: bool,
) {
    let earlier: Vec<UwvRequest> = refused_on.map(refused).into_iter().collect();
    let mut new = draft("beschut_werk", on);
    new.circumstances_changed = changed.map(str::to_owned);
    let result = check_repeat(&new, &earlier, on);
    assert_eq!(result.is_ok(), allowed, "{result:?}");
    if let (Err(e), Some(r)) = (result, refused_on) {
        let from = crate::format_date(r.checked_add_months(chrono::Months::new(12)).expect("d"));
        assert!(e.contains(
            "circumstances_changed",
            &ValidationError::RepeatTooSoon { from }
        ));
    }
    let wajong = draft("wajong", on);
    assert!(
        check_repeat(&wajong, &earlier, on).is_ok(),
        "beschut werk only"
    );
}

#[test]
fn a_referral_reports_in_order() {
    let by = sanne();
    let today = day(2026, 12, 5);
    let mut i = ReferralInput {
        domain: Some("schuldhulpverlening".into()),
        organisation: Some("Schuldhulp Arnhem".into()),
        reason: Some("Betalingsachterstand huur".into()),
        shared: vec!["name".into(), "housing".into()],
        shared_why: Some("Nodig voor de aanmelding".into()),
        ..ReferralInput::default()
    };
    i.consent = consent_input("01-12-2026");
    let r = i
        .into_draft(None, ResidentId::new(), &by, today)
        .expect("draft");
    let (mut r, d) = send(&r, &by, today, false).expect("sent");
    assert_eq!(d.recipient, crate::category::Recipient::DebtCounsellor);
    let started = ReferralUpdate {
        on: today,
        progress: ReferralProgress::Started,
        feedback: None,
    };
    r.updates.push(started.clone());
    r.life.answered_on = Some(today);
    r.life.status = RequestStatus::Answered;
    assert!(r.validate().is_err(), "started before accepted");
    r.updates = vec![
        ReferralUpdate {
            progress: ReferralProgress::Accepted,
            ..started.clone()
        },
        started,
    ];
    assert_eq!(r.validate(), Ok(()));
    assert_eq!(r.progress(), Some(ReferralProgress::Started));
}

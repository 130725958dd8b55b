//! Property tests of the request life cycle (issue 23) against a model: a random week of
//! steps (send, answer, close, withdraw; dates that go back; unnamed people; missing
//! notes) applied to a request. Invariants: a step is taken exactly when the model's
//! table allows it and its inputs are sound; a refused step changes nothing; the record
//! always checks (status and steps agree, dates in order); closed and withdrawn are final;
//! a send without the consent it needs is refused, and a sent request has a due day that
//! is a working day 8 weeks on or just after. Also: legal terms always end on a working
//! day no earlier than 8 weeks, and an attachment's facts survive any bytes.
//!
//! Seeded: `WERKPAD_PROP_SEED` (default 23) and `PROPTEST_CASES` (default 512).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use werkpad_domain::entity::Record;
use werkpad_domain::request::deadline::{is_working_day, legal_term_weeks};
use werkpad_domain::request::{
    AttachmentInput, AttachmentOwner, Consent, ConsentForm, CriterionInput, RequestStatus,
    RequestStep, UwvRequest, UwvRequestInput, send,
};
use werkpad_domain::{EntityKind, ResidentId, StaffId, StaffMember};

fn config(cases: u32) -> Config {
    let seed = std::env::var("WERKPAD_PROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(23);
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    }
}

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn staff(named: bool) -> StaffMember {
    StaffMember {
        id: StaffId::new(),
        name: if named {
            "Sanne de Vries".into()
        } else {
            " ".into()
        },
    }
}

fn draft(on: NaiveDate) -> UwvRequest {
    let c = || CriterionInput {
        view: Some("yes".into()),
        explanation: Some("Gezien op de werkvloer".into()),
    };
    UwvRequestInput {
        kind: Some("beschut_werk".into()),
        task_in_organisation: c(),
        basic_skills: c(),
        one_hour_at_a_stretch: c(),
        four_hours_a_day: c(),
        motivation: Some("Heeft begeleiding nodig".into()),
        ..UwvRequestInput::default()
    }
    .into_draft(None, ResidentId::new(), &staff(true), on)
    .unwrap()
}

/// The model: the status a step leads to.
fn model(status: RequestStatus, step: RequestStep) -> Option<RequestStatus> {
    use RequestStatus as S;
    use RequestStep as T;
    match (status, step) {
        (S::Drafted, T::Send) => Some(S::Sent),
        (S::Sent, T::Answer) => Some(S::Answered),
        (S::Answered, T::Close) => Some(S::Closed),
        (S::Drafted | S::Sent, T::Withdraw) => Some(S::Withdrawn),
        _ => None,
    }
}

#[derive(Debug, Clone)]
struct Step {
    step: RequestStep,
    /// Days after the previous step (negative: a date that goes back).
    days: i64,
    named: bool,
    note: bool,
    consent: bool,
    health: bool,
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec(
        (
            prop::sample::select(RequestStep::ALL.to_vec()),
            -3i64..60,
            prop::bool::weighted(0.9),
            prop::bool::weighted(0.8),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(step, days, named, note, consent, health)| Step {
                step,
                days,
                named,
                note,
                consent,
                health,
            }),
        1..12,
    )
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn a_week_of_steps_follows_the_model(week in steps()) {
        let mut r = draft(start());
        let mut last = start();
        for s in week {
            let on = if s.days >= 0 {
                last.checked_add_days(Days::new(s.days.unsigned_abs())).unwrap()
            } else {
                last.checked_sub_days(Days::new(s.days.unsigned_abs())).unwrap()
            };
            let before = r.clone();
            let allowed = model(r.life.status, s.step);
            let by = staff(s.named);
            let note = s.note.then(|| "Wat volgt: een plaatsing".to_owned());
            let result = if s.step == RequestStep::Send {
                r.consent = s.consent.then(|| Consent {
                    given_on: start(),
                    form: ConsentForm::Spoken,
                    scope: "Rapport mee naar UWV".into(),
                    recorded_by: staff(true),
                    withdrawn_on: None,
                });
                let with_consent = r.clone();
                match send(&with_consent, &by, on, s.health) {
                    Ok((sent, disclosure)) => {
                        prop_assert_eq!(disclosure.disclosed_on, on);
                        r = sent;
                        Ok(())
                    }
                    Err(e) => {
                        r = before.clone();
                        Err(e)
                    }
                }
            } else {
                let mut next = r.clone();
                let taken = next.life.take(s.step, on, by, note.clone());
                if taken.is_ok() {
                    if s.step == RequestStep::Answer {
                        next.answer = Some(werkpad_domain::request::uwv::UwvAnswer {
                            outcome: werkpad_domain::request::UwvOutcome::Positive,
                            received_on: on,
                            reference: None,
                            summary: "Positief advies".into(),
                        });
                    }
                    r = next;
                }
                taken
            };
            let sound = s.named
                && on >= before.life.last_day()
                && match s.step {
                    RequestStep::Close | RequestStep::Withdraw => s.note,
                    RequestStep::Send => s.consent || !s.health,
                    RequestStep::Answer => true,
                };
            let should = allowed.is_some() && sound;
            prop_assert_eq!(result.is_ok(), should, "{:?} from {:?}: {:?}", s, before.life.status, result);
            if should {
                prop_assert_eq!(Some(r.life.status), allowed);
            } else {
                prop_assert_eq!(&r, &before, "a refused step changes nothing");
            }
            prop_assert!(r.check(on).is_ok(), "the record always checks: {:?}", r.check(on));
            if let Some(due) = r.due_on {
                prop_assert!(is_working_day(due));
                prop_assert!(due >= r.life.sent_on().unwrap().checked_add_days(Days::new(56)).unwrap());
            }
            if r.life.status.is_final() {
                prop_assert!(r.life.status.next_steps().is_empty());
            }
            last = on.max(last);
        }
    }

    #[test]
    fn legal_terms_end_on_a_working_day(offset in 0u64..20_000, weeks in 1u32..60) {
        let from = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap().checked_add_days(Days::new(offset)).unwrap();
        let end = legal_term_weeks(from, weeks);
        let plain = from.checked_add_days(Days::new(u64::from(weeks) * 7)).unwrap();
        prop_assert!(is_working_day(end));
        prop_assert!(end >= plain && end <= plain.checked_add_days(Days::new(5)).unwrap());
        for d in plain.iter_days().take_while(|d| *d < end) {
            prop_assert!(!is_working_day(d), "no working day is skipped");
        }
    }

    #[test]
    fn an_attachment_is_taken_whole_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..4096), prefix in 0usize..4) {
        let heads: [&[u8]; 4] = [b"%PDF-", &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a], &[0xff, 0xd8, 0xff], b""];
        let mut file = heads[prefix].to_vec();
        file.extend(&bytes);
        let input = AttachmentInput {
            kind: Some("cv".into()),
            file_name: Some("bestand".into()),
            content: Some(STANDARD.encode(&file)),
        };
        let owner = AttachmentOwner { kind: EntityKind::UwvRequest, id: uuid::Uuid::now_v7() };
        match input.into_record(ResidentId::new(), owner, staff(true), start()) {
            Ok(a) => {
                prop_assert!(a.validate().is_ok());
                prop_assert_eq!(a.bytes().unwrap(), file);
                prop_assert_eq!(a.size_bytes as usize, a.bytes().unwrap().len());
            }
            Err(e) => {
                prop_assert!(werkpad_domain::request::MediaType::sniff(&file).is_none(), "{:?}", e);
            }
        }
    }
}

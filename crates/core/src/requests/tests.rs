//! Requests, verzuim and learning against a real encrypted store: every step with its
//! audit, outbox and sharing-register entry in one transaction; refused input (a file too
//! large or of a refused type, a send without consent, a decision before the resident was
//! heard or without a named person) stores nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDate;
use werkpad_domain::learning::TrainingInput;
use werkpad_domain::request::{
    AttachmentInput, AttachmentOwner, ConsentInput, CriterionInput, ExaminationOutcomeInput,
    MedicalExamination, MedicalExaminationInput, RequestStatus, RequestStep, UwvAnswerInput,
    UwvRequest, UwvRequestInput,
};
use werkpad_domain::verzuim::{AbsenceInput, AccountInput, ControlInput, VerzuimDecisionInput};
use werkpad_domain::{EntityKind, Purpose, ResidentId, StaffId, StaffMember, ValidationError};

use crate::StoreError;
use crate::demo::{self, Rng};
use crate::store::health::HealthAccess;
use crate::store::secrets::{MemoryBackend, SecretBackend};
use crate::store::{BackendPreference, KdfParams, Store, StoreConfig};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 12, 4)
}

async fn count(store: &Store, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_one(store.pool())
        .await
        .unwrap();
    n
}

/// Rows in every table a refused step could have touched.
async fn rows(store: &Store) -> i64 {
    count(
        store,
        "SELECT (SELECT count(*) FROM uwv_requests) + (SELECT count(*) FROM attachments)
              + (SELECT count(*) FROM medical_examinations) + (SELECT count(*) FROM referrals)
              + (SELECT count(*) FROM verzuim_cases) + (SELECT count(*) FROM disclosures)
              + (SELECT count(*) FROM outbox) + (SELECT sum(version) FROM uwv_requests)",
    )
    .await
}

fn validation(e: StoreError, field: &str, want: &ValidationError) {
    match e {
        StoreError::Validation(errors) => assert!(errors.contains(field, want), "{errors:?}"),
        other => panic!("expected a validation error on {field}, got {other:?}"),
    }
}

struct Fixture {
    dir: tempfile::TempDir,
    store: Store,
    resident: ResidentId,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
    let config = StoreConfig {
        backend: BackendPreference::Use(backend),
        kdf: KdfParams::insecure_for_tests(),
        ..Default::default()
    };
    let store = Store::create(
        dir.path(),
        "correct horse battery staple",
        "Petra de Coach",
        &config,
    )
    .await
    .unwrap();
    let intake = demo::case(&mut Rng::new(23), &store.device().coach, today()).intake;
    store.residents().save_intake(&intake).await.unwrap();
    Fixture {
        dir,
        store,
        resident: intake.resident.id,
    }
}

fn criterion() -> CriterionInput {
    CriterionInput {
        view: Some("yes".into()),
        explanation: Some("Werkt een uur achter elkaar op de werkvloer".into()),
    }
}

fn uwv_input() -> UwvRequestInput {
    UwvRequestInput {
        kind: Some("beschut_werk".into()),
        task_in_organisation: criterion(),
        basic_skills: criterion(),
        one_hour_at_a_stretch: criterion(),
        four_hours_a_day: criterion(),
        motivation: Some("Heeft blijvend begeleiding en aanpassingen nodig.".into()),
        ..UwvRequestInput::default()
    }
}

/// A small PDF with a marker that must never be readable on disk.
fn pdf(marker: &str) -> Vec<u8> {
    format!("%PDF-1.4\n% {marker}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").into_bytes()
}

fn file(kind: &str, name: &str, bytes: &[u8]) -> AttachmentInput {
    AttachmentInput {
        kind: Some(kind.into()),
        file_name: Some(name.into()),
        content: Some(STANDARD.encode(bytes)),
    }
}

fn owner(r: &UwvRequest) -> AttachmentOwner {
    AttachmentOwner {
        kind: EntityKind::UwvRequest,
        id: r.id.as_uuid(),
    }
}

#[tokio::test]
async fn a_uwv_request_goes_with_consent_and_is_registered_as_shared() {
    let f = fixture().await;
    let area = f.store.requests();
    let r = area
        .save_uwv(f.resident, None, &uwv_input(), today())
        .await
        .unwrap();
    area.add_attachment(
        f.resident,
        owner(&r),
        &file("cv", "cv.pdf", &pdf("cv")),
        today(),
    )
    .await
    .unwrap();
    area.add_attachment(
        f.resident,
        owner(&r),
        &file("medical_report", "huisarts.pdf", &pdf("arts")),
        today(),
    )
    .await
    .unwrap();
    // A medical report goes along: no send without consent, and nothing changes.
    let before = rows(&f.store).await;
    let id = r.id.to_string();
    let e = area.send_uwv(f.resident, &id, today()).await.unwrap_err();
    validation(e, "consent", &ValidationError::ConsentRequired);
    assert_eq!(
        rows(&f.store).await,
        before,
        "a refused send stores nothing"
    );
    let mut with_consent = uwv_input();
    with_consent.consent = ConsentInput {
        given_on: Some("04-12-2026".into()),
        form: Some("written".into()),
        scope: Some("Rapport van de huisarts mee naar het UWV".into()),
        withdrawn_on: None,
    };
    area.save_uwv(f.resident, Some(r.id), &with_consent, today())
        .await
        .unwrap();
    let sent = area.send_uwv(f.resident, &id, today()).await.unwrap();
    assert_eq!(sent.life.status, RequestStatus::Sent);
    assert_eq!(
        sent.due_on,
        Some(day(2027, 1, 29)),
        "8 weeks: Friday 29-01-2027"
    );
    let (recipient, categories): (String, String) = sqlx::query_as(
        "SELECT json_extract(data, '$.recipient'), json_extract(data, '$.categories')
         FROM disclosures",
    )
    .fetch_one(f.store.pool())
    .await
    .unwrap();
    assert_eq!(recipient, "uwv");
    assert!(
        categories.contains("health"),
        "the report is health data: {categories}"
    );
    // What was sent stays what was sent.
    let e = area
        .add_attachment(
            f.resident,
            owner(&sent),
            &file("cv", "nog.pdf", &pdf("x")),
            today(),
        )
        .await
        .unwrap_err();
    validation(e, "owner", &ValidationError::Locked);
    let e = area
        .save_uwv(f.resident, Some(r.id), &uwv_input(), today())
        .await
        .unwrap_err();
    validation(e, "status", &ValidationError::Locked);
    let answered = area
        .answer_uwv(
            f.resident,
            r.id,
            &UwvAnswerInput {
                outcome: Some("negative".into()),
                summary: Some("Geen advies beschut werk: kan regulier met aanpassingen".into()),
                ..UwvAnswerInput::default()
            },
            today(),
        )
        .await
        .unwrap();
    assert_eq!(answered.life.status, RequestStatus::Answered);
    let e = area
        .finish::<UwvRequest>(f.resident, &id, RequestStep::Close, None, today())
        .await
        .unwrap_err();
    validation(e, "note", &ValidationError::Required);
    area.finish::<UwvRequest>(
        f.resident,
        &id,
        RequestStep::Close,
        Some("Zoeken naar regulier werk met jobcoach".into()),
        today(),
    )
    .await
    .unwrap();
    // The 12-month rule: a new request now needs what changed.
    let again = area
        .save_uwv(f.resident, None, &uwv_input(), today())
        .await
        .unwrap();
    let e = area
        .send_uwv(f.resident, &again.id.to_string(), today())
        .await
        .unwrap_err();
    validation(
        e,
        "circumstances_changed",
        &ValidationError::RepeatTooSoon {
            from: "04-12-2027".into(),
        },
    );
    let file_view = area.requests_file(f.resident, today()).await.unwrap();
    assert_eq!(file_view.uwv.len(), 2);
    assert_eq!(file_view.beschut_repeat_from, Some(day(2027, 12, 4)));
    assert_eq!(
        file_view.uwv[1].attachments.len(),
        2,
        "the first request's files"
    );
    let outbox = count(
        &f.store,
        "SELECT count(*) FROM outbox WHERE entity = 'attachment'",
    )
    .await;
    assert_eq!(outbox, 2, "each file goes to the server once");
}

#[tokio::test]
async fn refused_files_store_nothing_and_files_are_unreadable_on_disk() {
    let f = fixture().await;
    let area = f.store.requests();
    let r = area
        .save_uwv(f.resident, None, &uwv_input(), today())
        .await
        .unwrap();
    let before = rows(&f.store).await;
    let mut big = pdf("groot");
    big.resize(werkpad_domain::request::ATTACHMENT_MAX_BYTES + 1, b' ');
    let e = area
        .add_attachment(
            f.resident,
            owner(&r),
            &file("cv", "groot.pdf", &big),
            today(),
        )
        .await
        .unwrap_err();
    validation(e, "content", &ValidationError::FileTooLarge { max_mb: 4 });
    let e = area
        .add_attachment(
            f.resident,
            owner(&r),
            &file("cv", "virus.exe", b"MZ\x90\x00"),
            today(),
        )
        .await
        .unwrap_err();
    validation(e, "content", &ValidationError::FileType);
    assert_eq!(rows(&f.store).await, before, "nothing stored");
    let marker = "WERKPAD-PROBE-uwv-7f3a9c";
    let info = area
        .add_attachment(
            f.resident,
            owner(&r),
            &file("psychological_report", "psy.pdf", &pdf(marker)),
            today(),
        )
        .await
        .unwrap();
    assert!(info.special);
    // Opening a health report needs a purpose and a reason; the read is logged.
    let e = area
        .open_attachment(f.resident, info.id, Purpose::UwvRequest, None)
        .await
        .unwrap_err();
    assert!(matches!(e, StoreError::PurposeRequired), "{e:?}");
    let access = HealthAccess {
        purpose: Purpose::UwvRequest,
        reason: "Aanvraag controleren".into(),
    };
    let opened = area
        .open_attachment(f.resident, info.id, Purpose::UwvRequest, Some(&access))
        .await
        .unwrap();
    assert_eq!(STANDARD.decode(&opened.content).unwrap(), pdf(marker));
    let logged = count(
        &f.store,
        "SELECT count(*) FROM audit_log WHERE action = 'read_health' AND entity = 'attachment'",
    )
    .await;
    assert_eq!(logged, 1);
    // At rest: neither the file nor its base64 form is in any file of the store.
    let stored = STANDARD.encode(pdf(marker));
    f.store.checkpoint().await.unwrap();
    for entry in std::fs::read_dir(f.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            for needle in [marker.as_bytes(), &stored.as_bytes()[..24]] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{} holds the attachment in the clear",
                    path.display()
                );
            }
        }
    }
}

#[tokio::test]
async fn a_medical_examination_is_health_data_from_the_first_word() {
    let f = fixture().await;
    let area = f.store.requests();
    let m = area
        .save_medical(
            f.resident,
            None,
            &MedicalExaminationInput {
                kind: Some("medical".into()),
                agency: Some("Arbo Oost B.V.".into()),
                question: Some("Hoeveel uur per dag kan hij werken?".into()),
                ..MedicalExaminationInput::default()
            },
            today(),
        )
        .await
        .unwrap();
    let id = m.id.to_string();
    let e = area
        .send::<MedicalExamination>(f.resident, &id, today())
        .await
        .unwrap_err();
    validation(e, "consent", &ValidationError::ConsentRequired);
    let e = area
        .medical_examinations(f.resident, None)
        .await
        .unwrap_err();
    assert!(matches!(e, StoreError::PurposeRequired));
    let e = area
        .medical_examinations(
            f.resident,
            Some(&HealthAccess {
                purpose: Purpose::EmployerSubsidy,
                reason: "nieuwsgierig".into(),
            }),
        )
        .await
        .unwrap_err();
    assert!(matches!(e, StoreError::PurposeNotAllowed { .. }), "{e:?}");
    let access = HealthAccess {
        purpose: Purpose::MedicalExamination,
        reason: "Uitslag bespreken".into(),
    };
    let seen = area
        .medical_examinations(f.resident, Some(&access))
        .await
        .unwrap();
    assert_eq!(seen.len(), 1);
    let e = area
        .record_outcome(
            f.resident,
            m.id,
            &ExaminationOutcomeInput::default(),
            today(),
        )
        .await
        .unwrap_err();
    assert!(matches!(e, StoreError::Validation(_)), "{e:?}");
}

#[tokio::test]
async fn verzuim_is_decided_by_a_named_person_after_the_resident_was_heard() {
    let f = fixture().await;
    let area = f.store.verzuim();
    let case = area
        .report_absence(
            f.resident,
            &AbsenceInput {
                on: Some("02-12-2026".into()),
                place: Some("programme".into()),
                source: Some("provider".into()),
                reported_by: Some("Taalschool De Brug".into()),
                ..AbsenceInput::default()
            },
            today(),
        )
        .await
        .unwrap();
    let decide = VerzuimDecisionInput {
        outcome: Some("warning".into()),
        reasoning: Some("Niet gekomen en niet afgemeld.".into()),
    };
    let before = rows(&f.store).await;
    let e = area
        .decide(f.resident, case.id, &decide, today())
        .await
        .unwrap_err();
    validation(e, "account", &ValidationError::AccountRequired);
    assert_eq!(rows(&f.store).await, before, "nothing stored");
    area.control(
        f.resident,
        case.id,
        &ControlInput {
            controller: Some("Controlebureau Oost".into()),
            kind: Some("visit".into()),
            ..ControlInput::default()
        },
        today(),
    )
    .await
    .unwrap();
    let shared = count(
        &f.store,
        "SELECT count(*) FROM disclosures WHERE json_extract(data, '$.recipient') = 'verzuim_controller'",
    )
    .await;
    assert_eq!(shared, 1, "the controller's data is in the register");
    area.account(
        f.resident,
        case.id,
        &AccountInput {
            text: Some("Ik lag met koorts in bed.".into()),
            ..AccountInput::default()
        },
        today(),
    )
    .await
    .unwrap();
    let done = area
        .decide(f.resident, case.id, &decide, today())
        .await
        .unwrap();
    assert_eq!(
        done.decision.as_ref().map(|d| d.by.name.as_str()),
        Some("Petra de Coach")
    );
    let nobody = VerzuimDecisionInput::default()
        .decide(
            &done,
            StaffMember {
                id: StaffId::new(),
                name: String::new(),
            },
            today(),
        )
        .unwrap_err();
    assert!(nobody.contains("decided_by", &ValidationError::StaffRequired));
}

#[tokio::test]
async fn a_passed_training_is_a_qualification() {
    let f = fixture().await;
    let area = f.store.learning();
    area.save_training(
        f.resident,
        None,
        &TrainingInput {
            provider: Some("ROC Rijn IJssel".into()),
            name: Some("VCA Basisveiligheid".into()),
            qualification: Some("VCA  basis".into()),
            starts_on: Some("01-10-2026".into()),
            result: Some("passed".into()),
            result_on: Some("20-11-2026".into()),
            costs: Some("245,00".into()),
            ..TrainingInput::default()
        },
        today(),
    )
    .await
    .unwrap();
    let file = area.learning_file(f.resident).await.unwrap();
    assert_eq!(file.qualifications, ["vca basis"]);
    assert_eq!(file.trainings[0].costs_cents, Some(24_500));
    let shared = count(&f.store, "SELECT count(*) FROM disclosures").await;
    assert_eq!(shared, 1, "the provider is in the register");
}

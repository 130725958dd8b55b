//! A request to UWV the way a coach works: drafted offline at the resident's kitchen table
//! over two saves, with two attachments (the GP's report and a CV photo) and the
//! resident's consent; synced; sent; the answer recorded on the coach's other laptop; the
//! sharing register and the inzage list it on both; and the files are unreadable in every
//! file of either laptop's store. Through the real server and PostgreSQL.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{Local, Utc};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::i18n::Locale;
use werkpad_core::statements::{Context, LetterheadSettings};
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::EntityKind;
use werkpad_domain::request::{
    AttachmentInput, AttachmentOwner, ConsentInput, CriterionInput, RequestStatus, UwvAnswerInput,
    UwvRequestInput,
};
use werkpad_domain::sync::Role;
use werkpad_journeys::{PASSWORD, fresh_database, start_server};
use werkpad_server::admin;

async fn laptop(dir: &tempfile::TempDir, coach: &str) -> Store {
    let config = StoreConfig {
        backend: BackendPreference::Use(Arc::new(MemoryBackend::default())),
        kdf: KdfParams::insecure_for_tests(),
        ..Default::default()
    };
    Store::create(dir.path(), "passphrase-for-tests", coach, &config)
        .await
        .expect("store")
}

async fn sync(store: &Store) {
    let report = store.sync().round(&|_| {}).await.expect("sync");
    assert_eq!(report.push.rejected, 0, "nothing refused: {report:?}");
}

fn criterion(view: &str, text: &str) -> CriterionInput {
    CriterionInput {
        view: Some(view.into()),
        explanation: Some(text.into()),
    }
}

/// A PDF of about 300 kB with a marker, and a JPEG "photo" with another.
fn gp_report(marker: &str) -> Vec<u8> {
    let mut pdf = format!("%PDF-1.4\n% {marker}\n").into_bytes();
    pdf.extend((0..300_000u32).map(|i| b"0123456789abcdef"[(i * 7 % 16) as usize]));
    pdf.extend_from_slice(b"\n%%EOF\n");
    pdf
}

fn cv_photo(marker: &str) -> Vec<u8> {
    let mut jpg = vec![0xff, 0xd8, 0xff, 0xe0];
    jpg.extend_from_slice(marker.as_bytes());
    jpg.extend((0..50_000u32).map(|i| (i % 251) as u8));
    jpg
}

/// No file of the store's folder holds `needle`.
fn probe(dir: &Path, needles: &[&[u8]]) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for needle in needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == *needle),
                "{} holds an attachment in the clear",
                path.display()
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_uwv_request_with_two_attachments_drafted_offline_is_sent_and_answered_elsewhere() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let dirs: Vec<tempfile::TempDir> = (0..2).map(|_| tempfile::tempdir().unwrap()).collect();
    let a1 = laptop(&dirs[0], "Anna de Vries").await;
    let a2 = laptop(&dirs[1], "Anna de Vries").await;
    a1.sync().login(&url, "anna", PASSWORD).await.unwrap();
    a2.sync().login(&url, "anna", PASSWORD).await.unwrap();

    let today = Local::now().date_naive();
    let mut case = demo::case(&mut Rng::new(23), &a1.device().coach, today);
    case.intake.resident.name.given_names = "Zeynep".into();
    case.intake.resident.name.family_name = "Yılmaz-Çelik".into();
    case.intake.resident.name.tussenvoegsel = None;
    let resident = case.intake.resident.id;
    a1.residents().save_intake(&case.intake).await.unwrap();
    sync(&a1).await;

    // At the kitchen table, offline: the draft in two saves (a long motivation the
    // second time), the two files, the consent.
    let area = a1.requests();
    let mut input = UwvRequestInput {
        kind: Some("beschut_werk".into()),
        task_in_organisation: criterion("yes", "Sorteert post bij de kringloop"),
        basic_skills: criterion("unsure", "Komt op tijd, vraagt zelden hulp"),
        one_hour_at_a_stretch: criterion("yes", "Werkt een uur door met een korte pauze"),
        four_hours_a_day: criterion("no", "Na twee uur is zij op"),
        motivation: Some("Eerste versie.".into()),
        ..UwvRequestInput::default()
    };
    let r = area.save_uwv(resident, None, &input, today).await.unwrap();
    input.motivation = Some("Zeynep wil graag werken. ".repeat(120));
    input.consent = ConsentInput {
        given_on: Some(werkpad_domain::format_date(today)),
        form: Some("written".into()),
        scope: Some("Het rapport van de huisarts en haar cv gaan mee naar het UWV.".into()),
        withdrawn_on: None,
    };
    let r = area
        .save_uwv(resident, Some(r.id), &input, today)
        .await
        .unwrap();
    let owner = AttachmentOwner {
        kind: EntityKind::UwvRequest,
        id: r.id.as_uuid(),
    };
    let (pdf, jpg) = (gp_report("PROBE-huisarts-41b7"), cv_photo("PROBE-cv-8e21"));
    for (kind, name, bytes) in [
        ("medical_report", "rapport huisarts.pdf", &pdf),
        ("cv", "cv Zeynep (foto).jpg", &jpg),
    ] {
        area.add_attachment(
            resident,
            owner,
            &AttachmentInput {
                kind: Some(kind.into()),
                file_name: Some(name.into()),
                content: Some(STANDARD.encode(bytes)),
            },
            today,
        )
        .await
        .unwrap();
    }

    // Back at the office: sync, then send, then sync again.
    sync(&a1).await;
    let sent = area
        .send_uwv(resident, &r.id.to_string(), today)
        .await
        .unwrap();
    assert_eq!(sent.life.status, RequestStatus::Sent);
    sync(&a1).await;

    // The other laptop gets the sent request with both files, and records UWV's answer.
    sync(&a2).await;
    let seen = a2.requests().requests_file(resident, today).await.unwrap();
    assert_eq!(seen.uwv.len(), 1);
    assert_eq!(seen.uwv[0].request.life.status, RequestStatus::Sent);
    assert_eq!(
        seen.uwv[0].request.motivation,
        input.motivation.clone().unwrap().trim()
    );
    let mut names: Vec<&str> = seen.uwv[0]
        .attachments
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["cv Zeynep (foto).jpg", "rapport huisarts.pdf"]);
    let access = werkpad_core::store::health::HealthAccess {
        purpose: werkpad_domain::Purpose::UwvRequest,
        reason: "Antwoord UWV naast het rapport leggen".into(),
    };
    let report = seen.uwv[0].attachments.iter().find(|a| a.special).unwrap();
    let opened = a2
        .requests()
        .open_attachment(
            resident,
            report.id,
            werkpad_domain::Purpose::UwvRequest,
            Some(&access),
        )
        .await
        .unwrap();
    assert_eq!(
        STANDARD.decode(opened.content).unwrap(),
        pdf,
        "the file arrived whole"
    );
    a2.requests()
        .answer_uwv(
            resident,
            r.id,
            &UwvAnswerInput {
                outcome: Some("positive".into()),
                reference: Some("UWV-2026-118833".into()),
                summary: Some("Advies: indicatie beschut werk, voor 5 jaar.".into()),
                ..UwvAnswerInput::default()
            },
            today,
        )
        .await
        .unwrap();
    sync(&a2).await;
    sync(&a1).await;
    let back = a1.requests().requests_file(resident, today).await.unwrap();
    assert_eq!(back.uwv[0].request.life.status, RequestStatus::Answered);
    assert_eq!(
        back.uwv[0]
            .request
            .answer
            .as_ref()
            .and_then(|a| a.reference.as_deref()),
        Some("UWV-2026-118833")
    );

    // The sharing register and the inzage list the send, the request and its files.
    let ctx = Context {
        letterhead: LetterheadSettings::default(),
        locale: Locale::Nl,
        now: Utc::now(),
    };
    for store in [&a1, &a2] {
        let (_, json) = store
            .statements()
            .export_inzage(&ctx, resident)
            .await
            .unwrap();
        let inzage: serde_json::Value = serde_json::from_str(&json).unwrap();
        let uwv_shares = inzage["disclosures"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["recipient"] == "uwv")
            .count();
        assert_eq!(uwv_shares, 1, "one send, one entry");
        assert_eq!(
            inzage["requests"]["uwv_requests"].as_array().map(Vec::len),
            Some(1)
        );
        assert_eq!(
            inzage["requests"]["attachments"].as_array().map(Vec::len),
            Some(2)
        );
        assert!(
            inzage["purposes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "uwv_request"),
            "the purpose is named"
        );
        assert!(
            !json.contains(&STANDARD.encode(&jpg)[..40]),
            "no file in the export"
        );
    }

    // At rest: neither file, nor its base64, is readable in any file of either store.
    let (pdf64, jpg64) = (STANDARD.encode(&pdf), STANDARD.encode(&jpg));
    for (store, dir) in [(&a1, &dirs[0]), (&a2, &dirs[1])] {
        store.checkpoint().await.unwrap();
        probe(
            dir.path(),
            &[
                b"PROBE-huisarts-41b7",
                b"PROBE-cv-8e21",
                &pdf64.as_bytes()[1000..1064],
                &jpg64.as_bytes()[1000..1064],
            ],
        );
    }
    // The server holds both, the medical report as special-category data.
    let special: Vec<(bool,)> =
        sqlx::query_as("SELECT special FROM records WHERE entity = 'attachment' ORDER BY special")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(special, [(false,), (true,)]);
}

/// The field case no other test tried: the draft is on both of the coach's laptops; offline,
/// she sharpens the motivation on one while the other sends the request. The edit made after
/// the send must become a conflict for a person, never slip under the sent request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offline_edit_of_a_draft_sent_elsewhere_is_a_conflict_not_a_silent_change() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let dirs: Vec<tempfile::TempDir> = (0..2).map(|_| tempfile::tempdir().unwrap()).collect();
    let a1 = laptop(&dirs[0], "Anna de Vries").await;
    let a2 = laptop(&dirs[1], "Anna de Vries").await;
    a1.sync().login(&url, "anna", PASSWORD).await.unwrap();
    a2.sync().login(&url, "anna", PASSWORD).await.unwrap();
    let today = Local::now().date_naive();
    let mut case = demo::case(&mut Rng::new(231), &a1.device().coach, today);
    case.intake.resident.name.given_names = "Văn An".into();
    case.intake.resident.name.family_name = "Nguyễn".into();
    case.intake.resident.name.tussenvoegsel = None;
    let resident = case.intake.resident.id;
    a1.residents().save_intake(&case.intake).await.unwrap();
    let input = UwvRequestInput {
        kind: Some("wajong".into()),
        task_in_organisation: criterion("yes", "Sorteert post"),
        basic_skills: criterion("yes", "Komt op tijd"),
        one_hour_at_a_stretch: criterion("yes", "Werkt een uur door"),
        four_hours_a_day: criterion("unsure", "Soms moe na drie uur"),
        motivation: Some("Eerste versie van de motivatie.".into()),
        ..UwvRequestInput::default()
    };
    let r = a1
        .requests()
        .save_uwv(resident, None, &input, today)
        .await
        .unwrap();
    sync(&a1).await;
    sync(&a2).await;

    // Offline on both: a2 edits the draft twice, a1 sends it.
    let mut edited = input.clone();
    edited.motivation = Some("Tweede versie, na het gesprek met de werkgever.".into());
    a2.requests()
        .save_uwv(resident, Some(r.id), &edited, today)
        .await
        .unwrap();
    edited.motivation = Some("Derde versie: ".repeat(200));
    a2.requests()
        .save_uwv(resident, Some(r.id), &edited, today)
        .await
        .unwrap();
    let sent = a1
        .requests()
        .send_uwv(resident, &r.id.to_string(), today)
        .await
        .unwrap();

    sync(&a1).await;
    let report = a2.sync().round(&|_| {}).await.expect("a2 syncs");
    assert!(
        report.push.conflicts >= 1,
        "the edit meets the send: {report:?}"
    );
    sync(&a1).await;
    let conflicts = a2.sync().conflicts().await.unwrap();
    assert!(
        conflicts
            .iter()
            .any(|c| c.entity == "uwv_request" && c.field == "motivation"),
        "the motivation is a conflict for a person: {conflicts:?}"
    );
    for store in [&a1, &a2] {
        let file = store
            .requests()
            .requests_file(resident, today)
            .await
            .unwrap();
        let held = &file.uwv[0].request;
        assert_eq!(held.validate(), Ok(()), "every copy is a valid request");
        assert_eq!(held.life.status, RequestStatus::Sent, "the send stands");
        assert_eq!(held.motivation, sent.motivation, "as it was sent");
    }
}

//! Loonwaarde and loonkostensubsidie the way a coach works: the assessment drafted offline
//! at the employer's site over several saves, signed by the research agency's assessor,
//! the LKS decided and the beschikking printed, all before any network; then one sync, and
//! the coach's other laptop and the team lead see the same file. Through the real server
//! and PostgreSQL.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{Datelike, Local, NaiveDate, Utc};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::i18n::Locale;
use werkpad_core::statements::{Context, LetterheadSettings};
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::loonwaarde::{LoonwaardeDraft, MainTaskDraft, SignOffInput};
use werkpad_domain::matching::{EmployerDraft, PlacementDraft, WorkplaceDraft};
use werkpad_domain::subsidy::{LksDecisionInput, LksOutcome, LksPaymentInput};
use werkpad_domain::sync::Role;
use werkpad_domain::{AddressDraft, EntityKind, Purpose, format_date};
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

fn task(name: &str, share: &str, tempo: &str, quality: &str) -> MainTaskDraft {
    MainTaskDraft {
        name: Some(name.into()),
        share: Some(share.into()),
        tempo: Some(tempo.into()),
        quality: Some(quality.into()),
        net_time: Some("95".into()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_loonwaarde_drafted_offline_is_signed_decided_printed_and_seen_by_all() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    admin::user_add(&pool, "lieke", "Lieke Bakker", Role::Teamleider, PASSWORD)
        .await
        .unwrap();
    admin::team_add(&pool, "Noord").await.unwrap();
    for name in ["anna", "lieke"] {
        admin::user_set_team(&pool, name, Some("Noord"))
            .await
            .unwrap();
    }
    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let a1 = laptop(&dirs[0], "Anna de Vries").await;
    let a2 = laptop(&dirs[1], "Anna de Vries").await;
    let lead = laptop(&dirs[2], "Lieke Bakker").await;
    a1.sync().login(&url, "anna", PASSWORD).await.unwrap();
    a2.sync().login(&url, "anna", PASSWORD).await.unwrap();
    lead.sync().login(&url, "lieke", PASSWORD).await.unwrap();

    // At the office: the resident, the employer and the placement, synced.
    let today = Local::now().date_naive();
    let mut case = demo::case(&mut Rng::new(22), &a1.device().coach, today);
    case.intake.resident.name.given_names = "Văn An".into();
    case.intake.resident.name.family_name = "Nguyễn".into();
    case.intake.resident.name.tussenvoegsel = None;
    case.intake.resident.name.preferred_name = None;
    let resident = case.intake.resident.id;
    a1.residents().save_intake(&case.intake).await.unwrap();
    let employer = a1
        .matching()
        .save_employer(
            None,
            &EmployerDraft {
                name: Some("Groenvoorziening 't Rijnoever".into()),
                address: AddressDraft {
                    street: Some("Kanaalweg".into()),
                    house_number: Some("12".into()),
                    postcode: Some("6827AB".into()),
                    woonplaats: Some("Arnhem".into()),
                    ..AddressDraft::default()
                },
                ..EmployerDraft::default()
            },
        )
        .await
        .unwrap();
    let workplace = a1
        .matching()
        .save_workplace(
            None,
            &WorkplaceDraft {
                employer_id: Some(employer.id),
                title: Some("Medewerker groen".into()),
                kind: Some("regulier".into()),
                hours_per_week: Some("24".into()),
                postcode: Some("6827AB".into()),
                place: Some("Arnhem".into()),
                physical_demand: Some("middel".into()),
                mental_demand: Some("licht".into()),
                places: Some("1".into()),
                open: true,
                ..WorkplaceDraft::default()
            },
        )
        .await
        .unwrap();
    let start = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap();
    let placement = a1
        .matching()
        .place(
            resident,
            &PlacementDraft {
                workplace_id: Some(workplace.id),
                start: Some(format_date(start)),
                hours_per_week: Some("24".into()),
                contract: Some("arbeidsovereenkomst".into()),
                follow_up_weeks: Some("4".into()),
                reasoning: Some("Werkt graag buiten; werkgever begeleidt.".into()),
                decided_on: Some(format_date(start)),
                ..PlacementDraft::default()
            },
            today,
        )
        .await
        .unwrap();
    sync(&a1).await;

    // At the employer's site, offline: three saves of the draft as the visit goes on, a
    // refused save on the way, the sign-off, the decision, the beschikking printed.
    let area = a1.subsidies();
    let mut draft = LoonwaardeDraft {
        placement_id: Some(placement.id),
        employer_id: Some(employer.id),
        employer_contact: Some("Jan de Vries".into()),
        normfunctie: Some("Hovenier".into()),
        actual_function: Some("Medewerker groen".into()),
        worked_hours: Some("24".into()),
        fulltime_hours: Some("38".into()),
        visit_date: Some(format_date(today)),
        assessor_kind: Some("research_agency".into()),
        assessor_name: Some("Pieter Bakker".into()),
        assessor_organisation: Some("Loonwaarde Oost BV".into()),
        tasks: vec![task("Maaien", "60", "80", "100")],
        ..LoonwaardeDraft::default()
    };
    assert!(
        area.save_loonwaarde(resident, None, &draft, today)
            .await
            .is_err(),
        "one task of 60 % does not add up"
    );
    draft.tasks.push(task("Snoeien", "40", "60", "90"));
    let saved = area
        .save_loonwaarde(resident, None, &draft, today)
        .await
        .unwrap();
    draft.tasks.push(task("Vegen", "10", "90", "100"));
    draft.tasks[0].share = Some("50".into());
    area.save_loonwaarde(resident, Some(saved.id), &draft, today)
        .await
        .unwrap();
    draft.jobcoaching_hours = Some("8".into());
    draft.jobcoaching_intensity = Some("regular".into());
    draft.jobcoaching_months = Some("6".into());
    let drafted = area
        .save_loonwaarde(resident, Some(saved.id), &draft, today)
        .await
        .unwrap();
    // 50 × 76 % + 40 × 51,3 % + 10 × 85,5 % = 38 + 20,52 + 8,55 = 67,07 → 67
    assert_eq!(drafted.outcome().unwrap().percent, 67);
    let signed = area
        .sign_loonwaarde(
            resident,
            saved.id,
            &SignOffInput {
                signed_by: Some("Pieter Bakker".into()),
                signed_on: Some(format_date(today)),
            },
            12,
            today,
        )
        .await
        .unwrap();
    assert_eq!(signed.signed_percent(), Some(67));
    let decision = area
        .decide_lks(
            resident,
            &LksDecisionInput {
                placement_id: Some(placement.id),
                loonwaarde_id: Some(saved.id),
                starts_on: Some(format_date(start)),
                outcome: Some("granted".into()),
                reasoning: Some("Loonwaarde 67 %; de werkgever betaalt het minimumloon.".into()),
                ..LksDecisionInput::default()
            },
            today,
        )
        .await
        .unwrap();
    assert_eq!(decision.outcome, LksOutcome::Granted);
    let ctx = Context {
        letterhead: LetterheadSettings::default(),
        locale: Locale::Nl,
        now: Utc::now(),
    };
    let printed = a1
        .statements()
        .issue_lks_beschikking(&ctx, resident, decision.id)
        .await
        .unwrap();
    assert!(printed.pdf.starts_with(b"%PDF"), "a real PDF");
    let paid = area
        .pay_lks(
            resident,
            &LksPaymentInput {
                decision_id: Some(decision.id),
                period_from: Some(format_date(start)),
                period_until: Some(format_date(start)),
                hours_worked: Some("4,5".into()),
            },
            today,
        )
        .await
        .unwrap();

    // The resident asks what the municipality holds (AVG art. 15): the new records are in.
    let (_, json) = a1.statements().export_inzage(&ctx, resident).await.unwrap();
    let inzage: serde_json::Value = serde_json::from_str(&json).unwrap();
    for (list, n) in [
        ("loonwaarden", 1),
        ("lks_decisions", 1),
        ("lks_payments", 1),
    ] {
        assert_eq!(
            inzage["subsidies"][list].as_array().map(Vec::len),
            Some(n),
            "{list} in the inzage"
        );
    }
    for purpose in ["loonwaarde", "employer_subsidy"] {
        assert!(
            inzage["purposes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == purpose),
            "{purpose} among the purposes: {}",
            inzage["purposes"]
        );
    }
    assert!(
        inzage["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "loonwaarde")
    );
    let recipients: Vec<&str> = inzage["disclosures"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["recipient_name"].as_str())
        .collect();
    assert!(
        recipients.contains(&"Loonwaarde Oost BV")
            && recipients.contains(&"Groenvoorziening 't Rijnoever"),
        "the research agency and the employer are among the recipients: {recipients:?}"
    );

    // Back in range: one sync, and everyone sees the same.
    sync(&a1).await;
    let on_server: Vec<(String,)> = sqlx::query_as(
        "SELECT entity FROM records WHERE resident_id = $1 AND entity IN
         ('loonwaarde', 'lks_decision', 'lks_payment', 'issued_statement', 'disclosure')
         ORDER BY entity",
    )
    .bind(uuid::Uuid::from(resident))
    .fetch_all(&pool)
    .await
    .unwrap();
    let kinds: Vec<&str> = on_server.iter().map(|(k,)| k.as_str()).collect();
    for kind in [
        "loonwaarde",
        "lks_decision",
        "lks_payment",
        "issued_statement",
    ] {
        assert!(
            kinds.contains(&kind),
            "{kind} reached the server: {kinds:?}"
        );
    }
    assert!(
        kinds.iter().filter(|k| **k == "disclosure").count() >= 3,
        "placement, research agency and beschikking are in the sharing register: {kinds:?}"
    );

    for (who, store) in [("anna's other laptop", &a2), ("the team lead", &lead)] {
        sync(store).await;
        let file = store
            .subsidies()
            .subsidy_file(resident, Purpose::EmployerSubsidy, today)
            .await
            .unwrap_or_else(|e| panic!("{who}: {e:?}"));
        assert_eq!(file.loonwaarden.len(), 1, "{who}");
        let lw = &file.loonwaarden[0].record;
        assert_eq!(lw.signed_percent(), Some(67), "{who}");
        assert_eq!(
            lw.tasks.len(),
            3,
            "{who}: the last draft, not an earlier one"
        );
        assert_eq!(file.lks.len(), 1, "{who}");
        assert_eq!(file.lks[0].decision, decision, "{who}");
        assert_eq!(file.lks[0].payments, vec![paid.clone()], "{who}");
        assert_eq!(
            file.reassess_on,
            signed.sign_off.as_ref().map(|s| s.reassess_on)
        );
        let issued = store
            .upkeep()
            .records_json(EntityKind::IssuedStatement)
            .await
            .unwrap();
        assert_eq!(
            issued.len(),
            2,
            "{who} sees the printed beschikking and the inzage"
        );
    }
    let employees = lead.subsidies().employer_lks(employer.id).await.unwrap();
    assert_eq!(employees.len(), 1);
    assert_eq!(employees[0].display_name, "Văn An Nguyễn");
}

/// The coach's two laptops, both offline: on one the assessor signs the draft, on the
/// other the coach still changes the tasks. The signature must never end up under tasks
/// the assessor did not see: the server makes it a conflict for a person, and every
/// laptop's copy stays a valid assessment.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signature_on_one_laptop_and_task_edits_on_the_other_become_a_conflict() {
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
    let case = demo::case(&mut Rng::new(23), &a1.device().coach, today);
    let resident = case.intake.resident.id;
    a1.residents().save_intake(&case.intake).await.unwrap();
    let employer = a1
        .matching()
        .save_employer(
            None,
            &EmployerDraft {
                name: Some("Kringloop De Vonk".into()),
                address: AddressDraft {
                    street: Some("Markt".into()),
                    house_number: Some("3".into()),
                    postcode: Some("6811AA".into()),
                    woonplaats: Some("Arnhem".into()),
                    ..AddressDraft::default()
                },
                ..EmployerDraft::default()
            },
        )
        .await
        .unwrap();
    let draft = LoonwaardeDraft {
        employer_id: Some(employer.id),
        normfunctie: Some("Medewerker kringloop".into()),
        actual_function: Some("Sorteerder".into()),
        worked_hours: Some("20".into()),
        fulltime_hours: Some("36".into()),
        visit_date: Some(format_date(today)),
        assessor_kind: Some("staff".into()),
        assessor_name: Some("Fatima el Amrani".into()),
        tasks: vec![
            task("Sorteren", "70", "80", "100"),
            task("Prijzen", "30", "60", "90"),
        ],
        ..LoonwaardeDraft::default()
    };
    let saved = a1
        .subsidies()
        .save_loonwaarde(resident, None, &draft, today)
        .await
        .unwrap();
    sync(&a1).await;
    sync(&a2).await;

    // Offline on both.
    let signed = a1
        .subsidies()
        .sign_loonwaarde(
            resident,
            saved.id,
            &SignOffInput {
                signed_by: Some("Fatima el Amrani".into()),
                signed_on: Some(format_date(today)),
            },
            12,
            today,
        )
        .await
        .unwrap();
    let mut edited = draft.clone();
    edited.tasks[0].tempo = Some("95".into());
    edited.notes = Some("Na de lunch sneller.".into());
    a2.subsidies()
        .save_loonwaarde(resident, Some(saved.id), &edited, today)
        .await
        .unwrap();

    sync(&a1).await;
    let report = a2.sync().round(&|_| {}).await.expect("a2 syncs");
    assert!(
        report.push.conflicts >= 1,
        "the task edit meets the signature: {report:?}"
    );
    sync(&a1).await;
    let conflicts = a2.sync().conflicts().await.unwrap();
    assert!(
        conflicts
            .iter()
            .any(|c| c.entity == "loonwaarde" && c.field == "tasks")
            && conflicts
                .iter()
                .any(|c| c.entity == "loonwaarde" && c.field == "notes"),
        "the tasks are a conflict for a person: {conflicts:?}"
    );
    for store in [&a1, &a2] {
        let lw = store
            .subsidies()
            .loonwaarde(resident, saved.id)
            .await
            .unwrap();
        assert_eq!(lw.validate(), Ok(()), "every copy is a valid assessment");
        assert_eq!(lw.sign_off, signed.sign_off, "the signature stands");
        assert_eq!(
            lw.tasks, signed.tasks,
            "under the tasks the assessor signed"
        );
        assert_eq!(
            lw.notes, None,
            "nothing of the edit slipped under the signature"
        );
    }
}

/// A coach's week: the assessment drafted, signed and the LKS decided offline, while the
/// team lead hands the resident to a colleague. When Anna's laptop comes back, nothing of
/// her week is lost: Bram's laptop holds the signed assessment and the decision, and the
/// file leaves Anna's laptop.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn work_done_offline_reaches_the_colleague_the_resident_was_handed_to() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    let anna = admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let bram = admin::user_add(&pool, "bram", "Bram Jansen", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let dirs: Vec<tempfile::TempDir> = (0..2).map(|_| tempfile::tempdir().unwrap()).collect();
    let a = laptop(&dirs[0], "Anna de Vries").await;
    let b = laptop(&dirs[1], "Bram Jansen").await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();
    b.sync().login(&url, "bram", PASSWORD).await.unwrap();
    let today = Local::now().date_naive();
    let mut case = demo::case(&mut Rng::new(24), &a.device().coach, today);
    case.intake.resident.name.given_names = "Văn An".into();
    case.intake.resident.name.family_name = "Nguyễn".into();
    let resident = case.intake.resident.id;
    a.residents().save_intake(&case.intake).await.unwrap();
    let employer = a
        .matching()
        .save_employer(
            None,
            &EmployerDraft {
                name: Some("Drukkerij Ŕijnstad".into()),
                address: AddressDraft {
                    street: Some("Nijverheidsweg".into()),
                    house_number: Some("7".into()),
                    postcode: Some("6827AB".into()),
                    woonplaats: Some("Arnhem".into()),
                    ..AddressDraft::default()
                },
                ..EmployerDraft::default()
            },
        )
        .await
        .unwrap();
    sync(&a).await;

    // Offline: two saves, a long observation, the signature.
    let long_notes = "Werkt nauwkeurig; heeft na de pauze meer tijd nodig. ".repeat(60);
    let mut draft = LoonwaardeDraft {
        employer_id: Some(employer.id),
        normfunctie: Some("Productiemedewerker".into()),
        actual_function: Some("Inpakker".into()),
        worked_hours: Some("28,5".into()),
        fulltime_hours: Some("38".into()),
        visit_date: Some(format_date(today)),
        assessor_kind: Some("staff".into()),
        assessor_name: Some("Fatima el Amrani".into()),
        tasks: vec![
            task("Inpakken", "80", "70", "100"),
            task("Etiketteren", "20", "90", "90"),
        ],
        ..LoonwaardeDraft::default()
    };
    let saved = a
        .subsidies()
        .save_loonwaarde(resident, None, &draft, today)
        .await
        .unwrap();
    draft.notes = Some(long_notes.trim().to_owned());
    a.subsidies()
        .save_loonwaarde(resident, Some(saved.id), &draft, today)
        .await
        .unwrap();
    let signed = a
        .subsidies()
        .sign_loonwaarde(
            resident,
            saved.id,
            &SignOffInput {
                signed_by: Some("Fatima el Amrani".into()),
                signed_on: Some(format_date(today)),
            },
            12,
            today,
        )
        .await
        .unwrap();

    // Meanwhile the team lead hands the resident to Bram.
    assert!(
        werkpad_server::sync::caseload::unassign(&pool, resident.as_uuid(), anna, None)
            .await
            .unwrap()
    );
    assert!(
        werkpad_server::sync::caseload::assign(&pool, resident.as_uuid(), bram, None)
            .await
            .unwrap()
    );

    // Anna comes back in range; then Bram syncs.
    sync(&a).await;
    sync(&a).await;
    sync(&b).await;
    let on_b = b
        .subsidies()
        .loonwaarde(resident, saved.id)
        .await
        .expect("the signed assessment reached Bram");
    assert_eq!(
        on_b, signed,
        "the whole assessment, long notes and signature included"
    );
    assert_eq!(
        a.sync().outbox_stats().await.unwrap().pending,
        0,
        "nothing left unsent"
    );
    assert!(
        a.subsidies().loonwaarde(resident, saved.id).await.is_err(),
        "the file left Anna's laptop once it was Bram's"
    );
}

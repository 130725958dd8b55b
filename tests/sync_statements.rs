//! An issued verklaring 56+ is an append-only fact that syncs like a report: the decision,
//! the statement (with its offline reference number and frozen snapshot) and the sharing
//! register reach the coach's other laptop through the real server and PostgreSQL, and the
//! other laptop can reprint it as an afschrift with the same reference.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{Local, NaiveDate, Utc};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::i18n::Locale;
use werkpad_core::statements::{Context, LetterheadSettings, Recipients56};
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::AddressDraft;
use werkpad_domain::sync::Role;
use werkpad_domain::verklaring56::{DecisionOutcome, EmploymentFactsDraft};
use werkpad_journeys::{PASSWORD, fresh_database, start_server};
use werkpad_server::admin;

async fn laptop(dir: &tempfile::TempDir) -> Store {
    let config = StoreConfig {
        backend: BackendPreference::Use(Arc::new(MemoryBackend::default())),
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    };
    Store::create(dir.path(), "passphrase-for-tests", "Anna de Vries", &config)
        .await
        .expect("store")
}

fn facts() -> EmploymentFactsDraft {
    EmploymentFactsDraft {
        employer_name: Some("Bakkerij De Korenschoof B.V.".into()),
        loonheffingennummer: Some("123456782L01".into()),
        employer_address: AddressDraft {
            street: Some("Ketelstraat".into()),
            house_number: Some("12".into()),
            house_number_addition: None,
            postcode: Some("6811 AN".into()),
            woonplaats: Some("Arnhem".into()),
        },
        start_date: Some("03-03-2025".into()),
        request_date: Some("10-03-2025".into()),
        benefit: Some("participatiewet".into()),
        same_employer_within_6_months: Some(false),
        job_kind: Some("regular".into()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_issued_verklaring_reaches_the_other_laptop_and_reprints_there() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = laptop(&dir_a).await;
    let b = laptop(&dir_b).await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();
    b.sync().login(&url, "anna", PASSWORD).await.unwrap();

    let mut case = demo::case(
        &mut Rng::new(5),
        &a.device().coach,
        Local::now().date_naive(),
    );
    case.intake.resident.birth_date = NaiveDate::from_ymd_opt(1964, 9, 1).unwrap();
    let id = case.intake.resident.id;
    a.residents().save_intake(&case.intake).await.unwrap();
    let decision = a
        .statements()
        .verklaring56_decide(
            id,
            &facts(),
            DecisionOutcome::Granted,
            "Voldoet aan alle voorwaarden.",
            NaiveDate::from_ymd_opt(2025, 3, 12).unwrap(),
        )
        .await
        .unwrap();
    let ctx = Context {
        letterhead: LetterheadSettings::default(),
        locale: Locale::Nl,
        now: Utc::now(),
    };
    let issued = a
        .statements()
        .issue_verklaring56(
            &ctx,
            decision.id,
            Recipients56 {
                employer: true,
                uwv: true,
            },
        )
        .await
        .unwrap();

    a.sync().round(&|_| {}).await.expect("A pushes");
    b.sync().round(&|_| {}).await.expect("B pulls");
    assert_eq!(
        a.sync().outbox_stats().await.unwrap().pending,
        0,
        "A's outbox is empty"
    );

    let on_b = b.statements().overview(id).await.unwrap();
    assert_eq!(
        on_b.decisions,
        vec![decision],
        "the decision arrives as it was made"
    );
    assert_eq!(
        on_b.statements,
        vec![issued.statement.clone()],
        "the statement arrives with its reference and snapshot"
    );
    assert_eq!(
        on_b.disclosures.len(),
        2,
        "both entries of the sharing register arrive"
    );

    let copy = b
        .statements()
        .reprint(&ctx, issued.statement.id)
        .await
        .unwrap();
    let again = a
        .statements()
        .reprint(&ctx, issued.statement.id)
        .await
        .unwrap();
    assert_eq!(
        copy, again,
        "both laptops print the same afschrift, byte for byte, from the synced snapshot"
    );
}

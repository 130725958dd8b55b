//! Survey answers on the laptop: the table cannot hold a resident, and recording an
//! answer writes nothing to the outbox or the audit log (which would tie it to a time,
//! a device and a person).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use werkpad_domain::ValidationError;
use werkpad_domain::survey::{SurveyAnswer, SurveyChannel, SurveyInput, SurveyQuestion};

use crate::StoreError;
use crate::store::secrets::{MemoryBackend, SecretBackend};
use crate::store::{BackendPreference, KdfParams, Store, StoreConfig};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 15).unwrap()
}

async fn store(dir: &tempfile::TempDir) -> Store {
    let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
    let config = StoreConfig {
        backend: BackendPreference::Use(backend),
        kdf: KdfParams::insecure_for_tests(),
        ..Default::default()
    };
    Store::create(
        dir.path(),
        "correct horse battery staple",
        "Petra de Coach",
        &config,
    )
    .await
    .unwrap()
}

fn input(consent: bool, values: &[(SurveyQuestion, u8)]) -> SurveyInput {
    SurveyInput {
        consent,
        answer: SurveyAnswer {
            month: "2026-12".into(),
            channel: SurveyChannel::Screen,
            values: values.iter().copied().collect::<BTreeMap<_, _>>(),
        },
    }
}

async fn count(store: &Store, table: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT count(*) FROM {table}")))
        .fetch_one(store.pool())
        .await
        .unwrap();
    n
}

#[tokio::test(flavor = "multi_thread")]
async fn the_table_has_no_place_for_a_resident() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let columns: Vec<(String,)> =
        sqlx::query_as("SELECT name FROM pragma_table_info('survey_answers') ORDER BY cid")
            .fetch_all(store.pool())
            .await
            .unwrap();
    let columns: Vec<String> = columns.into_iter().map(|(c,)| c).collect();
    assert_eq!(
        columns,
        ["token", "month", "channel", "answers"],
        "a waiting answer holds its token, month, channel and scores: no resident, coach, device or time"
    );
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_answer_writes_neither_outbox_nor_audit() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let outbox = count(&store, "outbox").await;
    let audit = count(&store, "audit_log").await;
    store
        .surveys()
        .record(
            input(
                true,
                &[(SurveyQuestion::Listens, 4), (SurveyQuestion::Recommend, 5)],
            ),
            today(),
        )
        .await
        .unwrap();
    store
        .surveys()
        .record(input(true, &[(SurveyQuestion::NextStep, 2)]), today())
        .await
        .unwrap();
    assert_eq!(store.surveys().pending_count().await.unwrap(), 2);
    assert_eq!(
        count(&store, "outbox").await,
        outbox,
        "a survey answer is no record change: the outbox would tie it to a time and device"
    );
    assert_eq!(
        count(&store, "audit_log").await,
        audit,
        "a survey answer is no read or change of a file: nothing in the audit log"
    );
    let pending = store.surveys().pending(10).await.unwrap();
    assert_eq!(pending.len(), 2);
    assert!(
        pending
            .iter()
            .all(|d| d.token.len() == 32 && d.answer.month == "2026-12"),
        "each waits under its own 128-bit token with only the month"
    );
    assert_ne!(pending[0].token, pending[1].token, "tokens are random");
    let first = vec![pending[0].token.clone()];
    store.surveys().delivered(&first).await.unwrap();
    assert_eq!(
        store.surveys().pending_count().await.unwrap(),
        1,
        "what the server has is forgotten, the rest waits"
    );
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn refused_answers_keep_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let cases = [
        (
            input(false, &[(SurveyQuestion::Listens, 4)]),
            "consent",
            ValidationError::ConsentRequired,
        ),
        (
            input(true, &[(SurveyQuestion::Listens, 9)]),
            "values.listens",
            ValidationError::OutOfRange { min: 1, max: 5 },
        ),
        (input(true, &[]), "values", ValidationError::NoSurveyAnswer),
    ];
    for (input, field, want) in cases {
        match store.surveys().record(input, today()).await {
            Err(StoreError::Validation(errors)) => {
                assert!(errors.contains(field, &want), "{field}: {errors:?}")
            }
            other => panic!("expected {want:?} on {field}, got {other:?}"),
        }
    }
    assert_eq!(
        store.surveys().pending_count().await.unwrap(),
        0,
        "no consent or a bad score: nothing kept"
    );
    store.lock().await;
}

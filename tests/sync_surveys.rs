//! Satisfaction surveys end to end: a coach's laptop keeps two residents' answers offline
//! (one on the screen, one from a paper form), syncs, and then the server's tallies hold
//! them, the laptop's survey table is empty, and nothing the laptop pushed or logged names
//! the answers. Through the real server and PostgreSQL.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{Local, NaiveDate, Utc};
use werkpad_core::Store;
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::survey::{
    SurveyAnswer, SurveyChannel, SurveyInput, SurveyQuestion, first_of_month, format_month,
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

fn input(channel: SurveyChannel, today: NaiveDate, values: &[(SurveyQuestion, u8)]) -> SurveyInput {
    SurveyInput {
        consent: true,
        answer: SurveyAnswer {
            month: format_month(today),
            channel,
            values: values.iter().copied().collect(),
        },
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_kept_offline_reach_the_tallies_and_leave_the_laptop() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = laptop(&dir, "Anna de Vries").await;
    store.sync().login(&url, "anna", PASSWORD).await.unwrap();
    store.sync().round(&|_| {}).await.expect("first sync");

    // Offline: two residents answer. The server is not asked.
    let today = Local::now().date_naive();
    store
        .surveys()
        .record(
            input(
                SurveyChannel::Screen,
                today,
                &[(SurveyQuestion::Listens, 5), (SurveyQuestion::NextStep, 4)],
            ),
            today,
        )
        .await
        .unwrap();
    store
        .surveys()
        .record(
            input(
                SurveyChannel::Paper,
                today,
                &[(SurveyQuestion::Listens, 5), (SurveyQuestion::Recommend, 2)],
            ),
            today,
        )
        .await
        .unwrap();
    assert_eq!(store.surveys().pending_count().await.unwrap(), 2);
    let tokens: Vec<String> = store
        .surveys()
        .pending(10)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.token)
        .collect();
    let (before,): (i64,) = sqlx::query_as("SELECT count(*) FROM survey_tallies")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(before, 0, "nothing reaches the server while offline");

    let report = store.sync().round(&|_| {}).await.expect("sync");
    assert_eq!(report.push.rejected, 0);
    assert_eq!(
        store.surveys().pending_count().await.unwrap(),
        0,
        "the server has them: the laptop's table is empty"
    );

    // The server's month: the laptop's local month may differ from UTC for an hour.
    let month = first_of_month(Utc::now().date_naive()).min(first_of_month(today));
    let from = month.checked_sub_months(chrono::Months::new(1)).unwrap();
    let to = first_of_month(today).max(first_of_month(Utc::now().date_naive()));
    let tallies = werkpad_server::surveys::tallies(&pool, None, from, to)
        .await
        .unwrap();
    let got: Vec<(String, i16, i64)> = tallies
        .iter()
        .map(|t| (t.question.clone(), t.value, t.answers))
        .collect();
    assert_eq!(
        got,
        vec![
            ("listens".into(), 5, 2),
            ("next_step".into(), 4, 1),
            ("recommend".into(), 2, 1),
        ],
        "both answers counted, each score once"
    );
    assert!(
        tallies.iter().all(|t| t.team_id.is_nil()),
        "Anna has no team: the nil uuid"
    );
    let responses = werkpad_server::surveys::responses(&pool, None, from, to)
        .await
        .unwrap();
    assert_eq!(responses.iter().map(|r| r.2).sum::<i64>(), 2);

    // Nothing on the server holds a token or ties the answers to Anna's device.
    for token in &tokens {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM audit_log t WHERE strpos(t::text, $1) > 0)
                  + (SELECT count(*) FROM applied_pages t WHERE strpos(t::text, $1) > 0)
                  + (SELECT count(*) FROM records t WHERE strpos(t::text, $1) > 0)",
        )
        .bind(token)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(n, 0, "no row holds a delivery token");
    }

    // A second round sends nothing again.
    store.sync().round(&|_| {}).await.expect("sync again");
    let again = werkpad_server::surveys::tallies(&pool, None, from, to)
        .await
        .unwrap();
    assert_eq!(
        again, tallies,
        "a round with nothing waiting changes nothing"
    );
    store.lock().await;
}

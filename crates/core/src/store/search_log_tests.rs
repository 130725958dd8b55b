//! Searches and caseload views in the access log: a settled search logs one `search` entry
//! per resident it shows and never its text; typing logs nothing; the same settled search
//! twice logs once, until another settles or the store is locked; a page of the caseload
//! list logs one `caseload_view` entry.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use super::Store;
use super::tests::{Fixture, intake};

/// What the coach types: mixed case and spaces, normalised to the FTS query `"jans"*`.
const TYPED: &str = "  JanS ";

/// Three residents called Jansen and one Öztürk, who "jans" does not find.
async fn caseload_with_jansens(store: &Store) -> BTreeSet<String> {
    let mut jansens = BTreeSet::new();
    for seed in 1..=3 {
        let mut case = intake(store, seed);
        case.resident.name.family_name = "Jansen".into();
        store.residents().save_intake(&case).await.unwrap();
        jansens.insert(case.resident.id.to_string());
    }
    let mut other = intake(store, 9);
    other.resident.name.family_name = "Öztürk".into();
    store.residents().save_intake(&other).await.unwrap();
    jansens
}

/// The entries of one action: resident, entity, entity id, purpose, reason.
type Entry = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

async fn entries(store: &Store, action: &str) -> Vec<Entry> {
    sqlx::query_as(
        "SELECT resident_id, entity, entity_id, purpose, reason FROM audit_log
         WHERE action = ? ORDER BY id",
    )
    .bind(action)
    .fetch_all(store.pool())
    .await
    .unwrap()
}

async fn audit_count(store: &Store) -> i64 {
    store.audit().count().await.unwrap()
}

/// Every column of every audit row as text, lower case: whatever columns the table has.
async fn whole_audit_log(store: &Store) -> String {
    let columns: Vec<(String,)> =
        sqlx::query_as("SELECT name FROM pragma_table_info('audit_log') ORDER BY cid")
            .fetch_all(store.pool())
            .await
            .unwrap();
    assert!(columns.len() >= 10, "the table's columns: {columns:?}");
    let mut all = String::new();
    for (column,) in columns {
        let (text,): (Option<String>,) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT group_concat(coalesce(CAST(\"{column}\" AS TEXT), ''), '|') FROM audit_log"
        )))
        .fetch_one(store.pool())
        .await
        .unwrap();
        all.push_str(&text.unwrap_or_default());
        all.push('\n');
    }
    all.to_lowercase()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_settled_search_logs_each_resident_shown_by_id_and_never_the_text() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let jansens = caseload_with_jansens(&store).await;

    let before = audit_count(&store).await;
    for typed in ["J", "Ja", "Jan", "JanS"] {
        store.residents().search(typed, 50).await.unwrap();
    }
    assert_eq!(
        audit_count(&store).await,
        before,
        "searching as the coach types writes nothing"
    );

    let shown = store
        .residents()
        .search_settled(TYPED, None, 50)
        .await
        .unwrap();
    let shown: BTreeSet<String> = shown.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(shown, jansens, "the settled search shows the three Jansens");
    let logged = entries(&store, "search").await;
    assert_eq!(
        logged.len(),
        shown.len(),
        "one entry per resident shown, in all {}",
        audit_count(&store).await - before
    );
    let residents: BTreeSet<String> = logged.iter().filter_map(|e| e.0.clone()).collect();
    assert_eq!(
        residents, shown,
        "each entry names a resident who was shown"
    );
    for (_, entity, entity_id, purpose, reason) in &logged {
        assert_eq!(
            (entity, entity_id),
            (&None, &None),
            "a search opens no record"
        );
        assert_eq!(
            purpose.as_deref(),
            Some("guidance"),
            "searching is guidance"
        );
        assert_eq!(reason, &None, "no free text, not even in the reason column");
    }

    let log = whole_audit_log(&store).await;
    assert!(
        log.contains("search") && jansens.iter().all(|id| log.contains(id)),
        "the scan reads the rows the search wrote"
    );
    assert!(
        !log.contains("jans"),
        "the typed text is in no column of any audit row"
    );
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_settled_search_logs_once_and_another_logs_again() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let jansens = caseload_with_jansens(&store).await;
    let searches = async |store: &Store| entries(store, "search").await.len();
    let settle = async |store: &Store, text: &str, state: Option<&str>| {
        store
            .residents()
            .search_settled(text, state, 50)
            .await
            .unwrap()
            .len()
    };

    assert_eq!(settle(&store, TYPED, None).await, 3);
    assert_eq!(searches(&store).await, 3);
    assert_eq!(
        settle(&store, "jans", None).await,
        3,
        "the result is shown again"
    );
    assert_eq!(
        searches(&store).await,
        3,
        "the same words settled again (Enter after the pause, a result opened) log nothing"
    );

    assert_eq!(settle(&store, "jansen", None).await, 3);
    assert_eq!(
        searches(&store).await,
        6,
        "other words: a new search, logged"
    );
    assert_eq!(settle(&store, "jans", None).await, 3);
    assert_eq!(
        searches(&store).await,
        9,
        "back to the first words after another search: shown again, logged again"
    );

    let state = store
        .residents()
        .search("jans", 50)
        .await
        .unwrap()
        .remove(0)
        .traject_state
        .expect("an intake opens a traject");
    let in_state = settle(&store, "jans", Some(&state)).await;
    assert!(in_state >= 1 && in_state <= jansens.len());
    assert_eq!(
        searches(&store).await,
        9 + in_state,
        "the same words under another filter show other residents: logged, only those shown"
    );

    let before = audit_count(&store).await;
    for nothing in ["", "   ", "-- !"] {
        assert_eq!(settle(&store, nothing, None).await, 0);
    }
    assert_eq!(
        audit_count(&store).await,
        before,
        "a query with nothing to search logs nothing"
    );
    assert_eq!(settle(&store, "pietersen", None).await, 0);
    assert_eq!(
        audit_count(&store).await,
        before,
        "a search that shows no one logs no one"
    );
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locking_forgets_the_last_settled_search() {
    let fx = Fixture::new();
    let store = fx.create().await;
    caseload_with_jansens(&store).await;
    store
        .residents()
        .search_settled(TYPED, None, 50)
        .await
        .unwrap();
    store
        .residents()
        .search_settled(TYPED, None, 50)
        .await
        .unwrap();
    assert_eq!(entries(&store, "search").await.len(), 3, "logged once");

    store.lock().await;
    let store = fx.unlock().await.unwrap();
    store
        .residents()
        .search_settled(TYPED, None, 50)
        .await
        .unwrap();
    assert_eq!(
        entries(&store, "search").await.len(),
        6,
        "after lock and unlock the same search is a new one: logged again"
    );
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_page_of_the_caseload_list_logs_one_view() {
    let fx = Fixture::new();
    let store = fx.create().await;
    caseload_with_jansens(&store).await;
    let before = audit_count(&store).await;

    let first = store.residents().caseload(None, 2, 0).await.unwrap();
    assert_eq!(first.len(), 2);
    assert_eq!(
        audit_count(&store).await,
        before + 1,
        "one entry for the page, not one per resident on it"
    );
    store.residents().caseload(None, 2, 2).await.unwrap();
    store
        .residents()
        .caseload(Some("nazorg"), 2, 0)
        .await
        .unwrap();

    let views = entries(&store, "caseload_view").await;
    assert_eq!(
        views.len(),
        3,
        "every page shown is logged, an empty one too"
    );
    assert_eq!(audit_count(&store).await, before + 3, "and nothing else");
    for view in &views {
        assert_eq!(
            view,
            &(None, None, None, Some("guidance".into()), None),
            "a page lists many residents: no resident, no record, purpose guidance"
        );
    }
    store.lock().await;
}

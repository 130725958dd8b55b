//! Management reports end to end (issue 24): two coaches' laptops push a few residents; the
//! team lead's laptop fetches her team's report from the real server, and with the server
//! gone gets the same figures from its encrypted store, with the moment they were fetched;
//! a question never asked before is a typed "not cached"; a coach gets a typed forbidden.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{Local, Months, Utc};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::reports::ReportError;
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::report::Cell;
use werkpad_domain::sync::Role;
use werkpad_domain::{StaffId, StaffMember};
use werkpad_journeys::{PASSWORD, fresh_database};
use werkpad_server::{AppState, Settings, admin};

async fn laptop(dir: &tempfile::TempDir, coach: &str) -> Store {
    let config = StoreConfig {
        backend: BackendPreference::Use(Arc::new(MemoryBackend::default())),
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    };
    Store::create(dir.path(), "passphrase-for-tests", coach, &config)
        .await
        .expect("store")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_lead_sees_her_teams_figures_online_and_the_last_ones_offline() {
    let (pool, _) = fresh_database().await;
    // The server in this process, with a handle to stop it.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let state = AppState::new(pool.clone(), Settings::default()).unwrap();
    let server = tokio::spawn(async move { werkpad_server::serve_plain(listener, state).await });

    for (name, display, role) in [
        ("anna", "Anna de Vries", Role::Jobcoach),
        ("bram", "Bram Jansen", Role::Jobcoach),
        ("lieke", "Lieke Bakker", Role::Teamleider),
    ] {
        admin::user_add(&pool, name, display, role, PASSWORD)
            .await
            .unwrap();
    }
    admin::team_add(&pool, "Noord").await.unwrap();
    for name in ["anna", "bram", "lieke"] {
        admin::user_set_team(&pool, name, Some("Noord"))
            .await
            .unwrap();
    }
    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let a = laptop(&dirs[0], "Anna de Vries").await;
    let b = laptop(&dirs[1], "Bram Jansen").await;
    let t = laptop(&dirs[2], "Lieke Bakker").await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();
    b.sync().login(&url, "bram", PASSWORD).await.unwrap();
    t.sync().login(&url, "lieke", PASSWORD).await.unwrap();

    // Five residents each: ten trajecten in team Noord.
    let today = Local::now().date_naive();
    // The trajecten name the coach by her server user id: the server's facts take the coach
    // from the traject and find her team by user id (a laptop's own staff id would count
    // for no team; see the report of issue 24).
    for (k, store) in [&a, &b].into_iter().enumerate() {
        let account = store.sync().account().await.unwrap().unwrap();
        let user = uuid::Uuid::parse_str(&account.user_id).unwrap();
        let coach = StaffMember::new(StaffId::from_uuid(user), &account.display_name).unwrap();
        for i in 0..5 {
            let case = demo::case(&mut Rng::new(100 + (k * 10 + i) as u64), &coach, today);
            store.residents().save_intake(&case.intake).await.unwrap();
        }
        store.sync().round(&|_| {}).await.expect("sync");
    }

    // The team lead: her team only, no "all teams".
    assert!(
        t.reports().allowed().await.unwrap(),
        "a team lead gets figures"
    );
    let teams = t.reports().teams().await.expect("teams");
    assert!(!teams.from_cache);
    assert!(
        !teams.teams.all_allowed,
        "a team lead cannot ask for every team"
    );
    assert_eq!(teams.teams.teams.len(), 1);
    assert_eq!(teams.teams.teams[0].name, "Noord");
    let team = Some(teams.teams.teams[0].id);

    let now = Utc::now().date_naive();
    let from = (now - Months::new(59)).format("%Y-%m").to_string();
    let to = now.format("%Y-%m").to_string();
    let online = t
        .reports()
        .fetch(team, &from, &to)
        .await
        .expect("the report");
    assert!(!online.from_cache, "fetched from the server");
    assert_eq!(online.report.team.as_deref(), Some("Noord"));
    assert_eq!(online.report.as_of, now, "figures of today");
    let inflow = online.report.table("report-table-inflow").expect("inflow");
    assert_eq!(
        inflow.cell("report-row-inflow", "report-column-total"),
        Some(&Cell::Count { value: 10 }),
        "the ten referrals the coaches pushed, counted once each: {inflow:?}"
    );

    // A coach gets no figures, typed.
    assert!(
        !a.reports().allowed().await.unwrap(),
        "a coach gets no figures"
    );
    let refused = a
        .reports()
        .fetch(None, &from, &to)
        .await
        .expect_err("a coach");
    assert!(matches!(refused, ReportError::Forbidden), "{refused:?}");
    assert_eq!(refused.payload().code, "report_forbidden");
    let refused = a.reports().teams().await.expect_err("a coach");
    assert!(matches!(refused, ReportError::Forbidden), "{refused:?}");

    // A bad period is said before asking anyone.
    let reversed = t
        .reports()
        .fetch(team, &to, &from)
        .await
        .expect_err("reversed");
    assert_eq!(reversed.payload().code, "report_period_reversed");

    // The server is gone: the same question gets the kept figures with their moment; the
    // teams too; a question never asked before is "not cached".
    server.abort();
    let _ = server.await;
    let offline = t
        .reports()
        .fetch(team, &from, &to)
        .await
        .expect("kept figures");
    assert!(offline.from_cache, "marked as the last fetched figures");
    assert_eq!(
        offline.fetched_at, online.fetched_at,
        "with the moment they were fetched"
    );
    assert_eq!(offline.report, online.report, "the same figures");
    let teams_offline = t.reports().teams().await.expect("kept teams");
    assert!(teams_offline.from_cache);
    assert_eq!(teams_offline.teams, teams.teams);
    let other_from = (now - Months::new(2)).format("%Y-%m").to_string();
    let never = t
        .reports()
        .fetch(team, &other_from, &to)
        .await
        .expect_err("never fetched");
    assert!(matches!(never, ReportError::NotCached), "{never:?}");
    assert_eq!(never.payload().message_id, "error-report-not-cached");
}

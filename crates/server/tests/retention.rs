//! Retention on the server: a file goes when its period has passed, leaves a destruction
//! record without personal data, is purged from every laptop at its next pull, and never
//! comes back (not by a pull after a fresh login, not by a push from a laptop that was
//! offline or restored).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use chrono::{Days, NaiveDate, Utc};
use serde_json::{Map, Value};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::{MutationOp, Role};
use werkpad_domain::{EndReason, Record, StaffId, StaffMember};
use werkpad_server::retention;
use werkpad_testkit::{self as demo, Rng};

fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        other => panic!("not an object: {other}"),
    }
}

/// A case whose only traject ended `days_ago` for `reason` (or is still open).
fn case_ended(seed: u64, ended: Option<(EndReason, u64)>) -> Case {
    let today = Utc::now().date_naive();
    let mut rng = Rng::new(seed);
    let coach = StaffMember {
        id: StaffId::new(),
        name: "Test Coach".into(),
    };
    let back = ended.map_or(0, |(_, days)| days + 60);
    let mut c = demo::case(&mut rng, &coach, today - Days::new(back));
    if let Some((reason, days)) = ended {
        c.traject
            .end(
                reason,
                today - Days::new(days),
                coach.clone(),
                "Gestopt, in overleg".into(),
            )
            .expect("ends");
    }
    let report = c.reports.first().expect("demo case has reports").clone();
    Case {
        resident_id: c.resident.record_id(),
        resident: object(serde_json::to_value(&c.resident).unwrap()),
        traject_id: c.traject.record_id(),
        traject: object(serde_json::to_value(&c.traject).unwrap()),
        report_id: report.record_id(),
        report: object(serde_json::to_value(&report).unwrap()),
    }
}

/// Every row of every table of the server, as text.
async fn everything(pool: &PgPool) -> String {
    let tables: Vec<(String,)> =
        sqlx::query_as("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")
            .fetch_all(pool)
            .await
            .unwrap();
    let mut all = String::new();
    for (table,) in tables {
        let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT t::text FROM \"{table}\" t"
        )))
        .fetch_all(pool)
        .await
        .unwrap();
        for (row,) in rows {
            all.push_str(&row);
            all.push('\n');
        }
    }
    all
}

fn text(map: &Map<String, Value>, path: &[&str]) -> String {
    let mut v = &map[path[0]];
    for p in &path[1..] {
        v = &v[*p];
    }
    v.as_str()
        .unwrap_or_else(|| panic!("{path:?} is text"))
        .to_owned()
}

fn residents_in(changes: &[Value]) -> Vec<String> {
    changes
        .iter()
        .filter_map(|c| c["resident_id"].as_str().map(str::to_owned))
        .collect()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn an_aborted_file_goes_42_days_after_its_end_everywhere_and_never_comes_back(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "lieke", Role::Teamleider).await;
    let laptop = device(&app, "anna").await;
    let lead = device(&app, "lieke").await;
    let gone = case_ended(1, Some((EndReason::Afgebroken, 43)));
    let kept = case_ended(2, Some((EndReason::Afgebroken, 41)));
    let open = case_ended(3, None);
    let mut mutations = intake(&gone, 1);
    mutations.extend(intake(&kept, 4));
    mutations.extend(intake(&open, 7));
    let (status, body) = push(&app, &laptop, &mutations).await;
    assert!(status.is_success(), "{body}");
    let (_, _, anna_cursor) = pull_from(&app, &laptop, 0).await;
    let (_, _, lead_cursor) = pull_from(&app, &lead, 0).await;

    // The report says what goes when: the two ended files, the sooner first.
    let mut conn = pool.acquire().await.unwrap();
    let schedule = retention::schedule(&mut conn).await.unwrap();
    let today = Utc::now().date_naive();
    let due: Vec<(Uuid, NaiveDate)> = schedule.iter().map(|d| (d.resident_id, d.due_on)).collect();
    assert_eq!(
        due,
        vec![
            (gone.resident_id, today - Days::new(1)),
            (kept.resident_id, today + Days::new(1)),
        ]
    );

    // A dry run says what would go and destroys nothing.
    let before = count(&pool, "SELECT count(*) FROM records").await;
    let would = retention::run(&pool, today, None, true).await.unwrap();
    assert_eq!(would.len(), 1);
    assert_eq!(count(&pool, "SELECT count(*) FROM records").await, before);
    assert_eq!(count(&pool, "SELECT count(*) FROM destructions").await, 0);

    let done = retention::run(&pool, today, None, false).await.unwrap();
    assert_eq!(done.len(), 1, "only the file 43 days past its end");
    assert_eq!(done[0].due.resident_id, gone.resident_id);
    assert_eq!(done[0].due.reason, EndReason::Afgebroken);
    assert_eq!(
        done[0].counts.values().sum::<i64>(),
        3,
        "resident, traject, report: {:?}",
        done[0].counts
    );
    assert_eq!(
        count(&pool, "SELECT count(*) FROM records").await,
        before - 3
    );
    // Run again: nothing more goes.
    assert!(
        retention::run(&pool, today, None, false)
            .await
            .unwrap()
            .is_empty()
    );

    // What stays holds no personal data: no name, no BSN, no address anywhere.
    let dump = everything(&pool).await;
    for needle in [
        text(&gone.resident, &["bsn"]),
        text(&gone.resident, &["name", "family_name"]),
        text(&gone.resident, &["address", "street"]),
    ] {
        assert!(!dump.contains(&needle), "{needle:?} is still on the server");
    }
    assert!(
        dump.contains(&text(&kept.resident, &["bsn"])),
        "the probe finds what is kept"
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM audit_log WHERE action = 'destroy'"
        )
        .await,
        1
    );

    // Both laptops learn of it at their next pull.
    let (_, purges, _) = pull_from(&app, &laptop, anna_cursor).await;
    assert!(
        purges.contains(&Value::String(gone.resident_id.to_string())),
        "{purges:?}"
    );
    let (_, purges, _) = pull_from(&app, &lead, lead_cursor).await;
    assert!(
        purges.contains(&Value::String(gone.resident_id.to_string())),
        "{purges:?}"
    );

    // A fresh login pulls nothing of it.
    let fresh = device(&app, "anna").await;
    let (changes, _) = pull_all(&app, &fresh).await;
    let held = residents_in(&changes);
    assert!(!held.contains(&gone.resident_id.to_string()));
    assert!(held.contains(&kept.resident_id.to_string()));

    // A laptop that was offline pushes a change to it; a restored one pushes the intake
    // again: both refused, nothing comes back.
    let mut traject = gone.traject.clone();
    traject.insert("state".into(), Value::String("actief".into()));
    let late = vec![mutation(
        10,
        "traject",
        gone.traject_id,
        gone.resident_id,
        MutationOp::Update,
        traject,
        1,
    )];
    let (_, body) = push(&app, &laptop, &late).await;
    assert_eq!(body["results"][0]["outcome"], "rejected", "{body}");
    assert_eq!(body["results"][0]["reason"], "not_in_caseload", "{body}");
    let restored = device(&app, "anna").await;
    let (_, body) = push(&app, &restored, &intake(&gone, 1)).await;
    assert_eq!(body["results"][0]["outcome"], "rejected", "{body}");
    assert_eq!(body["results"][0]["reason"], "not_in_caseload", "{body}");
    assert_eq!(
        count(&pool, "SELECT count(*) FROM records").await,
        before - 3,
        "nothing of the destroyed file came back"
    );
}

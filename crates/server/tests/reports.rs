//! Management reports on the server (issue 24): a team lead sees her own team and no
//! other, policy staff any team or all, coaches and administrators nothing; figures come
//! from the records pushed by laptops, follow their changes and go with a destroyed file;
//! every report is logged; the answer holds no name or BSN.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::Router;
use axum::http::StatusCode;
use chrono::{Datelike, Months, NaiveDate};
use serde_json::{Map, Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::{MutationOp, Role};
use werkpad_domain::traject::{EndReason, Traject, TrajectState};
use werkpad_domain::{ResidentId, StaffId, StaffMember, TrajectId};

async fn team(pool: &PgPool, name: &str, members: &[Uuid]) -> Uuid {
    let id = Uuid::now_v7();
    sqlx::query("INSERT INTO teams (id, name) VALUES ($1, $2)")
        .bind(id)
        .bind(name)
        .execute(pool)
        .await
        .unwrap();
    sqlx::query("UPDATE users SET team_id = $1 WHERE id = ANY($2)")
        .bind(id)
        .bind(members)
        .execute(pool)
        .await
        .unwrap();
    id
}

fn started() -> NaiveDate {
    let d = today().checked_sub_months(Months::new(2)).unwrap();
    d.with_day(3).unwrap()
}

fn month(d: NaiveDate) -> String {
    d.format("%Y-%m").to_string()
}

/// A resident of `coach` (pushed from the coach's laptop): the intake and a traject
/// referred on [`started`], in intake a week later. Returns (resident, traject doc).
async fn resident(
    app: &Router,
    device: &(Uuid, String),
    coach: Uuid,
    seq: &mut i64,
    seed: u64,
) -> (Uuid, Traject) {
    let case = case(seed);
    // A laptop names its coach by its own staff id; coach B's laptop does so here
    // (`coach` nil), the others name the server's user id: both count for the coach.
    let staff_id = if coach.is_nil() {
        StaffId::new()
    } else {
        StaffId::from_uuid(coach)
    };
    let staff = StaffMember::new(staff_id, "Coach").unwrap();
    let mut t = Traject::new(
        TrajectId::new(),
        ResidentId::from_uuid(case.resident_id),
        staff.clone(),
        started(),
        Vec::new(),
    );
    t.transition(
        TrajectState::Intake,
        started() + chrono::Days::new(7),
        staff,
        None,
    )
    .unwrap();
    let doc = serde_json::to_value(&t)
        .unwrap()
        .as_object()
        .unwrap()
        .clone();
    let muts = vec![
        mutation(
            *seq,
            "resident",
            case.resident_id,
            case.resident_id,
            MutationOp::Create,
            case.resident.clone(),
            0,
        ),
        mutation(
            *seq + 1,
            "traject",
            t.id.as_uuid(),
            case.resident_id,
            MutationOp::Create,
            doc,
            0,
        ),
    ];
    *seq += 2;
    let (status, body) = push(app, device, &muts).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    (case.resident_id, t)
}

async fn report(app: &Router, device: &(Uuid, String), team: Option<Uuid>) -> (StatusCode, Value) {
    report_from(app, device, team, started()).await
}

async fn report_from(
    app: &Router,
    device: &(Uuid, String),
    team: Option<Uuid>,
    from: NaiveDate,
) -> (StatusCode, Value) {
    call(
        app,
        "/api/v1/reports/management",
        json!({"device_id": device.0, "team": team, "from": month(from), "to": month(today())}),
        Some(&device.1),
    )
    .await
}

fn cell(report: &Value, table: &str, row: &str, column: &str) -> Value {
    let t = report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == table)
        .unwrap_or_else(|| panic!("no table {table}"));
    let c = t["columns"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c == column)
        .unwrap();
    let rows = t["rows"].as_array().unwrap();
    let r = rows
        .iter()
        .find(|r| r["id"] == row)
        .unwrap_or_else(|| panic!("no row {row}"));
    r["cells"][c].clone()
}

struct World {
    app: Router,
    lead: (Uuid, String),
    policy: (Uuid, String),
    coach_a: (Uuid, String),
    noord: Uuid,
    zuid: Uuid,
    residents: Vec<(Uuid, Traject)>,
}

/// Noord: coach A with 4 residents, coach B with 3; Zuid: coach Z with 6.
async fn world(pool: PgPool) -> World {
    let app = app(pool.clone());
    let a = user(&pool, "coach-a", Role::Jobcoach).await;
    let b = user(&pool, "coach-b", Role::Jobcoach).await;
    let z = user(&pool, "coach-z", Role::Jobcoach).await;
    let lead = user(&pool, "lead-noord", Role::Teamleider).await;
    user(&pool, "beleid", Role::BeleidStatistiek).await;
    let noord = team(&pool, "Noord", &[a, b, lead]).await;
    let zuid = team(&pool, "Zuid", &[z]).await;
    let mut residents = Vec::new();
    let mut seed = 100;
    for (name, id, n) in [
        ("coach-a", a, 4),
        ("coach-b", Uuid::nil(), 3),
        ("coach-z", z, 6),
    ] {
        let device = device(&app, name).await;
        let mut seq = 1;
        for _ in 0..n {
            seed += 1;
            residents.push(resident(&app, &device, id, &mut seq, seed).await);
        }
    }
    World {
        lead: device(&app, "lead-noord").await,
        policy: device(&app, "beleid").await,
        coach_a: device(&app, "coach-a").await,
        app,
        noord,
        zuid,
        residents,
    }
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_team_lead_sees_her_team_policy_sees_all_and_others_nothing(pool: PgPool) {
    let w = world(pool.clone()).await;
    let (status, mine) = report(&w.app, &w.lead, None).await;
    assert_eq!(status, StatusCode::OK, "{mine}");
    assert_eq!(mine["team"], "Noord");
    let by_coach = "report-table-caseload-by-coach";
    let column = "report-column-at-end";
    assert_eq!(
        cell(&mine, by_coach, "report-row-total", column),
        json!({"kind": "count", "value": 7})
    );
    // 4 and 3 residents: both under 5, hidden; together 7, so the total may show.
    let coaches = mine["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == by_coach)
        .unwrap();
    let hidden = coaches["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["cells"][0]["kind"] == "hidden")
        .count();
    assert_eq!(hidden, 2);
    assert_eq!(
        cell(
            &mine,
            "report-table-inflow",
            "report-row-inflow",
            "report-column-total"
        ),
        json!({"kind": "count", "value": 7})
    );
    assert_eq!(
        cell(
            &mine,
            "report-table-durations",
            "report-row-referral-to-intake",
            &month(started() + chrono::Days::new(7))
        ),
        json!({"kind": "days", "value": 7})
    );
    // Her own team by id is the same; another team is refused.
    let (status, _) = report(&w.app, &w.lead, Some(w.noord)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = report(&w.app, &w.lead, Some(w.zuid)).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("forbidden"))
    );

    let (status, all) = report(&w.app, &w.policy, None).await;
    assert_eq!(status, StatusCode::OK, "{all}");
    assert_eq!(all["team"], Value::Null);
    let by_team = "report-table-caseload-by-team";
    let rows = &all["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == by_team)
        .unwrap()["rows"];
    let shown: Vec<(String, Value)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["label"].as_str().unwrap_or("").to_owned(),
                r["cells"][0].clone(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            ("Noord".into(), json!({"kind": "count", "value": 7})),
            ("Zuid".into(), json!({"kind": "count", "value": 6})),
            (String::new(), json!({"kind": "count", "value": 13})),
        ]
    );
    let (status, zuid) = report(&w.app, &w.policy, Some(w.zuid)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        cell(
            &zuid,
            "report-table-inflow",
            "report-row-inflow",
            "report-column-total"
        ),
        json!({"kind": "count", "value": 6})
    );

    let (status, _) = report(&w.app, &w.coach_a, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    user(&pool, "beheer", Role::FunctioneelBeheerder).await;
    let beheer = device(&w.app, "beheer").await;
    let (status, _) = report(&w.app, &beheer, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The teams a viewer may pick.
    let (_, teams) = call(
        &w.app,
        "/api/v1/reports/teams",
        json!({"device_id": w.lead.0}),
        Some(&w.lead.1),
    )
    .await;
    assert_eq!(teams["teams"].as_array().unwrap().len(), 1);
    assert_eq!(teams["all_allowed"], false);
    let (_, teams) = call(
        &w.app,
        "/api/v1/reports/teams",
        json!({"device_id": w.policy.0}),
        Some(&w.policy.1),
    )
    .await;
    assert_eq!(teams["teams"].as_array().unwrap().len(), 2);
    assert_eq!(teams["all_allowed"], true);

    // Each report answered is logged with its parameters; refusals are not reports.
    let logged: Vec<(Option<Uuid>, String, Value)> =
        sqlx::query_as("SELECT user_id, report, parameters FROM report_log ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(logged.len(), 4, "{logged:?}");
    assert!(
        logged
            .iter()
            .all(|(u, r, _)| u.is_some() && r == "management")
    );
    assert_eq!(logged[3].2["team"], json!(w.zuid));
    assert_eq!(logged[3].2["from"], json!(month(started())));

    // Nothing of a file in the answer: no name, no BSN, no resident id.
    let text = format!("{mine}{all}");
    for (resident, _) in &w.residents {
        let (doc,): (Value,) =
            sqlx::query_as("SELECT doc FROM records WHERE entity = 'resident' AND id = $1")
                .bind(resident)
                .fetch_one(&pool)
                .await
                .unwrap();
        let bsn = doc["bsn"].as_str().unwrap();
        let family = doc["name"]["family_name"]
            .as_str()
            .or(doc["name"]["family"].as_str())
            .unwrap_or("");
        assert!(!text.contains(bsn));
        assert!(family.len() < 3 || !text.contains(family), "{family}");
        assert!(!text.contains(&resident.to_string()));
    }
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn figures_follow_changes_and_go_with_a_destroyed_file(pool: PgPool) {
    let w = world(pool.clone()).await;
    // Coach A ends one traject (refused), after the report has been made once.
    report(&w.app, &w.policy, Some(w.noord)).await;
    let (resident, mut t) = w.residents[0].clone();
    let staff = StaffMember::new(StaffId::new(), "Teamleider").unwrap();
    t.end(
        EndReason::Geweigerd,
        today(),
        staff,
        "Wil geen begeleiding".into(),
    )
    .unwrap();
    let doc = serde_json::to_value(&t)
        .unwrap()
        .as_object()
        .unwrap()
        .clone();
    let fields: Map<String, Value> = ["end", "state", "history"]
        .iter()
        .map(|k| ((*k).to_owned(), doc[*k].clone()))
        .collect();
    let m = mutation(
        1,
        "traject",
        t.id.as_uuid(),
        resident,
        MutationOp::Update,
        fields,
        1,
    );
    let (status, body) = push(&w.app, &w.coach_a, &[m]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["results"][0]["outcome"], "applied", "{body}");
    let (_, after) = report(&w.app, &w.policy, Some(w.noord)).await;
    // 1 refused this month: hidden; 6 still open at the end.
    assert_eq!(
        cell(
            &after,
            "report-table-ended",
            "end-reason-geweigerd",
            &month(today())
        ),
        json!({"kind": "hidden"})
    );
    assert_eq!(
        cell(
            &after,
            "report-table-caseload-by-coach",
            "report-row-total",
            "report-column-at-end"
        ),
        json!({"kind": "count", "value": 6})
    );
    let (code,): (Option<String>,) = sqlx::query_as("SELECT code FROM report_facts WHERE id = $1")
        .bind(t.id.as_uuid())
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(code.as_deref(), Some("geweigerd"));

    // The file is destroyed (retention deletes its records): its facts go with it.
    sqlx::query("DELETE FROM records WHERE resident_id = $1")
        .bind(resident)
        .execute(&pool)
        .await
        .unwrap();
    let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM report_facts WHERE resident_id = $1")
        .bind(resident)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
    let (_, last) = report(&w.app, &w.policy, Some(w.noord)).await;
    assert_eq!(
        cell(
            &last,
            "report-table-inflow",
            "report-row-inflow",
            "report-column-total"
        ),
        json!({"kind": "count", "value": 6})
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_bad_period_is_a_typed_error_and_the_facts_hold_no_text(pool: PgPool) {
    let w = world(pool.clone()).await;
    for (from, to, detail) in [
        ("2026-05", "2026-01", "period_reversed"),
        ("2019-01", "2026-01", "period_too_long"),
        ("2026-13", "2026-01", "from: yyyy-mm"),
        ("2999-01", "2999-02", "period_future"),
    ] {
        let (status, body) = call(
            &w.app,
            "/api/v1/reports/management",
            json!({"device_id": w.policy.0, "team": null, "from": from, "to": to}),
            Some(&w.policy.1),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{from}..{to}");
        assert_eq!(body["code"], "invalid_request");
        assert_eq!(body["args"]["detail"], detail);
    }
    // A report's facts are dates, codes and amounts: the only text columns are the kind
    // and a code from a closed list.
    let columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns
         WHERE table_name = 'report_facts' AND data_type = 'text' ORDER BY column_name",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        columns,
        vec![
            ("code".into(), "text".into()),
            ("entity".into(), "text".into())
        ]
    );
    let codes: Vec<(Option<String>,)> = sqlx::query_as("SELECT DISTINCT code FROM report_facts")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(codes.iter().all(|(c,)| c.is_none()), "{codes:?}");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn survey_figures_show_per_team_from_at_least_five_answers(pool: PgPool) {
    let w = world(pool.clone()).await;
    let this_month = today().with_day(1).unwrap();
    for (team, question, value, answers) in [
        (w.noord, "listens", 4i16, 4i64),
        (w.noord, "listens", 5, 3),
        (w.zuid, "listens", 1, 9),
        (w.noord, "recommend", 5, 2),
    ] {
        sqlx::query("INSERT INTO survey_tallies (month, team_id, question, value, answers) VALUES ($1, $2, $3, $4, $5)")
            .bind(this_month)
            .bind(team)
            .bind(question)
            .bind(value)
            .bind(answers)
            .execute(&pool)
            .await
            .unwrap();
    }
    for (team, n) in [(w.noord, 7i64), (w.zuid, 9)] {
        sqlx::query("INSERT INTO survey_responses (month, team_id, responses) VALUES ($1, $2, $3)")
            .bind(this_month)
            .bind(team)
            .bind(n)
            .execute(&pool)
            .await
            .unwrap();
    }
    // This month only: a month without answers would be a hidden 0, and then this month
    // would be hidden too (its total minus the others).
    let (_, mine) = report_from(&w.app, &w.lead, None, this_month).await;
    let m = month(today());
    assert_eq!(
        cell(
            &mine,
            "report-table-survey-responses",
            "report-row-responses",
            &m
        ),
        json!({"kind": "count", "value": 7})
    );
    let survey = "report-table-survey";
    // Noord: 4 x 4 and 3 x 5 = 7 answers, mean 4.4; Zuid's 9 answers of 1 are not hers.
    assert_eq!(
        cell(
            &mine,
            survey,
            "survey-question-listens",
            "report-column-answers"
        ),
        json!({"kind": "count", "value": 7})
    );
    assert_eq!(
        cell(
            &mine,
            survey,
            "survey-question-listens",
            "report-column-mean"
        ),
        json!({"kind": "score", "tenths": 44})
    );
    assert_eq!(
        cell(
            &mine,
            survey,
            "survey-question-listens",
            "report-column-value-4"
        ),
        json!({"kind": "hidden"})
    );
    // Two answers: neither the count nor the mean is shown.
    assert_eq!(
        cell(
            &mine,
            survey,
            "survey-question-recommend",
            "report-column-mean"
        ),
        json!({"kind": "hidden"})
    );
    let (_, all) = report_from(&w.app, &w.policy, None, this_month).await;
    assert_eq!(
        cell(
            &all,
            survey,
            "survey-question-listens",
            "report-column-answers"
        ),
        json!({"kind": "count", "value": 16})
    );
}

/// A coach's resident is handed to a colleague of another team (assigned to her, then
/// taken from the first coach), after the figures were made once: the next report counts
/// the resident for the new team, whose coach never touched the traject on a laptop.
#[sqlx::test(migrations = "../../migrations/server")]
async fn a_resident_handed_to_another_team_counts_there_next_time(pool: PgPool) {
    use werkpad_server::sync::caseload;
    let w = world(pool.clone()).await;
    let by_team = |r: &Value| -> Vec<Value> {
        let t = r["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == "report-table-caseload-by-team")
            .unwrap();
        t["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["cells"][0].clone())
            .collect()
    };
    let (_, before) = report(&w.app, &w.policy, None).await;
    assert_eq!(by_team(&before)[0], json!({"kind": "count", "value": 7}));
    // Coach B's first resident (her laptop named her by its own id) goes to coach Z.
    let b = werkpad_server::admin::user_id(&pool, "coach-b")
        .await
        .unwrap();
    let z = werkpad_server::admin::user_id(&pool, "coach-z")
        .await
        .unwrap();
    let (resident, _) = w.residents[4].clone();
    assert!(caseload::assign(&pool, resident, z, None).await.unwrap());
    // A report while both coaches hold the file (the hand-over half done).
    report(&w.app, &w.policy, None).await;
    assert!(caseload::unassign(&pool, resident, b, None).await.unwrap());
    let (_, after) = report(&w.app, &w.policy, None).await;
    assert_eq!(
        by_team(&after),
        vec![
            json!({"kind": "count", "value": 6}),
            json!({"kind": "count", "value": 7}),
            json!({"kind": "count", "value": 13}),
        ]
    );
}

//! Management reports (issue 24), computed on the server from what it holds: aggregates
//! only, every count under 5 hidden with its complements (see `werkpad_domain::report`).
//! A team lead sees her own team; policy staff (beleid/statistiek) any team or all; no
//! other role gets figures. Every report is written to `report_log` (who, device, when,
//! which report, parameters).

pub mod facts;
mod survey;

use std::collections::{BTreeMap, HashMap};

use axum::Json;
use axum::extract::State;
use chrono::NaiveDate;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::report::{
    ManagementReport, Period, PeriodError, ReportRequest, ReportTeams, Scope, TeamInfo,
    TeamsRequest, compute,
};
use werkpad_domain::sync::Role;

use crate::AppState;
use crate::api::ApiJson;
use crate::auth::AuthDevice;
use crate::error::ApiError;

/// Whose figures a user may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// A team lead: her team (none when she has no team yet).
    TeamLead(Option<Uuid>),
    /// Policy staff: any team, or all.
    Policy,
}

/// What `role` may see, or `Forbidden`.
pub async fn viewer(pool: &PgPool, user_id: Uuid, role: Role) -> Result<Viewer, ApiError> {
    match role {
        Role::Teamleider => {
            let (team,): (Option<Uuid>,) =
                sqlx::query_as("SELECT team_id FROM users WHERE id = $1")
                    .bind(user_id)
                    .fetch_one(pool)
                    .await?;
            Ok(Viewer::TeamLead(team))
        }
        Role::BeleidStatistiek => Ok(Viewer::Policy),
        Role::Jobcoach | Role::FunctioneelBeheerder => Err(ApiError::Forbidden),
    }
}

/// The teams `viewer` may choose.
pub async fn teams(pool: &PgPool, viewer: Viewer) -> Result<ReportTeams, ApiError> {
    let rows: Vec<(Uuid, String)> = sqlx::query_as("SELECT id, name FROM teams ORDER BY name")
        .fetch_all(pool)
        .await?;
    let teams = rows
        .into_iter()
        .filter(|(id, _)| match viewer {
            Viewer::TeamLead(own) => own == Some(*id),
            Viewer::Policy => true,
        })
        .map(|(id, name)| TeamInfo { id, name })
        .collect();
    Ok(ReportTeams {
        teams,
        all_allowed: viewer == Viewer::Policy,
    })
}

/// `yyyy-mm` as its first day.
fn month(text: &str, field: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .map_err(|_| ApiError::InvalidRequest(format!("{field}: yyyy-mm")))
}

/// Who asks, for the log.
#[derive(Debug, Clone, Copy)]
pub struct Asker {
    /// The user (none for the server's own command line without `--by`).
    pub user_id: Option<Uuid>,
    /// The device.
    pub device_id: Option<Uuid>,
}

/// The management report of `team` (or all) over `from..=to` (`yyyy-mm`), as of `today`,
/// for `viewer`; logged.
pub async fn management(
    pool: &PgPool,
    viewer: Viewer,
    asker: Asker,
    team: Option<Uuid>,
    (from, to): (&str, &str),
    today: NaiveDate,
) -> Result<ManagementReport, ApiError> {
    let team = match (viewer, team) {
        (Viewer::TeamLead(None), _) => return Err(ApiError::Forbidden),
        (Viewer::TeamLead(Some(own)), Some(asked)) if asked != own => {
            return Err(ApiError::Forbidden);
        }
        (Viewer::TeamLead(own), _) => own,
        (Viewer::Policy, team) => team,
    };
    let period = Period::new(month(from, "from")?, month(to, "to")?, today).map_err(|e| {
        ApiError::InvalidRequest(
            match e {
                PeriodError::Reversed => "period_reversed",
                PeriodError::TooLong => "period_too_long",
                PeriodError::Future => "period_future",
            }
            .into(),
        )
    })?;
    let users: Vec<(Uuid, String, Option<Uuid>)> =
        sqlx::query_as("SELECT id, display_name, team_id FROM users")
            .fetch_all(pool)
            .await?;
    let team_names: BTreeMap<Uuid, String> =
        sqlx::query_as::<_, (Uuid, String)>("SELECT id, name FROM teams")
            .fetch_all(pool)
            .await?
            .into_iter()
            .collect();
    if let Some(t) = team
        && !team_names.contains_key(&t)
    {
        return Err(ApiError::NotFound);
    }
    facts::refresh(pool).await?;
    let residents = facts::load(pool).await?;
    let months = period.months();
    let (first, last) = (months[0], months[months.len() - 1]);
    let survey = survey::load(pool, first, last).await?;
    let scope = Scope {
        team,
        team_of: users
            .iter()
            .filter_map(|(id, _, t)| t.map(|t| (*id, t)))
            .collect(),
        coach_names: users
            .iter()
            .map(|(id, name, _)| (*id, name.clone()))
            .collect::<HashMap<_, _>>(),
        team_names,
    };
    let computed =
        tokio::task::spawn_blocking(move || compute(&residents, &survey, &scope, &period))
            .await
            .map_err(|e| ApiError::Internal(e.to_string()))?;
    log(
        pool,
        asker,
        "management",
        json!({"team": team, "from": from, "to": to}),
    )
    .await?;
    Ok(computed.report)
}

/// Write one line of `report_log`.
pub async fn log(
    pool: &PgPool,
    asker: Asker,
    report: &str,
    parameters: serde_json::Value,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO report_log (user_id, device_id, report, parameters) VALUES ($1, $2, $3, $4)",
    )
    .bind(asker.user_id)
    .bind(asker.device_id)
    .bind(report)
    .bind(parameters)
    .execute(pool)
    .await?;
    Ok(())
}

/// `POST /api/v1/reports/management` (team leads and policy staff).
pub async fn management_endpoint(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<ReportRequest>,
) -> Result<Json<ManagementReport>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    let viewer = viewer(&state.pool, auth.user_id, auth.role).await?;
    let asker = Asker {
        user_id: Some(auth.user_id),
        device_id: Some(auth.device_id),
    };
    let today = chrono::Utc::now().date_naive();
    let report = management(
        &state.pool,
        viewer,
        asker,
        req.team,
        (&req.from, &req.to),
        today,
    )
    .await?;
    Ok(Json(report))
}

/// `POST /api/v1/reports/teams` (team leads and policy staff).
pub async fn teams_endpoint(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<TeamsRequest>,
) -> Result<Json<ReportTeams>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    let viewer = viewer(&state.pool, auth.user_id, auth.role).await?;
    Ok(Json(teams(&state.pool, viewer).await?))
}

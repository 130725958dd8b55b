//! Satisfaction surveys on the server (issue 24): answers are counted into tallies, never
//! stored as answers.
//!
//! Main idea: unlinkable by construction. `POST /api/v1/surveys` adds each answer to
//! `survey_tallies` (month, team, question, score → count) and `survey_responses` (month,
//! team → count), and keeps only the SHA-256 of the laptop's random token in
//! `survey_receipts`, so a retried delivery counts once. The request writes no audit or
//! report log entry and nothing with the user, the device or the time of day: the team is
//! the only thing taken from who sent it. [`tallies`] and [`responses`] read the counts
//! for the reports, which suppress cells under 5 themselves.

use std::collections::HashSet;

use axum::Json;
use axum::extract::State;
use chrono::{Months, NaiveDate, Utc};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;
use werkpad_domain::survey::{
    self, MONTHS_BACK, SurveyDelivery, SurveyReceipt, SurveyUpload, UPLOAD_MAX,
};

use crate::AppState;
use crate::api::ApiJson;
use crate::auth::AuthDevice;
use crate::auth::tokens::token_hash;
use crate::error::ApiError;

/// Receipts are kept this many months: longer than a laptop may hold an answer back.
pub const RECEIPT_MONTHS: u32 = MONTHS_BACK + 1;

/// How many answers gave one score to one question, in one month and team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyTally {
    /// The first day of the month.
    pub month: NaiveDate,
    /// The team of the coach whose laptop sent it (the nil uuid: no team).
    pub team_id: Uuid,
    /// The question's machine name ([`survey::SurveyQuestion::as_str`]).
    pub question: String,
    /// The score, 1 to 5.
    pub value: i16,
    /// How many answers gave it.
    pub answers: i64,
}

/// An answer checked and ready to count.
struct Checked {
    hash: Vec<u8>,
    month: NaiveDate,
    values: Vec<(&'static str, i16)>,
}

/// Checks every answer on `today`; the first refusal names its place and Fluent id.
fn check(upload: &SurveyUpload, today: NaiveDate) -> Result<Vec<Checked>, ApiError> {
    if upload.answers.len() > UPLOAD_MAX {
        return Err(ApiError::InvalidRequest(format!(
            "answers: at most {UPLOAD_MAX} per request"
        )));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(upload.answers.len());
    for (i, SurveyDelivery { token, answer }) in upload.answers.iter().enumerate() {
        if !survey::is_token(token) {
            return Err(ApiError::InvalidRequest(format!(
                "answers[{i}].token: 32 lowercase hex digits"
            )));
        }
        let month = answer.validate(today).map_err(|errors| {
            let first = errors.iter().next().map_or_else(String::new, |e| {
                format!("{}: {}", e.field, e.error.message_id())
            });
            ApiError::InvalidRequest(format!("answers[{i}].{first}"))
        })?;
        // The same token twice in one request is one answer.
        if !seen.insert(token.as_str()) {
            continue;
        }
        out.push(Checked {
            hash: token_hash(token),
            month,
            values: answer
                .values
                .iter()
                .map(|(q, v)| (q.as_str(), i16::from(*v)))
                .collect(),
        });
    }
    Ok(out)
}

/// Count one answer unless its token came before; true when counted now.
async fn count(conn: &mut PgConnection, team: Uuid, answer: &Checked) -> Result<bool, sqlx::Error> {
    let fresh = sqlx::query(
        "INSERT INTO survey_receipts (token_hash, month) VALUES ($1, $2)
         ON CONFLICT (token_hash) DO NOTHING",
    )
    .bind(&answer.hash)
    .bind(answer.month)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if !fresh {
        return Ok(false);
    }
    for (question, value) in &answer.values {
        sqlx::query(
            "INSERT INTO survey_tallies (month, team_id, question, value, answers)
             VALUES ($1, $2, $3, $4, 1)
             ON CONFLICT (month, team_id, question, value)
             DO UPDATE SET answers = survey_tallies.answers + 1",
        )
        .bind(answer.month)
        .bind(team)
        .bind(question)
        .bind(value)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "INSERT INTO survey_responses (month, team_id, responses) VALUES ($1, $2, 1)
         ON CONFLICT (month, team_id) DO UPDATE SET responses = survey_responses.responses + 1",
    )
    .bind(answer.month)
    .bind(team)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// Count `upload` for the team of `user`, all or nothing.
pub async fn receive(
    pool: &PgPool,
    user: Uuid,
    upload: &SurveyUpload,
    today: NaiveDate,
) -> Result<SurveyReceipt, ApiError> {
    let checked = check(upload, today)?;
    let mut tx = pool.begin().await?;
    let team: Option<Option<Uuid>> = sqlx::query_scalar("SELECT team_id FROM users WHERE id = $1")
        .bind(user)
        .fetch_optional(&mut *tx)
        .await?;
    let team = team.flatten().unwrap_or(Uuid::nil());
    let mut receipt = SurveyReceipt {
        counted: 0,
        duplicates: (upload.answers.len() - checked.len()) as u64,
    };
    for answer in &checked {
        if count(&mut tx, team, answer).await? {
            receipt.counted += 1;
        } else {
            receipt.duplicates += 1;
        }
    }
    let oldest = survey::first_of_month(today)
        .checked_sub_months(Months::new(RECEIPT_MONTHS))
        .unwrap_or(NaiveDate::MIN);
    sqlx::query("DELETE FROM survey_receipts WHERE month < $1")
        .bind(oldest)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(receipt)
}

/// `POST /api/v1/surveys` (roles that may write cases). The body is never logged.
#[tracing::instrument(skip_all, err)]
pub async fn upload_endpoint(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(upload): ApiJson<SurveyUpload>,
) -> Result<Json<SurveyReceipt>, ApiError> {
    if !auth.role.may_write_cases() {
        return Err(ApiError::Forbidden);
    }
    let today = Utc::now().date_naive();
    Ok(Json(
        receive(&state.pool, auth.user_id, &upload, today).await?,
    ))
}

/// The tallies of the months `from..=to` (first days of months), of one team or of all.
pub async fn tallies(
    pool: &PgPool,
    team: Option<Uuid>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<SurveyTally>, sqlx::Error> {
    let rows: Vec<(NaiveDate, Uuid, String, i16, i64)> = sqlx::query_as(
        "SELECT month, team_id, question, value, answers FROM survey_tallies
         WHERE month BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR team_id = $3)
         ORDER BY month, team_id, question, value",
    )
    .bind(from)
    .bind(to)
    .bind(team)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(month, team_id, question, value, answers)| SurveyTally {
            month,
            team_id,
            question,
            value,
            answers,
        })
        .collect())
}

/// How many residents answered, per month and team, in `from..=to`.
pub async fn responses(
    pool: &PgPool,
    team: Option<Uuid>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(NaiveDate, Uuid, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT month, team_id, responses FROM survey_responses
         WHERE month BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR team_id = $3)
         ORDER BY month, team_id",
    )
    .bind(from)
    .bind(to)
    .bind(team)
    .fetch_all(pool)
    .await
}

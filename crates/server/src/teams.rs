//! Teams: coaches belong to a team, and a team lead sees her team.
//!
//! The rule (the team scope, [`ResidentScope::Team`]): a team lead may hold, pull, push and
//! check the residents whose caseload has at least one coach of her team (`users.team_id`
//! equal to hers, a break-the-glass access included), and the residents with no coach at
//! all (the pool waiting for assignment). A team lead without a team holds only the pool.
//!
//! How a file follows the rule when it leaves or enters a team lead's scope:
//! - a (re)assignment or unassignment writes a caseload event; a team lead's pull purges
//!   every resident named by an event since her cursor who is now outside her scope, and
//!   an assignment re-stamps the file, so the lead it now belongs to pulls it whole;
//! - a resident whose last coach goes has her file re-stamped, so every lead pulls it;
//! - a coach moving to another team ([`user_set_team`]) counts as an assignment of each
//!   resident of hers, for the purge and the re-stamp alike (her own laptop pulls her
//!   caseload again once);
//! - a team lead moving to another team is like a change of role: her laptop's self-check
//!   at the end of her next round removes what she may no longer hold and fetches the rest.
//!
//! [`ResidentScope::Team`]: werkpad_domain::sync::role::ResidentScope::Team

use std::collections::HashSet;

use serde::Serialize;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::admin::AdminError;
use crate::audit::{self, AuditEntry};

/// SQL that is true when the resident `resident` (an SQL expression) is in the team scope
/// of the team lead `lead` (an SQL expression, usually a parameter).
pub(crate) fn in_team_scope(resident: &str, lead: &str) -> String {
    format!(
        "(NOT EXISTS (SELECT 1 FROM caseload tc WHERE tc.resident_id = {resident})
          OR EXISTS (SELECT 1 FROM caseload tc JOIN users tu ON tu.id = tc.coach_id
                     WHERE tc.resident_id = {resident}
                       AND tu.team_id = (SELECT tl.team_id FROM users tl WHERE tl.id = {lead})))"
    )
}

/// Which of `residents` are in the team scope of the team lead `lead`.
pub(crate) async fn in_scope_among(
    conn: &mut PgConnection,
    lead: Uuid,
    residents: &[Uuid],
) -> Result<HashSet<Uuid>, sqlx::Error> {
    if residents.is_empty() {
        return Ok(HashSet::new());
    }
    let rows: Vec<(Uuid,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT r FROM UNNEST($1::uuid[]) AS u(r) WHERE {}",
        in_team_scope("u.r", "$2")
    )))
    .bind(residents)
    .bind(lead)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(r,)| r).collect())
}

/// A team, with how many users belong to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct TeamRow {
    /// Team id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// How many users (coaches and leads) belong to it.
    pub members: i64,
}

/// Add a team. Returns the new id.
pub async fn team_add(pool: &PgPool, name: &str) -> Result<Uuid, AdminError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AdminError::BadTeamName);
    }
    let id = Uuid::now_v7();
    let mut tx = pool.begin().await?;
    crate::locks::begin_changes(&mut tx).await?;
    let done = sqlx::query("INSERT INTO teams (id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(id)
        .bind(name)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(AdminError::TeamTaken(name.to_owned()));
    }
    let mut entry = AuditEntry::new(None, None, "team_add");
    entry.entity = Some("team".into());
    entry.entity_id = Some(id);
    audit::append(&mut tx, &[entry]).await?;
    tx.commit().await?;
    Ok(id)
}

/// Every team, by name.
pub async fn team_list(pool: &PgPool) -> Result<Vec<TeamRow>, AdminError> {
    Ok(sqlx::query_as(
        "SELECT t.id, t.name, count(u.id) AS members
         FROM teams t LEFT JOIN users u ON u.team_id = t.id
         GROUP BY t.id ORDER BY t.name",
    )
    .fetch_all(pool)
    .await?)
}

/// Put the user called `user_name` into the team called `team_name`, or into none.
///
/// Takes the case lock alone, as a caseload change does: a push checks who may write
/// once, at its start. A coach's move counts as an assignment of each resident of hers
/// (see the module documentation).
pub async fn user_set_team(
    pool: &PgPool,
    user_name: &str,
    team_name: Option<&str>,
) -> Result<(), AdminError> {
    let mut tx = pool.begin().await?;
    crate::locks::exclusive(&mut tx).await?;
    let team = match team_name {
        Some(name) => {
            let row: Option<(Uuid,)> = sqlx::query_as("SELECT id FROM teams WHERE name = $1")
                .bind(name)
                .fetch_optional(&mut *tx)
                .await?;
            Some(
                row.ok_or_else(|| AdminError::NoSuchTeam(name.to_owned()))?
                    .0,
            )
        }
        None => None,
    };
    let row: Option<(Uuid, Option<Uuid>)> = sqlx::query_as(
        "UPDATE users u SET team_id = $2
         FROM (SELECT id, team_id FROM users WHERE name = $1 FOR UPDATE) old
         WHERE u.id = old.id
         RETURNING u.id, old.team_id",
    )
    .bind(user_name)
    .bind(team)
    .fetch_optional(&mut *tx)
    .await?;
    let (id, old) = row.ok_or_else(|| AdminError::NoSuchUser(user_name.to_owned()))?;
    // Only coaches have a caseload: for anyone else this finds nothing to move.
    if old != team {
        crate::sync::caseload::coach_moved(&mut tx, id).await?;
    }
    let mut entry = AuditEntry::new(Some(id), None, "user_set_team");
    entry.entity = Some("team".into());
    entry.entity_id = team;
    audit::append(&mut tx, &[entry]).await?;
    tx.commit().await?;
    Ok(())
}

/// The team of the user `user_id` (none when she has none, or there is no such user).
pub async fn user_team(pool: &PgPool, user_id: Uuid) -> Result<Option<Uuid>, AdminError> {
    let row: Option<(Option<Uuid>,)> = sqlx::query_as("SELECT team_id FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.and_then(|(t,)| t))
}

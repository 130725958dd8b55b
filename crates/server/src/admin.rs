//! Administration used by the `werkpad-server` subcommands (and by tests): users, roles,
//! devices, teams ([`crate::teams`]). Each change is audited.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::sync::Role;

use crate::audit::{self, AuditEntry};
use crate::auth::password;
pub use crate::teams::{TeamRow, team_add, team_list, user_set_team, user_team};

/// Why an administrative change failed.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// No such user.
    #[error("no user named {0:?}")]
    NoSuchUser(String),
    /// No such device.
    #[error("no device {0}")]
    NoSuchDevice(Uuid),
    /// The name is taken.
    #[error("a user named {0:?} exists already")]
    NameTaken(String),
    /// No such team.
    #[error("no team named {0:?}")]
    NoSuchTeam(String),
    /// The team name is taken.
    #[error("a team named {0:?} exists already")]
    TeamTaken(String),
    /// A team's name is 1 to 100 characters.
    #[error("a team name has 1 to 100 characters")]
    BadTeamName,
    /// Password rules.
    #[error("a password needs at least 12 characters")]
    WeakPassword,
    /// Database.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// Anything else.
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// Add a user. Returns the new id.
pub async fn user_add(
    pool: &PgPool,
    name: &str,
    display_name: &str,
    role: Role,
    password: &str,
) -> Result<Uuid, AdminError> {
    if password.chars().count() < 12 {
        return Err(AdminError::WeakPassword);
    }
    let id = Uuid::now_v7();
    let hash = password::hash(password)?;
    let mut tx = pool.begin().await?;
    crate::locks::begin_changes(&mut tx).await?;
    let done = sqlx::query(
        "INSERT INTO users (id, name, display_name, role, password_hash)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING",
    )
    .bind(id)
    .bind(name)
    .bind(display_name)
    .bind(role.as_str())
    .bind(hash)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AdminError::NameTaken(name.to_owned()));
    }
    audit::append(&mut tx, &[AuditEntry::new(Some(id), None, "user_add")]).await?;
    tx.commit().await?;
    Ok(id)
}

/// The id of the user called `name`.
pub async fn user_id(pool: &PgPool, name: &str) -> Result<Uuid, AdminError> {
    let row: Option<(Uuid,)> = sqlx::query_as("SELECT id FROM users WHERE name = $1")
        .bind(name)
        .fetch_optional(pool)
        .await?;
    row.map(|(id,)| id)
        .ok_or_else(|| AdminError::NoSuchUser(name.to_owned()))
}

/// What an administrator changes about a user.
#[derive(Debug, Clone, Copy)]
enum UserChange {
    Disable,
    SetRole(Role),
}

async fn update_user(pool: &PgPool, name: &str, change: UserChange) -> Result<(), AdminError> {
    let mut tx = pool.begin().await?;
    crate::locks::begin_changes(&mut tx).await?;
    let (query, action) = match change {
        UserChange::Disable => (
            sqlx::query_as("UPDATE users SET disabled = TRUE WHERE name = $1 RETURNING id")
                .bind(name),
            "user_disable",
        ),
        UserChange::SetRole(role) => (
            sqlx::query_as("UPDATE users SET role = $2 WHERE name = $1 RETURNING id")
                .bind(name)
                .bind(role.as_str()),
            "user_set_role",
        ),
    };
    let row: Option<(Uuid,)> = query.fetch_optional(&mut *tx).await?;
    let (id,) = row.ok_or_else(|| AdminError::NoSuchUser(name.to_owned()))?;
    audit::append(&mut tx, &[AuditEntry::new(Some(id), None, action)]).await?;
    tx.commit().await?;
    Ok(())
}

/// Disable a user: logins and tokens stop working.
pub async fn user_disable(pool: &PgPool, name: &str) -> Result<(), AdminError> {
    update_user(pool, name, UserChange::Disable).await
}

/// Give a user another role.
pub async fn user_set_role(pool: &PgPool, name: &str, role: Role) -> Result<(), AdminError> {
    update_user(pool, name, UserChange::SetRole(role)).await
}

/// A registered device.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct DeviceRow {
    /// Device id.
    pub id: Uuid,
    /// Its user.
    pub user_name: String,
    /// The laptop's name.
    pub name: String,
    /// First login.
    pub registered_at: DateTime<Utc>,
    /// Last contact.
    pub last_seen_at: Option<DateTime<Utc>>,
    /// Highest mutation applied.
    pub last_seq: i64,
    /// When revoked.
    pub revoked_at: Option<DateTime<Utc>>,
    /// When the wipe instruction was delivered.
    pub wipe_sent_at: Option<DateTime<Utc>>,
}

/// Every device.
pub async fn device_list(pool: &PgPool) -> Result<Vec<DeviceRow>, AdminError> {
    Ok(sqlx::query_as(
        "SELECT d.id, u.name AS user_name, d.name, d.registered_at, d.last_seen_at, d.last_seq,
                d.revoked_at, d.wipe_sent_at
         FROM devices d JOIN users u ON u.id = d.user_id ORDER BY d.registered_at",
    )
    .fetch_all(pool)
    .await?)
}

/// Revoke a device: its next contact gets a wipe instruction.
pub async fn device_revoke(pool: &PgPool, id: Uuid) -> Result<(), AdminError> {
    let mut tx = pool.begin().await?;
    crate::locks::begin_changes(&mut tx).await?;
    let done =
        sqlx::query("UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
    if done.rows_affected() == 0 {
        return Err(AdminError::NoSuchDevice(id));
    }
    audit::append(&mut tx, &[AuditEntry::new(None, Some(id), "device_revoke")]).await?;
    tx.commit().await?;
    Ok(())
}

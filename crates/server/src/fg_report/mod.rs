//! The FG's reports from the audit log: who looked at this file and why, and what did this
//! person look at. Every access is there: the server's own (pulls, applied changes, caseload
//! changes, destruction) and the laptops' (reads, health reads, exports, changes made
//! offline, `laptop_search` for each resident a settled search showed, `laptop_caseload_view`
//! for a page of the caseload list, without a resident; action `laptop_…`). Ids, codes and
//! names of staff only; [`csv`] for a spreadsheet, [`pdf`] for the file.

pub mod pdf;
#[cfg(test)]
mod pdf_tests;

use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

/// One access.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Access {
    /// The audit entry.
    pub id: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Who (staff name; none for the system).
    pub user_name: Option<String>,
    /// From which device.
    pub device_id: Option<Uuid>,
    /// About which resident.
    pub resident_id: Option<Uuid>,
    /// What.
    pub action: String,
    /// Kind of record.
    pub entity: Option<String>,
    /// Which record.
    pub entity_id: Option<Uuid>,
    /// Why (purpose code).
    pub purpose: Option<String>,
}

const SELECT: &str = "SELECT a.id, a.at, u.display_name AS user_name, a.device_id, a.resident_id,
            a.action, a.entity, a.entity_id, a.purpose
     FROM audit_log a LEFT JOIN users u ON u.id = a.user_id";

/// Every access to one resident's file, oldest first.
pub async fn for_resident(pool: &PgPool, resident: Uuid) -> Result<Vec<Access>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE a.resident_id = $1 ORDER BY a.at, a.id"
    )))
    .bind(resident)
    .fetch_all(pool)
    .await
}

/// Everything one staff member accessed, oldest first.
pub async fn for_user(pool: &PgPool, user: Uuid) -> Result<Vec<Access>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE a.user_id = $1 ORDER BY a.at, a.id"
    )))
    .bind(user)
    .fetch_all(pool)
    .await
}

/// The report as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends).
pub fn csv(rows: &[Access]) -> String {
    let mut out =
        String::from("entry,when,who,device,resident,action,record_kind,record,purpose,source\r\n");
    for r in rows {
        let fields = [
            r.id.to_string(),
            r.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            r.user_name.clone().unwrap_or_default(),
            opt(&r.device_id),
            opt(&r.resident_id),
            r.action.clone(),
            r.entity.clone().unwrap_or_default(),
            opt(&r.entity_id),
            r.purpose.clone().unwrap_or_default(),
            source(&r.action).to_owned(),
        ];
        let line: Vec<String> = fields.iter().map(|f| quoted(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Where an access was recorded: `laptop` (the laptop's own log, sent at a sync; its
/// actions are stored as `laptop_…`) or `server`.
pub fn source(action: &str) -> &'static str {
    if action.starts_with("laptop_") {
        "laptop"
    } else {
        "server"
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn quoted(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it_and_tells_laptop_from_server() {
        let row = |action: &str, name: &str| Access {
            id: 7,
            at: DateTime::parse_from_rfc3339("2026-12-05T10:00:00Z")
                .expect("time")
                .with_timezone(&Utc),
            user_name: Some(name.into()),
            device_id: None,
            resident_id: None,
            action: action.into(),
            entity: Some("resident".into()),
            entity_id: None,
            purpose: Some("guidance".into()),
        };
        let text = csv(&[
            row("laptop_read", "Vries, Anna \"An\" de"),
            row("pull", "Anna"),
        ]);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(
            lines[1],
            "7,2026-12-05T10:00:00Z,\"Vries, Anna \"\"An\"\" de\",,,laptop_read,resident,,guidance,laptop"
        );
        assert!(lines[2].ends_with(",pull,resident,,guidance,server"));
    }
}

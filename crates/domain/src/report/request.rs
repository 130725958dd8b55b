//! What the laptop asks the server for, and what it is told.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::table::ManagementReport;

/// `POST /api/v1/reports/management`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    /// The asking device (must be the token's).
    pub device_id: Uuid,
    /// The team; `None`: every team (policy staff only). A team lead always gets hers.
    pub team: Option<Uuid>,
    /// First month, `yyyy-mm`.
    pub from: String,
    /// Last month, `yyyy-mm`.
    pub to: String,
}

/// A team a report can be asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct TeamInfo {
    /// The team.
    #[ts(type = "string")]
    pub id: Uuid,
    /// Its name.
    pub name: String,
}

/// `POST /api/v1/reports/teams`: which teams the user may see figures of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReportTeams {
    /// The teams to choose from (a team lead: hers only).
    pub teams: Vec<TeamInfo>,
    /// True when the user may see every team at once (policy staff).
    pub all_allowed: bool,
}

/// `POST /api/v1/reports/teams` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamsRequest {
    /// The asking device.
    pub device_id: Uuid,
}

/// A report as the server answers it.
pub type ReportResponse = ManagementReport;

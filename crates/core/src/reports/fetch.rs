//! Asking the server for figures, with the device's token (the sync client's HTTP and
//! token plumbing), and falling back to the last fetched figures when it cannot be reached.

use std::future::Future;

use chrono::{NaiveDate, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;
use werkpad_domain::report::{ManagementReport, Period, ReportRequest, ReportTeams, TeamsRequest};
use werkpad_domain::sync::Role;

use super::cache::{self, TEAMS_KEY, report_key};
use super::{FetchedReport, FetchedTeams, ReportError, ReportsArea};
use crate::sync::http::Http;
use crate::sync::{SyncError, SyncFailure};

/// `yyyy-mm` as its first day.
fn month(text: &str) -> Result<NaiveDate, ReportError> {
    let text = text.trim();
    if text.len() != 7 {
        return Err(ReportError::BadMonth);
    }
    NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d").map_err(|_| ReportError::BadMonth)
}

/// The server's answer, or why not, with its codes turned into ours.
fn typed(e: SyncError) -> ReportError {
    match e {
        SyncError::Forbidden => ReportError::Forbidden,
        SyncError::Server { code } if code == "forbidden" => ReportError::Forbidden,
        SyncError::Server { code } if code == "not_found" => ReportError::NoSuchTeam,
        other => ReportError::Sync(other.into()),
    }
}

/// Whether the last figures may stand in for fresh ones: the server could not be reached
/// or failed by itself, as opposed to refusing this user or this question.
fn may_use_cache(e: &ReportError) -> bool {
    match e {
        ReportError::Sync(SyncFailure::Sync(s)) => {
            s.is_transient()
                && !matches!(s, SyncError::Server { code } if code == "invalid_request")
        }
        _ => false,
    }
}

impl ReportsArea<'_> {
    /// One authenticated request, once more with a fresh token when the first was expired.
    async fn ask<T, F, Fut>(&self, call: F) -> Result<T, ReportError>
    where
        F: Fn(Http, String) -> Fut,
        Fut: Future<Output = Result<T, SyncError>>,
    {
        let sync = self.store.sync();
        let account = sync
            .account()
            .await?
            .ok_or_else(|| ReportError::Sync(SyncError::NotLoggedIn.into()))?;
        let http = Http::new(&account.server_url).map_err(typed)?;
        let token = sync.access_token(&http, false).await?;
        match call(http.clone(), token).await {
            Err(SyncError::TokenExpired) => {
                let token = sync.access_token(&http, true).await?;
                call(http, token).await
            }
            other => other,
        }
        .map_err(typed)
    }

    fn device_id(&self) -> Result<Uuid, ReportError> {
        Ok(self.store.sync().device_uuid()?)
    }

    /// Fetch `value` online and keep it under `key`; offline, the kept one.
    async fn fetch_or_kept<T, Fut>(
        &self,
        key: &str,
        online: Fut,
    ) -> Result<(T, String, bool), ReportError>
    where
        T: Serialize + DeserializeOwned,
        Fut: Future<Output = Result<T, ReportError>>,
    {
        match online.await {
            Ok(value) => {
                let now = Utc::now();
                cache::put(self.store, key, &value, now).await?;
                let at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                Ok((value, at, false))
            }
            Err(e) if may_use_cache(&e) => match cache::get(self.store, key).await? {
                Some((value, at)) => Ok((value, at, true)),
                None => {
                    tracing::info!(error = %e, "report: server unreachable, nothing kept");
                    Err(ReportError::NotCached)
                }
            },
            Err(ReportError::Forbidden) => {
                // This user no longer gets figures: forget the ones kept.
                cache::clear(self.store).await?;
                Err(ReportError::Forbidden)
            }
            Err(e) => Err(e),
        }
    }

    /// Whether this user's role gets figures at all (team lead or policy staff), by the
    /// role the server gave at the last login or round: for the navigation, offline too.
    /// The server decides again on every report.
    pub async fn allowed(&self) -> Result<bool, ReportError> {
        let role = self.store.sync().account().await?.map(|a| a.role);
        Ok(matches!(
            role.as_deref().and_then(Role::parse),
            Some(Role::Teamleider | Role::BeleidStatistiek)
        ))
    }

    /// The teams whose figures this user may see (online; offline the last fetched list).
    pub async fn teams(&self) -> Result<FetchedTeams, ReportError> {
        let req = TeamsRequest {
            device_id: self.device_id()?,
        };
        let online = self.ask(|http, token| {
            let req = req.clone();
            async move { http.report_teams(&token, &req).await }
        });
        let (teams, fetched_at, from_cache) = self
            .fetch_or_kept::<ReportTeams, _>(TEAMS_KEY, online)
            .await?;
        Ok(FetchedTeams {
            teams,
            fetched_at,
            from_cache,
        })
    }

    /// The report of `team` (`None`: every team, policy staff only; a team lead gets hers)
    /// over the months `from..=to` (`yyyy-mm`): fetched online and kept; offline the last
    /// fetched one of the same question, marked as such.
    pub async fn fetch(
        &self,
        team: Option<Uuid>,
        from: &str,
        to: &str,
    ) -> Result<FetchedReport, ReportError> {
        // The server's rules, checked here too so that a bad period is said offline as well.
        Period::new(month(from)?, month(to)?, Utc::now().date_naive())?;
        let (from, to) = (from.trim(), to.trim());
        let req = ReportRequest {
            device_id: self.device_id()?,
            team,
            from: from.to_owned(),
            to: to.to_owned(),
        };
        let online = self.ask(|http, token| {
            let req = req.clone();
            async move { http.management_report(&token, &req).await }
        });
        let key = report_key(team, from, to);
        let (report, fetched_at, from_cache) = self
            .fetch_or_kept::<ManagementReport, _>(&key, online)
            .await?;
        Ok(FetchedReport {
            report,
            fetched_at,
            from_cache,
        })
    }

    /// Log that the shown report left the app as `format` (csv, pdf): an export entry in
    /// this laptop's access log (purpose: management reports; the team and months as the
    /// entry's note), which reaches the server's log with the next round. The fetch itself
    /// is logged by the server.
    pub async fn record_export(
        &self,
        report: &ManagementReport,
        format: &str,
    ) -> Result<(), ReportError> {
        let note = format!(
            "{format} {} {}..{}",
            report.team.as_deref().unwrap_or("*"),
            report.from,
            report.to
        );
        let mut w = self
            .store
            .writer(werkpad_domain::purpose::Purpose::ManagementReports)
            .await?;
        w.audit(
            crate::store::audit::AuditAction::Export,
            None,
            None,
            Some(&note),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// The last fetched report of this question, without asking the server (for exports:
    /// they print what the screen shows).
    pub async fn kept(
        &self,
        team: Option<Uuid>,
        from: &str,
        to: &str,
    ) -> Result<FetchedReport, ReportError> {
        let key = report_key(team, from.trim(), to.trim());
        let (report, fetched_at) = cache::get::<ManagementReport>(self.store, &key)
            .await?
            .ok_or(ReportError::NotCached)?;
        Ok(FetchedReport {
            report,
            fetched_at,
            from_cache: true,
        })
    }
}

//! The HTTP side of the client: one method per endpoint, the protocol header on every
//! request, typed error bodies turned into [`SyncError`]s.

use std::time::Duration;

use reqwest::{StatusCode, Url};
use serde::Serialize;
use serde::de::DeserializeOwned;
use werkpad_domain::sync::{CheckRequest, CheckResponse, RecordsRequest};
use werkpad_domain::sync::{
    ErrorBody, LoginRequest, LoginResponse, PROTOCOL_HEADER, PROTOCOL_VERSION, PullRequest,
    PullResponse, PushRequest, PushResponse, RefreshRequest, Tokens,
};

use super::SyncError;

/// A connection to one server.
#[derive(Debug, Clone)]
pub struct Http {
    base: Url,
    client: reqwest::Client,
}

/// Check a server address: https anywhere, plain http only to this machine.
pub fn parse_server_url(url: &str) -> Result<Url, SyncError> {
    let bad = || SyncError::InvalidServerUrl(url.to_owned());
    let mut parsed = Url::parse(url.trim()).map_err(|_| bad())?;
    let loopback = match parsed.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => return Err(bad()),
    };
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => return Err(bad()),
    }
    if !parsed.path().ends_with('/') {
        let path = format!("{}/", parsed.path());
        parsed.set_path(&path);
    }
    Ok(parsed)
}

impl Http {
    /// A client for `server_url`.
    pub fn new(server_url: &str) -> Result<Self, SyncError> {
        let base = parse_server_url(server_url)?;
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(120))
            .user_agent(concat!("werkpad/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| SyncError::InvalidServerUrl(e.to_string()))?;
        Ok(Self { base, client })
    }

    async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        token: Option<&str>,
    ) -> Result<T, SyncError> {
        let url = self
            .base
            .join(path)
            .map_err(|e| SyncError::InvalidServerUrl(e.to_string()))?;
        let mut req = self
            .client
            .post(url)
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .json(body);
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        let resp = req.send().await.map_err(transport)?;
        let status = resp.status();
        if status.is_success() {
            return resp.json::<T>().await.map_err(transport);
        }
        let body: Option<ErrorBody> = resp.json().await.ok();
        Err(match body {
            Some(b) if b.wipe && b.code != "account_disabled" => SyncError::DeviceRevoked,
            Some(b) => SyncError::from_server(&b),
            None if status == StatusCode::UPGRADE_REQUIRED => SyncError::UpdateNeeded,
            None => SyncError::Server {
                code: status.as_u16().to_string(),
            },
        })
    }

    /// `POST login`.
    pub async fn login(&self, req: &LoginRequest) -> Result<LoginResponse, SyncError> {
        self.post("api/v1/login", req, None).await
    }

    /// `POST refresh`.
    pub async fn refresh(&self, refresh_token: &str) -> Result<Tokens, SyncError> {
        let req = RefreshRequest {
            refresh_token: refresh_token.to_owned(),
        };
        self.post("api/v1/refresh", &req, None).await
    }

    /// `POST push`.
    pub async fn push(&self, token: &str, req: &PushRequest) -> Result<PushResponse, SyncError> {
        self.post("api/v1/push", req, Some(token)).await
    }

    /// `POST pull`.
    pub async fn pull(&self, token: &str, req: &PullRequest) -> Result<PullResponse, SyncError> {
        self.post("api/v1/pull", req, Some(token)).await
    }

    /// `POST pull`, the documents left unparsed (the laptop stores them as they are).
    pub(crate) async fn pull_raw(
        &self,
        token: &str,
        req: &PullRequest,
    ) -> Result<super::apply::PageIn, SyncError> {
        self.post("api/v1/pull", req, Some(token)).await
    }

    /// `POST check`.
    pub async fn check(&self, token: &str, req: &CheckRequest) -> Result<CheckResponse, SyncError> {
        self.post("api/v1/check", req, Some(token)).await
    }

    /// `POST audit`: a page of this laptop's access log.
    pub async fn audit(
        &self,
        token: &str,
        req: &werkpad_domain::sync::AuditUpload,
    ) -> Result<werkpad_domain::sync::AuditUploadResponse, SyncError> {
        self.post("api/v1/audit", req, Some(token)).await
    }

    /// `POST caseload/emergency`: break-the-glass.
    pub async fn emergency(
        &self,
        token: &str,
        req: &werkpad_domain::sync::emergency::EmergencyRequest,
    ) -> Result<werkpad_domain::sync::emergency::EmergencyGrant, SyncError> {
        self.post("api/v1/caseload/emergency", req, Some(token))
            .await
    }

    /// `POST surveys`: satisfaction-survey answers, all counted or none.
    pub async fn surveys(
        &self,
        token: &str,
        req: &werkpad_domain::survey::SurveyUpload,
    ) -> Result<werkpad_domain::survey::SurveyReceipt, SyncError> {
        self.post("api/v1/surveys", req, Some(token)).await
    }

    /// `POST caseload/emergency/notices`: what a team lead is told.
    pub async fn emergency_notices(
        &self,
        token: &str,
        req: &werkpad_domain::sync::emergency::NoticesRequest,
    ) -> Result<Vec<werkpad_domain::sync::emergency::EmergencyNotice>, SyncError> {
        self.post("api/v1/caseload/emergency/notices", req, Some(token))
            .await
    }

    /// `POST reports/teams`: the teams whose figures the user may see.
    pub async fn report_teams(
        &self,
        token: &str,
        req: &werkpad_domain::report::TeamsRequest,
    ) -> Result<werkpad_domain::report::ReportTeams, SyncError> {
        self.post("api/v1/reports/teams", req, Some(token)).await
    }

    /// `POST reports/management`: a management report (aggregates only).
    pub async fn management_report(
        &self,
        token: &str,
        req: &werkpad_domain::report::ReportRequest,
    ) -> Result<werkpad_domain::report::ManagementReport, SyncError> {
        self.post("api/v1/reports/management", req, Some(token))
            .await
    }

    /// `POST records`, the documents left unparsed.
    pub(crate) async fn records(
        &self,
        token: &str,
        req: &RecordsRequest,
    ) -> Result<super::apply::RecordsIn, SyncError> {
        self.post("api/v1/records", req, Some(token)).await
    }
}

fn transport(e: reqwest::Error) -> SyncError {
    if e.is_connect() {
        SyncError::Offline(e.to_string())
    } else {
        SyncError::ServerUnreachable(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_this_machine() {
        assert!(parse_server_url("https://werkpad.arnhem.nl").is_ok());
        assert!(parse_server_url("http://127.0.0.1:8080").is_ok());
        assert!(parse_server_url("http://localhost:8080/").is_ok());
        assert!(matches!(
            parse_server_url("http://werkpad.arnhem.nl"),
            Err(SyncError::InvalidServerUrl(_))
        ));
        assert!(parse_server_url("ftp://127.0.0.1").is_err());
        assert!(parse_server_url("geen url").is_err());
        assert_eq!(
            parse_server_url("https://x.nl/werkpad")
                .map(|u| u.to_string())
                .ok(),
            Some("https://x.nl/werkpad/".into())
        );
    }
}

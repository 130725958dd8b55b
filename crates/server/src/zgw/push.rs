//! `werkpad-server zgw push`: send a resident's export to the municipality's Open Zaak:
//! each zaak first, then its documents, then the links, each with the URLs the APIs
//! returned in place of the placeholders. The token (a JWT the zaaksysteem issued for
//! Werkpad) is sent as a Bearer token and never logged or printed.
//!
//! Paths are Open Zaak's: `{base}/zaken/api/v1/…` and `{base}/documenten/api/v1/…`. Plain
//! HTTP only to a loopback address; anything else over HTTPS.

use std::time::Duration;

use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;

use super::{Export, ZgwError, ZgwSettings, export_logged};

/// What was created for one traject.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PushedZaak {
    /// The traject.
    pub traject_id: Uuid,
    /// The zaak's URL.
    pub zaak: String,
    /// The documents' URLs.
    pub informatieobjecten: Vec<String>,
    /// The links' URLs.
    pub zaakinformatieobjecten: Vec<String>,
}

/// A client of one Open Zaak.
#[derive(Debug)]
pub struct OpenZaak {
    base: reqwest::Url,
    token: String,
    http: reqwest::Client,
}

impl OpenZaak {
    /// `base` (e.g. `https://openzaak.gemeente.nl`) with `token`.
    pub fn new(base: &str, token: &str) -> Result<Self, ZgwError> {
        let base = reqwest::Url::parse(base.trim_end_matches('/'))
            .map_err(|e| ZgwError::Push(format!("the Open Zaak URL: {e}")))?;
        let host = base.host_str().unwrap_or_default();
        let loopback = host == "localhost"
            || host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
        if base.scheme() != "https" && !(base.scheme() == "http" && loopback) {
            return Err(ZgwError::Push(
                "the Open Zaak URL must be https (plain http only to a loopback address)".into(),
            ));
        }
        let token = token.trim().to_owned();
        if token.is_empty() {
            return Err(ZgwError::Push("no token on standard input".into()));
        }
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| ZgwError::Push(format!("HTTP client: {e}")))?;
        Ok(Self { base, token, http })
    }

    /// The host the export goes to (for the log).
    pub fn host(&self) -> String {
        self.base.host_str().unwrap_or_default().to_owned()
    }

    /// POST `body` to `path` under the base; the `url` of the 201 answer.
    async fn create(&self, path: &str, body: &Value) -> Result<String, ZgwError> {
        let url = format!("{}{path}", self.base.as_str().trim_end_matches('/'));
        let answer = self
            .http
            .post(&url)
            .bearer_auth(&self.token)
            .header("Accept-Crs", "EPSG:4326")
            .header("Content-Crs", "EPSG:4326")
            .json(body)
            .send()
            .await
            .map_err(|e| ZgwError::Push(format!("POST {path}: {}", causes(&e.without_url()))))?;
        let status = answer.status();
        let reply: Value = answer.json().await.unwrap_or(Value::Null);
        if status != reqwest::StatusCode::CREATED {
            return Err(ZgwError::Push(format!(
                "POST {path}: HTTP {}{}",
                status.as_u16(),
                invalid_params(&reply)
            )));
        }
        reply
            .get("url")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| ZgwError::Push(format!("POST {path}: 201 without a url")))
    }

    /// Send every zaak of `export`: zaak, documents, links.
    pub async fn send(&self, export: &Export) -> Result<Vec<PushedZaak>, ZgwError> {
        let mut pushed = Vec::new();
        for z in &export.zaken {
            let zaak = self.create("/zaken/api/v1/zaken", &z.zaak).await?;
            let mut urls = std::collections::HashMap::new();
            let mut informatieobjecten = Vec::new();
            for d in &z.informatieobjecten {
                let url = self
                    .create("/documenten/api/v1/enkelvoudiginformatieobjecten", &d.body)
                    .await?;
                urls.insert(d.placeholder.as_str(), url.clone());
                informatieobjecten.push(url);
            }
            let mut links = Vec::new();
            for link in &z.zaakinformatieobjecten {
                let mut body = link.clone();
                let document = body
                    .get("informatieobject")
                    .and_then(Value::as_str)
                    .and_then(|p| urls.get(p))
                    .cloned()
                    .ok_or_else(|| ZgwError::Push("a link to an unknown document".into()))?;
                body["zaak"] = json!(zaak);
                body["informatieobject"] = json!(document);
                links.push(
                    self.create("/zaken/api/v1/zaakinformatieobjecten", &body)
                        .await?,
                );
            }
            pushed.push(PushedZaak {
                traject_id: z.traject_id,
                zaak,
                informatieobjecten,
                zaakinformatieobjecten: links,
            });
        }
        Ok(pushed)
    }
}

/// An error and its causes, "a: b: c" (reqwest's own message says only "error sending
/// request").
fn causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// ` (field: code, …)` from a ZGW `ValidatieFout`: names and codes, not the values.
fn invalid_params(reply: &Value) -> String {
    let Some(params) = reply.get("invalidParams").and_then(Value::as_array) else {
        return String::new();
    };
    let named: Vec<String> = params
        .iter()
        .map(|p| {
            let field = p.get("name").and_then(Value::as_str).unwrap_or("?");
            let code = p.get("code").and_then(Value::as_str).unwrap_or("?");
            format!("{field}: {code}")
        })
        .collect();
    format!(" ({})", named.join(", "))
}

/// `werkpad-server zgw push`: build the export, log it as `zgw_push` (with the target
/// host) before anything leaves, then send it.
pub async fn push(
    pool: &PgPool,
    resident: Uuid,
    by: Uuid,
    settings: &ZgwSettings,
    target: &OpenZaak,
) -> Result<Vec<PushedZaak>, ZgwError> {
    let export = export_logged(
        pool,
        resident,
        by,
        settings,
        "zgw_push",
        json!({"target": target.host()}),
    )
    .await?;
    target.send(&export).await
}

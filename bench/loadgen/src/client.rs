//! A thin HTTP client for the sync API: what a laptop sends, with the protocol header, and
//! the answer's status and raw body (decoding is timed separately where it matters).

use std::time::{Duration, Instant};

use anyhow::Context;
use serde::Serialize;
use uuid::Uuid;
use werkpad_domain::sync::{
    ErrorBody, LoginRequest, LoginResponse, PROTOCOL_HEADER, PROTOCOL_VERSION, PullRequest,
};

/// One connection pool to the server under test.
#[derive(Debug, Clone)]
pub struct Api {
    client: reqwest::Client,
    base: String,
}

/// A request that did not come back 200.
#[derive(Debug, Clone)]
pub struct Failure {
    /// `http_500:server_error`, `transport:timeout`, …
    pub kind: String,
}

/// What came back.
#[derive(Debug)]
pub struct Answer {
    /// The body of a 200 answer.
    pub body: Vec<u8>,
    /// From sending to the last byte of the body.
    pub elapsed: Duration,
}

impl Api {
    /// A client for `http://addr/api/v1/`.
    pub fn new(addr: std::net::SocketAddr) -> anyhow::Result<Self> {
        Self::from_address(addr, None)
    }

    /// A client for `http://addr/api/v1/` whose connections come from `local` (any
    /// 127.x.y.z on Linux: the server sees that many different peers).
    pub fn from_address(
        addr: std::net::SocketAddr,
        local: Option<std::net::IpAddr>,
    ) -> anyhow::Result<Self> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(600))
            .pool_max_idle_per_host(1024)
            .local_address(local)
            .build()
            .context("building the HTTP client")?;
        Ok(Self {
            client,
            base: format!("http://{addr}/api/v1/"),
        })
    }

    /// POST a ready-made JSON body.
    pub async fn post_raw(
        &self,
        path: &str,
        token: Option<&str>,
        body: Vec<u8>,
    ) -> Result<Answer, Failure> {
        let start = Instant::now();
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        let transport = |e: reqwest::Error| Failure {
            kind: if e.is_timeout() {
                "transport:timeout".into()
            } else if e.is_connect() {
                "transport:connect".into()
            } else {
                "transport:other".into()
            },
        };
        let resp = req.send().await.map_err(transport)?;
        let status = resp.status();
        let bytes = resp.bytes().await.map_err(transport)?;
        let elapsed = start.elapsed();
        if status.is_success() {
            Ok(Answer {
                body: bytes.to_vec(),
                elapsed,
            })
        } else {
            let code = serde_json::from_slice::<ErrorBody>(&bytes)
                .map(|b| b.code)
                .unwrap_or_else(|_| "?".into());
            Err(Failure {
                kind: format!("http_{}:{code}", status.as_u16()),
            })
        }
    }

    /// POST a value as JSON.
    pub async fn post<B: Serialize>(
        &self,
        path: &str,
        token: Option<&str>,
        body: &B,
    ) -> anyhow::Result<Answer> {
        let body = serde_json::to_vec(body)?;
        self.post_raw(path, token, body)
            .await
            .map_err(|f| anyhow::anyhow!("POST {path}: {}", f.kind))
    }

    /// Log a device in; returns its access token.
    pub async fn login(
        &self,
        user_name: &str,
        password: &str,
        device_id: Uuid,
    ) -> anyhow::Result<String> {
        let answer = self
            .post(
                "login",
                None,
                &LoginRequest {
                    user_name: user_name.to_owned(),
                    password: password.to_owned(),
                    device_id,
                    device_name: format!("loadgen {user_name}"),
                },
            )
            .await?;
        let resp: LoginResponse =
            serde_json::from_slice(&answer.body).context("decoding a login answer")?;
        Ok(resp.tokens.access_token)
    }

    /// One pull page, raw.
    pub async fn pull_raw(
        &self,
        token: &str,
        device_id: Uuid,
        cursor: i64,
        limit: u32,
    ) -> Result<Answer, Failure> {
        let body = serde_json::to_vec(&PullRequest {
            device_id,
            cursor,
            limit,
        })
        .map_err(|e| Failure {
            kind: format!("encode:{e}"),
        })?;
        self.post_raw("pull", Some(token), body).await
    }
}

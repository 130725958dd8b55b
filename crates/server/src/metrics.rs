//! Counters for `/metrics` in the Prometheus text format. Counts only, no labels with
//! personal data. Served on an address of its own (`metrics_listen`, loopback by default),
//! never on the API's listener: how many logins fail and how busy the server is are no
//! business of whoever can reach the API.

use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::get;

/// The server's counters.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: AtomicU64,
    pushes: AtomicU64,
    pulls: AtomicU64,
    applied: AtomicU64,
    duplicates: AtomicU64,
    conflicts: AtomicU64,
    rejected: AtomicU64,
    records_pulled: AtomicU64,
    logins_failed: AtomicU64,
    logins_limited: AtomicU64,
    logins_busy: AtomicU64,
    refresh_reused: AtomicU64,
}

fn add(c: &AtomicU64, n: u64) {
    c.fetch_add(n, Ordering::Relaxed);
}

impl Metrics {
    /// One API request.
    pub fn request(&self) {
        add(&self.requests, 1);
    }
    /// A push page and what became of its mutations.
    pub fn push(&self, applied: u64, duplicates: u64, conflicts: u64, rejected: u64) {
        add(&self.pushes, 1);
        add(&self.applied, applied);
        add(&self.duplicates, duplicates);
        add(&self.conflicts, conflicts);
        add(&self.rejected, rejected);
    }
    /// A pull page of `records`.
    pub fn pull(&self, records: u64) {
        add(&self.pulls, 1);
        add(&self.records_pulled, records);
    }
    /// A failed login.
    pub fn login_failed(&self) {
        add(&self.logins_failed, 1);
    }
    /// A login refused by a rate limit.
    pub fn login_limited(&self) {
        add(&self.logins_limited, 1);
    }
    /// A login refused because too many wait for a password check.
    pub fn login_busy(&self) {
        add(&self.logins_busy, 1);
    }
    /// A refresh token presented again after it was exchanged.
    pub fn refresh_reused(&self) {
        add(&self.refresh_reused, 1);
    }

    /// The text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for (name, help, c) in [
            ("werkpad_requests_total", "API requests", &self.requests),
            (
                "werkpad_push_pages_total",
                "Push pages handled",
                &self.pushes,
            ),
            ("werkpad_pull_pages_total", "Pull pages served", &self.pulls),
            (
                "werkpad_mutations_applied_total",
                "Mutations applied",
                &self.applied,
            ),
            (
                "werkpad_mutations_duplicate_total",
                "Mutations seen again",
                &self.duplicates,
            ),
            (
                "werkpad_mutations_conflict_total",
                "Mutations with a conflict",
                &self.conflicts,
            ),
            (
                "werkpad_mutations_rejected_total",
                "Mutations refused",
                &self.rejected,
            ),
            (
                "werkpad_records_pulled_total",
                "Records sent to devices",
                &self.records_pulled,
            ),
            (
                "werkpad_logins_failed_total",
                "Failed logins",
                &self.logins_failed,
            ),
            (
                "werkpad_logins_rate_limited_total",
                "Logins refused by a rate limit",
                &self.logins_limited,
            ),
            (
                "werkpad_logins_busy_total",
                "Logins refused while too many waited for a password check",
                &self.logins_busy,
            ),
            (
                "werkpad_refresh_reused_total",
                "Refresh tokens presented again after their exchange",
                &self.refresh_reused,
            ),
        ] {
            let _ = writeln!(out, "# HELP {name} {help}.\n# TYPE {name} counter");
            let _ = writeln!(out, "{name} {}", c.load(Ordering::Relaxed));
        }
        out
    }
}

async fn exposition(State(metrics): State<Arc<Metrics>>) -> impl IntoResponse {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        metrics.render(),
    )
}

/// `GET /metrics` alone.
pub fn router(metrics: Arc<Metrics>) -> Router {
    Router::new()
        .route("/metrics", get(exposition))
        .with_state(metrics)
}

/// Serve [`router`] on `listener` (plain HTTP: keep it on loopback or a private network).
pub async fn serve(listener: tokio::net::TcpListener, metrics: Arc<Metrics>) -> anyhow::Result<()> {
    axum::serve(listener, router(metrics)).await?;
    Ok(())
}

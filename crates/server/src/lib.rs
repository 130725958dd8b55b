//! Werkpad's central server: the source of truth the laptops sync with.
//!
//! Main idea: every synced record is a JSON document with per-field versions
//! ([`sync::push`] merges field by field, conflicts become records a person resolves);
//! change numbers made from each transaction's id order everything a laptop can pull, and a
//! pull passes only finished transactions, so pushes run side by side and a cursor never
//! skips a late commit ([`sync::pull`], [`locks`]); who may see what follows
//! the role and the caseload ([`werkpad_domain::sync::Role`]); and every change and every
//! pull is in an audit log chained with a keyed MAC ([`audit`]).

pub mod admin;
pub mod api;
pub mod audit;
pub mod auth;
pub mod error;
pub mod faults;
pub mod fg_report;
pub mod locks;
pub mod logging;
pub mod metrics;
pub mod reference;
pub mod reports;
pub mod retention;
pub mod settings;
pub mod statistics;
pub mod surveys;
pub mod sync;
pub mod teams;
pub mod zgw;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

pub use api::router;
pub use settings::Settings;

/// The migrations in migrations/server.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/server");

/// What every handler shares.
#[derive(Debug, Clone)]
pub struct AppState {
    /// PostgreSQL.
    pub pool: PgPool,
    /// Settings.
    pub settings: Arc<Settings>,
    /// Counters.
    pub metrics: Arc<metrics::Metrics>,
    /// Fault points (armed only by the sync simulation).
    pub faults: Arc<faults::Faults>,
    /// The key the audit chain is sealed with (from a file, never from the database).
    pub audit_key: audit::AuditKey,
    /// Login attempts per user name and per client address.
    pub login_limits: Arc<auth::rate_limit::LoginLimits>,
    /// How many password checks run and wait at once.
    pub password_gate: Arc<auth::password::CheckGate>,
}

impl AppState {
    /// State over an open pool, with the audit key from the settings' key file (made there
    /// when there is none yet).
    pub fn new(pool: PgPool, settings: Settings) -> Result<Self, audit::KeyError> {
        let audit_key = audit::AuditKey::load_or_create(&settings.audit_key_path())?;
        let login_limits = auth::rate_limit::LoginLimits::new(
            settings.login_attempts_per_account,
            settings.login_attempts_per_address,
        );
        let password_gate = auth::password::CheckGate::new(
            settings.password_checks_at_once,
            settings.password_checks_waiting,
        );
        Ok(Self {
            pool,
            settings: Arc::new(settings),
            metrics: Arc::default(),
            faults: Arc::default(),
            audit_key,
            login_limits: Arc::new(login_limits),
            password_gate: Arc::new(password_gate),
        })
    }
}

/// Open the pool described by `settings`.
pub async fn connect(settings: &Settings) -> anyhow::Result<PgPool> {
    PgPoolOptions::new()
        .max_connections(settings.pool_size)
        .connect(&settings.database_url)
        .await
        .context("cannot reach the database (DATABASE_URL)")
}

/// Serve plain HTTP on an already bound loopback listener (tests, local demo).
pub async fn serve_plain(listener: tokio::net::TcpListener, state: AppState) -> anyhow::Result<()> {
    let addr = listener.local_addr()?;
    anyhow::ensure!(
        addr.ip().is_loopback(),
        "plain HTTP only on loopback; give tls_cert and tls_key for {addr}"
    );
    let _sealer = AbortOnDrop(Some(
        tokio::spawn(audit::keep_sealed(
            state.pool.clone(),
            state.audit_key.clone(),
        ))
        .abort_handle(),
    ));
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await?;
    Ok(())
}

/// Serve on `addr`: HTTPS when a certificate is configured, plain HTTP only on loopback.
/// Retention runs beside it ([`retention::keep_running`]), and `/metrics` on its own
/// address when one is set ([`metrics::serve`]), never on the API's.
pub async fn serve(addr: SocketAddr, state: AppState) -> anyhow::Result<()> {
    let _retention = AbortOnDrop(Some(
        tokio::spawn(retention::keep_running(
            state.pool.clone(),
            state.audit_key.clone(),
        ))
        .abort_handle(),
    ));
    serve_on(addr, state).await
}

/// A task that ends with its owner, also when the owner's future is dropped (a server
/// task aborted by a test or the load generator takes its sealer along).
struct AbortOnDrop(Option<tokio::task::AbortHandle>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(task) = &self.0 {
            task.abort();
        }
    }
}

/// The metrics listener, once the API's own listener is known to be good.
async fn start_metrics(state: &AppState) -> anyhow::Result<AbortOnDrop> {
    let Some(at) = state.settings.metrics_listen else {
        return Ok(AbortOnDrop(None));
    };
    let listener = tokio::net::TcpListener::bind(at)
        .await
        .with_context(|| format!("cannot listen on {at} for metrics"))?;
    tracing::info!(addr = %at, "serving /metrics");
    let task = tokio::spawn(metrics::serve(listener, Arc::clone(&state.metrics)));
    Ok(AbortOnDrop(Some(task.abort_handle())))
}

async fn serve_on(addr: SocketAddr, state: AppState) -> anyhow::Result<()> {
    match (&state.settings.tls_cert, &state.settings.tls_key) {
        (Some(cert), Some(key)) => {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
                .await
                .context("reading the TLS certificate and key")?;
            let listener = std::net::TcpListener::bind(addr)
                .with_context(|| format!("cannot listen on {addr}"))?;
            let _metrics = start_metrics(&state).await?;
            tracing::info!(%addr, "serving HTTPS");
            serve_tls(listener, config, state).await
        }
        _ => {
            anyhow::ensure!(
                addr.ip().is_loopback(),
                "plain HTTP only on loopback; give tls_cert and tls_key for {addr}"
            );
            let listener = tokio::net::TcpListener::bind(addr).await?;
            let _metrics = start_metrics(&state).await?;
            tracing::info!(%addr, "serving plain HTTP (loopback only)");
            serve_plain(listener, state).await
        }
    }
}

/// Serve HTTPS with `config` on an already bound listener (any address).
pub async fn serve_tls(
    listener: std::net::TcpListener,
    config: axum_server::tls_rustls::RustlsConfig,
    state: AppState,
) -> anyhow::Result<()> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let _sealer = AbortOnDrop(Some(
        tokio::spawn(audit::keep_sealed(
            state.pool.clone(),
            state.audit_key.clone(),
        ))
        .abort_handle(),
    ));
    axum_server::tls_rustls::from_tcp_rustls(listener, config)?
        .serve(router(state).into_make_service_with_connect_info::<SocketAddr>())
        .await?;
    Ok(())
}

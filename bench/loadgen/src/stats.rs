//! Latency percentiles, counters, and the PostgreSQL wait-event sampler.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sqlx::PgPool;

/// Latencies of one kind of request.
#[derive(Debug, Default, Clone)]
pub struct Latencies(Vec<Duration>);

impl Latencies {
    /// Record one.
    pub fn push(&mut self, d: Duration) {
        self.0.push(d);
    }

    /// Merge another set.
    pub fn extend(&mut self, other: Latencies) {
        self.0.extend(other.0);
    }

    /// How many.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Nearest-rank percentile in milliseconds (0 when empty).
    pub fn pct_ms(&self, p: f64) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        let mut v = self.0.clone();
        v.sort_unstable();
        let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
        let i = rank.clamp(1, v.len()) - 1;
        v[i].as_secs_f64() * 1000.0
    }
}

/// Named counters (outcomes, error kinds).
#[derive(Debug, Default, Clone)]
pub struct Counts(pub BTreeMap<String, u64>);

impl Counts {
    /// Add `n` to `key`.
    pub fn add(&mut self, key: &str, n: u64) {
        *self.0.entry(key.to_owned()).or_default() += n;
    }

    /// Merge another set.
    pub fn extend(&mut self, other: &Counts) {
        for (k, v) in &other.0 {
            self.add(k, *v);
        }
    }

    /// Sum of all.
    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }

    /// `a: 1, b: 2`, or `0`.
    pub fn render(&self) -> String {
        if self.0.is_empty() {
            return "0".into();
        }
        self.0
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What PostgreSQL's backends for one database were doing, sampled.
#[derive(Debug, Default, Clone)]
pub struct WaitSamples {
    /// Samples taken.
    pub samples: u64,
    /// Backend-samples per state/wait event.
    pub counts: BTreeMap<String, u64>,
}

impl WaitSamples {
    /// The top `n` as "average backends — what", one per line.
    pub fn render(&self, n: usize) -> Vec<String> {
        let mut v: Vec<(&String, &u64)> = self.counts.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1));
        v.into_iter()
            .take(n)
            .map(|(k, c)| {
                format!(
                    "{:.2} — `{}`",
                    *c as f64 / self.samples.max(1) as f64,
                    k.replace('`', "'")
                )
            })
            .collect()
    }
}

/// Sample `pg_stat_activity` for `db` every 20 ms until `stop` is set.
pub async fn sample_waits(pool: PgPool, db: String, stop: Arc<AtomicBool>) -> WaitSamples {
    let mut out = WaitSamples::default();
    while !stop.load(Ordering::Relaxed) {
        // Backends waiting for the server's write lock are counted together; every other
        // backend by state, wait event and (the start of) its current or last statement:
        // that is the profile of whoever holds the lock.
        let rows: Result<Vec<(String, i64)>, sqlx::Error> = sqlx::query_as(
            "SELECT CASE
                      WHEN state = 'active' AND wait_event = 'advisory' THEN
                        'waiting for the write lock (Lock/advisory)'
                      ELSE
                        coalesce(state, '?')
                        || coalesce(' [' || wait_event_type || '/' || wait_event || ']', '')
                        || ': ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 48)
                    END AS what,
                    count(*)
             FROM pg_stat_activity
             WHERE datname = $1 AND pid <> pg_backend_pid() AND state <> 'idle'
             GROUP BY 1",
        )
        .bind(&db)
        .fetch_all(&pool)
        .await;
        if let Ok(rows) = rows {
            out.samples += 1;
            for (what, n) in rows {
                *out.counts.entry(what).or_default() += u64::try_from(n).unwrap_or(0);
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    out
}

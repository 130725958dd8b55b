//! Counters for `/metrics` in the Prometheus text format. Counts only, no labels with
//! personal data.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};

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
        ] {
            let _ = writeln!(out, "# HELP {name} {help}.\n# TYPE {name} counter");
            let _ = writeln!(out, "{name} {}", c.load(Ordering::Relaxed));
        }
        out
    }
}

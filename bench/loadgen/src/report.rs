//! The Markdown report: ingest vs. ceiling, pulls, PostgreSQL wait states, first sync, race
//! probes, and the database after the run.

use std::fmt::Write as _;
use std::time::Duration;

use werkpad_domain::sync::MAX_PUSH_PAGE;

use crate::first_sync::FirstSync;
use crate::ingest::IngestResult;
use crate::{Args, loadavg, probe};

#[allow(clippy::too_many_arguments, reason = "one report, many parts")]
pub(crate) fn render(
    args: &Args,
    results: &[IngestResult],
    first: &FirstSync,
    probes: &[probe::ProbeResult],
    records: i64,
    audit: i64,
    db_bytes: i64,
    verified: &str,
    elapsed: Duration,
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "### Ingest (push) vs. the PostgreSQL ceiling\n");
    let _ = writeln!(
        s,
        "| devices | in flight | pages × size per device | mutations | applied/s | push p50 ms | push p99 ms | errors | ceiling conns | fair ceiling (record + audit) rows/s | ingest / fair ceiling | simple ceiling rows/s | ingest / simple ceiling | simple, one lock: rows/s |"
    );
    let _ = writeln!(
        s,
        "|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"
    );
    for r in results {
        let other: u64 = r.outcomes.total() - r.applied();
        let errors = if other > 0 {
            format!(
                "{}; non-applied outcomes: {}",
                r.errors.render(),
                r.outcomes.render()
            )
        } else {
            r.errors.render()
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} × {} | {} | {:.0} | {:.0} | {:.0} | {} | {} | {:.0} | {:.2} | {:.0} | {:.2} | {:.0} |",
            r.devices,
            r.in_flight,
            r.pages_per_device,
            args.page_size,
            r.applied(),
            r.rate(),
            r.push.pct_ms(50.0),
            r.push.pct_ms(99.0),
            errors,
            r.ceiling_conns,
            r.fair_rate(),
            r.rate() / r.fair_rate().max(1e-9),
            r.ceiling_rate(),
            r.rate() / r.ceiling_rate().max(1e-9),
            r.serial_rate(),
        );
    }
    let _ = writeln!(
        s,
        "\n### Where the CPU went (CPU seconds per 1,000 rows; this process = the server and the simulated laptops)\n"
    );
    let _ = writeln!(
        s,
        "| devices | ingest: this process | ingest: PostgreSQL | ingest: cores busy | ceiling: PostgreSQL | ceiling: cores busy |"
    );
    let _ = writeln!(s, "|---:|---:|---:|---:|---:|---:|");
    for r in results {
        let per_k = |secs: f64, rows: u64| secs * 1000.0 / (rows.max(1) as f64);
        let busy = |c: crate::cpu::CpuTimes, wall: Duration| {
            (c.own + c.postgres) / wall.as_secs_f64().max(1e-9)
        };
        let _ = writeln!(
            s,
            "| {} | {:.3} | {:.3} | {:.2} | {:.3} | {:.2} |",
            r.devices,
            per_k(r.cpu_ingest.own, r.applied()),
            per_k(r.cpu_ingest.postgres, r.applied()),
            busy(r.cpu_ingest, r.wall),
            per_k(r.cpu_ceiling.postgres, r.ceiling_rows),
            busy(r.cpu_ceiling, r.ceiling_wall),
        );
    }
    let _ = writeln!(
        s,
        "\n### Pulls after each ingest level (from cursor 0, ≤ {} pages of {})\n",
        args.pull_pages, args.pull_limit
    );
    let _ = writeln!(
        s,
        "| devices | pulls | records | seconds | pulls/s | pull p50 ms | pull p99 ms | errors |"
    );
    let _ = writeln!(s, "|---:|---:|---:|---:|---:|---:|---:|---|");
    for r in results {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.1} | {:.1} | {:.0} | {:.0} | {} |",
            r.devices,
            r.pulls.len(),
            r.pull_records,
            r.pull_wall.as_secs_f64(),
            r.pulls.len() as f64 / r.pull_wall.as_secs_f64().max(1e-9),
            r.pulls.pct_ms(50.0),
            r.pulls.pct_ms(99.0),
            r.pull_errors.render()
        );
    }
    let _ = writeln!(
        s,
        "\n### What PostgreSQL's backends did during the pushes\n\nSampled from `pg_stat_activity` every 20 ms; average number of backends (of the server's {} connections) per state, with the start of the statement each runs or last ran.\n",
        args.pool_size
    );
    for r in results {
        let _ = writeln!(
            s,
            "- {} devices ({} samples, load average before: {}):",
            r.devices, r.waits.samples, r.load_before
        );
        for line in r.waits.render(12) {
            let _ = writeln!(s, "  - {line}");
        }
    }
    if first.residents > 0 {
        let _ = writeln!(
            s,
            "\n### First sync: {} residents, {} records pushed beforehand ({} applied; {} pages of ≤ {MAX_PUSH_PAGE} from one laptop in {:.1} s = {:.0}/s)\n",
            first.residents,
            first.pushed,
            first.applied,
            first.push_pages,
            first.push_wall.as_secs_f64(),
            first.applied as f64 / first.push_wall.as_secs_f64().max(1e-9)
        );
        let _ = writeln!(
            s,
            "| when | limit | seconds | pages | records | announced total | MB | server+network s | slowest page s | JSON decode s |"
        );
        let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for r in &first.runs {
            let _ = writeln!(
                s,
                "| {} | {} | {:.2} | {} | {} | {} | {:.1} | {:.2} | {:.2} | {:.2} |",
                r.when,
                r.limit,
                r.wall.as_secs_f64(),
                r.pages,
                r.records,
                r.total_announced.map_or("-".into(), |t| t.to_string()),
                r.bytes as f64 / 1e6,
                r.server.as_secs_f64(),
                r.slowest_page.as_secs_f64(),
                r.decode.as_secs_f64()
            );
        }
    }
    if !probes.is_empty() {
        let _ = writeln!(s, "\n### Race probes\n");
        let _ = writeln!(
            s,
            "| probe | seconds | push requests | push failures | other requests | other failures | deadlocks (pg_stat_database) |"
        );
        let _ = writeln!(s, "|---|---:|---:|---|---:|---|---:|");
        for p in probes {
            let _ = writeln!(
                s,
                "| {} | {:.1} | {} | {} | {} | {} | {} |",
                p.name,
                p.wall.as_secs_f64(),
                p.a_requests,
                p.a_errors.render(),
                p.b_requests,
                p.b_errors.render(),
                p.deadlocks
            );
        }
    }
    let _ = writeln!(
        s,
        "\nAfter the run: {records} records, {audit} audit entries (chain: {verified}), database {:.0} MB; whole run {:.0} s; load average at the end {}.",
        db_bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        loadavg()
    );
    s
}

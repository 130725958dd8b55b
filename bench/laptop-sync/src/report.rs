//! The Markdown report: every run of every measurement, the median, and the goals.

use std::fmt::Write as _;
use std::time::Duration;

use crate::Args;
use crate::first::FirstRun;
use crate::week::WeekRun;

/// A run together with the machine's load when it started.
#[derive(Debug)]
pub struct Measured<T> {
    /// 1-minute load average at the start of the run.
    pub load: String,
    /// What was measured.
    pub data: T,
}

/// The median (the mean of the middle two for an even count); 0 when empty.
fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// Rows per second (0 for no time).
fn rate(rows: u64, d: Duration) -> f64 {
    if d.is_zero() {
        0.0
    } else {
        rows as f64 / d.as_secs_f64()
    }
}

/// 60000 → "60,000".
fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn yes(ok: bool) -> &'static str {
    if ok { "yes" } else { "**no**" }
}

/// The whole report.
pub fn render(
    args: &Args,
    week: &[Measured<WeekRun>],
    first: &[Measured<FirstRun>],
    apply: bool,
) -> String {
    let mut out = String::new();
    let cpus = std::thread::available_parallelism().map_or(0, usize::from);
    let _ = writeln!(out, "# Laptop sync: end to end into the encrypted store\n");
    let _ = writeln!(
        out,
        "{} UTC · {cpus} CPUs · {} run(s) per measurement · release build\n",
        chrono::Utc::now().format("%Y-%m-%d %H:%M"),
        args.runs
    );
    let _ = writeln!(
        out,
        "The real server (axum, in this process, loopback HTTP) over PostgreSQL; every laptop a \
         real SQLCipher store (WAL, synchronous FULL) in a temporary folder; fresh databases \
         and folders for every run. Times are of one `engine::round` (push, pull, self-check, \
         retention purge); \"push + pull\" ends when the last pull page is applied (the \
         pull's last progress report), the rest is the self-check and the purge. The load \
         column is the 1-minute load average when the run started.\n"
    );
    if !week.is_empty() {
        render_week(&mut out, week);
    }
    if !first.is_empty() {
        render_first(&mut out, first);
        if apply {
            render_apply(&mut out, first);
        }
    }
    out
}

fn render_week(out: &mut String, runs: &[Measured<WeekRun>]) {
    let w = &runs[0].data;
    let _ = writeln!(
        out,
        "## 1. A week offline\n\n{} residents synced; then {} saves offline (each: read the \
         resident, change `motivation` or `phone`, save), while a second laptop of the same \
         coach changed `email` of {} of them through the server. Goal: push + pull < 2 s.\n",
        w.residents,
        thousands(w.saves as u64),
        w.server_edits
    );
    let _ = writeln!(
        out,
        "| run | load | offline saves (s) | round (s) | push + pull (s) | self-check + purge (s) | pushed | conflicts | rejected | pulled | left in outbox | < 2 s |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (i, m) in runs.iter().enumerate() {
        let r = &m.data;
        let p = &r.round.report;
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} | {:.3} | {:.3} | {:.3} | {} | {} | {} | {} | {} | {} |",
            i + 1,
            m.load,
            secs(r.saving),
            secs(r.round.total),
            secs(r.round.push_pull),
            secs(r.round.after_pull()),
            thousands(p.push.applied),
            p.push.conflicts,
            p.push.rejected,
            thousands(p.pull.received),
            r.pending_after,
            yes(r.round.push_pull.as_secs_f64() < 2.0),
        );
    }
    let med = |f: fn(&WeekRun) -> f64| median(runs.iter().map(|m| f(&m.data)).collect());
    let push_pull = med(|r| secs(r.round.push_pull));
    let _ = writeln!(
        out,
        "| **median** | | {:.1} | {:.3} | {:.3} | {:.3} | | | | | | {} |\n",
        med(|r| secs(r.saving)),
        med(|r| secs(r.round.total)),
        push_pull,
        med(|r| secs(r.round.after_pull())),
        yes(push_pull < 2.0),
    );
    let _ = writeln!(
        out,
        "\"pulled\" counts the records the pull stored: the server returns every record \
         changed since this laptop's last pull, its own pushed changes included (stored for \
         their new server version), so every resident touched this week comes back once.\n"
    );
}

fn render_first(out: &mut String, runs: &[Measured<FirstRun>]) {
    let f = &runs[0].data;
    let _ = writeln!(
        out,
        "## 2. First sync\n\nA caseload of {} residents ({} rows: resident, traject and \
         reports of a few hundred characters) written on a setup laptop and pushed (setup, \
         not timed); then a brand-new laptop of the same coach (created and logged in, not \
         timed) runs one round. Goal: < 1 s.\n",
        f.residents,
        thousands(f.setup_rows)
    );
    let _ = writeln!(
        out,
        "| run | load | setup (s) | rows received | residents | round (s) | pull (s) | self-check + purge (s) | rows/s (round) | < 1 s |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|");
    for (i, m) in runs.iter().enumerate() {
        let r = &m.data;
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} | {} | {} | {:.3} | {:.3} | {:.3} | {} | {} |",
            i + 1,
            m.load,
            secs(r.setup),
            thousands(r.round.report.pull.received),
            r.residents_after,
            secs(r.round.total),
            secs(r.round.push_pull),
            secs(r.round.after_pull()),
            thousands(rate(r.round.report.pull.received, r.round.total) as u64),
            yes(r.round.total.as_secs_f64() < 1.0),
        );
    }
    let med = |f: fn(&FirstRun) -> f64| median(runs.iter().map(|m| f(&m.data)).collect());
    let total = med(|r| secs(r.round.total));
    let _ = writeln!(
        out,
        "| **median** | | {:.1} | | | {:.3} | {:.3} | {:.3} | {} | {} |\n",
        med(|r| secs(r.setup)),
        total,
        med(|r| secs(r.round.push_pull)),
        med(|r| secs(r.round.after_pull())),
        thousands(med(|r| rate(r.round.report.pull.received, r.round.total)) as u64),
        yes(total < 1.0),
    );
}

fn render_apply(out: &mut String, runs: &[Measured<FirstRun>]) {
    let _ = writeln!(
        out,
        "## 3. Apply rate\n\nThe laptop's apply rate: the first sync's rows per second of the time \
         it spent storing pages (`PullReport::storing_ms`; the next page is fetched from the \
         server alongside and is not counted), against a bare insert of the same rows (read \
         from the server's `records` table) into a fresh SQLCipher database opened by core's \
         `store::db::open` with a random `DataKey` (same settings and migrations as a store): \
         one transaction, 500 rows per INSERT. The rows per second of the whole round are for \
         context, as is the plain (unencrypted) insert. Goal: ratio (storing) ≥ 0.5.\n"
    );
    let _ = writeln!(
        out,
        "| run | rows | whole round (rows/s) | storing (rows/s) | bare insert, SQLCipher (rows/s) | ratio (round) | ratio (storing) | bare insert, plain (rows/s) | ≥ 0.5 |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|");
    let row = |r: &FirstRun| -> Option<[f64; 5]> {
        let bare = r.bare?;
        let received = r.round.report.pull.received;
        let apply = rate(received, r.round.total);
        let pull = rate(
            received,
            std::time::Duration::from_millis(r.round.report.pull.storing_ms),
        );
        let cipher = rate(bare.rows as u64, bare.cipher);
        let plain = rate(bare.rows as u64, bare.plain);
        Some([apply, pull, cipher, plain, bare.rows as f64])
    };
    let mut cols: [Vec<f64>; 5] = Default::default();
    for (i, m) in runs.iter().enumerate() {
        let Some(v) = row(&m.data) else { continue };
        for (col, x) in cols.iter_mut().zip(v) {
            col.push(x);
        }
        let [apply, pull, cipher, plain, rows] = v;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {:.2} | {:.2} | {} | {} |",
            i + 1,
            thousands(rows as u64),
            thousands(apply as u64),
            thousands(pull as u64),
            thousands(cipher as u64),
            apply / cipher,
            pull / cipher,
            thousands(plain as u64),
            yes(pull / cipher >= 0.5),
        );
    }
    let [apply, pull, cipher, plain, _] = cols.map(median);
    let ratio = if cipher > 0.0 { apply / cipher } else { 0.0 };
    let ratio_pull = if cipher > 0.0 { pull / cipher } else { 0.0 };
    let _ = writeln!(
        out,
        "| **median** | | {} | {} | {} | {ratio:.2} | {ratio_pull:.2} | {} | {} |\n",
        thousands(apply as u64),
        thousands(pull as u64),
        thousands(cipher as u64),
        thousands(plain as u64),
        yes(ratio_pull >= 0.5),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_thousands() {
        assert!((median(vec![3.0, 1.0, 2.0]) - 2.0).abs() < f64::EPSILON);
        assert!((median(vec![4.0, 1.0, 2.0, 3.0]) - 2.5).abs() < f64::EPSILON);
        assert_eq!(thousands(60_000), "60,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}

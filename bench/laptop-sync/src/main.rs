//! `werkpad-laptop-sync-bench`: sync measured end to end into the coach laptop's encrypted
//! SQLCipher store, against the real server (in this process, loopback HTTP) over a real
//! PostgreSQL, with fresh databases and folders for every run.
//!
//! 1. week: a week offline (thousands of single saves) plus changes made through the
//!    server by a second laptop, then one timed round (goal: push + pull < 2 s);
//! 2. first: a brand-new laptop's first round over a caseload of ~60,000 rows (goal: < 1 s);
//! 3. apply: that round's rows per second against a bare batched insert of the same rows
//!    into the same kind of database (goal: ratio ≥ 0.5).
//!
//! A Markdown report goes to stdout; progress to stderr.

mod bare;
mod env;
mod first;
mod report;
mod week;

use clap::{Parser, ValueEnum};

use crate::report::{Measured, render};

/// Sync into the laptop's encrypted store, end to end.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Args {
    /// Runs of each measurement (each on fresh databases); every run and the median are
    /// reported.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// First sync: residents in the caseload.
    #[arg(long, default_value_t = 300)]
    residents: usize,
    /// First sync: reports per resident (each resident also has one traject).
    #[arg(long, default_value_t = 198)]
    reports: usize,
    /// Week offline: residents on the laptop.
    #[arg(long, default_value_t = 150)]
    week_residents: usize,
    /// Week offline: saves made offline.
    #[arg(long, default_value_t = 2000)]
    week_saves: usize,
    /// PostgreSQL cluster (no database name): each run makes and drops its own databases.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432")]
    pg: String,
    /// Only this measurement (apply includes the first sync it is measured on).
    #[arg(long, value_enum)]
    only: Option<Only>,
}

/// One measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Only {
    Week,
    First,
    Apply,
}

/// Progress, on stderr.
pub fn say(line: impl AsRef<str>) {
    eprintln!("[laptop-sync] {}", line.as_ref());
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(args.runs > 0, "--runs must be at least 1");
    anyhow::ensure!(
        args.residents > 0 && args.week_residents > 0,
        "--residents and --week-residents must be at least 1"
    );
    let today = chrono::Utc::now().date_naive();
    let do_week = matches!(args.only, None | Some(Only::Week));
    let do_first = matches!(args.only, None | Some(Only::First | Only::Apply));
    let do_apply = matches!(args.only, None | Some(Only::Apply));

    let mut weeks = Vec::new();
    let mut firsts = Vec::new();
    for run in 1..=args.runs {
        if do_week {
            let load = env::load_average();
            say(format!(
                "week offline, run {run}/{} (load {load})",
                args.runs
            ));
            let data = week::run(&args, run, &args.pg, today).await?;
            weeks.push(Measured { load, data });
        }
        if do_first {
            let load = env::load_average();
            say(format!("first sync, run {run}/{} (load {load})", args.runs));
            let data = first::run(&args, run, &args.pg, today, do_apply).await?;
            firsts.push(Measured { load, data });
        }
    }
    print!("{}", render(&args, &weeks, &firsts, do_apply));
    Ok(())
}

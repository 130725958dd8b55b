//! `werkpad-report-bench`: the full management report over a generated municipality
//! (default 50,000 residents, 5 years of history, 8 teams of coaches) in a fresh
//! PostgreSQL database, timed on the server's own code path
//! (`werkpad_server::reports::management`, the same function the endpoint calls, without
//! HTTP).
//!
//! Measured: the first report (it derives every fact: a cold start after an upgrade or a
//! restore), then repeated reports with nothing changed (the steady state), then reports
//! after 1,000 changed records each (a busy day's sync between two looks). A Markdown
//! table goes to stdout, progress to stderr.

mod population;

use std::time::Instant;

use anyhow::Context;
use clap::Parser;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgConnection};
use werkpad_server::reports::{self, Asker, Viewer};

/// Benchmark of the management report.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// PostgreSQL server (no database name); the run makes and drops its own database.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432")]
    pg: String,
    /// Residents.
    #[arg(long, default_value_t = 50_000)]
    residents: usize,
    /// Years of history.
    #[arg(long, default_value_t = 5)]
    years: u32,
    /// Timed reports per scenario.
    #[arg(long, default_value_t = 20)]
    runs: usize,
    /// Keep the database afterwards.
    #[arg(long)]
    keep_database: bool,
}

const DB: &str = "werkpad_report_bench";

fn say(msg: impl AsRef<str>) {
    eprintln!("[report-bench] {}", msg.as_ref());
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut admin = PgConnection::connect(&format!("{}/postgres", args.pg)).await?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {DB} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {DB}")))
        .execute(&mut admin)
        .await?;
    let pool = PgPoolOptions::new()
        .max_connections(4)
        .connect(&format!("{}/{DB}", args.pg))
        .await
        .context("connecting")?;
    werkpad_server::MIGRATOR.run(&pool).await?;
    let today = chrono::Utc::now().date_naive();
    let started = Instant::now();
    let world = population::generate(&pool, args.residents, args.years, today).await?;
    say(format!(
        "{} records for {} residents in {:.0} s",
        world.records,
        args.residents,
        started.elapsed().as_secs_f64()
    ));
    sqlx::query("VACUUM ANALYZE").execute(&pool).await?;
    let from = today
        .checked_sub_months(chrono::Months::new(args.years * 12 - 1))
        .unwrap_or(today)
        .format("%Y-%m")
        .to_string();
    let to = today.format("%Y-%m").to_string();
    let asker = Asker {
        user_id: None,
        device_id: None,
    };
    let team = Some(world.teams[0]);
    let run = |team| {
        let (pool, from, to) = (pool.clone(), from.clone(), to.clone());
        async move {
            let t = Instant::now();
            let r = reports::management(&pool, Viewer::Policy, asker, team, (&from, &to), today)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            anyhow::Ok((t.elapsed().as_secs_f64() * 1000.0, r))
        }
    };
    let (cold, report) = run(team).await?;
    say(format!(
        "first report (derives every fact): {cold:.0} ms, {} tables",
        report.tables.len()
    ));
    println!("| scenario | runs | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|");
    println!(
        "| first report, every fact derived ({} records) | 1 | {cold:.0} | | |",
        world.records
    );
    for (name, team, changes) in [
        ("one team, 60 months, nothing changed", team, 0),
        ("all teams, 60 months, nothing changed", None, 0),
        (
            "one team, 60 months, after 1,000 changed records",
            team,
            1000,
        ),
    ] {
        let mut times = Vec::new();
        for _ in 0..args.runs {
            if changes > 0 {
                population::touch(&pool, changes).await?;
            }
            times.push(run(team).await?.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "| {name} | {} | {:.0} | {:.0} | {:.0} |",
            times.len(),
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            times.last().copied().unwrap_or_default()
        );
    }
    pool.close().await;
    if !args.keep_database {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {DB} WITH (FORCE)"
        )))
        .execute(&mut admin)
        .await?;
    }
    Ok(())
}

//! "First sync": a coach's whole caseload (by default 300 residents, each with a traject
//! and 198 reports: about 60,000 rows) is on the server; a brand-new laptop of the same
//! coach runs one timed sync round that pulls everything into its encrypted store and runs
//! the self-check. With the apply measurement, the same rows are then inserted bare into a
//! fresh database of the same kind ([`crate::bare`]).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{NaiveDate, Utc};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_domain::{Purpose, Report, ReportId, ReportKind};

use crate::bare::{self, BareInsert};
use crate::env::{Server, TimedRound, laptop, round, timed_round};
use crate::{Args, say};

/// The coach of this measurement.
const COACH: &str = "coach-first";
const COACH_NAME: &str = "Frank de Eerste";
/// Most setup rounds before giving up on an outbox that does not empty.
const MAX_SETUP_ROUNDS: usize = 20;

const SENTENCES: &[&str] = &[
    "Gesprek gevoerd op het stadskantoor over de voortgang van het traject.",
    "Inwoner vertelt dat het werken in de ochtend beter gaat dan in de middag.",
    "Werkgever is tevreden over de inzet en wil het contract mogelijk verlengen.",
    "Afgesproken dat de inwoner deze week twee vacatures in de logistiek bekijkt.",
    "Vervoer blijft een aandachtspunt: de fiets is gerepareerd, OV-kaart aangevraagd.",
    "Kinderopvang is geregeld voor drie dagen per week vanaf volgende maand.",
    "Samen het cv bijgewerkt en een korte motivatiebrief opgesteld.",
    "Volgende afspraak over twee weken, dan ook de werkgever uitnodigen.",
];

/// One run.
#[derive(Debug, Clone, Copy)]
pub struct FirstRun {
    /// Residents in the caseload.
    pub residents: usize,
    /// Rows pushed by the setup laptop (not timed for the goal).
    pub setup_rows: u64,
    /// Wall time of writing and pushing the caseload (setup).
    pub setup: Duration,
    /// The timed round on the new laptop.
    pub round: TimedRound,
    /// Residents on the new laptop afterwards.
    pub residents_after: i64,
    /// The bare insert of the same rows, when measured.
    pub bare: Option<BareInsert>,
}

/// A report of a few hundred characters.
fn report_text(rng: &mut Rng, n: usize) -> String {
    let mut text = format!("Rapportage {n}. ");
    for _ in 0..5 {
        let i = usize::try_from(rng.below(SENTENCES.len() as u64)).unwrap_or(0);
        text.push_str(SENTENCES[i]);
        text.push(' ');
    }
    text.trim_end().to_owned()
}

/// Write the caseload on the setup laptop: per resident one transaction with the resident,
/// the traject and the reports.
async fn write_caseload(
    store: &Store,
    args: &Args,
    run: usize,
    today: NaiveDate,
) -> anyhow::Result<u64> {
    let coach = store.device().coach.clone();
    let mut rng = Rng::new(2000 + run as u64);
    let mut bsns = HashSet::new();
    let mut rows = 0u64;
    let mut made = 0;
    while made < args.residents {
        let case = demo::case(&mut rng, &coach, today);
        let resident = &case.intake.resident;
        // A random BSN may repeat: one file per person.
        if !bsns.insert(resident.bsn.as_str().to_owned()) {
            continue;
        }
        let mut w = store
            .writer(Purpose::Guidance)
            .await
            .context("opening a writer")?;
        w.put(resident).await.context("storing a resident")?;
        w.put(&case.intake.traject)
            .await
            .context("storing a traject")?;
        for j in 0..args.reports {
            let report = Report {
                id: ReportId::new(),
                resident_id: resident.id,
                traject_id: Some(case.intake.traject.id),
                written_at: Utc::now() - chrono::Duration::days((args.reports - j) as i64),
                author: coach.clone(),
                kind: ReportKind::Conversation,
                text: report_text(&mut rng, j + 1),
            };
            w.put(&report).await.context("storing a report")?;
        }
        w.commit().await.context("committing a resident")?;
        rows += 2 + args.reports as u64;
        made += 1;
        if made.is_multiple_of(50) {
            say(format!("first-sync setup: {made} residents written"));
        }
    }
    Ok(rows)
}

/// Set up, time the round, and (with `apply`) the bare insert.
pub async fn run(
    args: &Args,
    run: usize,
    pg: &str,
    today: NaiveDate,
    apply: bool,
) -> anyhow::Result<FirstRun> {
    let server = Server::start(pg).await?;
    let dirs = [
        tempfile::tempdir()?,
        tempfile::tempdir()?,
        tempfile::tempdir()?,
    ];
    let result = measure(args, run, &server, &dirs, today, apply).await;
    server.finish().await;
    result
}

async fn measure(
    args: &Args,
    run: usize,
    server: &Server,
    dirs: &[tempfile::TempDir; 3],
    today: NaiveDate,
    apply: bool,
) -> anyhow::Result<FirstRun> {
    server.add_coach(COACH, COACH_NAME).await?;
    let t = Instant::now();
    let setup = laptop(dirs[0].path(), server, COACH, COACH_NAME).await?;
    let setup_rows = write_caseload(&setup, args, run, today).await?;
    say(format!(
        "first-sync run {run}: {setup_rows} rows written on the setup laptop in {:.1} s; pushing",
        t.elapsed().as_secs_f64()
    ));
    let mut rounds = 0;
    loop {
        round(&setup, today).await?;
        rounds += 1;
        let pending = setup
            .sync()
            .outbox_stats()
            .await
            .context("outbox stats")?
            .pending;
        if pending == 0 {
            break;
        }
        anyhow::ensure!(
            rounds < MAX_SETUP_ROUNDS,
            "the setup laptop still has {pending} changes to push after {rounds} rounds"
        );
    }
    setup.lock().await;
    let setup_time = t.elapsed();
    say(format!(
        "first-sync run {run}: caseload on the server after {:.1} s ({rounds} rounds); timing the first sync",
        setup_time.as_secs_f64()
    ));

    // The new laptop: created and logged in (not timed), then one timed round.
    let fresh = laptop(dirs[1].path(), server, COACH, COACH_NAME).await?;
    let timed = timed_round(&fresh, today).await?;
    let residents_after = fresh
        .residents()
        .resident_count()
        .await
        .context("resident count")?;
    fresh.lock().await;
    say(format!(
        "first-sync run {run}: round {:.3} s (pull {:.3} s), {} rows received, {residents_after} residents",
        timed.total.as_secs_f64(),
        timed.push_pull.as_secs_f64(),
        timed.report.pull.received
    ));

    let bare = if apply {
        let rows = bare::server_rows(&server.pool).await?;
        let insert = bare::measure(dirs[2].path(), &rows).await?;
        say(format!(
            "apply run {run}: bare insert of {} rows: SQLCipher {:.3} s, plain {:.3} s",
            insert.rows,
            insert.cipher.as_secs_f64(),
            insert.plain.as_secs_f64()
        ));
        Some(insert)
    } else {
        None
    };
    Ok(FirstRun {
        residents: args.residents,
        setup_rows,
        setup: setup_time,
        round: timed,
        residents_after,
        bare,
    })
}

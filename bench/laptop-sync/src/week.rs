//! "A week offline": a coach's laptop with a synced caseload makes thousands of single
//! saves offline while another laptop of the same coach changes some of the same residents
//! through the server; then one timed sync round on the first laptop pushes every save,
//! pulls the other laptop's changes and runs the self-check.

use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::NaiveDate;
use werkpad_core::Store;
use werkpad_domain::{Email, EntityKind, PhoneNumber, Purpose, Resident, ResidentId};

use crate::env::{Server, TimedRound, laptop, round, timed_round};
use crate::{Args, say};

/// The coach of this measurement.
const COACH: &str = "coach-week";
const COACH_NAME: &str = "Wendy de Week";
/// Residents the second laptop changes through the server.
const SERVER_EDITS: usize = 100;

/// One run.
#[derive(Debug, Clone, Copy)]
pub struct WeekRun {
    /// Residents on the laptop.
    pub residents: usize,
    /// Saves made offline.
    pub saves: usize,
    /// Wall time of the offline saves (each a read and a save), not part of the goal.
    pub saving: Duration,
    /// Residents changed through the second laptop.
    pub server_edits: usize,
    /// The timed round.
    pub round: TimedRound,
    /// Outbox entries left after the round (0 when everything went).
    pub pending_after: i64,
}

/// Residents in the store, by id.
async fn resident_ids(store: &Store) -> anyhow::Result<Vec<ResidentId>> {
    store
        .upkeep()
        .records_json(EntityKind::Resident)
        .await
        .context("listing residents")?
        .iter()
        .map(|(_, doc)| {
            serde_json::from_str::<Resident>(doc)
                .map(|r| r.id)
                .context("a resident document")
        })
        .collect()
}

/// Read a resident, change one field, save it: what one edit in the app does.
async fn edit(
    store: &Store,
    id: ResidentId,
    change: impl FnOnce(&mut Resident) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut resident = store
        .residents()
        .resident(id, Purpose::Guidance)
        .await
        .context("reading a resident")?;
    change(&mut resident)?;
    store
        .residents()
        .save(&resident, Purpose::Guidance)
        .await
        .context("saving a resident")?;
    Ok(())
}

/// Set up, edit offline, and time the round.
pub async fn run(args: &Args, run: usize, pg: &str, today: NaiveDate) -> anyhow::Result<WeekRun> {
    let server = Server::start(pg).await?;
    let dirs = (tempfile::tempdir()?, tempfile::tempdir()?);
    let result = measure(args, run, &server, (dirs.0.path(), dirs.1.path()), today).await;
    server.finish().await;
    result
}

async fn measure(
    args: &Args,
    run: usize,
    server: &Server,
    dirs: (&std::path::Path, &std::path::Path),
    today: NaiveDate,
) -> anyhow::Result<WeekRun> {
    server.add_coach(COACH, COACH_NAME).await?;
    // The coach's laptop, with its caseload synced.
    let a = laptop(dirs.0, server, COACH, COACH_NAME).await?;
    let stored = werkpad_core::demo::populate(&a, args.week_residents, 1000 + run as u64, today)
        .await
        .context("demo caseload")?;
    round(&a, today).await?;
    let ids = resident_ids(&a).await?;
    anyhow::ensure!(!ids.is_empty(), "no residents on the laptop");
    say(format!(
        "week run {run}: {stored} residents synced from laptop A"
    ));

    // A second laptop of the same coach changes another field of some of them, through
    // the server (no conflicts with what A does: A changes motivation and phone).
    let b = laptop(dirs.1, server, COACH, COACH_NAME).await?;
    round(&b, today).await?;
    let server_edits = SERVER_EDITS.min(ids.len());
    for (n, id) in ids.iter().take(server_edits).enumerate() {
        edit(&b, *id, |r| {
            r.email = Some(
                Email::parse(&format!("inwoner.{run}.{n}@example.nl"))
                    .context("a valid e-mail address")?,
            );
            Ok(())
        })
        .await?;
    }
    let pushed_b = round(&b, today).await?;
    b.lock().await;
    say(format!(
        "week run {run}: laptop B changed {server_edits} residents and pushed {}",
        pushed_b.push.applied
    ));

    // A week offline on A: every save its own transaction, after reading the resident.
    let t = Instant::now();
    for n in 0..args.week_saves {
        let id = ids[n % ids.len()];
        edit(&a, id, |r| {
            if n.is_multiple_of(2) {
                r.motivation = Some(format!(
                    "Week offline, wijziging {n}: wil graag in de logistiek aan de slag."
                ));
            } else {
                r.phone = Some(
                    PhoneNumber::parse(&format!("06{:08}", 10_000_000 + n))
                        .context("a valid phone number")?,
                );
            }
            Ok(())
        })
        .await?;
    }
    let saving = t.elapsed();
    say(format!(
        "week run {run}: {} saves offline in {:.1} s; timing the round",
        args.week_saves,
        saving.as_secs_f64()
    ));

    let timed = timed_round(&a, today).await?;
    let pending_after = a
        .sync()
        .outbox_stats()
        .await
        .context("outbox stats")?
        .pending;
    a.lock().await;
    say(format!(
        "week run {run}: round {:.3} s (push+pull {:.3} s), pushed {}, pulled {}",
        timed.total.as_secs_f64(),
        timed.push_pull.as_secs_f64(),
        timed.report.push.applied,
        timed.report.pull.received
    ));
    Ok(WeekRun {
        residents: ids.len(),
        saves: args.week_saves,
        saving,
        server_edits,
        round: timed,
        pending_after,
    })
}

//! The seeded sync simulation (tests/sim) over a fixed set of seeds: two coaches with two
//! laptops each and a team lead, random offline work, syncs, network faults, crashes,
//! server restarts, hand-overs, role changes, a disabled user and restored laptops,
//! against the real server and PostgreSQL; the model's invariants after every step and at
//! the end (convergence, no lost update, no self-conflict, exactly once, nothing left
//! behind). More seeds: `scripts/simulate.sh N`; one seed again: `--seed S`.
//!
//! WERKPAD_SIM_SEEDS ("1,2,3") and WERKPAD_SIM_STEPS override the fixed set.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use werkpad_journeys::sim::{Figures, Options, run_seed};

/// The seeds CI runs (each a different week of a team).
const SEEDS: [u64; 6] = [1, 2, 3, 4, 5, 6];
const STEPS: usize = 150;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_teams_weeks_offline_converge_without_losing_or_leaving_anything() {
    let seeds: Vec<u64> = std::env::var("WERKPAD_SIM_SEEDS")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| SEEDS.to_vec());
    let steps = std::env::var("WERKPAD_SIM_STEPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(STEPS);
    let mut total = Figures::default();
    for seed in &seeds {
        let fig = run_seed(
            *seed,
            Options {
                steps,
                verbose: false,
            },
        )
        .await
        .unwrap_or_else(|failure| panic!("{failure}"));
        println!(
            "# sim seed {seed}: {} steps, {} faults, {} invariants checked, {} repairs",
            fig.steps,
            fig.faults(),
            fig.invariant_checks,
            fig.repairs
        );
        total.add(&fig);
    }
    println!(
        "# sim: {} seeds x {} steps, {} faults injected, {} invariants checked",
        seeds.len(),
        steps,
        total.faults(),
        total.invariant_checks
    );
    assert!(
        total.saves > 0 && total.rounds > 0 && total.faults() > 0,
        "the simulation did work and injected faults: {total:?}"
    );
}

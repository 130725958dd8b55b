//! `werkpad-simulate`: the sync simulation (tests/sim) over many seeds, with a summary:
//! seeds × steps × invariants checked, and every kind of fault injected. Used by
//! scripts/simulate.sh; RELIABILITY.md quotes its output.
//!
//! werkpad-simulate [N] [--from S] [--seed S] [--steps K] [--verbose]

use werkpad_journeys::sim::{Figures, Options, run_seed};

fn arg(args: &[String], name: &str) -> Option<u64> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let steps = arg(&args, "--steps").map_or(150, |s| s as usize);
    let seeds: Vec<u64> = match arg(&args, "--seed") {
        Some(s) => vec![s],
        None => {
            let n = args
                .first()
                .and_then(|a| a.parse::<u64>().ok())
                .unwrap_or(10);
            let from = arg(&args, "--from").unwrap_or(1);
            (from..from + n).collect()
        }
    };
    let started = std::time::Instant::now();
    let mut total = Figures::default();
    let mut failed = Vec::new();
    for seed in &seeds {
        match run_seed(*seed, Options { steps, verbose }).await {
            Ok(fig) => {
                println!(
                    "seed {seed}: ok: {} steps, {} saves, {} rounds, {} faults, {} repairs, {} invariants",
                    fig.steps,
                    fig.saves,
                    fig.rounds,
                    fig.faults(),
                    fig.repairs,
                    fig.invariant_checks
                );
                total.add(&fig);
            }
            Err(failure) => {
                println!("seed {seed}: FAILED\n{failure}");
                failed.push(*seed);
            }
        }
    }
    println!();
    println!(
        "{} seeds x {} steps: {} invariants checked, {} failed {:?} ({:.0} s)",
        seeds.len(),
        steps,
        total.invariant_checks,
        failed.len(),
        failed,
        started.elapsed().as_secs_f64()
    );
    println!("{total:#?}");
    if !failed.is_empty() {
        std::process::exit(1);
    }
}

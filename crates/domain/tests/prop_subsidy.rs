//! Property tests of the loonwaarde and LKS arithmetic (issue 22), against a second,
//! straightforward model: the loonwaarde is the time-weighted sum of tempo × quality × net
//! time (capped at 100 %) rounded half up; the LKS of a period splits at every WML change,
//! shares the hours over the parts by days without losing a minute, and each part is
//! min(100 − loonwaarde, 70) % of the wage with holiday pay for its hours, plus 23,5 %.
//! Also: more hours never give less, a higher loonwaarde never gives more, and 100 %
//! gives nothing.
//!
//! Seeded: `WERKPAD_PROP_SEED` (default 22) and `PROPTEST_CASES` (default 512).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use werkpad_domain::loonwaarde::{MainTask, compute};
use werkpad_domain::subsidy::{LksInput, WML_TABLE, calculate_lks, wml_on};

fn config(cases: u32) -> Config {
    let seed = std::env::var("WERKPAD_PROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(22);
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    }
}

/// One to five tasks whose shares add up to 100 and are each at least 7.
fn tasks() -> impl Strategy<Value = Vec<MainTask>> {
    (1usize..=5)
        .prop_flat_map(|n| {
            (
                proptest::collection::vec(0u8..=30, n),
                proptest::collection::vec((0u16..=200, 0u16..=200, 0u16..=200), n),
            )
        })
        .prop_map(|(extra, scores)| {
            let n = extra.len() as u8;
            // Each task 7 %, the rest spread by the extras, the remainder to the first.
            let mut shares: Vec<u8> = vec![7; n as usize];
            let mut left = 100 - 7 * n;
            for (s, e) in shares.iter_mut().zip(&extra) {
                let add = (*e).min(left);
                *s += add;
                left -= add;
            }
            shares[0] += left;
            shares
                .into_iter()
                .zip(scores)
                .enumerate()
                .map(|(i, (share, (t, q, n)))| MainTask {
                    name: format!("Taak {i}"),
                    share_percent: share,
                    tempo_percent: t,
                    quality_percent: q,
                    net_time_percent: n,
                })
                .collect()
        })
}

fn model_loonwaarde(tasks: &[MainTask]) -> u8 {
    let sum: u128 = tasks
        .iter()
        .map(|t| {
            let perf = (u128::from(t.tempo_percent)
                * u128::from(t.quality_percent)
                * u128::from(t.net_time_percent))
            .min(1_000_000);
            u128::from(t.share_percent) * perf
        })
        .sum();
    ((sum * 2 + 1_000_000) / 2_000_000) as u8
}

fn period() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    let first = WML_TABLE[0].from;
    (0u64..1100, 0u64..400).prop_map(move |(start, len)| {
        let from = first.checked_add_days(Days::new(start)).unwrap();
        (from, from.checked_add_days(Days::new(len)).unwrap())
    })
}

/// Σ over the parts of the model's amount for a part, in exact rationals (cents × 6·10⁶).
fn model_part(loonwaarde: u8, from: NaiveDate, minutes: u32) -> (i128, i128) {
    let row = wml_on(from).unwrap();
    let pct = i128::from((100 - i64::from(loonwaarde)).min(row.cap_percent));
    let n = i128::from(row.per_hour_cents)
        * i128::from(1000 + row.holiday_permille)
        * pct
        * i128::from(minutes);
    let subsidy = (n + 3_000_000) / 6_000_000;
    let allowance = (subsidy * i128::from(row.allowance_permille) + 500) / 1000;
    (subsidy, allowance)
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn the_loonwaarde_is_the_rounded_time_weighted_sum(tasks in tasks()) {
        let out = compute(&tasks).unwrap();
        prop_assert_eq!(out.percent, model_loonwaarde(&tasks));
        prop_assert!(out.percent <= 100);
        prop_assert_eq!(out.tasks.len(), tasks.len());
    }

    #[test]
    fn a_better_score_never_lowers_the_loonwaarde(tasks in tasks(), which in 0usize..5, plus in 1u16..50) {
        let before = compute(&tasks).unwrap().percent;
        let mut better = tasks.clone();
        let i = which % better.len();
        better[i].tempo_percent = (better[i].tempo_percent + plus).min(200);
        prop_assert!(compute(&better).unwrap().percent >= before);
    }

    #[test]
    fn the_lks_splits_at_every_wml_change_and_matches_the_model(
        loonwaarde in 0u8..=100,
        (from, until) in period(),
        minutes in 0u32..40_000,
    ) {
        let calc = calculate_lks(&LksInput { loonwaarde_percent: loonwaarde, from, until, minutes }).unwrap();
        // The parts cover the period without gap or overlap, one per table row touched.
        prop_assert_eq!(calc.parts.first().unwrap().from, from);
        prop_assert_eq!(calc.parts.last().unwrap().until, until);
        for pair in calc.parts.windows(2) {
            prop_assert_eq!(pair[0].until.succ_opt().unwrap(), pair[1].from);
            prop_assert!(WML_TABLE.iter().any(|r| r.from == pair[1].from), "cut only at a change");
        }
        let rows_touched = WML_TABLE.iter().filter(|r| r.from > from && r.from <= until).count() + 1;
        prop_assert_eq!(calc.parts.len(), rows_touched);
        // Not a minute lost.
        prop_assert_eq!(calc.parts.iter().map(|p| p.minutes).sum::<u32>(), minutes);
        // Each part is the model's amount, the totals add up.
        for p in &calc.parts {
            let (subsidy, allowance) = model_part(loonwaarde, p.from, p.minutes);
            prop_assert_eq!(i128::from(p.subsidy_cents), subsidy);
            prop_assert_eq!(i128::from(p.allowance_cents), allowance);
        }
        prop_assert_eq!(calc.total_cents, calc.subsidy_cents + calc.allowance_cents);
        if loonwaarde == 100 {
            prop_assert_eq!(calc.total_cents, 0);
        }
    }

    #[test]
    fn more_hours_never_less_and_a_higher_loonwaarde_never_more(
        loonwaarde in 0u8..100,
        (from, until) in period(),
        minutes in 0u32..20_000,
        more in 1u32..2_000,
        up in 1u8..=30,
    ) {
        let at = |lw: u8, m: u32| calculate_lks(&LksInput { loonwaarde_percent: lw, from, until, minutes: m }).unwrap().total_cents;
        prop_assert!(at(loonwaarde, minutes + more) >= at(loonwaarde, minutes));
        prop_assert!(at(loonwaarde.saturating_add(up).min(100), minutes) <= at(loonwaarde, minutes));
    }
}

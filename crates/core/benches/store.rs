//! Store benchmarks (BENCHMARKS.md has the figures and the command):
//! - bulk load of 100,000 demo residents (each with traject, reports, an appointment,
//!   their outbox and audit entries), encrypted and plain, timed once each;
//! - search over those 100,000: p50/p95 from 2,000 timed queries, plus criterion's figures;
//! - one intake save (resident + traject, own transaction, fsync): p50/p95 and criterion;
//! - unlock with the production Argon2id cost, and Argon2id alone.
//!
//! Plain = the same SQLCipher library without a key, which behaves as SQLite.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::store::keys;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};

const RESIDENTS: usize = 100_000;
const PASS: &str = "benchmark passphrase";

fn residents() -> usize {
    std::env::var("WERKPAD_BENCH_RESIDENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(RESIDENTS)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

fn report(label: &str, mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    let (p50, p95) = (percentile(&samples, 0.50), percentile(&samples, 0.95));
    println!(
        "{label:<40} p50 {:>9.3} ms   p95 {:>9.3} ms   (n = {})",
        ms(p50),
        ms(p95),
        samples.len()
    );
    (p50, p95)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Loaded {
    store: Store,
    _dir: tempfile::TempDir,
    queries: Vec<String>,
}

async fn load(encrypted: bool, n: usize) -> Loaded {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let store = if encrypted {
        let config = StoreConfig {
            backend: BackendPreference::File,
            kdf: KdfParams::default(),
            recovery_public_key: None,
        };
        Store::create(&path, PASS, "Bench Coach", &config)
            .await
            .unwrap()
    } else {
        Store::create_unencrypted_for_benchmarks(&path, "Bench Coach")
            .await
            .unwrap()
    };
    let start = Instant::now();
    let stored = demo::populate(&store, n, 7, today()).await.unwrap();
    let took = start.elapsed();
    let label = if encrypted { "encrypted" } else { "plain" };
    println!(
        "bulk load {label:<9} {stored} residents in {:>7.2} s  ({:>7.0} residents/s)",
        took.as_secs_f64(),
        stored as f64 / took.as_secs_f64()
    );
    // Queries a coach types: family-name prefixes (some without diacritics), BSNs, postcodes.
    let mut rng = Rng::new(11);
    let mut queries = Vec::new();
    for i in 0..200 {
        let case = demo::case(&mut rng, &store.device().coach, today());
        let r = &case.intake.resident;
        queries.push(match i % 4 {
            0 => r.name.family_name.chars().take(4).collect(),
            1 => "ozturk".to_owned(),
            2 => {
                r.address.postcode.as_str()[..4].to_owned()
                    + " "
                    + &r.address.postcode.as_str()[4..]
            }
            _ => format!("{} {}", r.name.given_names, r.name.family_name),
        });
    }
    Loaded {
        store,
        _dir: dir,
        queries,
    }
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let n = residents();
    let mut p95 = Vec::new();
    for encrypted in [true, false] {
        let label = if encrypted { "encrypted" } else { "plain" };
        let loaded = rt.block_on(load(encrypted, n));
        let store = &loaded.store;

        let samples: Vec<Duration> = rt.block_on(async {
            let mut out = Vec::new();
            for q in loaded.queries.iter().cycle().take(2000) {
                let t = Instant::now();
                let hits = store.residents().search(q, 50).await.unwrap();
                out.push(t.elapsed());
                std::hint::black_box(hits);
            }
            out
        });
        let (_, search_p95) = report(&format!("search {label} ({n})"), samples);

        let mut rng = Rng::new(1234);
        let coach = store.device().coach.clone();
        let samples: Vec<Duration> = rt.block_on(async {
            let mut out = Vec::new();
            while out.len() < 1000 {
                let case = demo::case(&mut rng, &coach, today());
                let t = Instant::now();
                match store.residents().save_intake(&case.intake).await {
                    Ok(()) => out.push(t.elapsed()),
                    // A random BSN that is already taken: not a save, draw again.
                    Err(werkpad_core::StoreError::DuplicateBsn) => {}
                    Err(e) => panic!("intake save failed: {e}"),
                }
            }
            out
        });
        let (_, save_p95) = report(&format!("intake save {label}"), samples);
        p95.push((search_p95, save_p95));

        let mut group = c.benchmark_group(format!("store_{label}"));
        group
            .sample_size(30)
            .measurement_time(Duration::from_secs(5));
        let mut i = 0usize;
        group.bench_function("search", |b| {
            b.to_async(&rt).iter(|| {
                i = (i + 1) % loaded.queries.len();
                let q = loaded.queries[i].clone();
                async move { store.residents().search(&q, 50).await.unwrap() }
            })
        });
        group.bench_function("intake_save", |b| {
            b.to_async(&rt).iter(|| {
                let case = demo::case(&mut rng, &coach, today());
                async move {
                    match store.residents().save_intake(&case.intake).await {
                        Ok(()) | Err(werkpad_core::StoreError::DuplicateBsn) => {}
                        Err(e) => panic!("intake save failed: {e}"),
                    }
                }
            })
        });
        group.finish();
        rt.block_on(loaded.store.lock());
    }
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!(
        "overhead encrypted/plain: search p95 ×{:.2}, intake save p95 ×{:.2}",
        ratio(p95[0].0, p95[1].0),
        ratio(p95[0].1, p95[1].1)
    );

    // Unlock with the production Argon2id cost, and the KDF alone.
    let dir = tempfile::tempdir().unwrap();
    let config = StoreConfig {
        backend: BackendPreference::File,
        kdf: KdfParams::default(),
        recovery_public_key: None,
    };
    rt.block_on(async {
        Store::create(dir.path(), PASS, "Bench Coach", &config)
            .await
            .unwrap()
            .lock()
            .await;
    });
    let mut group = c.benchmark_group("unlock");
    group.sample_size(10);
    group.bench_function("argon2id_default", |b| {
        b.iter(|| keys::derive(PASS, &[7u8; 32], &[1u8; 16], KdfParams::default()).unwrap())
    });
    group.bench_function("unlock_total", |b| {
        b.to_async(&rt).iter(|| async {
            Store::unlock(dir.path(), PASS, &config)
                .await
                .unwrap()
                .lock()
                .await
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

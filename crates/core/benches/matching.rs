//! Matching as the app does it, on the encrypted store (BENCHMARKS.md has the figures):
//! - workplaces for one resident with 10,000 workplaces on the laptop: load the workplaces,
//!   the placements and the postcode areas, audit the read, rank, explain the top 50;
//! - residents for one workplace with 5,000 demo residents in the caseload.
//!
//! The pure ranking (crates/domain, `cargo bench -p werkpad-domain --bench matching`) is
//! the floor. The store keeps the facts in memory between rankings (matching/cache.rs), so
//! a repeat ranking costs the audit entry and the ranking; the first ranking after a change
//! to workplaces (or residents) rebuilds that side: both are measured.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use werkpad_core::Store;
use werkpad_core::demo;
use werkpad_core::matching::demo::populate_matching;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::Purpose;
use werkpad_domain::matching::WorkplaceDraft;

const WORKPLACES: usize = 10_000;
const RESIDENTS: usize = 5_000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn report(label: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{label:<44} p50 {:>8.2} ms   p95 {:>8.2} ms   (n = {})",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        samples.len()
    );
}

async fn setup() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let config = StoreConfig {
        backend: BackendPreference::File,
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    };
    let store = Store::create(
        &dir.path().join("store"),
        "benchmark passphrase",
        "Bench Coach",
        &config,
    )
    .await
    .unwrap();
    let start = Instant::now();
    demo::populate(&store, RESIDENTS, 7, today()).await.unwrap();
    let first: Vec<_> = store
        .residents()
        .caseload(None, RESIDENTS as i64, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    populate_matching(&store, &first, RESIDENTS, 7)
        .await
        .unwrap();
    // 10,000 workplaces of the demo employers, spread over the demo postcode areas.
    let employers = store.matching().employers().await.unwrap();
    let template = store.matching().workplaces().await.unwrap();
    let mut w = store.writer(Purpose::Matching).await.unwrap();
    for i in template.len()..WORKPLACES {
        let base = &template[i % template.len()];
        let mut draft: WorkplaceDraft = base.to_draft();
        draft.employer_id = Some(employers[i % employers.len()].id);
        draft.postcode = Some(format!("{}AB", 6811 + i % 36));
        draft.hours_per_week = Some((8 + i % 33).to_string());
        let workplace = draft.validate(werkpad_domain::WorkplaceId::new()).unwrap();
        w.put(&workplace).await.unwrap();
    }
    w.commit().await.unwrap();
    println!(
        "setup: {RESIDENTS} residents with profiles, {WORKPLACES} workplaces in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    (store, dir)
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (store, _dir) = rt.block_on(setup());
    let residents: Vec<_> = rt
        .block_on(store.residents().caseload(None, 100, 0))
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    let workplaces = rt.block_on(store.matching().workplaces()).unwrap();

    let mut samples = Vec::new();
    for r in residents.iter().cycle().take(60) {
        let t = Instant::now();
        let ranked = rt
            .block_on(store.matching().matches_for_resident(*r, 50))
            .unwrap();
        samples.push(t.elapsed());
        assert_eq!(ranked.basis.candidates, WORKPLACES);
    }
    report("workplaces for a resident (10,000, store)", samples);
    let mut samples = Vec::new();
    for (i, r) in residents.iter().take(20).enumerate() {
        // A change to any workplace: the next ranking rebuilds the workplace facts.
        let mut draft = workplaces[i].to_draft();
        draft.hours_per_week = Some((10 + i).to_string());
        rt.block_on(
            store
                .matching()
                .save_workplace(Some(workplaces[i].id), &draft),
        )
        .unwrap();
        let t = Instant::now();
        rt.block_on(store.matching().matches_for_resident(*r, 50))
            .unwrap();
        samples.push(t.elapsed());
    }
    report("  ... first one after a workplace changed", samples);
    let mut samples = Vec::new();
    for w in workplaces.iter().take(30) {
        let t = Instant::now();
        rt.block_on(store.matching().matches_for_workplace(w.id, 50))
            .unwrap();
        samples.push(t.elapsed());
    }
    report("residents for a workplace (5,000, store)", samples);
    let mut samples = Vec::new();
    for (i, w) in workplaces.iter().take(20).enumerate() {
        // A change to a resident's search profile: the resident facts are rebuilt.
        let mut profile = rt
            .block_on(store.matching().match_profile(residents[i]))
            .unwrap()
            .expect("demo residents have profiles");
        profile.max_travel_km = Some(10 + i as u16);
        rt.block_on(store.matching().save_match_profile(&profile))
            .unwrap();
        let t = Instant::now();
        rt.block_on(store.matching().matches_for_workplace(w.id, 50))
            .unwrap();
        samples.push(t.elapsed());
    }
    report("  ... first one after a profile changed", samples);

    let mut group = c.benchmark_group("matching_store");
    group.sample_size(20);
    group.bench_function("workplaces_for_resident_10k", |b| {
        b.iter(|| {
            rt.block_on(store.matching().matches_for_resident(residents[0], 50))
                .unwrap()
        })
    });
    group.bench_function("residents_for_workplace_5k", |b| {
        b.iter(|| {
            rt.block_on(store.matching().matches_for_workplace(workplaces[0].id, 50))
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

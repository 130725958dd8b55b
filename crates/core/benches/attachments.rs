//! Issue 23 benchmark (BENCHMARKS.md has the figures and the command): a 4 MiB scan
//! attached to a request, the way a coach adds one at the kitchen table.
//! - the domain's `AttachmentInput::into_record`: base64 decode, type by first bytes,
//!   SHA-256, base64 again for the record;
//! - the whole write into the encrypted store (SQLCipher, real Argon2 parameters): the
//!   record, its audit entry and its outbox entry in one transaction;
//! - opening it again (read, audit entry);
//! - what it costs on disk: the growth of the database per attached MiB.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::request::{
    ATTACHMENT_MAX_BYTES, AttachmentInput, AttachmentOwner, CriterionInput, UwvRequestInput,
};
use werkpad_domain::{EntityKind, Purpose, ResidentId, StaffId, StaffMember};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

/// A 4 MiB "scan": a PDF header and noise (a scan does not compress either).
fn scan() -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize_with(ATTACHMENT_MAX_BYTES, || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x >> 24) as u8
    });
    pdf
}

fn input(bytes: &[u8]) -> AttachmentInput {
    AttachmentInput {
        kind: Some("school_report".into()),
        file_name: Some("stageverslag.pdf".into()),
        content: Some(STANDARD.encode(bytes)),
    }
}

fn percentiles(label: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{label:<52} p50 {:>8.1} ms   p95 {:>8.1} ms   (n = {})",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        samples.len()
    );
}

fn bench(c: &mut Criterion) {
    let bytes = scan();
    let owner = AttachmentOwner {
        kind: EntityKind::UwvRequest,
        id: uuid::Uuid::now_v7(),
    };
    let by = StaffMember::new(StaffId::new(), "Sanne de Vries").unwrap();
    let form = input(&bytes);
    let samples: Vec<Duration> = (0..30)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(
                form.into_record(ResidentId::new(), owner, by.clone(), today())
                    .unwrap(),
            );
            t.elapsed()
        })
        .collect();
    percentiles("into_record, 4 MiB PDF", samples);
    c.bench_function("attachment into_record 4 MiB", |b| {
        b.iter(|| {
            form.into_record(ResidentId::new(), owner, by.clone(), today())
                .unwrap()
        });
    });

    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let config = StoreConfig {
            backend: BackendPreference::File,
            kdf: KdfParams::default(),
            recovery_public_key: None,
        };
        let store = Store::create(dir.path(), "bench passphrase 23", "Bench Coach", &config)
            .await
            .unwrap();
        let intake = demo::case(&mut Rng::new(23), &store.device().coach, today()).intake;
        store.residents().save_intake(&intake).await.unwrap();
        let resident = intake.resident.id;
        let c = || CriterionInput {
            view: Some("yes".into()),
            explanation: Some("Gezien".into()),
        };
        let request = store
            .requests()
            .save_uwv(
                resident,
                None,
                &UwvRequestInput {
                    kind: Some("wajong".into()),
                    task_in_organisation: c(),
                    basic_skills: c(),
                    one_hour_at_a_stretch: c(),
                    four_hours_a_day: c(),
                    motivation: Some("Bench".into()),
                    ..UwvRequestInput::default()
                },
                today(),
            )
            .await
            .unwrap();
        let owner = AttachmentOwner {
            kind: EntityKind::UwvRequest,
            id: request.id.as_uuid(),
        };
        store.checkpoint().await.unwrap();
        let db = dir.path().join("werkpad.db");
        let size_before = std::fs::metadata(&db).unwrap().len();
        let mut writes = Vec::new();
        let mut ids = Vec::new();
        for _ in 0..20 {
            let t = Instant::now();
            let info = store
                .requests()
                .add_attachment(resident, owner, &form, today())
                .await
                .unwrap();
            writes.push(t.elapsed());
            ids.push(info.id);
        }
        percentiles("add_attachment, 4 MiB, encrypted store", writes);
        let mut reads = Vec::new();
        for id in &ids {
            let t = Instant::now();
            let opened = store
                .requests()
                .open_attachment(resident, *id, Purpose::UwvRequest, None)
                .await
                .unwrap();
            reads.push(t.elapsed());
            assert_eq!(opened.info.size_bytes as usize, ATTACHMENT_MAX_BYTES);
        }
        percentiles("open_attachment, 4 MiB, encrypted store", reads);
        store.checkpoint().await.unwrap();
        let grown = std::fs::metadata(&db).unwrap().len() - size_before;
        println!(
            "database growth per attached MiB (record + outbox copy): {:.2} MiB",
            grown as f64 / (20.0 * 4.0 * 1024.0 * 1024.0)
        );
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Issuing statements against a real encrypted store: what is written together, what is
//! never written, what the PDFs say (read back with pdftotext) and that a fixed clock
//! gives the same bytes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod issue;
mod render;
mod requests;
mod subsidy;

use std::process::Command;
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use werkpad_domain::verklaring56::{DecisionOutcome, EmploymentFactsDraft};
use werkpad_domain::{
    AddressDraft, HealthRecord, HealthRecordId, PersonName, Purpose, ResidentId, StatementKind,
};

use super::*;
use crate::demo::{self, Rng};
use crate::i18n::Locale;
use crate::store::secrets::{MemoryBackend, SecretBackend};
use crate::store::{BackendPreference, KdfParams, Store, StoreConfig};
use crate::{StoreError, statements::text::Context};

const PASS: &str = "correct horse battery staple";

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    resident: ResidentId,
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 12).unwrap()
}

fn ctx() -> Context {
    Context {
        letterhead: LetterheadSettings::default(),
        locale: Locale::Nl,
        now: Utc.with_ymd_and_hms(2025, 3, 12, 10, 30, 0).unwrap(),
    }
}

/// A store with one resident, "Çağlar Öztürk", born 01-05-1966.
async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
    let config = StoreConfig {
        backend: BackendPreference::Use(backend),
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    };
    let store = Store::create(dir.path(), PASS, "Sanne de Vries", &config)
        .await
        .unwrap();
    let mut case = demo::case(&mut Rng::new(7), &store.device().coach, today());
    case.intake.resident.name = PersonName {
        initials: None,
        given_names: "Çağlar".into(),
        tussenvoegsel: None,
        family_name: "Öztürk".into(),
        preferred_name: None,
    };
    case.intake.resident.birth_date = NaiveDate::from_ymd_opt(1966, 5, 1).unwrap();
    let resident = case.intake.resident.id;
    store.residents().save_intake(&case.intake).await.unwrap();
    Fixture {
        _dir: dir,
        store,
        resident,
    }
}

fn facts() -> EmploymentFactsDraft {
    EmploymentFactsDraft {
        employer_name: Some("Bakkerij d'Hondt-van der Meer B.V.".into()),
        loonheffingennummer: Some("123456782L01".into()),
        employer_address: AddressDraft {
            street: Some("Ketelstraat".into()),
            house_number: Some("12".into()),
            house_number_addition: None,
            postcode: Some("6811 AN".into()),
            woonplaats: Some("Arnhem".into()),
        },
        start_date: Some("03-03-2025".into()),
        request_date: Some("10-03-2025".into()),
        benefit: Some("participatiewet".into()),
        same_employer_within_6_months: Some(false),
        job_kind: Some("regular".into()),
    }
}

async fn count(store: &Store, sql: &'static str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(store.pool()).await.unwrap();
    n
}

/// The text of a PDF, as a reader's copy-paste would give it.
pub(crate) fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(out.status.success(), "pdftotext reads the PDF");
    String::from_utf8(out.stdout).unwrap()
}

/// The words of a PDF in content order, whitespace collapsed: a table cell that wraps
/// over two lines reads as one phrase.
fn words(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

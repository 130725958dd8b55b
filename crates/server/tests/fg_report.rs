//! The FG's report as PDF, from a real audit log: two files made and pulled by a coach,
//! and her laptop's own log of reads, a health read and an export of both. The report on
//! one resident names every access of that file, in words, with the coach's name, and
//! nothing of the other file.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use chrono::{TimeZone, Utc};
use serde_json::json;
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::Role;
use werkpad_pdf::doc::Block;
use werkpad_server::admin;
use werkpad_server::fg_report::{self, pdf::Subject, pdf::action_word};

/// The laptop's log of `(local id, action, resident)`, uploaded as a sync would.
async fn upload(app: &axum::Router, device: &(Uuid, String), entries: &[(i64, &str, Uuid)]) {
    let entries: Vec<_> = entries
        .iter()
        .map(|(local_id, action, resident)| {
            json!({"local_id": local_id, "at": "2026-12-05T09:00:00Z", "resident_id": resident,
                "action": action, "entity": "resident", "entity_id": resident, "purpose": "guidance"})
        })
        .collect();
    let (status, body) = call(
        app,
        "/api/v1/audit",
        json!({"device_id": device.0, "entries": entries}),
        Some(&device.1),
    )
    .await;
    assert!(status.is_success(), "{body}");
}

/// The last 8 characters of an id, as the report's table shows ids.
fn short(id: Uuid) -> String {
    id.simple().to_string()[24..].to_owned()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn the_pdf_report_on_a_resident_names_every_access_and_no_other_resident(pool: PgPool) {
    let app = app(pool.clone());
    admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let anna = device(&app, "anna").await;
    let (one, other) = (case(51), case(52));
    push(&app, &anna, &intake(&one, 1)).await;
    push(&app, &anna, &intake(&other, 4)).await;
    pull_all(&app, &anna).await;
    let (a, b) = (one.resident_id, other.resident_id);
    upload(
        &app,
        &anna,
        &[
            (1, "read", a),
            (2, "read_health", a),
            (3, "export", a),
            (4, "read", b),
            (5, "export", b),
        ],
    )
    .await;

    let rows = fg_report::for_resident(&pool, a).await.unwrap();
    assert!(
        rows.iter().all(|r| r.resident_id == Some(a)),
        "the report's rows are this file's alone"
    );
    let from_laptop = rows.iter().filter(|r| r.action.starts_with("laptop_"));
    assert_eq!(
        from_laptop.count(),
        3,
        "the laptop's three entries about this file"
    );
    let actions: Vec<&str> = rows.iter().map(|r| r.action.as_str()).collect();
    for want in [
        "apply_create",
        "pull",
        "laptop_read",
        "laptop_read_health",
        "laptop_export",
    ] {
        assert!(
            actions.contains(&want),
            "the log holds the server's and the laptop's entries ({want} missing): {actions:?}"
        );
    }
    let made = Utc.with_ymd_and_hms(2026, 12, 7, 16, 0, 0).unwrap();
    let subject = Subject::Resident(a);
    let doc = fg_report::pdf::document(&subject, &rows, made);
    let table_rows = doc.blocks.iter().find_map(|b| match b {
        Block::Table { rows, .. } => Some(rows.len()),
        _ => None,
    });
    assert_eq!(table_rows, Some(rows.len()), "one table row per access");
    let texts = doc.texts();
    for r in &rows {
        let word = action_word(&r.action);
        assert!(
            texts.contains(&word.as_ref()),
            "access {} ({}) must be in the report as {word:?}",
            r.id,
            r.action
        );
    }
    for word in [
        "dossier geopend",
        "gezondheidsgegevens ingezien",
        "afgedrukt/geëxporteerd",
        "opgehaald naar laptop",
    ] {
        assert!(
            texts.contains(&word),
            "{word:?}: the plain word, not the code"
        );
    }
    assert!(
        texts.contains(&"Anna de Vries"),
        "who: the staff member's name"
    );
    assert!(
        texts.contains(&a.to_string().as_str()),
        "the report says which file it covers"
    );
    let all = texts.join("\n");
    for leak in [b.to_string(), short(b)] {
        assert!(
            !all.contains(&leak),
            "the other resident ({leak}) must not appear in this file's report"
        );
    }

    let pdf = fg_report::pdf::render(&subject, &rows, made).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF file");
    let printed = pdftotext(&pdf);
    for text in [
        "Toegangsrapport",
        "Anna de Vries",
        "gezondheidsgegevens",
        "dossier geopend",
    ] {
        assert!(
            printed.contains(text),
            "{text:?} must be in the PDF itself, not only in the model:\n{printed}"
        );
    }
}

/// The PDF's text as a reader gets it (poppler-utils, which the PDF tests need anyway).
fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (apt-get install poppler-utils)");
    assert!(out.status.success(), "pdftotext rejected the PDF");
    String::from_utf8(out.stdout).unwrap()
}

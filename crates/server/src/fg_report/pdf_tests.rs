//! The PDF report checked on its document model (no PDF parsing): the action words and
//! their fallback, the columns of each kind of report, an empty report, and the saved
//! file's mode.

use chrono::{DateTime, Duration, TimeZone, Utc};
use rstest::rstest;
use uuid::Uuid;
use werkpad_pdf::doc::{Block, Column, Document};

use super::Access;
use super::pdf::{Subject, action_word, document, render, save};

fn made() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, 16, 0, 0)
        .single()
        .expect("valid time")
}

fn access(n: i64, action: &str, resident: Uuid) -> Access {
    Access {
        id: n,
        at: Utc
            .with_ymd_and_hms(2026, 12, 5, 9, 5, 0)
            .single()
            .expect("valid time")
            + Duration::hours(n),
        user_name: Some("Anna de Vries".into()),
        device_id: Some(Uuid::from_u128(0xaaaa_0000_0000_7000_8000_0000_1234_abcd)),
        resident_id: Some(resident),
        action: action.into(),
        entity: Some("resident".into()),
        entity_id: Some(resident),
        purpose: Some("guidance".into()),
    }
}

fn tables(doc: &Document) -> Vec<(&[Column], &[Vec<String>])> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { columns, rows } => Some((columns.as_slice(), rows.as_slice())),
            _ => None,
        })
        .collect()
}

fn field<'a>(doc: &'a Document, label: &str) -> &'a str {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Fields(pairs) => pairs.iter().find(|(l, _)| l == label),
            _ => None,
        })
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("the report has a {label:?} field"))
}

#[rstest]
#[case::file_opened("laptop_read", "dossier geopend")]
#[case::health_read("laptop_read_health", "gezondheidsgegevens ingezien")]
#[case::export("laptop_export", "afgedrukt/geëxporteerd")]
#[case::pull("pull", "opgehaald naar laptop")]
#[case::server_change("apply_update", "wijziging ontvangen")]
#[case::refusal_names_its_reason("reject_not_in_caseload", "geweigerd (not_in_caseload)")]
#[case::unknown_laptop_code("laptop_scan", "laptop_scan")]
#[case::settled_search("laptop_search", "gevonden bij zoeken")]
#[case::unknown_server_code("reference_import", "reference_import")]
#[case::prefix_alone_is_not_a_word("laptop_", "laptop_")]
fn an_action_prints_as_its_word_or_else_as_its_code(#[case] code: &str, #[case] want: &str) {
    assert_eq!(
        action_word(code),
        want,
        "a known code reads as Dutch; an unknown one must still show, as itself"
    );
}

#[test]
fn a_residents_report_has_one_row_per_access_in_order_with_who_and_source() {
    let resident = Uuid::now_v7();
    let rows = [
        access(1, "pull", resident),
        access(2, "laptop_read", resident),
        access(3, "laptop_read_health", resident),
    ];
    let doc = document(&Subject::Resident(resident), &rows, made());
    assert_eq!(field(&doc, "Inwoner (id)"), resident.to_string());
    assert_eq!(field(&doc, "Periode"), "05-12-2026 t/m 05-12-2026");
    assert_eq!(field(&doc, "Aantal registraties"), "3");
    assert_eq!(field(&doc, "Gemaakt op"), "07-12-2026");
    let tables = tables(&doc);
    assert_eq!(tables.len(), 1, "one table: the accesses");
    let (columns, table) = tables[0];
    let total: u32 = columns.iter().map(|c| u32::from(c.width_percent)).sum();
    assert_eq!(total, 100, "the column shares fill the text width");
    assert_eq!(columns[1].header, "Wie");
    assert_eq!(
        table[0],
        [
            "05-12-2026 10:05",
            "Anna de Vries",
            "1234abcd",
            "opgehaald naar laptop",
            "resident",
            "guidance",
            "server",
        ],
        "time in UTC, the device's last 8 characters, the word, codes, the source"
    );
    assert_eq!(table[2][3], "gezondheidsgegevens ingezien");
    assert_eq!(table[2][6], "laptop", "laptop_… entries come from a laptop");
    assert_eq!(table.len(), rows.len(), "every access, once");
}

#[test]
fn a_staff_members_report_names_the_residents_and_resolves_their_short_ids() {
    let (one, other) = (Uuid::now_v7(), Uuid::now_v7());
    let rows = [
        access(1, "laptop_read", one),
        access(2, "laptop_read", other),
        access(3, "laptop_update", one),
    ];
    let doc = document(&Subject::StaffMember("anna".into()), &rows, made());
    assert_eq!(field(&doc, "Medewerker (inlognaam)"), "anna");
    let tables = tables(&doc);
    assert_eq!(tables.len(), 2, "the accesses, then the residents");
    let (columns, accesses) = tables[0];
    assert_eq!(
        columns[1].header, "Inwoner",
        "who is always the same person here; which resident is what the FG needs"
    );
    let short = |id: Uuid| id.simple().to_string()[24..].to_owned();
    assert_eq!(accesses[1][1], short(other));
    let (_, residents) = tables[1];
    let mut want = vec![
        vec![short(one), one.to_string(), "2".to_owned()],
        vec![short(other), other.to_string(), "1".to_owned()],
    ];
    want.sort_by(|a, b| a[1].cmp(&b[1]));
    assert_eq!(
        residents, want,
        "each resident once, whole id and number of registrations"
    );
}

#[test]
fn an_empty_report_says_so_and_still_renders() {
    let doc = document(&Subject::StaffMember("piet".into()), &[], made());
    assert!(tables(&doc).is_empty(), "no empty table");
    assert_eq!(field(&doc, "Aantal registraties"), "0");
    assert!(
        doc.texts()
            .contains(&"Het auditlog bevat hierover geen registraties."),
        "the report must say there is nothing, not look cut off"
    );
    let pdf = render(&Subject::StaffMember("piet".into()), &[], made()).expect("render");
    assert!(pdf.starts_with(b"%PDF-"));
}

#[cfg(unix)]
#[test]
fn a_saved_report_is_readable_by_its_owner_alone_even_over_an_older_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rapport.pdf");
    std::fs::write(&path, b"older report").expect("older file");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    save(&path, b"%PDF-1.7 new").expect("save");
    let mode = std::fs::metadata(&path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(
        mode, 0o600,
        "the report is sensitive: owner only, got {mode:o}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), b"%PDF-1.7 new");
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert_eq!(left.len(), 1, "no part file left beside the report");
}

/// Writes a long resident's report and a staff member's report to
/// `$WERKPAD_PDF_SAMPLE_DIR`, to look at (e.g. `pdftoppm -r 60 -png`).
#[test]
#[ignore = "writes files for a person to look at"]
fn write_samples() {
    let dir = std::env::var("WERKPAD_PDF_SAMPLE_DIR").unwrap_or_else(|_| "/tmp/fgcheck".into());
    std::fs::create_dir_all(&dir).expect("sample dir");
    let (one, other) = (Uuid::now_v7(), Uuid::now_v7());
    let actions = [
        "pull",
        "laptop_read",
        "laptop_read_health",
        "laptop_export",
        "apply_update",
        "reject_not_in_caseload",
        "laptop_purge_caseload",
        "some_future_action",
    ];
    let rows: Vec<Access> = (0..120)
        .map(|i| {
            let mut a = access(i, actions[i as usize % actions.len()], one);
            if i % 5 == 0 {
                a.entity = Some("verklaring56_decision".into());
                a.purpose = Some("life_domain_support".into());
                a.user_name = Some("Çağlar Öztürk-van der Meer".into());
            }
            if i % 11 == 0 {
                a.user_name = None;
                a.device_id = None;
            }
            a
        })
        .collect();
    let pdf = render(&Subject::Resident(one), &rows, made()).expect("render");
    save(&std::path::Path::new(&dir).join("resident.pdf"), &pdf).expect("save");
    let mixed: Vec<Access> = rows
        .iter()
        .take(30)
        .enumerate()
        .map(|(i, a)| Access {
            resident_id: Some(if i % 3 == 0 { other } else { one }),
            ..a.clone()
        })
        .collect();
    let pdf = render(&Subject::StaffMember("anna".into()), &mixed, made()).expect("render");
    save(&std::path::Path::new(&dir).join("staff.pdf"), &pdf).expect("save");
}

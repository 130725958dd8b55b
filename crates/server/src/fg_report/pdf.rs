//! The FG's access report as a PDF: the rows of the CSV, laid out by `werkpad-pdf` for
//! reading and filing. The labels are Dutch and written here (the FG is Dutch; the server
//! has no Fluent and prints nothing else). Action codes become Dutch words where their
//! meaning is plain ([`action_word`]), otherwise they print as the code; record kinds and
//! purposes stay codes, as in the CSV. Ids, codes and staff names only, like the audit log.
//!
//! Times are UTC, and the report says so: the server has no time-zone database.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use uuid::Uuid;
use werkpad_pdf::doc::{Block, Column, Document, Footer, Letterhead, Meta};
use werkpad_pdf::pdf::PdfError;

use super::{Access, source};

/// What a report is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// Every access to one resident's file.
    Resident(Uuid),
    /// Everything one staff member accessed, by user name.
    StaffMember(String),
}

/// The action codes with a plain Dutch word. The laptop's own entries (`laptop_…`) and the
/// server's differ: `laptop_update` is the change made on the laptop, `apply_update` the
/// same change arriving at the server.
const ACTION_WORDS: &[(&str, &str)] = &[
    ("laptop_create", "aangemaakt"),
    ("laptop_update", "gewijzigd"),
    ("laptop_append", "toegevoegd"),
    ("laptop_read", "dossier geopend"),
    ("laptop_read_health", "gezondheidsgegevens ingezien"),
    ("laptop_export", "afgedrukt/geëxporteerd"),
    ("laptop_destroy", "vernietigd (bewaartermijn)"),
    (
        "laptop_purge_caseload",
        "van laptop verwijderd (niet meer in caseload)",
    ),
    ("laptop_search", "gevonden bij zoeken"),
    ("laptop_caseload_view", "caseloadlijst bekeken"),
    ("emergency_access", "noodtoegang gekregen"),
    (
        "emergency_notice_read",
        "melding noodtoegang gelezen (teamleider)",
    ),
    ("audit_prune", "oude registraties opgeschoond"),
    (
        "refresh_reuse",
        "inlogsleutel twee keer gebruikt: alle sleutels van de laptop ingetrokken",
    ),
    ("pull", "opgehaald naar laptop"),
    ("repair", "opnieuw opgehaald (herstel)"),
    (
        "purge_instructed",
        "laptop opgedragen het dossier te verwijderen",
    ),
    ("apply_create", "aanmaak ontvangen"),
    ("apply_update", "wijziging ontvangen"),
    ("apply_append", "toevoeging ontvangen"),
    ("apply_delete", "verwijdering ontvangen"),
    ("apply_noop", "al ontvangen, niets gewijzigd"),
    ("void", "vervallen wijziging, niets gewijzigd"),
    ("resolve_conflict", "conflict opgelost"),
    ("assign", "toegewezen aan caseload"),
    ("unassign", "uit caseload gehaald"),
    ("destroy", "vernietigd (bewaartermijn)"),
    ("login", "ingelogd"),
    ("user_add", "gebruiker aangemaakt"),
    ("user_disable", "gebruiker geblokkeerd"),
    ("user_set_role", "rol gewijzigd"),
    ("device_revoke", "apparaat ingetrokken"),
];

/// How many characters of an id the table shows: the end of the id, which is random in a
/// UUID v7 (its start is a timestamp, the same for ids made in the same minute).
const SHORT_ID: usize = 8;

/// The Dutch word for an action code; a refusal names its reason code; any other code
/// prints as itself, so a new action is never hidden.
pub fn action_word(code: &str) -> Cow<'_, str> {
    if let Some((_, word)) = ACTION_WORDS.iter().find(|(c, _)| *c == code) {
        return Cow::Borrowed(word);
    }
    match code.strip_prefix("reject_") {
        Some(reason) => Cow::Owned(format!("geweigerd ({reason})")),
        None => Cow::Borrowed(code),
    }
}

/// The report as a document: what it covers, then every access in a table (oldest first,
/// as given), and for a staff member's report the full ids of the residents in it.
pub fn document(subject: &Subject, rows: &[Access], made: DateTime<Utc>) -> Document {
    let mut blocks = vec![
        Block::Title("Toegangsrapport".into()),
        Block::Paragraph(intro(subject).into()),
        Block::Fields(covers(subject, rows, made)),
    ];
    if rows.is_empty() {
        blocks.push(Block::Paragraph(
            "Het auditlog bevat hierover geen registraties.".into(),
        ));
    } else {
        blocks.push(Block::Heading("Registraties".into()));
        blocks.push(Block::Table {
            columns: columns(subject),
            rows: rows.iter().map(|r| row(subject, r)).collect(),
        });
        if matches!(subject, Subject::StaffMember(_)) {
            blocks.push(Block::Heading("Inwoners in dit rapport".into()));
            blocks.push(residents(rows));
        }
    }
    Document {
        meta: Meta {
            title: "Toegangsrapport".into(),
            author: "Werkpad-server".into(),
            subject: "Toegang tot dossiers volgens het auditlog".into(),
            keywords: vec!["auditlog".into(), "AVG".into(), "FG".into()],
            created: made,
            language: "nl-NL".into(),
        },
        letterhead: Letterhead {
            municipality: "Werkpad".into(),
            address_lines: vec!["Auditlog van de centrale server".into()],
            logo_png: None,
        },
        footer: Footer {
            left: "Toegangsrapport – vertrouwelijk".into(),
            page_label: "Pagina {page} van {pages}".into(),
        },
        copy_mark: None,
        blocks,
    }
}

/// The report as PDF bytes.
pub fn render(
    subject: &Subject,
    rows: &[Access],
    made: DateTime<Utc>,
) -> Result<Vec<u8>, PdfError> {
    werkpad_pdf::pdf::render(&document(subject, rows, made))
}

/// Writes the PDF to `path`, readable by its owner alone (on Unix): written aside under a
/// new name with mode 0600, then renamed over `path`, so an older report there, whatever
/// its mode, is replaced whole.
pub fn save(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut aside = path.as_os_str().to_owned();
    aside.push(format!(".{}.part", std::process::id()));
    let aside = Path::new(&aside);
    crate::audit::write_owner_only(aside, bytes)?;
    std::fs::rename(aside, path).inspect_err(|_| {
        let _ = std::fs::remove_file(aside);
    })
}

fn intro(subject: &Subject) -> &'static str {
    match subject {
        Subject::Resident(_) => {
            "Alle registraties in het auditlog van Werkpad over het dossier van deze inwoner: wie het dossier opende, ophaalde, wijzigde of afdrukte, wanneer, vanaf welk apparaat en met welk doel."
        }
        Subject::StaffMember(_) => {
            "Alle registraties in het auditlog van Werkpad van deze medewerker: welke dossiers zij of hij opende, ophaalde, wijzigde of afdrukte, wanneer, vanaf welk apparaat en met welk doel."
        }
    }
}

fn covers(subject: &Subject, rows: &[Access], made: DateTime<Utc>) -> Vec<(String, String)> {
    let who = match subject {
        Subject::Resident(id) => ("Inwoner (id)".into(), id.to_string()),
        Subject::StaffMember(name) => ("Medewerker (inlognaam)".into(), name.clone()),
    };
    let period = match (
        rows.iter().map(|r| r.at).min(),
        rows.iter().map(|r| r.at).max(),
    ) {
        (Some(first), Some(last)) => format!("{} t/m {}", day(first), day(last)),
        _ => String::new(),
    };
    vec![
        who,
        ("Periode".into(), period),
        ("Aantal registraties".into(), rows.len().to_string()),
        ("Gemaakt op".into(), day(made)),
        (
            "Tijden".into(),
            "in UTC: Nederlandse tijd is in de winter 1 uur later, in de zomer 2 uur".into(),
        ),
        (
            match subject {
                Subject::Resident(_) => "Apparaat".into(),
                Subject::StaffMember(_) => "Apparaat, inwoner".into(),
            },
            format!("de laatste {SHORT_ID} tekens van het id; het hele id staat in de CSV"),
        ),
        (
            "Bron".into(),
            "laptop: door de laptop zelf geregistreerd, ook offline, en bij de volgende synchronisatie naar de server gestuurd; server: door de server geregistreerd".into(),
        ),
    ]
}

fn column(header: &str, width_percent: u8) -> Column {
    Column {
        header: header.into(),
        width_percent,
    }
}

/// The resident's report says who; the staff member's says which resident.
fn columns(subject: &Subject) -> Vec<Column> {
    let second = match subject {
        Subject::Resident(_) => column("Wie", 16),
        Subject::StaffMember(_) => column("Inwoner", 16),
    };
    // Measured on the rendered page: an 8-character id and "gezondheidsgegevens" each fit
    // on one line; long record-kind and purpose codes wrap.
    vec![
        column("Datum en tijd (UTC)", 14),
        second,
        column("Apparaat", 12),
        column("Handeling", 24),
        column("Gegevens", 13),
        column("Doel", 12),
        column("Bron", 9),
    ]
}

fn row(subject: &Subject, r: &Access) -> Vec<String> {
    let second = match subject {
        Subject::Resident(_) => r.user_name.clone().unwrap_or_else(|| "(systeem)".into()),
        Subject::StaffMember(_) => r.resident_id.map(short).unwrap_or_default(),
    };
    vec![
        r.at.format("%d-%m-%Y %H:%M").to_string(),
        second,
        r.device_id.map(short).unwrap_or_default(),
        action_word(&r.action).into_owned(),
        r.entity.clone().unwrap_or_default(),
        r.purpose.clone().unwrap_or_default(),
        source(&r.action).into(),
    ]
}

/// Each resident once, with the number of registrations: the short ids in the table
/// resolved to whole ones.
fn residents(rows: &[Access]) -> Block {
    let mut counts: BTreeMap<Uuid, usize> = BTreeMap::new();
    for id in rows.iter().filter_map(|r| r.resident_id) {
        *counts.entry(id).or_default() += 1;
    }
    Block::Table {
        columns: vec![
            column("Inwoner (kort)", 20),
            column("Inwoner (id)", 60),
            column("Registraties", 20),
        ],
        rows: counts
            .into_iter()
            .map(|(id, n)| vec![short(id), id.to_string(), n.to_string()])
            .collect(),
    }
}

fn short(id: Uuid) -> String {
    let mut hex = id.simple().to_string();
    hex.split_off(hex.len() - SHORT_ID)
}

fn day(at: DateTime<Utc>) -> String {
    at.format("%d-%m-%Y").to_string()
}

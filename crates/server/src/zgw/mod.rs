//! ZGW (Zaakgericht werken, Common Ground): a resident's trajecten as zaken with their
//! documents, in the shape of the VNG Zaken API 1.5.1 and Documenten API 1.5.0, to hand
//! over to the municipality's zaaksysteem (Open Zaak or another implementation).
//!
//! `werkpad-server zgw export --resident ID` writes the request bodies; `zgw push` sends
//! them ([`push`]): one ZAAK per traject, one ENKELVOUDIGINFORMATIEOBJECT per document,
//! one ZAAKINFORMATIEOBJECT per link. Until the APIs have given them URLs, the bodies
//! point at each other with `urn:uuid:<Werkpad id>` placeholders.
//!
//! Data minimisation: a zaak needs to say *that* the municipality guides this person, since
//! when, under which zaaktype, and which documents were issued; not what the file says.
//! - The zaak holds the zaaktype, the organisations (RSIN), the start day, a fixed
//!   omschrijving, and the traject id as kenmerk (`identificatie` = `WP-` + its hex). No
//!   name, BSN, address, birth date, coach, state history, end reasoning, goals, reports
//!   or free text.
//! - No ROL, so no BSN: the Zaken API does not require a rol to create a zaak. The
//!   municipality links the person in its zaaksysteem from its own basisregistratie (BRP)
//!   when the zaaktype asks for an initiator; Werkpad does not hand out the BSN for it.
//! - Documents: issued statements (verklaring 56+, beschikking loonkostensubsidie,
//!   reports, letters: the `issued_statement` records) as metadata only (kind, reference,
//!   day, language; the server holds no printed PDF, and the snapshot inside a statement
//!   with name, BSN and birth date stays out), and files attached to requests to UWV with
//!   their bytes. `auteur` is the organisation from the settings, not the coach.
//! - Health data: contact reports, health records, medical examinations and assessments
//!   do not go. A document that is itself health data (a medical or psychological report)
//!   goes only when `zgw.include_health_documents` is set, marked `vertrouwelijk`, and
//!   its zaak with it; otherwise it is left out and counted. Everything else is
//!   `zaakvertrouwelijk`.
//! - Every export and push is logged: a line in `report_log` (who, which resident, which
//!   trajecten, how many documents) and audit entries per traject (ids only, purpose
//!   guidance).

pub mod config;
pub mod dates;
pub mod documents;
pub mod push;
pub mod zaak;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::request::Attachment;
use werkpad_domain::{IssuedStatement, Purpose, Traject};

pub use config::ZgwSettings;
pub use documents::Informatieobject;
pub use zaak::ZaakExport;

/// What went wrong; never with a record's content.
#[derive(Debug, thiserror::Error)]
pub enum ZgwError {
    /// The resident has no traject on the server (or none that is not deleted).
    #[error("resident {0} has no traject on the server")]
    NoTraject(Uuid),
    /// A stored record does not read as its kind.
    #[error("record {entity} {id} does not read as its kind")]
    BadRecord {
        /// Its kind.
        entity: String,
        /// Its id.
        id: Uuid,
    },
    /// The database.
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    /// Writing the files.
    #[error("writing {path}: {source}")]
    Io {
        /// Where.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The zaaksysteem answered otherwise than with 201 and a URL.
    #[error("{0}")]
    Push(String),
}

/// One resident's export.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Export {
    /// One per traject, oldest first.
    pub zaken: Vec<ZaakExport>,
    /// Health documents left out (see [`ZgwSettings::include_health_documents`]).
    pub health_documents_left_out: usize,
}

impl Export {
    /// How many documents go.
    pub fn documents(&self) -> usize {
        self.zaken.iter().map(|z| z.informatieobjecten.len()).sum()
    }
}

/// The resident's trajecten, issued statements and attachments, read in one snapshot
/// (`conn` is a transaction that has not read yet).
async fn build(
    conn: &mut sqlx::PgConnection,
    resident: Uuid,
    settings: &ZgwSettings,
) -> Result<Export, ZgwError> {
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        .execute(&mut *conn)
        .await?;
    let rows: Vec<(String, Uuid, Value)> = sqlx::query_as(
        "SELECT entity, id, doc FROM records
          WHERE resident_id = $1 AND NOT deleted
            AND entity IN ('traject', 'issued_statement', 'attachment')
          ORDER BY entity, id",
    )
    .bind(resident)
    .fetch_all(&mut *conn)
    .await?;
    let mut trajecten: Vec<Traject> = Vec::new();
    let mut documents: Vec<Informatieobject> = Vec::new();
    let mut left_out = 0;
    for (entity, id, doc) in rows {
        let bad = || ZgwError::BadRecord {
            entity: entity.clone(),
            id,
        };
        match entity.as_str() {
            "traject" => trajecten.push(serde_json::from_value(doc).map_err(|_| bad())?),
            "issued_statement" => {
                let s: IssuedStatement = serde_json::from_value(doc).map_err(|_| bad())?;
                documents.push(documents::statement(settings, &s));
            }
            _ => {
                let a: Attachment = serde_json::from_value(doc).map_err(|_| bad())?;
                let d = documents::attachment(settings, &a);
                if d.health && !settings.include_health_documents {
                    left_out += 1;
                } else {
                    documents.push(d);
                }
            }
        }
    }
    if trajecten.is_empty() {
        return Err(ZgwError::NoTraject(resident));
    }
    trajecten.sort_by_key(|t| (t.started_on, t.id));
    documents.sort_by(|a, b| (a.day, &a.placeholder).cmp(&(b.day, &b.placeholder)));
    let mut per_traject: Vec<Vec<Informatieobject>> = vec![Vec::new(); trajecten.len()];
    for d in documents {
        per_traject[traject_of(&trajecten, d.day)].push(d);
    }
    let zaken = trajecten
        .iter()
        .zip(per_traject)
        .map(|(t, docs)| zaak::zaak(settings, t, docs))
        .collect();
    Ok(Export {
        zaken,
        health_documents_left_out: left_out,
    })
}

/// The traject a document of `day` belongs to: the last one started on or before that
/// day (a letter after the end still belongs to the traject it ends), else the first.
fn traject_of(trajecten: &[Traject], day: chrono::NaiveDate) -> usize {
    trajecten
        .iter()
        .rposition(|t| t.started_on <= day)
        .unwrap_or(0)
}

/// Build the resident's export and log it (`report_log` row `report`, audit entries per
/// traject with action `report`) in one transaction: nothing leaves unlogged.
pub async fn export_logged(
    pool: &PgPool,
    resident: Uuid,
    by: Uuid,
    settings: &ZgwSettings,
    report: &str,
    extra: Value,
) -> Result<Export, ZgwError> {
    let mut tx = pool.begin().await?;
    let export = build(&mut tx, resident, settings).await?;
    log(&mut tx, &export, resident, by, report, extra).await?;
    tx.commit().await?;
    Ok(export)
}

/// `werkpad-server zgw export --out DIR`: the files are written inside the transaction
/// that logs them, so an export that cannot be written (a file of that name is there
/// already) is not logged, and one that is not logged leaves no file behind.
pub async fn export_to_dir(
    pool: &PgPool,
    resident: Uuid,
    by: Uuid,
    settings: &ZgwSettings,
    dir: &Path,
) -> Result<(Export, Vec<PathBuf>), ZgwError> {
    let mut tx = pool.begin().await?;
    let export = build(&mut tx, resident, settings).await?;
    log(&mut tx, &export, resident, by, "zgw_export", json!({})).await?;
    let written = write_dir(&export, dir)?;
    if let Err(e) = tx.commit().await {
        remove(&written);
        return Err(e.into());
    }
    Ok((export, written))
}

/// One snapshot of the resident's records, then the log lines.
async fn log(
    tx: &mut sqlx::PgConnection,
    export: &Export,
    resident: Uuid,
    by: Uuid,
    report: &str,
    extra: Value,
) -> Result<(), ZgwError> {
    let trajecten: Vec<Uuid> = export.zaken.iter().map(|z| z.traject_id).collect();
    let mut parameters = json!({
        "resident_id": resident,
        "trajecten": trajecten,
        "documents": export.documents(),
        "health_documents_left_out": export.health_documents_left_out,
        "purpose": Purpose::Guidance.as_str(),
    });
    if let (Some(p), Value::Object(extra)) = (parameters.as_object_mut(), extra) {
        p.extend(extra);
    }
    // The audit entries first: they take change numbers, which must come before any
    // other write of the transaction.
    let entries: Vec<crate::audit::AuditEntry> = trajecten
        .iter()
        .map(|t| {
            let mut e = crate::audit::AuditEntry::new(Some(by), None, report);
            e.resident_id = Some(resident);
            e.entity = Some("traject".into());
            e.entity_id = Some(*t);
            e.purpose = Some(Purpose::Guidance.as_str().to_owned());
            e
        })
        .collect();
    crate::audit::append(&mut *tx, &entries).await?;
    sqlx::query("INSERT INTO report_log (user_id, report, parameters) VALUES ($1, $2, $3)")
        .bind(by)
        .bind(report)
        .bind(parameters)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

fn remove(paths: &[PathBuf]) {
    for p in paths {
        let _ = std::fs::remove_file(p);
    }
}

/// `werkpad-server zgw export`: build, log as `zgw_export`.
pub async fn export(
    pool: &PgPool,
    resident: Uuid,
    by: Uuid,
    settings: &ZgwSettings,
) -> Result<Export, ZgwError> {
    export_logged(pool, resident, by, settings, "zgw_export", json!({})).await
}

/// Write one file per zaak into `dir` (made when missing): `<identificatie>.json`, new
/// files of mode 0600 (they hold documents about a person). Returns the paths.
/// Nothing of this export is left behind when one file cannot be written.
pub fn write_dir(export: &Export, dir: &Path) -> Result<Vec<PathBuf>, ZgwError> {
    let mut written = Vec::new();
    match write_each(export, dir, &mut written) {
        Ok(()) => Ok(written),
        Err(e) => {
            remove(&written);
            Err(e)
        }
    }
}

fn write_each(export: &Export, dir: &Path, written: &mut Vec<PathBuf>) -> Result<(), ZgwError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| ZgwError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    for z in &export.zaken {
        let path = dir.join(format!("{}.json", zaak::identificatie(z.traject_id)));
        let bytes = serde_json::to_vec_pretty(z).unwrap_or_default();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path).map_err(io(&path))?;
        written.push(path.clone());
        std::io::Write::write_all(&mut file, &bytes).map_err(io(&path))?;
    }
    Ok(())
}

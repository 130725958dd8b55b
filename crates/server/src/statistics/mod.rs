//! Statistics for research (issue 24, the privacy statement's "wetenschappelijk onderzoek en
//! statistiek"): pseudonymised data sets per study, made by an administrator on the server
//! (`werkpad-server statistics …`), never through the API.
//!
//! - A **study** ([`study`]) has a name, a purpose and a requester, and its own random
//!   32-byte key. Closing it destroys the key; a closed study's name is never reused.
//! - An **export** ([`export`]) writes one CSV line per traject ([`row`]). A resident is
//!   known only by a pseudonym ([`pseudonym`]): the first 16 bytes of
//!   HMAC-SHA256(study key, resident id), in hex. The same resident has the same pseudonym
//!   in every export of one study and an unrelated one in another study; once the key is
//!   destroyed nobody (the municipality included) can make or check those pseudonyms again.
//! - What a line holds: birth year and 5-year age band at referral, the gender code, the
//!   PC4 (the postcode's four digits), months (yyyy-mm) instead of dates, codes, counts and
//!   0/1 flags. Never a name, BSN, full postcode, birth date, street, free text, exact
//!   date, coach or record id.
//! - **Small groups**: a (birth year, gender, PC4) combination held by fewer than
//!   [`SMALL_GROUP`] residents in one export loses its PC4 (the field is left empty on
//!   those residents' lines). Residents are counted, not lines: a resident with three
//!   trajecten counts once. Birth year and gender stay; the blanked lines are not checked
//!   again as a group of their own.
//! - Every open, close and export is logged in `report_log` (who, which study, purpose,
//!   requester, rows) and in the audit log (ids only, purpose `research`).

pub mod export;
pub mod pseudonym;
pub mod row;
pub mod study;

pub use export::{ExportSummary, export};
pub use study::{Study, close, list, open};

/// Fewer residents than this with the same birth year, gender and PC4: the PC4 is blanked.
pub const SMALL_GROUP: usize = 5;

/// Why a statistics command was refused.
#[derive(Debug, thiserror::Error)]
pub enum StatisticsError {
    /// No study by that name.
    #[error("no study named {0:?}")]
    NoSuchStudy(String),
    /// The name is taken, by an open or a closed study.
    #[error("a study named {0:?} exists already (a closed study's name is not reused)")]
    NameTaken(String),
    /// The study was closed.
    #[error("study {0:?} closed; its key was destroyed")]
    Closed(String),
    /// Name, purpose or requester empty or too long.
    #[error("{0} must have 1 to {1} characters")]
    BadText(&'static str, usize),
    /// No random bytes for the key.
    #[error("no randomness from the OS for the study key")]
    Random,
    /// The user who gives the command.
    #[error(transparent)]
    Admin(#[from] crate::admin::AdminError),
    /// Writing the data set.
    #[error("writing the data set: {0}")]
    Io(#[from] std::io::Error),
    /// The database.
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// One line in `report_log` and one audit entry (ids only) for a statistics command.
async fn log(
    conn: &mut sqlx::PgConnection,
    by: uuid::Uuid,
    report: &str,
    parameters: serde_json::Value,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO report_log (user_id, report, parameters) VALUES ($1, $2, $3)")
        .bind(by)
        .bind(report)
        .bind(parameters)
        .execute(&mut *conn)
        .await?;
    let mut entry = crate::audit::AuditEntry::new(Some(by), None, report);
    entry.purpose = Some(werkpad_domain::Purpose::Research.as_str().to_owned());
    crate::audit::append(conn, &[entry]).await
}

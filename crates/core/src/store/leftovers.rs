//! Proof that a purge left nothing behind: look for given byte strings (a BSN, a name as
//! the search index keeps it) in every table of the decrypted database, the search index's
//! own tables (where deleted entries linger until merged) included, and in every other
//! file of the data folder. Used by the sync simulation's "nothing left behind" invariant
//! and by support, to show a privacy officer that a destroyed file is gone.

use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::store::upkeep::UpkeepArea;

/// Where a looked-for string was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Leftover {
    /// The table (or the file, relative to the data folder).
    pub place: String,
    /// Which of the strings (its index).
    pub needle: usize,
}

fn find(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

impl UpkeepArea<'_> {
    /// Every place in this store where one of `needles` occurs: any table (its rows as
    /// text and blobs), and any file of the data folder other than the encrypted database
    /// (which holds nothing in the clear; a test checks that elsewhere).
    pub async fn leftovers(&self, needles: &[Vec<u8>]) -> Result<Vec<Leftover>> {
        let mut found = Vec::new();
        let tables: Vec<(String,)> = sqlx::query_as(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
             ORDER BY name",
        )
        .fetch_all(self.store.pool())
        .await?;
        for (table,) in tables {
            let columns: Vec<(String,)> = sqlx::query_as("SELECT name FROM pragma_table_info(?)")
                .bind(&table)
                .fetch_all(self.store.pool())
                .await?;
            if columns.is_empty() {
                continue;
            }
            // Every column as bytes: text as its UTF-8, blobs as they are.
            let select = columns
                .iter()
                .map(|(c,)| {
                    format!(
                        "coalesce(CAST(\"{}\" AS BLOB), x'')",
                        c.replace('"', "\"\"")
                    )
                })
                .collect::<Vec<_>>()
                .join(" || x'00' || ");
            let rows: Vec<(Option<Vec<u8>>,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {select} FROM \"{}\"",
                table.replace('"', "\"\"")
            )))
            .fetch_all(self.store.pool())
            .await?;
            for (row,) in rows {
                let Some(row) = row else { continue };
                for (i, n) in needles.iter().enumerate() {
                    if find(&row, n)
                        && !found
                            .iter()
                            .any(|l: &Leftover| l.place == table && l.needle == i)
                    {
                        found.push(Leftover {
                            place: table.clone(),
                            needle: i,
                        });
                    }
                }
            }
        }
        let root = self.store.data_dir().root().to_path_buf();
        let db = self.store.data_dir().database();
        scan_files(&root, &root, &db, needles, &mut found)?;
        Ok(found)
    }
}

fn scan_files(
    root: &Path,
    dir: &Path,
    db: &Path,
    needles: &[Vec<u8>],
    found: &mut Vec<Leftover>,
) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scan_files(root, &path, db, needles, found)?;
            continue;
        }
        let name = path.to_string_lossy();
        if name.starts_with(db.to_string_lossy().as_ref()) {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        for (i, n) in needles.iter().enumerate() {
            if find(&bytes, n) {
                found.push(Leftover {
                    place: path
                        .strip_prefix(root)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .into_owned(),
                    needle: i,
                });
            }
        }
    }
    Ok(())
}

//! Moving a caseload from an older system: residents as JSON lines.
//!
//! Format (one JSON object per line, UTF-8; empty lines and lines starting with `#` are
//! skipped):
//!
//! ```json
//! {"resident": { …ResidentDraft… }, "traject": {"started_on": "01-09-2026", "state": "actief"}}
//! ```
//!
//! `resident` has the fields of [`werkpad_domain::ResidentDraft`] (all strings, as in the
//! intake form; dates dd-mm-jjjj or yyyy-mm-dd). `traject` is optional: it defaults to a
//! traject in state `aangemeld` starting on the import date. Every line is checked whole
//! first; a line with any error is reported with its number and every reason and stores
//! nothing; valid lines are stored (resident and traject in one transaction per batch).

use std::collections::HashSet;
use std::io::BufRead;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use werkpad_domain::{
    FieldError, Purpose, ResidentDraft, ResidentId, Traject, TrajectId, TrajectState,
    ValidationError, parse_date,
};

use crate::error::Result;
use crate::store::Store;
use crate::store::residents::Intake;

/// Lines stored per transaction.
const BATCH: usize = 500;

/// One line of the import file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportLine {
    /// The resident, as an intake draft.
    pub resident: ResidentDraft,
    /// The traject to start (optional).
    #[serde(default)]
    pub traject: Option<ImportTraject>,
}

/// The traject part of a line.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportTraject {
    /// Start date (dd-mm-jjjj or yyyy-mm-dd); default: the import date.
    pub started_on: Option<String>,
    /// aangemeld, intake, actief, geplaatst or nazorg (default aangemeld).
    pub state: Option<String>,
}

/// Why a line was not stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineError {
    /// 1-based line number in the file.
    pub line: usize,
    /// The problems: field errors, or one `json` entry when the line is not valid JSON.
    pub errors: Vec<LineProblem>,
}

/// One problem with a line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum LineProblem {
    /// The line is not a valid import object; the parser's detail (no personal data).
    Json(String),
    /// A field broke a rule.
    Field(FieldError),
    /// The BSN is already in the store or earlier in the file.
    DuplicateBsn,
}

/// The outcome of an import.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// Residents stored.
    pub stored: usize,
    /// Lines refused, in file order.
    pub rejected: Vec<LineError>,
}

/// Import JSON lines from `input` into `store`, as of `today`.
pub async fn import_jsonl(
    store: &Store,
    input: impl BufRead,
    today: NaiveDate,
) -> Result<ImportReport> {
    let mut report = ImportReport {
        stored: 0,
        rejected: Vec::new(),
    };
    let mut batch: Vec<Intake> = Vec::with_capacity(BATCH);
    let mut seen_bsn: HashSet<String> = HashSet::new();
    for (index, line) in input.lines().enumerate() {
        let number = index + 1;
        let line = line?;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        match parse_line(store, trimmed, today, &mut seen_bsn).await? {
            Ok(intake) => batch.push(intake),
            Err(errors) => report.rejected.push(LineError {
                line: number,
                errors,
            }),
        }
        if batch.len() == BATCH {
            report.stored += store_batch(store, &mut batch).await?;
        }
    }
    report.stored += store_batch(store, &mut batch).await?;
    Ok(report)
}

async fn store_batch(store: &Store, batch: &mut Vec<Intake>) -> Result<usize> {
    if batch.is_empty() {
        return Ok(0);
    }
    let mut w = store.writer(Purpose::Guidance).await?;
    for intake in batch.iter() {
        w.put(&intake.resident).await?;
        w.put(&intake.traject).await?;
    }
    w.commit().await?;
    let n = batch.len();
    batch.clear();
    Ok(n)
}

/// serde_json's message without the value it quotes: "invalid type: integer `123456782`,
/// expected a string" would put a BSN in the report (and in a support ticket). Field names,
/// the expectation and the position stay.
fn json_problem(e: &serde_json::Error) -> String {
    let text = e.to_string();
    for kind in ["invalid type", "invalid value", "invalid length"] {
        if let Some(rest) = text.strip_prefix(kind) {
            let expected = rest.find(", expected").map_or("", |i| &rest[i..]);
            return format!("{kind}{expected}");
        }
    }
    text
}

async fn parse_line(
    store: &Store,
    text: &str,
    today: NaiveDate,
    seen_bsn: &mut HashSet<String>,
) -> Result<std::result::Result<Intake, Vec<LineProblem>>> {
    let line: ImportLine = match serde_json::from_str(text) {
        Ok(line) => line,
        Err(e) => return Ok(Err(vec![LineProblem::Json(json_problem(&e))])),
    };
    let mut problems = Vec::new();
    let resident = match line.resident.validate(ResidentId::new(), today) {
        Ok(r) => Some(r),
        Err(errors) => {
            problems.extend(errors.iter().cloned().map(LineProblem::Field));
            None
        }
    };
    let traject_spec = line.traject.unwrap_or_default();
    let started_on = match traject_spec
        .started_on
        .as_deref()
        .map(parse_date)
        .transpose()
    {
        Ok(d) => d.unwrap_or(today),
        Err(e) => {
            problems.push(field("traject.started_on", e));
            today
        }
    };
    let target = match traject_spec.state.as_deref() {
        None => Some(TrajectState::Aangemeld),
        Some(s) => match serde_json::from_value::<TrajectState>(s.into()) {
            Ok(TrajectState::Ended) | Err(_) => {
                problems.push(field(
                    "traject.state",
                    ValidationError::InvalidTransition {
                        from: "aangemeld".into(),
                        to: s.into(),
                    },
                ));
                None
            }
            Ok(state) => Some(state),
        },
    };
    let Some(resident) = resident else {
        return Ok(Err(problems));
    };
    let exists = store
        .residents()
        .resident_by_bsn(&resident.bsn)
        .await?
        .is_some();
    if exists || !seen_bsn.insert(resident.bsn.as_str().to_owned()) {
        problems.push(LineProblem::DuplicateBsn);
    }
    let Some(target) = target else {
        return Ok(Err(problems));
    };
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let coach = store.device().coach.clone();
    let mut traject = Traject::new(
        TrajectId::new(),
        resident.id,
        coach.clone(),
        started_on,
        vec![Purpose::Guidance],
    );
    for step in target.path_from_start() {
        if let Err(e) = traject.transition(step, started_on, coach.clone(), Some("import".into())) {
            return Ok(Err(vec![field("traject.state", e)]));
        }
    }
    Ok(Ok(Intake {
        resident,
        traject,
        health: None,
    }))
}

fn field(name: &str, error: ValidationError) -> LineProblem {
    LineProblem::Field(FieldError {
        field: name.to_owned(),
        error,
    })
}

#[cfg(test)]
mod json_problem_tests {
    #[test]
    fn the_value_of_a_wrong_type_is_not_repeated() {
        let e = serde_json::from_str::<std::collections::HashMap<String, String>>(
            r#"{"bsn": 123456782}"#,
        )
        .expect_err("a number is not a string");
        let text = super::json_problem(&e);
        assert!(!text.contains("123456782"), "{text}");
        assert!(text.starts_with("invalid type, expected"), "{text}");
        assert!(text.contains("column"), "the position stays: {text}");
    }
}

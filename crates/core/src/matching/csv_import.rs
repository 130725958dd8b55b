//! Import employers and their workplaces from a CSV file (one row per workplace), for a
//! team that keeps its list in a spreadsheet.
//!
//! All or nothing: every row is checked first, and when any row has an error nothing is
//! stored and every error is reported with its line number, so the coach fixes the file and
//! imports it again. An employer is recognised by its KvK number, otherwise by its name
//! (ignoring case), among the employers already on the laptop and the rows above it.
//!
//! Columns (header names, any order; optional ones may be absent): `werkgever`, `kvk`,
//! `loonheffingennummer`, `straat`, `huisnummer`, `toevoeging`, `werkgever_postcode`,
//! `werkgever_plaats`, `werkplek`, `soort` (regulier, beschut, aangepast, leerwerkplek),
//! `beroep` (an ESCO occupation id on this laptop), `taken`, `uren`, `dagen` ("ma di wo"),
//! `postcode`, `plaats`, `fysiek` and `mentaal` (licht, middel, zwaar), `ondersteuning`
//! (codes separated by ";"), `taalniveau`, `startdatum` (dd-mm-jjjj), `plaatsen`, `kwalificaties` (separated by ";").

use std::collections::HashMap;
use std::io::Read;

use serde::Serialize;
use werkpad_domain::matching::{EmployerDraft, OccupationRef, WorkplaceDraft};
use werkpad_domain::{AddressDraft, EmployerId, FieldError, Purpose, ValidationError, WorkplaceId};

use crate::error::Result;
use crate::store::Store;

/// The errors of one line.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(rename = "CsvLineErrors")]
pub struct LineErrors {
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    /// What is wrong, per field (field names are the column names).
    pub errors: Vec<FieldError>,
    /// The line itself cannot be read (wrong number of columns, broken quotes); the
    /// reader's detail, which holds no cell content.
    pub unreadable: Option<String>,
}

/// What an import did, or why it did nothing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct CsvImportReport {
    /// New employers stored.
    pub employers_created: usize,
    /// Workplaces stored.
    pub workplaces_created: usize,
    /// Errors by line; when not empty, nothing was stored.
    pub errors: Vec<LineErrors>,
}

const REQUIRED: [&str; 2] = ["werkgever", "werkplek"];

/// Read and store `input`; see the module docs for the layout.
pub async fn import_workplaces_csv(store: &Store, input: impl Read) -> Result<CsvImportReport> {
    let mut report = CsvImportReport::default();
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_lowercase()).collect(),
        Err(e) => {
            report.errors.push(unreadable(1, &e));
            return Ok(report);
        }
    };
    let missing: Vec<FieldError> = REQUIRED
        .iter()
        .filter(|c| !headers.iter().any(|h| h == *c))
        .map(|c| FieldError::new(*c, ValidationError::Required))
        .collect();
    if !missing.is_empty() {
        report.errors.push(LineErrors {
            line: 1,
            errors: missing,
            unreadable: None,
        });
        return Ok(report);
    }
    let mut known: HashMap<String, EmployerId> = HashMap::new();
    for e in store.matching().employers().await? {
        if let Some(kvk) = &e.kvk {
            known.insert(format!("kvk:{kvk}"), e.id);
        }
        known.insert(format!("name:{}", e.name.to_lowercase()), e.id);
    }
    let mut new_employers = Vec::new();
    let mut workplaces = Vec::new();
    for row in reader.records() {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                report.errors.push(unreadable(line, &e));
                continue;
            }
        };
        let line = row.position().map_or(0, csv::Position::line);
        let get = |name: &str| -> Option<String> {
            let i = headers.iter().position(|h| h == name)?;
            row.get(i)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let mut errors = Vec::new();
        let kvk_key = get("kvk").map(|k| format!("kvk:{}", k.replace(' ', "")));
        let name_key = get("werkgever").map(|n| format!("name:{}", n.to_lowercase()));
        let existing = kvk_key
            .iter()
            .chain(name_key.iter())
            .find_map(|k| known.get(k).copied());
        let employer_id = match existing {
            Some(id) => id,
            None => {
                let id = EmployerId::new();
                let draft = EmployerDraft {
                    name: get("werkgever"),
                    kvk: get("kvk"),
                    loonheffingennummer: get("loonheffingennummer"),
                    address: AddressDraft {
                        street: get("straat"),
                        house_number: get("huisnummer"),
                        house_number_addition: get("toevoeging"),
                        postcode: get("werkgever_postcode"),
                        woonplaats: get("werkgever_plaats"),
                    },
                    contacts: Vec::new(),
                    notes: None,
                };
                match draft.validate(id) {
                    Ok(employer) => {
                        for key in kvk_key.iter().chain(name_key.iter()) {
                            known.insert(key.clone(), id);
                        }
                        new_employers.push(employer);
                    }
                    Err(e) => errors.extend(e.iter().map(|f| employer_column(f.clone()))),
                }
                id
            }
        };
        let occupation = match get("beroep") {
            None => None,
            Some(code) => match code.parse::<uuid::Uuid>() {
                Ok(id) => match store.matching().occupation(id).await? {
                    Some(o) => Some(OccupationRef {
                        id: o.id,
                        label: o.label,
                        isco_group: o.isco_group,
                    }),
                    None => {
                        errors.push(FieldError::new("beroep", ValidationError::InvalidChoice));
                        None
                    }
                },
                Err(_) => {
                    errors.push(FieldError::new("beroep", ValidationError::InvalidChoice));
                    None
                }
            },
        };
        let draft = WorkplaceDraft {
            employer_id: Some(employer_id),
            title: get("werkplek"),
            kind: get("soort").or_else(|| Some("regulier".into())),
            occupation,
            tasks: get("taken"),
            hours_per_week: get("uren"),
            days: get("dagen").map(|d| days(&d)).unwrap_or_default(),
            postcode: get("postcode"),
            place: get("plaats"),
            physical_demand: get("fysiek").or_else(|| Some("licht".into())),
            mental_demand: get("mentaal").or_else(|| Some("licht".into())),
            support: get("ondersteuning")
                .map(|s| {
                    s.split(';')
                        .map(|p| p.trim().to_owned())
                        .filter(|p| !p.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
            dutch_level: get("taalniveau").map(|l| l.to_lowercase()),
            start_date: get("startdatum"),
            places: get("plaatsen").or_else(|| Some("1".into())),
            open: true,
            qualifications: get("kwalificaties")
                .map(|s| s.split(';').map(|p| p.trim().to_owned()).collect())
                .unwrap_or_default(),
        };
        match draft.validate(WorkplaceId::new()) {
            Ok(w) => workplaces.push(w),
            Err(e) => errors.extend(e.iter().map(|f| workplace_column(f.clone()))),
        }
        if !errors.is_empty() {
            report.errors.push(LineErrors {
                line,
                errors,
                unreadable: None,
            });
        }
    }
    if !report.errors.is_empty() {
        return Ok(report);
    }
    let mut w = store.writer(Purpose::Matching).await?;
    for e in &new_employers {
        w.put(e).await?;
    }
    for wp in &workplaces {
        w.put(wp).await?;
    }
    w.commit().await?;
    report.employers_created = new_employers.len();
    report.workplaces_created = workplaces.len();
    Ok(report)
}

fn unreadable(line: u64, error: &csv::Error) -> LineErrors {
    // The kind only: csv's Display can quote cell content, which may be personal data.
    let detail = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} columns instead of {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => "not UTF-8".to_owned(),
        _ => "unreadable".to_owned(),
    };
    LineErrors {
        line,
        errors: Vec::new(),
        unreadable: Some(detail),
    }
}

/// "ma di wo" / "ma,di" / "mon tue" → the stored day names.
fn days(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|d| !d.is_empty())
        .map(|d| {
            match d.to_lowercase().as_str() {
                "ma" | "maandag" => "mon",
                "di" | "dinsdag" => "tue",
                "wo" | "woensdag" => "wed",
                "do" | "donderdag" => "thu",
                "vr" | "vrijdag" => "fri",
                "za" | "zaterdag" => "sat",
                "zo" | "zondag" => "sun",
                other => return other.to_owned(),
            }
            .to_owned()
        })
        .collect()
}

/// The draft's field path as the CSV column the coach sees.
fn employer_column(mut e: FieldError) -> FieldError {
    e.field = match e.field.as_str() {
        "name" => "werkgever",
        "kvk" => "kvk",
        "loonheffingennummer" => "loonheffingennummer",
        "address.street" => "straat",
        "address.house_number" => "huisnummer",
        "address.house_number_addition" => "toevoeging",
        "address.postcode" => "werkgever_postcode",
        "address.woonplaats" => "werkgever_plaats",
        other => {
            return FieldError {
                field: other.into(),
                ..e
            };
        }
    }
    .into();
    e
}

fn workplace_column(mut e: FieldError) -> FieldError {
    e.field = match e.field.as_str() {
        "title" => "werkplek",
        "kind" => "soort",
        "tasks" => "taken",
        "hours_per_week" => "uren",
        "days" => "dagen",
        "postcode" => "postcode",
        "place" => "plaats",
        "physical_demand" => "fysiek",
        "mental_demand" => "mentaal",
        "support" => "ondersteuning",
        "dutch_level" => "taalniveau",
        "start_date" => "startdatum",
        "places" => "plaatsen",
        other => {
            return FieldError {
                field: other.into(),
                ..e
            };
        }
    }
    .into();
    e
}

#[cfg(test)]
mod tests {
    use super::days;

    #[test]
    fn dutch_day_abbreviations_become_stored_names() {
        assert_eq!(
            days("ma di, wo;vrijdag"),
            ["mon", "tue", "wed", "fri"],
            "the way a Dutch spreadsheet writes days"
        );
        assert_eq!(
            days("xx"),
            ["xx"],
            "unknown days pass through so the draft reports them"
        );
    }
}

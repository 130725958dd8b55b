//! ESCO occupations with their Dutch label, synonyms and ISCO-08 unit group, read from the
//! official `occupations_nl.csv` layout.
//!
//! Synonyms are what a jobcoach may type ("heftruckchauffeur", "reachtruckbestuurder"):
//! ESCO's alternative and hidden labels, one per line inside a quoted field.

use std::collections::{HashMap, HashSet};
use std::io::Read;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::csv_rows::{Row, Rows};
use super::{ImportError, ImportProblem, invalid, is_digits};
use crate::error::{ValidationError, ValidationErrors};
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX};

const CONCEPT_TYPE: &str = "conceptType";
const CONCEPT_URI: &str = "conceptUri";
const ISCO_GROUP: &str = "iscoGroup";
const PREFERRED_LABEL: &str = "preferredLabel";
const ALT_LABELS: &str = "altLabels";
const HIDDEN_LABELS: &str = "hiddenLabels";
const STATUS: &str = "status";
const DESCRIPTION: &str = "description";
const CODE: &str = "code";
const NEEDED: &[&str] = &[
    CONCEPT_TYPE,
    CONCEPT_URI,
    ISCO_GROUP,
    PREFERRED_LABEL,
    ALT_LABELS,
    HIDDEN_LABELS,
    STATUS,
    DESCRIPTION,
    CODE,
];

/// One ESCO occupation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occupation {
    /// ESCO's own id: the UUID at the end of [`Self::uri`].
    pub id: Uuid,
    /// ESCO's concept URI.
    pub uri: String,
    /// ESCO code: the ISCO unit group and a path below it, e.g. "2654.1.7".
    pub code: String,
    /// The ISCO-08 unit group (4 digits).
    pub isco_group: String,
    /// The preferred Dutch label.
    pub label: String,
    /// Alternative and hidden labels: trimmed, no blanks, no repeats (ignoring case), not
    /// the label itself, in file order.
    pub synonyms: Vec<String>,
    /// What people in this occupation do.
    pub description: Option<String>,
}

impl Occupation {
    /// The id matches the URI, the codes have their shape, labels are short texts.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        if id_from_uri(&self.uri) != Some(self.id) {
            c.push("uri", ValidationError::InvalidChoice);
        }
        if !is_digits(&self.isco_group, 4, 4) {
            c.push("isco_group", ValidationError::NumberFormat);
        }
        if !is_esco_code(&self.code, &self.isco_group) {
            c.push("code", ValidationError::NumberFormat);
        }
        c.check_required("label", &self.label, SHORT_TEXT_MAX);
        for (i, synonym) in self.synonyms.iter().enumerate() {
            c.check_required(&format!("synonyms[{i}]"), synonym, SHORT_TEXT_MAX);
        }
        c.check_optional("description", self.description.as_deref(), TEXT_MAX);
        c.finish()
    }
}

/// The released occupations of an ESCO `occupations_nl.csv`, or the first problem.
pub fn parse_occupations(read: impl Read) -> Result<Vec<Occupation>, ImportError> {
    let mut rows = Rows::open(read, NEEDED)?;
    let mut occupations = Vec::new();
    let mut first_line: HashMap<Uuid, u64> = HashMap::new();
    while let Some(row) = rows.next_row()? {
        if row.get(CONCEPT_TYPE) != "Occupation" || row.get(STATUS) != "released" {
            continue;
        }
        let occupation = occupation(&row)?;
        if let Some(&first) = first_line.get(&occupation.id) {
            return Err(row.error(ImportProblem::Duplicate {
                column: CONCEPT_URI.to_owned(),
                value: occupation.uri,
                first_line: first,
            }));
        }
        first_line.insert(occupation.id, row.line);
        occupations.push(occupation);
    }
    if occupations.is_empty() {
        return Err(ImportError::new(1, ImportProblem::NoRecords));
    }
    Ok(occupations)
}

fn occupation(row: &Row<'_>) -> Result<Occupation, ImportError> {
    let uri = row.required(CONCEPT_URI)?;
    let id = id_from_uri(uri).ok_or_else(|| row.bad(CONCEPT_URI, uri))?;
    let isco_group = row.required(ISCO_GROUP)?;
    if !is_digits(isco_group, 4, 4) {
        return Err(row.bad(ISCO_GROUP, isco_group));
    }
    let code = row.required(CODE)?;
    if !is_esco_code(code, isco_group) {
        return Err(row.bad(CODE, code));
    }
    let label = row.required(PREFERRED_LABEL)?;
    let description = Some(row.get(DESCRIPTION))
        .filter(|d| !d.is_empty())
        .map(str::to_owned);
    let occupation = Occupation {
        id,
        uri: uri.to_owned(),
        code: code.to_owned(),
        isco_group: isco_group.to_owned(),
        label: label.to_owned(),
        synonyms: synonyms(label, [row.get(ALT_LABELS), row.get(HIDDEN_LABELS)]),
        description,
    };
    occupation.validate().map_err(|e| invalid(row.line, e))?;
    Ok(occupation)
}

/// The UUID that ends an ESCO concept URI.
fn id_from_uri(uri: &str) -> Option<Uuid> {
    let (_, last) = uri.rsplit_once('/')?;
    Uuid::try_parse(last).ok()
}

/// "2654.1.7" below unit group "2654": the group, then one or more dot-separated numbers.
fn is_esco_code(code: &str, isco_group: &str) -> bool {
    code.strip_prefix(isco_group)
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|path| path.split('.').all(|part| is_digits(part, 1, 4)))
}

/// The labels of `lists` (one per line), trimmed, without blanks, repeats or `label`.
fn synonyms(label: &str, lists: [&str; 2]) -> Vec<String> {
    let mut seen = HashSet::from([label.to_lowercase()]);
    lists
        .iter()
        .flat_map(|list| list.lines())
        .map(str::trim)
        .filter(|s| !s.is_empty() && seen.insert(s.to_lowercase()))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    const HEADER: &str = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,\
                          hiddenLabels,status,modifiedDate,description,code\n";
    const URI: &str = "http://data.europa.eu/esco/occupation/";

    /// Line 2–7: a forklift driver with multi-line labels; 8: not released; 9: no synonyms.
    fn fixture(last_row: &str) -> String {
        format!(
            "{HEADER}Occupation,{URI}6fd13a6a-7bd2-4a3b-8c4c-0b8f3e4a9d21,8344,heftruckchauffeur,\
             \"chauffeur vorkheftruck\nHeftruckchauffeur\n\nbestuurder heftruck\n  \
             reachtruckchauffeur  \",\"heftruckjockey\nbestuurder Heftruck\",released,\
             2024-01-25T11:28:50.295Z,\"Heftruckchauffeurs bedienen heftrucks, veilig.\",8344.1\n\
             Occupation,{URI}11111111-2222-4333-8444-555555555555,8344,oude heftrucker,,,\
             obsolete,2020-01-01T00:00:00Z,,8344.2\n\
             {last_row}\n"
        )
    }

    const PLAATWERKER: &str = "Occupation,http://data.europa.eu/esco/occupation/\
        0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d,7213,plaatwerker,,,released,2024-01-01,,7213.2";

    #[test]
    fn released_occupations_are_read_with_clean_synonyms() {
        let got = parse_occupations(fixture(PLAATWERKER).as_bytes()).expect("a good file");
        assert_eq!(got.len(), 2, "the obsolete row is left out");
        let forklift = &got[0];
        assert_eq!(
            forklift.id.to_string(),
            "6fd13a6a-7bd2-4a3b-8c4c-0b8f3e4a9d21",
            "the id is ESCO's own UUID"
        );
        assert_eq!(
            (forklift.code.as_str(), forklift.isco_group.as_str()),
            ("8344.1", "8344")
        );
        assert_eq!(
            forklift.synonyms,
            [
                "chauffeur vorkheftruck",
                "bestuurder heftruck",
                "reachtruckchauffeur",
                "heftruckjockey"
            ],
            "alternative then hidden labels, trimmed, without blanks, the label or repeats"
        );
        assert_eq!(
            forklift.description.as_deref(),
            Some("Heftruckchauffeurs bedienen heftrucks, veilig."),
            "a quoted comma stays in the text"
        );
        assert_eq!(
            (
                got[1].label.as_str(),
                got[1].synonyms.len(),
                &got[1].description
            ),
            ("plaatwerker", 0, &None),
            "no labels and no description are fine"
        );
        assert!(
            got.iter().all(|o| o.validate().is_ok()),
            "what the parser gives passes validation"
        );
    }

    #[rstest]
    #[case::bad_isco_group_after_a_multi_line_record(
        PLAATWERKER.replace(",7213,", ",72x3,"),
        9,
        ImportProblem::bad_value("iscoGroup", "72x3")
    )]
    #[case::code_outside_its_group(
        PLAATWERKER.replace("7213.2", "7214.2"),
        9,
        ImportProblem::bad_value("code", "7214.2")
    )]
    #[case::uri_without_uuid(
        PLAATWERKER.replace("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "plaatwerker"),
        9,
        ImportProblem::bad_value("conceptUri", "http://data.europa.eu/esco/occupation/plaatwerker")
    )]
    #[case::empty_label(
        PLAATWERKER.replace("plaatwerker,", ","),
        9,
        ImportProblem::Empty("preferredLabel".into())
    )]
    #[case::same_uri_twice(
        PLAATWERKER.replace("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "6fd13a6a-7bd2-4a3b-8c4c-0b8f3e4a9d21"),
        9,
        ImportProblem::Duplicate {
            column: "conceptUri".into(),
            value: format!("{URI}6fd13a6a-7bd2-4a3b-8c4c-0b8f3e4a9d21"),
            first_line: 2,
        }
    )]
    #[case::label_too_long(
        PLAATWERKER.replace("plaatwerker,", &format!("{},", "p".repeat(201))),
        9,
        ImportProblem::Invalid(ValidationErrors::single(
            "label",
            ValidationError::TooLong { max: SHORT_TEXT_MAX }
        ))
    )]
    fn a_bad_record_is_reported_on_the_line_it_starts(
        #[case] last_row: String,
        #[case] line: u64,
        #[case] problem: ImportProblem,
    ) {
        assert_eq!(
            parse_occupations(fixture(&last_row).as_bytes()),
            Err(ImportError::new(line, problem)),
            "the multi-line record on lines 2-7 does not shift the line number"
        );
    }

    #[test]
    fn a_file_without_a_needed_column_or_records_is_refused() {
        let no_code = fixture(PLAATWERKER).replacen(",code\n", ",isco\n", 1);
        assert_eq!(
            parse_occupations(no_code.as_bytes()),
            Err(ImportError::new(
                1,
                ImportProblem::MissingColumn("code".into())
            )),
            "columns are found by name"
        );
        assert_eq!(
            parse_occupations(HEADER.as_bytes()).map_err(|e| e.problem),
            Err(ImportProblem::NoRecords),
            "an empty release would remove every occupation"
        );
    }

    #[test]
    fn serde_round_trips() {
        let got = parse_occupations(fixture(PLAATWERKER).as_bytes()).expect("a good file");
        let json = serde_json::to_value(&got[0]).expect("serializable");
        assert_eq!(json["isco_group"], "8344", "snake_case field names");
        let back: Occupation = serde_json::from_value(json).expect("deserializable");
        assert_eq!(
            back, got[0],
            "a synced document reads back as the same occupation"
        );
    }
}

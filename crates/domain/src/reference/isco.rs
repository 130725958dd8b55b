//! ISCO-08 groups (major, sub-major, minor and unit groups: 1 to 4 digits) with Dutch
//! labels, read from ESCO's `ISCOGroups_nl.csv` layout. A group's parent is its code
//! without the last digit, so "7213" (plaatwerkers) belongs to "721", "72" and "7".

use std::collections::HashMap;
use std::io::Read;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::csv_rows::Rows;
use super::{ImportError, ImportProblem, invalid, is_digits, name_uuid};
use crate::error::{ValidationError, ValidationErrors};
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;

const CONCEPT_TYPE: &str = "conceptType";
const CODE: &str = "code";
const PREFERRED_LABEL: &str = "preferredLabel";
const STATUS: &str = "status";
const NEEDED: &[&str] = &[CONCEPT_TYPE, CODE, PREFERRED_LABEL, STATUS];

/// One ISCO-08 group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IscoGroup {
    /// [`IscoGroup::id_for`] its code.
    pub id: Uuid,
    /// 1 to 4 digits; leading zeros count ("0110").
    pub code: String,
    /// The Dutch label.
    pub label: String,
    /// The code of the group above, none for a major group.
    pub parent: Option<String>,
}

impl IscoGroup {
    /// The group with `code`, its id and parent derived from the code.
    pub fn new(code: &str, label: &str) -> Self {
        Self {
            id: Self::id_for(code),
            code: code.to_owned(),
            label: label.to_owned(),
            parent: parent_of(code),
        }
    }

    /// The stable id of the group with `code`.
    pub fn id_for(code: &str) -> Uuid {
        name_uuid("isco", code)
    }

    /// A code of 1–4 digits, the id and parent that follow from it, a label.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        if is_digits(&self.code, 1, 4) {
            if self.id != Self::id_for(&self.code) {
                c.push("id", ValidationError::InvalidChoice);
            }
            if self.parent != parent_of(&self.code) {
                c.push("parent", ValidationError::InvalidChoice);
            }
        } else {
            c.push("code", ValidationError::NumberFormat);
        }
        c.check_required("label", &self.label, SHORT_TEXT_MAX);
        c.finish()
    }
}

/// The code without its last digit; none for a major group.
fn parent_of(code: &str) -> Option<String> {
    let mut chars = code.chars();
    chars.next_back();
    Some(chars.as_str())
        .filter(|parent| !parent.is_empty())
        .map(str::to_owned)
}

/// The released ISCO groups of an ESCO `ISCOGroups_nl.csv`, or the first problem. Every
/// group's parent must be in the file too.
pub fn parse_isco_groups(read: impl Read) -> Result<Vec<IscoGroup>, ImportError> {
    let mut rows = Rows::open(read, NEEDED)?;
    let mut groups: Vec<(u64, IscoGroup)> = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    while let Some(row) = rows.next_row()? {
        if row.get(CONCEPT_TYPE) != "ISCOGroup" || row.get(STATUS) != "released" {
            continue;
        }
        let code = row.required(CODE)?;
        if !is_digits(code, 1, 4) {
            return Err(row.bad(CODE, code));
        }
        if let Some(&first) = first_line.get(code) {
            return Err(row.error(ImportProblem::Duplicate {
                column: CODE.to_owned(),
                value: code.to_owned(),
                first_line: first,
            }));
        }
        let group = IscoGroup::new(code, row.required(PREFERRED_LABEL)?);
        group.validate().map_err(|e| invalid(row.line, e))?;
        first_line.insert(group.code.clone(), row.line);
        groups.push((row.line, group));
    }
    if groups.is_empty() {
        return Err(ImportError::new(1, ImportProblem::NoRecords));
    }
    // Checked after reading: the file need not list a parent before its children.
    for (line, group) in &groups {
        if let Some(parent) = group
            .parent
            .as_ref()
            .filter(|p| !first_line.contains_key(*p))
        {
            return Err(ImportError::new(
                *line,
                ImportProblem::UnknownParent {
                    code: group.code.clone(),
                    parent: parent.clone(),
                },
            ));
        }
    }
    Ok(groups.into_iter().map(|(_, group)| group).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "\
conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description
ISCOGroup,http://data.europa.eu/esco/isco/C7,7,Ambachtslieden,released,,\"http://data.europa.eu/esco/concept-scheme/occupations,
http://data.europa.eu/esco/concept-scheme/isco\",
ISCOGroup,http://data.europa.eu/esco/isco/C72,72,\"Metaalarbeiders, machinebouwers\",released,,x,
ISCOGroup,http://data.europa.eu/esco/isco/C721,721,Plaatwerkers,released,,x,
ISCOGroup,http://data.europa.eu/esco/isco/C7213,7213,Plaatwerkers,released,,x,
ISCOGroup,http://data.europa.eu/esco/isco/C9999,9999,Oud,deprecated,,x,
";

    #[test]
    fn groups_are_read_with_parents_and_stable_ids() {
        let got = parse_isco_groups(FIXTURE.as_bytes()).expect("a good file");
        let codes: Vec<_> = got.iter().map(|g| g.code.as_str()).collect();
        assert_eq!(
            codes,
            ["7", "72", "721", "7213"],
            "the deprecated group is left out"
        );
        assert_eq!(got[0].parent, None, "a major group has no parent");
        assert_eq!(
            got[3].parent.as_deref(),
            Some("721"),
            "a unit group's minor group"
        );
        assert_eq!(
            got[1].label, "Metaalarbeiders, machinebouwers",
            "quoted comma"
        );
        assert_eq!(
            got[3].id,
            name_uuid("isco", "7213"),
            "the id follows from the code, the same in every import"
        );
        assert!(
            got.iter().all(|g| g.validate().is_ok()),
            "parsed groups validate"
        );
    }

    #[test]
    fn bad_files_are_refused_at_the_right_line() {
        let bad_code = FIXTURE.replace(",721,", ",72a,");
        assert_eq!(
            parse_isco_groups(bad_code.as_bytes()),
            Err(ImportError::new(5, ImportProblem::bad_value("code", "72a"))),
            "line 5: the first record spans lines 2-3"
        );
        let orphan = FIXTURE.replace(",721,Plaatwerkers,released", ",721,Plaatwerkers,draft");
        assert_eq!(
            parse_isco_groups(orphan.as_bytes()),
            Err(ImportError::new(
                6,
                ImportProblem::UnknownParent {
                    code: "7213".into(),
                    parent: "721".into()
                }
            )),
            "a group whose parent is missing is reported where it stands"
        );
        let twice = FIXTURE.replace(",7213,", ",721,");
        assert_eq!(
            parse_isco_groups(twice.as_bytes()).map_err(|e| (e.line, e.problem)),
            Err((
                6,
                ImportProblem::Duplicate {
                    column: "code".into(),
                    value: "721".into(),
                    first_line: 5
                }
            ))
        );
        let no_status = FIXTURE.replacen(",status,", ",state,", 1);
        assert_eq!(
            parse_isco_groups(no_status.as_bytes()),
            Err(ImportError::new(
                1,
                ImportProblem::MissingColumn("status".into())
            ))
        );
    }

    #[test]
    fn validate_checks_what_follows_from_the_code() {
        let group = IscoGroup::new("7213", "Plaatwerkers");
        assert_eq!(group.validate(), Ok(()), "a new group is valid");
        let moved = IscoGroup {
            parent: Some("72".into()),
            id: IscoGroup::id_for("7212"),
            ..group.clone()
        };
        let errors = moved
            .validate()
            .expect_err("id and parent disagree with the code");
        assert!(
            errors.contains("id", &ValidationError::InvalidChoice)
                && errors.contains("parent", &ValidationError::InvalidChoice),
            "{errors}"
        );
        let bad = IscoGroup {
            code: "72135".into(),
            ..group
        };
        assert!(
            bad.validate()
                .expect_err("five digits")
                .contains("code", &ValidationError::NumberFormat),
            "ISCO-08 has four levels"
        );
    }
}

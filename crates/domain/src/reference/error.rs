//! Why a reference file was refused: the line where the bad record starts, and what is
//! wrong with it. Reference data holds no personal data, so a problem may quote the value.

use crate::error::ValidationErrors;

/// How many characters of a bad value an error quotes (a quote left open can swallow the
/// rest of the file into one field).
const QUOTE_MAX: usize = 80;

/// The first problem in a reference file. The import stores nothing when there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct ImportError {
    /// The 1-based line of the file where the bad record starts (1 for the header).
    pub line: u64,
    /// What is wrong.
    pub problem: ImportProblem,
}

impl ImportError {
    /// A problem with the record starting on `line`.
    pub fn new(line: u64, problem: ImportProblem) -> Self {
        Self { line, problem }
    }
}

/// What is wrong with a record (or with the file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportProblem {
    /// The header lacks a column the layout needs.
    #[error("the column {0:?} is missing")]
    MissingColumn(String),
    /// A needed value is blank.
    #[error("{0:?} is empty")]
    Empty(String),
    /// A value that cannot be right for its column.
    #[error("{column:?} cannot be {value:?}")]
    BadValue {
        /// The column.
        column: String,
        /// The value as found (shortened when long).
        value: String,
    },
    /// A key that an earlier record has already.
    #[error("{column:?} {value:?} appears already on line {first_line}")]
    Duplicate {
        /// The column holding the key.
        column: String,
        /// The key.
        value: String,
        /// Where it appeared first.
        first_line: u64,
    },
    /// An ISCO group whose parent group is not in the file.
    #[error("the parent group {parent:?} of {code:?} is not in the file")]
    UnknownParent {
        /// The group.
        code: String,
        /// Its parent's code.
        parent: String,
    },
    /// The record was read but breaks the rules its type checks after sync too.
    #[error("the record breaks the rules: {0}")]
    Invalid(ValidationErrors),
    /// No record of the dataset at all: importing it would remove every record.
    #[error("the file holds no records of this dataset")]
    NoRecords,
    /// Not readable as CSV (a field count that differs from the header's, not UTF-8, ...).
    #[error("not readable as CSV: {0}")]
    Csv(String),
}

impl ImportProblem {
    /// A [`Self::BadValue`], quoting at most 80 characters of `value`.
    pub fn bad_value(column: &str, value: &str) -> Self {
        let mut quoted: String = value.chars().take(QUOTE_MAX).collect();
        if quoted.len() < value.len() {
            quoted.push('…');
        }
        Self::BadValue {
            column: column.to_owned(),
            value: quoted,
        }
    }
}

/// A CSV reading error in the record starting on `line`.
pub(crate) fn csv_error(error: &csv::Error, line: u64) -> ImportError {
    let message = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!(
            "the record has {len} field(s) where the header has {expected_len} \
             (a missing comma, or a quote left open?)"
        ),
        csv::ErrorKind::Utf8 { .. } => "the text is not UTF-8".to_owned(),
        csv::ErrorKind::Io(e) => format!("reading failed: {e}"),
        _ => error.to_string(),
    };
    ImportError::new(line, ImportProblem::Csv(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_bad_values_are_shortened() {
        let long = "x".repeat(500);
        let ImportProblem::BadValue { value, .. } = ImportProblem::bad_value("plaats", &long)
        else {
            panic!("a bad value");
        };
        assert_eq!(
            value.chars().count(),
            QUOTE_MAX + 1,
            "a swallowed file is quoted in part, with an ellipsis"
        );
        assert_eq!(
            ImportProblem::bad_value("plaats", "ë"),
            ImportProblem::BadValue {
                column: "plaats".into(),
                value: "ë".into()
            },
            "a short value, multi-byte or not, is quoted whole"
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = ImportError::new(7, ImportProblem::Empty("plaats".into()));
        assert_eq!(
            e.to_string(),
            "line 7: \"plaats\" is empty",
            "the administrator sees where to look"
        );
    }
}

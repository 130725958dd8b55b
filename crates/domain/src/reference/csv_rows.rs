//! Reading a published CSV file by column name: the needed columns are found in the header
//! (extra columns are ignored, a missing one is an error on line 1), and every record
//! knows the line it starts on.
//!
//! The csv crate's own `Position::line()` counts multi-line quoted fields right, but it is
//! taken before the reader skips the terminators in front of a record: after a CRLF (the
//! GeoNames file) or a blank line it is one line short. So the file is read into memory
//! (reference files are a few MB) and the line is counted from the record's byte offset,
//! past any `\r`/`\n` in front of it.

use std::io::{Cursor, Read};
use std::str::FromStr;
use std::sync::Arc;

use csv::{ReaderBuilder, StringRecord};

use super::error::{ImportError, ImportProblem, csv_error};

/// The records of one file, with the positions of the needed columns.
pub(crate) struct Rows {
    reader: csv::Reader<Cursor<Arc<[u8]>>>,
    lines: Lines,
    columns: Vec<(&'static str, usize)>,
    record: StringRecord,
}

impl Rows {
    /// Read the file, its header, and find each of `needed` in the header.
    pub(crate) fn open(mut read: impl Read, needed: &[&'static str]) -> Result<Self, ImportError> {
        let mut data = Vec::new();
        if let Err(e) = read.read_to_end(&mut data) {
            let line = 1 + newlines(&data);
            return Err(ImportError::new(
                line,
                ImportProblem::Csv(format!("reading failed: {e}")),
            ));
        }
        let data: Arc<[u8]> = data.into();
        let mut lines = Lines {
            data: Arc::clone(&data),
            at: 0,
            line: 1,
        };
        // Not flexible: a record with another number of fields than the header (a quote
        // left open swallows the lines after it) is an error, not a short record.
        let mut reader = ReaderBuilder::new()
            .has_headers(true)
            .from_reader(Cursor::new(data));
        let headers = match reader.headers() {
            Ok(headers) => headers.clone(),
            Err(e) => return Err(csv_error(&e, lines.of(e.position(), 0))),
        };
        let columns = needed
            .iter()
            .map(|&name| {
                headers
                    .iter()
                    .position(|h| h.trim() == name)
                    .map(|i| (name, i))
                    .ok_or_else(|| {
                        ImportError::new(1, ImportProblem::MissingColumn(name.to_owned()))
                    })
            })
            .collect::<Result<_, _>>()?;
        Ok(Self {
            reader,
            lines,
            columns,
            record: StringRecord::new(),
        })
    }

    /// The next record, or `None` at the end of the file.
    pub(crate) fn next_row(&mut self) -> Result<Option<Row<'_>>, ImportError> {
        // Where the reader stands: before the next record and the terminators in front.
        let here = self.reader.position().byte();
        match self.reader.read_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => Ok(Some(Row {
                line: self.lines.of(self.record.position(), here),
                record: &self.record,
                columns: &self.columns,
            })),
            Err(e) => Err(csv_error(&e, self.lines.of(e.position(), here))),
        }
    }
}

/// Line numbers from byte offsets, counted forward from the last record.
struct Lines {
    data: Arc<[u8]>,
    /// A byte offset and the line it lies on.
    at: usize,
    line: u64,
}

impl Lines {
    /// The line of the record at `position` (else at byte `fallback`), past the
    /// terminators in front of it.
    fn of(&mut self, position: Option<&csv::Position>, fallback: u64) -> u64 {
        let byte = position.map_or(fallback, csv::Position::byte);
        let mut start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.data.len());
        while matches!(self.data.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start < self.at {
            // Records come in file order; start over if one ever does not.
            (self.at, self.line) = (0, 1);
        }
        self.line += newlines(&self.data[self.at..start]);
        self.at = start;
        self.line
    }
}

fn newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

/// One record.
#[derive(Debug)]
pub(crate) struct Row<'a> {
    /// The line the record starts on (1-based; the header is line 1).
    pub(crate) line: u64,
    record: &'a StringRecord,
    columns: &'a [(&'static str, usize)],
}

impl Row<'_> {
    /// The trimmed value of `column`, one of the needed columns ("" for any other).
    pub(crate) fn get(&self, column: &str) -> &str {
        debug_assert!(
            self.columns.iter().any(|(name, _)| *name == column),
            "{column} is not a needed column"
        );
        self.columns
            .iter()
            .find(|(name, _)| *name == column)
            .and_then(|(_, i)| self.record.get(*i))
            .unwrap_or("")
            .trim()
    }

    /// The value of `column`; blank is an error.
    pub(crate) fn required(&self, column: &str) -> Result<&str, ImportError> {
        match self.get(column) {
            "" => Err(self.error(ImportProblem::Empty(column.to_owned()))),
            value => Ok(value),
        }
    }

    /// The value of `column` parsed as `T`; blank or unparsable is an error.
    pub(crate) fn parse<T: FromStr>(&self, column: &str) -> Result<T, ImportError> {
        let value = self.required(column)?;
        value.parse().map_err(|_| self.bad(column, value))
    }

    /// `value` of `column` is not acceptable.
    pub(crate) fn bad(&self, column: &str, value: &str) -> ImportError {
        self.error(ImportProblem::bad_value(column, value))
    }

    /// `problem`, at this record's line.
    pub(crate) fn error(&self, problem: ImportProblem) -> ImportError {
        ImportError::new(self.line, problem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(file: &str) -> Result<Vec<(u64, String)>, ImportError> {
        let mut rows = Rows::open(file.as_bytes(), &["b", "a"])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next_row()? {
            out.push((row.line, format!("{}|{}", row.get("a"), row.get("b"))));
        }
        Ok(out)
    }

    #[test]
    fn columns_are_found_by_name_and_records_by_starting_line() {
        let file = "\u{feff}a,x,b\n1,\"two\nlines\",2\n\n3,y,\"four\r\nmore\"\r\n5,z,6\n";
        assert_eq!(
            lines(file).expect("a good file"),
            [
                (2, "1|2".into()),
                (5, "3|four\r\nmore".into()),
                (7, "5|6".into())
            ],
            "a byte-order mark, extra columns, multi-line fields and blank lines do not shift lines"
        );
        assert_eq!(
            lines("a,b\r\n\r\n1,2\r\n3,4\r\n").expect("a good file"),
            [(3, "1|2".into()), (4, "3|4".into())],
            "CRLF line ends (the GeoNames file) and a blank CRLF line count once each"
        );
    }

    #[test]
    fn a_missing_column_is_an_error_on_line_one() {
        assert_eq!(
            lines("a,c\n1,2\n"),
            Err(ImportError::new(
                1,
                ImportProblem::MissingColumn("b".into())
            )),
            "the header is line 1"
        );
        assert_eq!(
            lines(""),
            Err(ImportError::new(
                1,
                ImportProblem::MissingColumn("b".into())
            )),
            "an empty file has no columns"
        );
    }

    #[test]
    fn a_quote_left_open_is_reported_where_its_record_starts() {
        let mut rows = Rows::open("a,b,c\r\n1,2,3\r\n4,\"5,6\r\n7,8,9\r\n".as_bytes(), &["a"])
            .expect("a header");
        assert!(rows.next_row().expect("a good record").is_some());
        let err = rows.next_row().expect_err("the quote swallows the rest");
        assert_eq!(
            err.line, 3,
            "the record with the open quote starts on line 3"
        );
        assert!(
            matches!(err.problem, ImportProblem::Csv(_)),
            "the swallowed record has too few fields: {err}"
        );
    }

    #[test]
    fn parse_and_required_say_which_column() {
        let mut rows = Rows::open("a,b\n x , \n".as_bytes(), &["a", "b"]).expect("a header");
        let row = rows.next_row().expect("readable").expect("one record");
        assert_eq!(row.get("a"), "x", "values are trimmed");
        assert_eq!(
            row.required("b").map_err(|e| e.problem),
            Err(ImportProblem::Empty("b".into())),
            "blank counts as empty"
        );
        assert_eq!(
            row.parse::<u16>("a").map_err(|e| e.problem),
            Err(ImportProblem::bad_value("a", "x")),
            "an unparsable value is a bad value"
        );
    }
}

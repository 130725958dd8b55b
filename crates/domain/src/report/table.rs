//! A management report as it is published: tables of cells, small cells hidden.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One published cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cell {
    /// A number of residents (or of decisions, absences, answers).
    Count {
        /// The count (at least the threshold).
        value: u64,
    },
    /// Hidden: under 5, or it would reveal a cell under 5.
    Hidden,
    /// A median number of days (over at least 5 residents).
    Days {
        /// Days.
        value: u32,
    },
    /// An amount in euro cents (over at least 5 decisions).
    Amount {
        /// Cents.
        cents: i64,
    },
    /// An average survey score 1–5, in tenths (over at least 5 answers).
    Score {
        /// The mean times ten, rounded.
        tenths: u32,
    },
    /// Nothing to show here (no such thing in this period).
    Empty,
}

/// How a table is best looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Chart {
    /// Bars per month (the first row).
    BarsPerMonth,
    /// A funnel from the first row to the last.
    Funnel,
}

/// One row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct TableRow {
    /// The row's Fluent message id (a coach's row: `report-row-coach`, see `label`).
    pub id: String,
    /// A label that is not a message: the coach's name in caseload per coach.
    pub label: Option<String>,
    /// One cell per column.
    pub cells: Vec<Cell>,
}

/// One table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Table {
    /// The table's Fluent message id (`report-table-…`).
    pub id: String,
    /// Column keys: a month `yyyy-mm`, or a Fluent message id (`report-column-…`).
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<TableRow>,
    /// How to draw it, if drawing helps.
    pub chart: Option<Chart>,
}

impl Table {
    /// The cell in row `row` and column `column`, if both exist.
    pub fn cell(&self, row: &str, column: &str) -> Option<&Cell> {
        let c = self.columns.iter().position(|k| k == column)?;
        self.rows.iter().find(|r| r.id == row)?.cells.get(c)
    }
}

/// A management report for one team (or all teams) and one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ManagementReport {
    /// The team's name; `None`: every team.
    pub team: Option<String>,
    /// First month (`yyyy-mm`).
    pub from: String,
    /// Last month (`yyyy-mm`).
    pub to: String,
    /// The day the figures are of.
    #[ts(type = "string")]
    pub as_of: NaiveDate,
    /// Counts under this are hidden.
    pub threshold: u64,
    /// The tables.
    pub tables: Vec<Table>,
}

impl ManagementReport {
    /// The table with Fluent id `id`.
    pub fn table(&self, id: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// The report as CSV for a spreadsheet: one line per cell (table; row; column; value),
    /// `;`-separated as Dutch spreadsheets expect, labels through `label` (Fluent), a
    /// hidden cell as `x`, amounts in euros with a decimal comma.
    pub fn to_csv(&self, label: impl Fn(&str) -> String) -> String {
        let mut out = String::new();
        let head = [
            label("report-csv-table"),
            label("report-csv-row"),
            label("report-csv-column"),
            label("report-csv-value"),
        ];
        out.push_str(&csv_line(&head));
        for table in &self.tables {
            let t = label(&table.id);
            for row in &table.rows {
                let r = row.label.clone().unwrap_or_else(|| label(&row.id));
                for (column, cell) in table.columns.iter().zip(&row.cells) {
                    let c = if column.starts_with("report-") {
                        label(column)
                    } else {
                        column.clone()
                    };
                    let v = match cell {
                        Cell::Count { value } => value.to_string(),
                        Cell::Hidden => "x".to_owned(),
                        Cell::Days { value } => value.to_string(),
                        Cell::Amount { cents } => {
                            format!("{},{:02}", cents / 100, (cents % 100).abs())
                        }
                        Cell::Score { tenths } => format!("{},{}", tenths / 10, tenths % 10),
                        Cell::Empty => String::new(),
                    };
                    out.push_str(&csv_line(&[t.clone(), r.clone(), c, v]));
                }
            }
        }
        out
    }
}

fn csv_line(fields: &[String]) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| {
            // A leading =, +, - or @ would be a formula in a spreadsheet.
            let f = if f.starts_with(['=', '+', '-', '@']) {
                format!("'{f}")
            } else {
                f.clone()
            };
            if f.contains([';', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect();
    format!("{}\r\n", quoted.join(";"))
}

//! Tables under construction: counts go into one [`Sheet`], other cells wait until the
//! sheet is protected, then everything is rendered as [`Cell`]s.

use super::sheet::{Sheet, Shown, THRESHOLD};
use super::table::{Cell, Chart, Table, TableRow};

/// A cell before protection.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Pending {
    /// A count: cell of the sheet.
    Count(usize),
    /// A median over `n` values.
    Days { median: Option<u32>, n: u64 },
    /// An amount, shown only when the count `of` is.
    Amount { cents: i64, of: usize },
    /// A mean score over `n` answers.
    Score { tenths: Option<u32>, n: u64 },
}

struct PendingTable {
    id: &'static str,
    columns: Vec<String>,
    rows: Vec<(String, Option<String>, Vec<Pending>)>,
    chart: Option<Chart>,
}

/// The report's tables and its one sheet.
#[derive(Default)]
pub(crate) struct Builder {
    pub sheet: Sheet,
    tables: Vec<PendingTable>,
}

impl Builder {
    /// Start a table.
    pub fn table(&mut self, id: &'static str, columns: Vec<String>, chart: Option<Chart>) {
        self.tables.push(PendingTable {
            id,
            columns,
            rows: Vec::new(),
            chart,
        });
    }

    /// Add a row to the last table.
    pub fn row(&mut self, id: impl Into<String>, label: Option<String>, cells: Vec<Pending>) {
        if let Some(t) = self.tables.last_mut() {
            t.rows.push((id.into(), label, cells));
        }
    }

    /// A table of counts per month with a total column, and (with `total_row`) a total
    /// row: every row adds up over the months, every month over the rows. Returns each
    /// row's cells (months, then the total).
    pub fn additive(
        &mut self,
        id: &'static str,
        months: &[String],
        rows: Vec<(String, Vec<u64>)>,
        total_row: bool,
        chart: Option<Chart>,
    ) -> Vec<Vec<usize>> {
        let mut columns = months.to_vec();
        columns.push("report-column-total".to_owned());
        self.table(id, columns, chart);
        let mut cells = Vec::new();
        for (row_id, values) in &rows {
            let row = self.counted_row(values);
            self.row(
                row_id.clone(),
                None,
                row.iter().map(|&c| Pending::Count(c)).collect(),
            );
            cells.push(row);
        }
        if total_row && !rows.is_empty() {
            let sums: Vec<u64> = (0..months.len())
                .map(|m| rows.iter().map(|(_, v)| v[m]).sum())
                .collect();
            let total = self.counted_row(&sums);
            for (col, &t) in total.iter().enumerate() {
                let members = cells.iter().map(|r| r[col]).collect();
                self.sheet.group(members, t);
            }
            self.row(
                "report-row-total",
                None,
                total.iter().map(|&c| Pending::Count(c)).collect(),
            );
            cells.push(total);
        }
        cells
    }

    /// Counts per month and their total, grouped.
    pub fn counted_row(&mut self, values: &[u64]) -> Vec<usize> {
        let mut row: Vec<usize> = values.iter().map(|&v| self.sheet.count(v)).collect();
        let total = self.sheet.count(values.iter().sum());
        self.sheet.group(row.clone(), total);
        row.push(total);
        row
    }

    /// Never-shown counts per month and their total, grouped.
    pub fn unshown_row(&mut self, values: &[u64]) -> Vec<usize> {
        let mut row: Vec<usize> = values.iter().map(|&v| self.sheet.unshown(v)).collect();
        let total = self.sheet.unshown(values.iter().sum());
        self.sheet.group(row.clone(), total);
        row.push(total);
        row
    }

    /// Protect the sheet and render every table.
    pub fn finish(mut self) -> (Vec<Table>, Sheet) {
        self.sheet.protect();
        let sheet = self.sheet;
        let render = |p: &Pending| match *p {
            Pending::Count(i) if sheet.shown(i) == Shown::Yes => Cell::Count {
                value: sheet.value(i),
            },
            Pending::Count(_) => Cell::Hidden,
            Pending::Days { n: 0, .. } | Pending::Score { n: 0, .. } => Cell::Empty,
            Pending::Days {
                median: Some(value),
                n,
            } if n >= THRESHOLD => Cell::Days { value },
            Pending::Score {
                tenths: Some(tenths),
                n,
            } if n >= THRESHOLD => Cell::Score { tenths },
            Pending::Days { .. } | Pending::Score { .. } => Cell::Hidden,
            Pending::Amount { cents, of } if sheet.shown(of) == Shown::Yes => {
                Cell::Amount { cents }
            }
            Pending::Amount { .. } => Cell::Hidden,
        };
        let tables = self
            .tables
            .iter()
            .map(|t| Table {
                id: t.id.to_owned(),
                columns: t.columns.clone(),
                rows: t
                    .rows
                    .iter()
                    .map(|(id, label, cells)| TableRow {
                        id: id.clone(),
                        label: label.clone(),
                        cells: cells.iter().map(render).collect(),
                    })
                    .collect(),
                chart: t.chart,
            })
            .collect();
        (tables, sheet)
    }
}

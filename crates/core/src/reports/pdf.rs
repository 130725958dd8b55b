//! The management report on paper: the statements' letterhead, fonts and layout, the team,
//! period and date of the figures, the legend for hidden cells, and per table a heading, a
//! bar chart where the table asks for bars per month, and the figures in tables of at most
//! six months side by side (A4 upright holds no more legibly).

use chrono::{DateTime, Utc};
use werkpad_domain::report::{Cell, Chart, ManagementReport, Table};

use super::FetchedReport;
use super::export::{Labels, cell_text, month_of};
use crate::statements::StatementError;
use crate::statements::doc::{Bar, Block, Column, Document};
use crate::statements::text::{Context, Text, date, frame};

/// Month columns per printed table.
const MONTHS_PER_TABLE: usize = 6;
/// The row label column's share of the width, in percent.
const LABEL_SHARE: u8 = 30;

/// The bars of a bars-per-month table: its first row, month columns only.
fn bars(labels: &Labels, table: &Table) -> Vec<Bar> {
    let Some(row) = table.rows.first() else {
        return Vec::new();
    };
    table
        .columns
        .iter()
        .zip(&row.cells)
        .filter_map(|(key, cell)| {
            let month = month_of(key)?;
            let value = match cell {
                Cell::Count { value } => Some(*value),
                Cell::Empty => Some(0),
                Cell::Hidden | Cell::Days { .. } | Cell::Amount { .. } | Cell::Score { .. } => None,
            };
            Some(Bar {
                label: labels.short_month(month),
                value,
                text: cell_text(cell),
            })
        })
        .collect()
}

/// The table in printable parts: at most [`MONTHS_PER_TABLE`] month columns each, the
/// other columns (totals, answers, …) with the last part.
fn parts(labels: &Labels, table: &Table) -> Vec<Block> {
    let months: Vec<usize> = (0..table.columns.len())
        .filter(|&i| month_of(&table.columns[i]).is_some())
        .collect();
    let others: Vec<usize> = (0..table.columns.len())
        .filter(|i| !months.contains(i))
        .collect();
    let mut groups: Vec<Vec<usize>> = months
        .chunks(MONTHS_PER_TABLE)
        .map(<[usize]>::to_vec)
        .collect();
    match groups.last_mut() {
        Some(last) if last.len() + others.len() <= MONTHS_PER_TABLE + 1 => {
            last.extend(&others);
        }
        _ if !others.is_empty() => groups.push(others),
        _ => {}
    }
    groups
        .into_iter()
        .map(|cols| {
            let share = (100 - LABEL_SHARE) / (MONTHS_PER_TABLE as u8 + 1);
            let mut columns = vec![Column {
                header: String::new(),
                width_percent: LABEL_SHARE,
            }];
            columns.extend(cols.iter().map(|&i| Column {
                header: labels.column(&table.columns[i]),
                width_percent: share,
            }));
            let rows = table
                .rows
                .iter()
                .map(|row| {
                    let mut texts = vec![labels.row(row)];
                    texts.extend(
                        cols.iter()
                            .map(|&i| row.cells.get(i).map(cell_text).unwrap_or_default()),
                    );
                    texts
                })
                .collect();
            Block::Table { columns, rows }
        })
        .collect()
}

/// The printable report.
pub fn document(ctx: &Context, fetched: &FetchedReport) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let labels = Labels::new(ctx.locale);
    let report: &ManagementReport = &fetched.report;
    let title = labels.t("report-pdf-title");
    let fetched_on = DateTime::parse_from_rfc3339(&fetched.fetched_at)
        .map(|t| date(t.with_timezone(&Utc).date_naive()))
        .unwrap_or_default();
    let mut blocks = vec![
        Block::Title(title.clone()),
        Block::Fields(vec![
            (labels.t("report-pdf-team"), labels.team(report)),
            (labels.t("report-pdf-period"), labels.period(report)),
            (labels.t("report-pdf-as-of"), date(report.as_of)),
            (labels.t("report-pdf-fetched"), fetched_on),
            (labels.t("report-pdf-printed"), date(ctx.now.date_naive())),
        ]),
        Block::Paragraph(labels.ta(
            "report-legend-hidden",
            &[("threshold", report.threshold.to_string())],
        )),
    ];
    for table in &report.tables {
        blocks.push(Block::Heading(labels.t(&table.id)));
        if table.chart == Some(Chart::BarsPerMonth) {
            let bars = bars(&labels, table);
            if !bars.is_empty() {
                blocks.push(Block::Bars(bars));
            }
        }
        blocks.extend(parts(&labels, table));
    }
    let mut doc = frame(ctx, &text, &title, None, blocks)?;
    doc.meta.subject = labels.t("report-pdf-subject");
    Ok(doc)
}

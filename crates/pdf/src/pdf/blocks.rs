//! One function per [`Block`] kind, and the keep-together rules between blocks: a title
//! or heading moves to the next page with the start of what follows it; a paragraph
//! leaves no single line at the bottom or top of a page; signatures stay on one page.

use super::layout::{Layout, MARGIN_LEFT, RIGHT_EDGE, Style, TEXT_W};
use super::rows::{self, Cell, Row, Rule};
use crate::doc::{Block, Column, Signature};

/// Space after a paragraph, field list, table, list or signature block.
const GAP: f32 = 3.5;
/// Extra space above a heading.
const HEADING_EXTRA: f32 = 3.0;
/// Space between a heading and its text.
const HEADING_AFTER: f32 = 1.5;
/// Space after the title.
const TITLE_AFTER: f32 = 5.0;
/// Horizontal padding in table cells.
const CELL_PAD_X: f32 = 1.5;
/// Width of the label column in a field list: a third of the text width.
const LABEL_W: f32 = TEXT_W / 3.0;
/// Where bullet text starts, from the left margin (the hanging indent).
const BULLET_INDENT: f32 = 6.0;
/// Blank space above a signature line, for the signature itself.
const SIGN_SPACE: f32 = 18.0;
/// Gap between two signatures side by side.
const SIGN_GAP: f32 = 12.0;

/// Lays out `block`; `after` are the blocks that follow it (for keep-with-next).
pub(super) fn render(l: &mut Layout, block: &Block, after: &[Block]) {
    // What a heading keeps with: the first block after it that prints something.
    let next = after.iter().find(|b| !matches!(b, Block::Space(_)));
    match block {
        Block::Title(text) => heading(l, text, Style::TITLE, 0.0, TITLE_AFTER, next),
        Block::Heading(text) => {
            heading(l, text, Style::HEADING, HEADING_EXTRA, HEADING_AFTER, next)
        }
        Block::Paragraph(text) => paragraph(l, text),
        Block::Fields(pairs) => {
            for pair in pairs {
                rows::draw(l, &field_row(l, pair), None);
            }
            l.space(GAP);
        }
        Block::Table { columns, rows } => table(l, columns, rows),
        Block::Bullets(items) => {
            for item in items {
                rows::draw(l, &bullet_row(l, item), None);
            }
            l.space(GAP);
        }
        Block::Signatures(signatures) => signature_block(l, signatures),
        Block::Bars(bars) => super::bars::draw(l, bars),
        Block::Space(mm) => l.space(*mm),
        Block::PageBreak => {
            if !l.is_fresh() {
                l.new_page();
            }
        }
    }
}

/// How much of `block` must share a page with a heading right above it.
fn keep_height(l: &Layout, block: &Block) -> f32 {
    let height = match block {
        Block::Title(text) => lines_height(l, text, Style::TITLE, 1),
        Block::Heading(text) => lines_height(l, text, Style::HEADING, 1) + HEADING_AFTER,
        Block::Paragraph(text) => lines_height(l, text, Style::BODY, 2),
        Block::Fields(pairs) => pairs.first().map_or(0.0, |p| field_row(l, p).height_of(2)),
        Block::Table { columns, rows } => {
            let widths = column_widths(columns);
            let first = rows
                .first()
                .map_or(0.0, |r| table_row(l, &widths, r, false).height_of(2));
            table_row(l, &widths, &headers(columns), true).height() + first
        }
        Block::Bullets(items) => items.first().map_or(0.0, |i| bullet_row(l, i).height_of(2)),
        Block::Signatures(signatures) => signatures_height(l, signatures),
        Block::Bars(_) => super::bars::HEIGHT,
        Block::Space(_) | Block::PageBreak => 0.0,
    };
    height.min(Layout::page_capacity() / 2.0)
}

/// Height of the first `max_lines` lines of `text` wrapped to the text width.
fn lines_height(l: &Layout, text: &str, style: Style, max_lines: usize) -> f32 {
    let n = l.canvas.wrap(text, style, TEXT_W).len().min(max_lines);
    n as f32 * style.line_mm()
}

fn heading(
    l: &mut Layout,
    text: &str,
    style: Style,
    before: f32,
    after: f32,
    next: Option<&Block>,
) {
    l.space(before);
    let lines = l.canvas.wrap(text, style, TEXT_W);
    let own = lines.len() as f32 * style.line_mm() + after;
    l.keep(own + next.map_or(0.0, |b| keep_height(l, b)));
    for line in &lines {
        let y = l.y;
        let (canvas, ops) = l.ops();
        canvas.text(ops, MARGIN_LEFT, y, style, line);
        l.y += style.line_mm();
    }
    l.space(after);
}

fn paragraph(l: &mut Layout, text: &str) {
    let style = Style::BODY;
    let line_h = style.line_mm();
    let lines = l.canvas.wrap(text, style, TEXT_W);
    let n = lines.len();
    for (i, line) in lines.iter().enumerate() {
        // No lone first line at a page bottom, no lone last line at a page top.
        let keep = if i == 0 || (n >= 3 && i == n - 2) {
            2
        } else {
            1
        };
        l.keep(keep.min(n - i) as f32 * line_h);
        let y = l.y;
        let (canvas, ops) = l.ops();
        canvas.text(ops, MARGIN_LEFT, y, style, line);
        l.y += line_h;
    }
    l.space(GAP);
}

fn field_row(l: &Layout, (label, value): &(String, String)) -> Row {
    let value = if value.trim().is_empty() {
        "-"
    } else {
        value.as_str()
    };
    let label_gap = 4.0;
    Row {
        left: MARGIN_LEFT,
        right: RIGHT_EDGE,
        cells: vec![
            Cell {
                x: MARGIN_LEFT,
                lines: l.canvas.wrap(label, Style::LABEL, LABEL_W - label_gap),
                style: Style::LABEL,
            },
            Cell {
                x: MARGIN_LEFT + LABEL_W,
                lines: l.canvas.wrap(value, Style::BODY, TEXT_W - LABEL_W),
                style: Style::BODY,
            },
        ],
        pad: 0.7,
        background: None,
        rule_below: None,
    }
}

fn bullet_row(l: &Layout, item: &str) -> Row {
    Row {
        left: MARGIN_LEFT,
        right: RIGHT_EDGE,
        cells: vec![
            Cell {
                x: MARGIN_LEFT + 1.5,
                lines: vec!["•".to_owned()],
                style: Style::BODY,
            },
            Cell {
                x: MARGIN_LEFT + BULLET_INDENT,
                lines: l.canvas.wrap(item, Style::BODY, TEXT_W - BULLET_INDENT),
                style: Style::BODY,
            },
        ],
        pad: 0.5,
        background: None,
        rule_below: None,
    }
}

/// Left edge and width of every column. Shares that do not add up to 100 are scaled to
/// the text width; all-zero shares give equal columns.
fn column_widths(columns: &[Column]) -> Vec<(f32, f32)> {
    let total: f32 = columns.iter().map(|c| f32::from(c.width_percent)).sum();
    let mut x = MARGIN_LEFT;
    columns
        .iter()
        .map(|c| {
            let share = if total > 0.0 {
                f32::from(c.width_percent) / total
            } else {
                1.0 / columns.len() as f32
            };
            let w = share * TEXT_W;
            let col = (x, w);
            x += w;
            col
        })
        .collect()
}

fn headers(columns: &[Column]) -> Vec<String> {
    columns.iter().map(|c| c.header.clone()).collect()
}

fn table_row(l: &Layout, widths: &[(f32, f32)], texts: &[String], header: bool) -> Row {
    let style = if header {
        Style::TABLE_HEAD
    } else {
        Style::TABLE
    };
    let cells = widths
        .iter()
        .enumerate()
        .map(|(i, &(x, w))| {
            // Missing cells print empty; extra cells are ignored.
            let text = texts.get(i).map_or("", String::as_str);
            Cell {
                x: x + CELL_PAD_X,
                lines: l.canvas.wrap(text, style, (w - 2.0 * CELL_PAD_X).max(1.0)),
                style,
            }
        })
        .collect();
    Row {
        left: MARGIN_LEFT,
        right: RIGHT_EDGE,
        cells,
        pad: if header { 1.5 } else { 1.2 },
        background: header.then_some(0.9),
        rule_below: Some(if header {
            Rule {
                thickness: 0.8,
                grey: 0.2,
            }
        } else {
            Rule {
                thickness: 0.3,
                grey: 0.6,
            }
        }),
    }
}

fn table(l: &mut Layout, columns: &[Column], data: &[Vec<String>]) {
    if columns.is_empty() {
        return;
    }
    let widths = column_widths(columns);
    let header = table_row(l, &widths, &headers(columns), true);
    let first = data
        .first()
        .map_or(0.0, |r| table_row(l, &widths, r, false).height_of(2));
    l.keep(header.height() + first);
    rows::draw(l, &header, None);
    for texts in data {
        rows::draw(l, &table_row(l, &widths, texts, false), Some(&header));
    }
    l.space(GAP);
}

/// The caption lines under one signature line: role, name (bold), date line.
fn signature_lines(l: &Layout, s: &Signature, width: f32) -> Vec<(Style, String)> {
    let mut out = Vec::new();
    for (text, style) in [
        (&s.role, Style::SMALL),
        (&s.name, Style::BODY_BOLD),
        (&s.date_line, Style::SMALL),
    ] {
        if !text.trim().is_empty() {
            out.extend(
                l.canvas
                    .wrap(text, style, width)
                    .into_iter()
                    .map(|line| (style, line)),
            );
        }
    }
    out
}

fn signature_width() -> f32 {
    (TEXT_W - SIGN_GAP) / 2.0
}

fn signature_row_height(l: &Layout, pair: &[Signature]) -> f32 {
    let captions = pair
        .iter()
        .map(|s| {
            signature_lines(l, s, signature_width())
                .iter()
                .map(|(st, _)| st.line_mm())
                .sum::<f32>()
        })
        .fold(0.0, f32::max);
    SIGN_SPACE + 1.5 + captions
}

fn signatures_height(l: &Layout, signatures: &[Signature]) -> f32 {
    let rows: Vec<f32> = signatures
        .chunks(2)
        .map(|pair| signature_row_height(l, pair))
        .collect();
    rows.iter().sum::<f32>() + GAP * rows.len().saturating_sub(1) as f32
}

fn signature_block(l: &mut Layout, signatures: &[Signature]) {
    if signatures.is_empty() {
        return;
    }
    l.space(2.0);
    l.keep(signatures_height(l, signatures));
    let width = signature_width();
    for (r, pair) in signatures.chunks(2).enumerate() {
        if r > 0 {
            l.space(GAP);
        }
        let row_h = signature_row_height(l, pair);
        l.keep(row_h);
        let top = l.y;
        for (i, s) in pair.iter().enumerate() {
            let x = MARGIN_LEFT + i as f32 * (width + SIGN_GAP);
            let captions = signature_lines(l, s, width);
            let (canvas, ops) = l.ops();
            let line_y = top + SIGN_SPACE;
            canvas.rule(ops, x, x + width, line_y, 0.6, 0.0);
            let mut y = line_y + 1.5;
            for (style, line) in &captions {
                canvas.text(ops, x, y, *style, line);
                y += style.line_mm();
            }
        }
        l.y = top + row_h;
    }
    l.space(GAP);
}

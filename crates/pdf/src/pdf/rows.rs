//! Rows of side-by-side wrapped cells: table rows, label/value pairs, bullet items.
//!
//! A row moves to the next page whole when it fits there; a row taller than a page is
//! split between lines. After every page break inside a table the header row is drawn
//! again.

use super::layout::{Area, Layout, Style};

/// One cell: wrapped lines set in one style, starting at `x`.
#[derive(Debug)]
pub(super) struct Cell {
    pub(super) x: f32,
    pub(super) lines: Vec<String>,
    pub(super) style: Style,
}

/// A thin horizontal line under a row.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rule {
    pub(super) thickness: f32,
    pub(super) grey: f32,
}

/// A row of cells spanning `left`..`right`.
#[derive(Debug)]
pub(super) struct Row {
    pub(super) left: f32,
    pub(super) right: f32,
    pub(super) cells: Vec<Cell>,
    /// Space above and below the text, in mm.
    pub(super) pad: f32,
    /// A fill behind the row (grey level), e.g. for a table header.
    pub(super) background: Option<f32>,
    pub(super) rule_below: Option<Rule>,
}

impl Row {
    fn line_h(&self) -> f32 {
        self.cells
            .iter()
            .map(|c| c.style.line_mm())
            .fold(0.0, f32::max)
    }

    fn n_lines(&self) -> usize {
        self.cells
            .iter()
            .map(|c| c.lines.len())
            .max()
            .unwrap_or(0)
            .max(1)
    }

    /// Height of the whole row.
    pub(super) fn height(&self) -> f32 {
        self.height_of(self.n_lines())
    }

    /// Height of the row's first `n` lines (at most all of them).
    pub(super) fn height_of(&self, n: usize) -> f32 {
        2.0 * self.pad + n.min(self.n_lines()) as f32 * self.line_h()
    }

    /// Draws lines `from..to` at the cursor and moves the cursor below them.
    fn draw_part(&self, l: &mut Layout, from: usize, to: usize) {
        let top = l.y;
        let line_h = self.line_h();
        let h = 2.0 * self.pad + (to - from) as f32 * line_h;
        let (canvas, ops) = l.ops();
        if let Some(level) = self.background {
            let area = Area {
                x: self.left,
                top,
                w: self.right - self.left,
                h,
            };
            canvas.fill_box(ops, area, level);
        }
        for cell in &self.cells {
            for (i, line) in cell.lines.iter().enumerate().take(to).skip(from) {
                let line_top = top + self.pad + (i - from) as f32 * line_h;
                canvas.text(ops, cell.x, line_top, cell.style, line);
            }
        }
        if let Some(rule) = self.rule_below {
            canvas.rule(
                ops,
                self.left,
                self.right,
                top + h,
                rule.thickness,
                rule.grey,
            );
        }
        l.y = top + h;
    }
}

/// Fewer lines than this are not worth starting a split row with at a page bottom.
const MIN_SPLIT_LINES: usize = 2;

/// Draws `row` at the cursor, breaking the page first if the row does not fit here but
/// would on a new page (with `header` repeated at its top), and splitting it over pages
/// when it is taller than a page.
pub(super) fn draw(l: &mut Layout, row: &Row, header: Option<&Row>) {
    let n = row.n_lines();
    if !l.fits(row.height()) && !l.is_fresh() {
        let room_on_new_page = Layout::page_capacity() - header.map_or(0.0, Row::height);
        if row.height() <= room_on_new_page || !l.fits(row.height_of(MIN_SPLIT_LINES)) {
            break_page(l, header);
        }
    }
    let line_h = row.line_h();
    let mut from = 0;
    loop {
        let left = n - from;
        let room = ((l.remaining() - 2.0 * row.pad) / line_h + 1e-3).floor();
        // At least one line per page, so a degenerate page still makes progress.
        let take = if room >= left as f32 {
            left
        } else {
            (room.max(1.0) as usize).min(left)
        };
        row.draw_part(l, from, from + take);
        from += take;
        if from >= n {
            break;
        }
        break_page(l, header);
    }
}

fn break_page(l: &mut Layout, header: Option<&Row>) {
    l.new_page();
    if let Some(header) = header {
        header.draw_part(l, 0, header.n_lines());
    }
}

//! A statement as a list of blocks, before layout: what the municipality says, in which
//! order, with which labels. Content builders (one module per statement type) make a
//! [`Document`]; [`super::pdf::render`] lays it out on A4 pages. Keeping the two apart lets
//! tests check content without parsing PDFs, and keeps every printpdf detail in one place.

use chrono::{DateTime, Utc};

/// PDF metadata (the document information dictionary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// Title, e.g. "Verklaring 56+ (doelgroepverklaring LKV oudere werknemer)".
    pub title: String,
    /// Author: the municipality.
    pub author: String,
    /// Subject: what the document is about (no personal data).
    pub subject: String,
    /// Keywords (no personal data).
    pub keywords: Vec<String>,
    /// Creation date; from the caller's clock, so a fixed clock gives the same bytes.
    pub created: DateTime<Utc>,
    /// BCP 47 language of the text, e.g. "nl-NL".
    pub language: String,
}

/// The municipality's letterhead, printed at the top of the first page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letterhead {
    /// "Gemeente Arnhem".
    pub municipality: String,
    /// Address lines, e.g. ["Koningstraat 38", "6811 DG Arnhem"].
    pub address_lines: Vec<String>,
    /// A PNG logo, drawn top left at most 25 mm high, when present.
    pub logo_png: Option<Vec<u8>>,
}

/// Text in every page's footer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footer {
    /// Left: usually "Kenmerk: 56P-…" or the document title.
    pub left: String,
    /// Page label template with `{page}` and `{pages}`, e.g. "Pagina {page} van {pages}".
    pub page_label: String,
}

/// A column of a [`Block::Table`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Header text (bold).
    pub header: String,
    /// Share of the text width, in percent; the shares of a table add up to 100.
    pub width_percent: u8,
}

/// A signature box: a line to sign on, with who signs under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// Who signs, e.g. "Namens het college van burgemeester en wethouders".
    pub role: String,
    /// The signatory's name; empty for a blank line to fill in by hand.
    pub name: String,
    /// A line under the name, e.g. "Datum: 05-03-2025" or "Datum: ____________".
    pub date_line: String,
}

/// One bar of a [`Block::Bars`] chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// Under the bar, e.g. "jan 2026".
    pub label: String,
    /// The bar's height in units; `None`: hidden (an "x").
    pub value: Option<u64>,
    /// Above the bar: the value as the reader sees it, e.g. "12" or "x".
    pub text: String,
}

/// One piece of content, laid out top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document title (large, bold), once near the top.
    Title(String),
    /// A section heading (bold), kept on one page with at least the first line after it.
    Heading(String),
    /// Running text, wrapped to the text width.
    Paragraph(String),
    /// Label/value pairs in two columns (labels about a third of the width); a value may
    /// wrap over several lines; an empty value prints as "-".
    Fields(Vec<(String, String)>),
    /// A table with a bold header row repeated after a page break; cells wrap.
    Table {
        /// The columns.
        columns: Vec<Column>,
        /// The rows, one string per column.
        rows: Vec<Vec<String>>,
    },
    /// A bulleted list, each item wrapped with a hanging indent.
    Bullets(Vec<String>),
    /// Signature boxes side by side (at most two per row), kept together on one page.
    Signatures(Vec<Signature>),
    /// A bar chart: one bar per label, its value above it; `None` is a hidden value,
    /// drawn as an "x" without a bar. Kept on one page.
    Bars(Vec<Bar>),
    /// Vertical space, in millimetres.
    Space(f32),
    /// Start a new page.
    PageBreak,
}

/// A statement ready for layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Metadata.
    pub meta: Meta,
    /// Letterhead on the first page.
    pub letterhead: Letterhead,
    /// Footer on every page.
    pub footer: Footer,
    /// When set, a copy mark printed prominently on every page (e.g. "AFSCHRIFT"): a
    /// reprint of an earlier statement.
    pub copy_mark: Option<String>,
    /// The content.
    pub blocks: Vec<Block>,
}

impl Document {
    /// Every piece of text in reading order, one string per line-ish unit: for tests and
    /// for a text rendering (the same words the PDF must contain).
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![self.letterhead.municipality.as_str()];
        out.extend(self.letterhead.address_lines.iter().map(String::as_str));
        for block in &self.blocks {
            match block {
                Block::Title(t) | Block::Heading(t) | Block::Paragraph(t) => out.push(t),
                Block::Fields(pairs) => {
                    for (label, value) in pairs {
                        out.push(label);
                        out.push(value);
                    }
                }
                Block::Table { columns, rows } => {
                    out.extend(columns.iter().map(|c| c.header.as_str()));
                    out.extend(rows.iter().flatten().map(String::as_str));
                }
                Block::Bullets(items) => out.extend(items.iter().map(String::as_str)),
                Block::Signatures(sigs) => {
                    for s in sigs {
                        out.extend([s.role.as_str(), s.name.as_str(), s.date_line.as_str()]);
                    }
                }
                Block::Bars(bars) => {
                    for b in bars {
                        out.extend([b.label.as_str(), b.text.as_str()]);
                    }
                }
                Block::Space(_) | Block::PageBreak => {}
            }
        }
        out.push(&self.footer.left);
        if let Some(mark) = &self.copy_mark {
            out.push(mark);
        }
        out
    }
}

//! Lays out a [`Document`] on A4 pages and writes it as a PDF with embedded, subset DejaVu
//! Sans: the one place that knows printpdf. [`render`] is the whole public API.
//!
//! The modules, top down:
//! - [`fonts`]: the embedded typefaces, parsed once per process, and glyph-width measurement;
//! - [`layout`]: page geometry, the drawing primitives, and the cursor that moves down the
//!   page and breaks to a new one;
//! - [`wrap`]: line breaking by measured glyph widths;
//! - [`blocks`]: one function per [`Block`](super::doc::Block) kind, with the keep-together
//!   rules (a heading never ends a page, signatures stay on one page);
//! - [`bars`]: a simple bar chart (bars per month), kept on one page;
//! - [`rows`]: rows of wrapped cells (tables, field lists, bullets), moved to the next page
//!   or split there, with the table header repeated;
//! - [`chrome`]: what every page carries besides the content: the letterhead (page 1), the
//!   footer with "Pagina 1 van 3", the copy mark;
//! - [`finish`]: metadata, stable ids and the `/Lang` entry, so the same document gives the
//!   same bytes.

mod bars;
mod blocks;
mod chrome;
mod finish;
mod fonts;
mod layout;
mod rows;
#[cfg(test)]
mod tests;
mod wrap;

use printpdf::{PdfDocument, PdfPage};

use super::doc::Document;
use layout::{Canvas, Layout, PAGE_H_MM, PAGE_W_MM};

/// Why a statement could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The letterhead's logo is not a PNG image printpdf can decode.
    #[error("the letterhead logo is not a usable PNG image: {0}")]
    Logo(String),
    /// An embedded font could not be parsed (a broken build, not bad input).
    #[error("embedded font {0} could not be parsed")]
    Font(&'static str),
    /// printpdf or its PDF writer failed while writing the file.
    #[error("writing the PDF failed: {0}")]
    Write(String),
}

/// Renders `doc` as an A4 PDF: letterhead on page 1, the blocks top to bottom with page
/// breaks where needed, a footer with page numbers on every page, and the copy mark (if
/// any) on every page. The same `doc` gives the same bytes, also within one process.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts::get()?;
    let fingerprint = finish::fingerprint(doc);
    let mut pdf = PdfDocument::new(&doc.meta.title);
    let font_ids = fonts::register(&mut pdf, fonts, &fingerprint);
    let logo = chrome::register_logo(&mut pdf, &doc.letterhead)?;

    let mut layout = Layout::new(Canvas::new(fonts, font_ids));
    chrome::letterhead(&mut layout, &doc.letterhead, logo.as_ref());
    for (i, block) in doc.blocks.iter().enumerate() {
        blocks::render(
            &mut layout,
            block,
            doc.blocks.get(i + 1..).unwrap_or_default(),
        );
    }
    let (canvas, mut pages) = layout.finish();

    let total = pages.len();
    for (i, ops) in pages.iter_mut().enumerate() {
        chrome::footer(&canvas, ops, &doc.footer, i + 1, total);
        if let Some(mark) = &doc.copy_mark {
            chrome::copy_mark(&canvas, ops, mark);
        }
    }
    pdf.pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(printpdf::Mm(PAGE_W_MM), printpdf::Mm(PAGE_H_MM), ops))
        .collect();
    finish::write(pdf, &doc.meta, &fingerprint)
}

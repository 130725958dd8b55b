//! Printable documents, without IO or storage: [`doc::Document`] is a document as a list
//! of blocks (title, fields, tables, signatures, …) and [`pdf::render`] lays it out as an
//! A4 PDF with embedded DejaVu fonts, the same bytes for the same document.
//!
//! Its own crate so that both the desktop engine (the statements, in `werkpad-core`) and
//! the server (the FG's access report) can print without the server pulling in the
//! desktop's encrypted SQLite store.

pub mod doc;
pub mod pdf;

//! Writing the file: the document information (title, author, dates, …), the catalog's
//! `/Lang`, and stable identifiers.
//!
//! printpdf draws resource names and the trailer's `/ID` from a process-wide counter, so
//! a second render of the same document in one process would differ in those bytes. The
//! renderer names its fonts and logo itself (see [`super::fonts::register`]); here the
//! `/ID` is replaced by one derived from the document's [`fingerprint`]. printpdf 0.12 has
//! no setting for `/Lang` either, so both are set on the lopdf document printpdf builds,
//! before it is compressed and written exactly as printpdf's own `save` would.

use printpdf::{
    ImageCompression, ImageOptimizationOptions, OffsetDateTime, PdfDocument, PdfSaveOptions,
};
use sha2::{Digest, Sha256};

use super::PdfError;
use crate::doc::{Block, Document, Meta};

/// Written as the PDF's Producer.
const PRODUCER: &str = concat!("Werkpad ", env!("CARGO_PKG_VERSION"), " (printpdf 0.12)");

/// SHA-256 over everything that ends up in the PDF, in a fixed encoding: the same document
/// gives the same fingerprint, in any process.
pub(super) fn fingerprint(doc: &Document) -> [u8; 32] {
    let mut h = Fingerprint(Sha256::new());
    let Meta {
        title,
        author,
        subject,
        keywords,
        created,
        language,
    } = &doc.meta;
    h.str("meta");
    for s in [title, author, subject, language] {
        h.str(s);
    }
    h.list(keywords);
    h.num(created.timestamp());
    h.num(i64::from(created.timestamp_subsec_nanos()));
    h.str("letterhead");
    h.str(&doc.letterhead.municipality);
    h.list(&doc.letterhead.address_lines);
    h.bytes(doc.letterhead.logo_png.as_deref().unwrap_or_default());
    h.str("footer");
    h.str(&doc.footer.left);
    h.str(&doc.footer.page_label);
    h.str(doc.copy_mark.as_deref().unwrap_or("\u{0}none"));
    for block in &doc.blocks {
        h.block(block);
    }
    h.0.finalize().into()
}

struct Fingerprint(Sha256);

impl Fingerprint {
    fn bytes(&mut self, b: &[u8]) {
        self.0.update((b.len() as u64).to_le_bytes());
        self.0.update(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn num(&mut self, n: i64) {
        self.0.update(n.to_le_bytes());
    }

    fn list(&mut self, items: &[String]) {
        self.num(items.len() as i64);
        for item in items {
            self.str(item);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Title(t) => self.tagged("title", t),
            Block::Heading(t) => self.tagged("heading", t),
            Block::Paragraph(t) => self.tagged("paragraph", t),
            Block::Fields(pairs) => {
                self.str("fields");
                self.num(pairs.len() as i64);
                for (label, value) in pairs {
                    self.str(label);
                    self.str(value);
                }
            }
            Block::Table { columns, rows } => {
                self.str("table");
                self.num(columns.len() as i64);
                for c in columns {
                    self.str(&c.header);
                    self.num(i64::from(c.width_percent));
                }
                self.num(rows.len() as i64);
                for row in rows {
                    self.list(row);
                }
            }
            Block::Bullets(items) => {
                self.str("bullets");
                self.list(items);
            }
            Block::Signatures(signatures) => {
                self.str("signatures");
                self.num(signatures.len() as i64);
                for s in signatures {
                    self.str(&s.role);
                    self.str(&s.name);
                    self.str(&s.date_line);
                }
            }
            Block::Space(mm) => {
                self.str("space");
                self.num(i64::from(mm.to_bits()));
            }
            Block::Bars(bars) => {
                self.str("bars");
                self.num(bars.len() as i64);
                for b in bars {
                    self.str(&b.label);
                    self.num(b.value.map_or(-1, |v| i64::try_from(v).unwrap_or(i64::MAX)));
                    self.str(&b.text);
                }
            }
            Block::PageBreak => self.str("pagebreak"),
        }
    }

    fn tagged(&mut self, tag: &str, text: &str) {
        self.str(tag);
        self.str(text);
    }
}

/// A BCP 47 tag as far as `/Lang` needs: letters, digits and hyphens.
fn language_tag(language: &str) -> Option<&str> {
    let tag = language.trim();
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(tag)
}

/// Fills in the metadata and writes `pdf` to bytes.
pub(super) fn write(
    mut pdf: PdfDocument,
    meta: &Meta,
    fingerprint: &[u8; 32],
) -> Result<Vec<u8>, PdfError> {
    let created = OffsetDateTime::from_unix_timestamp(meta.created.timestamp())
        .map_err(|e| PdfError::Write(format!("creation date: {e}")))?;
    let info = &mut pdf.metadata.info;
    info.document_title = meta.title.clone();
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.keywords = meta.keywords.clone();
    info.creator = "Werkpad".to_owned();
    info.producer = PRODUCER.to_owned();
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    // The default conformance is printpdf's "custom" profile: no PDF/A or PDF/X claim,
    // no XMP packet (whose instance id would be random).

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        // Lossless Flate for the logo; without it printpdf stores raw pixels (a 240 px
        // logo made every one-page statement about 200 KB).
        image_optimization: Some(ImageOptimizationOptions {
            format: Some(ImageCompression::Flate),
            ..ImageOptimizationOptions::default()
        }),
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    let err = |what: &str, e: &dyn std::fmt::Display| PdfError::Write(format!("{what}: {e}"));

    // /ID: two 32-character strings; the first half of the fingerprint, as hex, for both
    // (a new file's permanent and changing identifiers are the same).
    let id = hex::encode(&fingerprint[..16]).into_bytes();
    let id_array = lo
        .trailer
        .get_mut(b"ID")
        .and_then(|o| o.as_array_mut())
        .map_err(|e| err("trailer /ID", &e))?;
    for part in id_array.iter_mut() {
        *part.as_str_mut().map_err(|e| err("trailer /ID", &e))? = id.clone();
    }
    // /Lang in the catalog: a literal string, made by copying one of the /ID strings
    // (printpdf does not re-export lopdf's types, and the core crate does not depend on it).
    if let Some(tag) = language_tag(&meta.language) {
        let mut lang = id_array
            .first()
            .cloned()
            .ok_or_else(|| PdfError::Write("trailer /ID is empty".to_owned()))?;
        *lang.as_str_mut().map_err(|e| err("/Lang", &e))? = tag.as_bytes().to_vec();
        lo.catalog_mut()
            .map_err(|e| err("catalog", &e))?
            .set("Lang", lang);
    }
    // Info keys printpdf always writes that would say nothing here (empty strings).
    let info_id = lo
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .map_err(|e| err("/Info", &e))?;
    let info = lo
        .get_dictionary_mut(info_id)
        .map_err(|e| err("/Info", &e))?;
    for key in [&b"GTS_PDFXVersion"[..], b"Identifier"] {
        if info
            .get(key)
            .and_then(|o| o.as_str())
            .is_ok_and(<[u8]>::is_empty)
        {
            info.remove(key);
        }
    }

    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| err("writing", &e))?;
    Ok(bytes)
}

//! The embedded typefaces: DejaVu Sans regular and bold, compiled into the binary so a
//! statement looks the same on every machine (licence: assets/fonts/LICENSE-DejaVu.txt).
//! They are parsed once per process; [`Face::width_mm`] measures text with the fonts' own
//! advance widths, which is what the layout wraps by.

use std::sync::LazyLock;

use printpdf::{FontId, ParsedFont, PdfDocument, PdfFont};

use super::PdfError;

static REGULAR_TTF: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/DejaVuSans.ttf"
));
static BOLD_TTF: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/DejaVuSans-Bold.ttf"
));

/// Millimetres per PostScript point.
pub(super) const MM_PER_PT: f32 = 25.4 / 72.0;

/// Characters below this code point get their advance from a table filled at load time
/// (Latin, Latin-1 and Latin Extended-A/B: nearly all Dutch, Turkish and Polish names).
const TABLE_LEN: usize = 0x250;

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Weight {
    Regular,
    Bold,
}

/// One parsed face with its metrics in em.
#[derive(Debug)]
pub(super) struct Face {
    font: ParsedFont,
    units_per_em: f32,
    /// Advance widths (font units) of the characters below [`TABLE_LEN`].
    table: Vec<u16>,
}

impl Face {
    fn parse(name: &'static str, bytes: &[u8]) -> Result<Self, &'static str> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(name)?;
        let units_per_em = f32::from(font.font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return Err(name);
        }
        let mut face = Self {
            font,
            units_per_em,
            table: Vec::new(),
        };
        face.table = (0..TABLE_LEN as u32)
            .map(|cp| face.advance_units(char::from_u32(cp).unwrap_or(' ')))
            .collect();
        Ok(face)
    }

    fn advance_units(&self, c: char) -> u16 {
        // A character the font lacks prints as .notdef (glyph 0); measure it as such.
        let gid = self.font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
        self.font.get_horizontal_advance(gid)
    }

    /// Width of `text` set at `size_pt`, in millimetres.
    pub(super) fn width_mm(&self, text: &str, size_pt: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let i = c as usize;
                let w = if i < TABLE_LEN {
                    self.table[i]
                } else {
                    self.advance_units(c)
                };
                u32::from(w)
            })
            .sum();
        units as f32 / self.units_per_em * size_pt * MM_PER_PT
    }
}

/// Both faces.
#[derive(Debug)]
pub(super) struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    pub(super) fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// The PDF resource ids of the two faces in one document.
#[derive(Debug, Clone)]
pub(super) struct FontIds {
    pub(super) regular: FontId,
    pub(super) bold: FontId,
}

impl FontIds {
    pub(super) fn get(&self, weight: Weight) -> &FontId {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// Parsed on first use; the error names the font that failed.
static FONTS: LazyLock<Result<Fonts, &'static str>> = LazyLock::new(|| {
    Ok(Fonts {
        regular: Face::parse("DejaVuSans.ttf", REGULAR_TTF)?,
        bold: Face::parse("DejaVuSans-Bold.ttf", BOLD_TTF)?,
    })
});

/// The parsed faces.
pub(super) fn get() -> Result<&'static Fonts, PdfError> {
    FONTS.as_ref().map_err(|name| PdfError::Font(name))
}

/// Adds both faces to `pdf` under ids derived from the document's fingerprint.
///
/// printpdf's `add_font` names fonts from a process-wide counter, and the first six
/// characters of the name become the subset tag (`ABCDEF+DejaVuSans`): the same document
/// would get different bytes on a second render. Six capital letters from the fingerprint
/// keep the bytes stable and still give different documents (different subsets) different
/// tags, as ISO 32000-1 9.6.4 asks.
pub(super) fn register(pdf: &mut PdfDocument, fonts: &Fonts, fingerprint: &[u8; 32]) -> FontIds {
    let tag = |salt: usize| -> String {
        (0..6)
            .map(|i| char::from(b'A' + fingerprint[salt * 6 + i] % 26))
            .collect()
    };
    let regular = tag(0);
    let mut bold = tag(1);
    if bold == regular {
        // Two subsets in one file must not share a tag (a 1 in 26^6 chance).
        bold.pop();
        bold.push(if regular.ends_with('Z') { 'A' } else { 'Z' });
    }
    let ids = FontIds {
        regular: FontId(format!("{regular}R")),
        bold: FontId(format!("{bold}B")),
    };
    for (id, face) in [(&ids.regular, &fonts.regular), (&ids.bold, &fonts.bold)] {
        pdf.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(face.font.clone()));
    }
    ids
}

//! The page furniture: the letterhead on page 1 (logo, municipality, address, a rule),
//! the footer on every page (reference left, "Pagina 1 van 3" right), and the copy mark
//! ("AFSCHRIFT") as a boxed stamp in the top margin of every page.

use printpdf::{Op, PdfDocument, Pt, RawImage, XObject, XObjectId, XObjectTransform};

use super::PdfError;
use super::fonts::{MM_PER_PT, Weight};
use super::layout::{
    Area, BODY_BOTTOM, Canvas, Layout, MARGIN_LEFT, MARGIN_TOP, PAGE_H_MM, RIGHT_EDGE, Style,
    TEXT_W,
};
use crate::doc::{Footer, Letterhead};

/// The logo fits in this box, keeping its aspect ratio.
const LOGO_MAX_H: f32 = 25.0;
const LOGO_MAX_W: f32 = 60.0;
/// The municipality's name.
const NAME_STYLE: Style = Style {
    weight: Weight::Bold,
    size: 14.0,
    grey: 0.0,
};
/// The copy mark: large, bold, dark grey, in a box.
const MARK_STYLE: Style = Style {
    weight: Weight::Bold,
    size: 16.0,
    grey: 0.3,
};

/// A logo added to the document's resources, with its size on the page in mm.
#[derive(Debug)]
pub(super) struct Logo {
    id: XObjectId,
    width_px: usize,
    width_mm: f32,
    height_mm: f32,
}

/// Decodes the letterhead's PNG logo, if any, and adds it to `pdf` (under a fixed id, so
/// the output does not depend on printpdf's id counter).
pub(super) fn register_logo(
    pdf: &mut PdfDocument,
    letterhead: &Letterhead,
) -> Result<Option<Logo>, PdfError> {
    let Some(png) = &letterhead.logo_png else {
        return Ok(None);
    };
    if !png.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(PdfError::Logo("not a PNG file".to_owned()));
    }
    let image = RawImage::decode_from_bytes(png, &mut Vec::new()).map_err(PdfError::Logo)?;
    if image.width == 0 || image.height == 0 {
        return Err(PdfError::Logo("the image is empty".to_owned()));
    }
    let ratio = image.width as f32 / image.height as f32;
    let (mut width_mm, mut height_mm) = (LOGO_MAX_H * ratio, LOGO_MAX_H);
    if width_mm > LOGO_MAX_W {
        (width_mm, height_mm) = (LOGO_MAX_W, LOGO_MAX_W / ratio);
    }
    let id = XObjectId("Logo".to_owned());
    let width_px = image.width;
    pdf.resources
        .xobjects
        .map
        .insert(id.clone(), XObject::Image(image));
    Ok(Some(Logo {
        id,
        width_px,
        width_mm,
        height_mm,
    }))
}

/// Draws the letterhead at the top of page 1 and puts the cursor below it.
pub(super) fn letterhead(l: &mut Layout, letterhead: &Letterhead, logo: Option<&Logo>) {
    let top = MARGIN_TOP;
    let (logo_w, logo_h) = logo.map_or((0.0, 0.0), |g| (g.width_mm, g.height_mm));
    let text_x = if logo.is_some() {
        MARGIN_LEFT + logo_w + 6.0
    } else {
        MARGIN_LEFT
    };
    let text_w = RIGHT_EDGE - text_x;

    let mut lines: Vec<(Style, String)> = Vec::new();
    for line in l.canvas.wrap(&letterhead.municipality, NAME_STYLE, text_w) {
        lines.push((NAME_STYLE, line));
    }
    let address = Style {
        grey: 0.2,
        ..Style::SMALL
    };
    for address_line in &letterhead.address_lines {
        for line in l.canvas.wrap(address_line, address, text_w) {
            lines.push((address, line));
        }
    }
    let text_h: f32 = lines.iter().map(|(s, _)| s.line_mm()).sum();
    let block_h = text_h.max(logo_h);

    let (canvas, ops) = l.ops();
    if let Some(logo) = logo {
        ops.push(Op::UseXobject {
            id: logo.id.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(MARGIN_LEFT / MM_PER_PT)),
                translate_y: Some(Pt((PAGE_H_MM - top - logo_h) / MM_PER_PT)),
                // The dpi at which the image is exactly `width_mm` wide.
                dpi: Some(logo.width_px as f32 * 25.4 / logo.width_mm),
                ..Default::default()
            },
        });
    }
    // Text centred on the logo's height, or at the top when there is no logo.
    let mut y = top + (block_h - text_h) / 2.0;
    for (style, line) in &lines {
        canvas.text(ops, text_x, y, *style, line);
        y += style.line_mm();
    }
    let rule_y = top + block_h + 4.0;
    canvas.rule(ops, MARGIN_LEFT, RIGHT_EDGE, rule_y, 0.5, 0.4);
    l.y = rule_y + 8.0;
}

/// Draws the footer of page `page` of `pages`.
pub(super) fn footer(
    canvas: &Canvas,
    ops: &mut Vec<Op>,
    footer: &Footer,
    page: usize,
    pages: usize,
) {
    let style = Style::FOOTER;
    let rule_y = BODY_BOTTOM + 7.0;
    canvas.rule(ops, MARGIN_LEFT, RIGHT_EDGE, rule_y, 0.4, 0.5);
    let top = rule_y + 1.5;
    let label = footer
        .page_label
        .replace("{page}", &page.to_string())
        .replace("{pages}", &pages.to_string());
    canvas.text_right(ops, RIGHT_EDGE, top, style, &label);
    let room = TEXT_W - canvas.width(&label, style) - 8.0;
    canvas.text(
        ops,
        MARGIN_LEFT,
        top,
        style,
        &ellipsize(canvas, &footer.left, style, room),
    );
}

/// `text` on one line, cut with "…" if it is wider than `width`.
fn ellipsize(canvas: &Canvas, text: &str, style: Style, width: f32) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if canvas.width(&one_line, style) <= width {
        return one_line;
    }
    let mut out = String::new();
    for c in one_line.chars() {
        out.push(c);
        if canvas.width(&out, style) + canvas.width("…", style) > width {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

/// Draws the copy mark as a stamp in the top margin, right-aligned.
pub(super) fn copy_mark(canvas: &Canvas, ops: &mut Vec<Op>, mark: &str) {
    let mark = mark.trim();
    if mark.is_empty() {
        return;
    }
    let (pad_x, pad_y) = (3.0, 0.6);
    let w = (canvas.width(mark, MARK_STYLE) + 2.0 * pad_x).min(TEXT_W);
    let h = MARK_STYLE.line_mm() + 2.0 * pad_y;
    let top = (MARGIN_TOP - h) / 2.0;
    let area = Area {
        x: RIGHT_EDGE - w,
        top,
        w,
        h,
    };
    canvas.stroke_box(ops, area, 1.2, MARK_STYLE.grey);
    canvas.text(ops, RIGHT_EDGE - w + pad_x, top + pad_y, MARK_STYLE, mark);
}

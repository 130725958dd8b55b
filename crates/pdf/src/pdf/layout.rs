//! Page geometry, the drawing primitives, text wrapping and the cursor.
//!
//! Everything here works in millimetres measured from the top-left corner of an A4 page;
//! [`Canvas`] converts to PDF points from the bottom left when it emits printpdf ops.
//! [`Layout`] is the cursor that moves down the body of the page and starts a new page
//! when the next piece does not fit.

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect,
    TextItem,
};

use super::fonts::{FontIds, Fonts, MM_PER_PT, Weight};

/// A4 width.
pub(super) const PAGE_W_MM: f32 = 210.0;
/// A4 height.
pub(super) const PAGE_H_MM: f32 = 297.0;
/// Left margin (a little wider than the right one, for binders and punched holes).
pub(super) const MARGIN_LEFT: f32 = 25.0;
/// Right margin.
pub(super) const MARGIN_RIGHT: f32 = 20.0;
/// Where the body starts on every page (the copy mark sits above it).
pub(super) const MARGIN_TOP: f32 = 22.0;
/// Where the body ends; the footer sits below.
pub(super) const BODY_BOTTOM: f32 = PAGE_H_MM - 25.0;
/// Width of the text column.
pub(super) const TEXT_W: f32 = PAGE_W_MM - MARGIN_LEFT - MARGIN_RIGHT;
/// Right edge of the text column.
pub(super) const RIGHT_EDGE: f32 = PAGE_W_MM - MARGIN_RIGHT;

/// Tolerance for float comparisons of lengths, in mm.
pub(super) const EPS: f32 = 0.01;

/// DejaVu Sans's ascender and descender (hhea), in em: where the baseline sits in a line.
const ASCENT_EM: f32 = 0.928;
const DESCENT_EM: f32 = 0.236;

/// How a piece of text is set: weight, size in points, grey level (0 = black).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Style {
    pub(super) weight: Weight,
    pub(super) size: f32,
    pub(super) grey: f32,
}

impl Style {
    /// Running text.
    pub(super) const BODY: Self = Self::new(Weight::Regular, 10.0);
    /// Body text in bold.
    pub(super) const BODY_BOLD: Self = Self::new(Weight::Bold, 10.0);
    /// The document title.
    pub(super) const TITLE: Self = Self::new(Weight::Bold, 16.0);
    /// Section headings.
    pub(super) const HEADING: Self = Self::new(Weight::Bold, 12.0);
    /// Table cells.
    pub(super) const TABLE: Self = Self::new(Weight::Regular, 9.0);
    /// Table header cells.
    pub(super) const TABLE_HEAD: Self = Self::new(Weight::Bold, 9.0);
    /// Small print: address lines, signature captions.
    pub(super) const SMALL: Self = Self::new(Weight::Regular, 9.0);
    /// Labels in a field list: body size, dark grey (still far above 7:1 contrast).
    pub(super) const LABEL: Self = Self {
        weight: Weight::Regular,
        size: 10.0,
        grey: 0.25,
    };
    /// The footer.
    pub(super) const FOOTER: Self = Self {
        weight: Weight::Regular,
        size: 8.0,
        grey: 0.2,
    };

    const fn new(weight: Weight, size: f32) -> Self {
        Self {
            weight,
            size,
            grey: 0.0,
        }
    }

    /// Height of one line, in mm (1.35 × the font size).
    pub(super) fn line_mm(&self) -> f32 {
        self.size * 1.35 * MM_PER_PT
    }

    /// Distance from the top of a line box to the baseline, in mm.
    fn baseline_mm(&self) -> f32 {
        let size = self.size * MM_PER_PT;
        (self.line_mm() - (ASCENT_EM + DESCENT_EM) * size) / 2.0 + ASCENT_EM * size
    }
}

fn mm(v: f32) -> Pt {
    Pt(v / MM_PER_PT)
}

fn point(x: f32, y_from_top: f32) -> Point {
    Point {
        x: mm(x),
        y: mm(PAGE_H_MM - y_from_top),
    }
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

/// Draws onto a page's op list: text, rules, boxes; and measures and wraps text.
#[derive(Debug)]
pub(super) struct Canvas {
    fonts: &'static Fonts,
    ids: FontIds,
}

impl Canvas {
    pub(super) fn new(fonts: &'static Fonts, ids: FontIds) -> Self {
        Self { fonts, ids }
    }

    fn font(&self, weight: Weight) -> &FontId {
        self.ids.get(weight)
    }

    /// Width of `text` in `style`, in mm.
    pub(super) fn width(&self, text: &str, style: Style) -> f32 {
        self.fonts.face(style.weight).width_mm(text, style.size)
    }

    /// One line of text whose line box starts at `top`, left edge at `x`.
    pub(super) fn text(&self, ops: &mut Vec<Op>, x: f32, top: f32, style: Style, text: &str) {
        self.text_at_baseline(ops, x, top + style.baseline_mm(), style, text);
    }

    /// One line of text, right-aligned to `right`.
    pub(super) fn text_right(
        &self,
        ops: &mut Vec<Op>,
        right: f32,
        top: f32,
        style: Style,
        text: &str,
    ) {
        let x = right - self.width(text, style);
        self.text(ops, x, top, style, text);
    }

    /// One line of text with its baseline at `baseline` (mm from the top).
    pub(super) fn text_at_baseline(
        &self,
        ops: &mut Vec<Op>,
        x: f32,
        baseline: f32,
        style: Style,
        text: &str,
    ) {
        if text.is_empty() {
            return;
        }
        ops.extend([
            Op::SetFillColor {
                col: grey(style.grey),
            },
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(self.font(style.weight).clone()),
                size: Pt(style.size),
            },
            Op::SetTextCursor {
                pos: point(x, baseline),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    /// A horizontal rule from `x1` to `x2` at height `y`, `thickness` in points.
    pub(super) fn rule(
        &self,
        ops: &mut Vec<Op>,
        x1: f32,
        x2: f32,
        y: f32,
        thickness: f32,
        level: f32,
    ) {
        ops.extend([
            Op::SetOutlineColor { col: grey(level) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: point(x1, y),
                            bezier: false,
                        },
                        LinePoint {
                            p: point(x2, y),
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            },
        ]);
    }

    /// A filled box.
    pub(super) fn fill_box(&self, ops: &mut Vec<Op>, area: Area, level: f32) {
        ops.extend([
            Op::SetFillColor { col: grey(level) },
            Op::DrawRectangle {
                rectangle: area.rect(PaintMode::Fill),
            },
        ]);
    }

    /// The outline of a box, `thickness` in points.
    pub(super) fn stroke_box(&self, ops: &mut Vec<Op>, area: Area, thickness: f32, level: f32) {
        ops.extend([
            Op::SetOutlineColor { col: grey(level) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawRectangle {
                rectangle: area.rect(PaintMode::Stroke),
            },
        ]);
    }
}

/// A box on the page: top-left corner, width and height, in mm.
#[derive(Debug, Clone, Copy)]
pub(super) struct Area {
    pub(super) x: f32,
    pub(super) top: f32,
    pub(super) w: f32,
    pub(super) h: f32,
}

impl Area {
    fn rect(self, mode: PaintMode) -> Rect {
        Rect {
            x: mm(self.x),
            y: mm(PAGE_H_MM - self.top - self.h),
            width: mm(self.w),
            height: mm(self.h),
            mode: Some(mode),
            winding_order: None,
        }
    }
}

/// The cursor: the pages so far, the current page's ops, and how far down it is.
#[derive(Debug)]
pub(super) struct Layout {
    pub(super) canvas: Canvas,
    done: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// Top of the next piece of content, in mm from the top of the page.
    pub(super) y: f32,
    /// Nothing has been drawn in the body of this page yet.
    fresh: bool,
}

impl Layout {
    /// Starts page 1 with the cursor at the top margin.
    pub(super) fn new(canvas: Canvas) -> Self {
        Self {
            canvas,
            done: Vec::new(),
            ops: Vec::new(),
            y: MARGIN_TOP,
            fresh: true,
        }
    }

    /// The current page's op list, to draw on.
    pub(super) fn ops(&mut self) -> (&Canvas, &mut Vec<Op>) {
        self.fresh = false;
        (&self.canvas, &mut self.ops)
    }

    /// Whether nothing has been drawn on this page's body yet.
    pub(super) fn is_fresh(&self) -> bool {
        self.fresh
    }

    /// Space left above the footer.
    pub(super) fn remaining(&self) -> f32 {
        BODY_BOTTOM - self.y
    }

    /// Height of an empty page's body: the most anything can ever get on one page.
    pub(super) fn page_capacity() -> f32 {
        BODY_BOTTOM - MARGIN_TOP
    }

    /// Whether `height` fits below the cursor.
    pub(super) fn fits(&self, height: f32) -> bool {
        height <= self.remaining() + EPS
    }

    /// Ends this page and starts the next, cursor at the top margin.
    pub(super) fn new_page(&mut self) {
        self.done.push(std::mem::take(&mut self.ops));
        self.y = MARGIN_TOP;
        self.fresh = true;
    }

    /// Starts a new page unless `height` fits here or this page is still empty (then it
    /// would not fit anywhere, and the caller must split or overflow).
    pub(super) fn keep(&mut self, height: f32) {
        if !self.fits(height) && !self.fresh {
            self.new_page();
        }
    }

    /// Adds vertical space, except at the top of a page (where it would only push content
    /// down). Space that runs past the bottom fills the page: the next piece starts a new
    /// one, and a document that ends with space gets no empty last page.
    pub(super) fn space(&mut self, mm: f32) {
        if self.fresh || !mm.is_finite() || mm <= 0.0 {
            return;
        }
        self.y = (self.y + mm).min(BODY_BOTTOM);
    }

    /// All pages, and the canvas to draw the page furniture with.
    pub(super) fn finish(mut self) -> (Canvas, Vec<Vec<Op>>) {
        self.done.push(self.ops);
        (self.canvas, self.done)
    }
}

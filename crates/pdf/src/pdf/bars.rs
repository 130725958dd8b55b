//! A simple bar chart: one bar per label (a month), its value printed above it, a hidden
//! value printed as its text ("x") without a bar. Bars scale to the largest value; a chart
//! of nothing but zeros and hidden values draws only the baseline. The whole chart stays
//! on one page.

use super::fonts::Weight;
use super::layout::{Area, Layout, MARGIN_LEFT, Style, TEXT_W};
use crate::doc::Bar;

/// Room for the values above the bars.
const VALUES_H: f32 = 4.5;
/// The plot itself.
const PLOT_H: f32 = 32.0;
/// Room for the labels under the baseline.
const LABELS_H: f32 = 5.5;
/// Space after the chart.
const AFTER: f32 = 3.0;
/// The whole chart, for keep-together.
pub(super) const HEIGHT: f32 = VALUES_H + PLOT_H + LABELS_H + AFTER;
/// Value and label text.
const SMALL: Style = Style {
    weight: Weight::Regular,
    size: 7.0,
    grey: 0.1,
};
/// Bar fill: dark enough against white paper to read as a shape (contrast > 3:1).
const BAR_GREY: f32 = 0.35;

/// Draws `bars` below the cursor.
pub(super) fn draw(l: &mut Layout, bars: &[Bar]) {
    if bars.is_empty() {
        return;
    }
    l.keep(HEIGHT);
    let top = l.y;
    let n = bars.len();
    let slot = TEXT_W / n as f32;
    let bar_w = (slot * 0.7).min(14.0);
    let max = bars.iter().filter_map(|b| b.value).max().unwrap_or(0);
    let baseline = top + VALUES_H + PLOT_H;
    // Labels every k-th bar so that they do not run into each other.
    let widest = bars
        .iter()
        .map(|b| l.canvas.width(&b.label, SMALL))
        .fold(0.0, f32::max);
    let every = ((widest + 1.5) / slot).ceil().max(1.0) as usize;
    let (canvas, ops) = l.ops();
    for (i, bar) in bars.iter().enumerate() {
        let centre = MARGIN_LEFT + slot * (i as f32 + 0.5);
        let h = match bar.value {
            Some(v) if max > 0 => PLOT_H * v as f32 / max as f32,
            _ => 0.0,
        };
        if h > 0.0 {
            let area = Area {
                x: centre - bar_w / 2.0,
                top: baseline - h,
                w: bar_w,
                h,
            };
            canvas.fill_box(ops, area, BAR_GREY);
        }
        let text_w = canvas.width(&bar.text, SMALL);
        if text_w <= slot || bar.value.is_none() {
            canvas.text(
                ops,
                centre - text_w / 2.0,
                baseline - h - VALUES_H + 0.5,
                SMALL,
                &bar.text,
            );
        }
        if i.is_multiple_of(every) {
            let w = canvas.width(&bar.label, SMALL);
            canvas.text(ops, centre - w / 2.0, baseline + 1.0, SMALL, &bar.label);
        }
    }
    canvas.rule(ops, MARGIN_LEFT, MARGIN_LEFT + TEXT_W, baseline, 0.6, 0.2);
    l.y = top + HEIGHT - AFTER;
    l.space(AFTER);
}

//! Unit tests of measuring and wrapping, without rendering a PDF.

use rstest::rstest;

use super::super::fonts::{self, FontIds, Weight};
use super::super::layout::{Canvas, Style};

fn canvas() -> Canvas {
    let fonts = fonts::get().expect("embedded fonts parse");
    Canvas::new(
        fonts,
        FontIds {
            regular: printpdf::FontId("R".into()),
            bold: printpdf::FontId("B".into()),
        },
    )
}

#[rstest]
#[case::narrow(30.0)]
#[case::column(55.0)]
#[case::full(165.0)]
fn wrapped_lines_fit_and_keep_every_word(#[case] width: f32) {
    let canvas = canvas();
    let text = "Çağlar Öztürk werkt sinds maart bij d'Hondt-van der Meer als Administratiefmedewerkerspraktijkbegeleider.\nTweede alinea.";
    let lines = canvas.wrap(text, Style::BODY, width);
    for line in &lines {
        assert!(
            canvas.width(line, Style::BODY) <= width + 0.01,
            "{line:?} is wider than {width} mm: wrapping must measure glyphs"
        );
    }
    assert_eq!(
        lines.concat().replace(' ', ""),
        text.replace([' ', '\n'], ""),
        "wrapping must not lose or add characters"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("Tweede")),
        "a newline in the text starts a new line: {lines:?}"
    );
}

#[test]
fn bold_is_wider_than_regular() {
    let canvas = canvas();
    let regular = canvas.width("Gemeente Arnhem", Style::BODY);
    let bold = canvas.width(
        "Gemeente Arnhem",
        Style {
            weight: Weight::Bold,
            ..Style::BODY
        },
    );
    assert!(
        bold > regular && regular > 20.0,
        "widths come from each face's own metrics: regular {regular} mm, bold {bold} mm"
    );
}

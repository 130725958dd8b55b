//! Tests of the PDF renderer through what a reader gets: the text poppler extracts
//! (`pdftotext -layout`, `pdfinfo` from poppler-utils, required) and the bytes.

mod support;
mod units;

use std::path::Path;

use rstest::rstest;

use super::{PdfError, render};
use crate::doc::{Block, Signature};
use support::{NAMES, base, col, long_document, pages, poppler, render_ok, sample};

/// Each name must come out exactly in `pdftotext -layout`, and in `-raw` (reading order).
/// The sample has NAMES[4] twice: alone as a field value, where `-layout` drops the spaces
/// (poppler cannot tell word gaps from letter gaps on a line of one-letter words; the PDF
/// has the spaces, `-raw` and `-bbox` show them), and inside a sentence, where it cannot.
#[rstest]
fn names_and_diacritics_come_out_exactly(#[values(0, 1, 2, 3, 4)] i: usize) {
    let pdf = render_ok(&sample());
    let layout = pages(&pdf).join("\n");
    assert!(
        layout.contains(NAMES[i]),
        "{:?} must be extractable exactly as given (embedded DejaVu Sans has the glyphs, ToUnicode maps them back); text:\n{layout}",
        NAMES[i]
    );
    let raw = poppler("pdftotext", &["-raw", "-enc", "UTF-8"], &pdf);
    let line = if i == 4 {
        format!("Tekens {}", NAMES[4])
    } else {
        NAMES[i].to_owned()
    };
    assert!(
        raw.lines().any(|l| l.contains(&line)),
        "{line:?} must come out as one line in reading order; text:\n{raw}"
    );
}

#[test]
fn sample_is_one_page_with_letterhead_footer_and_placeholder_dash() {
    let pages = pages(&render_ok(&sample()));
    assert_eq!(
        pages.len(),
        1,
        "the sample statement must fit on one page:\n{pages:#?}"
    );
    let page = &pages[0];
    for text in [
        "Gemeente Arnhem",
        "Koningstraat 38",
        "6811 DG Arnhem",
        "Kenmerk: 56P-2025-0042",
        "Pagina 1 van 1",
        "A. de Vries",
    ] {
        assert!(
            page.contains(text),
            "{text:?} belongs on the page (letterhead, footer or signature):\n{page}"
        );
    }
    let toelichting = page
        .lines()
        .find(|l| l.contains("Toelichting"))
        .expect("the Toelichting field is printed");
    assert!(
        toelichting.trim_end().ends_with(" -"),
        "an empty value must print as '-': {toelichting:?}"
    );
}

#[test]
fn long_document_breaks_pages_numbers_them_and_repeats_the_table_header() {
    let pages = pages(&render_ok(&long_document(None)));
    let n = pages.len();
    assert!(
        n >= 4,
        "120 table rows and a dozen sections cannot fit on fewer than 4 pages, got {n}"
    );
    assert!(
        pages[0].contains(&format!("Pagina 1 van {n}")),
        "page 1 must say 'Pagina 1 van {n}':\n{}",
        pages[0]
    );
    assert!(
        pages[n - 1].contains(&format!("Pagina {n} van {n}")),
        "the last page must say 'Pagina {n} van {n}':\n{}",
        pages[n - 1]
    );
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Pagina {} van {n}", i + 1)),
            "every page carries its own number (page {})",
            i + 1
        );
        assert!(
            page.contains("Kenmerk: 56P-2025-0042"),
            "every page carries footer.left (page {})",
            i + 1
        );
    }
    let table_pages: Vec<&String> = pages.iter().filter(|p| p.contains("Rij ")).collect();
    assert!(
        table_pages.len() >= 2,
        "120 rows must run over several pages, got {}",
        table_pages.len()
    );
    for page in &table_pages {
        let header = page
            .lines()
            .position(|l| l.contains("Nummer") && l.contains("Omschrijving") && l.contains("Uren"));
        let first_row = page.lines().position(|l| l.contains("Rij "));
        assert!(
            matches!((header, first_row), (Some(h), Some(r)) if h < r),
            "a page with table rows must repeat the header row above them:\n{page}"
        );
    }
    let all = pages.join("\n");
    for i in 1..=120 {
        assert_eq!(
            all.matches(&format!("Rij {i:03}")).count(),
            1,
            "row {i} must appear exactly once: none lost or duplicated at a page break"
        );
    }
}

#[test]
fn headings_stay_with_the_text_after_them() {
    let pages = pages(&render_ok(&long_document(None)));
    for i in 0..12 {
        let heading = format!("Kop {i}");
        let page = pages
            .iter()
            .find(|p| p.lines().any(|l| l.trim() == heading))
            .unwrap_or_else(|| panic!("{heading} is printed"));
        assert!(
            page.contains(&format!("Na kop {i}.")),
            "{heading} must share its page with the first line after it (no orphaned heading):\n{page}"
        );
    }
}

#[test]
fn copy_mark_is_on_every_page_and_only_when_set() {
    let marked = pages(&render_ok(&long_document(Some("AFSCHRIFT"))));
    for (i, page) in marked.iter().enumerate() {
        assert!(
            page.contains("AFSCHRIFT"),
            "a reprint must say AFSCHRIFT on every page, page {} does not:\n{page}",
            i + 1
        );
    }
    let plain = pages(&render_ok(&long_document(None))).join("\n");
    assert!(
        !plain.contains("AFSCHRIFT"),
        "an original must not carry the copy mark"
    );
}

/// With more and more text before them, three signatures (two rows) reach the bottom of
/// page 1 at some point: they must then move to page 2 together, never split.
#[test]
fn signatures_stay_together_on_one_page() {
    let mut moved = false;
    for n in 10..=26 {
        let mut blocks = vec![Block::Title("Ondertekening".into())];
        blocks.extend((0..n).map(|i| {
            Block::Paragraph(format!(
                "Alinea {i}: tekst die ruimte inneemt op de eerste pagina."
            ))
        }));
        blocks.push(Block::Signatures(vec![
            Signature {
                role: "Werkgever".into(),
                name: "Ondertekenaar Een".into(),
                date_line: "Datum: 01-04-2025".into(),
            },
            Signature {
                role: "Werknemer".into(),
                name: "Ondertekenaar Twee".into(),
                date_line: "Datum: 02-04-2025".into(),
            },
            Signature {
                role: "Jobcoach".into(),
                name: "Ondertekenaar Drie".into(),
                date_line: "Datum: 03-04-2025".into(),
            },
        ]));
        let pages = pages(&render_ok(&base(blocks)));
        let with = |s: &str| pages.iter().position(|p| p.contains(s));
        let first = with("Ondertekenaar Een");
        assert!(
            first.is_some(),
            "the signatures are printed ({n} paragraphs)"
        );
        for text in [
            "Ondertekenaar Twee",
            "Ondertekenaar Drie",
            "Datum: 03-04-2025",
        ] {
            assert_eq!(
                with(text),
                first,
                "{text} must be on the same page as the first signature ({n} paragraphs)"
            );
        }
        moved |= first == Some(1) && with("Alinea 0:") == Some(0);
    }
    assert!(
        moved,
        "at least one case must push the signatures to page 2, or this test tests nothing"
    );
}

/// Input the content builders should not produce but might: it must still render, and
/// give a file poppler reads, with every word of a giant cell kept.
#[rstest]
#[case::no_blocks(vec![], 1)]
#[case::breaks_only(vec![Block::PageBreak, Block::PageBreak, Block::PageBreak], 2)]
#[case::odd_space(vec![Block::Space(-5.0), Block::Space(f32::NAN), Block::Space(1.0e9), Block::Paragraph("Na veel ruimte.".into())], 2)]
#[case::empty_texts(vec![Block::Title(String::new()), Block::Heading(String::new()), Block::Paragraph(String::new()), Block::Fields(vec![]), Block::Bullets(vec![]), Block::Signatures(vec![])], 1)]
#[case::ragged_table(vec![Block::Table { columns: vec![col("A", 0), col("B", 0)], rows: vec![vec![], vec!["links".into()], vec!["l".into(), "rechts".into()]] }], 1)]
#[case::giant_cell(vec![Block::Table { columns: vec![col("Kop", 100)], rows: vec![vec![(0..2500).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ")]] }], 4)]
#[case::giant_word(vec![Block::Paragraph("x".repeat(3000))], 1)]
fn odd_input_still_renders(#[case] blocks: Vec<Block>, #[case] min_pages: usize) {
    let doc = base(blocks);
    let pdf = render(&doc).expect("odd but valid input must render");
    let pages = pages(&pdf);
    assert!(
        pages.len() >= min_pages,
        "expected at least {min_pages} page(s), got {}",
        pages.len()
    );
    let text: String = pages.concat().split_whitespace().collect();
    for word in doc.texts().iter().flat_map(|t| t.split_whitespace()) {
        assert!(text.contains(word), "{word:?} must not be lost");
    }
}

#[test]
fn metadata_shows_in_pdfinfo() {
    let info = poppler("pdfinfo", &["-isodates"], &render_ok(&sample()));
    for (key, want) in [
        (
            "Title",
            "Verklaring 56+ (doelgroepverklaring LKV oudere werknemer)",
        ),
        ("Author", "Gemeente Arnhem"),
        ("Subject", "Doelgroepverklaring loonkostenvoordeel"),
        ("Keywords", "LKV,doelgroepverklaring"),
        ("Creator", "Werkpad"),
        ("CreationDate", "2025-03-05T09:30:00"),
        ("ModDate", "2025-03-05T09:30:00"),
        ("Page size", "595.276 x 841.89 pts (A4)"),
    ] {
        let line = info
            .lines()
            .find(|l| l.starts_with(&format!("{key}:")))
            .unwrap_or_else(|| panic!("pdfinfo shows no {key}:\n{info}"));
        assert!(
            line.contains(want),
            "{key} must come from the document's Meta ({want:?}), got {line:?}"
        );
    }
    assert!(
        !info.contains("PDF/A") && !info.contains("PDF/X"),
        "the file must not claim a conformance level it does not meet:\n{info}"
    );
}

#[test]
fn catalog_names_the_language() {
    let pdf = render_ok(&sample());
    assert!(
        pdf.windows(12).any(|w| w == b"/Lang(nl-NL)"),
        "the catalog must carry /Lang from Meta.language (screen readers pick the voice from it)"
    );
}

/// The same document twice in one process gives identical bytes. printpdf alone would not
/// (a process-wide counter names fonts and sets `/ID`); the renderer sets both from the
/// document, so a second, different render in between must not matter either.
#[test]
fn same_document_same_bytes() {
    let first = render_ok(&sample());
    let _other = render_ok(&long_document(Some("AFSCHRIFT")));
    let second = render_ok(&sample());
    assert!(
        first == second,
        "rendering the same document twice must give the same bytes (stable /ID, font tags and resource names)"
    );
    let mut changed = sample();
    changed.blocks.push(Block::Paragraph("Nog een zin.".into()));
    assert_ne!(
        render_ok(&changed),
        first,
        "a different document must give a different file (and /ID)"
    );
}

#[test]
fn a_bad_logo_is_an_error_not_a_panic() {
    let mut doc = sample();
    doc.letterhead.logo_png = Some(b"GIF89a not a png".to_vec());
    assert!(
        matches!(render(&doc), Err(PdfError::Logo(_))),
        "a non-PNG logo must give PdfError::Logo"
    );
    doc.letterhead.logo_png = Some(b"\x89PNG\r\n\x1a\n truncated".to_vec());
    assert!(
        matches!(render(&doc), Err(PdfError::Logo(_))),
        "a broken PNG must give PdfError::Logo"
    );
    doc.letterhead.logo_png = None;
    assert!(render(&doc).is_ok(), "no logo is fine");
}

/// Writes the sample and the long document to `$WERKPAD_PDF_SAMPLE_DIR`, to look at.
#[test]
#[ignore = "writes files for a person to look at"]
fn write_samples() {
    let dir = std::env::var("WERKPAD_PDF_SAMPLE_DIR").unwrap_or_else(|_| "/tmp/pdfcheck".into());
    std::fs::create_dir_all(&dir).expect("sample dir");
    std::fs::write(Path::new(&dir).join("sample.pdf"), render_ok(&sample())).expect("write sample");
    std::fs::write(
        Path::new(&dir).join("long.pdf"),
        render_ok(&long_document(Some("AFSCHRIFT"))),
    )
    .expect("write long");
}

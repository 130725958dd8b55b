//! Test fixtures: the sample documents, a generated PNG logo, and poppler-utils
//! (`pdftotext`, `pdfinfo`), which these tests require.

use std::process::Command;

use chrono::TimeZone;
use printpdf::{OutputImageFormat, RawImage, RawImageData, RawImageFormat};

use super::super::render;
use crate::doc::{Block, Column, Document, Footer, Letterhead, Meta, Signature};

pub(super) const NAMES: [&str; 5] = [
    "Çağlar Öztürk",
    "Nguyễn Văn An",
    "d'Hondt-van der Meer",
    "€ 1.234,56",
    "ë é ï ö – “ ”",
];

/// A 120×48 RGBA logo: a dark blue block with a light band (a stand-in for a crest).
pub(super) fn logo_png() -> Vec<u8> {
    let (w, h) = (120usize, 48usize);
    let mut px = Vec::with_capacity(w * h * 4);
    for y in 0..h {
        for x in 0..w {
            let band = (18..30).contains(&y) && x > 8;
            px.extend_from_slice(if band {
                &[235, 200, 60, 255]
            } else {
                &[20, 60, 130, 255]
            });
        }
    }
    let image = RawImage {
        pixels: RawImageData::U8(px),
        width: w,
        height: h,
        data_format: RawImageFormat::RGBA8,
        tag: Vec::new(),
    };
    image
        .encode_to_bytes(&[OutputImageFormat::Png])
        .expect("encoding the test logo as PNG")
        .0
}

pub(super) fn base(blocks: Vec<Block>) -> Document {
    Document {
        meta: Meta {
            title: "Verklaring 56+ (doelgroepverklaring LKV oudere werknemer)".into(),
            author: "Gemeente Arnhem".into(),
            subject: "Doelgroepverklaring loonkostenvoordeel".into(),
            keywords: vec!["LKV".into(), "doelgroepverklaring".into()],
            created: chrono::Utc
                .with_ymd_and_hms(2025, 3, 5, 9, 30, 0)
                .single()
                .expect("valid date"),
            language: "nl-NL".into(),
        },
        letterhead: Letterhead {
            municipality: "Gemeente Arnhem".into(),
            address_lines: vec!["Koningstraat 38".into(), "6811 DG Arnhem".into()],
            logo_png: Some(logo_png()),
        },
        footer: Footer {
            left: "Kenmerk: 56P-2025-0042".into(),
            page_label: "Pagina {page} van {pages}".into(),
        },
        copy_mark: None,
        blocks,
    }
}

/// A one-page statement with every kind of block and the names that must survive.
pub(super) fn sample() -> Document {
    let mut doc = base(vec![
        Block::Title("Verklaring 56+".into()),
        Block::Paragraph(format!("Het college van burgemeester en wethouders verklaart dat de werknemer hieronder tot de doelgroep behoort. Tekens als {} blijven leesbaar.", NAMES[4])),
        Block::Heading("Gegevens werknemer".into()),
        Block::Fields(vec![
            ("Naam".into(), NAMES[0].into()),
            ("Partner".into(), NAMES[1].into()),
            ("Werkgever".into(), NAMES[2].into()),
            ("Loonkostenvoordeel per jaar".into(), NAMES[3].into()),
            ("Tekens".into(), NAMES[4].into()),
            ("Toelichting".into(), String::new()),
        ]),
        Block::Heading("Overzicht".into()),
        Block::Table {
            columns: vec![col("Datum", 20), col("Activiteit", 55), col("Bedrag", 25)],
            rows: vec![
                vec!["05-03-2025".into(), "Intakegesprek met de werkzoekende".into(), "€ 0,00".into()],
                vec!["12-03-2025".into(), "Proefplaatsing bij de werkgever, met begeleiding door de jobcoach gedurende de eerste vier weken".into(), "€ 1.234,56".into()],
            ],
        },
        Block::Bullets(vec!["Bewaar deze verklaring bij de loonadministratie.".into(), "De verklaring geldt alleen voor de hierboven genoemde werknemer en werkgever, en alleen zolang het dienstverband loopt.".into()]),
        Block::Space(4.0),
        Block::Signatures(vec![
            Signature { role: "Namens het college van burgemeester en wethouders".into(), name: "A. de Vries".into(), date_line: "Datum: 05-03-2025".into() },
            Signature { role: "Werknemer".into(), name: NAMES[0].into(), date_line: "Datum: ____________".into() },
        ]),
    ]);
    doc.copy_mark = Some("AFSCHRIFT".into());
    doc
}

pub(super) fn col(header: &str, width_percent: u8) -> Column {
    Column {
        header: header.into(),
        width_percent,
    }
}

/// Runs a poppler tool on the PDF; fails clearly when poppler-utils is not installed.
pub(super) fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("statement.pdf");
    std::fs::write(&path, pdf).expect("writing the PDF");
    let output = Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .env("TZ", "UTC")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} ({e}): these tests need poppler-utils (apt-get install poppler-utils)"));
    assert!(
        output.status.success(),
        "{tool} rejected the PDF: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("poppler prints UTF-8")
}

/// The text of each page, `pdftotext -layout`.
pub(super) fn pages(pdf: &[u8]) -> Vec<String> {
    let text = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], pdf);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

pub(super) fn render_ok(doc: &Document) -> Vec<u8> {
    render(doc).expect("rendering a valid document")
}

pub(super) fn long_document(copy_mark: Option<&str>) -> Document {
    let filler = "Deze alinea vult de pagina met gewone tekst, zodat de tabel en de kopjes over meerdere pagina's verdeeld raken. ";
    let mut blocks = vec![
        Block::Title("Overzicht van activiteiten".into()),
        Block::Paragraph(filler.repeat(6)),
    ];
    blocks.push(Block::Table {
        columns: vec![col("Nummer", 15), col("Omschrijving", 60), col("Uren", 25)],
        rows: (1..=120)
            .map(|i| {
                vec![
                    format!("Rij {i:03}"),
                    format!("Activiteit {i} bij werkgever d'Hondt-van der Meer"),
                    format!("{},5", i % 9),
                ]
            })
            .collect(),
    });
    for i in 0..12 {
        blocks.push(Block::Heading(format!("Kop {i}")));
        blocks.push(Block::Paragraph(format!(
            "Na kop {i}. {}",
            filler.repeat(1 + i % 4)
        )));
    }
    let mut doc = base(blocks);
    doc.copy_mark = copy_mark.map(str::to_owned);
    doc
}

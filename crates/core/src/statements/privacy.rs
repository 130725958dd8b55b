//! The privacy statement for the resident, printed at intake: the municipality's own text
//! (assets/privacy/), laid out with its headings and bullet lists. It holds no personal
//! data, so printing it is not audited and needs no unlocked store.

use super::StatementError;
use super::doc::{Block, Document};
use super::text::{Context, Text, frame};

/// The municipality's privacy statement "begeleiding naar participatie en (betaald) werk".
pub const PRIVACY_STATEMENT_NL: &str =
    include_str!("../../../../assets/privacy/privacyverklaring-begeleiding-naar-werk.txt");

/// The statement as blocks: the first line is the title; short lines without a full stop
/// are headings; " • " lines are bullets; everything else is a paragraph. A heading with
/// nothing under it (the last one of the source) is left out.
pub fn blocks(source: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut bullets: Vec<String> = Vec::new();
    let clean = |s: &str| {
        s.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}')
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for raw in source.lines() {
        let line = clean(raw);
        if let Some(item) = line.strip_prefix('•') {
            bullets.push(clean(item));
            continue;
        }
        if !bullets.is_empty() {
            out.push(Block::Bullets(std::mem::take(&mut bullets)));
        }
        if line.is_empty() {
            continue;
        }
        let is_heading = line.chars().count() < 70 && !line.ends_with('.');
        out.push(match (is_heading, out.is_empty()) {
            (true, true) => Block::Title(line),
            (true, false) => Block::Heading(line),
            (false, _) => Block::Paragraph(line),
        });
    }
    if !bullets.is_empty() {
        out.push(Block::Bullets(bullets));
    }
    if matches!(out.last(), Some(Block::Heading(_))) {
        out.pop();
    }
    out
}

/// The printable statement. The text is the municipality's Dutch original in every
/// locale (there is no authorised translation); the line above it is localised.
pub fn document(ctx: &Context) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let mut content = blocks(PRIVACY_STATEMENT_NL);
    let title = match content.first() {
        Some(Block::Title(t)) => t.clone(),
        _ => text.t("pdf-privacy-title"),
    };
    content.insert(
        1,
        Block::Paragraph(text.ta(
            "pdf-privacy-handed-over",
            &[("municipality", ctx.letterhead.municipality.clone())],
        )),
    );
    frame(ctx, &text, &title, None, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_text_keeps_its_structure() {
        let blocks = blocks(PRIVACY_STATEMENT_NL);
        assert!(
            matches!(&blocks[0], Block::Title(t) if t.starts_with("Privacyverklaring")),
            "the first line is the title"
        );
        let headings: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(h) => Some(h.as_str()),
                _ => None,
            })
            .collect();
        for h in [
            "Wat is het doel van verwerking?",
            "Welke persoonsgegevens verwerken wij?",
            "Delen wij uw gegevens met anderen?",
            "Hoe lang bewaren wij uw persoonsgegevens?",
            "Geautomatiseerde besluitvorming",
            "Uw rechten",
            "Wijzigingen privacyverklaring",
        ] {
            assert!(headings.contains(&h), "{h} is a heading: {headings:?}");
        }
        assert!(
            matches!(blocks.last(), Some(Block::Paragraph(p)) if p.contains("februari 2024")),
            "the text ends with the date it was last updated"
        );
        let purposes = blocks.iter().find_map(|b| match b {
            Block::Bullets(items) => Some(items.len()),
            _ => None,
        });
        assert_eq!(
            purposes,
            Some(14),
            "the statement lists 14 purposes after the main one"
        );
    }
}

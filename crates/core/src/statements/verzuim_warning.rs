//! The warning letter after an absence (verzuim), to the resident, in plain Dutch (B1):
//! which day they were not there and where, what they told us (or that they did not react
//! in time), what we decided and why, what happens next time (a proposal for a measure is
//! possible; the benefits department decides), who decided, and how to react (through the
//! coach). Made from the snapshot frozen when it was printed, and only for a case decided
//! with a warning.

use chrono::NaiveDate;
use werkpad_domain::Address;
use werkpad_domain::statement::VerzuimWarningSnapshot;
use werkpad_domain::verzuim::AbsencePlace;

use super::StatementError;
use super::doc::{Block, Document, Signature};
use super::text::{Context, Text, date, frame};

/// The letter, dated `letter_date` (the day it was first printed). `copy` marks a
/// reprint: the pages then say "AFSCHRIFT". Refused with [`StatementError::NotAWarning`]
/// when the case was not decided with a warning.
pub fn document(
    ctx: &Context,
    snapshot: &VerzuimWarningSnapshot,
    reference: &str,
    letter_date: NaiveDate,
    copy: bool,
) -> Result<Document, StatementError> {
    let decision = snapshot.warning().ok_or(StatementError::NotAWarning)?;
    let text = Text::new(ctx.locale);
    let s = snapshot;
    let absence = &s.case.absence;
    let municipality = ctx.letterhead.municipality.clone();
    let absent_on = date(absence.on);
    let title = text.t("pdf-vzw-title");
    let mut blocks = vec![
        Block::Paragraph(addressee(&s.resident_name, &s.address)),
        Block::Space(2.0),
        Block::Fields(vec![
            (text.t("pdf-vzw-date"), date(letter_date)),
            (text.t("pdf-vzw-reference"), reference.to_owned()),
            (
                text.t("pdf-vzw-subject"),
                text.ta("pdf-vzw-subject-value", &[("date", absent_on.clone())]),
            ),
        ]),
        Block::Title(title.clone()),
        Block::Paragraph(text.ta("pdf-vzw-salutation", &[("name", s.resident_name.clone())])),
        Block::Paragraph(text.t("pdf-vzw-intro")),
        Block::Heading(text.t("pdf-vzw-what")),
        Block::Paragraph(where_absent(&text, s, absent_on)),
        Block::Heading(text.t("pdf-vzw-told")),
    ];
    match &s.case.account {
        Some(a) => match (a.given_on, a.text.as_ref().filter(|t| !t.trim().is_empty())) {
            (Some(on), Some(told)) => {
                blocks.push(Block::Paragraph(
                    text.ta("pdf-vzw-told-given", &[("date", date(on))]),
                ));
                blocks.push(Block::Paragraph(format!("\u{201c}{}\u{201d}", told.trim())));
            }
            _ => blocks.push(Block::Paragraph(text.ta(
                "pdf-vzw-told-none",
                &[("asked", date(a.asked_on)), ("until", date(a.answer_by))],
            ))),
        },
        None => blocks.push(Block::Paragraph(text.t("pdf-vzw-told-not-asked"))),
    }
    blocks.extend([
        Block::Heading(text.t("pdf-vzw-decided")),
        Block::Paragraph(text.t("pdf-vzw-decided-text")),
        Block::Heading(text.t("pdf-vzw-why")),
        Block::Paragraph(decision.reasoning.trim().to_owned()),
        Block::Heading(text.t("pdf-vzw-next")),
        Block::Paragraph(text.t("pdf-vzw-next-text")),
        Block::Paragraph(text.t("pdf-vzw-next-tip")),
        Block::Heading(text.t("pdf-vzw-who")),
        Block::Paragraph(text.ta(
            "pdf-vzw-who-text",
            &[
                ("name", decision.by.name.clone()),
                ("date", date(decision.on)),
            ],
        )),
        Block::Heading(text.t("pdf-vzw-react")),
        Block::Paragraph(text.ta("pdf-vzw-react-text", &[("coach", s.coach_name.clone())])),
        Block::Paragraph(text.ta("pdf-vzw-questions", &[("coach", s.coach_name.clone())])),
        Block::Paragraph(text.t("pdf-vzw-closing")),
        Block::Signatures(vec![Signature {
            role: text.ta("pdf-vzw-signed", &[("municipality", municipality)]),
            name: decision.by.name.clone(),
            date_line: text.ta("stmt-date-line", &[("date", date(decision.on))]),
        }]),
    ]);
    let mut doc = frame(ctx, &text, &title, Some(reference), blocks)?;
    if copy {
        doc.copy_mark = Some(text.t("stmt-copy-mark"));
        doc.footer.left = format!(
            "{} · {}",
            doc.footer.left,
            text.ta("stmt-copy-note-warning", &[("date", date(letter_date))])
        );
    }
    Ok(doc)
}

/// The day and where they were expected, with the place's name when it is known.
fn where_absent(text: &Text, s: &VerzuimWarningSnapshot, absent_on: String) -> String {
    let programme = s.case.absence.place == AbsencePlace::Programme;
    let place = s
        .expected_at
        .as_ref()
        .map(|p| p.trim())
        // An appointment's subject ends the sentence: "Gesprek." keeps one full stop.
        .map(|p| {
            if programme {
                p.trim_end_matches('.')
            } else {
                p
            }
        })
        .filter(|p| !p.is_empty());
    let id = match (s.case.absence.place, place.is_some()) {
        (AbsencePlace::Workplace, true) => "pdf-vzw-absent-workplace",
        (AbsencePlace::Workplace, false) => "pdf-vzw-absent-workplace-unnamed",
        (AbsencePlace::Programme, true) => "pdf-vzw-absent-programme",
        (AbsencePlace::Programme, false) => "pdf-vzw-absent-programme-unnamed",
    };
    text.ta(
        id,
        &[
            ("date", absent_on),
            ("place", place.unwrap_or_default().to_owned()),
        ],
    )
}

/// The resident as on an envelope: name, street and number, postcode and place.
fn addressee(name: &str, a: &Address) -> String {
    let number = match &a.house_number_addition {
        Some(add) => format!("{} {add}", a.house_number),
        None => a.house_number.clone(),
    };
    [
        name.to_owned(),
        format!("{} {number}", a.street),
        format!("{} {}", a.postcode, a.woonplaats),
    ]
    .join("\n")
}

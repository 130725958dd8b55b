//! The plan van aanpak: the goals and agreements made with the resident, in plain Dutch,
//! with signature lines for the resident and the coach.

use super::StatementError;
use super::doc::{Block, Document, Signature};
use super::intake::col;
use super::text::{Context, Text, date, frame};
use crate::store::residents::ResidentFile;

/// The plan of `file`.
pub fn document(
    ctx: &Context,
    file: &ResidentFile,
    reference: &str,
) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let r = &file.resident;
    let coach = file
        .trajecten
        .last()
        .map(|t| t.traject.coach.name.clone())
        .unwrap_or_default();
    let mut blocks = vec![
        Block::Title(text.t("pdf-plan-title")),
        Block::Fields(vec![
            (text.t("pdf-field-name"), r.name.full_name()),
            (text.t("pdf-field-birth-date"), date(r.birth_date)),
            (
                text.t("pdf-field-coach"),
                text.or_empty(Some(coach.clone())),
            ),
        ]),
        Block::Paragraph(text.t("pdf-plan-intro")),
        Block::Heading(text.t("pdf-plan-goals")),
    ];
    if file.goals.is_empty() {
        blocks.push(Block::Paragraph(text.t("pdf-plan-none")));
    } else {
        blocks.push(Block::Table {
            columns: vec![
                col(&text, "pdf-plan-goal", 60),
                col(&text, "pdf-plan-target-date", 20),
                col(&text, "pdf-plan-status", 20),
            ],
            rows: file.goals.iter().map(|g| goal_row(&text, g)).collect(),
        });
    }
    blocks.push(Block::Heading(text.t("pdf-plan-agreements")));
    if file.agreements.is_empty() {
        blocks.push(Block::Paragraph(text.t("pdf-plan-none")));
    } else {
        blocks.push(Block::Table {
            columns: vec![
                col(&text, "pdf-plan-agreement", 60),
                col(&text, "pdf-plan-due", 20),
                col(&text, "pdf-plan-status", 20),
            ],
            rows: file
                .agreements
                .iter()
                .map(|a| agreement_row(&text, a))
                .collect(),
        });
    }
    blocks.push(Block::Heading(text.t("pdf-plan-sign")));
    blocks.push(Block::Paragraph(text.t("pdf-plan-sign-text")));
    blocks.push(Block::Space(4.0));
    blocks.push(Block::Signatures(vec![
        Signature {
            role: text.t("stmt-signature-resident"),
            name: r.name.full_name(),
            date_line: text.t("stmt-date-blank"),
        },
        Signature {
            role: text.t("stmt-signature-coach"),
            name: coach,
            date_line: text.t("stmt-date-blank"),
        },
    ]));
    frame(
        ctx,
        &text,
        &text.t("pdf-plan-title"),
        Some(reference),
        blocks,
    )
}

/// A goal as a table row: description, target date, status (plan and inzage).
pub(crate) fn goal_row(text: &Text, g: &werkpad_domain::Goal) -> Vec<String> {
    vec![
        g.description.clone(),
        text.or_empty(g.target_date.map(date)),
        text.choice(g.status),
    ]
}

/// An agreement as a table row: description, due date, status (plan and inzage).
pub(crate) fn agreement_row(text: &Text, a: &werkpad_domain::Agreement) -> Vec<String> {
    vec![
        a.description.clone(),
        text.or_empty(a.due_on.map(date)),
        text.choice(a.status),
    ]
}

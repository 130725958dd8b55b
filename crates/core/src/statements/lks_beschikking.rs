//! The beschikking loonkostensubsidie, a letter to the employer with a copy to the
//! resident, from the snapshot frozen when it was issued: the facts it rests on, granted
//! or refused in plain words, the staff member's reasons, the calculation of the first
//! month step by step (the domain's steps in Fluent) with the sources of the amounts, who
//! decided and when, and how to object. The software calculated; a named person decided,
//! and the letter says so.

use chrono::NaiveDate;
use werkpad_domain::Address;
use werkpad_domain::statement::LksBeschikkingSnapshot;
use werkpad_domain::subsidy::{LksCalculation, LksOutcome};
use werkpad_domain::validate::format_minutes_as_hours;

use super::StatementError;
use super::doc::{Block, Document, Signature};
use super::text::{Context, Text, amount, date, frame};

/// The letter, dated `letter_date` (the day it was first issued). `copy` marks a reprint:
/// the pages then say "AFSCHRIFT".
pub fn document(
    ctx: &Context,
    snapshot: &LksBeschikkingSnapshot,
    reference: &str,
    letter_date: NaiveDate,
    copy: bool,
) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let s = snapshot;
    let d = &s.decision;
    let name = || s.resident_name.clone();
    let municipality = ctx.letterhead.municipality.clone();
    let hours_per_week = format_minutes_as_hours(d.minutes_per_week);
    let granted = d.outcome == LksOutcome::Granted;

    let mut blocks = vec![
        Block::Paragraph(addressee(&text, s)),
        Block::Space(2.0),
        Block::Fields(vec![
            (text.t("pdf-lks-date"), date(letter_date)),
            (text.t("pdf-lks-reference"), reference.to_owned()),
            (
                text.t("pdf-lks-subject"),
                text.ta("pdf-lks-subject-value", &[("name", name())]),
            ),
        ]),
        Block::Title(text.t("pdf-lks-title")),
        Block::Paragraph(text.t("pdf-lks-salutation")),
        Block::Paragraph(if granted {
            text.ta(
                "pdf-lks-granted-intro",
                &[("name", name()), ("start", date(d.starts_on))],
            )
        } else {
            text.ta("pdf-lks-refused-intro", &[("name", name())])
        }),
        Block::Heading(text.t("pdf-lks-facts")),
        Block::Fields(vec![
            (text.t("pdf-lks-employee"), name()),
            (text.t("pdf-lks-employer"), s.employer_name.clone()),
            (text.t("pdf-lks-placement-start"), date(s.placement_start)),
            (
                text.t("pdf-lks-hours"),
                text.ta("pdf-lks-hours-value", &[("hours", hours_per_week.clone())]),
            ),
            (
                text.t("pdf-lks-loonwaarde"),
                text.ta(
                    "pdf-lks-loonwaarde-value",
                    &[
                        ("percent", d.loonwaarde_percent.to_string()),
                        ("date", date(s.loonwaarde_signed_on)),
                    ],
                ),
            ),
            (
                text.t("pdf-lks-outcome"),
                text.t(if granted {
                    "pdf-lks-granted"
                } else {
                    "pdf-lks-refused"
                }),
            ),
            (text.t("pdf-lks-starts-on"), date(d.starts_on)),
            (
                text.t("pdf-lks-trial"),
                match &d.trial {
                    Some(t) => text.ta(
                        "pdf-lks-trial-value",
                        &[("from", date(t.from)), ("until", date(t.until))],
                    ),
                    None => text.t("pdf-lks-trial-none"),
                },
            ),
        ]),
    ];
    if granted && let Some(Block::Fields(facts)) = blocks.last_mut() {
        facts.push((
            text.t("pdf-lks-estimate"),
            text.ta(
                "pdf-lks-estimate-value",
                &[("amount", amount(d.estimate.total_cents))],
            ),
        ));
    }
    if let (true, Some(t)) = (granted, &d.trial) {
        blocks.push(Block::Paragraph(text.ta(
            "pdf-lks-trial-text",
            &[
                ("from", date(t.from)),
                ("until", date(t.until)),
                ("name", name()),
            ],
        )));
    }
    blocks.push(Block::Heading(text.t("pdf-lks-reasoning")));
    blocks.push(Block::Paragraph(d.reasoning.clone()));
    blocks.extend([
        // The sentence is the signature's caption, so it stays on one page with it.
        Block::Heading(text.t("pdf-lks-decided")),
        Block::Signatures(vec![Signature {
            role: text.ta(
                "pdf-lks-decided-text",
                &[
                    ("name", d.decided_by.name.clone()),
                    ("date", date(d.decided_on)),
                    ("municipality", municipality.clone()),
                ],
            ),
            name: d.decided_by.name.clone(),
            date_line: text.ta("stmt-date-line", &[("date", date(d.decided_on))]),
        }]),
        Block::Heading(text.t("pdf-lks-objection")),
        Block::Paragraph(text.ta(
            "pdf-lks-objection-text",
            &[("municipality", municipality), ("resident", name())],
        )),
        Block::Paragraph(text.ta("pdf-lks-questions", &[("name", d.decided_by.name.clone())])),
        Block::Paragraph(text.ta("pdf-lks-copy-to", &[("name", name())])),
    ]);
    if granted {
        // The calculation as an appendix (bijlage) on a page of its own.
        blocks.push(Block::PageBreak);
        calculation(&mut blocks, &text, &d.estimate, &hours_per_week);
        blocks.push(Block::Paragraph(
            text.ta("pdf-lks-payment", &[("name", name())]),
        ));
        blocks.push(Block::Heading(text.t("pdf-lks-sources")));
        let mut sources: Vec<String> = Vec::new();
        for part in &d.estimate.parts {
            if !sources.contains(&part.source) {
                sources.push(part.source.clone());
            }
        }
        sources.push(s.rules_source.clone());
        blocks.push(Block::Bullets(sources));
    }
    let mut doc = frame(
        ctx,
        &text,
        &text.t("pdf-lks-title"),
        Some(reference),
        blocks,
    )?;
    if copy {
        doc.copy_mark = Some(text.t("stmt-copy-mark"));
        doc.footer.left = format!(
            "{} · {}",
            doc.footer.left,
            text.ta("stmt-copy-note-beschikking", &[("date", date(letter_date))])
        );
    }
    Ok(doc)
}

/// The estimate step by step: per part of the month (one per row of the WML table it
/// touches) its steps, then the closing steps and what the employer gets per month.
fn calculation(blocks: &mut Vec<Block>, text: &Text, c: &LksCalculation, hours_per_week: &str) {
    blocks.push(Block::Title(text.t("pdf-lks-calculation")));
    blocks.push(Block::Paragraph(text.ta(
        "pdf-lks-calculation-intro",
        &[("hours", hours_per_week.to_owned())],
    )));
    if c.parts.len() > 1 {
        blocks.push(Block::Paragraph(text.ta(
            "pdf-lks-calculation-split",
            &[("parts", c.parts.len().to_string())],
        )));
    }
    for (i, part) in c.parts.iter().enumerate() {
        if c.parts.len() > 1 {
            blocks.push(Block::Heading(text.ta(
                "pdf-lks-part",
                &[
                    ("n", (i + 1).to_string()),
                    ("from", date(part.from)),
                    ("until", date(part.until)),
                ],
            )));
        }
        blocks.push(Block::Bullets(
            part.steps.iter().map(|r| text.reason(r)).collect(),
        ));
    }
    for step in &c.steps {
        blocks.push(Block::Paragraph(text.reason(step)));
    }
    blocks.push(Block::Heading(text.t("pdf-lks-per-month")));
    blocks.push(Block::Fields(vec![
        (text.t("pdf-lks-subsidy"), amount(c.subsidy_cents)),
        (text.t("pdf-lks-allowance"), amount(c.allowance_cents)),
        (text.t("pdf-lks-total"), amount(c.total_cents)),
    ]));
}

/// The employer as on an envelope: name, "t.a.v." the contact, street, postcode and place.
fn addressee(text: &Text, s: &LksBeschikkingSnapshot) -> String {
    let mut lines = vec![s.employer_name.clone()];
    if let Some(contact) = s.employer_contact.as_ref().filter(|c| !c.trim().is_empty()) {
        lines.push(text.ta("pdf-lks-attention", &[("name", contact.clone())]));
    }
    lines.extend(address_lines(&s.employer_address));
    lines.join("\n")
}

/// "Ketelstraat 12 A" and "6811 AN Arnhem".
fn address_lines(a: &Address) -> [String; 2] {
    let number = match &a.house_number_addition {
        Some(add) => format!("{} {add}", a.house_number),
        None => a.house_number.clone(),
    };
    [
        format!("{} {number}", a.street),
        format!("{} {}", a.postcode, a.woonplaats),
    ]
}

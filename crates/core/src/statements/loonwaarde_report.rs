//! The rapport loonwaardebepaling, from the snapshot frozen when it was issued: who works
//! where, what was compared, the main tasks with their scores, the arithmetic step by step
//! (the domain's steps in Fluent), the loonwaarde, the need for job coaching, the
//! re-assessment date and the assessor's sign-off, or a clear draft mark.

use chrono::NaiveDate;
use werkpad_domain::loonwaarde::arithmetic::format_hundredths;
use werkpad_domain::loonwaarde::{AssessorKind, TaskLine};
use werkpad_domain::statement::LoonwaardeReportSnapshot;
use werkpad_domain::validate::format_minutes_as_hours;

use super::StatementError;
use super::doc::{Block, Document, Signature};
use super::intake::col;
use super::text::{Context, Text, date, frame};

/// The report. `copy_of` is the original issue date when this is a reprint: the pages then
/// say "AFSCHRIFT". A draft says "CONCEPT – nog niet getekend" on every page and above the
/// content, and leaves a line for the assessor's signature.
pub fn document(
    ctx: &Context,
    snapshot: &LoonwaardeReportSnapshot,
    reference: &str,
    copy_of: Option<NaiveDate>,
) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let s = snapshot;
    let lw = &s.loonwaarde;
    let signed = lw.sign_off.as_ref();
    let mut blocks = vec![Block::Title(text.t("pdf-lwb-title"))];
    if signed.is_none() {
        blocks.push(Block::Paragraph(text.t("pdf-lwb-draft-text")));
    }
    blocks.extend([
        Block::Fields(vec![
            (text.t("pdf-lwb-report-date"), date(lw.report_date)),
            (text.t("pdf-lwb-visit-date"), date(lw.visit_date)),
            (text.t("pdf-lwb-reference"), reference.to_owned()),
        ]),
        Block::Paragraph(text.ta("pdf-lwb-intro", &[("name", s.resident_name.clone())])),
        Block::Heading(text.t("pdf-lwb-who")),
        Block::Fields(vec![
            (text.t("pdf-lwb-employee"), s.resident_name.clone()),
            (text.t("pdf-lwb-birth-date"), date(s.birth_date)),
            (text.t("pdf-lwb-employer"), s.employer_name.clone()),
            (
                text.t("pdf-lwb-contact"),
                text.or_empty(lw.employer_contact.clone()),
            ),
        ]),
        Block::Heading(text.t("pdf-lwb-work")),
        Block::Fields(vec![
            (text.t("pdf-lwb-normfunctie"), lw.normfunctie.clone()),
            (
                text.t("pdf-lwb-actual-function"),
                lw.actual_function.clone(),
            ),
            (
                text.t("pdf-lwb-worked-hours"),
                hours(&text, lw.worked_minutes_per_week),
            ),
            (
                text.t("pdf-lwb-fulltime-hours"),
                hours(&text, lw.fulltime_minutes_per_week),
            ),
        ]),
        Block::Heading(text.t("pdf-lwb-tasks")),
    ]);
    let lines: &[TaskLine] = s.outcome.as_ref().map_or(&[], |o| o.tasks.as_slice());
    blocks.push(Block::Table {
        columns: vec![
            col(&text, "pdf-lwb-task", 25),
            col(&text, "pdf-lwb-share", 12),
            col(&text, "pdf-lwb-tempo", 11),
            col(&text, "pdf-lwb-quality", 12),
            col(&text, "pdf-lwb-net-time", 12),
            col(&text, "pdf-lwb-performance", 15),
            col(&text, "pdf-lwb-contribution", 13),
        ],
        rows: lw
            .tasks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let line = lines.get(i);
                vec![
                    t.name.clone(),
                    percent(&text, u64::from(t.share_percent) * 100),
                    percent(&text, u64::from(t.tempo_percent) * 100),
                    percent(&text, u64::from(t.quality_percent) * 100),
                    percent(&text, u64::from(t.net_time_percent) * 100),
                    line.map_or_else(
                        || text.t("stmt-empty"),
                        |l| {
                            let id = if l.capped {
                                "pdf-lwb-percent-capped"
                            } else {
                                "pdf-lwb-percent"
                            };
                            text.ta(
                                id,
                                &[(
                                    "value",
                                    format_hundredths(u64::from(l.performance_hundredths)),
                                )],
                            )
                        },
                    ),
                    line.map_or_else(
                        || text.t("stmt-empty"),
                        |l| percent(&text, u64::from(l.contribution_hundredths)),
                    ),
                ]
            })
            .collect(),
    });
    blocks.push(Block::Paragraph(text.t("pdf-lwb-tasks-note")));
    blocks.push(Block::Heading(text.t("pdf-lwb-arithmetic")));
    match &s.outcome {
        Some(outcome) => {
            blocks.push(Block::Bullets(
                outcome.steps.iter().map(|r| text.reason(r)).collect(),
            ));
            blocks.push(Block::Fields(vec![(
                text.t("pdf-lwb-total"),
                text.ta(
                    "pdf-lwb-total-value",
                    &[("percent", outcome.percent.to_string())],
                ),
            )]));
        }
        None => blocks.push(Block::Paragraph(text.t("pdf-lwb-no-outcome"))),
    }
    if let Some(notes) = lw.notes.as_ref().filter(|n| !n.trim().is_empty()) {
        blocks.push(Block::Heading(text.t("pdf-lwb-notes")));
        blocks.push(Block::Paragraph(notes.clone()));
    }
    // Who assessed goes with the sign-off half, so the task table shares the first page
    // with the facts it is about.
    blocks.push(Block::Heading(text.t("pdf-lwb-assessor")));
    blocks.push(Block::Fields(assessor_fields(ctx, &text, s)));
    blocks.push(Block::Heading(text.t("pdf-lwb-jobcoaching")));
    match &lw.jobcoaching {
        Some(need) => blocks.push(Block::Fields(vec![
            (
                text.t("pdf-lwb-jobcoaching-hours"),
                need.hours_per_month.to_string(),
            ),
            (
                text.t("pdf-lwb-jobcoaching-intensity"),
                text.choice(need.intensity),
            ),
            (
                text.t("pdf-lwb-jobcoaching-duration"),
                if need.months == 1 {
                    text.t("pdf-lwb-months-one")
                } else {
                    text.ta("pdf-lwb-months", &[("months", need.months.to_string())])
                },
            ),
        ])),
        None => blocks.push(Block::Paragraph(text.t("pdf-lwb-jobcoaching-none"))),
    }
    blocks.push(Block::Heading(text.t("pdf-lwb-reassessment")));
    blocks.push(Block::Fields(vec![(
        text.t("pdf-lwb-reassess-on"),
        match signed {
            Some(so) => date(so.reassess_on),
            None => text.t("pdf-lwb-reassess-draft"),
        },
    )]));
    blocks.push(Block::Heading(text.t("pdf-lwb-sign-off")));
    match signed {
        Some(so) => blocks.push(Block::Fields(vec![
            (text.t("pdf-lwb-signed-by"), so.signed_by.clone()),
            (text.t("pdf-lwb-signed-on"), date(so.signed_on)),
            (text.t("pdf-lwb-recorded-by"), so.recorded_by.name.clone()),
        ])),
        None => blocks.push(Block::Signatures(vec![Signature {
            role: text.t("pdf-lwb-signature-assessor"),
            name: lw.assessor.name.clone(),
            date_line: text.t("stmt-date-blank"),
        }])),
    }
    let mut doc = frame(
        ctx,
        &text,
        &text.t("pdf-lwb-title"),
        Some(reference),
        blocks,
    )?;
    let mut marks = Vec::new();
    if let Some(issued_on) = copy_of {
        marks.push(text.t("stmt-copy-mark"));
        doc.footer.left = format!(
            "{} · {}",
            doc.footer.left,
            text.ta("stmt-copy-note-report", &[("date", date(issued_on))])
        );
    }
    if signed.is_none() {
        marks.push(text.t("pdf-lwb-draft-mark"));
    }
    if !marks.is_empty() {
        doc.copy_mark = Some(marks.join(" · "));
    }
    Ok(doc)
}

/// Name, where from (staff list or research agency) and the organisation.
fn assessor_fields(
    ctx: &Context,
    text: &Text,
    s: &LoonwaardeReportSnapshot,
) -> Vec<(String, String)> {
    let a = &s.loonwaarde.assessor;
    let organisation = match (a.kind, &a.organisation) {
        (_, Some(org)) if !org.trim().is_empty() => org.clone(),
        (AssessorKind::Staff, _) => text.ta(
            "stmt-municipality",
            &[("name", ctx.letterhead.municipality.clone())],
        ),
        _ => text.t("stmt-empty"),
    };
    vec![
        (text.t("pdf-lwb-assessor-name"), a.name.clone()),
        (text.t("pdf-lwb-assessor-kind"), text.choice(a.kind)),
        (text.t("pdf-lwb-assessor-organisation"), organisation),
    ]
}

/// "24 uur", "32,5 uur".
fn hours(text: &Text, minutes: u32) -> String {
    text.ta(
        "pdf-lwb-hours-value",
        &[("hours", format_minutes_as_hours(minutes))],
    )
}

/// Hundredths of a percent as "85,5 %".
fn percent(text: &Text, hundredths: u64) -> String {
    text.ta(
        "pdf-lwb-percent",
        &[("value", format_hundredths(hundredths))],
    )
}

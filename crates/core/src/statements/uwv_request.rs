//! The request to UWV on paper (beoordeling arbeidsvermogen for beschut werk or Wajong, or
//! the indicatie banenafspraak), from the snapshot frozen when it was printed: the
//! municipality's letterhead, whom it is about (name, BSN, date of birth), what is asked,
//! the four criteria of arbeidsvermogen with the coach's view and what it rests on, the
//! motivation, the resident's consent when recorded, and the list of attachments (only the
//! list: the files go to UWV themselves).

use chrono::NaiveDate;
use werkpad_domain::request::AttachmentInfo;
use werkpad_domain::statement::UwvRequestSnapshot;

use super::StatementError;
use super::doc::{Block, Document, Signature};
use super::intake::col;
use super::text::{Context, Text, date, frame};

/// The request, dated `printed_on` (the day it was first printed). `copy` marks a
/// reprint: the pages then say "AFSCHRIFT".
pub fn document(
    ctx: &Context,
    snapshot: &UwvRequestSnapshot,
    reference: &str,
    printed_on: NaiveDate,
    copy: bool,
) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let s = snapshot;
    let r = &s.request;
    let municipality = ctx.letterhead.municipality.clone();
    let title = text.t("pdf-uwv-title");
    let mut blocks = vec![
        Block::Title(title.clone()),
        Block::Fields(vec![
            (text.t("pdf-uwv-date"), date(printed_on)),
            (text.t("pdf-uwv-reference"), reference.to_owned()),
            (
                text.t("pdf-uwv-sent"),
                r.life
                    .sent_on()
                    .map_or_else(|| text.t("pdf-uwv-not-sent"), date),
            ),
        ]),
        Block::Paragraph(text.ta(
            "pdf-uwv-intro",
            &[
                ("municipality", municipality.clone()),
                ("name", s.resident_name.clone()),
            ],
        )),
        Block::Heading(text.t("pdf-uwv-resident")),
        Block::Fields(vec![
            (text.t("pdf-uwv-name"), s.resident_name.clone()),
            (text.t("pdf-uwv-bsn"), s.bsn.as_str().to_owned()),
            (text.t("pdf-uwv-birth-date"), date(s.birth_date)),
        ]),
        Block::Heading(text.t("pdf-uwv-what")),
    ];
    let mut what = vec![(text.t("pdf-uwv-kind"), text.choice(r.kind))];
    if let Some(route) = r.route {
        what.push((text.t("pdf-uwv-route"), text.choice(route)));
    }
    blocks.push(Block::Fields(what));
    blocks.push(Block::Heading(text.t("pdf-uwv-criteria")));
    match &r.criteria {
        Some(criteria) => {
            blocks.push(Block::Paragraph(text.t("pdf-uwv-criteria-intro")));
            blocks.push(Block::Table {
                columns: vec![
                    col(&text, "pdf-uwv-criterion", 30),
                    col(&text, "pdf-uwv-view", 16),
                    col(&text, "pdf-uwv-explanation", 54),
                ],
                rows: criteria
                    .named()
                    .into_iter()
                    .map(|(name, c)| {
                        vec![
                            text.t(&format!("pdf-uwv-criterion-{}", name.replace('_', "-"))),
                            text.choice(c.view),
                            c.explanation.clone(),
                        ]
                    })
                    .collect(),
            });
        }
        None => blocks.push(Block::Paragraph(text.t("pdf-uwv-criteria-none"))),
    }
    blocks.push(Block::Heading(text.t("pdf-uwv-motivation")));
    blocks.push(Block::Paragraph(r.motivation.clone()));
    if let Some(changed) = r
        .circumstances_changed
        .as_ref()
        .filter(|c| !c.trim().is_empty())
    {
        blocks.push(Block::Heading(text.t("pdf-uwv-changed")));
        blocks.push(Block::Paragraph(changed.clone()));
    }
    if let Some(k) = &r.consent {
        blocks.push(Block::Heading(text.t("pdf-uwv-consent")));
        let mut fields = vec![
            (text.t("pdf-uwv-consent-given"), date(k.given_on)),
            (text.t("pdf-uwv-consent-form"), text.choice(k.form)),
            (text.t("pdf-uwv-consent-scope"), k.scope.clone()),
            (
                text.t("pdf-uwv-consent-recorded-by"),
                k.recorded_by.name.clone(),
            ),
        ];
        if let Some(w) = k.withdrawn_on {
            fields.push((text.t("pdf-uwv-consent-withdrawn"), date(w)));
        }
        blocks.push(Block::Fields(fields));
    }
    blocks.push(Block::Heading(text.t("pdf-uwv-attachments")));
    if s.attachments.is_empty() {
        blocks.push(Block::Paragraph(text.t("pdf-uwv-attachments-none")));
    } else {
        blocks.push(Block::Paragraph(text.t("pdf-uwv-attachments-intro")));
        blocks.push(Block::Table {
            columns: vec![
                col(&text, "pdf-uwv-file", 38),
                col(&text, "pdf-uwv-file-kind", 26),
                col(&text, "pdf-uwv-size", 13),
                col(&text, "pdf-uwv-added-on", 23),
            ],
            rows: s
                .attachments
                .iter()
                .map(|a| attachment_row(&text, a))
                .collect(),
        });
    }
    let coach = r.life.sent.as_ref().unwrap_or(&r.life.drafted);
    blocks.extend([
        Block::Paragraph(text.ta(
            "pdf-uwv-questions",
            &[
                ("name", coach.by.name.clone()),
                ("municipality", municipality.clone()),
            ],
        )),
        Block::Signatures(vec![Signature {
            role: text.ta("pdf-uwv-signed", &[("municipality", municipality)]),
            name: coach.by.name.clone(),
            date_line: text.ta("stmt-date-line", &[("date", date(printed_on))]),
        }]),
    ]);
    let mut doc = frame(ctx, &text, &title, Some(reference), blocks)?;
    if copy {
        doc.copy_mark = Some(text.t("stmt-copy-mark"));
        doc.footer.left = format!(
            "{} · {}",
            doc.footer.left,
            text.ta("stmt-copy-note-uwv", &[("date", date(printed_on))])
        );
    }
    Ok(doc)
}

/// File name, kind, size and the day it was added.
fn attachment_row(text: &Text, a: &AttachmentInfo) -> Vec<String> {
    vec![
        a.file_name.clone(),
        text.choice(a.kind),
        size(text, a.size_bytes),
        date(a.added_on),
    ]
}

/// "312 KB" below one megabyte (at least 1 KB), "1,5 MB" from there (1 KB = 1024 bytes).
pub(crate) fn size(text: &Text, bytes: u32) -> String {
    const KB: u32 = 1024;
    const MB: u32 = 1024 * 1024;
    if bytes < MB {
        let kb = bytes.div_ceil(KB).max(1);
        text.ta("pdf-uwv-size-kb", &[("kb", kb.to_string())])
    } else {
        // Tenths of a megabyte, rounded half up, with a decimal comma.
        let tenths = (u64::from(bytes) * 10 + u64::from(MB) / 2) / u64::from(MB);
        let mb = format!("{},{}", tenths / 10, tenths % 10);
        text.ta("pdf-uwv-size-mb", &[("mb", mb)])
    }
}

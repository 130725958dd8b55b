//! The verklaring 56+ on paper, from the snapshot frozen when it was issued: the
//! municipality declares, the employer knows what to do with it, the signatory signs.

use werkpad_domain::Address;
use werkpad_domain::verklaring56::Verklaring56Snapshot;

use super::StatementError;
use super::doc::{Block, Document, Signature};
use super::text::{Context, Text, date, frame};

/// The declaration. `copy_of` is the original issue date when this is a reprint: the
/// pages then say "AFSCHRIFT".
pub fn document(
    ctx: &Context,
    snapshot: &Verklaring56Snapshot,
    reference: &str,
    copy_of: Option<chrono::NaiveDate>,
) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let s = snapshot;
    let blocks = vec![
        Block::Title(text.t("pdf-v56-title")),
        Block::Fields(vec![
            (text.t("pdf-v56-decision-date"), date(s.decided_on)),
            (text.t("pdf-v56-reference"), reference.to_owned()),
        ]),
        Block::Paragraph(text.ta("pdf-v56-intro", &[("municipality", s.municipality.clone())])),
        Block::Heading(text.t("pdf-v56-employee")),
        Block::Fields(vec![
            (text.t("pdf-v56-name"), s.resident_name.clone()),
            (text.t("pdf-v56-bsn"), s.bsn.as_str().to_owned()),
            (text.t("pdf-v56-birth-date"), date(s.birth_date)),
        ]),
        Block::Heading(text.t("pdf-v56-employer")),
        Block::Fields(vec![
            (text.t("pdf-v56-employer-name"), s.employer.name.clone()),
            (
                text.t("pdf-v56-loonheffingennummer"),
                s.employer.loonheffingennummer.as_str().to_owned(),
            ),
            (text.t("pdf-v56-address"), address_line(&s.employer.address)),
        ]),
        Block::Heading(text.t("pdf-v56-employment")),
        Block::Fields(vec![
            (text.t("pdf-v56-start-date"), date(s.start_date)),
            (
                text.t("pdf-v56-target-group"),
                text.t("pdf-v56-target-group-value"),
            ),
            (
                text.t("pdf-v56-benefit"),
                text.ta(
                    "pdf-v56-benefit-value",
                    &[
                        ("benefit", text.choice(s.benefit)),
                        ("month", text.month(s.benefit_month)),
                    ],
                ),
            ),
            (text.t("pdf-v56-rules"), s.version_id.clone()),
        ]),
        Block::Heading(text.t("pdf-v56-employer-heading")),
        Block::Paragraph(text.t("pdf-v56-employer-text")),
        Block::Signatures(vec![Signature {
            role: text.t("stmt-signature-college"),
            name: format!("{}, {}", s.signatory_name, s.signatory_role),
            date_line: text.ta("stmt-date-line", &[("date", date(s.decided_on))]),
        }]),
    ];
    let mut doc = frame(
        ctx,
        &text,
        &text.t("pdf-v56-title"),
        Some(reference),
        blocks,
    )?;
    if let Some(issued_on) = copy_of {
        // The mark on top and the note in the footer keep the copy on one page too.
        doc.copy_mark = Some(text.t("stmt-copy-mark"));
        doc.footer.left = format!(
            "{} · {}",
            doc.footer.left,
            text.ta("stmt-copy-note", &[("date", date(issued_on))])
        );
    }
    Ok(doc)
}

/// "Ketelstraat 12 A, 6811 AN Arnhem".
pub(crate) fn address_line(a: &Address) -> String {
    let number = match &a.house_number_addition {
        Some(add) => format!("{} {add}", a.house_number),
        None => a.house_number.clone(),
    };
    format!("{} {number}, {} {}", a.street, a.postcode, a.woonplaats)
}

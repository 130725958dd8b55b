//! The intake report: what the resident told at intake, per data category of the privacy
//! statement, for the file and for the resident. Health data are never in it (they have
//! their own restricted place).

use werkpad_domain::Resident;
use werkpad_domain::resident::weekdays;

use super::StatementError;
use super::doc::{Block, Column, Document};
use super::text::{Context, Text, amount, date, frame};
use super::verklaring56::address_line;
use crate::store::residents::ResidentFile;

/// The intake report of `file`.
pub fn document(
    ctx: &Context,
    file: &ResidentFile,
    reference: &str,
) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let r = &file.resident;
    let mut blocks = vec![
        Block::Title(text.t("pdf-intake-title")),
        Block::Paragraph(text.t("pdf-intake-intro")),
    ];
    blocks.extend(person_blocks(&text, r));
    blocks.push(Block::Heading(text.t("pdf-intake-traject")));
    if let Some(view) = file.trajecten.last() {
        let t = &view.traject;
        blocks.push(Block::Fields(vec![
            (text.t("pdf-field-coach"), t.coach.name.clone()),
            (text.t("pdf-field-traject-start"), date(t.started_on)),
            (text.t("pdf-field-traject-state"), text.choice(t.state)),
            (
                text.t("pdf-field-purposes"),
                t.purposes
                    .iter()
                    .map(|p| text.choice(*p))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ]));
    }
    blocks.push(Block::Heading(text.t("pdf-intake-privacy")));
    blocks.push(Block::Paragraph(match r.privacy_statement_explained_on {
        Some(d) => text.ta("pdf-intake-privacy-explained", &[("date", date(d))]),
        None => text.t("pdf-intake-privacy-not-explained"),
    }));
    frame(
        ctx,
        &text,
        &text.t("pdf-intake-title"),
        Some(reference),
        blocks,
    )
}

/// Every personal-data category of the resident (no health): shared by the intake report
/// and the inzage export.
pub(crate) fn person_blocks(text: &Text, r: &Resident) -> Vec<Block> {
    let opt = |v: Option<String>| text.or_empty(v);
    let mut blocks = vec![
        Block::Heading(text.t("pdf-intake-person")),
        Block::Fields(vec![
            (text.t("pdf-field-name"), r.name.full_name()),
            (text.t("pdf-field-birth-date"), date(r.birth_date)),
            (text.t("pdf-field-gender"), text.choice(r.gender)),
            (text.t("pdf-field-bsn"), r.bsn.as_str().to_owned()),
            (
                text.t("pdf-field-id-document"),
                opt(r.id_document.as_ref().map(|d| {
                    format!(
                        "{} {} ({})",
                        text.choice(d.kind),
                        d.number,
                        date(d.expires_on)
                    )
                })),
            ),
            (
                text.t("pdf-field-marital-status"),
                opt(r.marital_status.map(|m| text.choice(m))),
            ),
            (text.t("pdf-field-nationality"), opt(r.nationality.clone())),
        ]),
        Block::Heading(text.t("pdf-intake-contact")),
        Block::Fields(vec![
            (text.t("pdf-field-address"), address_line(&r.address)),
            (
                text.t("pdf-field-phone"),
                opt(r.phone.as_ref().map(|p| p.to_string())),
            ),
            (
                text.t("pdf-field-email"),
                opt(r.email.as_ref().map(|e| e.as_str().to_owned())),
            ),
        ]),
        Block::Heading(text.t("pdf-intake-situation")),
        Block::Fields(vec![
            (
                text.t("pdf-field-verblijfstitel"),
                opt(r.verblijfstitel.as_ref().map(|v| match v.expires_on {
                    Some(d) => format!("{} ({})", v.kind, date(d)),
                    None => v.kind.clone(),
                })),
            ),
            (
                text.t("pdf-field-housing"),
                opt(r.housing.as_ref().map(|h| text.choice(h.kind))),
            ),
            (
                text.t("pdf-field-rent"),
                opt(r
                    .housing
                    .as_ref()
                    .and_then(|h| h.monthly_rent_cents)
                    .map(amount)),
            ),
        ]),
        Block::Heading(text.t("pdf-intake-background")),
    ];
    if !r.languages.is_empty() {
        blocks.push(Block::Table {
            columns: vec![
                col(text, "pdf-field-language", 60),
                col(text, "pdf-field-level", 40),
            ],
            rows: r
                .languages
                .iter()
                .map(|l| vec![l.language.clone(), text.choice(l.level)])
                .collect(),
        });
    }
    if !r.education.is_empty() {
        blocks.push(Block::Table {
            columns: vec![
                col(text, "pdf-field-education", 40),
                col(text, "pdf-field-institution", 30),
                col(text, "pdf-field-diploma", 15),
                col(text, "pdf-field-year", 15),
            ],
            rows: r
                .education
                .iter()
                .map(|e| {
                    vec![
                        e.name.clone(),
                        opt(e.institution.clone()),
                        text.t(if e.diploma { "stmt-yes" } else { "stmt-no" }),
                        opt(e.completed_year.map(|y| y.to_string())),
                    ]
                })
                .collect(),
        });
    }
    if !r.work_experience.is_empty() {
        blocks.push(Block::Table {
            columns: vec![
                col(text, "pdf-field-occupation", 35),
                col(text, "pdf-field-employer", 35),
                col(text, "pdf-field-period", 30),
            ],
            rows: r
                .work_experience
                .iter()
                .map(|w| {
                    let period = match (w.from, w.until) {
                        (None, None) => text.t("stmt-empty"),
                        (f, u) => format!(
                            "{} – {}",
                            f.map(date).unwrap_or_default(),
                            u.map(date).unwrap_or_default()
                        ),
                    };
                    vec![w.occupation.clone(), opt(w.employer.clone()), period]
                })
                .collect(),
        });
    }
    let a = &r.availability;
    blocks.push(Block::Heading(text.t("pdf-intake-availability")));
    blocks.push(Block::Fields(vec![
        (
            text.t("pdf-field-hours"),
            opt(a.hours_per_week.map(|h| h.to_string())),
        ),
        (
            text.t("pdf-field-days"),
            opt((!a.days.is_empty()).then(|| {
                a.days
                    .iter()
                    .map(|d| text.t(weekdays::message_id(*d)))
                    .collect::<Vec<_>>()
                    .join(", ")
            })),
        ),
        (
            text.t("pdf-field-available-from"),
            opt(a.available_from.map(date)),
        ),
    ]));
    if !r.obstacles.is_empty() {
        blocks.push(Block::Paragraph(text.t("pdf-field-obstacles")));
        blocks.push(Block::Bullets(
            r.obstacles
                .iter()
                .map(|o| match &o.description {
                    Some(d) => format!("{}: {d}", text.choice(o.kind)),
                    None => text.choice(o.kind),
                })
                .collect(),
        ));
    }
    blocks.push(Block::Heading(text.t("pdf-intake-motivation")));
    blocks.push(Block::Fields(vec![
        (text.t("pdf-field-motivation"), opt(r.motivation.clone())),
        (
            text.t("pdf-field-career-wishes"),
            opt((!r.career_wishes.is_empty()).then(|| r.career_wishes.join(", "))),
        ),
    ]));
    blocks
}

/// A table column with a Fluent header.
pub(crate) fn col(text: &Text, id: &str, width_percent: u8) -> Column {
    Column {
        header: text.t(id),
        width_percent,
    }
}

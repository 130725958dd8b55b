//! The AVG inzage export (art. 15): everything Werkpad holds about one resident, with the
//! purposes, the data categories, the recipients so far, the source and the retention
//! date, as a PDF in plain Dutch and as a JSON file with the same content.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use werkpad_domain::loonwaarde::Loonwaardebepaling;
use werkpad_domain::subsidy::{JobcoachSubsidy, LksDecision, LksPayment};
use werkpad_domain::validate::{format_amount_cents, format_minutes_as_hours};
use werkpad_domain::verklaring56::Verklaring56Decision;
use werkpad_domain::{DataCategory, Disclosure, HealthRecord, IssuedStatement, Purpose, Report};

use super::StatementError;
use super::doc::{Block, Document};
use super::intake::{col, person_blocks};
use super::inzage_requests::RequestRecords;
use super::plan::{agreement_row, goal_row};
use super::text::{Context, Text, date, frame};
use crate::store::residents::ResidentFile;

/// A retention line: when a traject ended and when its data go.
#[derive(Debug, Clone, Serialize)]
pub struct RetentionLine {
    /// The traject's end date.
    pub ended_on: NaiveDate,
    /// First day the data may be destroyed.
    pub destroy_after: NaiveDate,
}

/// Everything of the export; serialized as the JSON file.
#[derive(Debug, Clone, Serialize)]
pub struct Inzage {
    /// The export's reference.
    pub reference: String,
    /// When it was made.
    pub made_at: DateTime<Utc>,
    /// The municipality.
    pub municipality: String,
    /// Purposes the data are used for (from the trajecten).
    pub purposes: Vec<Purpose>,
    /// Categories of data held.
    pub categories: Vec<DataCategory>,
    /// Recipients so far.
    pub disclosures: Vec<Disclosure>,
    /// Where the data come from (text).
    pub source: String,
    /// Retention per ended traject; empty while guidance runs.
    pub retention: Vec<RetentionLine>,
    /// The file (personal data, trajecten, reports, agreements, goals, appointments,
    /// assessments).
    pub file: ResidentFile,
    /// Health records.
    pub health_records: Vec<HealthRecord>,
    /// Decisions on a verklaring 56+.
    pub verklaring56_decisions: Vec<Verklaring56Decision>,
    /// Statements issued before this one.
    pub issued_statements: Vec<IssuedStatement>,
    /// Loonwaarde, loonkostensubsidie and jobcoaching.
    pub subsidies: SubsidyRecords,
    /// Requests, attachments, verzuim, leerwerkplekken and trainings.
    pub requests: RequestRecords,
}

/// The loonwaarde and subsidy records of the export (issue 22).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SubsidyRecords {
    /// Loonwaardebepalingen, drafts included.
    pub loonwaarden: Vec<Loonwaardebepaling>,
    /// Decisions on a loonkostensubsidie.
    pub lks_decisions: Vec<LksDecision>,
    /// Payments of loonkostensubsidie.
    pub lks_payments: Vec<LksPayment>,
    /// Job coaching paid to an organisation.
    pub jobcoaching: Vec<JobcoachSubsidy>,
}

/// What the store holds beside the file, read in the export's transaction.
#[derive(Debug, Clone, Default)]
pub struct Held {
    /// Health records (their reads are audited by the caller).
    pub health_records: Vec<HealthRecord>,
    /// Decisions on a verklaring 56+.
    pub verklaring56_decisions: Vec<Verklaring56Decision>,
    /// Statements issued before.
    pub issued_statements: Vec<IssuedStatement>,
    /// The sharing register.
    pub disclosures: Vec<Disclosure>,
    /// Loonwaarde and subsidies.
    pub subsidies: SubsidyRecords,
    /// Requests, attachments, verzuim, leerwerkplekken and trainings.
    pub requests: RequestRecords,
}

impl Inzage {
    /// Put the export together.
    pub fn gather(ctx: &Context, reference: &str, file: ResidentFile, held: Held) -> Self {
        let Held {
            health_records,
            verklaring56_decisions,
            issued_statements,
            disclosures,
            subsidies,
            requests,
        } = held;
        let text = Text::new(ctx.locale);
        let mut purposes: Vec<Purpose> = file
            .trajecten
            .iter()
            .flat_map(|t| t.traject.purposes.iter().copied())
            .chain(disclosures.iter().map(|d| d.purpose))
            .collect();
        if !verklaring56_decisions.is_empty() {
            purposes.push(Purpose::Verklaring56Plus);
        }
        if !subsidies.loonwaarden.is_empty() {
            purposes.push(Purpose::Loonwaarde);
        }
        if !subsidies.lks_decisions.is_empty() {
            purposes.push(Purpose::EmployerSubsidy);
        }
        if !subsidies.jobcoaching.is_empty() {
            purposes.push(Purpose::JobcoachSubsidy);
        }
        purposes.extend(requests.purposes());
        purposes.sort();
        purposes.dedup();
        let retention = file
            .trajecten
            .iter()
            .filter_map(|t| {
                Some(RetentionLine {
                    ended_on: t.traject.end.as_ref()?.ended_on,
                    destroy_after: t.destroy_after?,
                })
            })
            .collect();
        Self {
            reference: reference.to_owned(),
            made_at: ctx.now,
            municipality: ctx.letterhead.municipality.clone(),
            categories: {
                let mut c = categories(
                    &file,
                    !health_records.is_empty(),
                    !subsidies.loonwaarden.is_empty(),
                );
                for extra in requests.categories() {
                    if !c.contains(&extra) {
                        c.push(extra);
                    }
                }
                c
            },
            purposes,
            disclosures,
            source: text.t("pdf-inzage-source-text"),
            retention,
            file,
            health_records,
            verklaring56_decisions,
            issued_statements,
            subsidies,
            requests,
        }
    }
}

/// The categories the file actually holds.
fn categories(file: &ResidentFile, health: bool, loonwaarde: bool) -> Vec<DataCategory> {
    use DataCategory as C;
    let r = &file.resident;
    let mut out = vec![C::Name, C::Address, C::Woonplaats, C::Gender, C::Bsn];
    let mut add = |present: bool, c: C| {
        if present {
            out.push(c);
        }
    };
    add(r.phone.is_some(), C::Phone);
    add(r.email.is_some(), C::Email);
    add(r.id_document.is_some(), C::IdDocumentNumber);
    add(r.marital_status.is_some(), C::MaritalStatus);
    add(r.nationality.is_some(), C::Nationality);
    add(r.verblijfstitel.is_some(), C::Verblijfstitel);
    add(r.housing.is_some(), C::Housing);
    add(
        !(r.languages.is_empty() && r.education.is_empty() && r.work_experience.is_empty()),
        C::LanguageEducationExperience,
    );
    add(true, C::AvailabilityObstacles);
    add(
        r.motivation.is_some() || !r.career_wishes.is_empty(),
        C::MotivationCareerWishes,
    );
    add(
        !(file.reports.is_empty() && file.agreements.is_empty() && file.goals.is_empty()),
        C::Support,
    );
    add(!file.assessments.is_empty(), C::Assessments);
    add(health, C::Health);
    add(loonwaarde, C::Loonwaarde);
    out
}

/// The PDF of an export.
pub fn document(ctx: &Context, x: &Inzage) -> Result<Document, StatementError> {
    let text = Text::new(ctx.locale);
    let mut blocks = vec![
        Block::Title(text.t("pdf-inzage-title")),
        Block::Paragraph(text.ta(
            "pdf-inzage-intro",
            &[("municipality", x.municipality.clone())],
        )),
        Block::Paragraph(text.ta(
            "pdf-inzage-made-on",
            &[("date", date(x.made_at.date_naive()))],
        )),
        Block::Heading(text.t("pdf-inzage-purposes")),
        Block::Bullets(x.purposes.iter().map(|p| text.choice(*p)).collect()),
        Block::Heading(text.t("pdf-inzage-categories")),
        Block::Bullets(x.categories.iter().map(|c| text.choice(*c)).collect()),
        Block::Heading(text.t("pdf-inzage-recipients")),
    ];
    if x.disclosures.is_empty() {
        blocks.push(Block::Paragraph(text.t("pdf-inzage-recipients-none")));
    } else {
        blocks.push(Block::Table {
            columns: vec![
                col(&text, "pdf-inzage-date", 16),
                col(&text, "pdf-inzage-recipient", 30),
                col(&text, "pdf-inzage-purpose", 27),
                col(&text, "pdf-inzage-data", 27),
            ],
            rows: x
                .disclosures
                .iter()
                .map(|d| {
                    vec![
                        date(d.disclosed_on),
                        format!("{} ({})", d.recipient_name, text.choice(d.recipient)),
                        text.choice(d.purpose),
                        d.categories
                            .iter()
                            .map(|c| text.choice(*c))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ]
                })
                .collect(),
        });
    }
    blocks.push(Block::Heading(text.t("pdf-inzage-source")));
    blocks.push(Block::Paragraph(x.source.clone()));
    blocks.push(Block::Heading(text.t("pdf-inzage-retention")));
    if x.retention.is_empty() {
        blocks.push(Block::Paragraph(text.t("pdf-inzage-retention-running")));
    }
    for line in &x.retention {
        blocks.push(Block::Paragraph(text.ta(
            "pdf-inzage-retention-until",
            &[
                ("end", date(line.ended_on)),
                ("until", date(line.destroy_after)),
            ],
        )));
    }
    blocks.push(Block::Heading(text.t("pdf-inzage-rights")));
    blocks.push(Block::Paragraph(text.t("pdf-inzage-rights-text")));
    blocks.push(Block::PageBreak);
    blocks.extend(person_blocks(&text, &x.file.resident));
    blocks.extend(record_blocks(&text, x));
    frame(
        ctx,
        &text,
        &text.t("pdf-inzage-title"),
        Some(&x.reference),
        blocks,
    )
}

/// The records, one section each; an empty section says "Geen.".
fn record_blocks(text: &Text, x: &Inzage) -> Vec<Block> {
    let f = &x.file;
    let mut out = Vec::new();
    let mut section = |heading: &str, columns: Vec<(&str, u8)>, rows: Vec<Vec<String>>| {
        out.push(Block::Heading(text.t(heading)));
        if rows.is_empty() {
            out.push(Block::Paragraph(text.t("pdf-inzage-none")));
        } else {
            out.push(Block::Table {
                columns: columns
                    .into_iter()
                    .map(|(id, w)| col(text, id, w))
                    .collect(),
                rows,
            });
        }
    };
    section(
        "pdf-inzage-trajecten",
        vec![
            ("pdf-inzage-when", 20),
            ("pdf-field-traject-state", 25),
            ("pdf-field-coach", 25),
            ("pdf-field-purposes", 30),
        ],
        f.trajecten
            .iter()
            .map(|t| {
                let t = &t.traject;
                vec![
                    date(t.started_on),
                    text.choice(t.state),
                    t.coach.name.clone(),
                    t.purposes
                        .iter()
                        .map(|p| text.choice(*p))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect(),
    );
    section(
        "pdf-inzage-reports",
        vec![
            ("pdf-inzage-when", 16),
            ("pdf-inzage-who", 20),
            ("pdf-inzage-kind", 16),
            ("pdf-inzage-what", 48),
        ],
        f.reports
            .iter()
            .map(|r: &Report| report_row(text, r))
            .collect(),
    );
    section(
        "pdf-inzage-agreements",
        vec![
            ("pdf-plan-agreement", 60),
            ("pdf-plan-due", 20),
            ("pdf-plan-status", 20),
        ],
        f.agreements
            .iter()
            .map(|a| agreement_row(text, a))
            .collect(),
    );
    section(
        "pdf-inzage-goals",
        vec![
            ("pdf-plan-goal", 60),
            ("pdf-plan-target-date", 20),
            ("pdf-plan-status", 20),
        ],
        f.goals.iter().map(|g| goal_row(text, g)).collect(),
    );
    section(
        "pdf-inzage-appointments",
        vec![
            ("pdf-inzage-when", 25),
            ("pdf-inzage-what", 55),
            ("pdf-plan-status", 20),
        ],
        f.appointments
            .iter()
            .map(|a| {
                vec![
                    a.starts_at.format("%d-%m-%Y %H:%M").to_string(),
                    a.subject.clone(),
                    text.choice(a.status),
                ]
            })
            .collect(),
    );
    section(
        "pdf-inzage-assessments",
        vec![
            ("pdf-inzage-when", 16),
            ("pdf-inzage-kind", 20),
            ("pdf-inzage-what", 44),
            ("pdf-inzage-who", 20),
        ],
        f.assessments
            .iter()
            .map(|a| {
                vec![
                    date(a.decided_on),
                    text.choice(a.kind),
                    format!("{}: {}", a.subject, a.decision),
                    a.decided_by.name.clone(),
                ]
            })
            .collect(),
    );
    section(
        "pdf-inzage-health",
        vec![
            ("pdf-inzage-when", 16),
            ("pdf-inzage-what", 64),
            ("pdf-inzage-who", 20),
        ],
        x.health_records
            .iter()
            .map(|h| {
                vec![
                    date(h.recorded_on),
                    h.summary.clone(),
                    h.recorded_by.name.clone(),
                ]
            })
            .collect(),
    );
    section(
        "pdf-inzage-decisions",
        vec![
            ("pdf-inzage-when", 16),
            ("pdf-plan-status", 20),
            ("pdf-inzage-what", 44),
            ("pdf-inzage-who", 20),
        ],
        x.verklaring56_decisions
            .iter()
            .map(|d| {
                vec![
                    date(d.decided_on),
                    text.choice(d.outcome),
                    d.reasoning.clone(),
                    d.decided_by.name.clone(),
                ]
            })
            .collect(),
    );
    let sub = &x.subsidies;
    section(
        "pdf-inzage-loonwaarde",
        vec![
            ("pdf-inzage-when", 16),
            ("pdf-inzage-what", 44),
            ("pdf-inzage-loonwaarde-percent", 16),
            ("pdf-inzage-who", 24),
        ],
        sub.loonwaarden
            .iter()
            .map(|l| {
                let percent = match (l.signed_percent(), l.outcome()) {
                    (Some(p), _) => format!("{p} %"),
                    (None, Some(o)) => text.ta(
                        "pdf-inzage-loonwaarde-draft",
                        &[("percent", o.percent.to_string())],
                    ),
                    (None, None) => text.t("pdf-inzage-loonwaarde-open"),
                };
                vec![
                    date(l.visit_date),
                    format!("{} ({})", l.actual_function, l.normfunctie),
                    percent,
                    l.assessor.name.clone(),
                ]
            })
            .collect(),
    );
    section(
        "pdf-inzage-lks",
        vec![
            ("pdf-inzage-when", 16),
            ("pdf-plan-status", 16),
            ("pdf-inzage-what", 48),
            ("pdf-inzage-who", 20),
        ],
        sub.lks_decisions
            .iter()
            .map(|d| {
                vec![
                    date(d.decided_on),
                    text.choice(d.outcome),
                    d.reasoning.clone(),
                    d.decided_by.name.clone(),
                ]
            })
            .collect(),
    );
    section(
        "pdf-inzage-lks-payments",
        vec![
            ("pdf-inzage-when", 30),
            ("pdf-inzage-hours", 20),
            ("pdf-inzage-amount", 25),
            ("pdf-inzage-who", 25),
        ],
        sub.lks_payments
            .iter()
            .map(|p| {
                let i = &p.calculation.input;
                vec![
                    format!("{} – {}", date(i.from), date(i.until)),
                    format_minutes_as_hours(i.minutes),
                    format!("EUR {}", format_amount_cents(p.calculation.total_cents)),
                    p.approved_by.name.clone(),
                ]
            })
            .collect(),
    );
    section(
        "pdf-inzage-jobcoaching",
        vec![
            ("pdf-inzage-when", 30),
            ("pdf-inzage-hours", 20),
            ("pdf-inzage-amount", 25),
            ("pdf-plan-status", 25),
        ],
        sub.jobcoaching
            .iter()
            .map(|j| {
                let c = &j.calculation;
                let status = match (&j.progress_report, &j.approval) {
                    (_, Some(_)) => "pdf-inzage-jobcoaching-paid",
                    (Some(_), None) => "pdf-inzage-jobcoaching-reported",
                    (None, None) => "pdf-inzage-jobcoaching-planned",
                };
                vec![
                    format!("{} – {}", date(c.from), date(c.until)),
                    format_minutes_as_hours(c.minutes),
                    format!("EUR {}", format_amount_cents(c.amount_cents)),
                    text.t(status),
                ]
            })
            .collect(),
    );
    for (heading, columns, rows) in x.requests.sections(text) {
        section(heading, columns, rows);
    }
    section(
        "pdf-inzage-statements",
        vec![
            ("pdf-inzage-when", 20),
            ("pdf-inzage-kind", 40),
            ("pdf-v56-reference", 40),
        ],
        x.issued_statements
            .iter()
            .map(|s| {
                vec![
                    date(s.issued_at.date_naive()),
                    text.t(s.kind.message_id()),
                    s.reference.clone(),
                ]
            })
            .collect(),
    );
    out
}

fn report_row(text: &Text, r: &Report) -> Vec<String> {
    vec![
        date(r.written_at.date_naive()),
        r.author.name.clone(),
        text.choice(r.kind),
        r.text.clone(),
    ]
}

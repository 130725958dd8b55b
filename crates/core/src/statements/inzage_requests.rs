//! The inzage export's part about requests to other parties, verzuim and preparation for
//! work (issue 23): what was asked of whom and where it stands, the attachments (name,
//! kind, size; never the file itself in the PDF), absences with their decisions, and
//! leerwerkplekken and trainings.

use serde::Serialize;
use werkpad_domain::learning::{Leerwerkplek, Training};
use werkpad_domain::request::{
    Attachment, AttachmentInfo, MedicalExamination, Referral, UwvRequest,
};
use werkpad_domain::verzuim::VerzuimCase;
use werkpad_domain::{DataCategory, Purpose, format_date};

use super::text::Text;

/// A section of the PDF: heading id, columns (label id, width %), rows.
pub(crate) type Section = (&'static str, Vec<(&'static str, u8)>, Vec<Vec<String>>);

/// The records of the export.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RequestRecords {
    /// Requests to UWV.
    pub uwv_requests: Vec<UwvRequest>,
    /// Medical examinations (health data; their reads are audited by the caller).
    pub medical_examinations: Vec<MedicalExamination>,
    /// Life-domain referrals.
    pub referrals: Vec<Referral>,
    /// Attachments, without the files.
    pub attachments: Vec<AttachmentInfo>,
    /// Absences with their controls, accounts and decisions.
    pub verzuim: Vec<VerzuimCase>,
    /// Leerwerkplekken.
    pub leerwerkplekken: Vec<Leerwerkplek>,
    /// Trainings.
    pub trainings: Vec<Training>,
}

impl RequestRecords {
    /// The attachments' facts from the stored files.
    pub fn infos(attachments: &[Attachment]) -> Vec<AttachmentInfo> {
        attachments.iter().map(AttachmentInfo::from).collect()
    }

    /// The purposes these records serve.
    pub fn purposes(&self) -> Vec<Purpose> {
        let mut p = Vec::new();
        let mut add = |present: bool, purpose: Purpose| {
            if present {
                p.push(purpose);
            }
        };
        add(!self.uwv_requests.is_empty(), Purpose::UwvRequest);
        add(
            !self.medical_examinations.is_empty(),
            Purpose::MedicalExamination,
        );
        add(!self.referrals.is_empty(), Purpose::LifeDomainSupport);
        add(!self.verzuim.is_empty(), Purpose::Verzuim);
        add(
            !(self.leerwerkplekken.is_empty() && self.trainings.is_empty()),
            Purpose::WorkPreparation,
        );
        p
    }

    /// The data categories these records add.
    pub fn categories(&self) -> Vec<DataCategory> {
        let mut c = Vec::new();
        if !self.medical_examinations.is_empty() || self.attachments.iter().any(|a| a.special) {
            c.push(DataCategory::Health);
        }
        if self.verzuim.iter().any(|v| v.decision.is_some()) {
            c.push(DataCategory::Assessments);
        }
        if !(self.leerwerkplekken.is_empty() && self.trainings.is_empty()) {
            c.push(DataCategory::LanguageEducationExperience);
        }
        c
    }

    /// The PDF's sections: heading id, columns (label id, width %), rows.
    pub(crate) fn sections(&self, text: &Text) -> Vec<Section> {
        let sent = |d: Option<chrono::NaiveDate>| d.map(format_date).unwrap_or_default();
        let uwv = self
            .uwv_requests
            .iter()
            .map(|r| {
                vec![
                    sent(r.life.sent_on()).to_string(),
                    text.choice(r.kind),
                    text.choice(r.life.status),
                    r.answer
                        .as_ref()
                        .map(|a| format!("{}: {}", text.choice(a.outcome), a.summary))
                        .unwrap_or_default(),
                ]
            })
            .collect();
        let medical = self
            .medical_examinations
            .iter()
            .map(|m| {
                vec![
                    sent(m.life.sent_on()),
                    m.agency.clone(),
                    text.choice(m.life.status),
                    m.outcome
                        .as_ref()
                        .map(|o| o.summary.clone())
                        .unwrap_or_default(),
                ]
            })
            .collect();
        let referrals = self
            .referrals
            .iter()
            .map(|r| {
                vec![
                    sent(r.life.sent_on()),
                    format!("{} ({})", r.organisation, text.choice(r.domain)),
                    text.choice(r.life.status),
                    r.shared
                        .iter()
                        .map(|c| text.choice(*c))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect();
        let attachments = self
            .attachments
            .iter()
            .map(|a| {
                vec![
                    format_date(a.added_on),
                    a.file_name.clone(),
                    text.choice(a.kind),
                    format!("{} kB", a.size_bytes.div_ceil(1024)),
                ]
            })
            .collect();
        let verzuim = self
            .verzuim
            .iter()
            .map(|v| {
                vec![
                    format_date(v.absence.on),
                    text.choice(v.absence.place),
                    v.decision
                        .as_ref()
                        .map(|d| format!("{}: {}", text.choice(d.outcome), d.reasoning))
                        .unwrap_or_default(),
                    v.decision
                        .as_ref()
                        .map(|d| d.by.name.clone())
                        .unwrap_or_default(),
                ]
            })
            .collect();
        let learning = self
            .leerwerkplekken
            .iter()
            .map(|l| {
                vec![
                    format!("{} – {}", format_date(l.starts_on), format_date(l.ends_on)),
                    format!("{}: {}", l.partner, l.work),
                    String::new(),
                ]
            })
            .chain(self.trainings.iter().map(|t| {
                vec![
                    format_date(t.starts_on),
                    format!("{}: {}", t.provider, t.name),
                    text.choice(t.result),
                ]
            }))
            .collect();
        let four = |a, b| {
            vec![
                ("pdf-inzage-when", 16),
                (a, 30),
                ("pdf-plan-status", 18),
                (b, 36),
            ]
        };
        vec![
            (
                "pdf-inzage-uwv",
                four("pdf-inzage-kind", "pdf-inzage-what"),
                uwv,
            ),
            (
                "pdf-inzage-medical",
                four("pdf-inzage-who", "pdf-inzage-what"),
                medical,
            ),
            (
                "pdf-inzage-referrals",
                four("pdf-inzage-who", "pdf-inzage-shared"),
                referrals,
            ),
            (
                "pdf-inzage-attachments",
                vec![
                    ("pdf-inzage-when", 16),
                    ("pdf-inzage-file", 40),
                    ("pdf-inzage-kind", 28),
                    ("pdf-inzage-size", 16),
                ],
                attachments,
            ),
            (
                "pdf-inzage-verzuim",
                vec![
                    ("pdf-inzage-when", 16),
                    ("pdf-inzage-kind", 20),
                    ("pdf-inzage-what", 44),
                    ("pdf-inzage-who", 20),
                ],
                verzuim,
            ),
            (
                "pdf-inzage-learning",
                vec![
                    ("pdf-inzage-when", 25),
                    ("pdf-inzage-what", 55),
                    ("pdf-plan-status", 20),
                ],
                learning,
            ),
        ]
    }
}

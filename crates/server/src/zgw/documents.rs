//! Werkpad's documents as ENKELVOUDIGINFORMATIEOBJECTen: the request body of
//! `POST /documenten/api/v1/enkelvoudiginformatieobjecten` (Documenten API 1.5.0, schema
//! `EnkelvoudigInformatieObjectCreateLockRequest`).
//!
//! An issued statement goes as its metadata: kind, reference (kenmerk), day, language. The
//! server keeps what a statement states (for reprints, in the laptop's store), not the PDF
//! that was printed, so there is no `inhoud` to send; the snapshot inside (name, BSN, birth
//! date, employer) does not go either. A file attached to a request to UWV is held on the
//! server with its bytes, so it goes with `inhoud` (base64), its size and its SHA-256,
//! named after its identificatie rather than the name it was uploaded with.

use serde_json::{Map, Value, json};
use uuid::Uuid;
use werkpad_domain::request::{Attachment, AttachmentKind, MediaType};
use werkpad_domain::{IssuedStatement, StatementKind};

use super::config::ZgwSettings;
use super::dates::{amsterdam_day, iso};

/// One document ready to go: its placeholder URL (until the Documenten API gives it a real
/// one) and the request body.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Informatieobject {
    /// `urn:uuid:<record id>`, replaced by the URL the Documenten API returns.
    pub placeholder: String,
    /// The day it belongs to (to pick its traject).
    #[serde(skip)]
    pub day: chrono::NaiveDate,
    /// Special-category data (health): the zaak becomes `vertrouwelijk`.
    #[serde(skip)]
    pub health: bool,
    /// The request body.
    pub body: Value,
}

/// The placeholder URL of a Werkpad record until the API has given it a real one.
pub fn placeholder(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

/// The Dutch title of a statement kind (API data in the municipality's language).
fn statement_title(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Verklaring56Plus => "Verklaring 56+",
        StatementKind::IntakeReport => "Intakeverslag",
        StatementKind::PlanVanAanpak => "Plan van aanpak",
        StatementKind::Inzage => "Inzage persoonsgegevens",
        StatementKind::LoonwaardeReport => "Rapport loonwaardebepaling",
        StatementKind::LksBeschikking => "Beschikking loonkostensubsidie",
        StatementKind::UwvRequest => "Aanvraag aan UWV",
        StatementKind::VerzuimWarning => "Waarschuwing verzuim",
    }
}

fn attachment_title(kind: AttachmentKind) -> &'static str {
    match kind {
        AttachmentKind::MedicalReport => "Medisch rapport",
        AttachmentKind::PsychologicalReport => "Psychologisch rapport",
        AttachmentKind::SchoolReport => "School- of stagerapport",
        AttachmentKind::JobcoachReport => "Rapport jobcoach",
        AttachmentKind::Cv => "Curriculum vitae",
        AttachmentKind::Other => "Bijlage bij aanvraag",
    }
}

fn extension(media_type: MediaType) -> &'static str {
    match media_type {
        MediaType::Pdf => "pdf",
        MediaType::Png => "png",
        MediaType::Jpeg => "jpg",
    }
}

/// ISO 639-2/B from Werkpad's language tags.
fn taal(language: &str) -> &'static str {
    if language.starts_with("en") {
        "eng"
    } else {
        "dut"
    }
}

fn vertrouwelijkheid(health: bool) -> &'static str {
    if health {
        "vertrouwelijk"
    } else {
        "zaakvertrouwelijk"
    }
}

fn base(
    settings: &ZgwSettings,
    kind: &str,
    identificatie: &str,
    titel: String,
) -> Map<String, Value> {
    let mut body = Map::new();
    body.insert("identificatie".into(), json!(identificatie));
    body.insert("bronorganisatie".into(), json!(settings.bronorganisatie));
    body.insert("titel".into(), json!(titel));
    body.insert("auteur".into(), json!(settings.auteur));
    body.insert("status".into(), json!("definitief"));
    body.insert(
        "informatieobjecttype".into(),
        json!(settings.informatieobjecttype_for(kind)),
    );
    body
}

/// An issued statement: metadata only (see the module documentation).
pub fn statement(settings: &ZgwSettings, s: &IssuedStatement) -> Informatieobject {
    let day = amsterdam_day(s.issued_at);
    let kind = s.kind.as_str();
    let mut body = base(
        settings,
        kind,
        &s.reference,
        format!("{} {}", statement_title(s.kind), s.reference),
    );
    body.insert("creatiedatum".into(), json!(iso(day)));
    body.insert(
        "vertrouwelijkheidaanduiding".into(),
        json!(vertrouwelijkheid(false)),
    );
    body.insert("taal".into(), json!(taal(&s.language)));
    body.insert("formaat".into(), json!("application/pdf"));
    body.insert(
        "beschrijving".into(),
        json!("Uitgegeven met Werkpad; het document zelf staat niet op de server."),
    );
    Informatieobject {
        placeholder: placeholder(s.id.as_uuid()),
        day,
        health: false,
        body: Value::Object(body),
    }
}

/// A file attached to a request to UWV, with its bytes.
pub fn attachment(settings: &ZgwSettings, a: &Attachment) -> Informatieobject {
    let health = a.special || a.kind.is_health();
    let kind = format!("attachment.{}", a.kind.as_str());
    let identificatie = format!("WP-{}", a.id.as_uuid().simple());
    let mut body = base(
        settings,
        &kind,
        &identificatie,
        attachment_title(a.kind).to_owned(),
    );
    body.insert("creatiedatum".into(), json!(iso(a.added_on)));
    body.insert(
        "vertrouwelijkheidaanduiding".into(),
        json!(vertrouwelijkheid(health)),
    );
    body.insert("taal".into(), json!("dut"));
    body.insert("formaat".into(), json!(a.media_type.as_str()));
    // Not the name it was uploaded with ("CV Zeynep Yılmaz.pdf"): the identificatie.
    body.insert(
        "bestandsnaam".into(),
        json!(format!("{identificatie}.{}", extension(a.media_type))),
    );
    body.insert("inhoud".into(), json!(a.content));
    body.insert("bestandsomvang".into(), json!(a.size_bytes));
    body.insert(
        "integriteit".into(),
        json!({"algoritme": "sha_256", "waarde": a.sha256, "datum": iso(a.added_on)}),
    );
    Informatieobject {
        placeholder: placeholder(a.id.as_uuid()),
        day: a.added_on,
        health,
        body: Value::Object(body),
    }
}

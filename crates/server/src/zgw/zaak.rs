//! A traject as a ZAAK (`POST /zaken/api/v1/zaken`, Zaken API 1.5.1, schema `Zaak`
//! without its read-only fields) and the links to its documents
//! (`POST /zaken/api/v1/zaakinformatieobjecten`, schema `ZaakInformatieObject`).

use serde_json::{Map, Value, json};
use uuid::Uuid;
use werkpad_domain::Traject;

use super::config::ZgwSettings;
use super::dates::iso;
use super::documents::{Informatieobject, placeholder};

/// Where a kenmerk comes from (`ZaakKenmerk.bron`).
pub const BRON: &str = "Werkpad";

/// One traject ready to go: the zaak, its documents and the links between them.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ZaakExport {
    /// The traject.
    pub traject_id: Uuid,
    /// `urn:uuid:<traject id>`, replaced by the URL the Zaken API returns.
    pub placeholder: String,
    /// The body of `POST /zaken`.
    pub zaak: Value,
    /// The bodies of `POST /enkelvoudiginformatieobjecten`.
    pub informatieobjecten: Vec<Informatieobject>,
    /// The bodies of `POST /zaakinformatieobjecten`, with placeholders for both URLs.
    pub zaakinformatieobjecten: Vec<Value>,
}

/// `WP-` and the traject id's 32 hex digits: 35 characters, unique, within the 40 the API
/// allows, and the same on every export of that traject.
pub fn identificatie(traject_id: Uuid) -> String {
    format!("WP-{}", traject_id.simple())
}

/// The zaak of `traject` with `documents`. `vertrouwelijk` when a document is health data,
/// `zaakvertrouwelijk` otherwise: a traject is about one person's work and income.
pub fn zaak(
    settings: &ZgwSettings,
    traject: &Traject,
    documents: Vec<Informatieobject>,
) -> ZaakExport {
    let id = traject.id.as_uuid();
    let health = documents.iter().any(|d| d.health);
    let mut body = Map::new();
    body.insert("identificatie".into(), json!(identificatie(id)));
    body.insert("bronorganisatie".into(), json!(settings.bronorganisatie));
    body.insert(
        "omschrijving".into(),
        json!("Traject naar werk (Participatiewet)"),
    );
    body.insert("zaaktype".into(), json!(settings.zaaktype));
    body.insert("registratiedatum".into(), json!(iso(traject.started_on)));
    body.insert(
        "verantwoordelijkeOrganisatie".into(),
        json!(settings.verantwoordelijke_organisatie),
    );
    body.insert("startdatum".into(), json!(iso(traject.started_on)));
    body.insert(
        "vertrouwelijkheidaanduiding".into(),
        json!(if health {
            "vertrouwelijk"
        } else {
            "zaakvertrouwelijk"
        }),
    );
    body.insert(
        "kenmerken".into(),
        json!([{"kenmerk": id.to_string(), "bron": BRON}]),
    );
    let zaak_url = placeholder(id);
    let links = documents
        .iter()
        .map(|d| {
            json!({
                "zaak": zaak_url,
                "informatieobject": d.placeholder,
                "titel": d.body.get("titel").cloned().unwrap_or(Value::Null),
            })
        })
        .collect();
    ZaakExport {
        traject_id: id,
        placeholder: zaak_url,
        zaak: Value::Object(body),
        informatieobjecten: documents,
        zaakinformatieobjecten: links,
    }
}

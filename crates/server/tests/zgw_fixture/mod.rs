//! Zeynep Yılmaz-Çelik's file on the server, for the ZGW tests (tests/zgw.rs,
//! tests/zgw_push.rs), and the settings of a municipality that filled in `[zgw]`.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::request::{AttachmentInput, AttachmentOwner};
use werkpad_domain::resident::Address;
use werkpad_domain::verklaring56::{BenefitKind, Employer, Verklaring56Snapshot};
use werkpad_domain::{
    EntityKind, IssuedStatement, Loonheffingennummer, Postcode, Record, ResidentId, StaffId,
    StaffMember, StatementId, StatementKind, TrajectId, Verklaring56DecisionId,
};
use werkpad_server::zgw::ZgwSettings;
use werkpad_testkit::{self as demo, Rng};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn settings() -> ZgwSettings {
    let mut s = ZgwSettings {
        zaaktype: "https://openzaak.arnhem.example/catalogi/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1".into(),
        informatieobjecttype: "https://openzaak.arnhem.example/catalogi/api/v1/informatieobjecttypen/7a474713-0833-402a-8441-e467c08ac55b".into(),
        bronorganisatie: "002220647".into(),
        verantwoordelijke_organisatie: "002220647".into(),
        auteur: "Gemeente Arnhem, team Werk".into(),
        ..ZgwSettings::default()
    };
    s.informatieobjecttypen.insert(
        "verklaring_56_plus".into(),
        "https://openzaak.arnhem.example/catalogi/api/v1/informatieobjecttypen/b2a8ad2c-6b2c-4b2b-9a5c-0d5f1f0c1a56".into(),
    );
    s
}

/// Zeynep and what must not leave with her zaken.
pub struct Zeynep {
    pub id: Uuid,
    pub trajecten: [Uuid; 2],
    pub statement: Uuid,
    pub cv: Vec<u8>,
    pub medical: Vec<u8>,
    pub secrets: Vec<String>,
}

async fn insert(
    pool: &PgPool,
    seq: &mut i64,
    kind: &str,
    id: Uuid,
    resident: Uuid,
    doc: Value,
    special: bool,
) {
    *seq += 1;
    sqlx::query(
        "INSERT INTO records (entity, id, resident_id, version, doc, change_seq, special)
         VALUES ($1, $2, $3, 1, $4, $5, $6)",
    )
    .bind(kind)
    .bind(id)
    .bind(resident)
    .bind(doc)
    .bind(*seq)
    .bind(special)
    .execute(pool)
    .await
    .unwrap();
}

/// Zeynep Yılmaz-Çelik (59): an ended traject of 2024 and one since March 2026; a
/// verklaring 56+ issued at 23:30 UTC on 20 November 2026 (21 November in Arnhem); her CV
/// and a medical report attached to a request to UWV; a health record.
pub async fn zeynep(pool: &PgPool) -> Zeynep {
    let coach = StaffMember::new(StaffId::new(), "Marieke Coach-de Vries").unwrap();
    let mut c = demo::case(&mut Rng::new(7), &coach, d(2026, 12, 1));
    let r = &mut c.resident;
    r.name.given_names = "Zeynep".into();
    r.name.initials = Some("Z.".into());
    r.name.tussenvoegsel = None;
    r.name.family_name = "Yılmaz-Çelik".into();
    r.birth_date = d(1967, 3, 14);
    r.address.street = "Steenstraat".into();
    r.address.postcode = Postcode::parse("6828AB").unwrap();
    let id = r.record_id();
    let resident = ResidentId::from_uuid(id);
    let secrets = vec![
        r.bsn.as_str().to_owned(),
        "Zeynep".into(),
        "Yılmaz".into(),
        "Çelik".into(),
        "1967-03-14".into(),
        "14-03-1967".into(),
        "Steenstraat".into(),
        "6828AB".into(),
        "6828 AB".into(),
        "Marieke".into(),
        "Coach-de Vries".into(),
        "Bouwbedrijf Gelre".into(),
        "Hernia".into(),
        "cv-zeynep".into(),
    ];
    let mut seq = 0;
    insert(
        pool,
        &mut seq,
        "resident",
        id,
        id,
        serde_json::to_value(&c.resident).unwrap(),
        false,
    )
    .await;
    let mut old = c.traject.clone();
    old.id = TrajectId::new();
    old.started_on = d(2024, 2, 5);
    let mut now = c.traject.clone();
    now.started_on = d(2026, 3, 2);
    for t in [&old, &now] {
        let v = serde_json::to_value(t).unwrap();
        insert(pool, &mut seq, "traject", t.id.as_uuid(), id, v, false).await;
    }
    let device = Uuid::parse_str("0192f1d2-8a3b-7c4d-9e5f-a1b2c3d4e5f6").unwrap();
    let statement = IssuedStatement {
        id: StatementId::new(),
        resident_id: resident,
        kind: StatementKind::Verklaring56Plus,
        reference: werkpad_domain::statement::format_reference(
            StatementKind::Verklaring56Plus,
            &device,
            42,
        ),
        issued_at: Utc.with_ymd_and_hms(2026, 11, 20, 23, 30, 0).unwrap(),
        issued_by: coach.clone(),
        language: "nl-NL".into(),
        verklaring56: Some(Verklaring56Snapshot {
            decision_id: Verklaring56DecisionId::new(),
            resident_name: "Zeynep Yılmaz-Çelik".into(),
            bsn: c.resident.bsn.clone(),
            birth_date: d(1967, 3, 14),
            employer: Employer {
                name: "Bouwbedrijf Gelre B.V.".into(),
                loonheffingennummer: Loonheffingennummer::parse("123456782L01").unwrap(),
                address: Address {
                    street: "Industrieweg".into(),
                    house_number: "12".into(),
                    house_number_addition: None,
                    postcode: Postcode::parse("6827BA").unwrap(),
                    woonplaats: "Arnhem".into(),
                },
            },
            start_date: d(2026, 12, 1),
            benefit: BenefitKind::Participatiewet,
            benefit_month: d(2026, 11, 1),
            decided_on: d(2026, 11, 20),
            version_id: "lkv-2026".into(),
            signatory_name: "J. Bakker".into(),
            signatory_role: "Teamleider Werk".into(),
            municipality: "Gemeente Arnhem".into(),
        }),
        loonwaarde_report: None,
        lks_beschikking: None,
        uwv_request: None,
        verzuim_warning: None,
    };
    statement.validate().unwrap();
    let sid = statement.id.as_uuid();
    insert(
        pool,
        &mut seq,
        "issued_statement",
        sid,
        id,
        serde_json::to_value(&statement).unwrap(),
        false,
    )
    .await;
    let owner = AttachmentOwner {
        kind: EntityKind::UwvRequest,
        id: Uuid::now_v7(),
    };
    let mut files = Vec::new();
    for (kind, name, text) in [
        (
            "cv",
            "cv-zeynep.pdf",
            "Curriculum vitae Zeynep Yılmaz-Çelik",
        ),
        (
            "medical_report",
            "keuring.pdf",
            "Hernia L4-L5, niet zwaar tillen",
        ),
    ] {
        let pdf = format!("%PDF-1.7\n% {text}\n%%EOF\n").into_bytes();
        let a = AttachmentInput {
            kind: Some(kind.into()),
            file_name: Some(name.into()),
            content: Some(STANDARD.encode(&pdf)),
        }
        .into_record(resident, owner, coach.clone(), d(2026, 4, 9))
        .unwrap();
        let special = a.special;
        insert(
            pool,
            &mut seq,
            "attachment",
            a.id.as_uuid(),
            id,
            serde_json::to_value(&a).unwrap(),
            special,
        )
        .await;
        files.push(pdf);
    }
    let health = json!({"id": Uuid::now_v7(), "resident_id": id, "notes": "Hernia L4-L5"});
    insert(
        pool,
        &mut seq,
        "health_record",
        Uuid::now_v7(),
        id,
        health,
        true,
    )
    .await;
    Zeynep {
        id,
        trajecten: [old.id.as_uuid(), now.id.as_uuid()],
        statement: sid,
        medical: files.pop().unwrap(),
        cv: files.pop().unwrap(),
        secrets,
    }
}

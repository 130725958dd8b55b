//! ZGW export (issue 25, part 5): a resident's trajecten as zaken with their documents,
//! validated against the VNG's published Zaken API 1.5.1 and Documenten API 1.5.0; only
//! what a zaak needs leaves (no name, BSN, birth date, address, coach or health data);
//! every export and push is logged; a push reaches a (fake) Open Zaak in the right order
//! with the URLs it returned.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
mod zgw_fixture;
mod zgw_spec;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::Role;
use werkpad_server::zgw::{self, ZgwSettings};
use zgw_fixture::{settings, zeynep};
use zgw_spec::Spec;

fn has_null(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.iter().any(has_null),
        Value::Object(o) => o.values().any(has_null),
        _ => false,
    }
}

fn assert_none_of(secrets: &[String], text: &str) {
    for s in secrets {
        assert!(!text.contains(s.as_str()), "{s:?} left with the export");
    }
}

/// Every body of `export` against the documents' schemas (when ../shared is there).
/// `None` when the documents are not there (a clone without ../shared): skipped, said.
fn validate(export: &zgw::Export) -> Option<usize> {
    let (Some(zaken), Some(documenten)) = (
        Spec::load("zaken-api-1.5.1.yaml"),
        Spec::load("documenten-api-1.5.0.yaml"),
    ) else {
        eprintln!(
            "{} not found: schema validation skipped",
            zgw_spec::dir().display()
        );
        return None;
    };
    let mut checked = 0;
    let mut check = |spec: &Spec, name: &str, body: &Value| {
        let errors = spec.errors(name, body);
        assert!(errors.is_empty(), "{name}: {errors:#?}\n{body:#}");
        checked += 1;
    };
    for z in &export.zaken {
        check(&zaken, "Zaak", &z.zaak);
        for d in &z.informatieobjecten {
            check(
                &documenten,
                "EnkelvoudigInformatieObjectCreateLockRequest",
                &d.body,
            );
        }
        for l in &z.zaakinformatieobjecten {
            check(&zaken, "ZaakInformatieObject", l);
        }
    }
    Some(checked)
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_traject_is_a_zaak_that_the_published_schemas_accept_and_holds_nothing_more(
    pool: PgPool,
) {
    let z = zeynep(&pool).await;
    let by = user(&pool, "fb", Role::FunctioneelBeheerder).await;
    let export = zgw::export(&pool, z.id, by, &settings()).await.unwrap();

    // One zaak per traject, oldest first; identificatie from the traject id.
    assert_eq!(export.zaken.len(), 2);
    for (zaak, traject) in export.zaken.iter().zip(z.trajecten) {
        assert_eq!(
            zaak.zaak["identificatie"],
            format!("WP-{}", traject.simple())
        );
        assert_eq!(zaak.zaak["kenmerken"][0]["kenmerk"], traject.to_string());
        assert_eq!(
            zaak.zaak["vertrouwelijkheidaanduiding"],
            "zaakvertrouwelijk"
        );
        assert_eq!(zaak.zaak["bronorganisatie"], "002220647");
    }
    assert_eq!(export.zaken[0].zaak["startdatum"], "2024-02-05");
    assert_eq!(export.zaken[1].zaak["startdatum"], "2026-03-02");
    assert!(
        export.zaken[0].informatieobjecten.is_empty(),
        "2026's documents go with 2026's traject"
    );

    // The statement (metadata, the Dutch day) and the CV (its bytes); the medical report
    // stays home.
    let now = &export.zaken[1];
    assert_eq!(now.informatieobjecten.len(), 2);
    assert_eq!(export.health_documents_left_out, 1);
    let statement = now
        .informatieobjecten
        .iter()
        .find(|d| d.placeholder == format!("urn:uuid:{}", z.statement))
        .expect("the statement goes");
    assert_eq!(
        statement.body["creatiedatum"], "2026-11-21",
        "23:30 UTC is the next day in Arnhem"
    );
    assert_eq!(statement.body["identificatie"], "V56-C3D4E5F6-00042");
    assert_eq!(statement.body["taal"], "dut");
    assert!(
        statement.body["informatieobjecttype"]
            .as_str()
            .unwrap()
            .ends_with("b2a8ad2c-6b2c-4b2b-9a5c-0d5f1f0c1a56")
    );
    assert!(
        statement.body.get("inhoud").is_none(),
        "the server holds no printed PDF"
    );
    let cv = now
        .informatieobjecten
        .iter()
        .find(|d| d.body.get("inhoud").is_some())
        .unwrap();
    assert_eq!(
        STANDARD
            .decode(cv.body["inhoud"].as_str().unwrap())
            .unwrap(),
        z.cv
    );
    assert_eq!(cv.body["bestandsomvang"], z.cv.len());
    assert_eq!(cv.body["vertrouwelijkheidaanduiding"], "zaakvertrouwelijk");
    // Each link points at its zaak and one of its documents.
    assert_eq!(now.zaakinformatieobjecten.len(), 2);
    for (link, doc) in now
        .zaakinformatieobjecten
        .iter()
        .zip(&now.informatieobjecten)
    {
        assert_eq!(link["zaak"], now.placeholder);
        assert_eq!(link["informatieobject"], doc.placeholder);
    }

    if let Some(n) = validate(&export) {
        assert_eq!(n, 2 + 2 + 2, "every body validated");
    }

    // Nothing beyond what a zaak needs: no name, BSN, birth date, address, coach,
    // employer, health data or uploaded file name; no null either.
    let text = serde_json::to_string(&export).unwrap();
    assert_none_of(&z.secrets, &text);
    assert!(
        !has_null(&serde_json::to_value(&export).unwrap()),
        "no nulls: {text}"
    );
    let medical = STANDARD.encode(&z.medical);
    assert!(!text.contains(&medical[..40]), "the medical report stayed");

    // Logged: report_log and the audit log, ids only.
    let (report, user_id, parameters): (String, Uuid, Value) =
        sqlx::query_as("SELECT report, user_id, parameters FROM report_log")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((report.as_str(), user_id), ("zgw_export", by));
    assert_eq!(parameters["resident_id"], z.id.to_string());
    assert_eq!(parameters["documents"], 2);
    assert_eq!(parameters["health_documents_left_out"], 1);
    assert_eq!(parameters["purpose"], "guidance");
    let audited: Vec<(Uuid, Uuid, String)> = sqlx::query_as(
        "SELECT resident_id, entity_id, purpose FROM audit_log WHERE action = 'zgw_export' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        audited,
        z.trajecten
            .iter()
            .map(|t| (z.id, *t, "guidance".to_owned()))
            .collect::<Vec<_>>()
    );
    assert!(matches!(
        seal_and_verify(&pool).await,
        werkpad_server::audit::Verified::Intact { .. }
    ));
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_medical_report_goes_only_when_configured_and_then_the_zaak_is_vertrouwelijk(
    pool: PgPool,
) {
    let z = zeynep(&pool).await;
    let by = user(&pool, "fb", Role::FunctioneelBeheerder).await;
    let s = ZgwSettings {
        include_health_documents: true,
        ..settings()
    };
    let export = zgw::export(&pool, z.id, by, &s).await.unwrap();
    assert_eq!(export.health_documents_left_out, 0);
    let now = &export.zaken[1];
    assert_eq!(now.zaak["vertrouwelijkheidaanduiding"], "vertrouwelijk");
    assert_eq!(
        export.zaken[0].zaak["vertrouwelijkheidaanduiding"],
        "zaakvertrouwelijk"
    );
    let medical = now
        .informatieobjecten
        .iter()
        .find(|d| d.body["titel"] == "Medisch rapport")
        .expect("the medical report goes");
    assert_eq!(medical.body["vertrouwelijkheidaanduiding"], "vertrouwelijk");
    assert_eq!(
        STANDARD
            .decode(medical.body["inhoud"].as_str().unwrap())
            .unwrap(),
        z.medical
    );
    if let Some(n) = validate(&export) {
        assert_eq!(n, 2 + 3 + 3);
    }
    // The diagnosis is in the document (that is the point), not in the metadata.
    let mut text = serde_json::to_string(&export).unwrap();
    text = text.replace(medical.body["inhoud"].as_str().unwrap(), "");
    assert_none_of(&z.secrets, &text);
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn no_traject_no_zaak_and_nothing_logged(pool: PgPool) {
    let by = user(&pool, "fb", Role::FunctioneelBeheerder).await;
    let nobody = Uuid::now_v7();
    let err = zgw::export(&pool, nobody, by, &settings())
        .await
        .unwrap_err();
    assert!(
        matches!(err, zgw::ZgwError::NoTraject(id) if id == nobody),
        "{err}"
    );
    assert_eq!(count(&pool, "SELECT count(*) FROM report_log").await, 0);
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn export_files_are_new_owner_only_and_exist_only_when_logged(pool: PgPool) {
    let z = zeynep(&pool).await;
    let by = user(&pool, "fb", Role::FunctioneelBeheerder).await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("zgw");
    let (_, written) = zgw::export_to_dir(&pool, z.id, by, &settings(), &out)
        .await
        .unwrap();
    assert_eq!(written.len(), 2);
    assert_eq!(count(&pool, "SELECT count(*) FROM report_log").await, 1);
    for (path, traject) in written.iter().zip(z.trajecten) {
        assert_eq!(
            path.file_name().unwrap().to_str().unwrap(),
            format!("WP-{}.json", traject.simple())
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let back: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        assert_eq!(back["traject_id"], traject.to_string());
    }
    // Again into the same folder: the newer traject's file is there, so nothing is
    // overwritten, nothing logged, and the first traject's file is not left half-done.
    std::fs::remove_file(&written[0]).unwrap();
    let err = zgw::export_to_dir(&pool, z.id, by, &settings(), &out)
        .await
        .unwrap_err();
    assert!(matches!(err, zgw::ZgwError::Io { .. }), "{err}");
    assert!(
        !written[0].exists(),
        "no file of an export that was not logged"
    );
    assert!(
        written[1].exists(),
        "the earlier export's file is untouched"
    );
    assert_eq!(count(&pool, "SELECT count(*) FROM report_log").await, 1);
}

/// The validation above could fail: each of these mutations of a valid body is refused.
#[sqlx::test(migrations = "../../migrations/server")]
async fn the_schemas_refuse_what_open_zaak_would_refuse(pool: PgPool) {
    let z = zeynep(&pool).await;
    let by = user(&pool, "fb", Role::FunctioneelBeheerder).await;
    let export = zgw::export(&pool, z.id, by, &settings()).await.unwrap();
    let (Some(zaken), Some(documenten)) = (
        Spec::load("zaken-api-1.5.1.yaml"),
        Spec::load("documenten-api-1.5.0.yaml"),
    ) else {
        eprintln!("{} not found: skipped", zgw_spec::dir().display());
        return;
    };
    let zaak = &export.zaken[1].zaak;
    let document = &export.zaken[1].informatieobjecten[0].body;
    let link = &export.zaken[1].zaakinformatieobjecten[0];
    let mutations: [(&Spec, &str, &Value, &str, Value); 11] = [
        (&zaken, "Zaak", zaak, "bronorganisatie", Value::Null),
        (&zaken, "Zaak", zaak, "zaaktype", "zaaktype 1".into()),
        (&zaken, "Zaak", zaak, "startdatum", "21-11-2026".into()),
        (
            &zaken,
            "Zaak",
            zaak,
            "vertrouwelijkheidaanduiding",
            "geheimpje".into(),
        ),
        (&zaken, "Zaak", zaak, "identificatie", "W".repeat(41).into()),
        (&zaken, "Zaak", zaak, "einddatum", "2026-12-01".into()),
        (&zaken, "Zaak", zaak, "omschrijvingg", "typo".into()),
        (
            &documenten,
            "EnkelvoudigInformatieObjectCreateLockRequest",
            document,
            "taal",
            "nld-NL".into(),
        ),
        (
            &documenten,
            "EnkelvoudigInformatieObjectCreateLockRequest",
            document,
            "titel",
            "".into(),
        ),
        (
            &documenten,
            "EnkelvoudigInformatieObjectCreateLockRequest",
            document,
            "auteur",
            Value::Null,
        ),
        (
            &zaken,
            "ZaakInformatieObject",
            link,
            "informatieobject",
            "geen url".into(),
        ),
    ];
    for (spec, name, body, field, value) in mutations {
        assert!(spec.errors(name, body).is_empty(), "{name} valid before");
        let mut bad = body.clone();
        if value.is_null() {
            bad.as_object_mut().unwrap().remove(field);
        } else {
            bad[field] = value;
        }
        assert!(
            !spec.errors(name, &bad).is_empty(),
            "{name} with {field} changed: {bad:#}"
        );
    }
}

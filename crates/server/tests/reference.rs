//! Importing reference data against a real PostgreSQL (a fresh database per test, from
//! DATABASE_URL): a first import adds every record, a newer release writes only the
//! difference (which is all a laptop pulls), a malformed file stores nothing. The published
//! samples in ../shared/data are imported too when present.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use serde_json::{Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::reference::{
    Dataset, ImportError, ImportProblem, Pc4Area, ReferenceRelease, parse_pc4,
};
use werkpad_domain::sync::Role;
use werkpad_server::reference::{self, ImportCounts, ReferenceError};

const ESCO_HEADER: &str = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,\
                           hiddenLabels,status,modifiedDate,description,code\n";

/// An ESCO occupation row; `alt` may hold several lines.
fn occupation(uuid: &str, group: &str, label: &str, alt: &str, code: &str) -> String {
    format!(
        "Occupation,http://data.europa.eu/esco/occupation/{uuid},{group},{label},\"{alt}\",,\
         released,2024-01-25T11:28:50.295Z,\"{label}s doen hun werk.\",{code}\n"
    )
}

const FORKLIFT: &str = "6fd13a6a-7bd2-4a3b-8c4c-0b8f3e4a9d21";
const PLAATWERKER: &str = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const SCHOONMAKER: &str = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const KOK: &str = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
const BAKKER: &str = "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b";

fn esco_v1() -> String {
    [
        ESCO_HEADER.to_owned(),
        occupation(
            FORKLIFT,
            "8344",
            "heftruckchauffeur",
            "reachtruckchauffeur\nbestuurder heftruck",
            "8344.1",
        ),
        occupation(PLAATWERKER, "7213", "plaatwerker", "", "7213.2"),
        occupation(
            SCHOONMAKER,
            "9112",
            "schoonmaker",
            "schoonmaakster\ninterieurverzorger",
            "9112.1",
        ),
        occupation(KOK, "5120", "kok", "", "5120.1"),
    ]
    .concat()
}

/// v1 with the forklift driver's synonyms changed, the cleaner gone and a baker added.
fn esco_v2() -> String {
    [
        ESCO_HEADER.to_owned(),
        occupation(
            FORKLIFT,
            "8344",
            "heftruckchauffeur",
            "reachtruckchauffeur\nheftrucker",
            "8344.1",
        ),
        occupation(PLAATWERKER, "7213", "plaatwerker", "", "7213.2"),
        occupation(KOK, "5120", "kok", "", "5120.1"),
        occupation(BAKKER, "7512", "bakker", "broodbakker", "7512.1"),
    ]
    .concat()
}

const PC4: &str = "postcode4,plaats,latitude,longitude\r\n\
                   6811,Arnhem,51.9814,5.9063\r\n\
                   6812,Arnhem,51.9901,5.8989\r\n\
                   1541,Koog aan de Zaan,52.4611,4.8066\r\n\
                   1541,Zaandam,52.4597,4.8113\r\n\
                   9711,Groningen,53.2194,6.5665\r\n";

async fn rows(pool: &PgPool, entity: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM records WHERE entity = $1")
        .bind(entity)
        .fetch_one(pool)
        .await
        .unwrap();
    n
}

/// (version, doc, field_versions, deleted, change_seq) of one record.
async fn record(pool: &PgPool, entity: &str, id: Uuid) -> (i64, Value, Value, bool, i64) {
    sqlx::query_as(
        "SELECT version, doc, field_versions, deleted, change_seq FROM records
         WHERE entity = $1 AND id = $2",
    )
    .bind(entity)
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap()
}

async fn max_seq(pool: &PgPool) -> i64 {
    count(pool, "SELECT coalesce(max(change_seq), 0) FROM records").await
}

/// Every change a device pulls after `cursor`.
async fn pull_after(app: &axum::Router, device: &(Uuid, String), cursor: i64) -> Vec<Value> {
    let (status, body) = call(
        app,
        "/api/v1/pull",
        json!({"device_id": device.0, "cursor": cursor, "limit": 1000}),
        Some(&device.1),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["more"], false, "one page holds the fixture");
    body["changes"].as_array().unwrap().clone()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_first_import_adds_every_record_for_every_laptop(pool: PgPool) {
    let got = reference::import(&pool, Dataset::Pc4, PC4.as_bytes(), "GeoNames 2026-11")
        .await
        .unwrap();
    assert_eq!(
        got.counts,
        ImportCounts {
            added: 4,
            ..ImportCounts::default()
        },
        "five rows, four postcodes (1541 lies in two places)"
    );
    assert_eq!(got.release.records, 4);
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM records WHERE entity = 'pc4_area' AND resident_id IS NULL
             AND NOT special AND NOT deleted AND version = 1"
        )
        .await,
        4,
        "shared, ordinary, version 1"
    );
    let (version, doc, _, _, _) = record(
        &pool,
        "reference_release",
        ReferenceRelease::id_for(Dataset::Pc4),
    )
    .await;
    assert_eq!(
        (version, &doc["dataset"], &doc["version"], &doc["records"]),
        (1, &json!("pc4"), &json!("GeoNames 2026-11"), &json!(4)),
        "the release record says which release the server holds"
    );
    let (_, zaan, _, _, _) = record(&pool, "pc4_area", Pc4Area::id_for(1541)).await;
    assert_eq!(zaan["places"], json!(["Koog aan de Zaan", "Zaandam"]));
    let (action, entity): (String, Option<String>) =
        sqlx::query_as("SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        (action.as_str(), entity.as_deref()),
        ("reference_import", Some("pc4_area")),
        "the import is audited, without content"
    );

    // Any jobcoach's laptop pulls them: no caseload needed for shared records.
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let laptop = device(&app, "anna").await;
    let changes = pull_after(&app, &laptop, 0).await;
    let mut kinds: Vec<&str> = changes
        .iter()
        .map(|c| c["entity"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.pop(),
        Some("reference_release"),
        "the release record comes after its records"
    );
    assert_eq!(kinds, ["pc4_area"; 4], "every area reaches the laptop");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_newer_release_writes_only_the_difference(pool: PgPool) {
    let first = reference::import(
        &pool,
        Dataset::EscoOccupations,
        esco_v1().as_bytes(),
        "ESCO v1.2",
    )
    .await
    .unwrap();
    assert_eq!(first.counts.added, 4, "four released occupations");
    let after_first = max_seq(&pool).await;
    let (_, _, _, _, kok_seq) = record(&pool, "occupation", KOK.parse().unwrap()).await;

    let second = reference::import(
        &pool,
        Dataset::EscoOccupations,
        esco_v2().as_bytes(),
        "ESCO v1.2.1",
    )
    .await
    .unwrap();
    assert_eq!(
        second.counts,
        ImportCounts {
            added: 1,
            changed: 1,
            removed: 1,
            unchanged: 2
        },
        "baker added, forklift driver changed, cleaner removed, welder and cook the same"
    );
    assert_eq!(
        (
            rows(&pool, "occupation").await,
            count(&pool, "SELECT count(*) FROM records WHERE deleted").await
        ),
        (5, 1),
        "one row per occupation ever imported; the removed one is marked deleted"
    );
    let (version, doc, field_versions, _, _) =
        record(&pool, "occupation", FORKLIFT.parse().unwrap()).await;
    assert_eq!(
        (version, &doc["synonyms"]),
        (2, &json!(["reachtruckchauffeur", "heftrucker"])),
        "the changed occupation is one version up with the new synonyms"
    );
    assert_eq!(
        (&field_versions["synonyms"], &field_versions["label"]),
        (&json!(2), &json!(1)),
        "only the changed field carries the new version"
    );
    let (version, _, _, deleted, _) =
        record(&pool, "occupation", SCHOONMAKER.parse().unwrap()).await;
    assert_eq!((version, deleted), (2, true), "the cleaner is gone");
    let (_, _, _, _, seq) = record(&pool, "occupation", KOK.parse().unwrap()).await;
    assert_eq!(seq, kok_seq, "an unchanged occupation is not written again");
    let (version, doc, _, _, _) = record(
        &pool,
        "reference_release",
        ReferenceRelease::id_for(Dataset::EscoOccupations),
    )
    .await;
    assert_eq!(
        (
            version,
            &doc["version"],
            rows(&pool, "reference_release").await
        ),
        (2, &json!("ESCO v1.2.1"), 1),
        "one release record per dataset, now naming the new release"
    );

    // A laptop that had the first release pulls exactly the difference.
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let laptop = device(&app, "anna").await;
    let changes = pull_after(&app, &laptop, after_first).await;
    let mut got: Vec<(String, bool)> = changes
        .iter()
        .map(|c| {
            (
                c["entity_id"].as_str().unwrap().to_owned(),
                c["deleted"].as_bool().unwrap(),
            )
        })
        .collect();
    got.sort();
    let release_id = ReferenceRelease::id_for(Dataset::EscoOccupations).to_string();
    let mut want = vec![
        (FORKLIFT.to_owned(), false),
        (SCHOONMAKER.to_owned(), true),
        (BAKKER.to_owned(), false),
        (release_id, false),
    ];
    want.sort();
    assert_eq!(got, want, "changed, removed, added, and the release record");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_malformed_file_stores_nothing_and_names_its_line(pool: PgPool) {
    let far = PC4.replace("9711,Groningen,53.2194", "9711,Groningen,59.2194");
    let err = reference::import(&pool, Dataset::Pc4, far.as_bytes(), "GeoNames 2026-11")
        .await
        .expect_err("a latitude outside the Netherlands");
    let ReferenceError::File(ImportError { line, problem }) = err else {
        panic!("a file error, got {err}");
    };
    assert_eq!(
        (line, problem),
        (6, ImportProblem::bad_value("latitude", "59.2194")),
        "the record on line 6"
    );
    assert_eq!(
        (
            count(&pool, "SELECT count(*) FROM records").await,
            count(&pool, "SELECT count(*) FROM audit_log").await
        ),
        (0, 0),
        "nothing stored, nothing audited"
    );

    // After a good release, a broken one leaves it as it was.
    reference::import(&pool, Dataset::Pc4, PC4.as_bytes(), "GeoNames 2026-11")
        .await
        .unwrap();
    let before = max_seq(&pool).await;
    let open_quote = PC4.replace("6812,Arnhem", "6812,\"Arnhem");
    let err = reference::import(
        &pool,
        Dataset::Pc4,
        open_quote.as_bytes(),
        "GeoNames 2026-12",
    )
    .await
    .expect_err("an unterminated quote");
    assert!(
        matches!(&err, ReferenceError::File(e) if e.line == 3),
        "the open quote's record starts on line 3: {err}"
    );
    let empty_name = reference::import(&pool, Dataset::Pc4, PC4.as_bytes(), "  ").await;
    assert!(
        matches!(empty_name, Err(ReferenceError::Release(_))),
        "a release needs a name"
    );
    assert_eq!(
        (max_seq(&pool).await, rows(&pool, "pc4_area").await),
        (before, 4),
        "the good release is untouched"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn isco_groups_import_and_reimport_unchanged(pool: PgPool) {
    let file = "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description\n\
                ISCOGroup,http://data.europa.eu/esco/isco/C7,7,Ambachtslieden,released,,x,\n\
                ISCOGroup,http://data.europa.eu/esco/isco/C72,72,Metaalarbeiders,released,,x,\n\
                ISCOGroup,http://data.europa.eu/esco/isco/C721,721,Plaatwerkers,released,,x,\n\
                ISCOGroup,http://data.europa.eu/esco/isco/C7213,7213,Plaatwerkers,released,,x,\n";
    let first = reference::import(&pool, Dataset::IscoGroups, file.as_bytes(), "ESCO v1.2")
        .await
        .unwrap();
    assert_eq!(first.counts.added, 4);
    let again = reference::import(&pool, Dataset::IscoGroups, file.as_bytes(), "ESCO v1.2")
        .await
        .unwrap();
    assert_eq!(
        again.counts,
        ImportCounts {
            unchanged: 4,
            ..ImportCounts::default()
        },
        "the same file again changes no group"
    );
    assert_eq!(
        (
            rows(&pool, "isco_group").await,
            count(
                &pool,
                "SELECT count(*) FROM audit_log WHERE action = 'reference_import'"
            )
            .await
        ),
        (4, 2),
        "no duplicates; each import audited"
    );
}

/// The published files, when ../shared/data is present (no timing asserted).
#[sqlx::test(migrations = "../../migrations/server")]
async fn the_published_samples_import_when_present(pool: PgPool) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/");
    let (Ok(esco), Ok(pc4)) = (
        std::fs::read(format!("{dir}occupations_nl.csv")),
        std::fs::read(format!("{dir}pc4_nl.csv")),
    ) else {
        println!("skipped: the samples in {dir} are not readable");
        return;
    };
    let got = reference::import(&pool, Dataset::EscoOccupations, &esco, "ESCO v1.2")
        .await
        .unwrap();
    assert_eq!(got.counts.added, 3039, "every occupation of the sample");
    assert_eq!(rows(&pool, "occupation").await, 3039);

    let areas = parse_pc4(pc4.as_slice()).unwrap().len();
    let got = reference::import(&pool, Dataset::Pc4, &pc4, "GeoNames")
        .await
        .unwrap();
    assert_eq!(got.counts.added as usize, areas, "one record per postcode");
    assert_eq!(rows(&pool, "pc4_area").await as usize, areas);

    let again = reference::import(&pool, Dataset::Pc4, &pc4, "GeoNames")
        .await
        .unwrap();
    assert_eq!(
        (
            again.counts.unchanged as usize,
            again.counts.added + again.counts.changed
        ),
        (areas, 0),
        "stored coordinates compare equal to freshly parsed ones"
    );
}

//! Statistics for research (issue 24): a study's data set holds no name, BSN, full
//! postcode, birth date, street, free text or id; a resident has one pseudonym within a
//! study and another in the next; small (birth year, gender, PC4) groups lose their PC4;
//! closing a study destroys its key; every command is logged with purpose and requester.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde_json::{Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::Role;
use werkpad_domain::{
    EndReason, Gender, Postcode, Record, StaffId, StaffMember, Traject, TrajectId,
};
use werkpad_server::statistics::pseudonym::StudyKey;
use werkpad_server::statistics::{self, StatisticsError};
use werkpad_testkit::{self as demo, Rng};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The day the tests' exports are "as of".
fn as_of() -> NaiveDate {
    d(2026, 12, 1)
}

/// What a resident must never be recognisable by in an export.
struct Person {
    id: Uuid,
    secrets: Vec<String>,
    trajecten: usize,
}

/// Given names, tussenvoegsel, family name, birth date, gender, postcode.
type Someone = (
    &'static str,
    Option<&'static str>,
    &'static str,
    NaiveDate,
    Gender,
    &'static str,
);

struct Population {
    people: Vec<Person>,
    /// Every record id written, resident ids included.
    ids: Vec<Uuid>,
    coach: StaffMember,
}

async fn insert(pool: &PgPool, seq: &mut i64, entity: &str, id: Uuid, resident: Uuid, doc: Value) {
    *seq += 1;
    sqlx::query(
        "INSERT INTO records (entity, id, resident_id, version, doc, change_seq)
         VALUES ($1, $2, $3, 1, $4, $5)",
    )
    .bind(entity)
    .bind(id)
    .bind(resident)
    .bind(doc)
    .bind(*seq)
    .execute(pool)
    .await
    .unwrap();
}

/// Eleven residents: six women born in 1967 in PC4 6828 (one group of six), two men born
/// in 1985 in 6811 (a group of two), three others. Each has a traject from the demo data;
/// the first also an earlier, ended one; some have placements and decisions.
async fn population(pool: &PgPool) -> Population {
    let coach = StaffMember {
        id: StaffId::new(),
        name: "Marieke Coach-de Vries".into(),
    };
    let people: [Someone; 11] = [
        (
            "Zeynep",
            None,
            "Yılmaz-Çelik",
            d(1967, 3, 14),
            Gender::Female,
            "6828AB",
        ),
        (
            "Fatma",
            None,
            "Öztürk",
            d(1967, 7, 2),
            Gender::Female,
            "6828 AC",
        ),
        (
            "Anneke",
            Some("van der"),
            "Berg",
            d(1967, 1, 30),
            Gender::Female,
            "6828BD",
        ),
        (
            "Siham",
            None,
            "El Amrani",
            d(1967, 11, 9),
            Gender::Female,
            "6828 GH",
        ),
        (
            "Joke",
            Some("de"),
            "Wit",
            d(1967, 5, 21),
            Gender::Female,
            "6828KL",
        ),
        (
            "Marta",
            None,
            "Kowalska",
            d(1967, 9, 5),
            Gender::Female,
            "6828 MN",
        ),
        (
            "Văn An",
            None,
            "Nguyễn",
            d(1985, 4, 17),
            Gender::Male,
            "6811 CZ",
        ),
        (
            "Piet",
            None,
            "Jansen",
            d(1985, 8, 8),
            Gender::Male,
            "6811DE",
        ),
        (
            "Ahmed",
            None,
            "Bakkali",
            d(1992, 2, 29),
            Gender::Male,
            "6832 BK",
        ),
        (
            "Lotte",
            None,
            "Hendriks",
            d(2001, 12, 24),
            Gender::Other,
            "6845EP",
        ),
        (
            "Willem",
            None,
            "Smit",
            d(1960, 6, 1),
            Gender::Unknown,
            "6824 AA",
        ),
    ];
    let mut seq = 0;
    let mut out = Population {
        people: Vec::new(),
        ids: Vec::new(),
        coach: coach.clone(),
    };
    for (i, (given, tussen, family, born, gender, postcode)) in people.into_iter().enumerate() {
        let mut rng = Rng::new(100 + i as u64);
        let mut c = demo::case(&mut rng, &coach, as_of());
        let r = &mut c.resident;
        r.name.given_names = given.into();
        r.name.initials = Some(format!("{}.", &given[..1]));
        r.name.tussenvoegsel = tussen.map(Into::into);
        r.name.family_name = family.into();
        r.birth_date = born;
        r.gender = gender;
        r.address.postcode = Postcode::parse(postcode).unwrap();
        r.address.street = "Steenstraat".into();
        let id = r.record_id();
        let mut secrets = vec![
            r.bsn.as_str().to_owned(),
            given.to_owned(),
            family.to_owned(),
            r.name.full_name(),
            r.name.display_name(),
            born.to_string(),
            born.format("%d-%m-%Y").to_string(),
            r.address.postcode.as_str().to_owned(),
            format!(
                "{} {}",
                &r.address.postcode.as_str()[..4],
                &r.address.postcode.as_str()[4..]
            ),
            r.address.street.clone(),
            "Wil graag weer aan het werk".to_owned(),
        ];
        insert(
            pool,
            &mut seq,
            "resident",
            id,
            id,
            serde_json::to_value(&*r).unwrap(),
        )
        .await;
        let traject_id = c.traject.record_id();
        insert(
            pool,
            &mut seq,
            "traject",
            traject_id,
            id,
            serde_json::to_value(&c.traject).unwrap(),
        )
        .await;
        out.ids.extend([id, traject_id]);
        let mut trajecten = 1;
        if i == 0 {
            // An earlier traject, ended: Zeynep has two lines under one pseudonym.
            let mut earlier = Traject::new(
                TrajectId::new(),
                r.id,
                coach.clone(),
                d(2023, 2, 6),
                Vec::new(),
            );
            earlier
                .end(
                    EndReason::Beeindigd,
                    d(2024, 1, 31),
                    coach.clone(),
                    "Afgerond na plaatsing bij Bakkerij Çelik.".into(),
                )
                .unwrap();
            secrets.push("Bakkerij".into());
            let eid = earlier.record_id();
            insert(
                pool,
                &mut seq,
                "traject",
                eid,
                id,
                serde_json::to_value(&earlier).unwrap(),
            )
            .await;
            out.ids.push(eid);
            trajecten += 1;
        }
        if i % 3 == 0 {
            let start = c.traject.started_on + chrono::Days::new(20);
            let facts = [
                (
                    "placement",
                    json!({"start": start, "contract": "arbeidsovereenkomst",
                    "hours_per_week": 24, "employer_name": "Bakkerij Çelik B.V.", "end": null}),
                ),
                (
                    "lks_decision",
                    json!({"decided_on": start, "outcome": "granted",
                    "estimate": {"total_cents": 1_234_500}, "reasoning": "Loonwaarde 60%, Bakkerij"}),
                ),
                (
                    "verklaring56_decision",
                    json!({"decided_on": start, "outcome": "refused"}),
                ),
                (
                    "verzuim",
                    json!({"absence": {"on": start, "note": "Niet verschenen"}, "decision": null}),
                ),
                (
                    "referral",
                    json!({"domain": "schuldhulpverlening", "life": {"sent": {"on": start}}}),
                ),
            ];
            for (entity, doc) in facts {
                let fid = Uuid::now_v7();
                insert(pool, &mut seq, entity, fid, id, doc).await;
                out.ids.push(fid);
            }
        }
        out.people.push(Person {
            id,
            secrets,
            trajecten,
        });
    }
    out
}

async fn study_key(pool: &PgPool, name: &str) -> StudyKey {
    let key: Vec<u8> = sqlx::query_scalar("SELECT key FROM studies WHERE name = $1")
        .bind(name)
        .fetch_one(pool)
        .await
        .unwrap();
    StudyKey::from_slice(&key).unwrap()
}

async fn export(pool: &PgPool, study: &str, by: Uuid) -> String {
    let mut out = Vec::new();
    statistics::export(pool, study, by, as_of(), &mut out)
        .await
        .unwrap();
    String::from_utf8(out).unwrap()
}

/// True when `text` holds anything shaped like yyyy-mm-dd.
fn has_a_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

/// The lines of a data set as maps from column to value.
fn rows(csv: &str) -> Vec<HashMap<String, String>> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .map(|l| {
            let fields: Vec<&str> = l.split(',').collect();
            assert_eq!(fields.len(), header.len(), "{l}");
            header
                .iter()
                .map(|h| h.to_string())
                .zip(fields.iter().map(|f| f.to_string()))
                .collect()
        })
        .collect()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_data_set_holds_no_identifying_data_and_pseudonyms_follow_the_study(pool: PgPool) {
    let admin = user(&pool, "beheer", Role::FunctioneelBeheerder).await;
    let pop = population(&pool).await;
    statistics::open(
        &pool,
        "arbeid-55plus",
        "Duurzaamheid van plaatsingen 55+",
        "Dr. A. Bakker, Radboud Universiteit",
        admin,
    )
    .await
    .unwrap();
    statistics::open(
        &pool,
        "tweede-studie",
        "Instroom per wijk",
        "CBS, team arbeid",
        admin,
    )
    .await
    .unwrap();
    let a = export(&pool, "arbeid-55plus", admin).await;
    let b = export(&pool, "tweede-studie", admin).await;

    for (name, csv) in [("a", &a), ("b", &b)] {
        for p in &pop.people {
            for secret in &p.secrets {
                assert!(
                    !csv.contains(secret.as_str()),
                    "study {name} leaks {secret:?}:\n{csv}"
                );
            }
        }
        for id in pop.ids.iter().chain([&pop.coach.id.as_uuid()]) {
            assert!(!csv.contains(&id.to_string()), "study {name} holds id {id}");
            assert!(
                !csv.contains(&id.simple().to_string()),
                "study {name} holds id {id}"
            );
        }
        assert!(!csv.contains("Coach"), "no coach's name");
        assert!(!has_a_date(csv), "study {name} holds a full date:\n{csv}");
        assert!(!csv.contains("6828AB") && !csv.contains("6828 AB"));
    }

    let total: usize = pop.people.iter().map(|p| p.trajecten).sum();
    let (ra, rb) = (rows(&a), rows(&b));
    assert_eq!((ra.len(), rb.len()), (total, total), "one line per traject");

    // Within a study one pseudonym per resident, also across trajecten; across studies
    // nothing in common.
    let (ka, kb) = (
        study_key(&pool, "arbeid-55plus").await,
        study_key(&pool, "tweede-studie").await,
    );
    for p in &pop.people {
        let in_a = ra
            .iter()
            .filter(|r| r["pseudonym"] == ka.pseudonym(p.id))
            .count();
        let in_b = rb
            .iter()
            .filter(|r| r["pseudonym"] == kb.pseudonym(p.id))
            .count();
        assert_eq!((in_a, in_b), (p.trajecten, p.trajecten));
        assert_ne!(ka.pseudonym(p.id), kb.pseudonym(p.id));
    }
    let pa: HashSet<&str> = ra.iter().map(|r| r["pseudonym"].as_str()).collect();
    let pb: HashSet<&str> = rb.iter().map(|r| r["pseudonym"].as_str()).collect();
    assert_eq!(pa.len(), pop.people.len());
    assert!(pa.is_disjoint(&pb), "two studies share no pseudonym");

    // Zeynep: two lines, birth year and age band, her ended traject in months and codes.
    let zeynep: Vec<_> = ra
        .iter()
        .filter(|r| r["pseudonym"] == ka.pseudonym(pop.people[0].id))
        .collect();
    assert!(
        zeynep
            .iter()
            .all(|r| r["birth_year"] == "1967" && r["gender"] == "female" && r["pc4"] == "6828")
    );
    let ended = zeynep
        .iter()
        .find(|r| r["referred"] == "2023-02")
        .expect("the earlier traject");
    assert_eq!(
        (ended["age_band"].as_str(), ended["ended"].as_str()),
        ("55-59", "2024-01")
    );
    assert_eq!(ended["end_reason"], "beeindigd");
    let current = zeynep.iter().find(|r| r["referred"] != "2023-02").unwrap();
    assert_eq!(
        (
            current["placements"].as_str(),
            current["paid_placement"].as_str()
        ),
        ("1", "1")
    );
    assert_eq!(
        (
            current["lks_granted"].as_str(),
            current["verklaring56"].as_str()
        ),
        ("1", "refused")
    );
    assert_eq!(
        (current["absences"].as_str(), current["referrals"].as_str()),
        ("1", "1")
    );

    // The six women of 1967 in 6828 keep their PC4; the two men of 1985 in 6811 lose it,
    // as does everyone alone in their group.
    for (p, r) in pop.people.iter().zip(0..) {
        let line = ra
            .iter()
            .find(|l| l["pseudonym"] == ka.pseudonym(p.id))
            .unwrap();
        let expected = if r < 6 { "6828" } else { "" };
        assert_eq!(line["pc4"], expected, "resident {r}");
    }

    // Each command logged with purpose and requester; the audit keeps ids only.
    let log: Vec<(Option<Uuid>, String, Value)> =
        sqlx::query_as("SELECT user_id, report, parameters FROM report_log ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    let exports: Vec<_> = log.iter().filter(|l| l.1 == "statistics_export").collect();
    assert_eq!(exports.len(), 2);
    assert_eq!(exports[0].0, Some(admin));
    assert_eq!(exports[0].2["study"], "arbeid-55plus");
    assert_eq!(exports[0].2["purpose"], "Duurzaamheid van plaatsingen 55+");
    assert_eq!(
        exports[0].2["requester"],
        "Dr. A. Bakker, Radboud Universiteit"
    );
    assert_eq!(exports[0].2["rows"], total);
    assert_eq!(exports[1].2["requester"], "CBS, team arbeid");
    assert_eq!(log.iter().filter(|l| l.1 == "statistics_open").count(), 2);
    assert_eq!(
        count(&pool, "SELECT count(*) FROM audit_log WHERE action = 'statistics_export' AND purpose = 'research'").await,
        2
    );
    assert!(matches!(
        seal_and_verify(&pool).await,
        werkpad_server::audit::Verified::Intact { .. }
    ));
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn closing_a_study_destroys_its_key_and_ends_its_exports(pool: PgPool) {
    let admin = user(&pool, "beheer", Role::FunctioneelBeheerder).await;
    population(&pool).await;
    statistics::open(&pool, "kort", "Proef", "Gemeente, team onderzoek", admin)
        .await
        .unwrap();
    let before = export(&pool, "kort", admin).await;
    assert!(before.lines().count() > 1);

    let closed = statistics::close(&pool, "kort", admin).await.unwrap();
    assert_eq!(closed.closed_by, Some(admin));
    let (key, closed_at): (Option<Vec<u8>>, Option<chrono::DateTime<chrono::Utc>>) =
        sqlx::query_as("SELECT key, closed_at FROM studies WHERE name = 'kort'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(key.is_none(), "the key is destroyed");
    assert!(closed_at.is_some());

    let mut out = Vec::new();
    let refused = statistics::export(&pool, "kort", admin, as_of(), &mut out)
        .await
        .unwrap_err();
    assert!(matches!(refused, StatisticsError::Closed(_)));
    assert_eq!(
        refused.to_string(),
        "study \"kort\" closed; its key was destroyed"
    );
    assert!(out.is_empty(), "nothing written");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kort.csv");
    assert!(
        statistics::export::export_to_file(&pool, "kort", admin, as_of(), &file)
            .await
            .is_err()
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file left behind"
    );

    assert!(matches!(
        statistics::open(&pool, "kort", "Opnieuw", "Iemand", admin).await,
        Err(StatisticsError::NameTaken(_))
    ));
    assert!(matches!(
        statistics::close(&pool, "kort", admin).await,
        Err(StatisticsError::Closed(_))
    ));
    assert!(matches!(
        statistics::close(&pool, "nooit", admin).await,
        Err(StatisticsError::NoSuchStudy(_))
    ));
    let mut out = Vec::new();
    assert!(matches!(
        statistics::export(&pool, "nooit", admin, as_of(), &mut out).await,
        Err(StatisticsError::NoSuchStudy(_))
    ));

    let listed = statistics::list(&pool).await.unwrap();
    assert_eq!(listed.len(), 1);
    let json = serde_json::to_value(&listed[0]).unwrap();
    assert!(
        json.get("key").is_none(),
        "a listing never shows a key: {json}"
    );
    let log: Vec<String> = sqlx::query_scalar("SELECT report FROM report_log ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(
        log,
        ["statistics_open", "statistics_export", "statistics_close"]
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn an_export_to_a_file_is_owner_only(pool: PgPool) {
    let admin = user(&pool, "beheer", Role::FunctioneelBeheerder).await;
    population(&pool).await;
    statistics::open(&pool, "bestand", "Proef", "Gemeente", admin)
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.csv");
    let summary = statistics::export::export_to_file(&pool, "bestand", admin, as_of(), &file)
        .await
        .unwrap();
    assert_eq!(summary.rows, 12);
    assert_eq!(summary.residents, 11);
    assert_eq!(summary.pc4_blanked, 5, "two men of 1985 and three alone");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.lines().count(), 13);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(
        statistics::export::export_to_file(&pool, "bestand", admin, as_of(), &file)
            .await
            .is_ok(),
        "a second export replaces the file"
    );
}

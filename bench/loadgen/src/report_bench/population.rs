//! A generated municipality: teams of coaches, and residents with trajecten, placements,
//! decisions, absences, referrals and conversation reports, as the documents laptops push
//! (the resident from the test kit, the rest in their stored JSON shape with texts of a
//! realistic length), inserted straight into `records` with change numbers.

use chrono::{Days, NaiveDate};
use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::{Record, StaffId, StaffMember};
use werkpad_testkit::{self as kit, Rng};

/// What was made.
pub struct World {
    /// Team ids.
    pub teams: Vec<Uuid>,
    /// Records inserted.
    pub records: usize,
}

const TEAMS: usize = 8;
const COACHES_PER_TEAM: usize = 6;
const REPORTS_PER_RESIDENT: usize = 4;

fn text(rng: &mut Rng, words: usize) -> String {
    const W: [&str; 8] = [
        "gesprek",
        "werkgever",
        "afspraak",
        "inwoner",
        "taken",
        "uren",
        "begeleiding",
        "passend",
    ];
    (0..words)
        .map(|_| *rng.pick(&W))
        .collect::<Vec<_>>()
        .join(" ")
}

fn staff(id: Uuid) -> Value {
    json!({"id": id, "name": "Coach Bench"})
}

/// Insert everything; returns the teams.
pub async fn generate(
    pool: &PgPool,
    residents: usize,
    years: u32,
    today: NaiveDate,
) -> anyhow::Result<World> {
    let mut rng = Rng::new(24);
    let mut teams = Vec::new();
    let mut coaches = Vec::new();
    for t in 0..TEAMS {
        let team = Uuid::now_v7();
        sqlx::query("INSERT INTO teams (id, name) VALUES ($1, $2)")
            .bind(team)
            .bind(format!("Team {t}"))
            .execute(pool)
            .await?;
        for c in 0..COACHES_PER_TEAM {
            let id = Uuid::now_v7();
            sqlx::query(
                "INSERT INTO users (id, name, display_name, role, password_hash, team_id)
                 VALUES ($1, $2, $2, 'jobcoach', 'x', $3)",
            )
            .bind(id)
            .bind(format!("coach-{t}-{c}"))
            .bind(team)
            .execute(pool)
            .await?;
            coaches.push(id);
        }
        teams.push(team);
    }
    let span = u64::from(years) * 365;
    let start = today - Days::new(span);
    let mut batch: Vec<(String, Uuid, Uuid, Value)> = Vec::new();
    let mut records = 0;
    for _ in 0..residents {
        let coach = *rng.pick(&coaches);
        let member = StaffMember {
            id: StaffId::from_uuid(coach),
            name: "Coach Bench".into(),
        };
        let case = kit::case(&mut rng, &member, today);
        let resident = case.resident.record_id();
        batch.push((
            "resident".into(),
            resident,
            resident,
            serde_json::to_value(&case.resident)?,
        ));
        for r in case.reports.iter().take(REPORTS_PER_RESIDENT) {
            batch.push((
                "report".into(),
                r.record_id(),
                resident,
                serde_json::to_value(r)?,
            ));
        }
        let mut at = start + Days::new(rng.below(span));
        for _ in 0..1 + rng.below(2) {
            let intake = at + Days::new(3 + rng.below(40));
            let ends = rng.below(100) < 60;
            let ended = at + Days::new(60 + rng.below(500));
            let mut traject = json!({
                "id": Uuid::now_v7(), "resident_id": resident, "coach": staff(coach),
                "state": if ends && ended <= today { "ended" } else { "actief" },
                "purposes": ["guidance"], "started_on": at,
                "history": [
                    {"from": "aangemeld", "to": "intake", "on": intake, "by": staff(coach), "reason": null},
                    {"from": "intake", "to": "actief", "on": intake + Days::new(20), "by": staff(coach), "reason": text(&mut rng, 12)},
                ],
                "end": null,
            });
            if ends && ended <= today {
                let reason = *rng.pick(&["beeindigd", "geweigerd", "afgebroken"]);
                traject["end"] = json!({"reason": reason, "ended_on": ended, "decided_by": staff(coach), "reasoning": text(&mut rng, 40)});
            }
            batch.push(("traject".into(), Uuid::now_v7(), resident, traject));
            if rng.below(100) < 55 {
                let p_start = intake + Days::new(10 + rng.below(150));
                let contract = *rng.pick(&[
                    "arbeidsovereenkomst",
                    "detachering",
                    "proefplaatsing",
                    "participatieplek",
                    "beschut_dienstverband",
                ]);
                let end = (rng.below(100) < 40).then(|| {
                    json!({"on": p_start + Days::new(20 + rng.below(600)), "reason": *rng.pick(&["contract_ended", "resident_quit", "dismissed", "doorstroom_regulier"]), "explanation": null, "replacement_advised": false})
                });
                batch.push(("placement".into(), Uuid::now_v7(), resident, json!({
                    "id": Uuid::now_v7(), "resident_id": resident, "workplace_id": Uuid::now_v7(), "employer_id": Uuid::now_v7(),
                    "start": p_start, "hours_per_week": 24, "contract": contract, "job_coaching": true, "follow_up_weeks": 4,
                    "decision": {"decided_by": staff(coach), "decided_on": p_start, "reasoning": text(&mut rng, 40)},
                    "replaces": null, "end": end,
                })));
                if rng.below(100) < 30 {
                    batch.push(("lks_decision".into(), Uuid::now_v7(), resident, json!({
                        "resident_id": resident, "decided_on": p_start, "outcome": if rng.below(10) < 8 { "granted" } else { "refused" },
                        "estimate": {"parts": [], "subsidy_cents": 1_200_000, "allowance_cents": 0, "total_cents": 1_200_000 + rng.below(600_000), "steps": []},
                        "decided_by": staff(coach), "reasoning": text(&mut rng, 40),
                    })));
                }
            }
            if rng.below(100) < 6 {
                batch.push(("verklaring56_decision".into(), Uuid::now_v7(), resident, json!({
                    "resident_id": resident, "decided_on": at + Days::new(rng.below(60)), "outcome": "granted", "reasoning": text(&mut rng, 30),
                })));
            }
            if rng.below(100) < 30 {
                batch.push(("verzuim".into(), Uuid::now_v7(), resident, json!({
                    "resident_id": resident, "absence": {"on": at + Days::new(rng.below(200)), "place": "programme", "source": "no_show", "note": text(&mut rng, 10)},
                    "decision": {"on": at + Days::new(210), "by": staff(coach), "outcome": "warning", "reasoning": text(&mut rng, 20)},
                })));
            }
            if rng.below(100) < 25 {
                batch.push(("referral".into(), Uuid::now_v7(), resident, json!({
                    "resident_id": resident, "domain": "schuldhulpverlening", "organisation": "Schuldhulp", "reason": text(&mut rng, 20),
                    "life": {"status": "sent", "drafted": {"on": at, "by": staff(coach), "note": null}, "sent": {"on": at + Days::new(5), "by": staff(coach), "note": null}},
                })));
            }
            if !ends || ended > today {
                break;
            }
            at = ended + Days::new(1 + rng.below(300));
            if at > today {
                break;
            }
        }
        if batch.len() >= 5_000 {
            records += insert(pool, &mut batch).await?;
        }
    }
    records += insert(pool, &mut batch).await?;
    Ok(World { teams, records })
}

async fn insert(
    pool: &PgPool,
    batch: &mut Vec<(String, Uuid, Uuid, Value)>,
) -> anyhow::Result<usize> {
    let n = batch.len();
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT begin_changes()")
        .execute(&mut *tx)
        .await?;
    let (entity, id, resident, doc): (Vec<String>, Vec<Uuid>, Vec<Uuid>, Vec<Value>) = batch
        .drain(..)
        .fold(Default::default(), |mut acc, (e, i, r, d)| {
            acc.0.push(e);
            acc.1.push(i);
            acc.2.push(r);
            acc.3.push(d);
            acc
        });
    sqlx::query(
        "INSERT INTO records (entity, id, resident_id, version, doc, change_seq)
         SELECT e, i, r, 1, d, s FROM UNNEST($1::text[], $2::uuid[], $3::uuid[], $4::jsonb[]) WITH ORDINALITY AS u(e, i, r, d, o)
         JOIN (SELECT s, row_number() OVER () AS o FROM next_change_seqs($5) AS s) seqs USING (o)",
    )
    .bind(&entity)
    .bind(&id)
    .bind(&resident)
    .bind(&doc)
    .bind(n as i32)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(n)
}

/// Give `n` fact records a new change number, as a day of syncs would.
pub async fn touch(pool: &PgPool, n: i64) -> anyhow::Result<()> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT begin_changes()")
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "WITH pick AS (SELECT entity, id, row_number() OVER () AS o FROM records
                       WHERE entity IN ('traject', 'placement') ORDER BY random() LIMIT $1),
              seqs AS (SELECT s, row_number() OVER () AS o FROM next_change_seqs($1::int) AS s)
         UPDATE records r SET change_seq = seqs.s, version = r.version + 1
         FROM pick JOIN seqs USING (o) WHERE r.entity = pick.entity AND r.id = pick.id",
    )
    .bind(n)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

//! The facts reports count, kept in `report_facts` and brought up to date before each
//! report: every record changed since the last refresh (below the horizon of finished
//! writers, as a pull reads) is derived again with [`Fact::of`]. A record that was deleted
//! or no longer gives a fact loses its row; a destroyed file takes its rows with it (the
//! foreign key cascades).
//!
//! A traject names its coach by the laptop's own staff id, which is not the server's user
//! id. So a traject's fact is given the coach the server knows: the named coach when that
//! is a user here, else the resident's coach in the caseload (the longest assigned), else
//! whoever last pushed the traject. Every caseload event since the last refresh derives
//! the resident's trajecten again, so the facts follow a hand-over (also its second half,
//! the unassign, which changes no record); a coach's team is looked up per report.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde_json::Value;
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::report::{FACT_KINDS, Fact, FactRow, ResidentFacts};

/// Records derived per round trip.
const PAGE: i64 = 5_000;

type SourceRow = (String, Uuid, Option<Uuid>, Value, bool, i64, Option<Uuid>);

/// Bring `report_facts` up to date. Returns how many records were derived. Two servers
/// refreshing at once take turns (the cursor row is locked).
pub async fn refresh(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let (cursor,): (i64,) =
        sqlx::query_as("SELECT cursor FROM report_refresh WHERE singleton FOR UPDATE")
            .fetch_one(&mut *tx)
            .await?;
    let (horizon,): (i64,) = sqlx::query_as("SELECT change_horizon()")
        .fetch_one(&mut *tx)
        .await?;
    // A traject's coach comes from the caseload: every hand-over since the last refresh
    // (an assign or unassign event, numbered like changes) derives its trajecten again.
    let moved: Vec<SourceRow> = sqlx::query_as(
        "SELECT entity, id, resident_id, doc, deleted, change_seq, updated_by FROM records
         WHERE entity = 'traject' AND resident_id IN
             (SELECT resident_id FROM caseload_events WHERE seq >= $1 AND seq < $2)",
    )
    .bind(cursor)
    .bind(horizon)
    .fetch_all(&mut *tx)
    .await?;
    let mut derived = moved.len() as u64;
    if !moved.is_empty() {
        let coaches = Coaches::of(&mut tx, &moved).await?;
        store(&mut tx, &moved, &coaches).await?;
    }
    let kinds: Vec<&str> = FACT_KINDS.iter().map(|k| k.as_str()).collect();
    let mut from = cursor;
    loop {
        let rows: Vec<SourceRow> = sqlx::query_as(
            "SELECT entity, id, resident_id, doc, deleted, change_seq, updated_by FROM records
             WHERE change_seq >= $1 AND change_seq < $2 AND entity = ANY($3)
             ORDER BY change_seq LIMIT $4",
        )
        .bind(from)
        .bind(horizon)
        .bind(&kinds)
        .bind(PAGE)
        .fetch_all(&mut *tx)
        .await?;
        let Some(last) = rows.last().map(|r| r.5) else {
            break;
        };
        derived += rows.len() as u64;
        let coaches = Coaches::of(&mut tx, &rows).await?;
        store(&mut tx, &rows, &coaches).await?;
        if (rows.len() as i64) < PAGE {
            break;
        }
        // Several records can share a change number: read the last one's again.
        from = if last == from { last + 1 } else { last };
    }
    if horizon > cursor {
        sqlx::query("UPDATE report_refresh SET cursor = $1")
            .bind(horizon)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(derived)
}

/// Who the server knows as coach, for the trajecten of one page.
struct Coaches {
    users: HashSet<Uuid>,
    caseload: HashMap<Uuid, Uuid>,
}

impl Coaches {
    async fn of(
        tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
        rows: &[SourceRow],
    ) -> Result<Self, sqlx::Error> {
        let residents: Vec<Uuid> = rows
            .iter()
            .filter(|r| r.0 == EntityKind::Traject.as_str())
            .filter_map(|r| r.2)
            .collect();
        let users: Vec<(Uuid,)> = sqlx::query_as("SELECT id FROM users")
            .fetch_all(&mut **tx)
            .await?;
        let mut caseload = HashMap::new();
        let assigned: Vec<(Uuid, Uuid)> = sqlx::query_as(
            "SELECT resident_id, coach_id FROM caseload WHERE resident_id = ANY($1)
             ORDER BY assigned_at DESC, coach_id DESC",
        )
        .bind(&residents)
        .fetch_all(&mut **tx)
        .await?;
        // Oldest last, so the longest assigned coach stays.
        for (resident, coach) in assigned {
            caseload.insert(resident, coach);
        }
        Ok(Self {
            users: users.into_iter().map(|(id,)| id).collect(),
            caseload,
        })
    }

    /// The coach of a traject of `resident` that names `named`, last pushed by `pusher`.
    fn coach(&self, named: Option<Uuid>, resident: Uuid, pusher: Option<Uuid>) -> Option<Uuid> {
        named
            .filter(|c| self.users.contains(c))
            .or_else(|| self.caseload.get(&resident).copied())
            .or(pusher.filter(|p| self.users.contains(p)))
    }
}

async fn store(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    rows: &[SourceRow],
    coaches: &Coaches,
) -> Result<(), sqlx::Error> {
    let mut gone: (Vec<String>, Vec<Uuid>) = Default::default();
    let mut keep = Columns::default();
    for (entity, id, resident, doc, deleted, seq, pusher) in rows {
        let fact = match (EntityKind::parse(entity), resident, deleted) {
            (Some(kind), Some(resident), false) => Fact::of(kind, doc).map(|f| {
                let mut row = f.to_row();
                if kind == EntityKind::Traject {
                    row.coach_id = coaches.coach(row.coach_id, *resident, *pusher);
                }
                (row, *resident)
            }),
            _ => None,
        };
        match fact {
            Some((row, resident)) => keep.push(entity, *id, resident, *seq, row),
            None => {
                gone.0.push(entity.clone());
                gone.1.push(*id);
            }
        }
    }
    sqlx::query(
        "DELETE FROM report_facts f USING UNNEST($1::text[], $2::uuid[]) AS g(entity, id)
         WHERE f.entity = g.entity AND f.id = g.id",
    )
    .bind(&gone.0)
    .bind(&gone.1)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO report_facts (entity, id, resident_id, derived_seq, coach_id, first_on,
             second_on, third_on, code, flag, amount_cents)
         SELECT * FROM UNNEST($1::text[], $2::uuid[], $3::uuid[], $4::bigint[], $5::uuid[],
             $6::date[], $7::date[], $8::date[], $9::text[], $10::bool[], $11::bigint[])
         ON CONFLICT (entity, id) DO UPDATE SET resident_id = EXCLUDED.resident_id,
             derived_seq = EXCLUDED.derived_seq, coach_id = EXCLUDED.coach_id,
             first_on = EXCLUDED.first_on, second_on = EXCLUDED.second_on,
             third_on = EXCLUDED.third_on, code = EXCLUDED.code, flag = EXCLUDED.flag,
             amount_cents = EXCLUDED.amount_cents",
    )
    .bind(&keep.entity)
    .bind(&keep.id)
    .bind(&keep.resident)
    .bind(&keep.seq)
    .bind(&keep.coach)
    .bind(&keep.first)
    .bind(&keep.second)
    .bind(&keep.third)
    .bind(&keep.code)
    .bind(&keep.flag)
    .bind(&keep.amount)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Fact rows as column arrays, for one UNNEST insert.
#[derive(Default)]
struct Columns {
    entity: Vec<String>,
    id: Vec<Uuid>,
    resident: Vec<Uuid>,
    seq: Vec<i64>,
    coach: Vec<Option<Uuid>>,
    first: Vec<Option<NaiveDate>>,
    second: Vec<Option<NaiveDate>>,
    third: Vec<Option<NaiveDate>>,
    code: Vec<Option<String>>,
    flag: Vec<bool>,
    amount: Vec<Option<i64>>,
}

impl Columns {
    fn push(&mut self, entity: &str, id: Uuid, resident: Uuid, seq: i64, row: FactRow) {
        self.entity.push(entity.to_owned());
        self.id.push(id);
        self.resident.push(resident);
        self.seq.push(seq);
        self.coach.push(row.coach_id);
        self.first.push(row.first_on);
        self.second.push(row.second_on);
        self.third.push(row.third_on);
        self.code.push(row.code);
        self.flag.push(row.flag);
        self.amount.push(row.amount_cents);
    }
}

type FactDbRow = (
    Uuid,
    String,
    Option<Uuid>,
    NaiveDate,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<String>,
    bool,
    Option<i64>,
);

/// Every resident's facts.
pub async fn load(pool: &PgPool) -> Result<Vec<ResidentFacts>, sqlx::Error> {
    let rows: Vec<FactDbRow> = sqlx::query_as(
        "SELECT resident_id, entity, coach_id, first_on, second_on, third_on, code, flag,
                amount_cents
         FROM report_facts",
    )
    .fetch_all(pool)
    .await?;
    let mut by_resident: HashMap<Uuid, Vec<Fact>> = HashMap::new();
    for (resident, entity, coach_id, first, second_on, third_on, code, flag, amount_cents) in rows {
        let Some(kind) = EntityKind::parse(&entity) else {
            continue;
        };
        let row = FactRow {
            coach_id,
            first_on: Some(first),
            second_on,
            third_on,
            code,
            flag,
            amount_cents,
        };
        if let Some(fact) = Fact::from_row(kind, &row) {
            by_resident.entry(resident).or_default().push(fact);
        }
    }
    Ok(by_resident
        .into_iter()
        .map(|(resident, facts)| ResidentFacts { resident, facts })
        .collect())
}

//! The matching facts, kept in memory between rankings.
//!
//! Ranking 10,000 workplaces takes 2 ms; reading and parsing their 10,000 JSON documents
//! took 95 ms more on every call. So the store keeps what ranking needs (the postcode index,
//! every workplace with its facts, the caseload's resident facts) and rebuilds a part only
//! when its change counter in `match_generation` moved. Triggers bump those counters in the
//! transaction of every change, whoever makes it (writer, sync pull, purge, reference
//! install); the counters and the data are read in one read transaction, so a cached part
//! is never older than the counter it is stored with.
//!
//! The cache is matching's own, kept in the unlocked store's area state: locking drops it
//! with the store. It holds
//! no more than the screens show, and its `Debug` prints no content.

use std::collections::HashMap;
use std::sync::Arc;

use sqlx::SqliteConnection;
use werkpad_domain::matching::{
    MatchIndex, MatchProfile, ResidentFacts, Workplace, WorkplaceFacts,
};
use werkpad_domain::{EmployerId, MatchProfileId, Resident, ResidentId, WorkplaceId};

use crate::error::Result;
use crate::matching::MatchingArea;
use crate::store::records::parse;

/// What one ranking needs: shared, immutable parts of the cache.
pub(crate) struct Snapshot {
    /// Postcode-area centroids.
    pub index: Arc<MatchIndex>,
    /// Every workplace with its facts (when asked for).
    pub workplaces: Option<Arc<WorkplaceSide>>,
    /// The caseload's residents as facts (when asked for).
    pub residents: Option<Arc<ResidentSide>>,
}

/// Every workplace, by title, with its facts in the same order.
pub(crate) struct WorkplaceSide {
    pub workplaces: Vec<Workplace>,
    pub facts: Vec<WorkplaceFacts>,
    pub employer_names: HashMap<EmployerId, String>,
}

/// The residents whose traject has not ended, as facts, with the name the screen shows.
pub(crate) struct ResidentSide {
    pub facts: Vec<ResidentFacts>,
    pub names: HashMap<ResidentId, String>,
}

/// Which parts a ranking needs besides the postcode index.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Need {
    Workplaces,
    Residents,
}

/// The cache itself: one lock, so two rankings never build the same part twice.
#[derive(Default)]
pub(crate) struct MatchCache(tokio::sync::Mutex<Parts>);

impl std::fmt::Debug for MatchCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MatchCache { .. }")
    }
}

#[derive(Default)]
struct Parts {
    index: Option<(i64, Arc<MatchIndex>)>,
    workplaces: Option<(i64, Arc<WorkplaceSide>)>,
    residents: Option<(i64, Arc<ResidentSide>)>,
}

/// Take the cached part when its counter has not moved, else rebuild it with `load`.
async fn refresh<T>(
    slot: &mut Option<(i64, Arc<T>)>,
    counter: i64,
    load: impl AsyncFnOnce() -> Result<T>,
) -> Result<Arc<T>> {
    match slot {
        Some((seen, part)) if *seen == counter => Ok(part.clone()),
        _ => {
            let part = Arc::new(load().await?);
            *slot = Some((counter, part.clone()));
            Ok(part)
        }
    }
}

impl MatchingArea<'_> {
    /// The parts of the matching facts that `need` asks for, rebuilt where stale.
    pub(crate) async fn match_snapshot(&self, need: Need) -> Result<Snapshot> {
        let cache = self.store.area_state::<MatchCache>();
        let mut parts = cache.0.lock().await;
        let mut tx = self.store.pool().begin().await?;
        let (workplaces_gen, residents_gen, areas_gen): (i64, i64, i64) = sqlx::query_as(
            "SELECT workplaces, residents, areas FROM match_generation WHERE id = 1",
        )
        .fetch_one(&mut *tx)
        .await?;
        let conn: &mut SqliteConnection = &mut tx;
        let index = refresh(&mut parts.index, areas_gen, async || load_index(conn).await).await?;
        let mut snapshot = Snapshot {
            index,
            workplaces: None,
            residents: None,
        };
        match need {
            Need::Workplaces => {
                let part = refresh(&mut parts.workplaces, workplaces_gen, async || {
                    load_workplaces(conn).await
                });
                snapshot.workplaces = Some(part.await?);
            }
            Need::Residents => {
                let part = refresh(&mut parts.residents, residents_gen, async || {
                    load_residents(conn).await
                });
                snapshot.residents = Some(part.await?);
            }
        }
        tx.commit().await?;
        Ok(snapshot)
    }

    /// Running placements at one workplace, as far as this laptop knows them.
    pub(crate) async fn filled_places(&self, workplace: WorkplaceId) -> Result<u16> {
        let (n,): (i64,) =
            sqlx::query_as("SELECT count(*) FROM placements WHERE workplace_id = ? AND NOT ended")
                .bind(workplace.to_string())
                .fetch_one(self.store.pool())
                .await?;
        Ok(u16::try_from(n).unwrap_or(u16::MAX))
    }
}

async fn load_index(conn: &mut SqliteConnection) -> Result<MatchIndex> {
    let rows: Vec<(i64, f64, f64)> = sqlx::query_as(
        "SELECT postcode4, json_extract(data, '$.latitude'), json_extract(data, '$.longitude')
         FROM pc4_areas WHERE postcode4 IS NOT NULL",
    )
    .fetch_all(conn)
    .await?;
    Ok(MatchIndex::from_centroids(rows.into_iter().filter_map(
        |(pc, lat, lon)| Some((u16::try_from(pc).ok()?, lat, lon)),
    )))
}

async fn load_workplaces(conn: &mut SqliteConnection) -> Result<WorkplaceSide> {
    let filled: HashMap<String, i64> = sqlx::query_as(
        "SELECT workplace_id, count(*) FROM placements WHERE NOT ended GROUP BY workplace_id",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .collect();
    let employers: Vec<(String, String)> =
        sqlx::query_as("SELECT id, coalesce(name, '') FROM employers")
            .fetch_all(&mut *conn)
            .await?;
    let employer_names = employers
        .into_iter()
        .filter_map(|(id, name)| Some((id.parse().ok()?, name)))
        .collect();
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, data FROM workplaces ORDER BY json_extract(data, '$.title') COLLATE NOCASE, id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut workplaces = Vec::with_capacity(rows.len());
    let mut facts = Vec::with_capacity(rows.len());
    for (id, data) in &rows {
        let workplace: Workplace = parse(data, id)?;
        let taken = filled.get(id).copied().unwrap_or(0);
        facts.push(WorkplaceFacts::new(
            &workplace,
            u16::try_from(taken).unwrap_or(u16::MAX),
        ));
        workplaces.push(workplace);
    }
    Ok(WorkplaceSide {
        workplaces,
        facts,
        employer_names,
    })
}

async fn load_residents(conn: &mut SqliteConnection) -> Result<ResidentSide> {
    let rows: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT r.id, r.data, p.data FROM residents r
         LEFT JOIN match_profiles p ON p.resident_id = r.id
         WHERE coalesce((SELECT t.state FROM trajecten t WHERE t.resident_id = r.id
                         ORDER BY t.created_at DESC LIMIT 1), '') <> 'ended'",
    )
    .fetch_all(conn)
    .await?;
    let mut facts = Vec::with_capacity(rows.len());
    let mut names = HashMap::with_capacity(rows.len());
    for (id, data, profile) in rows {
        let resident: Resident = parse(&data, &id)?;
        let profile = match profile {
            Some(p) => parse::<MatchProfile>(&p, &id)?,
            None => MatchProfile::new(MatchProfileId::new(), resident.id),
        };
        facts.push(ResidentFacts::new(&resident, &profile));
        names.insert(resident.id, resident.name.display_name());
    }
    Ok(ResidentSide { facts, names })
}

//! Matches on the laptop: workplaces for a resident, residents of the caseload for a
//! workplace. The domain scores (crates/domain matching); this module loads what it needs
//! from the encrypted store, audits whose data was used, and hands back the ranked list
//! with reasons. A match is advice; only [`MatchingArea::place`](super::MatchingArea::place) records a
//! decision, and only with a named coach.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;
use werkpad_domain::learning::{
    QualificationCheck, Training, check_qualifications, qualifications,
};
use werkpad_domain::matching::{
    ExplainedMatch, MatchIndex, MatchProfile, ResidentFacts, Workplace, WorkplaceFacts,
    rank_residents, rank_workplaces,
};
use werkpad_domain::{EntityKind, MatchProfileId, Purpose, Resident, ResidentId, WorkplaceId};

use super::cache::Need;

use crate::error::{Result, StoreError};
use crate::matching::MatchingArea;
use crate::store::audit::AuditAction;
use crate::store::records::parse;

/// A workplace suggested for a resident.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WorkplaceMatch {
    /// The workplace.
    pub workplace: Workplace,
    /// Its employer's name.
    pub employer_name: String,
    /// Score, exclusions and reasons.
    #[serde(rename = "match")]
    pub explained: ExplainedMatch,
    /// The qualifications the workplace asks for, and which the resident holds (advice
    /// beside the score).
    pub qualifications: Vec<QualificationCheck>,
}

/// A resident of the caseload suggested for a workplace.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ResidentMatch {
    /// The resident.
    pub resident_id: ResidentId,
    /// "Jan van der Berg".
    pub display_name: String,
    /// Score, exclusions and reasons.
    #[serde(rename = "match")]
    pub explained: ExplainedMatch,
    /// The qualifications the workplace asks for, and which this resident holds.
    pub qualifications: Vec<QualificationCheck>,
}

/// What the matching knew when it ranked: without postcode areas, travel cannot count;
/// without a search profile, only personal data counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct MatchBasis {
    /// Postcode areas known on this laptop (0 before the reference data has synced).
    pub postcode_areas: usize,
    /// True when the resident has a search profile (for a resident's matches).
    pub has_profile: bool,
    /// How many candidates were scored.
    pub candidates: usize,
}

/// Ranked matches with what they were based on.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Ranked<T> {
    /// Best first; excluded ones last, with their reasons.
    pub matches: Vec<T>,
    /// What the ranking could use.
    pub basis: MatchBasis,
}

impl MatchingArea<'_> {
    /// The postcode-area centroids as a matching index (from the facts cache).
    pub async fn match_index(&self) -> Result<Arc<MatchIndex>> {
        Ok(self.match_snapshot(Need::Workplaces).await?.index)
    }

    /// The resident's search profile, or `None` when the coach has not made one yet.
    pub async fn match_profile(&self, resident_id: ResidentId) -> Result<Option<MatchProfile>> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT id, data FROM match_profiles WHERE resident_id = ?")
                .bind(resident_id.to_string())
                .fetch_optional(self.store.pool())
                .await?;
        row.map(|(id, data)| parse(&data, &id)).transpose()
    }

    /// Save the resident's search profile (one per resident; its id is kept).
    pub async fn save_match_profile(&self, profile: &MatchProfile) -> Result<MatchProfile> {
        let mut profile = profile.clone();
        if let Some(existing) = self.match_profile(profile.resident_id).await? {
            profile.id = existing.id;
        }
        self.store
            .residents()
            .save(&profile, Purpose::Matching)
            .await?;
        Ok(profile)
    }

    /// Workplaces for a resident, best first, at most `limit`. Reading the resident's data
    /// for matching is audited.
    pub async fn matches_for_resident(
        &self,
        resident_id: ResidentId,
        limit: usize,
    ) -> Result<Ranked<WorkplaceMatch>> {
        let snapshot = self.match_snapshot(Need::Workplaces).await?;
        let side = snapshot
            .workplaces
            .as_deref()
            .expect("the snapshot holds the workplaces it was asked for");
        let id = resident_id.to_string();
        let mut w = self.store.writer(Purpose::Matching).await?;
        let (resident, _) = self
            .store
            .fetch::<Resident>(&mut **w.tx(), &id)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Resident,
                id: id.clone(),
            })?;
        w.audit(
            AuditAction::Read,
            Some(&id),
            Some((EntityKind::Resident, &id)),
            Some("matching"),
        )
        .await?;
        w.commit().await?;
        let stored = self.match_profile(resident_id).await?;
        let has_profile = stored.is_some();
        let profile =
            stored.unwrap_or_else(|| MatchProfile::new(MatchProfileId::new(), resident_id));
        let facts = ResidentFacts::new(&resident, &profile);
        let trainings: Vec<Training> = self
            .store
            .fetch_for_resident(self.store.pool(), &id)
            .await?;
        let held = qualifications(&trainings);
        let by_id: HashMap<WorkplaceId, &Workplace> =
            side.workplaces.iter().map(|wp| (wp.id, wp)).collect();
        let matches = rank_workplaces(&facts, &side.facts, &snapshot.index)
            .into_iter()
            .take(limit)
            .filter_map(|m| {
                let workplace = (*by_id.get(&m.workplace_id)?).clone();
                let employer_name = side
                    .employer_names
                    .get(&workplace.employer_id)
                    .cloned()
                    .unwrap_or_default();
                Some(WorkplaceMatch {
                    qualifications: check_qualifications(&workplace.qualifications, &held),
                    workplace,
                    employer_name,
                    explained: m.explain(),
                })
            })
            .collect();
        Ok(Ranked {
            matches,
            basis: MatchBasis {
                postcode_areas: snapshot.index.len(),
                has_profile,
                candidates: side.facts.len(),
            },
        })
    }

    /// Residents of this laptop's caseload for a workplace, best first, at most `limit`.
    /// Residents whose traject has ended are left out. Each resident shown is audited.
    pub async fn matches_for_workplace(
        &self,
        workplace_id: WorkplaceId,
        limit: usize,
    ) -> Result<Ranked<ResidentMatch>> {
        let workplace = self.workplace(workplace_id).await?;
        let filled = self.filled_places(workplace_id).await?;
        let snapshot = self.match_snapshot(Need::Residents).await?;
        let side = snapshot
            .residents
            .as_deref()
            .expect("the snapshot holds the residents it was asked for");
        let target = WorkplaceFacts::new(&workplace, filled);
        let held = self.held_qualifications().await?;
        let none = Vec::new();
        let ranked: Vec<ResidentMatch> = rank_residents(&target, &side.facts, &snapshot.index)
            .into_iter()
            .take(limit)
            .filter_map(|m| {
                Some(ResidentMatch {
                    resident_id: m.resident_id,
                    display_name: side.names.get(&m.resident_id)?.clone(),
                    explained: m.explain(),
                    qualifications: check_qualifications(
                        &workplace.qualifications,
                        held.get(&m.resident_id).unwrap_or(&none),
                    ),
                })
            })
            .collect();
        let mut w = self.store.writer(Purpose::Matching).await?;
        for m in &ranked {
            let id = m.resident_id.to_string();
            w.audit(
                AuditAction::Read,
                Some(&id),
                Some((EntityKind::Resident, &id)),
                Some("matching"),
            )
            .await?;
        }
        w.commit().await?;
        Ok(Ranked {
            matches: ranked,
            basis: MatchBasis {
                postcode_areas: snapshot.index.len(),
                has_profile: true,
                candidates: side.facts.len(),
            },
        })
    }

    /// The qualifications every resident on this laptop holds (passed trainings with a
    /// certificate), as keys.
    async fn held_qualifications(&self) -> Result<HashMap<ResidentId, Vec<String>>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT data FROM trainings WHERE json_extract(data, '$.result') = 'passed'",
        )
        .fetch_all(self.store.pool())
        .await?;
        let mut by_resident: HashMap<ResidentId, Vec<Training>> = HashMap::new();
        for (data,) in rows {
            if let Ok(t) = serde_json::from_str::<Training>(&data) {
                by_resident.entry(t.resident_id).or_default().push(t);
            }
        }
        Ok(by_resident
            .into_iter()
            .map(|(r, ts)| (r, qualifications(&ts)))
            .collect())
    }
}

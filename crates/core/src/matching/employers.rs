//! Employers and their workplaces: shared data every coach may see and edit. Written like
//! every record (row, outbox entry and audit entry in one transaction, purpose
//! "matching"), so they reach the server and every other laptop by sync.

use serde::Serialize;
use werkpad_domain::matching::{Employer, EmployerDraft, Workplace, WorkplaceDraft};
use werkpad_domain::{EmployerId, EntityKind, Purpose, WorkplaceId};

use crate::error::{Result, StoreError};
use crate::matching::MatchingArea;
use crate::store::records::parse;

/// An employer with its workplaces, for the employer screen.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct EmployerFile {
    /// The employer.
    pub employer: Employer,
    /// Its workplaces, by title.
    pub workplaces: Vec<Workplace>,
}

impl MatchingArea<'_> {
    /// Create (no `id`) or change an employer from what the coach typed. All errors at once,
    /// nothing stored when there is one.
    pub async fn save_employer(
        &self,
        id: Option<EmployerId>,
        draft: &EmployerDraft,
    ) -> Result<Employer> {
        let id = id.unwrap_or_else(EmployerId::new);
        let employer = draft.validate(id)?;
        let mut w = self.store.writer(Purpose::Matching).await?;
        w.put(&employer).await?;
        w.commit().await?;
        Ok(employer)
    }

    /// Create or change a workplace of an existing employer.
    pub async fn save_workplace(
        &self,
        id: Option<WorkplaceId>,
        draft: &WorkplaceDraft,
    ) -> Result<Workplace> {
        let id = id.unwrap_or_else(WorkplaceId::new);
        let workplace = draft.validate(id)?;
        let mut w = self.store.writer(Purpose::Matching).await?;
        if self
            .store
            .fetch::<Employer>(&mut **w.tx(), &workplace.employer_id.to_string())
            .await?
            .is_none()
        {
            return Err(StoreError::NotFound {
                entity: EntityKind::Employer,
                id: workplace.employer_id.to_string(),
            });
        }
        w.put(&workplace).await?;
        w.commit().await?;
        Ok(workplace)
    }

    /// Every employer, by name.
    pub async fn employers(&self) -> Result<Vec<Employer>> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT id, data FROM employers ORDER BY name COLLATE NOCASE, id")
                .fetch_all(self.store.pool())
                .await?;
        rows.iter().map(|(id, data)| parse(data, id)).collect()
    }

    /// One employer with its workplaces.
    pub async fn employer_file(&self, id: EmployerId) -> Result<EmployerFile> {
        let key = id.to_string();
        let employer = self
            .store
            .fetch::<Employer>(self.store.pool(), &key)
            .await?
            .map(|(e, _)| e)
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Employer,
                id: key.clone(),
            })?;
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, data FROM workplaces WHERE employer_id = ?
             ORDER BY json_extract(data, '$.title') COLLATE NOCASE, id",
        )
        .bind(&key)
        .fetch_all(self.store.pool())
        .await?;
        let workplaces = rows
            .iter()
            .map(|(id, data)| parse(data, id))
            .collect::<Result<_>>()?;
        Ok(EmployerFile {
            employer,
            workplaces,
        })
    }

    /// Every workplace (open or not), by title.
    pub async fn workplaces(&self) -> Result<Vec<Workplace>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, data FROM workplaces ORDER BY json_extract(data, '$.title') COLLATE NOCASE, id",
        )
        .fetch_all(self.store.pool())
        .await?;
        rows.iter().map(|(id, data)| parse(data, id)).collect()
    }

    /// One workplace.
    pub async fn workplace(&self, id: WorkplaceId) -> Result<Workplace> {
        let key = id.to_string();
        self.store
            .fetch::<Workplace>(self.store.pool(), &key)
            .await?
            .map(|(w, _)| w)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::Workplace,
                id: key,
            })
    }
}

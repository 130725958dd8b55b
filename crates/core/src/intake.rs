//! The intake form as the app sends it, and how it becomes an [`Intake`]: the resident's
//! data, the traject it starts, and — only where needed, with the necessity recorded —
//! health data. Every problem is reported at once, with paths the form can point at
//! (`resident.bsn`, `health.necessity`, `privacy_statement_explained`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use werkpad_domain::{
    FieldError, HealthRecord, HealthRecordId, Purpose, ResidentDraft, ResidentId, StaffMember,
    Traject, TrajectId, ValidationError, ValidationErrors, format_date,
};

use crate::error::Result;
use crate::store::residents::Intake;

crate::store::area!(
    /// The intake form: drafts kept while the coach fills it in, and its submission.
    IntakeArea,
    intake
);

/// Health data typed in the intake's own step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct HealthDraft {
    /// Why this is needed for the support (required).
    pub necessity: Option<String>,
    /// What the coach records.
    pub summary: Option<String>,
    /// What it means for work.
    pub work_limitations: Option<String>,
    /// Where it comes from (the resident, a report).
    pub source: Option<String>,
}

/// The whole intake form, as saved while typing and as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct IntakeForm {
    /// The resident's data.
    pub resident: ResidentDraft,
    /// The coach handed over and explained the privacy statement (required).
    pub privacy_statement_explained: bool,
    /// Purposes beyond guidance (snake_case names, e.g. "matching").
    pub purposes: Vec<String>,
    /// Health data, only when needed.
    pub health: Option<HealthDraft>,
}

fn trimmed(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

impl IntakeForm {
    /// Check everything and build the records, with new ids, for `coach` as of `today`.
    pub fn check(&self, coach: &StaffMember, today: NaiveDate) -> Result<Intake, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let mut draft = self.resident.clone();
        if self.privacy_statement_explained {
            if trimmed(&draft.privacy_statement_explained_on).is_none() {
                draft.privacy_statement_explained_on = Some(format_date(today));
            }
        } else {
            errors.push("privacy_statement_explained", ValidationError::Required);
        }
        let resident = match draft.validate(ResidentId::new(), today) {
            Ok(r) => Some(r),
            Err(e) => {
                for f in e.iter() {
                    errors.0.push(FieldError::new(
                        format!("resident.{}", f.field),
                        f.error.clone(),
                    ));
                }
                None
            }
        };
        let mut purposes = vec![Purpose::Guidance];
        for (i, name) in self.purposes.iter().enumerate() {
            match Purpose::parse(name) {
                Some(p) if !purposes.contains(&p) => purposes.push(p),
                Some(_) => {}
                None => errors.push(format!("purposes[{i}]"), ValidationError::InvalidChoice),
            }
        }
        // Health is checked even when the resident part has errors, so each step of the form
        // hears about its own problems at once.
        let resident_id = resident.as_ref().map_or_else(ResidentId::new, |r| r.id);
        let health = self.health.as_ref().map(|h| HealthRecord {
            id: HealthRecordId::new(),
            resident_id,
            recorded_on: today,
            recorded_by: coach.clone(),
            necessity: trimmed(&h.necessity).unwrap_or_default(),
            summary: trimmed(&h.summary).unwrap_or_default(),
            work_limitations: trimmed(&h.work_limitations),
            source: trimmed(&h.source),
        });
        if let Some(Err(e)) = health.as_ref().map(HealthRecord::validate) {
            for f in e.iter() {
                errors.0.push(FieldError::new(
                    format!("health.{}", f.field),
                    f.error.clone(),
                ));
            }
        }
        let Some(resident) = resident else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let traject = Traject::new(
            TrajectId::new(),
            resident.id,
            coach.clone(),
            today,
            purposes,
        );
        Ok(Intake {
            resident,
            traject,
            health,
        })
    }
}

impl IntakeArea<'_> {
    /// Keep the form in progress (encrypted, local only).
    pub async fn save_draft(&self, form: &IntakeForm) -> Result<()> {
        let data = serde_json::to_string(form)
            .map_err(|e| crate::StoreError::Io(std::io::Error::other(format!("draft: {e}"))))?;
        sqlx::query(
            "INSERT INTO intake_drafts (singleton, data, updated_at) VALUES (1, ?1, ?2)
             ON CONFLICT (singleton) DO UPDATE SET data = ?1, updated_at = ?2",
        )
        .bind(data)
        .bind(chrono::Utc::now().to_rfc3339())
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// The form in progress, if any.
    pub async fn load_draft(&self) -> Result<Option<IntakeForm>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT data FROM intake_drafts WHERE singleton = 1")
                .fetch_optional(self.store.pool())
                .await?;
        // A draft from an older form version that no longer parses is dropped, not fatal.
        Ok(row.and_then(|(data,)| serde_json::from_str(&data).ok()))
    }

    /// Throw the form in progress away.
    pub async fn discard_draft(&self) -> Result<()> {
        sqlx::query("DELETE FROM intake_drafts")
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    /// Check and store a submitted intake, then discard the draft. All or nothing.
    pub async fn submit(&self, form: &IntakeForm, today: NaiveDate) -> Result<ResidentId> {
        let intake = form.check(&self.store.device().coach, today)?;
        self.store.residents().save_intake(&intake).await?;
        self.discard_draft().await?;
        Ok(intake.resident.id)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use werkpad_domain::{AddressDraft, PersonNameDraft, StaffId};

    fn coach() -> StaffMember {
        StaffMember {
            id: StaffId::new(),
            name: "Coach".into(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    fn form() -> IntakeForm {
        IntakeForm {
            resident: ResidentDraft {
                name: PersonNameDraft {
                    given_names: Some("Anna".into()),
                    family_name: Some("Dijk".into()),
                    tussenvoegsel: Some("van".into()),
                    ..Default::default()
                },
                birth_date: Some("12-03-1968".into()),
                gender: Some("female".into()),
                bsn: Some("123456782".into()),
                address: AddressDraft {
                    street: Some("Steenstraat".into()),
                    house_number: Some("12".into()),
                    postcode: Some("6828 ab".into()),
                    woonplaats: Some("Arnhem".into()),
                    ..Default::default()
                },
                ..Default::default()
            },
            privacy_statement_explained: true,
            purposes: vec!["matching".into()],
            health: None,
        }
    }

    #[test]
    fn a_complete_form_becomes_an_intake() {
        let intake = form().check(&coach(), today()).unwrap();
        assert_eq!(
            intake.resident.privacy_statement_explained_on,
            Some(today()),
            "dated today"
        );
        assert!(intake.traject.purposes.contains(&Purpose::Matching));
        assert!(
            intake.traject.purposes.contains(&Purpose::Guidance),
            "guidance always"
        );
        assert!(intake.health.is_none(), "no health data unless entered");
    }

    #[test]
    fn every_problem_is_reported_with_its_form_path() {
        let mut f = form();
        f.resident.bsn = Some("123456789".into());
        f.privacy_statement_explained = false;
        f.purposes.push("astrology".into());
        let errors = f.check(&coach(), today()).unwrap_err();
        assert!(
            errors.contains("resident.bsn", &ValidationError::BsnChecksum),
            "{errors:?}"
        );
        assert!(errors.contains("privacy_statement_explained", &ValidationError::Required));
        assert!(errors.contains("purposes[1]", &ValidationError::InvalidChoice));
    }

    #[test]
    fn health_data_needs_its_necessity() {
        let mut f = form();
        f.health = Some(HealthDraft {
            summary: Some("Rugklachten".into()),
            ..Default::default()
        });
        let errors = f.check(&coach(), today()).unwrap_err();
        assert!(
            errors.contains("health.necessity", &ValidationError::Required),
            "{errors:?}"
        );
        f.resident.bsn = None;
        let errors = f.check(&coach(), today()).unwrap_err();
        assert!(
            errors.contains("health.necessity", &ValidationError::Required),
            "the health step hears about its problem even while the resident part has errors"
        );
    }
}

//! Loonwaarde, loonkostensubsidie and jobcoaching (issue 22): the resident's subsidy file,
//! drafts with their live arithmetic, sign-off, decisions, payments, organisations, and the
//! employer's employees with LKS. Every write answers the file as it is now.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tauri::State;
use werkpad_core::subsidies::{EmployeeLks, SubsidyFile};
use werkpad_domain::loonwaarde::{
    LoonwaardeDraft, LoonwaardeId, LoonwaardeOutcome, SignOffInput, compute,
};
use werkpad_domain::subsidy::{
    JobcoachOrganisation, JobcoachOrganisationId, JobcoachOrganisationInput, JobcoachSubsidyId,
    JobcoachSubsidyInput, LksCalculation, LksDecisionInput, LksPaymentInput, ProgressReportInput,
    estimate,
};
use werkpad_domain::{
    EmployerId, FieldError, Purpose, ResidentId, ValidationError, ValidationErrors, parse_date,
};

use super::resident::purpose;
use super::today;
use crate::error::CmdResult;
use crate::state::AppState;

async fn file(state: &AppState, resident_id: ResidentId) -> CmdResult<SubsidyFile> {
    let store = state.unlocked().await?;
    Ok(store
        .subsidies()
        .subsidy_file(resident_id, Purpose::EmployerSubsidy, today())
        .await?)
}

/// Which file to open, and why (audited).
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct SubsidyFileInput {
    resident_id: ResidentId,
    #[ts(type = "Purpose")]
    purpose: String,
}

#[tauri::command]
pub async fn subsidy_file(
    state: State<'_, AppState>,
    input: SubsidyFileInput,
) -> CmdResult<SubsidyFile> {
    let store = state.unlocked().await?;
    Ok(store
        .subsidies()
        .subsidy_file(input.resident_id, purpose(&input.purpose)?, today())
        .await?)
}

/// A draft's loonwaarde as the coach types, or why there is none yet.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct LoonwaardePreview {
    /// The loonwaarde with every step, once the tasks allow one.
    pub outcome: Option<LoonwaardeOutcome>,
    /// What stands in the way, per field.
    pub errors: Vec<FieldError>,
}

/// The draft to compute.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LoonwaardePreviewInput {
    draft: LoonwaardeDraft,
}

/// The arithmetic of the tasks typed so far (the rest of the form may still be empty);
/// stores nothing.
#[tauri::command]
pub async fn loonwaarde_preview(input: LoonwaardePreviewInput) -> CmdResult<LoonwaardePreview> {
    let tasks = match input.draft.tasks() {
        Ok(tasks) => tasks,
        Err(errors) => {
            return Ok(LoonwaardePreview {
                outcome: None,
                errors: errors.iter().cloned().collect(),
            });
        }
    };
    Ok(match compute(&tasks) {
        Ok(outcome) => LoonwaardePreview {
            outcome: Some(outcome),
            errors: Vec::new(),
        },
        Err(errors) => LoonwaardePreview {
            outcome: None,
            errors: errors.iter().cloned().collect(),
        },
    })
}

/// A new draft (`id` null) or a change to one.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LoonwaardeSaveInput {
    resident_id: ResidentId,
    id: Option<LoonwaardeId>,
    form: LoonwaardeDraft,
}

#[tauri::command]
pub async fn loonwaarde_save(
    state: State<'_, AppState>,
    input: LoonwaardeSaveInput,
) -> CmdResult<SubsidyFile> {
    let store = state.unlocked().await?;
    store
        .subsidies()
        .save_loonwaarde(input.resident_id, input.id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// The assessor's signature on a draft.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LoonwaardeSignInput {
    resident_id: ResidentId,
    id: LoonwaardeId,
    form: SignOffInput,
}

#[tauri::command]
pub async fn loonwaarde_sign(
    state: State<'_, AppState>,
    input: LoonwaardeSignInput,
) -> CmdResult<SubsidyFile> {
    let months = state.settings().subsidy.reassess_months;
    let store = state.unlocked().await?;
    store
        .subsidies()
        .sign_loonwaarde(input.resident_id, input.id, &input.form, months, today())
        .await?;
    file(&state, input.resident_id).await
}

/// What an estimate needs: the loonwaarde, the contract hours and the start.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LksEstimateInput {
    loonwaarde_percent: u8,
    hours_per_week: u8,
    starts_on: String,
}

/// The LKS of the first month, every step shown; stores nothing.
#[tauri::command]
pub async fn lks_estimate(input: LksEstimateInput) -> CmdResult<LksCalculation> {
    let starts_on: NaiveDate =
        parse_date(&input.starts_on).map_err(|e| ValidationErrors::single("starts_on", e))?;
    if input.hours_per_week == 0 || input.hours_per_week > 60 {
        return Err(ValidationErrors::single(
            "hours_per_week",
            ValidationError::OutOfRange { min: 1, max: 60 },
        )
        .into());
    }
    Ok(estimate(
        input.loonwaarde_percent,
        u32::from(input.hours_per_week) * 60,
        starts_on,
    )?)
}

/// A decision on a loonkostensubsidie.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LksDecideInput {
    resident_id: ResidentId,
    form: LksDecisionInput,
}

#[tauri::command]
pub async fn lks_decide(
    state: State<'_, AppState>,
    input: LksDecideInput,
) -> CmdResult<SubsidyFile> {
    let store = state.unlocked().await?;
    store
        .subsidies()
        .decide_lks(input.resident_id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// A payment for a period.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LksPayInput {
    resident_id: ResidentId,
    form: LksPaymentInput,
}

#[tauri::command]
pub async fn lks_pay(state: State<'_, AppState>, input: LksPayInput) -> CmdResult<SubsidyFile> {
    let store = state.unlocked().await?;
    store
        .subsidies()
        .pay_lks(input.resident_id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// A new organisation (`id` null) or a change.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct OrganisationSaveInput {
    id: Option<JobcoachOrganisationId>,
    form: JobcoachOrganisationInput,
}

#[tauri::command]
pub async fn jobcoach_organisation_save(
    state: State<'_, AppState>,
    input: OrganisationSaveInput,
) -> CmdResult<JobcoachOrganisation> {
    let store = state.unlocked().await?;
    Ok(store
        .subsidies()
        .save_organisation(input.id, &input.form)
        .await?)
}

/// Job coaching planned for a period.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct JobcoachingPlanInput {
    resident_id: ResidentId,
    form: JobcoachSubsidyInput,
}

#[tauri::command]
pub async fn jobcoaching_plan(
    state: State<'_, AppState>,
    input: JobcoachingPlanInput,
) -> CmdResult<SubsidyFile> {
    let tariffs = state.settings().subsidy.jobcoach_tariffs;
    let store = state.unlocked().await?;
    store
        .subsidies()
        .plan_jobcoaching(input.resident_id, &input.form, &tariffs, today())
        .await?;
    file(&state, input.resident_id).await
}

/// The organisation's progress report on a period.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct JobcoachingReportInput {
    resident_id: ResidentId,
    subsidy_id: JobcoachSubsidyId,
    form: ProgressReportInput,
}

#[tauri::command]
pub async fn jobcoaching_report(
    state: State<'_, AppState>,
    input: JobcoachingReportInput,
) -> CmdResult<SubsidyFile> {
    let store = state.unlocked().await?;
    store
        .subsidies()
        .record_progress_report(input.resident_id, input.subsidy_id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// The payment of a period to approve.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct JobcoachingApproveInput {
    resident_id: ResidentId,
    subsidy_id: JobcoachSubsidyId,
}

#[tauri::command]
pub async fn jobcoaching_approve(
    state: State<'_, AppState>,
    input: JobcoachingApproveInput,
) -> CmdResult<SubsidyFile> {
    let store = state.unlocked().await?;
    store
        .subsidies()
        .approve_jobcoaching(input.resident_id, input.subsidy_id, today())
        .await?;
    file(&state, input.resident_id).await
}

/// The employer whose employees with LKS to list.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct EmployerLksInput {
    employer_id: EmployerId,
}

#[tauri::command]
pub async fn employer_lks(
    state: State<'_, AppState>,
    input: EmployerLksInput,
) -> CmdResult<Vec<EmployeeLks>> {
    let store = state.unlocked().await?;
    Ok(store.subsidies().employer_lks(input.employer_id).await?)
}

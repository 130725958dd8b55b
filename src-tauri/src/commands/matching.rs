//! Matching: employers and workplaces, occupation search, a resident's search profile,
//! ranked matches with reasons, and placements the coach decides on. Each command is
//! parse → core → result.

use serde::Deserialize;
use tauri::State;
use werkpad_core::matching::{
    CsvImportReport, EmployerFile, OccupationHit, PlacementView, Ranked, ResidentMatch,
    WorkplaceMatch, import_workplaces_csv,
};
use werkpad_domain::matching::{
    ContactParty, Employer, EmployerDraft, MatchProfile, Placement, PlacementContact,
    PlacementDraft, PlacementEnd, PlacementEndReason, Workplace, WorkplaceDraft,
};
use werkpad_domain::reference::ReferenceRelease;
use werkpad_domain::{
    EmployerId, MatchProfileId, PlacementId, ResidentId, ValidationError, ValidationErrors,
    WorkplaceId, parse_date,
};

use super::today;
use crate::error::CmdResult;
use crate::state::AppState;

/// Most matches a screen shows.
const MATCH_LIMIT: usize = 50;

#[tauri::command]
pub async fn employers(state: State<'_, AppState>) -> CmdResult<Vec<Employer>> {
    Ok(state.unlocked().await?.matching().employers().await?)
}

/// One employer.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct EmployerInput {
    employer_id: EmployerId,
}

#[tauri::command]
pub async fn employer_file(
    state: State<'_, AppState>,
    input: EmployerInput,
) -> CmdResult<EmployerFile> {
    let store = state.unlocked().await?;
    Ok(store.matching().employer_file(input.employer_id).await?)
}

/// A new employer (`employer_id` null) or a change.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct EmployerSaveInput {
    employer_id: Option<EmployerId>,
    draft: EmployerDraft,
}

#[tauri::command]
pub async fn employer_save(
    state: State<'_, AppState>,
    input: EmployerSaveInput,
) -> CmdResult<Employer> {
    let store = state.unlocked().await?;
    Ok(store
        .matching()
        .save_employer(input.employer_id, &input.draft)
        .await?)
}

#[tauri::command]
pub async fn workplaces(state: State<'_, AppState>) -> CmdResult<Vec<Workplace>> {
    Ok(state.unlocked().await?.matching().workplaces().await?)
}

/// A new workplace (`workplace_id` null) or a change.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct WorkplaceSaveInput {
    workplace_id: Option<WorkplaceId>,
    draft: WorkplaceDraft,
}

#[tauri::command]
pub async fn workplace_save(
    state: State<'_, AppState>,
    input: WorkplaceSaveInput,
) -> CmdResult<Workplace> {
    let store = state.unlocked().await?;
    Ok(store
        .matching()
        .save_workplace(input.workplace_id, &input.draft)
        .await?)
}

/// The text of a CSV file the UI read.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "CsvImportInput")]
pub struct CsvInput {
    content: String,
}

/// Employers and workplaces from a CSV file (all or nothing).
#[tauri::command]
pub async fn workplaces_import_csv(
    state: State<'_, AppState>,
    input: CsvInput,
) -> CmdResult<CsvImportReport> {
    let store = state.unlocked().await?;
    Ok(import_workplaces_csv(&store, input.content.as_bytes()).await?)
}

/// What the coach typed.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "OccupationSearchInput")]
pub struct TextInput {
    text: String,
}

#[tauri::command]
pub async fn occupation_search(
    state: State<'_, AppState>,
    input: TextInput,
) -> CmdResult<Vec<OccupationHit>> {
    Ok(state
        .unlocked()
        .await?
        .matching()
        .search_occupations(&input.text, 20)
        .await?)
}

#[tauri::command]
pub async fn reference_releases(state: State<'_, AppState>) -> CmdResult<Vec<ReferenceRelease>> {
    Ok(state
        .unlocked()
        .await?
        .matching()
        .reference_releases()
        .await?)
}

/// The resident's search profile; an empty one (not yet stored) when there is none.
#[tauri::command]
pub async fn match_profile(
    state: State<'_, AppState>,
    input: super::ResidentIdInput,
) -> CmdResult<MatchProfile> {
    let store = state.unlocked().await?;
    let id = input.resident_id;
    Ok(store
        .matching()
        .match_profile(id)
        .await?
        .unwrap_or_else(|| MatchProfile::new(MatchProfileId::new(), id)))
}

#[tauri::command]
pub async fn match_profile_save(
    state: State<'_, AppState>,
    input: MatchProfile,
) -> CmdResult<MatchProfile> {
    let store = state.unlocked().await?;
    Ok(store.matching().save_match_profile(&input).await?)
}

#[tauri::command]
pub async fn matches_for_resident(
    state: State<'_, AppState>,
    input: super::ResidentIdInput,
) -> CmdResult<Ranked<WorkplaceMatch>> {
    let store = state.unlocked().await?;
    Ok(store
        .matching()
        .matches_for_resident(input.resident_id, MATCH_LIMIT)
        .await?)
}

/// One workplace.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct WorkplaceInput {
    workplace_id: WorkplaceId,
}

#[tauri::command]
pub async fn matches_for_workplace(
    state: State<'_, AppState>,
    input: WorkplaceInput,
) -> CmdResult<Ranked<ResidentMatch>> {
    let store = state.unlocked().await?;
    Ok(store
        .matching()
        .matches_for_workplace(input.workplace_id, MATCH_LIMIT)
        .await?)
}

#[tauri::command]
pub async fn placements(
    state: State<'_, AppState>,
    input: super::ResidentIdInput,
) -> CmdResult<Vec<PlacementView>> {
    let store = state.unlocked().await?;
    Ok(store
        .matching()
        .placements(input.resident_id, today())
        .await?)
}

/// The coach's decision to place the resident.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct PlacementCreateInput {
    resident_id: ResidentId,
    draft: PlacementDraft,
}

#[tauri::command]
pub async fn placement_create(
    state: State<'_, AppState>,
    input: PlacementCreateInput,
) -> CmdResult<Placement> {
    let store = state.unlocked().await?;
    Ok(store
        .matching()
        .place(input.resident_id, &input.draft, today())
        .await?)
}

/// The end of a placement as the form gives it.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct PlacementEndInput {
    resident_id: ResidentId,
    placement_id: PlacementId,
    /// dd-mm-jjjj.
    on: String,
    reason: String,
    explanation: Option<String>,
    replacement_advised: bool,
}

#[tauri::command]
pub async fn placement_end(
    state: State<'_, AppState>,
    input: PlacementEndInput,
) -> CmdResult<Placement> {
    let store = state.unlocked().await?;
    let on = parse_date(&input.on).map_err(|e| ValidationErrors::single("end.on", e))?;
    let reason = PlacementEndReason::parse(&input.reason)
        .ok_or_else(|| ValidationErrors::single("end.reason", ValidationError::InvalidChoice))?;
    let end = PlacementEnd {
        on,
        reason,
        explanation: input.explanation,
        replacement_advised: input.replacement_advised,
    };
    Ok(store
        .matching()
        .end_placement(input.resident_id, input.placement_id, end)
        .await?)
}

/// A follow-up contact as the form gives it.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "PlacementContactInput")]
pub struct ContactInput {
    resident_id: ResidentId,
    placement_id: PlacementId,
    /// dd-mm-jjjj.
    on: String,
    with: String,
    notes: String,
}

#[tauri::command]
pub async fn placement_contact_add(
    state: State<'_, AppState>,
    input: ContactInput,
) -> CmdResult<PlacementContact> {
    let store = state.unlocked().await?;
    let on = parse_date(&input.on).map_err(|e| ValidationErrors::single("on", e))?;
    let with = ContactParty::parse(&input.with)
        .ok_or_else(|| ValidationErrors::single("with", ValidationError::InvalidChoice))?;
    Ok(store
        .matching()
        .add_placement_contact(input.resident_id, input.placement_id, on, with, input.notes)
        .await?)
}

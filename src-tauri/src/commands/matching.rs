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

fn parse<T: std::str::FromStr>(field: &str, s: &str) -> Result<T, ValidationErrors> {
    s.parse()
        .map_err(|_| ValidationErrors::single(field, ValidationError::InvalidChoice))
}

fn optional<T: std::str::FromStr>(
    field: &str,
    s: Option<&str>,
) -> Result<Option<T>, ValidationErrors> {
    s.filter(|s| !s.is_empty())
        .map(|s| parse(field, s))
        .transpose()
}

#[tauri::command]
pub async fn employers(state: State<'_, AppState>) -> CmdResult<Vec<Employer>> {
    Ok(state.unlocked().await?.employers().await?)
}

#[tauri::command]
pub async fn employer_file(
    state: State<'_, AppState>,
    employer_id: String,
) -> CmdResult<EmployerFile> {
    let store = state.unlocked().await?;
    Ok(store
        .employer_file(parse("employer_id", &employer_id)?)
        .await?)
}

#[tauri::command]
pub async fn employer_save(
    state: State<'_, AppState>,
    employer_id: Option<String>,
    draft: EmployerDraft,
) -> CmdResult<Employer> {
    let store = state.unlocked().await?;
    let id: Option<EmployerId> = optional("employer_id", employer_id.as_deref())?;
    Ok(store.save_employer(id, &draft).await?)
}

#[tauri::command]
pub async fn workplaces(state: State<'_, AppState>) -> CmdResult<Vec<Workplace>> {
    Ok(state.unlocked().await?.workplaces().await?)
}

#[tauri::command]
pub async fn workplace_save(
    state: State<'_, AppState>,
    workplace_id: Option<String>,
    draft: WorkplaceDraft,
) -> CmdResult<Workplace> {
    let store = state.unlocked().await?;
    let id: Option<WorkplaceId> = optional("workplace_id", workplace_id.as_deref())?;
    Ok(store.save_workplace(id, &draft).await?)
}

/// Employers and workplaces from the text of a CSV file the UI read (all or nothing).
#[tauri::command]
pub async fn workplaces_import_csv(
    state: State<'_, AppState>,
    content: String,
) -> CmdResult<CsvImportReport> {
    let store = state.unlocked().await?;
    Ok(import_workplaces_csv(&store, content.as_bytes()).await?)
}

#[tauri::command]
pub async fn occupation_search(
    state: State<'_, AppState>,
    text: String,
) -> CmdResult<Vec<OccupationHit>> {
    Ok(state
        .unlocked()
        .await?
        .search_occupations(&text, 20)
        .await?)
}

#[tauri::command]
pub async fn reference_releases(state: State<'_, AppState>) -> CmdResult<Vec<ReferenceRelease>> {
    Ok(state.unlocked().await?.reference_releases().await?)
}

/// The resident's search profile; an empty one (not yet stored) when there is none.
#[tauri::command]
pub async fn match_profile(
    state: State<'_, AppState>,
    resident_id: String,
) -> CmdResult<MatchProfile> {
    let store = state.unlocked().await?;
    let id: ResidentId = parse("resident_id", &resident_id)?;
    Ok(store
        .match_profile(id)
        .await?
        .unwrap_or_else(|| MatchProfile::new(MatchProfileId::new(), id)))
}

#[tauri::command]
pub async fn match_profile_save(
    state: State<'_, AppState>,
    profile: MatchProfile,
) -> CmdResult<MatchProfile> {
    let store = state.unlocked().await?;
    Ok(store.save_match_profile(&profile).await?)
}

#[tauri::command]
pub async fn matches_for_resident(
    state: State<'_, AppState>,
    resident_id: String,
) -> CmdResult<Ranked<WorkplaceMatch>> {
    let store = state.unlocked().await?;
    Ok(store
        .matches_for_resident(parse("resident_id", &resident_id)?, MATCH_LIMIT)
        .await?)
}

#[tauri::command]
pub async fn matches_for_workplace(
    state: State<'_, AppState>,
    workplace_id: String,
) -> CmdResult<Ranked<ResidentMatch>> {
    let store = state.unlocked().await?;
    Ok(store
        .matches_for_workplace(parse("workplace_id", &workplace_id)?, MATCH_LIMIT)
        .await?)
}

#[tauri::command]
pub async fn placements(
    state: State<'_, AppState>,
    resident_id: String,
) -> CmdResult<Vec<PlacementView>> {
    let store = state.unlocked().await?;
    Ok(store
        .placements(parse("resident_id", &resident_id)?, today())
        .await?)
}

#[tauri::command]
pub async fn placement_create(
    state: State<'_, AppState>,
    resident_id: String,
    draft: PlacementDraft,
) -> CmdResult<Placement> {
    let store = state.unlocked().await?;
    Ok(store
        .place(parse("resident_id", &resident_id)?, &draft, today())
        .await?)
}

/// The end of a placement as the form gives it.
#[derive(Debug, Deserialize)]
pub struct PlacementEndInput {
    resident_id: String,
    placement_id: String,
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
    let placement_id: PlacementId = parse("placement_id", &input.placement_id)?;
    Ok(store
        .end_placement(parse("resident_id", &input.resident_id)?, placement_id, end)
        .await?)
}

/// A follow-up contact as the form gives it.
#[derive(Debug, Deserialize)]
pub struct ContactInput {
    resident_id: String,
    placement_id: String,
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
        .add_placement_contact(
            parse("resident_id", &input.resident_id)?,
            parse("placement_id", &input.placement_id)?,
            on,
            with,
            input.notes,
        )
        .await?)
}

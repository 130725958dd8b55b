//! Requests to other parties (issue 23): requests to UWV, medical examinations (health
//! data: read with a purpose and a reason), life-domain referrals, their attachments and
//! the steps they share. Every write of a request answers the Verzoeken tab as it is now.

use serde::Deserialize;
use tauri::State;
use uuid::Uuid;
use werkpad_core::requests::{OpenedAttachment, RequestsFile};
use werkpad_core::store::health::HealthAccess;
use werkpad_domain::request::{
    AttachmentId, AttachmentInfo, AttachmentInput, AttachmentOwner, ExaminationOutcomeInput,
    MedicalExamination, MedicalExaminationId, MedicalExaminationInput, Referral, ReferralId,
    ReferralInput, ReferralUpdateInput, RequestStep, UwvAnswerInput, UwvRequest, UwvRequestId,
    UwvRequestInput,
};
use werkpad_domain::{EntityKind, ResidentId, ValidationError, ValidationErrors};

use super::resident::purpose;
use super::{ResidentIdInput, today};
use crate::error::CmdResult;
use crate::state::AppState;

async fn file(state: &AppState, resident_id: ResidentId) -> CmdResult<RequestsFile> {
    let store = state.unlocked().await?;
    Ok(store.requests().requests_file(resident_id, today()).await?)
}

#[tauri::command]
pub async fn requests_file(
    state: State<'_, AppState>,
    input: ResidentIdInput,
) -> CmdResult<RequestsFile> {
    file(&state, input.resident_id).await
}

/// A draft request to UWV: new without `id`.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct UwvSaveInput {
    resident_id: ResidentId,
    id: Option<UwvRequestId>,
    form: UwvRequestInput,
}

#[tauri::command]
pub async fn uwv_request_save(
    state: State<'_, AppState>,
    input: UwvSaveInput,
) -> CmdResult<RequestsFile> {
    let store = state.unlocked().await?;
    store
        .requests()
        .save_uwv(input.resident_id, input.id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// UWV's answer to a sent request.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct UwvAnswerSaveInput {
    resident_id: ResidentId,
    id: UwvRequestId,
    form: UwvAnswerInput,
}

#[tauri::command]
pub async fn uwv_answer(
    state: State<'_, AppState>,
    input: UwvAnswerSaveInput,
) -> CmdResult<RequestsFile> {
    let store = state.unlocked().await?;
    store
        .requests()
        .answer_uwv(input.resident_id, input.id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// A step of a request: send, close (with what follows) or withdraw (with why).
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct RequestStepInput {
    resident_id: ResidentId,
    /// `uwv_request`, `medical_examination` or `referral`.
    kind: EntityKind,
    id: Uuid,
    /// `send`, `close` or `withdraw` (an answer has its own command).
    step: RequestStep,
    note: Option<String>,
}

#[tauri::command]
pub async fn request_step(
    state: State<'_, AppState>,
    input: RequestStepInput,
) -> CmdResult<RequestsFile> {
    let store = state.unlocked().await?;
    let area = store.requests();
    let (rid, id, day) = (input.resident_id, input.id.to_string(), today());
    let note = input.note;
    match (input.kind, input.step) {
        (EntityKind::UwvRequest, RequestStep::Send) => {
            area.send_uwv(rid, &id, day).await?;
        }
        (EntityKind::MedicalExamination, RequestStep::Send) => {
            area.send::<MedicalExamination>(rid, &id, day).await?;
        }
        (EntityKind::Referral, RequestStep::Send) => {
            area.send::<Referral>(rid, &id, day).await?;
        }
        (EntityKind::UwvRequest, step) => {
            area.finish::<UwvRequest>(rid, &id, step, note, day).await?;
        }
        (EntityKind::MedicalExamination, step) => {
            area.finish::<MedicalExamination>(rid, &id, step, note, day)
                .await?;
        }
        (EntityKind::Referral, step) => {
            area.finish::<Referral>(rid, &id, step, note, day).await?;
        }
        _ => {
            return Err(ValidationErrors::single("kind", ValidationError::InvalidChoice).into());
        }
    }
    file(&state, input.resident_id).await
}

/// A draft referral: new without `id`.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct ReferralSaveInput {
    resident_id: ResidentId,
    id: Option<ReferralId>,
    form: ReferralInput,
}

#[tauri::command]
pub async fn referral_save(
    state: State<'_, AppState>,
    input: ReferralSaveInput,
) -> CmdResult<RequestsFile> {
    let store = state.unlocked().await?;
    store
        .requests()
        .save_referral(input.resident_id, input.id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// What the other party of a referral reported.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct ReferralUpdateSaveInput {
    resident_id: ResidentId,
    id: ReferralId,
    form: ReferralUpdateInput,
}

#[tauri::command]
pub async fn referral_update(
    state: State<'_, AppState>,
    input: ReferralUpdateSaveInput,
) -> CmdResult<RequestsFile> {
    let store = state.unlocked().await?;
    store
        .requests()
        .update_referral(input.resident_id, input.id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// A file for a draft request.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct AttachmentAddInput {
    resident_id: ResidentId,
    owner: AttachmentOwner,
    form: AttachmentInput,
}

#[tauri::command]
pub async fn attachment_add(
    state: State<'_, AppState>,
    input: AttachmentAddInput,
) -> CmdResult<AttachmentInfo> {
    let store = state.unlocked().await?;
    Ok(store
        .requests()
        .add_attachment(input.resident_id, input.owner, &input.form, today())
        .await?)
}

/// Open a file, for a purpose; a health report needs a reason too (audited).
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct AttachmentOpenInput {
    resident_id: ResidentId,
    id: AttachmentId,
    #[ts(type = "Purpose")]
    purpose: String,
    reason: Option<String>,
}

#[tauri::command]
pub async fn attachment_open(
    state: State<'_, AppState>,
    input: AttachmentOpenInput,
) -> CmdResult<OpenedAttachment> {
    let store = state.unlocked().await?;
    let purpose = purpose(&input.purpose)?;
    let access = HealthAccess {
        purpose,
        reason: input.reason.unwrap_or_default(),
    };
    Ok(store
        .requests()
        .open_attachment(input.resident_id, input.id, purpose, Some(&access))
        .await?)
}

/// Medical examinations are health data: a purpose and a reason, every read audited.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct MedicalViewInput {
    resident_id: ResidentId,
    #[ts(type = "Purpose | null")]
    purpose: Option<String>,
    reason: Option<String>,
}

#[tauri::command]
pub async fn medical_examinations(
    state: State<'_, AppState>,
    input: MedicalViewInput,
) -> CmdResult<Vec<MedicalExamination>> {
    let store = state.unlocked().await?;
    let access = match input.purpose.as_deref().filter(|p| !p.is_empty()) {
        Some(p) => Some(HealthAccess {
            purpose: purpose(p)?,
            reason: input.reason.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(store
        .requests()
        .medical_examinations(input.resident_id, access.as_ref())
        .await?)
}

/// A medical examination: new without `id`.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct MedicalSaveInput {
    resident_id: ResidentId,
    id: Option<MedicalExaminationId>,
    form: MedicalExaminationInput,
}

#[tauri::command]
pub async fn medical_save(
    state: State<'_, AppState>,
    input: MedicalSaveInput,
) -> CmdResult<MedicalExamination> {
    let store = state.unlocked().await?;
    Ok(store
        .requests()
        .save_medical(input.resident_id, input.id, &input.form, today())
        .await?)
}

/// The outcome of a sent examination.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct MedicalOutcomeInput {
    resident_id: ResidentId,
    id: MedicalExaminationId,
    form: ExaminationOutcomeInput,
}

#[tauri::command]
pub async fn medical_outcome(
    state: State<'_, AppState>,
    input: MedicalOutcomeInput,
) -> CmdResult<MedicalExamination> {
    let store = state.unlocked().await?;
    Ok(store
        .requests()
        .record_outcome(input.resident_id, input.id, &input.form, today())
        .await?)
}

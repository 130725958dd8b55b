//! Issuing the statements of issue 23: the request to UWV as it stands (with the list of
//! its attachments) and the warning letter of a verzuim case decided with a warning. Each
//! is one transaction like every statement (the issued statement with its snapshot, the
//! audit entry of the export, the outbox entry); neither writes a sharing-register entry:
//! sending the request to UWV writes that, and the letter goes to the resident themself.

use werkpad_domain::matching::{Employer, Placement};
use werkpad_domain::request::{Attachment, AttachmentInfo, UwvRequest, UwvRequestId};
use werkpad_domain::statement::{UwvRequestSnapshot, VerzuimWarningSnapshot};
use werkpad_domain::verzuim::{AbsencePlace, VerzuimCase, VerzuimId};
use werkpad_domain::{
    Appointment, EntityKind, IssuedStatement, Purpose, ResidentId, StatementKind,
};

use super::super::doc::Document;
use super::super::text::Context;
use super::super::{uwv_request, verzuim_warning};
use super::{Issued, Snapshot, StatementsArea, resident_in};
use crate::error::{Result, StoreError};
use crate::store::{Store, Writer};

impl StatementsArea<'_> {
    /// Issue the request to UWV of this resident as it stands (a draft or sent): whom it
    /// is about, what is asked, the four criteria, the motivation, the consent when
    /// recorded and the list of its attachments (not the files). Refused with `NotFound`
    /// (entity `uwv_request`) for a request that does not exist or is another resident's;
    /// nothing is numbered then.
    pub async fn issue_uwv_request(
        &self,
        ctx: &Context,
        resident_id: ResidentId,
        request_id: UwvRequestId,
    ) -> Result<Issued> {
        let mut w = self.store.writer(Purpose::UwvRequest).await?;
        let key = request_id.to_string();
        let request = self
            .store
            .fetch::<UwvRequest>(&mut **w.tx(), &key)
            .await?
            .map(|(r, _)| r)
            .filter(|r| r.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::UwvRequest,
                id: key,
            })?;
        let resident = resident_in(self.store, &mut w, resident_id).await?;
        let all: Vec<Attachment> = self
            .store
            .fetch_for_resident(&mut **w.tx(), &resident_id.to_string())
            .await?;
        let attachments = all
            .iter()
            .filter(|a| a.owner.kind == EntityKind::UwvRequest)
            .filter(|a| a.owner.id == request.id.as_uuid())
            .map(AttachmentInfo::from)
            .collect();
        let snapshot = UwvRequestSnapshot {
            request,
            attachments,
            resident_name: resident.name.full_name(),
            bsn: resident.bsn,
            birth_date: resident.birth_date,
        };
        let statement = self
            .new_statement(
                &mut w,
                ctx,
                resident_id,
                StatementKind::UwvRequest,
                Snapshot::Uwv(Box::new(snapshot.clone())),
            )
            .await?;
        let doc = uwv_request::document(
            ctx,
            &snapshot,
            &statement.reference,
            ctx.now.date_naive(),
            false,
        )?;
        self.finish(w, statement, &doc).await
    }

    /// Issue the warning letter of a verzuim case of this resident, decided with a
    /// warning. Refused with [`StoreError::NotAWarning`] for a case not decided yet or
    /// decided otherwise, and with `NotFound` (entity `verzuim`) for a case that does not
    /// exist or is another resident's; nothing is numbered then.
    pub async fn issue_verzuim_warning(
        &self,
        ctx: &Context,
        resident_id: ResidentId,
        case_id: VerzuimId,
    ) -> Result<Issued> {
        let mut w = self.store.writer(Purpose::Verzuim).await?;
        let key = case_id.to_string();
        let case = self
            .store
            .fetch::<VerzuimCase>(&mut **w.tx(), &key)
            .await?
            .map(|(c, _)| c)
            .filter(|c| c.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::Verzuim,
                id: key,
            })?;
        let resident = resident_in(self.store, &mut w, resident_id).await?;
        let expected_at = expected_at(self.store, &mut w, &case).await?;
        let snapshot = VerzuimWarningSnapshot {
            case,
            resident_name: resident.name.full_name(),
            address: resident.address,
            expected_at,
            coach_name: self.store.device().coach.name.clone(),
        };
        if snapshot.warning().is_none() {
            return Err(StoreError::NotAWarning);
        }
        let statement = self
            .new_statement(
                &mut w,
                ctx,
                resident_id,
                StatementKind::VerzuimWarning,
                Snapshot::Warning(Box::new(snapshot.clone())),
            )
            .await?;
        let doc = verzuim_warning::document(
            ctx,
            &snapshot,
            &statement.reference,
            ctx.now.date_naive(),
            false,
        )?;
        self.finish(w, statement, &doc).await
    }
}

/// Where the resident was expected, in words: the employer of the placement, or the
/// subject of the missed appointment with its place. None when that record is not on this
/// laptop (the letter then names no place).
async fn expected_at(
    store: &Store,
    w: &mut Writer<'_>,
    case: &VerzuimCase,
) -> Result<Option<String>> {
    let absence = &case.absence;
    match absence.place {
        AbsencePlace::Workplace => {
            let Some(pid) = absence.placement_id else {
                return Ok(None);
            };
            let Some((placement, _)) = store
                .fetch::<Placement>(&mut **w.tx(), &pid.to_string())
                .await?
            else {
                return Ok(None);
            };
            Ok(store
                .fetch::<Employer>(&mut **w.tx(), &placement.employer_id.to_string())
                .await?
                .map(|(e, _)| e.name))
        }
        AbsencePlace::Programme => {
            let Some(aid) = absence.appointment_id else {
                return Ok(None);
            };
            Ok(store
                .fetch::<Appointment>(&mut **w.tx(), &aid.to_string())
                .await?
                .map(|(a, _)| {
                    let subject = a.subject.trim().trim_end_matches('.');
                    match a
                        .location
                        .as_deref()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                    {
                        Some(location) => format!("{subject} ({location})"),
                        None => subject.to_owned(),
                    }
                }))
        }
    }
}

/// The document of a reprint of a UWV request or a warning letter, with the purpose it is
/// audited under; `None` for other statements.
pub(super) fn reprint(
    ctx: &Context,
    statement: &IssuedStatement,
) -> Result<Option<(Purpose, Document)>> {
    let issued_on = statement.issued_at.date_naive();
    let reference = &statement.reference;
    Ok(match (&statement.uwv_request, &statement.verzuim_warning) {
        (Some(s), _) => Some((
            Purpose::UwvRequest,
            uwv_request::document(ctx, s, reference, issued_on, true)?,
        )),
        (_, Some(s)) => Some((
            Purpose::Verzuim,
            verzuim_warning::document(ctx, s, reference, issued_on, true)?,
        )),
        _ => None,
    })
}

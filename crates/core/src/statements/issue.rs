//! Issuing statements: the store side. One transaction per statement writes the issued
//! statement (append-only, with its offline-unique reference), its sharing-register entries,
//! the audit entry of the export and the outbox entries; the PDF is made inside that
//! transaction, so a statement that failed to render was never issued.

use chrono::NaiveDate;
use serde::Serialize;
use werkpad_domain::loonwaarde::{LoonwaardeId, Loonwaardebepaling};
use werkpad_domain::matching::{Employer, Placement};
use werkpad_domain::statement::{
    LksBeschikkingSnapshot, LoonwaardeReportSnapshot, UwvRequestSnapshot, VerzuimWarningSnapshot,
    format_reference,
};
use werkpad_domain::subsidy::{LKS_SOURCE, LksDecision, LksDecisionId};
use werkpad_domain::verklaring56::{
    Advice, DecisionOutcome, EmploymentFactsDraft, Verklaring56Decision, Verklaring56Snapshot,
    advise,
};
use werkpad_domain::{
    DataCategory, Disclosure, DisclosureId, EntityKind, IssuedStatement, Purpose, Recipient,
    Resident, ResidentId, StatementId, StatementKind, Verklaring56DecisionId,
};

use super::StatementError;
use super::doc::Document;
use super::text::Context;
use super::{
    intake, inzage, inzage_requests, lks_beschikking, loonwaarde_report, pdf, plan, verklaring56,
};
use crate::error::{Result, StoreError};
use crate::store::audit::AuditAction;
use crate::store::residents::ResidentFile;
use crate::store::{Store, Writer};

crate::store::area!(
    /// Statements: the 56+ advice and decision, issuing and reprinting PDFs, inzage.
    StatementsArea,
    statements
);

/// A statement that was issued, with its PDF.
#[derive(Debug, Clone)]
pub struct Issued {
    /// The record that was saved.
    pub statement: IssuedStatement,
    /// The PDF.
    pub pdf: Vec<u8>,
}

/// Who gets a verklaring 56+ besides the printout for the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
pub struct Recipients56 {
    /// The employer (on request).
    pub employer: bool,
    /// UWV (a copy, as the rules require).
    pub uwv: bool,
}

mod requests;

/// What an issued statement freezes for its reprints.
enum Snapshot {
    /// Nothing (intake report, plan, inzage: not reprinted).
    Nothing,
    /// A verklaring 56+.
    Verklaring56(Verklaring56Snapshot),
    /// A loonwaarde report.
    Loonwaarde(LoonwaardeReportSnapshot),
    /// An LKS beschikking.
    Lks(LksBeschikkingSnapshot),
    /// A request to UWV (boxed: the request and its attachment list are large).
    Uwv(Box<UwvRequestSnapshot>),
    /// A warning letter after verzuim (boxed: the whole case).
    Warning(Box<VerzuimWarningSnapshot>),
}

/// Everything of the statements area for one resident.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct StatementsOverview {
    /// Decisions on a verklaring 56+, newest first.
    pub decisions: Vec<Verklaring56Decision>,
    /// Issued statements, newest first.
    pub statements: Vec<IssuedStatement>,
    /// The sharing register, newest first.
    pub disclosures: Vec<Disclosure>,
}

impl StatementsArea<'_> {
    /// The software's advice on a verklaring 56+ for this resident and these facts. Reads
    /// the birth date (audited for the 56+ purpose); saves nothing else.
    pub async fn verklaring56_advice(
        &self,
        resident_id: ResidentId,
        facts: &EmploymentFactsDraft,
    ) -> Result<Advice> {
        let facts = facts.validate()?;
        let resident = self
            .store
            .residents()
            .resident(resident_id, Purpose::Verklaring56Plus)
            .await?;
        Ok(advise(resident.birth_date, &facts))
    }

    /// Record the coach's decision, with the advice as it stands now. The coach of this
    /// device decides; the software never does.
    pub async fn verklaring56_decide(
        &self,
        resident_id: ResidentId,
        facts: &EmploymentFactsDraft,
        outcome: DecisionOutcome,
        reasoning: &str,
        decided_on: NaiveDate,
    ) -> Result<Verklaring56Decision> {
        let facts = facts.validate()?;
        let mut w = self.store.writer(Purpose::Verklaring56Plus).await?;
        let resident = resident_in(self.store, &mut w, resident_id).await?;
        let decision = Verklaring56Decision {
            id: Verklaring56DecisionId::new(),
            resident_id,
            advice: advise(resident.birth_date, &facts),
            facts,
            outcome,
            decided_by: self.store.device().coach.clone(),
            decided_on,
            reasoning: reasoning.trim().to_owned(),
        };
        w.put(&decision).await?;
        w.commit().await?;
        Ok(decision)
    }

    /// Decisions, issued statements and disclosures of a resident, newest first.
    pub async fn overview(&self, resident_id: ResidentId) -> Result<StatementsOverview> {
        let id = resident_id.to_string();
        let mut decisions: Vec<Verklaring56Decision> = self
            .store
            .fetch_for_resident(self.store.pool(), &id)
            .await?;
        let mut statements: Vec<IssuedStatement> = self
            .store
            .fetch_for_resident(self.store.pool(), &id)
            .await?;
        let mut disclosures: Vec<Disclosure> = self
            .store
            .fetch_for_resident(self.store.pool(), &id)
            .await?;
        decisions.reverse();
        statements.sort_by_key(|s| std::cmp::Reverse(s.issued_at));
        disclosures.reverse();
        Ok(StatementsOverview {
            decisions,
            statements,
            disclosures,
        })
    }

    /// Issue the verklaring 56+ of a granted decision: reference, snapshot, disclosures to
    /// the chosen recipients, audit, and the PDF.
    pub async fn issue_verklaring56(
        &self,
        ctx: &Context,
        decision_id: Verklaring56DecisionId,
        to: Recipients56,
    ) -> Result<Issued> {
        let mut w = self.store.writer(Purpose::Verklaring56Plus).await?;
        let (decision, _) = self
            .store
            .fetch::<Verklaring56Decision>(&mut **w.tx(), &decision_id.to_string())
            .await?
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Verklaring56Decision,
                id: decision_id.to_string(),
            })?;
        if decision.outcome != DecisionOutcome::Granted {
            return Err(StoreError::NotGranted);
        }
        let resident = resident_in(self.store, &mut w, decision.resident_id).await?;
        let l = &ctx.letterhead;
        let snapshot = Verklaring56Snapshot::of(
            &decision,
            &resident,
            &l.signatory_name,
            &l.signatory_role,
            &l.municipality,
        )
        .ok_or(StoreError::NotGranted)?;
        let statement = self
            .new_statement(
                &mut w,
                ctx,
                resident.id,
                StatementKind::Verklaring56Plus,
                Snapshot::Verklaring56(snapshot.clone()),
            )
            .await?;
        let mut recipients = Vec::new();
        if to.employer {
            recipients.push((Recipient::PossibleEmployer, snapshot.employer.name.clone()));
        }
        if to.uwv {
            recipients.push((Recipient::Uwv, "UWV".to_owned()));
        }
        for (recipient, name) in recipients {
            let disclosure = Disclosure {
                id: DisclosureId::new(),
                resident_id: resident.id,
                recipient,
                recipient_name: name,
                purpose: Purpose::Verklaring56Plus,
                categories: vec![DataCategory::Name, DataCategory::Bsn],
                disclosed_on: ctx.now.date_naive(),
                disclosed_by: self.store.device().coach.clone(),
                statement_reference: Some(statement.reference.clone()),
            };
            w.put(&disclosure).await?;
        }
        let doc = verklaring56::document(ctx, &snapshot, &statement.reference, None)?;
        self.finish(w, statement, &doc).await
    }

    /// A reprint of an issued verklaring 56+, loonwaarde report, LKS beschikking, UWV
    /// request or warning letter, marked "AFSCHRIFT", exactly as it was issued (from the
    /// snapshot it froze). Audited as an export under the statement's purpose; nothing else
    /// is saved.
    pub async fn reprint(&self, ctx: &Context, statement_id: StatementId) -> Result<Vec<u8>> {
        let id = statement_id.to_string();
        let not_found = || StoreError::NotFound {
            entity: EntityKind::IssuedStatement,
            id: id.clone(),
        };
        let (statement, _) = self
            .store
            .fetch::<IssuedStatement>(self.store.pool(), &id)
            .await?
            .ok_or_else(not_found)?;
        let issued_on = statement.issued_at.date_naive();
        let reference = &statement.reference;
        let (purpose, doc) = match (
            &statement.verklaring56,
            &statement.loonwaarde_report,
            &statement.lks_beschikking,
        ) {
            (Some(s), _, _) => (
                Purpose::Verklaring56Plus,
                verklaring56::document(ctx, s, reference, Some(issued_on))?,
            ),
            (_, Some(s), _) => (
                Purpose::Loonwaarde,
                loonwaarde_report::document(ctx, s, reference, Some(issued_on))?,
            ),
            (_, _, Some(s)) => (
                Purpose::EmployerSubsidy,
                lks_beschikking::document(ctx, s, reference, issued_on, true)?,
            ),
            _ => requests::reprint(ctx, &statement)?.ok_or_else(not_found)?,
        };
        let mut w = self.store.writer(purpose).await?;
        let bytes = pdf::render(&doc).map_err(StatementError::from)?;
        let rid = statement.resident_id.to_string();
        w.audit(
            AuditAction::Export,
            Some(&rid),
            Some((EntityKind::IssuedStatement, &id)),
            Some("afschrift"),
        )
        .await?;
        w.commit().await?;
        Ok(bytes)
    }

    /// Issue the intake report of a resident.
    pub async fn issue_intake_report(
        &self,
        ctx: &Context,
        resident_id: ResidentId,
    ) -> Result<Issued> {
        self.issue_from_file(
            ctx,
            resident_id,
            StatementKind::IntakeReport,
            intake::document,
        )
        .await
    }

    /// Issue the plan van aanpak (goals, agreements, signature lines).
    pub async fn issue_plan(&self, ctx: &Context, resident_id: ResidentId) -> Result<Issued> {
        self.issue_from_file(
            ctx,
            resident_id,
            StatementKind::PlanVanAanpak,
            plan::document,
        )
        .await
    }

    /// Issue the rapport loonwaardebepaling of one assessment of this resident, as it
    /// stands: a signed one with its sign-off, a draft marked "CONCEPT – nog niet getekend"
    /// (to discuss at the workplace). Refused with `NotFound` for an assessment that does
    /// not exist or is another resident's. Shares nothing: whoever receives the paper is
    /// recorded where it is handed over.
    pub async fn issue_loonwaarde_report(
        &self,
        ctx: &Context,
        resident_id: ResidentId,
        loonwaarde_id: LoonwaardeId,
    ) -> Result<Issued> {
        let mut w = self.store.writer(Purpose::Loonwaarde).await?;
        let key = loonwaarde_id.to_string();
        let loonwaarde = self
            .store
            .fetch::<Loonwaardebepaling>(&mut **w.tx(), &key)
            .await?
            .map(|(l, _)| l)
            .filter(|l| l.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::Loonwaarde,
                id: key,
            })?;
        let resident = resident_in(self.store, &mut w, resident_id).await?;
        let employer = employer_in(self.store, &mut w, loonwaarde.employer_id).await?;
        let snapshot = LoonwaardeReportSnapshot {
            outcome: loonwaarde.outcome(),
            loonwaarde,
            resident_name: resident.name.full_name(),
            birth_date: resident.birth_date,
            employer_name: employer.name,
        };
        let statement = self
            .new_statement(
                &mut w,
                ctx,
                resident_id,
                StatementKind::LoonwaardeReport,
                Snapshot::Loonwaarde(snapshot.clone()),
            )
            .await?;
        let doc = loonwaarde_report::document(ctx, &snapshot, &statement.reference, None)?;
        self.finish(w, statement, &doc).await
    }

    /// Issue the beschikking loonkostensubsidie of a recorded decision (granted or
    /// refused): a letter to the employer with a copy to the resident. Refused with
    /// `NotFound` (entity `lks_decision`) for a decision that does not exist or is another
    /// resident's, and for a placement, employer or loonwaarde it rests on that is not on
    /// this laptop. Writes no sharing-register entry: recording the decision did.
    pub async fn issue_lks_beschikking(
        &self,
        ctx: &Context,
        resident_id: ResidentId,
        decision_id: LksDecisionId,
    ) -> Result<Issued> {
        let mut w = self.store.writer(Purpose::EmployerSubsidy).await?;
        let key = decision_id.to_string();
        let decision = self
            .store
            .fetch::<LksDecision>(&mut **w.tx(), &key)
            .await?
            .map(|(d, _)| d)
            .filter(|d| d.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::LksDecision,
                id: key,
            })?;
        let resident = resident_in(self.store, &mut w, resident_id).await?;
        let employer = employer_in(self.store, &mut w, decision.employer_id).await?;
        let pid = decision.placement_id.to_string();
        let (placement, _) = self
            .store
            .fetch::<Placement>(&mut **w.tx(), &pid)
            .await?
            .ok_or(StoreError::NotFound {
                entity: EntityKind::Placement,
                id: pid,
            })?;
        let lid = decision.loonwaarde_id.to_string();
        let (loonwaarde, _) = self
            .store
            .fetch::<Loonwaardebepaling>(&mut **w.tx(), &lid)
            .await?
            .ok_or(StoreError::NotFound {
                entity: EntityKind::Loonwaarde,
                id: lid,
            })?;
        let snapshot = LksBeschikkingSnapshot {
            resident_name: resident.name.full_name(),
            employer_name: employer.name,
            employer_address: employer.address,
            employer_contact: employer.contacts.into_iter().next().map(|c| c.name),
            placement_start: placement.start,
            loonwaarde_signed_on: loonwaarde
                .sign_off
                .map_or(loonwaarde.report_date, |s| s.signed_on),
            rules_source: LKS_SOURCE.to_owned(),
            decision,
        };
        let statement = self
            .new_statement(
                &mut w,
                ctx,
                resident_id,
                StatementKind::LksBeschikking,
                Snapshot::Lks(snapshot.clone()),
            )
            .await?;
        let doc = lks_beschikking::document(
            ctx,
            &snapshot,
            &statement.reference,
            ctx.now.date_naive(),
            false,
        )?;
        self.finish(w, statement, &doc).await
    }

    /// A statement made from the resident's file alone: read it, number it, render, save.
    async fn issue_from_file(
        &self,
        ctx: &Context,
        resident_id: ResidentId,
        kind: StatementKind,
        build: fn(&Context, &ResidentFile, &str) -> Result<Document, StatementError>,
    ) -> Result<Issued> {
        let mut w = self.store.writer(Purpose::Guidance).await?;
        let file = self
            .store
            .residents()
            .load_file(&mut w, &resident_id.to_string())
            .await?;
        let statement = self
            .new_statement(&mut w, ctx, resident_id, kind, Snapshot::Nothing)
            .await?;
        let doc = build(ctx, &file, &statement.reference)?;
        self.finish(w, statement, &doc).await
    }

    /// The AVG inzage export: every record about the resident, health included (each
    /// health record read is audited), as a PDF and as JSON.
    pub async fn export_inzage(
        &self,
        ctx: &Context,
        resident_id: ResidentId,
    ) -> Result<(Issued, String)> {
        let mut w = self.store.writer(Purpose::Guidance).await?;
        let rid = resident_id.to_string();
        let file = self.store.residents().load_file(&mut w, &rid).await?;
        let health: Vec<werkpad_domain::HealthRecord> =
            self.store.fetch_for_resident(&mut **w.tx(), &rid).await?;
        for record in &health {
            let hid = record.id.to_string();
            w.audit(
                AuditAction::ReadHealth,
                Some(&rid),
                Some((EntityKind::HealthRecord, &hid)),
                Some("inzage (AVG art. 15)"),
            )
            .await?;
        }
        let held = inzage::Held {
            verklaring56_decisions: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
            issued_statements: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
            disclosures: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
            subsidies: inzage::SubsidyRecords {
                loonwaarden: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
                lks_decisions: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
                lks_payments: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
                jobcoaching: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
            },
            health_records: health,
            requests: {
                let medical: Vec<werkpad_domain::request::MedicalExamination> =
                    self.store.fetch_for_resident(&mut **w.tx(), &rid).await?;
                for m in &medical {
                    let mid = m.id.to_string();
                    w.audit(
                        AuditAction::ReadHealth,
                        Some(&rid),
                        Some((EntityKind::MedicalExamination, &mid)),
                        Some("inzage (AVG art. 15)"),
                    )
                    .await?;
                }
                let attachments: Vec<werkpad_domain::request::Attachment> =
                    self.store.fetch_for_resident(&mut **w.tx(), &rid).await?;
                inzage_requests::RequestRecords {
                    uwv_requests: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
                    medical_examinations: medical,
                    referrals: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
                    attachments: inzage_requests::RequestRecords::infos(&attachments),
                    verzuim: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
                    leerwerkplekken: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
                    trainings: self.store.fetch_for_resident(&mut **w.tx(), &rid).await?,
                }
            },
        };
        let statement = self
            .new_statement(
                &mut w,
                ctx,
                resident_id,
                StatementKind::Inzage,
                Snapshot::Nothing,
            )
            .await?;
        let export = inzage::Inzage::gather(ctx, &statement.reference, file, held);
        let json = serde_json::to_string_pretty(&export)
            .map_err(|e| StoreError::Io(std::io::Error::other(e)))?;
        let doc = inzage::document(ctx, &export)?;
        let issued = self.finish(w, statement, &doc).await?;
        Ok((issued, json))
    }

    /// A new issued statement with the next reference of this device, saved in `w`.
    async fn new_statement(
        &self,
        w: &mut Writer<'_>,
        ctx: &Context,
        resident_id: ResidentId,
        kind: StatementKind,
        snapshot: Snapshot,
    ) -> Result<IssuedStatement> {
        let (seq,): (i64,) = sqlx::query_as(
            "UPDATE statement_sequence SET last = last + 1 WHERE singleton = 1 RETURNING last",
        )
        .fetch_one(&mut **w.tx())
        .await?;
        let device = uuid::Uuid::parse_str(&self.store.device().device_id)
            .map_err(|e| StoreError::Io(std::io::Error::other(e)))?;
        let mut statement = IssuedStatement {
            id: StatementId::new(),
            resident_id,
            kind,
            reference: format_reference(kind, &device, u64::try_from(seq).unwrap_or(0)),
            issued_at: ctx.now,
            issued_by: self.store.device().coach.clone(),
            language: ctx.locale.tag().to_owned(),
            verklaring56: None,
            loonwaarde_report: None,
            lks_beschikking: None,
            uwv_request: None,
            verzuim_warning: None,
        };
        match snapshot {
            Snapshot::Nothing => {}
            Snapshot::Verklaring56(s) => statement.verklaring56 = Some(s),
            Snapshot::Loonwaarde(s) => statement.loonwaarde_report = Some(s),
            Snapshot::Lks(s) => statement.lks_beschikking = Some(s),
            Snapshot::Uwv(s) => statement.uwv_request = Some(*s),
            Snapshot::Warning(s) => statement.verzuim_warning = Some(*s),
        }
        w.put(&statement).await?;
        Ok(statement)
    }

    /// Render, audit the export, commit.
    async fn finish(
        &self,
        mut w: Writer<'_>,
        statement: IssuedStatement,
        doc: &Document,
    ) -> Result<Issued> {
        let bytes = pdf::render(doc).map_err(StatementError::from)?;
        let rid = statement.resident_id.to_string();
        let sid = statement.id.to_string();
        w.audit(
            AuditAction::Export,
            Some(&rid),
            Some((EntityKind::IssuedStatement, &sid)),
            Some(statement.kind.as_str()),
        )
        .await?;
        w.commit().await?;
        Ok(Issued {
            statement,
            pdf: bytes,
        })
    }
}

/// An employer (shared record), read inside the writer's transaction.
async fn employer_in(
    store: &Store,
    w: &mut Writer<'_>,
    id: werkpad_domain::EmployerId,
) -> Result<Employer> {
    let key = id.to_string();
    store
        .fetch::<Employer>(&mut **w.tx(), &key)
        .await?
        .map(|(e, _)| e)
        .ok_or(StoreError::NotFound {
            entity: EntityKind::Employer,
            id: key,
        })
}

/// The resident, read inside the writer's transaction (the writer audits what it does).
async fn resident_in(store: &Store, w: &mut Writer<'_>, id: ResidentId) -> Result<Resident> {
    let rid = id.to_string();
    store
        .fetch::<Resident>(&mut **w.tx(), &rid)
        .await?
        .map(|(r, _)| r)
        .ok_or(StoreError::NotFound {
            entity: EntityKind::Resident,
            id: rid,
        })
}

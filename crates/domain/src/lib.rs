//! Werkpad's domain: the pure model and rules of guidance to work under the
//! Participatiewet, as a municipality's jobcoaches do it.
//!
//! This crate has no IO, no async and reads no clock (functions that need the date take
//! `today`; only new ids read the clock): the desktop store, the sync server, the CLI and
//! the tests all share it. Its parts:
//!
//! - [`ids`]: typed UUID v7 ids and [`StaffMember`];
//! - [`purpose`] and [`category`]: the purposes, data categories and recipients of the
//!   privacy statement;
//! - [`validate`] and [`error`]: Dutch identifiers (BSN, postcode, IBAN, ...), dates and
//!   amounts, and errors as Fluent message ids (`locales/*/errors.ftl`);
//! - [`resident`]: the resident and its draft form; [`health`]: health records, kept apart;
//! - [`traject`]: the process of one guidance period; [`retention`]: when its data goes;
//! - [`support`]: reports, agreements, goals, appointments, assessments;
//! - [`entity`]: record kinds and the [`Record`] trait the store builds on;
//! - [`verklaring56`]: the 56+ rule set, advice and decision; [`statement`]: issued
//!   statements and their reference numbers; [`disclosure`]: the sharing register;
//!   [`reason`]: advice as Fluent ids with arguments;
//! - [`choice`]: the shared API of every closed list (labels in `locales/*/domain.ftl`).
//! - [`matching`]: employers, workplaces, match profiles, placements and the matching
//!   engine (scores with reasons: advice; a placement is a coach's decision).
//! - [`loonwaarde`]: the loonwaardebepaling (uniform method) with its arithmetic;
//!   [`subsidy`]: the loonkostensubsidie and the jobcoach subsidy (advice and arithmetic;
//!   a named person decides).
//! - [`request`]: requests to other parties (UWV, medical examinations, life-domain
//!   referrals) with their life cycle, consent, attachments and deadlines; [`verzuim`]:
//!   absence control up to a person's decision; [`learning`]: leerwerkplekken and
//!   trainings.
//! - [`reference`]: reference data for matching (ESCO occupations, ISCO-08 groups, PC4
//!   postcode areas) and the parsers of their published files.

pub mod category;
pub mod choice;
pub mod disclosure;
pub mod entity;
pub mod error;
pub mod forms;
pub mod health;
pub mod ids;
pub mod learning;
pub mod loonwaarde;
pub mod matching;
pub mod purpose;
pub mod readability;
pub mod reason;
pub mod reference;
pub mod report;
pub mod request;
pub mod resident;
pub mod retention;
pub mod rights;
pub mod statement;
pub mod subsidy;
pub mod support;
pub mod survey;
pub mod sync;
pub mod traject;
pub mod validate;
pub mod verklaring56;
pub mod verzuim;

#[cfg(test)]
mod locale_tests;

pub use category::{DataCategory, Recipient};
pub use choice::Choice;
pub use disclosure::Disclosure;
pub use entity::{EntityKind, Record, changed_fields};
pub use error::{FieldError, ValidationError, ValidationErrors};
pub use health::HealthRecord;
pub use ids::{
    AgreementId, AppointmentId, AssessmentId, DisclosureId, EmployerId, GoalId, HealthRecordId,
    MatchProfileId, PlacementContactId, PlacementId, ReportId, ResidentId, StaffId, StaffMember,
    StatementId, TrajectId, Verklaring56DecisionId, WorkplaceId,
};
pub use matching::{
    ExplainedMatch, Match, MatchIndex, MatchProfile, MatchReason, Placement, PlacementContact,
    ResidentFacts, Workplace, WorkplaceFacts, rank_residents, rank_workplaces,
};
pub use purpose::Purpose;
pub use reason::Reason;
pub use resident::{
    Address, AddressDraft, Availability, AvailabilityDraft, Education, EducationDraft, Gender,
    Housing, HousingDraft, HousingKind, IdDocument, IdDocumentDraft, IdDocumentKind, LanguageLevel,
    LanguageSkill, LanguageSkillDraft, MaritalStatus, Obstacle, ObstacleDraft, ObstacleKind,
    PersonName, PersonNameDraft, Resident, ResidentDraft, Verblijfstitel, VerblijfstitelDraft,
    WorkExperience, WorkExperienceDraft,
};
pub use retention::{ACCESS_LOG_RETENTION_MONTHS, RetentionPeriod, RetentionRule, destroy_after};
pub use rights::{RightsDecision, RightsKind, RightsOutcome, RightsRequest, RightsRequestId};
pub use statement::{IssuedStatement, StatementKind};
pub use support::{
    Agreement, AgreementStatus, Appointment, AppointmentStatus, Assessment, AssessmentKind, Goal,
    GoalStatus, Report, ReportKind,
};
pub use traject::{EndReason, StateChange, Traject, TrajectEnd, TrajectState};
pub use validate::{
    Bsn, Email, Iban, KvkNumber, Loonheffingennummer, PhoneNumber, Postcode, format_date,
    parse_date, validate_birth_date, validate_period,
};

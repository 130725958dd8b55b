//! The commands the UI may invoke, one module per area. Each takes one input struct (or
//! none) and is parse → core → result; the table below is the contract (docs/ipc.md).

mod caseload;
mod emergency;
mod intake;
mod keys;
mod learning;
mod matching;
mod reports;
mod requests;
mod resident;
mod session;
pub(crate) mod startup;
mod statements;
mod subsidies;
mod surveys;
mod sync;
mod verzuim;

/// The input of a command about one resident, and nothing else.
#[derive(Debug, serde::Deserialize, ts_rs::TS)]
pub struct ResidentIdInput {
    resident_id: werkpad_domain::ResidentId,
}

/// Every command, listed once: its module, name, input (none, or one input struct) and
/// output. This table makes the invoke handler and the TypeScript contract
/// (`src/contract.rs`), so the two cannot disagree.
macro_rules! commands {
    (@input) => { () };
    (@input $input:ty) => { $input };
    ($( $module:ident :: $name:ident ( $($input:ty)? ) -> $output:ty ; )+) => {
        /// Every command, for `invoke_handler`.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($module::$name),+]
        }

        /// Every command with its input and output, for the TypeScript contract.
        #[cfg(test)]
        pub(crate) fn contract(c: &mut crate::contract::Contract) {
            $( c.command::<commands!(@input $($input)?), $output>(stringify!($name)); )+
        }
    };
}

commands! {
    session::app_status() -> session::AppStatus;
    session::create_store(session::CreateInput) -> session::AppStatus;
    session::unlock(session::UnlockInput) -> session::AppStatus;
    session::lock() -> session::AppStatus;
    session::activity() -> ();
    session::save_settings(session::SettingsInput) -> session::AppStatus;
    keys::recovery_status() -> keys::RecoveryStatus;
    keys::change_passphrase(keys::ChangePassphraseInput) -> session::AppStatus;
    keys::recover_store(keys::RecoverInput) -> session::AppStatus;
    keys::reset_store(keys::ResetInput) -> session::AppStatus;
    startup::ui_ready(startup::PageMarks) -> ();
    caseload::caseload(caseload::CaseloadInput) -> caseload::CaseloadPage;
    caseload::caseload_search_settled(caseload::SettledSearchInput) -> ();
    intake::intake_draft_load() -> Option<werkpad_core::intake::IntakeForm>;
    intake::intake_draft_save(werkpad_core::intake::IntakeForm) -> ();
    intake::intake_draft_discard() -> ();
    intake::intake_check(werkpad_core::intake::IntakeForm) -> Vec<werkpad_domain::FieldError>;
    intake::intake_submit(werkpad_core::intake::IntakeForm) -> intake::Submitted;
    resident::resident_file(resident::FileInput) -> werkpad_core::store::residents::ResidentFile;
    resident::resident_update(resident::UpdateInput) -> werkpad_core::store::residents::ResidentFile;
    resident::traject_transition(resident::TransitionInput) -> werkpad_core::store::residents::ResidentFile;
    resident::traject_end(resident::EndInput) -> werkpad_core::store::residents::ResidentFile;
    resident::report_add(resident::ReportAddInput) -> werkpad_core::store::residents::ResidentFile;
    resident::agreement_save(resident::AgreementSaveInput) -> werkpad_core::store::residents::ResidentFile;
    resident::rights_request_add(resident::RightsRequestAddInput) -> werkpad_core::store::residents::ResidentFile;
    resident::rights_request_decide(resident::RightsRequestDecideInput) -> werkpad_core::store::residents::ResidentFile;
    resident::goal_save(resident::GoalSaveInput) -> werkpad_core::store::residents::ResidentFile;
    resident::appointment_save(resident::AppointmentSaveInput) -> werkpad_core::store::residents::ResidentFile;
    resident::health_view(resident::HealthInput) -> Vec<werkpad_domain::HealthRecord>;
    sync::sync_status() -> werkpad_core::session::SyncStatus;
    sync::sync_login(sync::LoginInput) -> werkpad_core::session::SyncStatus;
    sync::sync_logout() -> werkpad_core::session::SyncStatus;
    sync::sync_now() -> werkpad_core::session::SyncStatus;
    sync::conflicts() -> Vec<werkpad_core::sync::ConflictView>;
    sync::conflict_open(sync::OpenInput) -> werkpad_core::sync::ConflictView;
    sync::conflict_resolve(sync::ResolveInput) -> werkpad_core::session::SyncStatus;
    emergency::emergency_access_request(emergency::RequestInput) -> werkpad_core::sync::emergency::EmergencyAccess;
    emergency::emergency_accesses() -> Vec<werkpad_core::sync::emergency::EmergencyAccess>;
    emergency::emergency_notices() -> Vec<werkpad_core::sync::emergency::Notice>;
    statements::verklaring56_advice(statements::AdviceInput) -> werkpad_domain::verklaring56::Advice;
    statements::verklaring56_decide(statements::DecideInput) -> werkpad_domain::verklaring56::Verklaring56Decision;
    statements::statements_overview(ResidentIdInput) -> werkpad_core::statements::StatementsOverview;
    statements::verklaring56_issue(statements::IssueInput) -> statements::PrintFile;
    statements::statement_issue(statements::StatementInput) -> statements::PrintFile;
    statements::statement_reprint(statements::ReprintInput) -> statements::PrintFile;
    statements::loonwaarde_report_issue(statements::LoonwaardeReportInput) -> statements::PrintFile;
    statements::lks_beschikking_issue(statements::LksBeschikkingInput) -> statements::PrintFile;
    statements::uwv_request_issue(statements::UwvRequestPrintInput) -> statements::PrintFile;
    statements::verzuim_warning_issue(statements::VerzuimWarningInput) -> statements::PrintFile;
    statements::inzage_export(ResidentIdInput) -> statements::PrintFile;
    statements::privacy_statement() -> statements::PrintFile;
    statements::print_file_open(statements::FileInput) -> ();
    statements::print_file_save(statements::FileInput) -> Option<String>;
    reports::report_allowed() -> bool;
    reports::report_teams() -> werkpad_core::reports::FetchedTeams;
    reports::report_fetch(reports::ReportInput) -> werkpad_core::reports::FetchedReport;
    reports::report_save_csv(reports::ReportInput) -> statements::PrintFile;
    reports::report_save_pdf(reports::ReportInput) -> statements::PrintFile;
    matching::employers() -> Vec<werkpad_domain::matching::Employer>;
    matching::employer_file(matching::EmployerInput) -> werkpad_core::matching::EmployerFile;
    matching::employer_save(matching::EmployerSaveInput) -> werkpad_domain::matching::Employer;
    matching::workplaces() -> Vec<werkpad_domain::matching::Workplace>;
    matching::workplace_save(matching::WorkplaceSaveInput) -> werkpad_domain::matching::Workplace;
    matching::workplaces_import_csv(matching::CsvInput) -> werkpad_core::matching::CsvImportReport;
    matching::occupation_search(matching::TextInput) -> Vec<werkpad_core::matching::OccupationHit>;
    matching::reference_releases() -> Vec<werkpad_domain::reference::ReferenceRelease>;
    matching::match_profile(ResidentIdInput) -> werkpad_domain::matching::MatchProfile;
    matching::match_profile_save(werkpad_domain::matching::MatchProfile) -> werkpad_domain::matching::MatchProfile;
    matching::matches_for_resident(ResidentIdInput) -> werkpad_core::matching::Ranked<werkpad_core::matching::WorkplaceMatch>;
    matching::matches_for_workplace(matching::WorkplaceInput) -> werkpad_core::matching::Ranked<werkpad_core::matching::ResidentMatch>;
    matching::placements(ResidentIdInput) -> Vec<werkpad_core::matching::PlacementView>;
    matching::placement_create(matching::PlacementCreateInput) -> werkpad_domain::matching::Placement;
    matching::placement_end(matching::PlacementEndInput) -> werkpad_domain::matching::Placement;
    matching::placement_contact_add(matching::ContactInput) -> werkpad_domain::matching::PlacementContact;
    subsidies::subsidy_file(subsidies::SubsidyFileInput) -> werkpad_core::subsidies::SubsidyFile;
    subsidies::loonwaarde_preview(subsidies::LoonwaardePreviewInput) -> subsidies::LoonwaardePreview;
    subsidies::loonwaarde_save(subsidies::LoonwaardeSaveInput) -> werkpad_core::subsidies::SubsidyFile;
    subsidies::loonwaarde_sign(subsidies::LoonwaardeSignInput) -> werkpad_core::subsidies::SubsidyFile;
    subsidies::lks_estimate(subsidies::LksEstimateInput) -> werkpad_domain::subsidy::LksCalculation;
    subsidies::lks_decide(subsidies::LksDecideInput) -> werkpad_core::subsidies::SubsidyFile;
    subsidies::lks_pay(subsidies::LksPayInput) -> werkpad_core::subsidies::SubsidyFile;
    subsidies::jobcoach_organisation_save(subsidies::OrganisationSaveInput) -> werkpad_domain::subsidy::JobcoachOrganisation;
    subsidies::jobcoaching_plan(subsidies::JobcoachingPlanInput) -> werkpad_core::subsidies::SubsidyFile;
    subsidies::jobcoaching_report(subsidies::JobcoachingReportInput) -> werkpad_core::subsidies::SubsidyFile;
    subsidies::jobcoaching_approve(subsidies::JobcoachingApproveInput) -> werkpad_core::subsidies::SubsidyFile;
    subsidies::employer_lks(subsidies::EmployerLksInput) -> Vec<werkpad_core::subsidies::EmployeeLks>;
    requests::requests_file(ResidentIdInput) -> werkpad_core::requests::RequestsFile;
    requests::uwv_request_save(requests::UwvSaveInput) -> werkpad_core::requests::RequestsFile;
    requests::uwv_answer(requests::UwvAnswerSaveInput) -> werkpad_core::requests::RequestsFile;
    requests::request_step(requests::RequestStepInput) -> werkpad_core::requests::RequestsFile;
    requests::referral_save(requests::ReferralSaveInput) -> werkpad_core::requests::RequestsFile;
    requests::referral_update(requests::ReferralUpdateSaveInput) -> werkpad_core::requests::RequestsFile;
    requests::attachment_add(requests::AttachmentAddInput) -> werkpad_domain::request::AttachmentInfo;
    requests::attachment_open(requests::AttachmentOpenInput) -> werkpad_core::requests::OpenedAttachment;
    requests::medical_examinations(requests::MedicalViewInput) -> Vec<werkpad_domain::request::MedicalExamination>;
    requests::medical_save(requests::MedicalSaveInput) -> werkpad_domain::request::MedicalExamination;
    requests::medical_outcome(requests::MedicalOutcomeInput) -> werkpad_domain::request::MedicalExamination;
    verzuim::verzuim_cases(ResidentIdInput) -> Vec<werkpad_domain::verzuim::VerzuimCase>;
    verzuim::absence_report(verzuim::AbsenceReportInput) -> Vec<werkpad_domain::verzuim::VerzuimCase>;
    verzuim::verzuim_control(verzuim::VerzuimControlInput) -> Vec<werkpad_domain::verzuim::VerzuimCase>;
    verzuim::verzuim_account(verzuim::VerzuimAccountInput) -> Vec<werkpad_domain::verzuim::VerzuimCase>;
    verzuim::verzuim_decide(verzuim::VerzuimDecideInput) -> Vec<werkpad_domain::verzuim::VerzuimCase>;
    learning::learning_file(ResidentIdInput) -> werkpad_core::learning::LearningFile;
    learning::leerwerkplek_save(learning::LeerwerkplekSaveInput) -> werkpad_core::learning::LearningFile;
    learning::leerwerkplek_evaluate(learning::LeerwerkplekEvaluateInput) -> werkpad_core::learning::LearningFile;
    learning::training_save(learning::TrainingSaveInput) -> werkpad_core::learning::LearningFile;
    surveys::survey_record(werkpad_domain::survey::SurveyInput) -> surveys::SurveyPending;
    surveys::survey_pending() -> surveys::SurveyPending;
}

/// Today in the coach's time zone.
pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

//! The commands the UI may invoke, one module per area. Each is parse → core → result;
//! see docs/ipc.md for the contract.

mod caseload;
mod intake;
mod matching;
mod resident;
mod session;
pub(crate) mod startup;
mod statements;
mod sync;

/// Every command, for `invoke_handler`.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        session::app_status,
        session::create_store,
        session::unlock,
        session::lock,
        session::activity,
        session::save_settings,
        startup::ui_ready,
        caseload::caseload,
        intake::intake_draft_load,
        intake::intake_draft_save,
        intake::intake_draft_discard,
        intake::intake_check,
        intake::intake_submit,
        resident::resident_file,
        resident::resident_update,
        resident::traject_transition,
        resident::traject_end,
        resident::report_add,
        resident::agreement_save,
        resident::goal_save,
        resident::appointment_save,
        resident::health_view,
        sync::sync_status,
        sync::sync_login,
        sync::sync_logout,
        sync::sync_now,
        sync::conflicts,
        sync::conflict_resolve,
        statements::verklaring56_advice,
        statements::verklaring56_decide,
        statements::statements_overview,
        statements::verklaring56_issue,
        statements::statement_issue,
        statements::statement_reprint,
        statements::inzage_export,
        statements::privacy_statement,
        statements::print_file_open,
        statements::print_file_save,
        matching::employers,
        matching::employer_file,
        matching::employer_save,
        matching::workplaces,
        matching::workplace_save,
        matching::workplaces_import_csv,
        matching::occupation_search,
        matching::reference_releases,
        matching::match_profile,
        matching::match_profile_save,
        matching::matches_for_resident,
        matching::matches_for_workplace,
        matching::placements,
        matching::placement_create,
        matching::placement_end,
        matching::placement_contact_add,
    ]
}

/// Today in the coach's time zone.
pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

// One typed wrapper per command of docs/ipc.md. Most calls are `invoke(name)` or
// `invoke(name, { input })`; the matching commands take named arguments, which Tauri reads
// in camelCase (`resident_id` → `residentId`). Failures are rethrown as an ErrorPayload.

import { invoke } from '@tauri-apps/api/core';
import { toErrorPayload } from './errors';
import type {
  Advice,
  AgreementSaveInput,
  AppointmentSaveInput,
  AppStatus,
  CaseloadInput,
  CaseloadPage,
  ConflictResolveInput,
  CsvImportReport,
  EmployerDraft,
  EmployerFile,
  EmployerRecord,
  ConflictView,
  CreateStoreInput,
  FieldError,
  GoalSaveInput,
  HealthRecord,
  HealthViewInput,
  IntakeForm,
  IntakeSubmitResult,
  MatchProfile,
  OccupationHit,
  Placement,
  PageMarks,
  PlacementContact,
  PlacementContactInput,
  PlacementDraft,
  PlacementEndInput,
  PlacementView,
  Ranked,
  ReferenceRelease,
  ResidentMatch,
  PrintFile,
  PrintFileInput,
  ReportAddInput,
  ResidentFileInput,
  ResidentFileView,
  ResidentIdInput,
  ResidentUpdateInput,
  SettingsInput,
  StatementIssueInput,
  StatementReprintInput,
  StatementsOverview,
  SyncLoginInput,
  SyncStatus,
  TrajectEndInput,
  TrajectTransitionInput,
  UnlockInput,
  Verklaring56AdviceInput,
  Verklaring56DecideInput,
  Verklaring56Decision,
  Verklaring56IssueInput,
  Workplace,
  WorkplaceDraft,
  WorkplaceMatch,
} from './types';

type LockedListener = () => void;
const lockedListeners = new Set<LockedListener>();

/** Called whenever a command answers `locked`, so the app can show the unlock screen. */
export function onLocked(listener: LockedListener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

async function call<T>(name: string, input?: unknown): Promise<T> {
  return callWith<T>(name, input === undefined ? undefined : { input });
}

/** A command with named arguments (camelCase keys, see the top of this file). */
async function callWith<T>(name: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return args === undefined ? await invoke<T>(name) : await invoke<T>(name, args);
  } catch (e) {
    const payload = toErrorPayload(e);
    if (payload.code === 'locked') lockedListeners.forEach((l) => l());
    throw payload;
  }
}

// Session and settings
export const appStatus = () => call<AppStatus>('app_status');
export const createStore = (input: CreateStoreInput) => call<AppStatus>('create_store', input);
export const unlock = (input: UnlockInput) => call<AppStatus>('unlock', input);
export const lock = () => call<AppStatus>('lock');
export const activity = () => call<null>('activity');
export const saveSettings = (input: SettingsInput) => call<AppStatus>('save_settings', input);
/** Once the first screen has painted; the backend logs it for the cold-start benchmark. */
export const uiReady = (marks: PageMarks) => callWith<null>('ui_ready', { marks });

// Caseload
export const caseload = (input: CaseloadInput) => call<CaseloadPage>('caseload', input);

// Intake
export const intakeDraftLoad = () => call<IntakeForm | null>('intake_draft_load');
export const intakeDraftSave = (input: IntakeForm) => call<null>('intake_draft_save', input);
export const intakeDraftDiscard = () => call<null>('intake_draft_discard');
export const intakeCheck = (input: IntakeForm) => call<FieldError[]>('intake_check', input);
export const intakeSubmit = (input: IntakeForm) => call<IntakeSubmitResult>('intake_submit', input);

// Resident file
export const residentFile = (input: ResidentFileInput) =>
  call<ResidentFileView>('resident_file', input);
export const residentUpdate = (input: ResidentUpdateInput) =>
  call<ResidentFileView>('resident_update', input);
export const trajectTransition = (input: TrajectTransitionInput) =>
  call<ResidentFileView>('traject_transition', input);
export const trajectEnd = (input: TrajectEndInput) => call<ResidentFileView>('traject_end', input);
export const reportAdd = (input: ReportAddInput) => call<ResidentFileView>('report_add', input);
export const agreementSave = (input: AgreementSaveInput) =>
  call<ResidentFileView>('agreement_save', input);
export const goalSave = (input: GoalSaveInput) => call<ResidentFileView>('goal_save', input);
export const appointmentSave = (input: AppointmentSaveInput) =>
  call<ResidentFileView>('appointment_save', input);
export const healthView = (input: HealthViewInput) => call<HealthRecord[]>('health_view', input);

// Sync (issue 4)
export const syncStatus = () => call<SyncStatus>('sync_status');
/** Registers this laptop as a device; the device token never reaches the UI. */
export const syncLogin = (input: SyncLoginInput) => call<SyncStatus>('sync_login', input);
/** Forgets the device token; local data stays. */
export const syncLogout = () => call<SyncStatus>('sync_logout');
/** One push + pull round. */
export const syncNow = () => call<SyncStatus>('sync_now');
/** Open conflicts, oldest first. */
export const conflicts = () => call<ConflictView[]>('conflicts');
/** Writes the choice locally and queues it; it is pushed on the next sync. */
export const conflictResolve = (input: ConflictResolveInput) =>
  call<SyncStatus>('conflict_resolve', input);

// Verklaringen: the 56+ advice and decision, statements, inzage, privacy statement
/** What the rules say about these facts; nothing is stored. */
export const verklaring56Advice = (input: Verklaring56AdviceInput) => call<Advice>('verklaring56_advice', input);
/** The coach's decision (append-only), with the advice as it stands now. */
export const verklaring56Decide = (input: Verklaring56DecideInput) =>
  call<Verklaring56Decision>('verklaring56_decide', input);
export const statementsOverview = (input: ResidentIdInput) => call<StatementsOverview>('statements_overview', input);
/** Prints the verklaring of a granted decision; rejects with `not_granted` otherwise. */
export const verklaring56Issue = (input: Verklaring56IssueInput) => call<PrintFile>('verklaring56_issue', input);
export const statementIssue = (input: StatementIssueInput) => call<PrintFile>('statement_issue', input);
/** A copy (afschrift) of an issued statement. */
export const statementReprint = (input: StatementReprintInput) => call<PrintFile>('statement_reprint', input);
/** The AVG inzage: a PDF and a JSON file (`json_path`). */
export const inzageExport = (input: ResidentIdInput) => call<PrintFile>('inzage_export', input);
/** The privacy statement for residents; holds no personal data. */
export const privacyStatement = () => call<PrintFile>('privacy_statement');
/** Opens a file of the print folder in the system viewer. */
export const printFileOpen = (input: PrintFileInput) => call<null>('print_file_open', input);
/** Saves a file of the print folder where the coach chooses; null when cancelled. */
export const printFileSave = (input: PrintFileInput) => call<string | null>('print_file_save', input);

// Werk zoeken en plaatsen (issue 6): employers and workplaces are shared by every coach;
// a match is advice, a placement the coach's decision.
export const employers = () => callWith<EmployerRecord[]>('employers');
export const employerFile = (employerId: string) => callWith<EmployerFile>('employer_file', { employerId });
/** Creates (`employerId` null) or changes an employer; `validation` with every field problem. */
export const employerSave = (employerId: string | null, draft: EmployerDraft) =>
  callWith<EmployerRecord>('employer_save', { employerId, draft });
export const workplaces = () => callWith<Workplace[]>('workplaces');
export const workplaceSave = (workplaceId: string | null, draft: WorkplaceDraft) =>
  callWith<Workplace>('workplace_save', { workplaceId, draft });
/** The text of a CSV file; all or nothing: with errors nothing is stored. */
export const workplacesImportCsv = (content: string) =>
  callWith<CsvImportReport>('workplaces_import_csv', { content });
export const occupationSearch = (text: string) => callWith<OccupationHit[]>('occupation_search', { text });
export const referenceReleases = () => callWith<ReferenceRelease[]>('reference_releases');
/** The resident's search profile; an empty one (not yet stored) when there is none. */
export const matchProfile = (residentId: string) => callWith<MatchProfile>('match_profile', { residentId });
export const matchProfileSave = (profile: MatchProfile) => callWith<MatchProfile>('match_profile_save', { profile });
export const matchesForResident = (residentId: string) =>
  callWith<Ranked<WorkplaceMatch>>('matches_for_resident', { residentId });
export const matchesForWorkplace = (workplaceId: string) =>
  callWith<Ranked<ResidentMatch>>('matches_for_workplace', { workplaceId });
/** Newest first, with follow-up contacts and the next follow-up date. */
export const placements = (residentId: string) => callWith<PlacementView[]>('placements', { residentId });
/** Decided by the signed-in coach. */
export const placementCreate = (residentId: string, draft: PlacementDraft) =>
  callWith<Placement>('placement_create', { residentId, draft });
export const placementEnd = (input: PlacementEndInput) => call<Placement>('placement_end', input);
export const placementContactAdd = (input: PlacementContactInput) =>
  call<PlacementContact>('placement_contact_add', input);

// One typed wrapper per command of docs/ipc.md. Every call is `invoke(name)` or
// `invoke(name, { input })`; failures are rethrown as an ErrorPayload.

import { invoke } from '@tauri-apps/api/core';
import { toErrorPayload } from './errors';
import type {
  AgreementSaveInput,
  AppointmentSaveInput,
  AppStatus,
  CaseloadInput,
  ConflictResolveInput,
  ConflictView,
  CreateStoreInput,
  FieldError,
  GoalSaveInput,
  HealthRecord,
  HealthViewInput,
  IntakeForm,
  IntakeSubmitResult,
  ReportAddInput,
  ResidentFileInput,
  ResidentFileView,
  ResidentSummary,
  ResidentUpdateInput,
  SettingsInput,
  SyncLoginInput,
  SyncStatus,
  TrajectEndInput,
  TrajectTransitionInput,
  UnlockInput,
} from './types';

type LockedListener = () => void;
const lockedListeners = new Set<LockedListener>();

/** Called whenever a command answers `locked`, so the app can show the unlock screen. */
export function onLocked(listener: LockedListener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

async function call<T>(name: string, input?: unknown): Promise<T> {
  try {
    return input === undefined ? await invoke<T>(name) : await invoke<T>(name, { input });
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
export const uiReady = () => call<null>('ui_ready');

// Caseload
export const caseload = (input: CaseloadInput) => call<ResidentSummary[]>('caseload', input);

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

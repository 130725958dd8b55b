// Types of the IPC contract (docs/ipc.md) and the serde forms of the domain types
// (crates/domain). Keys are snake_case because they are the Rust serde names.

export type Locale = 'nl-NL' | 'en-US';
export type KeyringBackend = 'keyring' | 'file';

/** ISO date `yyyy-mm-dd` as results carry it. */
export type IsoDate = string;
/** Local wall time `yyyy-mm-ddThh:mm:ss`. */
export type WallTime = string;

export interface AppStatus {
  initialised: boolean;
  unlocked: boolean;
  coach_name: string | null;
  keyring_backend: KeyringBackend | null;
  locale: Locale;
  auto_lock_minutes: number;
  pending_changes: number | null;
}

export interface CreateStoreInput {
  coach_name: string;
  passphrase: string;
}

export interface UnlockInput {
  passphrase: string;
}

export interface SettingsInput {
  locale: Locale;
  auto_lock_minutes: number;
}

// ---- Errors ----

export type FluentArgs = Record<string, string>;

export interface FieldError {
  /** Path in the input, e.g. `resident.address.postcode`. */
  field: string;
  message_id: string;
  args: FluentArgs;
}

export interface ErrorPayload {
  code: string;
  message_id: string;
  args: FluentArgs;
  fields: FieldError[];
}

/** `ui_ready`'s times, on the page's clock (ms); see startupMarks.ts. */
export interface PageMarks {
  time_origin: number;
  script: number;
  status: number;
  painted: number;
}

// ---- Caseload ----

export type TrajectState = 'aangemeld' | 'intake' | 'actief' | 'geplaatst' | 'nazorg' | 'ended';

export interface CaseloadInput {
  state: TrajectState | null;
  text: string | null;
  /** Rows of the list already shown (the list only; a search starts at its top). */
  offset?: number;
}

/** One page of the caseload list, or a search's result. */
export interface CaseloadPage {
  rows: ResidentSummary[];
  /** Residents in the list in all (after the state filter); null for a search. */
  total: number | null;
  /** A next page of the list follows, or a search stopped at its limit. */
  more: boolean;
}

export interface ResidentSummary {
  id: string;
  display_name: string;
  birth_date: IsoDate | null;
  postcode: string | null;
  woonplaats: string | null;
  traject_state: TrajectState | null;
  next_appointment?: WallTime | null;
}

// ---- Resident drafts (werkpad_domain::ResidentDraft) ----

export type Text = string | null;

export interface PersonNameDraft {
  initials: Text;
  given_names: Text;
  tussenvoegsel: Text;
  family_name: Text;
  preferred_name: Text;
}

export interface AddressDraft {
  street: Text;
  house_number: Text;
  house_number_addition: Text;
  postcode: Text;
  woonplaats: Text;
}

export interface IdDocumentDraft {
  kind: Text;
  number: Text;
  expires_on: Text;
}

export interface VerblijfstitelDraft {
  kind: Text;
  expires_on: Text;
}

export interface HousingDraft {
  kind: Text;
  monthly_rent: Text;
  landlord: Text;
}

export interface LanguageSkillDraft {
  language: Text;
  level: Text;
}

export interface EducationDraft {
  name: Text;
  institution: Text;
  level: Text;
  diploma: boolean;
  completed_year: Text;
}

export interface WorkExperienceDraft {
  occupation: Text;
  employer: Text;
  from: Text;
  until: Text;
  description: Text;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface AvailabilityDraft {
  hours_per_week: Text;
  days: Weekday[];
  available_from: Text;
  notes: Text;
}

export interface ObstacleDraft {
  kind: Text;
  description: Text;
}

export interface ResidentDraft {
  name: PersonNameDraft;
  birth_date: Text;
  gender: Text;
  bsn: Text;
  address: AddressDraft;
  phone: Text;
  email: Text;
  id_document: IdDocumentDraft;
  marital_status: Text;
  nationality: Text;
  verblijfstitel: VerblijfstitelDraft;
  housing: HousingDraft;
  languages: LanguageSkillDraft[];
  education: EducationDraft[];
  work_experience: WorkExperienceDraft[];
  availability: AvailabilityDraft;
  obstacles: ObstacleDraft[];
  motivation: Text;
  career_wishes: string[];
  privacy_statement_explained_on: Text;
}

export interface HealthDraft {
  necessity: Text;
  summary: Text;
  work_limitations: Text;
  source: Text;
}

export interface IntakeForm {
  resident: ResidentDraft;
  privacy_statement_explained: boolean;
  purposes: string[];
  health: HealthDraft | null;
}

export interface IntakeSubmitResult {
  resident_id: string;
}

// ---- Resident file ----

export interface StaffMember {
  id: string;
  name: string;
}

export interface StateChange {
  from: TrajectState;
  to: TrajectState;
  on: IsoDate;
  by: StaffMember;
  reason: string | null;
}

export type EndReason = 'beeindigd' | 'geweigerd' | 'afgebroken';

export interface TrajectEnd {
  reason: EndReason;
  ended_on: IsoDate;
  decided_by: StaffMember;
  reasoning: string;
}

export interface TrajectView {
  id: string;
  resident_id: string;
  coach: StaffMember;
  state: TrajectState;
  purposes: string[];
  started_on: IsoDate;
  end: TrajectEnd | null;
  history: StateChange[];
  /** First day the data may be destroyed; set once the traject has ended. */
  destroy_after: IsoDate | null;
}

export type ReportKind = 'conversation' | 'phone' | 'workplace_visit' | 'home_visit' | 'other';

export interface Report {
  id: string;
  resident_id: string;
  traject_id: string | null;
  /** UTC date-time. */
  written_at: string;
  author: StaffMember;
  kind: ReportKind;
  text: string;
}

export type AgreementStatus = 'open' | 'kept' | 'not_kept' | 'cancelled';

export interface Agreement {
  id: string;
  resident_id: string;
  traject_id: string | null;
  made_on: IsoDate;
  description: string;
  due_on: IsoDate | null;
  status: AgreementStatus;
}

export type GoalStatus = 'open' | 'achieved' | 'not_achieved' | 'dropped';

export interface Goal {
  id: string;
  resident_id: string;
  traject_id: string | null;
  description: string;
  target_date: IsoDate | null;
  status: GoalStatus;
}

export type AppointmentStatus = 'planned' | 'held' | 'no_show' | 'cancelled';

export interface Appointment {
  id: string;
  resident_id: string;
  starts_at: WallTime;
  ends_at: WallTime;
  location: string | null;
  subject: string;
  status: AppointmentStatus;
}

export interface Assessment {
  id: string;
  resident_id: string;
  kind: 'beoordeling' | 'waarschuwing' | 'maatregel';
  subject: string;
  advice: string | null;
  decision: string;
  reasoning: string;
  decided_by: StaffMember;
  decided_on: IsoDate;
  effective_from: IsoDate | null;
  effective_until: IsoDate | null;
}

/** The stored resident (werkpad_domain::Resident); the UI mostly reads `draft`. */
export interface Resident {
  id: string;
  name: {
    initials: string | null;
    given_names: string;
    tussenvoegsel: string | null;
    family_name: string;
    preferred_name: string | null;
  };
  birth_date: IsoDate;
  [key: string]: unknown;
}

export interface ResidentFileView {
  resident: Resident;
  draft: ResidentDraft;
  trajecten: TrajectView[];
  reports: Report[];
  agreements: Agreement[];
  goals: Goal[];
  appointments: Appointment[];
  assessments: Assessment[];
  health_record_count: number;
}

export interface HealthRecord {
  id: string;
  resident_id: string;
  recorded_on: IsoDate;
  recorded_by: StaffMember;
  necessity: string;
  summary: string;
  work_limitations: string | null;
  source: string | null;
}

// ---- Command inputs of the resident file ----

export interface ResidentFileInput {
  resident_id: string;
  purpose: string;
}

export interface ResidentUpdateInput {
  resident_id: string;
  draft: ResidentDraft;
}

export interface TrajectTransitionInput {
  resident_id: string;
  traject_id: string;
  to: TrajectState;
  reason: string | null;
}

export interface TrajectEndInput {
  resident_id: string;
  traject_id: string;
  reason: EndReason;
  ended_on: string;
  reasoning: string;
}

export interface ReportAddInput {
  resident_id: string;
  kind: ReportKind;
  text: string;
}

export interface AgreementSaveInput {
  resident_id: string;
  id: string | null;
  description: string;
  due_on: string | null;
  status: AgreementStatus;
}

export interface GoalSaveInput {
  resident_id: string;
  id: string | null;
  description: string;
  target_date: string | null;
  status: GoalStatus;
}

export interface AppointmentSaveInput {
  resident_id: string;
  id: string | null;
  starts_at: WallTime;
  ends_at: WallTime;
  location: string | null;
  subject: string;
  status: AppointmentStatus;
}

export interface HealthViewInput {
  resident_id: string;
  purpose: string;
  reason: string;
}

// ---- Sync (docs/ipc.md, "Sync (issue 4)") ----

/** An RFC 3339 instant in UTC, e.g. `2025-06-17T08:30:00Z`. */
export type Instant = string;

export interface SyncProgress {
  /** Records received so far in a first sync. */
  done: number;
  /** Records to receive in all, when the server said so. */
  total: number | null;
}

export interface SyncStatus {
  /** A device token is stored for this store. */
  logged_in: boolean;
  server_url: string | null;
  user_name: string | null;
  /** The last contact with the server succeeded. */
  online: boolean;
  /** A sync round is in progress. */
  running: boolean;
  /** Changes not yet acknowledged by the server. */
  pending: number;
  oldest_pending_at: Instant | null;
  /** Last fully successful round. */
  last_sync_at: Instant | null;
  /** When the scheduler tries again (backoff). */
  next_attempt_at: Instant | null;
  /** Records received in a first sync; null otherwise. */
  progress: SyncProgress | null;
  /** Open conflicts. */
  conflicts: number;
  /** Changes the server refused: a person looks at them. */
  rejected: number;
  /** How often the self-check after a round repaired a difference with the server. */
  repairs: number;
  /** When it last did. */
  last_repair_at: Instant | null;
  /** Why the last round failed (`message_id` is a Fluent id). */
  last_error: ErrorPayload | null;
  /** Since when rounds have been failing. */
  failing_since: Instant | null;
  /** The failure needs the coach (log in again, update the app); `last_error` says what. */
  needs_person: boolean;
}

export interface SyncLoginInput {
  server_url: string;
  user_name: string;
  password: string;
}

export interface ConflictView {
  conflict_id: string;
  resident_id: string;
  /** Display name when the resident is on this laptop. */
  resident_name: string | null;
  /** "resident", "traject", "agreement", … (EntityKind). */
  entity: string;
  entity_id: string;
  /** Top-level field, e.g. "phone", "address". */
  field: string;
  /** The value of the device whose change ran into the conflict (JSON; null = empty). */
  mine: unknown;
  /** The value on the server now. */
  theirs: unknown;
  /** True when that device is this laptop (`mine` is the coach's own value here). */
  from_this_device: boolean;
  created_at: Instant;
}

export type ConflictChoice = 'mine' | 'theirs' | 'edited';

export interface ConflictResolveInput {
  conflict_id: string;
  choice: ConflictChoice;
  /** Only with `edited`: the value the coach typed. */
  value?: unknown;
}

export * from './statementTypes';
export * from './matchingTypes';

// Generated from the Rust types by src-tauri/src/contract.rs (ts-rs); do not edit.
// Regenerate with scripts/contract.sh; CI fails when this file is stale.
/* eslint-disable */

import { msg } from '../i18n/msg';
import { call } from './call';

/** Every code a failed command can reject with (`ErrorPayload.code`). */
export type ErrorCode = "account_disabled" | "account_locked" | "already_in_caseload" | "already_initialised" | "append_only" | "database_key" | "device_revoked" | "duplicate_bsn" | "forbidden" | "internal" | "invalid_server_url" | "key_missing" | "locked" | "login_failed" | "logo_unreadable" | "no_recovery_copy" | "no_such_resident" | "not_a_warning" | "not_found" | "not_granted" | "not_initialised" | "not_logged_in" | "offline" | "purpose_not_allowed" | "purpose_required" | "read_only" | "recovery_code_invalid" | "report_bad_month" | "report_forbidden" | "report_no_such_team" | "report_not_cached" | "report_period_future" | "report_period_reversed" | "report_period_too_long" | "secrets" | "sequence_gap" | "sequence_reused" | "server_error" | "server_unreachable" | "token_expired" | "too_many_attempts" | "unsent_not_confirmed" | "update_needed" | "validation" | "weak_passphrase" | "wrong_passphrase";

export type Absence = { 
/**
 * The day.
 */
on: string, 
/**
 * Workplace or programme.
 */
place: AbsencePlace, 
/**
 * The placement, for a workplace.
 */
placement_id: PlacementId | null, 
/**
 * The missed appointment, for a no-show.
 */
appointment_id: AppointmentId | null, 
/**
 * Who reported it.
 */
source: AbsenceSource, 
/**
 * The reporter's name (the employer's contact).
 */
reported_by: string | null, 
/**
 * What was reported.
 */
note: string | null, };

export type AbsenceInput = { 
/**
 * The day (required, not in the future).
 */
on: string | null, 
/**
 * `workplace` or `programme` (required).
 */
place: string | null, 
/**
 * The placement, for a workplace.
 */
placement_id: PlacementId | null, 
/**
 * The missed appointment, for a no-show.
 */
appointment_id: AppointmentId | null, 
/**
 * `no_show`, `employer` or `provider` (required).
 */
source: string | null, 
/**
 * The reporter's name.
 */
reported_by: string | null, 
/**
 * What was reported.
 */
note: string | null, };

export type AbsencePlace = "workplace" | "programme";

export type AbsenceReportInput = { resident_id: ResidentId, form: AbsenceInput, };

export type AbsenceSource = "no_show" | "employer" | "provider";

export type AccountInput = { 
/**
 * The day the resident was asked (blank: today, or the day asked before).
 */
asked_on: string | null, 
/**
 * The day the account was given (with the text).
 */
given_on: string | null, 
/**
 * The account in the resident's words.
 */
text: string | null, };

export type Address = { 
/**
 * Street name.
 */
street: string, 
/**
 * House number (1 to 99999).
 */
house_number: string, 
/**
 * Letter or addition ("A", "bis", "2 hoog"), if any.
 */
house_number_addition: string | null, 
/**
 * Postcode.
 */
postcode: Postcode, 
/**
 * Place of residence.
 */
woonplaats: string, };

export type AddressDraft = { 
/**
 * Street (required).
 */
street: string | null, 
/**
 * House number (required).
 */
house_number: string | null, 
/**
 * Addition.
 */
house_number_addition: string | null, 
/**
 * Postcode (required).
 */
postcode: string | null, 
/**
 * Woonplaats (required).
 */
woonplaats: string | null, };

export type Advice = { 
/**
 * The rule version applied (`None`: no version covers the start date).
 */
version_id: string | null, 
/**
 * True when every rule is met.
 */
eligible: boolean, 
/**
 * Every rule, in [`Rule56::ALL`] order.
 */
checks: Array<Check>, };

export type Agreement = { 
/**
 * The agreement's id.
 */
id: AgreementId, 
/**
 * With whom it was made.
 */
resident_id: ResidentId, 
/**
 * The traject it belongs to, if any.
 */
traject_id: TrajectId | null, 
/**
 * Day it was made.
 */
made_on: string, 
/**
 * What was agreed.
 */
description: string, 
/**
 * When it should be done, if there is a deadline.
 */
due_on: string | null, 
/**
 * Whether it was kept.
 */
status: AgreementStatus, };

export type AgreementId = string;

export type AgreementSaveInput = { resident_id: ResidentId, 
/**
 * Existing id, or none for a new one.
 */
id: string | null, 
/**
 * What was agreed.
 */
description: string | null, 
/**
 * When it is due.
 */
due_on: string | null, 
/**
 * open, kept, not_kept, cancelled.
 */
status: string | null, };

export type AgreementStatus = "open" | "kept" | "not_kept" | "cancelled";

export type AppStatus = { initialised: boolean, unlocked: boolean, coach_name: string | null, 
/**
 * Where the wrapped data key lives.
 */
keyring_backend: BackendKind | null, locale: Locale, auto_lock_minutes: number, pending_changes: number | null, };

export type Appointment = { 
/**
 * The appointment's id.
 */
id: AppointmentId, 
/**
 * With whom.
 */
resident_id: ResidentId, 
/**
 * Start (Europe/Amsterdam wall time).
 */
starts_at: string, 
/**
 * End (Europe/Amsterdam wall time).
 */
ends_at: string, 
/**
 * Where, if set.
 */
location: string | null, 
/**
 * What it is about.
 */
subject: string, 
/**
 * What became of it.
 */
status: AppointmentStatus, };

export type AppointmentId = string;

export type AppointmentSaveInput = { resident_id: ResidentId, 
/**
 * Existing id, or none for a new one.
 */
id: string | null, 
/**
 * Start, local time: "yyyy-mm-ddThh:mm" or "dd-mm-jjjj hh:mm".
 */
starts_at: string | null, 
/**
 * End, same formats.
 */
ends_at: string | null, 
/**
 * Where.
 */
location: string | null, 
/**
 * What about.
 */
subject: string | null, 
/**
 * planned, held, no_show, cancelled.
 */
status: string | null, };

export type AppointmentStatus = "planned" | "held" | "no_show" | "cancelled";

export type ArbeidsvermogenCriteria = { 
/**
 * Can do a task in an organisation.
 */
task_in_organisation: Criterion, 
/**
 * Has basic employee skills.
 */
basic_skills: Criterion, 
/**
 * Can work one hour at a stretch.
 */
one_hour_at_a_stretch: Criterion, 
/**
 * Can work four hours a day.
 */
four_hours_a_day: Criterion, };

export type Assessment = { 
/**
 * The assessment's id.
 */
id: AssessmentId, 
/**
 * Whom it is about.
 */
resident_id: ResidentId, 
/**
 * Assessment, warning or measure.
 */
kind: AssessmentKind, 
/**
 * What it is about, in a few words.
 */
subject: string, 
/**
 * What a tool or colleague advised. Advice only: it never decides.
 */
advice: string | null, 
/**
 * The decision.
 */
decision: string, 
/**
 * Why this decision was taken.
 */
reasoning: string, 
/**
 * Who decided.
 */
decided_by: StaffMember, 
/**
 * When it was decided.
 */
decided_on: string, 
/**
 * From when it applies, if it has a period.
 */
effective_from: string | null, 
/**
 * Until when it applies, if it has an end.
 */
effective_until: string | null, };

export type AssessmentId = string;

export type AssessmentKind = "beoordeling" | "waarschuwing" | "maatregel";

export type Assessor = { 
/**
 * Staff list or research agency.
 */
kind: AssessorKind, 
/**
 * The assessor's name.
 */
name: string, 
/**
 * The research agency's name (required for a research agency).
 */
organisation: string | null, };

export type AssessorKind = "staff" | "research_agency";

export type AttachmentAddInput = { resident_id: ResidentId, owner: AttachmentOwner, form: AttachmentInput, };

export type AttachmentId = string;

export type AttachmentInfo = { 
/**
 * The attachment's id.
 */
id: AttachmentId, 
/**
 * What it is.
 */
kind: AttachmentKind, 
/**
 * Health data.
 */
special: boolean, 
/**
 * The name.
 */
file_name: string, 
/**
 * The type.
 */
media_type: MediaType, 
/**
 * Size in bytes.
 */
size_bytes: number, 
/**
 * Added on.
 */
added_on: string, };

export type AttachmentInput = { 
/**
 * What it is (required).
 */
kind: string | null, 
/**
 * The file name.
 */
file_name: string | null, 
/**
 * The file, base64 (required).
 */
content: string | null, };

export type AttachmentKind = "medical_report" | "psychological_report" | "school_report" | "jobcoach_report" | "cv" | "other";

export type AttachmentOpenInput = { resident_id: ResidentId, id: AttachmentId, purpose: Purpose, reason: string | null, };

export type AttachmentOwner = { 
/**
 * The kind of record.
 */
kind: EntityKind, 
/**
 * Its id.
 */
id: string, };

export type Availability = { 
/**
 * Hours per week the resident can work (0 to 60).
 */
hours_per_week: number | null, 
/**
 * Days the resident can work; serialized as "mon", "tue", ...
 */
days: Array<Weekday>, 
/**
 * From when.
 */
available_from: string | null, 
/**
 * Remarks.
 */
notes: string | null, };

export type AvailabilityDraft = { 
/**
 * Hours per week.
 */
hours_per_week: string | null, 
/**
 * Days ("mon" ... "sun").
 */
days: Array<string>, 
/**
 * Available from.
 */
available_from: string | null, 
/**
 * Notes.
 */
notes: string | null, };

export type BackendKind = "keyring" | "file" | "memory";

export type BanenafspraakRoute = "uwv" | "praktijkroute";

export type BenefitKind = "participatiewet" | "ioaw" | "ioaz" | "bbz";

export type Bsn = string;

export type CaseloadInput = { 
/**
 * Only residents whose latest traject is in this state.
 */
state: TrajectState | null, text: string | null, 
/**
 * Rows of the list already shown (the list only; a search always starts at its top).
 */
offset?: number, };

export type CaseloadPage = { rows: Array<ResidentSummary>, 
/**
 * Residents in the list in all (with the state filter); `None` for a search, which
 * stops at its limit.
 */
total: number | null, 
/**
 * More rows follow: a next page of the list, or a search that reached its limit.
 */
more: boolean, };

export type Cell = { "kind": "count", 
/**
 * The count (at least the threshold).
 */
value: number, } | { "kind": "hidden" } | { "kind": "days", 
/**
 * Days.
 */
value: number, } | { "kind": "amount", 
/**
 * Cents.
 */
cents: number, } | { "kind": "score", 
/**
 * The mean times ten, rounded.
 */
tenths: number, } | { "kind": "empty" };

export type ChangePassphraseInput = { old_passphrase: string, new_passphrase: string, };

export type Chart = "bars_per_month" | "funnel";

export type Check = { 
/**
 * Which rule.
 */
rule: Rule56, 
/**
 * Whether the case meets it.
 */
met: boolean, 
/**
 * Why, in words for the coach.
 */
reason: Reason, };

export type CoachingIntensity = "light" | "regular" | "intensive";

export type ConflictChoice = "mine" | "theirs" | "edited";

export type ConflictOpenInput = { conflict_id: string, purpose: Purpose | null, reason: string | null, };

export type ConflictResolveInput = { conflict_id: string, choice: ConflictChoice, 
/**
 * The value typed by the person (`edited` only).
 */
value?: JsonValue, };

export type ConflictView = { 
/**
 * The conflict's id.
 */
conflict_id: string, 
/**
 * The resident.
 */
resident_id: string, 
/**
 * The resident's display name, when on this laptop.
 */
resident_name: string | null, 
/**
 * Kind of record.
 */
entity: string, 
/**
 * Which record.
 */
entity_id: string, 
/**
 * Which field.
 */
field: string, 
/**
 * The value the device whose change ran into the conflict wanted (not applied).
 */
mine: JsonValue, 
/**
 * The value on the server, which stands until a person chooses.
 */
theirs: JsonValue, 
/**
 * Whether that device is this laptop: then `mine` is this laptop's own value; if
 * not (another laptop of the coach, or another case worker), it is someone else's and
 * the inbox must say so.
 */
from_this_device: boolean, 
/**
 * When the conflict arose (RFC 3339).
 */
created_at: string, 
/**
 * Special-category data (health): `mine` and `theirs` are left out of the list, and
 * shown only by [`SyncArea::open_conflict`] with a purpose and a reason (audited).
 */
restricted: boolean, };

export type Consent = { 
/**
 * The day it was given.
 */
given_on: string, 
/**
 * How.
 */
form: ConsentForm, 
/**
 * What the resident agreed to share, and with whom, in the coach's words.
 */
scope: string, 
/**
 * Who recorded it.
 */
recorded_by: StaffMember, 
/**
 * The day the resident took it back, if they did.
 */
withdrawn_on: string | null, };

export type ConsentForm = "written" | "spoken" | "digital";

export type ConsentInput = { 
/**
 * The day given.
 */
given_on: string | null, 
/**
 * `written`, `spoken`, `digital`.
 */
form: string | null, 
/**
 * What it covers.
 */
scope: string | null, 
/**
 * The day taken back.
 */
withdrawn_on: string | null, };

export type ContactParty = "employer" | "resident" | "both";

export type ContractKind = "arbeidsovereenkomst" | "proefplaatsing" | "detachering" | "leerwerkplek" | "beschut_dienstverband" | "participatieplek";

export type Control = { 
/**
 * The day it was asked (the controller receives name, address and the absence).
 */
requested_on: string, 
/**
 * The controller (organisation and name).
 */
controller: string, 
/**
 * Visit or call.
 */
kind: ControlKind, 
/**
 * The day it was done.
 */
done_on: string | null, 
/**
 * What was found.
 */
finding: ControlFinding | null, 
/**
 * The controller's note.
 */
note: string | null, };

export type ControlFinding = "ill" | "justified" | "unjustified" | "not_reached";

export type ControlInput = { 
/**
 * The day it was asked (blank: today).
 */
requested_on: string | null, 
/**
 * The controller (required).
 */
controller: string | null, 
/**
 * `visit` or `call` (required).
 */
kind: string | null, 
/**
 * The day it was done.
 */
done_on: string | null, 
/**
 * `ill`, `justified`, `unjustified`, `not_reached` (with the day done).
 */
finding: string | null, 
/**
 * The controller's note.
 */
note: string | null, };

export type ControlKind = "visit" | "call";

export type CreateStoreInput = { coach_name: string, passphrase: string, };

export type Criterion = { 
/**
 * The view.
 */
view: CriterionView, 
/**
 * What the coach saw.
 */
explanation: string, };

export type CriterionInput = { 
/**
 * `yes`, `no`, `unsure`.
 */
view: string | null, 
/**
 * What the coach saw.
 */
explanation: string | null, };

export type CriterionView = "yes" | "no" | "unsure";

export type CsvImportInput = { content: string, };

export type CsvImportReport = { 
/**
 * New employers stored.
 */
employers_created: number, 
/**
 * Workplaces stored.
 */
workplaces_created: number, 
/**
 * Errors by line; when not empty, nothing was stored.
 */
errors: Array<CsvLineErrors>, };

export type CsvLineErrors = { 
/**
 * 1-based line in the file (the header is line 1).
 */
line: number, 
/**
 * What is wrong, per field (field names are the column names).
 */
errors: Array<FieldError>, 
/**
 * The line itself cannot be read (wrong number of columns, broken quotes); the
 * reader's detail, which holds no cell content.
 */
unreadable: string | null, };

export type DataCategory = "name" | "address" | "woonplaats" | "gender" | "bsn" | "phone" | "email" | "id_document_number" | "marital_status" | "nationality" | "verblijfstitel" | "housing" | "language_education_experience" | "availability_obstacles" | "motivation_career_wishes" | "support" | "assessments" | "health" | "loonwaarde";

export type Dataset = "esco_occupations" | "isco_groups" | "pc4";

export type DecisionOutcome = "granted" | "refused";

export type DemandLevel = "licht" | "middel" | "zwaar";

export type Disclosure = { 
/**
 * The entry's id.
 */
id: DisclosureId, 
/**
 * Whose data.
 */
resident_id: ResidentId, 
/**
 * The kind of recipient.
 */
recipient: Recipient, 
/**
 * The recipient by name ("Bakkerij De Korenschoof B.V.", "UWV").
 */
recipient_name: string, 
/**
 * Why.
 */
purpose: Purpose, 
/**
 * Which categories of data.
 */
categories: Array<DataCategory>, 
/**
 * When.
 */
disclosed_on: string, 
/**
 * Who sent or handed it over.
 */
disclosed_by: StaffMember, 
/**
 * The statement that carried the data, when one did.
 */
statement_reference: string | null, };

export type DisclosureId = string;

export type Education = { 
/**
 * Name of the education ("Mbo Logistiek").
 */
name: string, 
/**
 * School or institution.
 */
institution: string | null, 
/**
 * Level ("mbo 2").
 */
level: string | null, 
/**
 * Whether a diploma was obtained.
 */
diploma: boolean, 
/**
 * Year completed.
 */
completed_year: number | null, };

export type EducationDraft = { 
/**
 * Name of the education.
 */
name: string | null, 
/**
 * Institution.
 */
institution: string | null, 
/**
 * Level.
 */
level: string | null, 
/**
 * Diploma obtained (a checkbox, so a plain bool).
 */
diploma: boolean, 
/**
 * Year completed.
 */
completed_year: string | null, };

export type Email = string;

export type EmergencyAccess = { 
/**
 * The resident.
 */
resident_id: string, 
/**
 * When it ends (RFC 3339, UTC).
 */
expires_at: string, };

export type EmergencyAccessInput = { bsn: string, reason: EmergencyReason, explanation: string, };

export type EmergencyReason = "stand_in" | "urgent" | "hand_over";

export type EmployeeLks = { 
/**
 * The resident.
 */
resident_id: ResidentId, 
/**
 * The resident's name.
 */
display_name: string, 
/**
 * The latest decision for this resident at this employer.
 */
decision: LksDecision, 
/**
 * The last day it applies, if known.
 */
last_day: string | null, 
/**
 * Paid under it, in cents.
 */
paid_cents: number, 
/**
 * The end of the latest paid period.
 */
paid_until: string | null, };

export type Employer = { 
/**
 * Name.
 */
name: string, 
/**
 * Loonheffingennummer (payroll tax number).
 */
loonheffingennummer: Loonheffingennummer, 
/**
 * Address.
 */
address: Address, };

export type EmployerContact = { 
/**
 * Name.
 */
name: string, 
/**
 * Role ("teamleider magazijn"), if known.
 */
role: string | null, 
/**
 * Phone number.
 */
phone: PhoneNumber | null, 
/**
 * E-mail address.
 */
email: Email | null, };

export type EmployerContactDraft = { 
/**
 * Name (required when the row is used).
 */
name: string | null, 
/**
 * Role.
 */
role: string | null, 
/**
 * Phone number as typed.
 */
phone: string | null, 
/**
 * E-mail address.
 */
email: string | null, };

export type EmployerDraft = { 
/**
 * Name (required).
 */
name: string | null, 
/**
 * KvK number.
 */
kvk: string | null, 
/**
 * Loonheffingennummer.
 */
loonheffingennummer: string | null, 
/**
 * Address (required).
 */
address: AddressDraft, 
/**
 * Contact persons; entirely empty rows are skipped.
 */
contacts: Array<EmployerContactDraft>, 
/**
 * Notes.
 */
notes: string | null, };

export type EmployerFile = { 
/**
 * The employer.
 */
employer: EmployerRecord, 
/**
 * Its workplaces, by title.
 */
workplaces: Array<Workplace>, };

export type EmployerId = string;

export type EmployerInput = { employer_id: EmployerId, };

export type EmployerLksInput = { employer_id: EmployerId, };

export type EmployerRecord = { 
/**
 * The employer's id.
 */
id: EmployerId, 
/**
 * Trade name.
 */
name: string, 
/**
 * KvK number, if known.
 */
kvk: KvkNumber | null, 
/**
 * Loonheffingennummer (needed on a verklaring 56+), if known.
 */
loonheffingennummer: Loonheffingennummer | null, 
/**
 * Visiting address.
 */
address: Address, 
/**
 * Contact persons.
 */
contacts: Array<EmployerContact>, 
/**
 * Notes of the coaches (e.g. "vraag naar Ahmed bij de receptie").
 */
notes: string | null, };

export type EmployerSaveInput = { employer_id: EmployerId | null, draft: EmployerDraft, };

export type EmploymentFacts = { 
/**
 * The employer.
 */
employer: Employer, 
/**
 * First day of the employment.
 */
start_date: string, 
/**
 * When the request reached the municipality.
 */
request_date: string, 
/**
 * The municipal benefit in the month before the start, if any.
 */
benefit: BenefitKind | null, 
/**
 * Employed by this employer in the 6 months before the start.
 */
same_employer_within_6_months: boolean, 
/**
 * Regular job, WSW or beschut werk.
 */
job_kind: JobKind, };

export type EmploymentFactsDraft = { 
/**
 * Employer name.
 */
employer_name: string | null, 
/**
 * Loonheffingennummer.
 */
loonheffingennummer: string | null, 
/**
 * Employer address.
 */
employer_address: AddressDraft, 
/**
 * Start date (dd-mm-jjjj).
 */
start_date: string | null, 
/**
 * Request date (dd-mm-jjjj).
 */
request_date: string | null, 
/**
 * Benefit machine name; blank for none.
 */
benefit: string | null, 
/**
 * "true"/"false": employed by this employer in the 6 months before.
 */
same_employer_within_6_months: boolean | null, 
/**
 * Job kind machine name.
 */
job_kind: string | null, };

export type EndReason = "beeindigd" | "geweigerd" | "afgebroken";

export type EntityKind = "resident" | "traject" | "report" | "agreement" | "goal" | "appointment" | "health_record" | "assessment" | "verklaring56_decision" | "issued_statement" | "disclosure" | "rights_request" | "loonwaarde" | "lks_decision" | "lks_payment" | "jobcoach_subsidy" | "uwv_request" | "medical_examination" | "referral" | "attachment" | "verzuim" | "leerwerkplek" | "training" | "employer" | "workplace" | "jobcoach_organisation" | "placement" | "placement_contact" | "match_profile" | "occupation" | "isco_group" | "pc4_area" | "reference_release";

export type ErrorPayload = { 
/**
 * Stable machine code, e.g. `wrong_passphrase`.
 */
code: ErrorCode, 
/**
 * Fluent message id, e.g. `error-wrong-passphrase`.
 */
message_id: string, 
/**
 * Fluent arguments, as a JSON object.
 */
args: Record<string, string>, 
/**
 * Field errors for forms (empty for other errors).
 */
fields: Array<FieldError>, };

export type Evaluation = { 
/**
 * The day.
 */
on: string, 
/**
 * Who recorded it.
 */
by: StaffMember, 
/**
 * How it goes.
 */
summary: string, };

export type ExaminationAppointment = { 
/**
 * The day.
 */
on: string, 
/**
 * The time, "HH:MM".
 */
at: string | null, 
/**
 * Where.
 */
place: string, };

export type ExaminationKind = "medical" | "arbeidsdeskundig" | "psychological";

export type ExaminationOutcome = { 
/**
 * The day the report came in.
 */
received_on: string, 
/**
 * What it says, in short.
 */
summary: string, 
/**
 * What the resident can and cannot do at work.
 */
work_limitations: string | null, };

export type ExaminationOutcomeInput = { 
/**
 * The day the report came in (blank: today).
 */
received_on: string | null, 
/**
 * What it says (required).
 */
summary: string | null, 
/**
 * What the resident can and cannot do at work.
 */
work_limitations: string | null, };

export type ExplainedMatch = { 
/**
 * The resident.
 */
resident_id: ResidentId, 
/**
 * The workplace.
 */
workplace_id: WorkplaceId, 
/**
 * Its employer.
 */
employer_id: EmployerId, 
/**
 * 0 to 100.
 */
score: number, 
/**
 * True when an exclusion applies.
 */
excluded: boolean, 
/**
 * Distance between the PC4 centroids in metres, if known.
 */
distance_m: number | null, 
/**
 * Exclusions first, then one reason per component.
 */
reasons: Array<MatchReason>, };

export type FetchedReport = { 
/**
 * The figures.
 */
report: ManagementReport, 
/**
 * When this laptop fetched them (RFC 3339, UTC).
 */
fetched_at: string, 
/**
 * True when the server could not be reached and these are the last fetched figures.
 */
from_cache: boolean, };

export type FetchedTeams = { 
/**
 * The teams and whether "all teams" may be asked for.
 */
teams: ReportTeams, 
/**
 * When this laptop fetched the list (RFC 3339, UTC).
 */
fetched_at: string, 
/**
 * True when the server could not be reached and this is the last fetched list.
 */
from_cache: boolean, };

export type FieldError = { field: string, message_id: string, args: Record<string, string> };

export type Gender = "male" | "female" | "other" | "unknown";

export type Goal = { 
/**
 * The goal's id.
 */
id: GoalId, 
/**
 * Whose goal it is.
 */
resident_id: ResidentId, 
/**
 * The traject it belongs to, if any.
 */
traject_id: TrajectId | null, 
/**
 * What should be reached.
 */
description: string, 
/**
 * When it should be reached, if set.
 */
target_date: string | null, 
/**
 * Whether it was reached.
 */
status: GoalStatus, };

export type GoalId = string;

export type GoalSaveInput = { resident_id: ResidentId, 
/**
 * Existing id, or none for a new one.
 */
id: string | null, 
/**
 * The goal.
 */
description: string | null, 
/**
 * When it should be reached.
 */
target_date: string | null, 
/**
 * open, achieved, not_achieved, dropped.
 */
status: string | null, };

export type GoalStatus = "open" | "achieved" | "not_achieved" | "dropped";

export type HealthDraft = { 
/**
 * Why this is needed for the support (required).
 */
necessity: string | null, 
/**
 * What the coach records.
 */
summary: string | null, 
/**
 * What it means for work.
 */
work_limitations: string | null, 
/**
 * Where it comes from (the resident, a report).
 */
source: string | null, };

export type HealthRecord = { 
/**
 * The record's id.
 */
id: HealthRecordId, 
/**
 * Whose health this is about.
 */
resident_id: ResidentId, 
/**
 * Day it was recorded.
 */
recorded_on: string, 
/**
 * Who recorded it.
 */
recorded_by: StaffMember, 
/**
 * Why this health information is needed for the support (required).
 */
necessity: string, 
/**
 * What is known, in as few words as the support needs.
 */
summary: string, 
/**
 * What the resident can or cannot do at work because of it.
 */
work_limitations: string | null, 
/**
 * Where the information comes from (e.g. "bedrijfsarts", "inwoner zelf").
 */
source: string | null, };

export type HealthRecordId = string;

export type HealthViewInput = { resident_id: ResidentId, purpose: Purpose | null, reason: string | null, };

export type Housing = { 
/**
 * How the resident lives.
 */
kind: HousingKind, 
/**
 * Monthly rent in euro cents, if known.
 */
monthly_rent_cents: number | null, 
/**
 * Landlord, if known.
 */
landlord: string | null, };

export type HousingDraft = { 
/**
 * Housing kind machine name.
 */
kind: string | null, 
/**
 * Monthly rent in euros, Dutch notation.
 */
monthly_rent: string | null, 
/**
 * Landlord.
 */
landlord: string | null, };

export type HousingKind = "rent" | "owner" | "living_in" | "shelter" | "homeless" | "other";

export type IdDocument = { 
/**
 * Kind of document.
 */
kind: IdDocumentKind, 
/**
 * Document number.
 */
number: string, 
/**
 * Expiry date.
 */
expires_on: string, };

export type IdDocumentDraft = { 
/**
 * Kind machine name.
 */
kind: string | null, 
/**
 * Document number.
 */
number: string | null, 
/**
 * Expiry date.
 */
expires_on: string | null, };

export type IdDocumentKind = "passport" | "identity_card" | "driving_licence" | "residence_document";

export type Indication = "beschut_werk" | "banenafspraak";

export type IntakeForm = { 
/**
 * The resident's data.
 */
resident: ResidentDraft, 
/**
 * The coach handed over and explained the privacy statement (required).
 */
privacy_statement_explained: boolean, 
/**
 * Purposes beyond guidance (snake_case names, e.g. "matching").
 */
purposes: Array<string>, 
/**
 * Health data, only when needed.
 */
health: HealthDraft | null, };

export type IntakeSubmitResult = { resident_id: ResidentId, };

export type IssuedStatement = { 
/**
 * The record's id.
 */
id: StatementId, 
/**
 * Whom it is about.
 */
resident_id: ResidentId, 
/**
 * What kind of statement.
 */
kind: StatementKind, 
/**
 * Its reference number (kenmerk).
 */
reference: string, 
/**
 * When it was issued.
 */
issued_at: string, 
/**
 * Who issued it.
 */
issued_by: StaffMember, 
/**
 * The language it was written in ("nl-NL" or "en-US").
 */
language: string, 
/**
 * For a verklaring 56+: exactly what it states, for reprints.
 */
verklaring56: Verklaring56Snapshot | null, 
/**
 * For a loonwaarde report: exactly what it states, for reprints.
 */
loonwaarde_report?: LoonwaardeReportSnapshot, 
/**
 * For an LKS beschikking: exactly what it states, for reprints.
 */
lks_beschikking?: LksBeschikkingSnapshot, 
/**
 * For a request to UWV: exactly what it states, for reprints.
 */
uwv_request?: UwvRequestSnapshot, 
/**
 * For a verzuim warning letter: exactly what it states, for reprints.
 */
verzuim_warning?: VerzuimWarningSnapshot, };

export type JobKind = "regular" | "wsw" | "beschut_werk";

export type JobcoachCalculation = { 
/**
 * First day.
 */
from: string, 
/**
 * Last day.
 */
until: string, 
/**
 * Hours of coaching, in minutes.
 */
minutes: number, 
/**
 * One part per tariff.
 */
parts: Array<TariffPart>, 
/**
 * The amount, in cents.
 */
amount_cents: number, 
/**
 * The arithmetic as sentences.
 */
steps: Array<Reason>, };

export type JobcoachOrganisation = { 
/**
 * The organisation's id.
 */
id: JobcoachOrganisationId, 
/**
 * Its name.
 */
name: string, 
/**
 * KvK number.
 */
kvk: KvkNumber | null, 
/**
 * Contact person.
 */
contact_name: string | null, 
/**
 * Contact e-mail.
 */
email: Email | null, 
/**
 * Contact phone.
 */
phone: PhoneNumber | null, };

export type JobcoachOrganisationId = string;

export type JobcoachOrganisationInput = { 
/**
 * Name (required).
 */
name: string | null, 
/**
 * KvK number.
 */
kvk: string | null, 
/**
 * Contact person.
 */
contact_name: string | null, 
/**
 * E-mail.
 */
email: string | null, 
/**
 * Phone.
 */
phone: string | null, };

export type JobcoachSubsidy = { 
/**
 * The subsidy's id.
 */
id: JobcoachSubsidyId, 
/**
 * Whom the coaching is for.
 */
resident_id: ResidentId, 
/**
 * The organisation that coaches.
 */
organisation_id: JobcoachOrganisationId, 
/**
 * The loonwaardebepaling that set the need, if any.
 */
loonwaarde_id: LoonwaardeId | null, 
/**
 * The period and its amount.
 */
calculation: JobcoachCalculation, 
/**
 * The progress report, once in.
 */
progress_report: ProgressReport | null, 
/**
 * The approval, once given (needs the report).
 */
approval: PaymentApproval | null, };

export type JobcoachSubsidyId = string;

export type JobcoachSubsidyInput = { 
/**
 * The organisation (required).
 */
organisation_id: JobcoachOrganisationId | null, 
/**
 * The loonwaardebepaling that set the need.
 */
loonwaarde_id: LoonwaardeId | null, 
/**
 * First day of the period.
 */
period_from: string | null, 
/**
 * Last day of the period.
 */
period_until: string | null, 
/**
 * Hours of coaching in the period.
 */
hours: string | null, };

export type JobcoachView = { 
/**
 * The subsidy.
 */
subsidy: JobcoachSubsidy, 
/**
 * The organisation's name.
 */
organisation_name: string | null, };

export type JobcoachingApproveInput = { resident_id: ResidentId, subsidy_id: JobcoachSubsidyId, };

export type JobcoachingNeed = { 
/**
 * Hours of coaching a month.
 */
hours_per_month: number, 
/**
 * How intensive.
 */
intensity: CoachingIntensity, 
/**
 * For how many months.
 */
months: number, };

export type JobcoachingPlanInput = { resident_id: ResidentId, form: JobcoachSubsidyInput, };

export type JobcoachingReportInput = { resident_id: ResidentId, subsidy_id: JobcoachSubsidyId, form: ProgressReportInput, };

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]?: JsonValue } | null;

export type KvkNumber = string;

export type LanguageLevel = "native" | "a1" | "a2" | "b1" | "b2" | "c1" | "c2";

export type LanguageSkill = { 
/**
 * The language ("Nederlands").
 */
language: string, 
/**
 * Level.
 */
level: LanguageLevel, };

export type LanguageSkillDraft = { 
/**
 * Language.
 */
language: string | null, 
/**
 * Level machine name.
 */
level: string | null, };

export type LearningFile = { 
/**
 * Leerwerkplekken, newest first.
 */
leerwerkplekken: Array<Leerwerkplek>, 
/**
 * Trainings, newest first.
 */
trainings: Array<Training>, 
/**
 * Qualifications held (passed trainings with a certificate), compared without case.
 */
qualifications: Array<string>, };

export type LearningGoal = { 
/**
 * The goal.
 */
text: string, 
/**
 * Reached, as judged at an evaluation.
 */
reached: boolean, };

export type Leerwerkplek = { 
/**
 * The id.
 */
id: LeerwerkplekId, 
/**
 * Whose.
 */
resident_id: ResidentId, 
/**
 * The partner (samenwerkingspartner).
 */
partner: string, 
/**
 * The work there.
 */
work: string, 
/**
 * First day.
 */
starts_on: string, 
/**
 * Last day.
 */
ends_on: string, 
/**
 * Hours a week.
 */
hours_per_week: number, 
/**
 * The mentor.
 */
mentor: Mentor, 
/**
 * The learning goals.
 */
goals: Array<LearningGoal>, 
/**
 * Evaluations, in order.
 */
evaluations: Array<Evaluation>, };

export type LeerwerkplekEvaluateInput = { resident_id: ResidentId, id: LeerwerkplekId, summary: string, };

export type LeerwerkplekId = string;

export type LeerwerkplekInput = { 
/**
 * The partner.
 */
partner: string | null, 
/**
 * The work.
 */
work: string | null, 
/**
 * First day.
 */
starts_on: string | null, 
/**
 * Last day.
 */
ends_on: string | null, 
/**
 * Hours a week.
 */
hours_per_week: string | null, 
/**
 * Mentor's name.
 */
mentor_name: string | null, 
/**
 * Mentor's phone.
 */
mentor_phone: string | null, 
/**
 * Mentor's e-mail.
 */
mentor_email: string | null, 
/**
 * Goals, one per entry (blank entries are skipped).
 */
goals: Array<string>, 
/**
 * Goals reached, by position.
 */
reached: Array<boolean>, };

export type LeerwerkplekSaveInput = { resident_id: ResidentId, id: LeerwerkplekId | null, form: LeerwerkplekInput, };

export type LifeDomain = "schuldhulpverlening" | "maatschappelijk_werk" | "wijkteam" | "housing";

export type LksBeschikkingInput = { resident_id: ResidentId, decision_id: LksDecisionId, };

export type LksBeschikkingSnapshot = { 
/**
 * The decision as recorded.
 */
decision: LksDecision, 
/**
 * The resident's full name (who gets the copy).
 */
resident_name: string, 
/**
 * The employer's name.
 */
employer_name: string, 
/**
 * The employer's address.
 */
employer_address: Address, 
/**
 * The employer's contact person, when known ("t.a.v.").
 */
employer_contact: string | null, 
/**
 * The first day of work of the placement.
 */
placement_start: string, 
/**
 * The day the loonwaarde was signed off.
 */
loonwaarde_signed_on: string, 
/**
 * The rules behind the cap and the allowance, as printed.
 */
rules_source: string, };

export type LksCalculation = { 
/**
 * What was calculated.
 */
input: LksInput, 
/**
 * One part per row of the table the period touches.
 */
parts: Array<LksPart>, 
/**
 * Subsidy over all parts, in cents.
 */
subsidy_cents: number, 
/**
 * Allowance over all parts, in cents.
 */
allowance_cents: number, 
/**
 * Subsidy plus allowance, in cents.
 */
total_cents: number, 
/**
 * The closing steps (the total, or why there is none).
 */
steps: Array<Reason>, };

export type LksDecideInput = { resident_id: ResidentId, form: LksDecisionInput, };

export type LksDecision = { 
/**
 * The decision's id.
 */
id: LksDecisionId, 
/**
 * Who works.
 */
resident_id: ResidentId, 
/**
 * The placement the subsidy is for.
 */
placement_id: PlacementId, 
/**
 * The employer who receives it.
 */
employer_id: EmployerId, 
/**
 * The signed loonwaardebepaling it rests on.
 */
loonwaarde_id: LoonwaardeId, 
/**
 * The signed loonwaarde, in percent.
 */
loonwaarde_percent: number, 
/**
 * Contract hours a week, in minutes.
 */
minutes_per_week: number, 
/**
 * First day of the subsidy.
 */
starts_on: string, 
/**
 * The trial placement before it, if any.
 */
trial: TrialPlacement | null, 
/**
 * The calculation for the first month at the contract hours (the advice).
 */
estimate: LksCalculation, 
/**
 * Granted or refused.
 */
outcome: LksOutcome, 
/**
 * Who decided (never the software).
 */
decided_by: StaffMember, 
/**
 * The day of the decision.
 */
decided_on: string, 
/**
 * Why, in the staff member's words (the employer reads it).
 */
reasoning: string, 
/**
 * The earlier decision this one replaces from `starts_on`.
 */
supersedes: LksDecisionId | null, };

export type LksDecisionId = string;

export type LksDecisionInput = { 
/**
 * The placement (required).
 */
placement_id: PlacementId | null, 
/**
 * The signed loonwaardebepaling (required).
 */
loonwaarde_id: LoonwaardeId | null, 
/**
 * First day of the subsidy (required).
 */
starts_on: string | null, 
/**
 * First day of a trial placement before it.
 */
trial_from: string | null, 
/**
 * Last day of the trial placement.
 */
trial_until: string | null, 
/**
 * `granted` or `refused` (required).
 */
outcome: string | null, 
/**
 * Day of the decision; blank: today.
 */
decided_on: string | null, 
/**
 * Why (required).
 */
reasoning: string | null, 
/**
 * The decision this one replaces.
 */
supersedes: LksDecisionId | null, };

export type LksEstimateInput = { loonwaarde_percent: number, hours_per_week: number, starts_on: string, };

export type LksInput = { 
/**
 * The signed loonwaarde, in percent.
 */
loonwaarde_percent: number, 
/**
 * First day of the period.
 */
from: string, 
/**
 * Last day of the period.
 */
until: string, 
/**
 * Hours worked in the period, in minutes.
 */
minutes: number, };

export type LksOutcome = "granted" | "refused";

export type LksPart = { 
/**
 * First day.
 */
from: string, 
/**
 * Last day.
 */
until: string, 
/**
 * Hours in this part (shared by days), in minutes.
 */
minutes: number, 
/**
 * The WML per hour of the row, in cents.
 */
wml_cents: number, 
/**
 * WML plus holiday pay per hour, in cents (rounded for reading).
 */
wage_cents: number, 
/**
 * The subsidy percentage: 100 − loonwaarde, at most the cap.
 */
subsidy_percent: number, 
/**
 * True when the cap applied.
 */
capped: boolean, 
/**
 * The subsidy in cents.
 */
subsidy_cents: number, 
/**
 * The allowance for employer costs in cents.
 */
allowance_cents: number, 
/**
 * The row's source.
 */
source: string, 
/**
 * The steps, as sentences.
 */
steps: Array<Reason>, };

export type LksPayInput = { resident_id: ResidentId, form: LksPaymentInput, };

export type LksPayment = { 
/**
 * The payment's id.
 */
id: LksPaymentId, 
/**
 * Who worked.
 */
resident_id: ResidentId, 
/**
 * The decision it is paid under.
 */
decision_id: LksDecisionId, 
/**
 * The calculation of the period with the hours worked.
 */
calculation: LksCalculation, 
/**
 * Who approved it.
 */
approved_by: StaffMember, 
/**
 * The day of approval.
 */
approved_on: string, };

export type LksPaymentId = string;

export type LksPaymentInput = { 
/**
 * The decision (required).
 */
decision_id: LksDecisionId | null, 
/**
 * First day of the period.
 */
period_from: string | null, 
/**
 * Last day of the period.
 */
period_until: string | null, 
/**
 * Hours actually worked in the period ("96,5").
 */
hours_worked: string | null, };

export type LksView = { 
/**
 * The decision.
 */
decision: LksDecision, 
/**
 * The employer's name.
 */
employer_name: string | null, 
/**
 * The last day it applies (a newer decision or the placement's end); none while open.
 */
last_day: string | null, 
/**
 * Payments under it, oldest first.
 */
payments: Array<LksPayment>, 
/**
 * Paid in all, in cents.
 */
paid_cents: number, };

export type Locale = "nl-NL" | "en-US";

export type Loonheffingennummer = string;

export type LoonwaardeDraft = { 
/**
 * The placement, when the resident is placed.
 */
placement_id: PlacementId | null, 
/**
 * The employer (required).
 */
employer_id: EmployerId | null, 
/**
 * The employer's contact person.
 */
employer_contact: string | null, 
/**
 * The normfunctie (required).
 */
normfunctie: string | null, 
/**
 * The actual function (required).
 */
actual_function: string | null, 
/**
 * Hours worked a week ("24,5").
 */
worked_hours: string | null, 
/**
 * Full-time hours a week at this employer ("38").
 */
fulltime_hours: string | null, 
/**
 * Day of the company visit (dd-mm-jjjj).
 */
visit_date: string | null, 
/**
 * Day of the report; blank: the visit date.
 */
report_date: string | null, 
/**
 * `staff` or `research_agency`.
 */
assessor_kind: string | null, 
/**
 * The assessor's name.
 */
assessor_name: string | null, 
/**
 * The research agency.
 */
assessor_organisation: string | null, 
/**
 * The main tasks.
 */
tasks: Array<MainTaskDraft>, 
/**
 * Observations.
 */
notes: string | null, 
/**
 * Coaching hours a month; blank: no job coaching.
 */
jobcoaching_hours: string | null, 
/**
 * Coaching intensity.
 */
jobcoaching_intensity: string | null, 
/**
 * Coaching duration in months.
 */
jobcoaching_months: string | null, };

export type LoonwaardeId = string;

export type LoonwaardeOutcome = { 
/**
 * The loonwaarde, a whole percentage.
 */
percent: number, 
/**
 * The unrounded sum, in hundredths of a percent (rounded for reading).
 */
sum_hundredths: number, 
/**
 * One line per task.
 */
tasks: Array<TaskLine>, 
/**
 * The arithmetic as sentences (Fluent ids with their arguments).
 */
steps: Array<Reason>, };

export type LoonwaardePreview = { 
/**
 * The loonwaarde with every step, once the tasks allow one.
 */
outcome: LoonwaardeOutcome | null, 
/**
 * What stands in the way, per field.
 */
errors: Array<FieldError>, };

export type LoonwaardePreviewInput = { draft: LoonwaardeDraft, };

export type LoonwaardeReportInput = { resident_id: ResidentId, loonwaarde_id: LoonwaardeId, };

export type LoonwaardeReportSnapshot = { 
/**
 * The assessment as printed.
 */
loonwaarde: Loonwaardebepaling, 
/**
 * Its arithmetic as printed (none when the tasks allow none).
 */
outcome: LoonwaardeOutcome | null, 
/**
 * The resident's full name.
 */
resident_name: string, 
/**
 * The resident's date of birth.
 */
birth_date: string, 
/**
 * The employer's name.
 */
employer_name: string, };

export type LoonwaardeSaveInput = { resident_id: ResidentId, id: LoonwaardeId | null, form: LoonwaardeDraft, };

export type LoonwaardeSignInput = { resident_id: ResidentId, id: LoonwaardeId, form: SignOffInput, };

export type LoonwaardeView = { 
/**
 * The assessment.
 */
record: Loonwaardebepaling, 
/**
 * The loonwaarde with every step, when the tasks allow one.
 */
outcome: LoonwaardeOutcome | null, 
/**
 * The employer's name, when known on this laptop.
 */
employer_name: string | null, };

export type Loonwaardebepaling = { 
/**
 * The assessment's id.
 */
id: LoonwaardeId, 
/**
 * Whose work.
 */
resident_id: ResidentId, 
/**
 * The placement the work is done in, when recorded.
 */
placement_id: PlacementId | null, 
/**
 * The employer.
 */
employer_id: EmployerId, 
/**
 * The employer's contact person for the assessment.
 */
employer_contact: string | null, 
/**
 * The normfunctie: the function of an average employee it is compared with.
 */
normfunctie: string, 
/**
 * The function the resident actually does.
 */
actual_function: string, 
/**
 * Hours the resident works a week, in minutes.
 */
worked_minutes_per_week: number, 
/**
 * Full-time hours at this employer, in minutes a week.
 */
fulltime_minutes_per_week: number, 
/**
 * The day of the company visit.
 */
visit_date: string, 
/**
 * The day of the report.
 */
report_date: string, 
/**
 * Who assesses.
 */
assessor: Assessor, 
/**
 * The main tasks, one to five.
 */
tasks: Array<MainTask>, 
/**
 * Observations at the workplace, in the assessor's words.
 */
notes: string | null, 
/**
 * The need for job coaching, when there is one.
 */
jobcoaching: JobcoachingNeed | null, 
/**
 * The sign-off; none while it is a draft.
 */
sign_off: SignOff | null, };

export type MainTask = { 
/**
 * What the task is, e.g. "Orderpicken".
 */
name: string, 
/**
 * Share of the weekly hours, in whole percent.
 */
share_percent: number, 
/**
 * Tempo compared with the normfunctie, in percent.
 */
tempo_percent: number, 
/**
 * Quality compared with the normfunctie, in percent.
 */
quality_percent: number, 
/**
 * Net working time (the time actually worked of the time present), in percent.
 */
net_time_percent: number, };

export type MainTaskDraft = { 
/**
 * The task.
 */
name: string | null, 
/**
 * Share of the week in percent.
 */
share: string | null, 
/**
 * Tempo in percent.
 */
tempo: string | null, 
/**
 * Quality in percent.
 */
quality: string | null, 
/**
 * Net working time in percent.
 */
net_time: string | null, };

export type ManagementReport = { 
/**
 * The team's name; `None`: every team.
 */
team: string | null, 
/**
 * First month (`yyyy-mm`).
 */
from: string, 
/**
 * Last month (`yyyy-mm`).
 */
to: string, 
/**
 * The day the figures are of.
 */
as_of: string, 
/**
 * Counts under this are hidden.
 */
threshold: number, 
/**
 * The tables.
 */
tables: Array<Table>, };

export type MaritalStatus = "unmarried" | "married" | "registered_partnership" | "divorced" | "widowed";

export type MatchBasis = { 
/**
 * Postcode areas known on this laptop (0 before the reference data has synced).
 */
postcode_areas: number, 
/**
 * True when the resident has a search profile (for a resident's matches).
 */
has_profile: boolean, 
/**
 * How many candidates were scored.
 */
candidates: number, };

export type MatchComponent = "occupation" | "hours" | "travel" | "days" | "support" | "physical" | "mental" | "dutch" | "kind";

export type MatchEffect = "plus" | "minus" | "neutral" | "exclusion";

export type MatchProfile = { 
/**
 * The profile's id.
 */
id: MatchProfileId, 
/**
 * Whose profile.
 */
resident_id: ResidentId, 
/**
 * Occupations the resident would like to do.
 */
wished_occupations: Array<OccupationRef>, 
/**
 * Occupations the resident has done.
 */
experience_occupations: Array<OccupationRef>, 
/**
 * An indication from UWV, if the resident has one.
 */
indication: Indication | null, 
/**
 * How much physical work the resident can do now.
 */
physical_capacity: DemandLevel, 
/**
 * How much mental load the resident can carry now.
 */
mental_capacity: DemandLevel, 
/**
 * Support the resident needs at work.
 */
support_needed: Array<SupportKind>, 
/**
 * Furthest the resident can or wants to travel, in km; none: no limit set.
 */
max_travel_km: number | null, 
/**
 * Travel times the coach knows better than the distance (no direct bus, a lift from
 * family); they replace the distance for that workplace.
 */
travel_overrides: Array<TravelOverride>, };

export type MatchProfileId = string;

export type MatchReason = { 
/**
 * The component it explains; none for closed workplaces and taken places.
 */
component: MatchComponent | null, 
/**
 * Plus, minus, neutral or exclusion.
 */
effect: MatchEffect, 
/**
 * Points the component earned.
 */
points: number, 
/**
 * Points it could earn.
 */
max_points: number, 
/**
 * The words.
 */
reason: Reason, };

export type MediaType = "pdf" | "png" | "jpeg";

export type MedicalExamination = { 
/**
 * The examination's id.
 */
id: MedicalExaminationId, 
/**
 * Whose.
 */
resident_id: ResidentId, 
/**
 * What kind.
 */
kind: ExaminationKind, 
/**
 * The research agency.
 */
agency: string, 
/**
 * The question the agency answers.
 */
question: string, 
/**
 * The resident's consent: always needed before sending.
 */
consent: Consent | null, 
/**
 * The appointment, once made.
 */
appointment: ExaminationAppointment | null, 
/**
 * The life cycle.
 */
life: RequestLife, 
/**
 * The outcome.
 */
outcome: ExaminationOutcome | null, };

export type MedicalExaminationId = string;

export type MedicalExaminationInput = { 
/**
 * `medical`, `arbeidsdeskundig`, `psychological` (required).
 */
kind: string | null, 
/**
 * The agency (required).
 */
agency: string | null, 
/**
 * The question (required).
 */
question: string | null, 
/**
 * The resident's consent.
 */
consent: ConsentInput, 
/**
 * The appointment's day.
 */
appointment_on: string | null, 
/**
 * Its time, "HH:MM".
 */
appointment_at: string | null, 
/**
 * Its place.
 */
appointment_place: string | null, };

export type MedicalOutcomeInput = { resident_id: ResidentId, id: MedicalExaminationId, form: ExaminationOutcomeInput, };

export type MedicalSaveInput = { resident_id: ResidentId, id: MedicalExaminationId | null, form: MedicalExaminationInput, };

export type MedicalViewInput = { resident_id: ResidentId, purpose: Purpose | null, reason: string | null, };

export type Mentor = { 
/**
 * Name.
 */
name: string, 
/**
 * Phone.
 */
phone: PhoneNumber | null, 
/**
 * E-mail.
 */
email: Email | null, };

export type Notice = { 
/**
 * The grant.
 */
id: string, 
/**
 * The coach who took the access.
 */
coach: string, 
/**
 * Whose file.
 */
resident_id: string, 
/**
 * Why (code of [`EmergencyReason`]).
 */
reason: EmergencyReason, 
/**
 * In the coach's words.
 */
explanation: string, 
/**
 * When (RFC 3339).
 */
granted_at: string, 
/**
 * Until when (RFC 3339).
 */
expires_at: string, };

export type Obstacle = { 
/**
 * Kind.
 */
kind: ObstacleKind, 
/**
 * Explanation.
 */
description: string | null, };

export type ObstacleDraft = { 
/**
 * Kind machine name.
 */
kind: string | null, 
/**
 * Description.
 */
description: string | null, };

export type ObstacleKind = "transport" | "childcare" | "language" | "debts" | "care_tasks" | "housing" | "other";

export type OccupationHit = { 
/**
 * The ESCO occupation's id.
 */
id: string, 
/**
 * Its Dutch label.
 */
label: string, 
/**
 * Its ISCO-08 unit group (4 digits).
 */
isco_group: string, 
/**
 * A synonym containing what was typed, when the label does not.
 */
matched_synonym: string | null, };

export type OccupationRef = { 
/**
 * The ESCO occupation's UUID.
 */
id: string, 
/**
 * Its label as picked ("heftruckchauffeur").
 */
label: string, 
/**
 * Its ISCO-08 unit group: 4 digits ("8344").
 */
isco_group: string, };

export type OccupationSearchInput = { text: string, };

export type OpenedAttachment = { 
/**
 * The facts.
 */
info: AttachmentInfo, 
/**
 * The file, base64.
 */
content: string, };

export type OrganisationSaveInput = { id: JobcoachOrganisationId | null, form: JobcoachOrganisationInput, };

export type PageMarks = { time_origin: number, 
/**
 * The first module began to run (its JS and CSS loaded and parsed).
 */
script: number, 
/**
 * `app_status` answered.
 */
status: number, 
/**
 * The first screen painted.
 */
painted: number, };

export type PaymentApproval = { 
/**
 * Who approved (never the software).
 */
approved_by: StaffMember, 
/**
 * The day.
 */
approved_on: string, };

export type PersonName = { 
/**
 * Initials as written in the BRP ("J.P."), if known.
 */
initials: string | null, 
/**
 * Given names ("Johannes Pieter").
 */
given_names: string, 
/**
 * Tussenvoegsel ("van der"), if any.
 */
tussenvoegsel: string | null, 
/**
 * Family name without tussenvoegsel ("Berg").
 */
family_name: string, 
/**
 * The name the resident goes by ("Jan"), if different.
 */
preferred_name: string | null, };

export type PersonNameDraft = { 
/**
 * Initials.
 */
initials: string | null, 
/**
 * Given names (required).
 */
given_names: string | null, 
/**
 * Tussenvoegsel.
 */
tussenvoegsel: string | null, 
/**
 * Family name (required).
 */
family_name: string | null, 
/**
 * Preferred name.
 */
preferred_name: string | null, };

export type PhoneNumber = string;

export type Placement = { 
/**
 * The placement's id.
 */
id: PlacementId, 
/**
 * Who is placed.
 */
resident_id: ResidentId, 
/**
 * Where.
 */
workplace_id: WorkplaceId, 
/**
 * The workplace's employer (copied, so lists read without the workplace).
 */
employer_id: EmployerId, 
/**
 * First day of work.
 */
start: string, 
/**
 * Hours a week (1 to 60).
 */
hours_per_week: number, 
/**
 * Kind of contract.
 */
contract: ContractKind, 
/**
 * True when a jobcoach guides the resident at work.
 */
job_coaching: boolean, 
/**
 * Weeks between follow-up contacts (1 to 26).
 */
follow_up_weeks: number, 
/**
 * The coach's decision.
 */
decision: PlacementDecision, 
/**
 * The earlier placement this one replaces (herplaatsing), if any.
 */
replaces: PlacementId | null, 
/**
 * How it ended; none while it runs.
 */
end: PlacementEnd | null, };

export type PlacementContact = { 
/**
 * The contact's id.
 */
id: PlacementContactId, 
/**
 * The resident placed.
 */
resident_id: ResidentId, 
/**
 * The placement it is about.
 */
placement_id: PlacementId, 
/**
 * Day of the contact.
 */
on: string, 
/**
 * With whom.
 */
with: ContactParty, 
/**
 * The coach who had the contact.
 */
by: StaffMember, 
/**
 * What was discussed.
 */
notes: string, };

export type PlacementContactId = string;

export type PlacementContactInput = { resident_id: ResidentId, placement_id: PlacementId, 
/**
 * dd-mm-jjjj.
 */
on: string, with: string, notes: string, };

export type PlacementCreateInput = { resident_id: ResidentId, draft: PlacementDraft, };

export type PlacementDecision = { 
/**
 * The coach who decided (never the software).
 */
decided_by: StaffMember, 
/**
 * Day of the decision.
 */
decided_on: string, 
/**
 * Why this workplace, in the coach's words.
 */
reasoning: string, };

export type PlacementDraft = { 
/**
 * The workplace (required).
 */
workplace_id: WorkplaceId | null, 
/**
 * Its employer (required).
 */
employer_id: EmployerId | null, 
/**
 * First day of work (required).
 */
start: string | null, 
/**
 * Hours a week (required, 1 to 60).
 */
hours_per_week: string | null, 
/**
 * Contract kind machine name (required).
 */
contract: string | null, 
/**
 * A jobcoach guides the resident at work.
 */
job_coaching: boolean, 
/**
 * Weeks between follow-up contacts (required, 1 to 26).
 */
follow_up_weeks: string | null, 
/**
 * Day of the decision; blank means today.
 */
decided_on: string | null, 
/**
 * Why this workplace (required).
 */
reasoning: string | null, 
/**
 * The placement this one replaces.
 */
replaces: PlacementId | null, };

export type PlacementEnd = { 
/**
 * Last day (not before the start).
 */
on: string, 
/**
 * Why.
 */
reason: PlacementEndReason, 
/**
 * Explanation; required for [`PlacementEndReason::Other`].
 */
explanation: string | null, 
/**
 * True when the coach advises looking for a new placement (herplaatsing).
 */
replacement_advised: boolean, };

export type PlacementEndInput = { resident_id: ResidentId, placement_id: PlacementId, 
/**
 * dd-mm-jjjj.
 */
on: string, reason: string, explanation: string | null, replacement_advised: boolean, };

export type PlacementEndReason = "contract_ended" | "resident_quit" | "dismissed" | "not_suitable" | "health" | "doorstroom_regulier" | "other";

export type PlacementId = string;

export type PlacementView = { 
/**
 * The placement.
 */
placement: Placement, 
/**
 * The workplace's title, when the workplace is on this laptop.
 */
workplace_title: string | null, 
/**
 * The employer's name, when known.
 */
employer_name: string | null, 
/**
 * Follow-up contacts, newest first.
 */
contacts: Array<PlacementContact>, 
/**
 * When the next follow-up contact is due (may be overdue); none once ended.
 */
next_follow_up: string | null, };

export type Postcode = string;

export type PrintFile = { 
/**
 * Full path in the print folder.
 */
path: string, 
/**
 * Its file name (the suggested name when saving).
 */
file_name: string, 
/**
 * The statement's reference, when it has one.
 */
reference: string | null, 
/**
 * The JSON file of an inzage export.
 */
json_path: string | null, };

export type PrintFileInput = { path: string, };

export type ProgressReport = { 
/**
 * The day it came in.
 */
received_on: string, 
/**
 * What it says, in short.
 */
summary: string, };

export type ProgressReportInput = { 
/**
 * The day it came in (required).
 */
received_on: string | null, 
/**
 * What it says (required).
 */
summary: string | null, };

export type ProgressView = { 
/**
 * Records stored so far.
 */
done: number, 
/**
 * Records the server has for this laptop, when it said.
 */
total: number | null, };

export type Purpose = "guidance" | "loonwaarde" | "employer_subsidy" | "jobcoach_subsidy" | "matching" | "life_domain_support" | "work_preparation" | "uwv_request" | "job_retention" | "medical_examination" | "verzuim" | "verklaring_56_plus" | "management_reports" | "research" | "satisfaction_survey";

export type QualificationCheck = { 
/**
 * The qualification as the workplace names it.
 */
label: string, 
/**
 * True when a passed training of the resident gives it.
 */
held: boolean, };

export type Ranked<T> = { 
/**
 * Best first; excluded ones last, with their reasons.
 */
matches: Array<T>, 
/**
 * What the ranking could use.
 */
basis: MatchBasis, };

export type Reason = { 
/**
 * The Fluent message id.
 */
id: string, 
/**
 * Its arguments, already formatted the Dutch way (dates dd-mm-jjjj, EUR 1.234,56).
 */
args: Record<string, string>, };

export type Recipient = "possible_employer" | "social_service_provider" | "debt_counsellor" | "uwv" | "svb" | "guidance_provider" | "werkgeversservicepunt" | "research_agency" | "jobcoach_organisation" | "verzuim_controller" | "connectie";

export type RecoverInput = { code: string, passphrase: string, };

export type RecoveryStatus = { 
/**
 * The recovery copy to hand to the helpdesk, when this laptop has one.
 */
recovery_copy: string | null, 
/**
 * Changes not yet accepted by the server: what a reset would lose.
 */
unsent: number | null, 
/**
 * When they were counted (RFC 3339).
 */
unsent_counted_at: string | null, };

export type ReferenceRelease = { 
/**
 * [`ReferenceRelease::id_for`] the dataset: one record per dataset.
 */
id: string, 
/**
 * Which dataset.
 */
dataset: Dataset, 
/**
 * The release as the administrator names it ("ESCO v1.2", "GeoNames 2026-11").
 */
version: string, 
/**
 * When it was imported.
 */
imported_at: string, 
/**
 * How many records the release holds.
 */
records: number, 
/**
 * SHA-256 of the imported file, lowercase hex.
 */
sha256: string, };

export type Referral = { 
/**
 * The referral's id.
 */
id: ReferralId, 
/**
 * Whose.
 */
resident_id: ResidentId, 
/**
 * The life domain.
 */
domain: LifeDomain, 
/**
 * The organisation referred to.
 */
organisation: string, 
/**
 * Why the resident is referred.
 */
reason: string, 
/**
 * The data shared.
 */
shared: Array<DataCategory>, 
/**
 * Why exactly these data are shared.
 */
shared_why: string, 
/**
 * The resident's consent: always needed before sending.
 */
consent: Consent | null, 
/**
 * The life cycle: answered with the first accepted or declined.
 */
life: RequestLife, 
/**
 * Reports from the other party, in order.
 */
updates: Array<ReferralUpdate>, };

export type ReferralId = string;

export type ReferralInput = { 
/**
 * The life domain (required).
 */
domain: string | null, 
/**
 * The organisation (required).
 */
organisation: string | null, 
/**
 * Why (required).
 */
reason: string | null, 
/**
 * The data categories shared, by machine name (at least one).
 */
shared: Array<string>, 
/**
 * Why these data (required).
 */
shared_why: string | null, 
/**
 * The resident's consent.
 */
consent: ConsentInput, };

export type ReferralProgress = "accepted" | "declined" | "started" | "ended";

export type ReferralSaveInput = { resident_id: ResidentId, id: ReferralId | null, form: ReferralInput, };

export type ReferralUpdate = { 
/**
 * The day.
 */
on: string, 
/**
 * What happened.
 */
progress: ReferralProgress, 
/**
 * What they said.
 */
feedback: string | null, };

export type ReferralUpdateInput = { 
/**
 * `accepted`, `declined`, `started`, `ended` (required).
 */
progress: string | null, 
/**
 * The day (blank: today).
 */
on: string | null, 
/**
 * What they said.
 */
feedback: string | null, };

export type ReferralUpdateSaveInput = { resident_id: ResidentId, id: ReferralId, form: ReferralUpdateInput, };

export type ReferralView = { 
/**
 * The referral.
 */
referral: Referral, 
/**
 * Its attachments.
 */
attachments: Array<AttachmentInfo>, 
/**
 * The steps allowed now.
 */
next_steps: Array<RequestStep>, };

export type Report = { 
/**
 * The report's id.
 */
id: ReportId, 
/**
 * Whom it is about.
 */
resident_id: ResidentId, 
/**
 * The traject it belongs to, if any.
 */
traject_id: TrajectId | null, 
/**
 * When it was written (UTC; shown in Europe/Amsterdam time).
 */
written_at: string, 
/**
 * Who wrote it.
 */
author: StaffMember, 
/**
 * What kind of contact it reports.
 */
kind: ReportKind, 
/**
 * The report itself.
 */
text: string, };

export type ReportAddInput = { resident_id: ResidentId, 
/**
 * conversation, phone, workplace_visit, home_visit, other.
 */
kind: string | null, 
/**
 * The text.
 */
text: string | null, };

export type ReportId = string;

export type ReportInput = { team: string | null, 
/**
 * First month, `yyyy-mm`.
 */
from: string, 
/**
 * Last month, `yyyy-mm`.
 */
to: string, };

export type ReportKind = "conversation" | "phone" | "workplace_visit" | "home_visit" | "other";

export type ReportTeams = { 
/**
 * The teams to choose from (a team lead: hers only).
 */
teams: Array<TeamInfo>, 
/**
 * True when the user may see every team at once (policy staff).
 */
all_allowed: boolean, };

export type RequestLife = { 
/**
 * Where it stands.
 */
status: RequestStatus, 
/**
 * Drafted: when and by whom.
 */
drafted: StepTaken, 
/**
 * Sent.
 */
sent: StepTaken | null, 
/**
 * The day the answer came in (the answer itself is the request's own).
 */
answered_on: string | null, 
/**
 * Closed, with what follows, decided by a named person.
 */
closed: StepTaken | null, 
/**
 * Withdrawn, with why.
 */
withdrawn: StepTaken | null, };

export type RequestStatus = "drafted" | "sent" | "answered" | "closed" | "withdrawn";

export type RequestStep = "send" | "answer" | "close" | "withdraw";

export type RequestStepInput = { resident_id: ResidentId, 
/**
 * `uwv_request`, `medical_examination` or `referral`.
 */
kind: EntityKind, id: string, 
/**
 * `send`, `close` or `withdraw` (an answer has its own command).
 */
step: RequestStep, note: string | null, };

export type RequestsFile = { 
/**
 * Whose.
 */
resident_id: ResidentId, 
/**
 * Requests to UWV, newest first.
 */
uwv: Array<UwvView>, 
/**
 * Referrals, newest first.
 */
referrals: Array<ReferralView>, 
/**
 * The first day a new request for an advice beschut werk goes without an account of
 * what changed (12 months after the latest refusal), when that lies after `today`.
 */
beschut_repeat_from: string | null, };

export type ResetInput = { 
/**
 * The number of unsent changes the coach saw and accepts to lose.
 */
lose_unsent: number, };

export type Resident = { 
/**
 * The resident's id.
 */
id: ResidentId, 
/**
 * Name.
 */
name: PersonName, 
/**
 * Date of birth.
 */
birth_date: string, 
/**
 * Gender.
 */
gender: Gender, 
/**
 * Burgerservicenummer.
 */
bsn: Bsn, 
/**
 * Address, postcode and woonplaats.
 */
address: Address, 
/**
 * Phone number.
 */
phone: PhoneNumber | null, 
/**
 * E-mail address.
 */
email: Email | null, 
/**
 * The identity document that was checked.
 */
id_document: IdDocument | null, 
/**
 * Marital status.
 */
marital_status: MaritalStatus | null, 
/**
 * Nationality.
 */
nationality: string | null, 
/**
 * Residence permit.
 */
verblijfstitel: Verblijfstitel | null, 
/**
 * Housing and rent data.
 */
housing: Housing | null, 
/**
 * Language proficiency.
 */
languages: Array<LanguageSkill>, 
/**
 * Education and trainings.
 */
education: Array<Education>, 
/**
 * Work experience.
 */
work_experience: Array<WorkExperience>, 
/**
 * Availability for work.
 */
availability: Availability, 
/**
 * Obstacles (belemmeringen), health excluded.
 */
obstacles: Array<Obstacle>, 
/**
 * Motivation, in the resident's or coach's words.
 */
motivation: string | null, 
/**
 * Career wishes (beroepswensen).
 */
career_wishes: Array<string>, 
/**
 * When the privacy statement was explained to the resident (at intake).
 */
privacy_statement_explained_on: string | null, };

export type ResidentAccount = { 
/**
 * The day the resident was asked.
 */
asked_on: string, 
/**
 * The last day to answer: [`ACCOUNT_WORKING_DAYS`] working days later.
 */
answer_by: string, 
/**
 * The day the account was given.
 */
given_on: string | null, 
/**
 * The account in the resident's words.
 */
text: string | null, };

export type ResidentDraft = { 
/**
 * Name parts.
 */
name: PersonNameDraft, 
/**
 * Date of birth.
 */
birth_date: string | null, 
/**
 * Gender machine name; empty means unknown.
 */
gender: string | null, 
/**
 * BSN as typed.
 */
bsn: string | null, 
/**
 * Address.
 */
address: AddressDraft, 
/**
 * Phone number as typed.
 */
phone: string | null, 
/**
 * E-mail address.
 */
email: string | null, 
/**
 * ID document; all empty means none recorded.
 */
id_document: IdDocumentDraft, 
/**
 * Marital status machine name.
 */
marital_status: string | null, 
/**
 * Nationality.
 */
nationality: string | null, 
/**
 * Residence permit; all empty means none recorded.
 */
verblijfstitel: VerblijfstitelDraft, 
/**
 * Housing; all empty means none recorded.
 */
housing: HousingDraft, 
/**
 * Languages.
 */
languages: Array<LanguageSkillDraft>, 
/**
 * Educations.
 */
education: Array<EducationDraft>, 
/**
 * Work experience.
 */
work_experience: Array<WorkExperienceDraft>, 
/**
 * Availability.
 */
availability: AvailabilityDraft, 
/**
 * Obstacles.
 */
obstacles: Array<ObstacleDraft>, 
/**
 * Motivation.
 */
motivation: string | null, 
/**
 * Career wishes, one per entry.
 */
career_wishes: Array<string>, 
/**
 * Day the privacy statement was explained.
 */
privacy_statement_explained_on: string | null, };

export type ResidentFileInput = { resident_id: ResidentId, purpose: Purpose, };

export type ResidentFileView = { 
/**
 * Personal data.
 */
resident: Resident, 
/**
 * The same, as the edit form's draft.
 */
draft: ResidentDraft, 
/**
 * Trajecten, oldest first.
 */
trajecten: Array<TrajectView>, 
/**
 * Reports, newest first.
 */
reports: Array<Report>, 
/**
 * Agreements.
 */
agreements: Array<Agreement>, 
/**
 * Goals.
 */
goals: Array<Goal>, 
/**
 * Appointments, earliest first.
 */
appointments: Array<Appointment>, 
/**
 * Assessments, warnings and measures.
 */
assessments: Array<Assessment>, 
/**
 * The resident's requests about their data, newest first.
 */
rights_requests: Array<RightsRequest>, 
/**
 * How many health records exist (their content is not in the file).
 */
health_record_count: number, };

export type ResidentId = string;

export type ResidentIdInput = { resident_id: ResidentId, };

export type ResidentMatch = { 
/**
 * The resident.
 */
resident_id: ResidentId, 
/**
 * "Jan van der Berg".
 */
display_name: string, 
/**
 * Score, exclusions and reasons.
 */
match: ExplainedMatch, 
/**
 * The qualifications the workplace asks for, and which this resident holds.
 */
qualifications: Array<QualificationCheck>, };

export type ResidentSummary = { 
/**
 * Resident id.
 */
id: ResidentId, 
/**
 * "Jan van der Berg".
 */
display_name: string, 
/**
 * Date of birth.
 */
birth_date: string | null, 
/**
 * Postcode, "1234AB".
 */
postcode: string | null, 
/**
 * Woonplaats.
 */
woonplaats: string | null, 
/**
 * State of the latest traject ("actief", "ended", …), if any.
 */
traject_state: TrajectState | null, 
/**
 * Start of the next planned appointment (local time), if any.
 */
next_appointment: string | null, 
/**
 * When the latest signed loonwaarde must be assessed again, if there is one.
 */
reassess_on: string | null, 
/**
 * The earliest day an answer is awaited: UWV's answer to a sent request, or the
 * resident's account in an open verzuim case.
 */
answer_due_on: string | null, };

export type ResidentUpdateInput = { resident_id: ResidentId, draft: ResidentDraft, };

export type RightsDecision = { 
/**
 * The outcome.
 */
outcome: RightsOutcome, 
/**
 * The day it was decided.
 */
decided_on: string, 
/**
 * Who decided.
 */
decided_by: StaffMember, 
/**
 * Why, in the staff member's words (the resident receives it).
 */
reasoning: string, };

export type RightsKind = "rectification" | "erasure" | "restriction" | "objection";

export type RightsOutcome = "granted" | "partly_granted" | "refused";

export type RightsRequest = { 
/**
 * The request's id.
 */
id: RightsRequestId, 
/**
 * Whose request.
 */
resident_id: ResidentId, 
/**
 * What is asked.
 */
kind: RightsKind, 
/**
 * The day it came in.
 */
received_on: string, 
/**
 * The day it must be answered: one month after it came in.
 */
due_on: string, 
/**
 * What the resident asks, in short.
 */
summary: string, 
/**
 * The answer, once decided.
 */
decision: RightsDecision | null, };

export type RightsRequestAddInput = { resident_id: ResidentId, 
/**
 * rectification, erasure, restriction, objection.
 */
kind: string | null, 
/**
 * The day it came in (dd-mm-jjjj).
 */
received_on: string | null, 
/**
 * What the resident asks.
 */
summary: string | null, };

export type RightsRequestDecideInput = { resident_id: ResidentId, request_id: RightsRequestId, 
/**
 * granted, partly_granted, refused.
 */
outcome: string | null, 
/**
 * The day it was decided (dd-mm-jjjj).
 */
decided_on: string | null, 
/**
 * Why.
 */
reasoning: string | null, };

export type RightsRequestId = string;

export type Rule56 = "version" | "age_from_56" | "below_aow" | "municipal_benefit" | "new_employer" | "regular_job" | "request_in_time";

export type SettingsInput = { locale: Locale, auto_lock_minutes: number, };

export type SettledSearchInput = { 
/**
 * Only residents whose latest traject is in this state.
 */
state: TrajectState | null, text: string, };

export type SignOff = { 
/**
 * The assessor who signed (the assessment's assessor, by name).
 */
signed_by: string, 
/**
 * The day of signing.
 */
signed_on: string, 
/**
 * The staff member who recorded the signature.
 */
recorded_by: StaffMember, 
/**
 * The loonwaarde as signed.
 */
loonwaarde_percent: number, 
/**
 * The day a re-assessment is due.
 */
reassess_on: string, };

export type SignOffInput = { 
/**
 * The assessor's name as signed.
 */
signed_by: string | null, 
/**
 * The day of signing (dd-mm-jjjj).
 */
signed_on: string | null, };

export type StaffId = string;

export type StaffMember = { 
/**
 * The staff member's id.
 */
id: StaffId, 
/**
 * Full name as shown on records; never empty.
 */
name: string, };

export type StateChange = { 
/**
 * State before.
 */
from: TrajectState, 
/**
 * State after.
 */
to: TrajectState, 
/**
 * Day of the change.
 */
on: string, 
/**
 * Who made the change.
 */
by: StaffMember, 
/**
 * Optional explanation.
 */
reason: string | null, };

export type StatementId = string;

export type StatementIssueInput = { resident_id: ResidentId, kind: StatementKind, };

export type StatementKind = "verklaring_56_plus" | "intake_report" | "plan_van_aanpak" | "inzage" | "loonwaarde_report" | "lks_beschikking" | "uwv_request" | "verzuim_warning";

export type StatementReprintInput = { statement_id: StatementId, };

export type StatementsOverview = { 
/**
 * Decisions on a verklaring 56+, newest first.
 */
decisions: Array<Verklaring56Decision>, 
/**
 * Issued statements, newest first.
 */
statements: Array<IssuedStatement>, 
/**
 * The sharing register, newest first.
 */
disclosures: Array<Disclosure>, };

export type StepTaken = { 
/**
 * The day.
 */
on: string, 
/**
 * Who took it.
 */
by: StaffMember, 
/**
 * What follows (close) or why (withdraw); none for a send.
 */
note: string | null, };

export type SubsidyFile = { 
/**
 * Whose.
 */
resident_id: ResidentId, 
/**
 * Assessments, newest first.
 */
loonwaarden: Array<LoonwaardeView>, 
/**
 * LKS decisions, newest first.
 */
lks: Array<LksView>, 
/**
 * Job coaching, newest first.
 */
jobcoaching: Array<JobcoachView>, 
/**
 * Every jobcoach organisation (to choose from).
 */
organisations: Array<JobcoachOrganisation>, 
/**
 * When the latest signed loonwaarde must be assessed again.
 */
reassess_on: string | null, 
/**
 * True when that day has come.
 */
reassessment_due: boolean, };

export type SubsidyFileInput = { resident_id: ResidentId, purpose: Purpose, };

export type SupportKind = "jobcoach_on_site" | "adjusted_hours" | "quiet_workspace" | "adapted_equipment" | "buddy" | "accessible_building" | "extra_instruction";

export type SurveyChannel = "screen" | "paper";

export type SurveyInput = { 
/**
 * The resident said yes to "Doet u mee?" (on screen, or on the paper form).
 */
consent: boolean, 
/**
 * The month answered, `YYYY-MM`: nothing finer is kept.
 */
month: string, 
/**
 * Screen or paper.
 */
channel: SurveyChannel, 
/**
 * A score of 1 to 5 per answered question; a skipped question is absent.
 */
values: { [key in SurveyQuestion]?: number }, };

export type SurveyPending = { 
/**
 * Answers not yet delivered.
 */
pending: number, };

export type SurveyQuestion = "listens" | "next_step" | "fitting_help" | "promises_kept" | "recommend";

export type SyncLoginInput = { server_url: string, user_name: string, password: string, };

export type SyncStatus = { 
/**
 * Connected to a server.
 */
logged_in: boolean, 
/**
 * The server's address.
 */
server_url: string | null, 
/**
 * The coach's user name there.
 */
user_name: string | null, 
/**
 * The last round reached the server.
 */
online: boolean, 
/**
 * A round is running now.
 */
running: boolean, 
/**
 * Changes not yet accepted by the server.
 */
pending: number, 
/**
 * When the oldest of them was made.
 */
oldest_pending_at: string | null, 
/**
 * When the last good round ended.
 */
last_sync_at: string | null, 
/**
 * When the next round starts by itself.
 */
next_attempt_at: string | null, 
/**
 * Records received so far in the running round.
 */
progress: ProgressView | null, 
/**
 * Open conflicts.
 */
conflicts: number, 
/**
 * Changes the server refused: a person looks at them.
 */
rejected: number, 
/**
 * How often the self-check repaired a difference.
 */
repairs: number, 
/**
 * When it last did.
 */
last_repair_at: string | null, 
/**
 * Why the last round failed.
 */
last_error: ErrorPayload | null, 
/**
 * Since when rounds have been failing (the first failure of the current run).
 */
failing_since: string | null, 
/**
 * The failure needs a person (log in again, update the app): `last_error` says what.
 */
needs_person: boolean, };

export type Table = { 
/**
 * The table's Fluent message id (`report-table-…`).
 */
id: string, 
/**
 * Column keys: a month `yyyy-mm`, or a Fluent message id (`report-column-…`).
 */
columns: Array<string>, 
/**
 * The rows.
 */
rows: Array<TableRow>, 
/**
 * How to draw it, if drawing helps.
 */
chart: Chart | null, };

export type TableRow = { 
/**
 * The row's Fluent message id (a coach's row: `report-row-coach`, see `label`).
 */
id: string, 
/**
 * A label that is not a message: the coach's name in caseload per coach.
 */
label: string | null, 
/**
 * One cell per column.
 */
cells: Array<Cell>, };

export type TariffPart = { 
/**
 * First day.
 */
from: string, 
/**
 * Last day.
 */
until: string, 
/**
 * Hours in this part, in minutes.
 */
minutes: number, 
/**
 * The tariff per hour, in cents.
 */
per_hour_cents: number, 
/**
 * The amount, in cents.
 */
amount_cents: number, 
/**
 * The tariff's source.
 */
source: string, };

export type TaskLine = { 
/**
 * The task's name.
 */
name: string, 
/**
 * Share of the time, in percent.
 */
share_percent: number, 
/**
 * Performance in hundredths of a percent (8550 = 85,5 %), after the 100 % cap.
 */
performance_hundredths: number, 
/**
 * Share × performance in hundredths of a percent (rounded for reading).
 */
contribution_hundredths: number, 
/**
 * True when the performance was above 100 % and counts as 100 %.
 */
capped: boolean, };

export type TeamInfo = { 
/**
 * The team.
 */
id: string, 
/**
 * Its name.
 */
name: string, };

export type Training = { 
/**
 * The id.
 */
id: TrainingId, 
/**
 * Whose.
 */
resident_id: ResidentId, 
/**
 * The provider (a recipient: guidance provider).
 */
provider: string, 
/**
 * The training's name.
 */
name: string, 
/**
 * The certificate it leads to ("VCA Basis", "Heftruckcertificaat").
 */
qualification: string | null, 
/**
 * First day.
 */
starts_on: string, 
/**
 * Last day (planned or actual).
 */
ends_on: string | null, 
/**
 * Hours planned.
 */
hours_planned: number | null, 
/**
 * Hours attended.
 */
hours_attended: number | null, 
/**
 * The result.
 */
result: TrainingResult, 
/**
 * The day of the result.
 */
result_on: string | null, 
/**
 * Costs in cents.
 */
costs_cents: number | null, };

export type TrainingId = string;

export type TrainingInput = { 
/**
 * The provider.
 */
provider: string | null, 
/**
 * The name.
 */
name: string | null, 
/**
 * The certificate.
 */
qualification: string | null, 
/**
 * First day.
 */
starts_on: string | null, 
/**
 * Last day.
 */
ends_on: string | null, 
/**
 * Hours planned.
 */
hours_planned: string | null, 
/**
 * Hours attended.
 */
hours_attended: string | null, 
/**
 * `ongoing`, `passed`, `failed`, `stopped` (blank: ongoing).
 */
result: string | null, 
/**
 * Day of the result.
 */
result_on: string | null, 
/**
 * Costs, "1.234,56".
 */
costs: string | null, };

export type TrainingResult = "ongoing" | "passed" | "failed" | "stopped";

export type TrainingSaveInput = { resident_id: ResidentId, id: TrainingId | null, form: TrainingInput, };

export type TrajectEnd = { 
/**
 * How it ended.
 */
reason: EndReason, 
/**
 * The day it ended; the retention period counts from here.
 */
ended_on: string, 
/**
 * Who decided (never the software alone, AVG art. 22).
 */
decided_by: StaffMember, 
/**
 * Why, in the staff member's words.
 */
reasoning: string, };

export type TrajectEndInput = { resident_id: ResidentId, traject_id: TrajectId, 
/**
 * beeindigd, geweigerd or afgebroken.
 */
reason: string | null, 
/**
 * The end date.
 */
ended_on: string | null, 
/**
 * The coach's reasoning.
 */
reasoning: string | null, };

export type TrajectId = string;

export type TrajectState = "aangemeld" | "intake" | "actief" | "geplaatst" | "nazorg" | "ended";

export type TrajectTransitionInput = { resident_id: ResidentId, traject_id: TrajectId, to: TrajectState, reason: string | null, };

export type TrajectView = { 
/**
 * First day its data may be destroyed.
 */
destroy_after: string | null, 
/**
 * The traject's id.
 */
id: TrajectId, 
/**
 * Whom it is for.
 */
resident_id: ResidentId, 
/**
 * The responsible jobcoach.
 */
coach: StaffMember, 
/**
 * Current state.
 */
state: TrajectState, 
/**
 * The purposes this traject serves; always includes [`Purpose::Guidance`].
 */
purposes: Array<Purpose>, 
/**
 * Day the traject started (the referral).
 */
started_on: string, 
/**
 * Set once the traject has ended.
 */
end: TrajectEnd | null, 
/**
 * Every state change, oldest first.
 */
history: Array<StateChange>, };

export type TravelOverride = { 
/**
 * The workplace.
 */
workplace_id: WorkplaceId, 
/**
 * One-way travel time in minutes (1 to 300).
 */
minutes: number, };

export type TrialPlacement = { 
/**
 * First day.
 */
from: string, 
/**
 * Last day.
 */
until: string, };

export type UnlockInput = { passphrase: string, };

export type UwvAnswer = { 
/**
 * Positive or negative.
 */
outcome: UwvOutcome, 
/**
 * The day it came in.
 */
received_on: string, 
/**
 * UWV's reference.
 */
reference: string | null, 
/**
 * What UWV said, in short.
 */
summary: string, };

export type UwvAnswerInput = { 
/**
 * `positive` or `negative` (required).
 */
outcome: string | null, 
/**
 * The day it came in (blank: today).
 */
received_on: string | null, 
/**
 * UWV's reference.
 */
reference: string | null, 
/**
 * What UWV said (required).
 */
summary: string | null, };

export type UwvAnswerSaveInput = { resident_id: ResidentId, id: UwvRequestId, form: UwvAnswerInput, };

export type UwvOutcome = "positive" | "negative";

export type UwvRequest = { 
/**
 * The request's id.
 */
id: UwvRequestId, 
/**
 * Whose.
 */
resident_id: ResidentId, 
/**
 * What is asked.
 */
kind: UwvRequestKind, 
/**
 * For a banenafspraak: UWV or the praktijkroute.
 */
route: BanenafspraakRoute | null, 
/**
 * The signed loonwaarde the praktijkroute rests on.
 */
loonwaarde_id: LoonwaardeId | null, 
/**
 * The four criteria (beschut werk, Wajong, and banenafspraak through UWV).
 */
criteria: ArbeidsvermogenCriteria | null, 
/**
 * Why the coach asks.
 */
motivation: string, 
/**
 * The resident's consent, needed when a health report goes along.
 */
consent: Consent | null, 
/**
 * Why a new request within 12 months of a refusal: what changed.
 */
circumstances_changed: string | null, 
/**
 * The life cycle.
 */
life: RequestLife, 
/**
 * The day UWV's answer is due (set when sent).
 */
due_on: string | null, 
/**
 * UWV's answer.
 */
answer: UwvAnswer | null, };

export type UwvRequestId = string;

export type UwvRequestInput = { 
/**
 * `beschut_werk`, `banenafspraak`, `wajong` (required).
 */
kind: string | null, 
/**
 * `uwv` or `praktijkroute`, for a banenafspraak.
 */
route: string | null, 
/**
 * The signed loonwaarde, for the praktijkroute.
 */
loonwaarde_id: LoonwaardeId | null, 
/**
 * Can do a task in an organisation.
 */
task_in_organisation: CriterionInput, 
/**
 * Basic employee skills.
 */
basic_skills: CriterionInput, 
/**
 * One hour at a stretch.
 */
one_hour_at_a_stretch: CriterionInput, 
/**
 * Four hours a day.
 */
four_hours_a_day: CriterionInput, 
/**
 * Why (required).
 */
motivation: string | null, 
/**
 * The resident's consent.
 */
consent: ConsentInput, 
/**
 * What changed since a refusal less than 12 months ago.
 */
circumstances_changed: string | null, };

export type UwvRequestKind = "beschut_werk" | "banenafspraak" | "wajong";

export type UwvRequestPrintInput = { resident_id: ResidentId, request_id: UwvRequestId, };

export type UwvRequestSnapshot = { 
/**
 * The request as printed.
 */
request: UwvRequest, 
/**
 * Its attachments, without the files.
 */
attachments: Array<AttachmentInfo>, 
/**
 * The resident's full name.
 */
resident_name: string, 
/**
 * The resident's BSN.
 */
bsn: Bsn, 
/**
 * The resident's date of birth.
 */
birth_date: string, };

export type UwvSaveInput = { resident_id: ResidentId, id: UwvRequestId | null, form: UwvRequestInput, };

export type UwvView = { 
/**
 * The request.
 */
request: UwvRequest, 
/**
 * Its attachments (without the files).
 */
attachments: Array<AttachmentInfo>, 
/**
 * The steps allowed now.
 */
next_steps: Array<RequestStep>, 
/**
 * Waiting for UWV past the due day.
 */
overdue: boolean, };

export type Verblijfstitel = { 
/**
 * Kind as written on the permit (e.g. "regulier bepaalde tijd").
 */
kind: string, 
/**
 * Expiry date, if any.
 */
expires_on: string | null, };

export type VerblijfstitelDraft = { 
/**
 * Kind of permit.
 */
kind: string | null, 
/**
 * Expiry date.
 */
expires_on: string | null, };

export type Verklaring56AdviceInput = { resident_id: ResidentId, facts: EmploymentFactsDraft, };

export type Verklaring56DecideInput = { resident_id: ResidentId, facts: EmploymentFactsDraft, outcome: DecisionOutcome | null, reasoning: string, };

export type Verklaring56Decision = { 
/**
 * The decision's id.
 */
id: Verklaring56DecisionId, 
/**
 * Whom it is about.
 */
resident_id: ResidentId, 
/**
 * The employment.
 */
facts: EmploymentFacts, 
/**
 * What the software advised when the coach decided.
 */
advice: Advice, 
/**
 * Granted or refused.
 */
outcome: DecisionOutcome, 
/**
 * Who decided (never the software).
 */
decided_by: StaffMember, 
/**
 * Decision date.
 */
decided_on: string, 
/**
 * Why, in the coach's words (also when following the advice).
 */
reasoning: string, };

export type Verklaring56DecisionId = string;

export type Verklaring56IssueInput = { decision_id: Verklaring56DecisionId, to_employer: boolean, to_uwv: boolean, };

export type Verklaring56Snapshot = { 
/**
 * The decision it rests on.
 */
decision_id: Verklaring56DecisionId, 
/**
 * The resident's full name.
 */
resident_name: string, 
/**
 * The resident's BSN.
 */
bsn: Bsn, 
/**
 * The resident's date of birth.
 */
birth_date: string, 
/**
 * The employer.
 */
employer: Employer, 
/**
 * First day of the employment.
 */
start_date: string, 
/**
 * The municipal benefit.
 */
benefit: BenefitKind, 
/**
 * The month of that benefit (its first day).
 */
benefit_month: string, 
/**
 * Decision date.
 */
decided_on: string, 
/**
 * The rule version applied.
 */
version_id: string, 
/**
 * Who signs for the municipality.
 */
signatory_name: string, 
/**
 * The signatory's role.
 */
signatory_role: string, 
/**
 * The municipality that declares.
 */
municipality: string, };

export type VerzuimAccountInput = { resident_id: ResidentId, id: VerzuimId, form: AccountInput, };

export type VerzuimCase = { 
/**
 * The case's id.
 */
id: VerzuimId, 
/**
 * Whose.
 */
resident_id: ResidentId, 
/**
 * The absence.
 */
absence: Absence, 
/**
 * The controller's check.
 */
control: Control | null, 
/**
 * The resident's account.
 */
account: ResidentAccount | null, 
/**
 * The decision.
 */
decision: VerzuimDecision | null, };

export type VerzuimControlInput = { resident_id: ResidentId, id: VerzuimId, form: ControlInput, };

export type VerzuimDecideInput = { resident_id: ResidentId, id: VerzuimId, form: VerzuimDecisionInput, };

export type VerzuimDecision = { 
/**
 * The day.
 */
on: string, 
/**
 * Who decided.
 */
by: StaffMember, 
/**
 * What.
 */
outcome: VerzuimOutcome, 
/**
 * Why, in words the resident can follow.
 */
reasoning: string, };

export type VerzuimDecisionInput = { 
/**
 * `no_action`, `warning`, `measure_proposal` (required).
 */
outcome: string | null, 
/**
 * Why (required).
 */
reasoning: string | null, };

export type VerzuimId = string;

export type VerzuimOutcome = "no_action" | "warning" | "measure_proposal";

export type VerzuimWarningInput = { resident_id: ResidentId, case_id: VerzuimId, };

export type VerzuimWarningSnapshot = { 
/**
 * The case as printed, decided with a warning.
 */
case: VerzuimCase, 
/**
 * The resident's full name.
 */
resident_name: string, 
/**
 * The resident's address (the letter's addressee).
 */
address: Address, 
/**
 * Where the resident was expected, in words: the employer of the placement, or the
 * subject (and place) of the missed appointment; none when it is not on this laptop.
 */
expected_at: string | null, 
/**
 * The coach the resident contacts to react or object.
 */
coach_name: string, };

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export type WorkExperience = { 
/**
 * Occupation ("orderpicker").
 */
occupation: string, 
/**
 * Employer.
 */
employer: string | null, 
/**
 * Start.
 */
from: string | null, 
/**
 * End; not before `from`.
 */
until: string | null, 
/**
 * What the work involved.
 */
description: string | null, };

export type WorkExperienceDraft = { 
/**
 * Occupation.
 */
occupation: string | null, 
/**
 * Employer.
 */
employer: string | null, 
/**
 * Start date.
 */
from: string | null, 
/**
 * End date.
 */
until: string | null, 
/**
 * Description.
 */
description: string | null, };

export type Workplace = { 
/**
 * The workplace's id.
 */
id: WorkplaceId, 
/**
 * The employer it belongs to.
 */
employer_id: EmployerId, 
/**
 * Title as the employer names it ("Medewerker magazijn").
 */
title: string, 
/**
 * Regular, beschut, adapted or learn-work place.
 */
kind: WorkplaceKind, 
/**
 * The occupation, if picked.
 */
occupation: OccupationRef | null, 
/**
 * What the work involves.
 */
tasks: string | null, 
/**
 * Hours a week (1 to 60).
 */
hours_per_week: number, 
/**
 * Working days; empty means not fixed. Serialized as "mon", "tue", ...
 */
days: Array<Weekday>, 
/**
 * Postcode of the place of work.
 */
postcode: Postcode, 
/**
 * Place (plaatsnaam).
 */
place: string, 
/**
 * How heavy the work is physically.
 */
physical_demand: DemandLevel, 
/**
 * How heavy the work is mentally.
 */
mental_demand: DemandLevel, 
/**
 * Support the workplace offers.
 */
support: Array<SupportKind>, 
/**
 * The minimum level of Dutch needed, if any.
 */
dutch_level: LanguageLevel | null, 
/**
 * First possible day of work, if set.
 */
start_date: string | null, 
/**
 * How many people can work here (at least 1).
 */
places: number, 
/**
 * True while the employer is looking for people.
 */
open: boolean, 
/**
 * Qualifications the workplace asks for ("VCA Basis", "Heftruckcertificaat");
 * matching shows which of them a resident holds from passed trainings.
 */
qualifications: Array<string>, };

export type WorkplaceDraft = { 
/**
 * The employer (required).
 */
employer_id: EmployerId | null, 
/**
 * Title (required).
 */
title: string | null, 
/**
 * Kind machine name (required).
 */
kind: string | null, 
/**
 * The occupation, picked from the reference data.
 */
occupation: OccupationRef | null, 
/**
 * Tasks.
 */
tasks: string | null, 
/**
 * Hours a week (required, 1 to 60).
 */
hours_per_week: string | null, 
/**
 * Days ("mon" ... "sun").
 */
days: Array<string>, 
/**
 * Postcode (required).
 */
postcode: string | null, 
/**
 * Place (required).
 */
place: string | null, 
/**
 * Physical demand machine name (required).
 */
physical_demand: string | null, 
/**
 * Mental demand machine name (required).
 */
mental_demand: string | null, 
/**
 * Support machine names.
 */
support: Array<string>, 
/**
 * Minimum Dutch level machine name.
 */
dutch_level: string | null, 
/**
 * First possible day of work.
 */
start_date: string | null, 
/**
 * Number of places; blank means 1.
 */
places: string | null, 
/**
 * Open for candidates.
 */
open: boolean, 
/**
 * Qualifications asked for, one per entry (blanks dropped).
 */
qualifications: Array<string>, };

export type WorkplaceId = string;

export type WorkplaceInput = { workplace_id: WorkplaceId, };

export type WorkplaceKind = "regulier" | "beschut" | "aangepast" | "leerwerkplek";

export type WorkplaceMatch = { 
/**
 * The workplace.
 */
workplace: Workplace, 
/**
 * Its employer's name.
 */
employer_name: string, 
/**
 * Score, exclusions and reasons.
 */
match: ExplainedMatch, 
/**
 * The qualifications the workplace asks for, and which the resident holds (advice
 * beside the score).
 */
qualifications: Array<QualificationCheck>, };

export type WorkplaceSaveInput = { workplace_id: WorkplaceId | null, draft: WorkplaceDraft, };

// ---- Choices: value and the Fluent id of its label ----

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

export const GENDERS: Choice<Gender>[] = [
  { value: 'male', label: msg('gender-male') },
  { value: 'female', label: msg('gender-female') },
  { value: 'other', label: msg('gender-other') },
  { value: 'unknown', label: msg('gender-unknown') },
];

export const ID_DOCUMENT_KINDS: Choice<IdDocumentKind>[] = [
  { value: 'passport', label: msg('id-document-kind-passport') },
  { value: 'identity_card', label: msg('id-document-kind-identity-card') },
  { value: 'driving_licence', label: msg('id-document-kind-driving-licence') },
  { value: 'residence_document', label: msg('id-document-kind-residence-document') },
];

export const MARITAL_STATUSES: Choice<MaritalStatus>[] = [
  { value: 'unmarried', label: msg('marital-status-unmarried') },
  { value: 'married', label: msg('marital-status-married') },
  { value: 'registered_partnership', label: msg('marital-status-registered-partnership') },
  { value: 'divorced', label: msg('marital-status-divorced') },
  { value: 'widowed', label: msg('marital-status-widowed') },
];

export const HOUSING_KINDS: Choice<HousingKind>[] = [
  { value: 'rent', label: msg('housing-kind-rent') },
  { value: 'owner', label: msg('housing-kind-owner') },
  { value: 'living_in', label: msg('housing-kind-living-in') },
  { value: 'shelter', label: msg('housing-kind-shelter') },
  { value: 'homeless', label: msg('housing-kind-homeless') },
  { value: 'other', label: msg('housing-kind-other') },
];

export const LANGUAGE_LEVELS: Choice<LanguageLevel>[] = [
  { value: 'native', label: msg('language-level-native') },
  { value: 'a1', label: msg('language-level-a1') },
  { value: 'a2', label: msg('language-level-a2') },
  { value: 'b1', label: msg('language-level-b1') },
  { value: 'b2', label: msg('language-level-b2') },
  { value: 'c1', label: msg('language-level-c1') },
  { value: 'c2', label: msg('language-level-c2') },
];

export const OBSTACLE_KINDS: Choice<ObstacleKind>[] = [
  { value: 'transport', label: msg('obstacle-kind-transport') },
  { value: 'childcare', label: msg('obstacle-kind-childcare') },
  { value: 'language', label: msg('obstacle-kind-language') },
  { value: 'debts', label: msg('obstacle-kind-debts') },
  { value: 'care_tasks', label: msg('obstacle-kind-care-tasks') },
  { value: 'housing', label: msg('obstacle-kind-housing') },
  { value: 'other', label: msg('obstacle-kind-other') },
];

export const TRAJECT_STATES: Choice<TrajectState>[] = [
  { value: 'aangemeld', label: msg('traject-state-aangemeld') },
  { value: 'intake', label: msg('traject-state-intake') },
  { value: 'actief', label: msg('traject-state-actief') },
  { value: 'geplaatst', label: msg('traject-state-geplaatst') },
  { value: 'nazorg', label: msg('traject-state-nazorg') },
  { value: 'ended', label: msg('traject-state-ended') },
];

export const END_REASONS: Choice<EndReason>[] = [
  { value: 'beeindigd', label: msg('end-reason-beeindigd') },
  { value: 'geweigerd', label: msg('end-reason-geweigerd') },
  { value: 'afgebroken', label: msg('end-reason-afgebroken') },
];

export const REPORT_KINDS: Choice<ReportKind>[] = [
  { value: 'conversation', label: msg('report-kind-conversation') },
  { value: 'phone', label: msg('report-kind-phone') },
  { value: 'workplace_visit', label: msg('report-kind-workplace-visit') },
  { value: 'home_visit', label: msg('report-kind-home-visit') },
  { value: 'other', label: msg('report-kind-other') },
];

export const AGREEMENT_STATUSES: Choice<AgreementStatus>[] = [
  { value: 'open', label: msg('agreement-status-open') },
  { value: 'kept', label: msg('agreement-status-kept') },
  { value: 'not_kept', label: msg('agreement-status-not-kept') },
  { value: 'cancelled', label: msg('agreement-status-cancelled') },
];

export const GOAL_STATUSES: Choice<GoalStatus>[] = [
  { value: 'open', label: msg('goal-status-open') },
  { value: 'achieved', label: msg('goal-status-achieved') },
  { value: 'not_achieved', label: msg('goal-status-not-achieved') },
  { value: 'dropped', label: msg('goal-status-dropped') },
];

export const APPOINTMENT_STATUSES: Choice<AppointmentStatus>[] = [
  { value: 'planned', label: msg('appointment-status-planned') },
  { value: 'held', label: msg('appointment-status-held') },
  { value: 'no_show', label: msg('appointment-status-no-show') },
  { value: 'cancelled', label: msg('appointment-status-cancelled') },
];

export const RIGHTS_KINDS: Choice<RightsKind>[] = [
  { value: 'rectification', label: msg('rights-kind-rectification') },
  { value: 'erasure', label: msg('rights-kind-erasure') },
  { value: 'restriction', label: msg('rights-kind-restriction') },
  { value: 'objection', label: msg('rights-kind-objection') },
];

export const RIGHTS_OUTCOMES: Choice<RightsOutcome>[] = [
  { value: 'granted', label: msg('rights-outcome-granted') },
  { value: 'partly_granted', label: msg('rights-outcome-partly-granted') },
  { value: 'refused', label: msg('rights-outcome-refused') },
];

export const EMERGENCY_REASONS: Choice<EmergencyReason>[] = [
  { value: 'stand_in', label: msg('emergency-reason-stand-in') },
  { value: 'urgent', label: msg('emergency-reason-urgent') },
  { value: 'hand_over', label: msg('emergency-reason-hand-over') },
];

export const PURPOSES: Choice<Purpose>[] = [
  { value: 'guidance', label: msg('purpose-guidance') },
  { value: 'loonwaarde', label: msg('purpose-loonwaarde') },
  { value: 'employer_subsidy', label: msg('purpose-employer-subsidy') },
  { value: 'jobcoach_subsidy', label: msg('purpose-jobcoach-subsidy') },
  { value: 'matching', label: msg('purpose-matching') },
  { value: 'life_domain_support', label: msg('purpose-life-domain-support') },
  { value: 'work_preparation', label: msg('purpose-work-preparation') },
  { value: 'uwv_request', label: msg('purpose-uwv-request') },
  { value: 'job_retention', label: msg('purpose-job-retention') },
  { value: 'medical_examination', label: msg('purpose-medical-examination') },
  { value: 'verzuim', label: msg('purpose-verzuim') },
  { value: 'verklaring_56_plus', label: msg('purpose-verklaring-56-plus') },
  { value: 'management_reports', label: msg('purpose-management-reports') },
  { value: 'research', label: msg('purpose-research') },
  { value: 'satisfaction_survey', label: msg('purpose-satisfaction-survey') },
];

export const DATA_CATEGORIES: Choice<DataCategory>[] = [
  { value: 'name', label: msg('category-name') },
  { value: 'address', label: msg('category-address') },
  { value: 'woonplaats', label: msg('category-woonplaats') },
  { value: 'gender', label: msg('category-gender') },
  { value: 'bsn', label: msg('category-bsn') },
  { value: 'phone', label: msg('category-phone') },
  { value: 'email', label: msg('category-email') },
  { value: 'id_document_number', label: msg('category-id-document-number') },
  { value: 'marital_status', label: msg('category-marital-status') },
  { value: 'nationality', label: msg('category-nationality') },
  { value: 'verblijfstitel', label: msg('category-verblijfstitel') },
  { value: 'housing', label: msg('category-housing') },
  { value: 'language_education_experience', label: msg('category-language-education-experience') },
  { value: 'availability_obstacles', label: msg('category-availability-obstacles') },
  { value: 'motivation_career_wishes', label: msg('category-motivation-career-wishes') },
  { value: 'support', label: msg('category-support') },
  { value: 'assessments', label: msg('category-assessments') },
  { value: 'health', label: msg('category-health') },
  { value: 'loonwaarde', label: msg('category-loonwaarde') },
];

export const RECIPIENTS: Choice<Recipient>[] = [
  { value: 'possible_employer', label: msg('recipient-possible-employer') },
  { value: 'social_service_provider', label: msg('recipient-social-service-provider') },
  { value: 'debt_counsellor', label: msg('recipient-debt-counsellor') },
  { value: 'uwv', label: msg('recipient-uwv') },
  { value: 'svb', label: msg('recipient-svb') },
  { value: 'guidance_provider', label: msg('recipient-guidance-provider') },
  { value: 'werkgeversservicepunt', label: msg('recipient-werkgeversservicepunt') },
  { value: 'research_agency', label: msg('recipient-research-agency') },
  { value: 'jobcoach_organisation', label: msg('recipient-jobcoach-organisation') },
  { value: 'verzuim_controller', label: msg('recipient-verzuim-controller') },
  { value: 'connectie', label: msg('recipient-connectie') },
];

export const BENEFIT_KINDS: Choice<BenefitKind>[] = [
  { value: 'participatiewet', label: msg('benefit-participatiewet') },
  { value: 'ioaw', label: msg('benefit-ioaw') },
  { value: 'ioaz', label: msg('benefit-ioaz') },
  { value: 'bbz', label: msg('benefit-bbz') },
];

export const JOB_KINDS: Choice<JobKind>[] = [
  { value: 'regular', label: msg('job-kind-regular') },
  { value: 'wsw', label: msg('job-kind-wsw') },
  { value: 'beschut_werk', label: msg('job-kind-beschut-werk') },
];

export const DECISION_OUTCOMES: Choice<DecisionOutcome>[] = [
  { value: 'granted', label: msg('decision-granted') },
  { value: 'refused', label: msg('decision-refused') },
];

export const RULES_56: Choice<Rule56>[] = [
  { value: 'version', label: msg('lkv56-rule-version') },
  { value: 'age_from_56', label: msg('lkv56-rule-age') },
  { value: 'below_aow', label: msg('lkv56-rule-aow') },
  { value: 'municipal_benefit', label: msg('lkv56-rule-benefit') },
  { value: 'new_employer', label: msg('lkv56-rule-new-employer') },
  { value: 'regular_job', label: msg('lkv56-rule-regular-job') },
  { value: 'request_in_time', label: msg('lkv56-rule-request-in-time') },
];

export const STATEMENT_KINDS: Choice<StatementKind>[] = [
  { value: 'verklaring_56_plus', label: msg('statement-verklaring-56-plus') },
  { value: 'intake_report', label: msg('statement-intake-report') },
  { value: 'plan_van_aanpak', label: msg('statement-plan-van-aanpak') },
  { value: 'inzage', label: msg('statement-inzage') },
  { value: 'loonwaarde_report', label: msg('statement-loonwaarde-report') },
  { value: 'lks_beschikking', label: msg('statement-lks-beschikking') },
  { value: 'uwv_request', label: msg('statement-uwv-request') },
  { value: 'verzuim_warning', label: msg('statement-verzuim-warning') },
];

export const WORKPLACE_KINDS: Choice<WorkplaceKind>[] = [
  { value: 'regulier', label: msg('workplace-kind-regulier') },
  { value: 'beschut', label: msg('workplace-kind-beschut') },
  { value: 'aangepast', label: msg('workplace-kind-aangepast') },
  { value: 'leerwerkplek', label: msg('workplace-kind-leerwerkplek') },
];

export const DEMAND_LEVELS: Choice<DemandLevel>[] = [
  { value: 'licht', label: msg('demand-level-licht') },
  { value: 'middel', label: msg('demand-level-middel') },
  { value: 'zwaar', label: msg('demand-level-zwaar') },
];

export const SUPPORT_KINDS: Choice<SupportKind>[] = [
  { value: 'jobcoach_on_site', label: msg('support-kind-jobcoach-on-site') },
  { value: 'adjusted_hours', label: msg('support-kind-adjusted-hours') },
  { value: 'quiet_workspace', label: msg('support-kind-quiet-workspace') },
  { value: 'adapted_equipment', label: msg('support-kind-adapted-equipment') },
  { value: 'buddy', label: msg('support-kind-buddy') },
  { value: 'accessible_building', label: msg('support-kind-accessible-building') },
  { value: 'extra_instruction', label: msg('support-kind-extra-instruction') },
];

export const INDICATIONS: Choice<Indication>[] = [
  { value: 'beschut_werk', label: msg('indication-beschut-werk') },
  { value: 'banenafspraak', label: msg('indication-banenafspraak') },
];

export const CONTRACT_KINDS: Choice<ContractKind>[] = [
  { value: 'arbeidsovereenkomst', label: msg('contract-kind-arbeidsovereenkomst') },
  { value: 'proefplaatsing', label: msg('contract-kind-proefplaatsing') },
  { value: 'detachering', label: msg('contract-kind-detachering') },
  { value: 'leerwerkplek', label: msg('contract-kind-leerwerkplek') },
  { value: 'beschut_dienstverband', label: msg('contract-kind-beschut-dienstverband') },
  { value: 'participatieplek', label: msg('contract-kind-participatieplek') },
];

export const PLACEMENT_END_REASONS: Choice<PlacementEndReason>[] = [
  { value: 'contract_ended', label: msg('placement-end-reason-contract-ended') },
  { value: 'resident_quit', label: msg('placement-end-reason-resident-quit') },
  { value: 'dismissed', label: msg('placement-end-reason-dismissed') },
  { value: 'not_suitable', label: msg('placement-end-reason-not-suitable') },
  { value: 'health', label: msg('placement-end-reason-health') },
  { value: 'doorstroom_regulier', label: msg('placement-end-reason-doorstroom-regulier') },
  { value: 'other', label: msg('placement-end-reason-other') },
];

export const CONTACT_PARTIES: Choice<ContactParty>[] = [
  { value: 'employer', label: msg('contact-party-employer') },
  { value: 'resident', label: msg('contact-party-resident') },
  { value: 'both', label: msg('contact-party-both') },
];

export const MATCH_EFFECTS: Choice<MatchEffect>[] = [
  { value: 'plus', label: msg('match-effect-plus') },
  { value: 'minus', label: msg('match-effect-minus') },
  { value: 'neutral', label: msg('match-effect-neutral') },
  { value: 'exclusion', label: msg('match-effect-exclusion') },
];

export const MATCH_COMPONENTS: Choice<MatchComponent>[] = [
  { value: 'occupation', label: msg('match-component-occupation') },
  { value: 'hours', label: msg('match-component-hours') },
  { value: 'travel', label: msg('match-component-travel') },
  { value: 'days', label: msg('match-component-days') },
  { value: 'support', label: msg('match-component-support') },
  { value: 'physical', label: msg('match-component-physical') },
  { value: 'mental', label: msg('match-component-mental') },
  { value: 'dutch', label: msg('match-component-dutch') },
  { value: 'kind', label: msg('match-component-kind') },
];

export const REFERENCE_DATASETS: Choice<Dataset>[] = [
  { value: 'esco_occupations', label: msg('reference-dataset-esco-occupations') },
  { value: 'isco_groups', label: msg('reference-dataset-isco-groups') },
  { value: 'pc4', label: msg('reference-dataset-pc4') },
];

export const ENTITY_KINDS: Choice<EntityKind>[] = [
  { value: 'resident', label: msg('entity-resident') },
  { value: 'traject', label: msg('entity-traject') },
  { value: 'report', label: msg('entity-report') },
  { value: 'agreement', label: msg('entity-agreement') },
  { value: 'goal', label: msg('entity-goal') },
  { value: 'appointment', label: msg('entity-appointment') },
  { value: 'health_record', label: msg('entity-health-record') },
  { value: 'assessment', label: msg('entity-assessment') },
  { value: 'verklaring56_decision', label: msg('entity-verklaring56-decision') },
  { value: 'issued_statement', label: msg('entity-issued-statement') },
  { value: 'disclosure', label: msg('entity-disclosure') },
  { value: 'rights_request', label: msg('entity-rights-request') },
  { value: 'loonwaarde', label: msg('entity-loonwaarde') },
  { value: 'lks_decision', label: msg('entity-lks-decision') },
  { value: 'lks_payment', label: msg('entity-lks-payment') },
  { value: 'jobcoach_subsidy', label: msg('entity-jobcoach-subsidy') },
  { value: 'uwv_request', label: msg('entity-uwv-request') },
  { value: 'medical_examination', label: msg('entity-medical-examination') },
  { value: 'referral', label: msg('entity-referral') },
  { value: 'attachment', label: msg('entity-attachment') },
  { value: 'verzuim', label: msg('entity-verzuim') },
  { value: 'leerwerkplek', label: msg('entity-leerwerkplek') },
  { value: 'training', label: msg('entity-training') },
  { value: 'employer', label: msg('entity-employer') },
  { value: 'workplace', label: msg('entity-workplace') },
  { value: 'jobcoach_organisation', label: msg('entity-jobcoach-organisation') },
  { value: 'placement', label: msg('entity-placement') },
  { value: 'placement_contact', label: msg('entity-placement-contact') },
  { value: 'match_profile', label: msg('entity-match-profile') },
  { value: 'occupation', label: msg('entity-occupation') },
  { value: 'isco_group', label: msg('entity-isco-group') },
  { value: 'pc4_area', label: msg('entity-pc4-area') },
  { value: 'reference_release', label: msg('entity-reference-release') },
];

export const ASSESSOR_KINDS: Choice<AssessorKind>[] = [
  { value: 'staff', label: msg('assessor-kind-staff') },
  { value: 'research_agency', label: msg('assessor-kind-research-agency') },
];

export const COACHING_INTENSITIES: Choice<CoachingIntensity>[] = [
  { value: 'light', label: msg('coaching-intensity-light') },
  { value: 'regular', label: msg('coaching-intensity-regular') },
  { value: 'intensive', label: msg('coaching-intensity-intensive') },
];

export const LKS_OUTCOMES: Choice<LksOutcome>[] = [
  { value: 'granted', label: msg('lks-outcome-granted') },
  { value: 'refused', label: msg('lks-outcome-refused') },
];

export const REQUEST_STATUSES: Choice<RequestStatus>[] = [
  { value: 'drafted', label: msg('request-status-drafted') },
  { value: 'sent', label: msg('request-status-sent') },
  { value: 'answered', label: msg('request-status-answered') },
  { value: 'closed', label: msg('request-status-closed') },
  { value: 'withdrawn', label: msg('request-status-withdrawn') },
];

export const REQUEST_STEPS: Choice<RequestStep>[] = [
  { value: 'send', label: msg('request-step-send') },
  { value: 'answer', label: msg('request-step-answer') },
  { value: 'close', label: msg('request-step-close') },
  { value: 'withdraw', label: msg('request-step-withdraw') },
];

export const CONSENT_FORMS: Choice<ConsentForm>[] = [
  { value: 'written', label: msg('consent-form-written') },
  { value: 'spoken', label: msg('consent-form-spoken') },
  { value: 'digital', label: msg('consent-form-digital') },
];

export const ATTACHMENT_KINDS: Choice<AttachmentKind>[] = [
  { value: 'medical_report', label: msg('attachment-kind-medical-report') },
  { value: 'psychological_report', label: msg('attachment-kind-psychological-report') },
  { value: 'school_report', label: msg('attachment-kind-school-report') },
  { value: 'jobcoach_report', label: msg('attachment-kind-jobcoach-report') },
  { value: 'cv', label: msg('attachment-kind-cv') },
  { value: 'other', label: msg('attachment-kind-other') },
];

export const UWV_REQUEST_KINDS: Choice<UwvRequestKind>[] = [
  { value: 'beschut_werk', label: msg('uwv-kind-beschut-werk') },
  { value: 'banenafspraak', label: msg('uwv-kind-banenafspraak') },
  { value: 'wajong', label: msg('uwv-kind-wajong') },
];

export const BANENAFSPRAAK_ROUTES: Choice<BanenafspraakRoute>[] = [
  { value: 'uwv', label: msg('banenafspraak-route-uwv') },
  { value: 'praktijkroute', label: msg('banenafspraak-route-praktijkroute') },
];

export const CRITERION_VIEWS: Choice<CriterionView>[] = [
  { value: 'yes', label: msg('criterion-view-yes') },
  { value: 'no', label: msg('criterion-view-no') },
  { value: 'unsure', label: msg('criterion-view-unsure') },
];

export const UWV_OUTCOMES: Choice<UwvOutcome>[] = [
  { value: 'positive', label: msg('uwv-outcome-positive') },
  { value: 'negative', label: msg('uwv-outcome-negative') },
];

export const EXAMINATION_KINDS: Choice<ExaminationKind>[] = [
  { value: 'medical', label: msg('examination-kind-medical') },
  { value: 'arbeidsdeskundig', label: msg('examination-kind-arbeidsdeskundig') },
  { value: 'psychological', label: msg('examination-kind-psychological') },
];

export const LIFE_DOMAINS: Choice<LifeDomain>[] = [
  { value: 'schuldhulpverlening', label: msg('life-domain-schuldhulpverlening') },
  { value: 'maatschappelijk_werk', label: msg('life-domain-maatschappelijk-werk') },
  { value: 'wijkteam', label: msg('life-domain-wijkteam') },
  { value: 'housing', label: msg('life-domain-housing') },
];

export const REFERRAL_PROGRESS: Choice<ReferralProgress>[] = [
  { value: 'accepted', label: msg('referral-progress-accepted') },
  { value: 'declined', label: msg('referral-progress-declined') },
  { value: 'started', label: msg('referral-progress-started') },
  { value: 'ended', label: msg('referral-progress-ended') },
];

export const ABSENCE_PLACES: Choice<AbsencePlace>[] = [
  { value: 'workplace', label: msg('absence-place-workplace') },
  { value: 'programme', label: msg('absence-place-programme') },
];

export const ABSENCE_SOURCES: Choice<AbsenceSource>[] = [
  { value: 'no_show', label: msg('absence-source-no-show') },
  { value: 'employer', label: msg('absence-source-employer') },
  { value: 'provider', label: msg('absence-source-provider') },
];

export const CONTROL_KINDS: Choice<ControlKind>[] = [
  { value: 'visit', label: msg('control-kind-visit') },
  { value: 'call', label: msg('control-kind-call') },
];

export const CONTROL_FINDINGS: Choice<ControlFinding>[] = [
  { value: 'ill', label: msg('control-finding-ill') },
  { value: 'justified', label: msg('control-finding-justified') },
  { value: 'unjustified', label: msg('control-finding-unjustified') },
  { value: 'not_reached', label: msg('control-finding-not-reached') },
];

export const VERZUIM_OUTCOMES: Choice<VerzuimOutcome>[] = [
  { value: 'no_action', label: msg('verzuim-outcome-no-action') },
  { value: 'warning', label: msg('verzuim-outcome-warning') },
  { value: 'measure_proposal', label: msg('verzuim-outcome-measure-proposal') },
];

export const TRAINING_RESULTS: Choice<TrainingResult>[] = [
  { value: 'ongoing', label: msg('training-result-ongoing') },
  { value: 'passed', label: msg('training-result-passed') },
  { value: 'failed', label: msg('training-result-failed') },
  { value: 'stopped', label: msg('training-result-stopped') },
];

export const SURVEY_QUESTIONS: Choice<SurveyQuestion>[] = [
  { value: 'listens', label: msg('survey-question-listens') },
  { value: 'next_step', label: msg('survey-question-next-step') },
  { value: 'fitting_help', label: msg('survey-question-fitting-help') },
  { value: 'promises_kept', label: msg('survey-question-promises-kept') },
  { value: 'recommend', label: msg('survey-question-recommend') },
];

export const SURVEY_CHANNELS: Choice<SurveyChannel>[] = [
  { value: 'screen', label: msg('survey-channel-screen') },
  { value: 'paper', label: msg('survey-channel-paper') },
];

export const WEEKDAYS: Choice<Weekday>[] = [
  { value: 'mon', label: msg('weekday-mon') },
  { value: 'tue', label: msg('weekday-tue') },
  { value: 'wed', label: msg('weekday-wed') },
  { value: 'thu', label: msg('weekday-thu') },
  { value: 'fri', label: msg('weekday-fri') },
  { value: 'sat', label: msg('weekday-sat') },
  { value: 'sun', label: msg('weekday-sun') },
];

// ---- Rules ----

export const NEXT_STATES: Record<TrajectState, TrajectState[]> = {
  aangemeld: ['intake'],
  intake: ['actief'],
  actief: ['geplaatst'],
  geplaatst: ['nazorg', 'actief'],
  nazorg: ['actief'],
  ended: [],
};

export const MIN_PASSPHRASE_LENGTH: number = 12;

export const ATTACHMENT_MAX_BYTES: number = 4194304;

export const AUTOLOCK_MIN: number = 1;

export const AUTOLOCK_MAX: number = 120;

export const MAX_TRAVEL_KM: number = 300;

// ---- Commands: one input (or none), one output; a failure rejects with an ErrorPayload ----

export const appStatus = () => call<AppStatus>('app_status');
export const createStore = (input: CreateStoreInput) => call<AppStatus>('create_store', input);
export const unlock = (input: UnlockInput) => call<AppStatus>('unlock', input);
export const lock = () => call<AppStatus>('lock');
export const activity = () => call<null>('activity');
export const saveSettings = (input: SettingsInput) => call<AppStatus>('save_settings', input);
export const recoveryStatus = () => call<RecoveryStatus>('recovery_status');
export const changePassphrase = (input: ChangePassphraseInput) => call<AppStatus>('change_passphrase', input);
export const recoverStore = (input: RecoverInput) => call<AppStatus>('recover_store', input);
export const resetStore = (input: ResetInput) => call<AppStatus>('reset_store', input);
export const uiReady = (input: PageMarks) => call<null>('ui_ready', input);
export const caseload = (input: CaseloadInput) => call<CaseloadPage>('caseload', input);
export const caseloadSearchSettled = (input: SettledSearchInput) => call<null>('caseload_search_settled', input);
export const intakeDraftLoad = () => call<IntakeForm | null>('intake_draft_load');
export const intakeDraftSave = (input: IntakeForm) => call<null>('intake_draft_save', input);
export const intakeDraftDiscard = () => call<null>('intake_draft_discard');
export const intakeCheck = (input: IntakeForm) => call<Array<FieldError>>('intake_check', input);
export const intakeSubmit = (input: IntakeForm) => call<IntakeSubmitResult>('intake_submit', input);
export const residentFile = (input: ResidentFileInput) => call<ResidentFileView>('resident_file', input);
export const residentUpdate = (input: ResidentUpdateInput) => call<ResidentFileView>('resident_update', input);
export const trajectTransition = (input: TrajectTransitionInput) => call<ResidentFileView>('traject_transition', input);
export const trajectEnd = (input: TrajectEndInput) => call<ResidentFileView>('traject_end', input);
export const reportAdd = (input: ReportAddInput) => call<ResidentFileView>('report_add', input);
export const agreementSave = (input: AgreementSaveInput) => call<ResidentFileView>('agreement_save', input);
export const rightsRequestAdd = (input: RightsRequestAddInput) => call<ResidentFileView>('rights_request_add', input);
export const rightsRequestDecide = (input: RightsRequestDecideInput) => call<ResidentFileView>('rights_request_decide', input);
export const goalSave = (input: GoalSaveInput) => call<ResidentFileView>('goal_save', input);
export const appointmentSave = (input: AppointmentSaveInput) => call<ResidentFileView>('appointment_save', input);
export const healthView = (input: HealthViewInput) => call<Array<HealthRecord>>('health_view', input);
export const syncStatus = () => call<SyncStatus>('sync_status');
export const syncLogin = (input: SyncLoginInput) => call<SyncStatus>('sync_login', input);
export const syncLogout = () => call<SyncStatus>('sync_logout');
export const syncNow = () => call<SyncStatus>('sync_now');
export const conflicts = () => call<Array<ConflictView>>('conflicts');
export const conflictOpen = (input: ConflictOpenInput) => call<ConflictView>('conflict_open', input);
export const conflictResolve = (input: ConflictResolveInput) => call<SyncStatus>('conflict_resolve', input);
export const emergencyAccessRequest = (input: EmergencyAccessInput) => call<EmergencyAccess>('emergency_access_request', input);
export const emergencyAccesses = () => call<Array<EmergencyAccess>>('emergency_accesses');
export const emergencyNotices = () => call<Array<Notice>>('emergency_notices');
export const verklaring56Advice = (input: Verklaring56AdviceInput) => call<Advice>('verklaring56_advice', input);
export const verklaring56Decide = (input: Verklaring56DecideInput) => call<Verklaring56Decision>('verklaring56_decide', input);
export const statementsOverview = (input: ResidentIdInput) => call<StatementsOverview>('statements_overview', input);
export const verklaring56Issue = (input: Verklaring56IssueInput) => call<PrintFile>('verklaring56_issue', input);
export const statementIssue = (input: StatementIssueInput) => call<PrintFile>('statement_issue', input);
export const statementReprint = (input: StatementReprintInput) => call<PrintFile>('statement_reprint', input);
export const loonwaardeReportIssue = (input: LoonwaardeReportInput) => call<PrintFile>('loonwaarde_report_issue', input);
export const lksBeschikkingIssue = (input: LksBeschikkingInput) => call<PrintFile>('lks_beschikking_issue', input);
export const uwvRequestIssue = (input: UwvRequestPrintInput) => call<PrintFile>('uwv_request_issue', input);
export const verzuimWarningIssue = (input: VerzuimWarningInput) => call<PrintFile>('verzuim_warning_issue', input);
export const inzageExport = (input: ResidentIdInput) => call<PrintFile>('inzage_export', input);
export const privacyStatement = () => call<PrintFile>('privacy_statement');
export const printFileOpen = (input: PrintFileInput) => call<null>('print_file_open', input);
export const printFileSave = (input: PrintFileInput) => call<string | null>('print_file_save', input);
export const reportAllowed = () => call<boolean>('report_allowed');
export const reportTeams = () => call<FetchedTeams>('report_teams');
export const reportFetch = (input: ReportInput) => call<FetchedReport>('report_fetch', input);
export const reportSaveCsv = (input: ReportInput) => call<PrintFile>('report_save_csv', input);
export const reportSavePdf = (input: ReportInput) => call<PrintFile>('report_save_pdf', input);
export const employers = () => call<Array<EmployerRecord>>('employers');
export const employerFile = (input: EmployerInput) => call<EmployerFile>('employer_file', input);
export const employerSave = (input: EmployerSaveInput) => call<EmployerRecord>('employer_save', input);
export const workplaces = () => call<Array<Workplace>>('workplaces');
export const workplaceSave = (input: WorkplaceSaveInput) => call<Workplace>('workplace_save', input);
export const workplacesImportCsv = (input: CsvImportInput) => call<CsvImportReport>('workplaces_import_csv', input);
export const occupationSearch = (input: OccupationSearchInput) => call<Array<OccupationHit>>('occupation_search', input);
export const referenceReleases = () => call<Array<ReferenceRelease>>('reference_releases');
export const matchProfile = (input: ResidentIdInput) => call<MatchProfile>('match_profile', input);
export const matchProfileSave = (input: MatchProfile) => call<MatchProfile>('match_profile_save', input);
export const matchesForResident = (input: ResidentIdInput) => call<Ranked<WorkplaceMatch>>('matches_for_resident', input);
export const matchesForWorkplace = (input: WorkplaceInput) => call<Ranked<ResidentMatch>>('matches_for_workplace', input);
export const placements = (input: ResidentIdInput) => call<Array<PlacementView>>('placements', input);
export const placementCreate = (input: PlacementCreateInput) => call<Placement>('placement_create', input);
export const placementEnd = (input: PlacementEndInput) => call<Placement>('placement_end', input);
export const placementContactAdd = (input: PlacementContactInput) => call<PlacementContact>('placement_contact_add', input);
export const subsidyFile = (input: SubsidyFileInput) => call<SubsidyFile>('subsidy_file', input);
export const loonwaardePreview = (input: LoonwaardePreviewInput) => call<LoonwaardePreview>('loonwaarde_preview', input);
export const loonwaardeSave = (input: LoonwaardeSaveInput) => call<SubsidyFile>('loonwaarde_save', input);
export const loonwaardeSign = (input: LoonwaardeSignInput) => call<SubsidyFile>('loonwaarde_sign', input);
export const lksEstimate = (input: LksEstimateInput) => call<LksCalculation>('lks_estimate', input);
export const lksDecide = (input: LksDecideInput) => call<SubsidyFile>('lks_decide', input);
export const lksPay = (input: LksPayInput) => call<SubsidyFile>('lks_pay', input);
export const jobcoachOrganisationSave = (input: OrganisationSaveInput) => call<JobcoachOrganisation>('jobcoach_organisation_save', input);
export const jobcoachingPlan = (input: JobcoachingPlanInput) => call<SubsidyFile>('jobcoaching_plan', input);
export const jobcoachingReport = (input: JobcoachingReportInput) => call<SubsidyFile>('jobcoaching_report', input);
export const jobcoachingApprove = (input: JobcoachingApproveInput) => call<SubsidyFile>('jobcoaching_approve', input);
export const employerLks = (input: EmployerLksInput) => call<Array<EmployeeLks>>('employer_lks', input);
export const requestsFile = (input: ResidentIdInput) => call<RequestsFile>('requests_file', input);
export const uwvRequestSave = (input: UwvSaveInput) => call<RequestsFile>('uwv_request_save', input);
export const uwvAnswer = (input: UwvAnswerSaveInput) => call<RequestsFile>('uwv_answer', input);
export const requestStep = (input: RequestStepInput) => call<RequestsFile>('request_step', input);
export const referralSave = (input: ReferralSaveInput) => call<RequestsFile>('referral_save', input);
export const referralUpdate = (input: ReferralUpdateSaveInput) => call<RequestsFile>('referral_update', input);
export const attachmentAdd = (input: AttachmentAddInput) => call<AttachmentInfo>('attachment_add', input);
export const attachmentOpen = (input: AttachmentOpenInput) => call<OpenedAttachment>('attachment_open', input);
export const medicalExaminations = (input: MedicalViewInput) => call<Array<MedicalExamination>>('medical_examinations', input);
export const medicalSave = (input: MedicalSaveInput) => call<MedicalExamination>('medical_save', input);
export const medicalOutcome = (input: MedicalOutcomeInput) => call<MedicalExamination>('medical_outcome', input);
export const verzuimCases = (input: ResidentIdInput) => call<Array<VerzuimCase>>('verzuim_cases', input);
export const absenceReport = (input: AbsenceReportInput) => call<Array<VerzuimCase>>('absence_report', input);
export const verzuimControl = (input: VerzuimControlInput) => call<Array<VerzuimCase>>('verzuim_control', input);
export const verzuimAccount = (input: VerzuimAccountInput) => call<Array<VerzuimCase>>('verzuim_account', input);
export const verzuimDecide = (input: VerzuimDecideInput) => call<Array<VerzuimCase>>('verzuim_decide', input);
export const learningFile = (input: ResidentIdInput) => call<LearningFile>('learning_file', input);
export const leerwerkplekSave = (input: LeerwerkplekSaveInput) => call<LearningFile>('leerwerkplek_save', input);
export const leerwerkplekEvaluate = (input: LeerwerkplekEvaluateInput) => call<LearningFile>('leerwerkplek_evaluate', input);
export const trainingSave = (input: TrainingSaveInput) => call<LearningFile>('training_save', input);
export const surveyRecord = (input: SurveyInput) => call<SurveyPending>('survey_record', input);
export const surveyPending = () => call<SurveyPending>('survey_pending');

// The closed lists of the domain (crates/domain, `choice_enum!`): machine name and the
// Fluent id of its label in locales/*/domain.ftl.

import { msg } from '../i18n/msg';
import type {
  AgreementStatus,
  AppointmentStatus,
  BenefitKind,
  DecisionOutcome,
  EndReason,
  JobKind,
  GoalStatus,
  ReportKind,
  Rule56,
  StatementKind,
  TrajectState,
  Weekday,
} from './types';

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

export const GENDERS: Choice[] = [
  { value: 'male', label: msg('gender-male') },
  { value: 'female', label: msg('gender-female') },
  { value: 'other', label: msg('gender-other') },
  { value: 'unknown', label: msg('gender-unknown') },
];

export const ID_DOCUMENT_KINDS: Choice[] = [
  { value: 'passport', label: msg('id-document-kind-passport') },
  { value: 'identity_card', label: msg('id-document-kind-identity-card') },
  { value: 'driving_licence', label: msg('id-document-kind-driving-licence') },
  { value: 'residence_document', label: msg('id-document-kind-residence-document') },
];

export const MARITAL_STATUSES: Choice[] = [
  { value: 'unmarried', label: msg('marital-status-unmarried') },
  { value: 'married', label: msg('marital-status-married') },
  { value: 'registered_partnership', label: msg('marital-status-registered-partnership') },
  { value: 'divorced', label: msg('marital-status-divorced') },
  { value: 'widowed', label: msg('marital-status-widowed') },
];

export const HOUSING_KINDS: Choice[] = [
  { value: 'rent', label: msg('housing-kind-rent') },
  { value: 'owner', label: msg('housing-kind-owner') },
  { value: 'living_in', label: msg('housing-kind-living-in') },
  { value: 'shelter', label: msg('housing-kind-shelter') },
  { value: 'homeless', label: msg('housing-kind-homeless') },
  { value: 'other', label: msg('housing-kind-other') },
];

export const LANGUAGE_LEVELS: Choice[] = [
  { value: 'native', label: msg('language-level-native') },
  { value: 'a1', label: msg('language-level-a1') },
  { value: 'a2', label: msg('language-level-a2') },
  { value: 'b1', label: msg('language-level-b1') },
  { value: 'b2', label: msg('language-level-b2') },
  { value: 'c1', label: msg('language-level-c1') },
  { value: 'c2', label: msg('language-level-c2') },
];

export const OBSTACLE_KINDS: Choice[] = [
  { value: 'transport', label: msg('obstacle-kind-transport') },
  { value: 'childcare', label: msg('obstacle-kind-childcare') },
  { value: 'language', label: msg('obstacle-kind-language') },
  { value: 'debts', label: msg('obstacle-kind-debts') },
  { value: 'care_tasks', label: msg('obstacle-kind-care-tasks') },
  { value: 'housing', label: msg('obstacle-kind-housing') },
  { value: 'other', label: msg('obstacle-kind-other') },
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

export const TRAJECT_STATES: Choice<TrajectState>[] = [
  { value: 'aangemeld', label: msg('traject-state-aangemeld') },
  { value: 'intake', label: msg('traject-state-intake') },
  { value: 'actief', label: msg('traject-state-actief') },
  { value: 'geplaatst', label: msg('traject-state-geplaatst') },
  { value: 'nazorg', label: msg('traject-state-nazorg') },
  { value: 'ended', label: msg('traject-state-ended') },
];

/** Mirrors `TrajectState::next_states` in crates/domain/src/traject/mod.rs. */
export const NEXT_STATES: Record<TrajectState, TrajectState[]> = {
  aangemeld: ['intake'],
  intake: ['actief'],
  actief: ['geplaatst'],
  geplaatst: ['nazorg', 'actief'],
  nazorg: ['actief'],
  ended: [],
};

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

/** The 15 purposes of the privacy statement (crates/domain/src/purpose.rs). */
export const PURPOSES: Choice[] = [
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

/** Kinds of personal data (crates/domain/src/category.rs, `DataCategory`). */
export const DATA_CATEGORIES: Choice[] = [
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

/** Kinds of recipient of a disclosure (crates/domain/src/category.rs, `Recipient`). */
export const RECIPIENTS: Choice[] = [
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

/** Municipal benefits that count for the verklaring 56+ (`BenefitKind`). */
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

/** The rules of the verklaring 56+, in the order the advice checks them (`Rule56`). */
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
];

/** The label id of `value` in `list`, or undefined for an unknown or empty value. */
export function labelOf(list: readonly Choice[], value: string | null | undefined): string | undefined {
  return list.find((c) => c.value === value)?.label;
}

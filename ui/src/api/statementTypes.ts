// Types of the Verklaringen commands (docs/ipc.md, "Verklaringen"), re-exported by types.ts.

import type { AddressDraft, FluentArgs, Instant, IsoDate, StaffMember, Text } from './types';


export type BenefitKind = 'participatiewet' | 'ioaw' | 'ioaz' | 'bbz';
export type JobKind = 'regular' | 'wsw' | 'beschut_werk';
export type DecisionOutcome = 'granted' | 'refused';
export type StatementKind = 'verklaring_56_plus' | 'intake_report' | 'plan_van_aanpak' | 'inzage';
/** A rule of the verklaring 56+ (`Rule56`). */
export type Rule56 =
  | 'version'
  | 'age_from_56'
  | 'below_aow'
  | 'municipal_benefit'
  | 'new_employer'
  | 'regular_job'
  | 'request_in_time';

/** The employment facts as typed (`EmploymentFactsDraft`); unknown keys are rejected. */
export interface EmploymentFactsDraft {
  employer_name: Text;
  loonheffingennummer: Text;
  employer_address: AddressDraft;
  /** dd-mm-jjjj or ISO. */
  start_date: Text;
  request_date: Text;
  /** Machine name; null = no municipal benefit. */
  benefit: Text;
  same_employer_within_6_months: boolean | null;
  job_kind: Text;
}

export interface Employer {
  name: string;
  loonheffingennummer: string;
  address: {
    street: string;
    house_number: string;
    house_number_addition: string | null;
    postcode: string;
    woonplaats: string;
  };
}

/** The checked facts a decision keeps. */
export interface EmploymentFacts {
  employer: Employer;
  start_date: IsoDate;
  request_date: IsoDate;
  benefit: BenefitKind | null;
  same_employer_within_6_months: boolean;
  job_kind: JobKind;
}

/** A reason: a Fluent id of advice.ftl (locales/nl-NL, locales/en-US) with its arguments. */
export interface Reason {
  id: string;
  args: FluentArgs;
}

export interface Check {
  rule: Rule56;
  met: boolean;
  reason: Reason;
}

/** What the rules say; the coach decides. */
export interface Advice {
  version_id: string | null;
  eligible: boolean;
  checks: Check[];
}

export interface Verklaring56Decision {
  id: string;
  resident_id: string;
  facts: EmploymentFacts;
  advice: Advice;
  outcome: DecisionOutcome;
  decided_by: StaffMember;
  decided_on: IsoDate;
  reasoning: string;
}

export interface IssuedStatement {
  id: string;
  resident_id: string;
  kind: StatementKind;
  reference: string;
  issued_at: Instant;
  issued_by: StaffMember;
  language: string;
  /** For a verklaring 56+: what it states (for reprints); the UI does not read it. */
  verklaring56: Record<string, unknown> | null;
}

/** One entry of the sharing register (verstrekkingenregister). */
export interface Disclosure {
  id: string;
  resident_id: string;
  recipient: string;
  recipient_name: string;
  purpose: string;
  categories: string[];
  disclosed_on: IsoDate;
  disclosed_by: StaffMember;
  statement_reference: string | null;
}

/** Newest first. */
export interface StatementsOverview {
  decisions: Verklaring56Decision[];
  statements: IssuedStatement[];
  disclosures: Disclosure[];
}

/** A PDF (and for an inzage a JSON file) waiting in the private print folder. */
export interface PrintFile {
  path: string;
  file_name: string;
  reference: string | null;
  json_path: string | null;
}

export interface ResidentIdInput {
  resident_id: string;
}

export interface Verklaring56AdviceInput {
  resident_id: string;
  facts: EmploymentFactsDraft;
}

export interface Verklaring56DecideInput {
  resident_id: string;
  facts: EmploymentFactsDraft;
  outcome: DecisionOutcome;
  reasoning: string;
}

export interface Verklaring56IssueInput {
  decision_id: string;
  to_employer: boolean;
  to_uwv: boolean;
}

export interface StatementIssueInput {
  resident_id: string;
  kind: 'intake_report' | 'plan_van_aanpak';
}

export interface StatementReprintInput {
  statement_id: string;
}

export interface PrintFileInput {
  path: string;
}

// Types of the matching commands (docs/ipc.md, "Werk zoeken en plaatsen"), re-exported by
// types.ts: the serde forms of crates/domain/src/matching and crates/core/src/matching.

import type { AddressDraft, FieldError, Instant, IsoDate, Reason, StaffMember, Text, Weekday } from './types';

export type WorkplaceKind = 'regulier' | 'beschut' | 'aangepast' | 'leerwerkplek';
/** Ordered: licht < middel < zwaar. */
export type DemandLevel = 'licht' | 'middel' | 'zwaar';
export type SupportKind =
  | 'jobcoach_on_site'
  | 'adjusted_hours'
  | 'quiet_workspace'
  | 'adapted_equipment'
  | 'buddy'
  | 'accessible_building'
  | 'extra_instruction';
export type Indication = 'beschut_werk' | 'banenafspraak';
export type LanguageLevel = 'native' | 'a1' | 'a2' | 'b1' | 'b2' | 'c1' | 'c2';
export type ContractKind =
  | 'arbeidsovereenkomst'
  | 'proefplaatsing'
  | 'detachering'
  | 'leerwerkplek'
  | 'beschut_dienstverband'
  | 'participatieplek';
export type PlacementEndReason =
  | 'contract_ended'
  | 'resident_quit'
  | 'dismissed'
  | 'not_suitable'
  | 'health'
  | 'doorstroom_regulier'
  | 'other';
export type ContactParty = 'employer' | 'resident' | 'both';
export type MatchEffect = 'plus' | 'minus' | 'neutral' | 'exclusion';
export type MatchComponent =
  | 'occupation'
  | 'hours'
  | 'travel'
  | 'days'
  | 'support'
  | 'physical'
  | 'mental'
  | 'dutch'
  | 'kind';

/** An ESCO occupation as a record keeps it (label and ISCO group copied in). */
export interface OccupationRef {
  id: string;
  label: string;
  /** ISCO-08 unit group, 4 digits. */
  isco_group: string;
}

/** A hit of occupation_search; `matched_synonym` is the other name the text matched. */
export interface OccupationHit extends OccupationRef {
  matched_synonym: string | null;
}

export interface EmployerContact {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * An employer of the matching (`werkpad_domain::matching::Employer`); the `Employer` of
 * statementTypes is the one printed on a verklaring 56+.
 */
export interface EmployerRecord {
  id: string;
  name: string;
  kvk: string | null;
  loonheffingennummer: string | null;
  address: {
    street: string;
    house_number: string;
    house_number_addition: string | null;
    postcode: string;
    woonplaats: string;
  };
  contacts: EmployerContact[];
  notes: string | null;
}

export interface EmployerContactDraft {
  name: Text;
  role: Text;
  phone: Text;
  email: Text;
}

/** Unknown keys are rejected. Errors: `name`, `kvk`, `address.postcode`, `contacts[1].email`, … */
export interface EmployerDraft {
  name: Text;
  kvk: Text;
  loonheffingennummer: Text;
  address: AddressDraft;
  contacts: EmployerContactDraft[];
  notes: Text;
}

export interface Workplace {
  id: string;
  employer_id: string;
  title: string;
  kind: WorkplaceKind;
  occupation: OccupationRef | null;
  tasks: string | null;
  hours_per_week: number;
  /** Empty: no fixed days. */
  days: Weekday[];
  postcode: string;
  place: string;
  physical_demand: DemandLevel;
  mental_demand: DemandLevel;
  support: SupportKind[];
  dutch_level: LanguageLevel | null;
  start_date: IsoDate | null;
  places: number;
  open: boolean;
}

/** Unknown keys are rejected; every leaf but the picked ids and the occupation is a string. */
export interface WorkplaceDraft {
  employer_id: string | null;
  title: Text;
  kind: Text;
  occupation: OccupationRef | null;
  tasks: Text;
  hours_per_week: Text;
  days: string[];
  postcode: Text;
  place: Text;
  physical_demand: Text;
  mental_demand: Text;
  support: string[];
  dutch_level: Text;
  /** dd-mm-jjjj or ISO. */
  start_date: Text;
  /** Blank means 1. */
  places: Text;
  open: boolean;
}

export interface EmployerFile {
  employer: EmployerRecord;
  /** By title. */
  workplaces: Workplace[];
}

export interface CsvLineErrors {
  /** 1-based; the header is line 1. */
  line: number;
  /** Field names are the CSV column names. */
  errors: FieldError[];
  /** The reader's detail when the line cannot be read at all (not shown: English). */
  unreadable: string | null;
}

/** All or nothing: when `errors` is not empty, nothing was stored. */
export interface CsvImportReport {
  employers_created: number;
  workplaces_created: number;
  errors: CsvLineErrors[];
}

export type ReferenceDataset = 'esco_occupations' | 'isco_groups' | 'pc4';

export interface ReferenceRelease {
  id: string;
  dataset: ReferenceDataset;
  version: string;
  imported_at: Instant;
  records: number;
  sha256: string;
}

export interface TravelOverride {
  workplace_id: string;
  /** One way, 1 to 300. */
  minutes: number;
}

/** The coach's work-related picture of a resident (zoekprofiel); no medical data. */
export interface MatchProfile {
  id: string;
  resident_id: string;
  wished_occupations: OccupationRef[];
  experience_occupations: OccupationRef[];
  indication: Indication | null;
  physical_capacity: DemandLevel;
  mental_capacity: DemandLevel;
  support_needed: SupportKind[];
  /** 1 to 300; null: no limit. */
  max_travel_km: number | null;
  travel_overrides: TravelOverride[];
}

export interface MatchReason {
  /** None for a closed workplace and taken places. */
  component: MatchComponent | null;
  effect: MatchEffect;
  points: number;
  max_points: number;
  /** A message of matching.ftl; its args are formatted already. */
  reason: Reason;
}

/** Advice only: a coach decides. */
export interface ExplainedMatch {
  resident_id: string;
  workplace_id: string;
  employer_id: string;
  /** 0 to 100. */
  score: number;
  excluded: boolean;
  distance_m: number | null;
  /** Exclusions first, then one reason per component. */
  reasons: MatchReason[];
}

export interface WorkplaceMatch {
  workplace: Workplace;
  employer_name: string;
  match: ExplainedMatch;
}

export interface ResidentMatch {
  resident_id: string;
  display_name: string;
  match: ExplainedMatch;
}

/** What the ranking could use. */
export interface MatchBasis {
  /** 0 before the reference data has synced: travel cannot count. */
  postcode_areas: number;
  has_profile: boolean;
  candidates: number;
}

/** Best first, excluded ones last. */
export interface Ranked<T> {
  matches: T[];
  basis: MatchBasis;
}

export interface PlacementDecision {
  decided_by: StaffMember;
  decided_on: IsoDate;
  reasoning: string;
}

export interface PlacementEnd {
  on: IsoDate;
  reason: PlacementEndReason;
  explanation: string | null;
  replacement_advised: boolean;
}

export interface Placement {
  id: string;
  resident_id: string;
  workplace_id: string;
  employer_id: string;
  start: IsoDate;
  hours_per_week: number;
  contract: ContractKind;
  job_coaching: boolean;
  follow_up_weeks: number;
  decision: PlacementDecision;
  replaces: string | null;
  end: PlacementEnd | null;
}

export interface PlacementContact {
  id: string;
  resident_id: string;
  placement_id: string;
  on: IsoDate;
  with: ContactParty;
  by: StaffMember;
  notes: string;
}

export interface PlacementView {
  placement: Placement;
  workplace_title: string | null;
  employer_name: string | null;
  /** Newest first. */
  contacts: PlacementContact[];
  /** May lie in the past (overdue); null once ended. */
  next_follow_up: IsoDate | null;
}

/** Who decides is not part of it: the signed-in coach. Unknown keys are rejected. */
export interface PlacementDraft {
  workplace_id: string | null;
  employer_id: string | null;
  /** dd-mm-jjjj. */
  start: Text;
  hours_per_week: Text;
  contract: Text;
  job_coaching: boolean;
  follow_up_weeks: Text;
  /** Blank means today. */
  decided_on: Text;
  reasoning: Text;
  replaces: string | null;
}

export interface PlacementEndInput {
  resident_id: string;
  placement_id: string;
  /** dd-mm-jjjj. */
  on: string;
  reason: string;
  explanation: string | null;
  replacement_advised: boolean;
}

export interface PlacementContactInput {
  resident_id: string;
  placement_id: string;
  /** dd-mm-jjjj. */
  on: string;
  with: string;
  notes: string;
}

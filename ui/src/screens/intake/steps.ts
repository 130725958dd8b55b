// The ten intake steps: their titles, their sections, and which field paths (as
// intake_check reports them) each step owns.

import type { ComponentType } from 'react';
import { msg } from '../../i18n/msg';
import { AddressSection } from './sections/AddressSection';
import { AvailabilitySection } from './sections/AvailabilitySection';
import { BackgroundSection } from './sections/BackgroundSection';
import { HealthSection } from './sections/HealthSection';
import { HousingSection } from './sections/HousingSection';
import { IdentitySection } from './sections/IdentitySection';
import { MotivationSection } from './sections/MotivationSection';
import { PersonSection } from './sections/PersonSection';
import { PrivacySection } from './sections/PrivacySection';

export interface StepDef {
  key: string;
  /** Fluent id of the step title. */
  title: string;
  /** Field paths this step holds: a path belongs when it equals or lies under one. */
  owns: string[];
  /** The fields; the review step has none. */
  Section: ComponentType | null;
}

export const STEPS: StepDef[] = [
  {
    key: 'person',
    title: msg('intake-step-person'),
    owns: ['resident.name', 'resident.birth_date', 'resident.gender', 'resident.bsn'],
    Section: PersonSection,
  },
  {
    key: 'address',
    title: msg('intake-step-address'),
    owns: ['resident.address', 'resident.phone', 'resident.email'],
    Section: AddressSection,
  },
  {
    key: 'identity',
    title: msg('intake-step-identity'),
    owns: ['resident.id_document', 'resident.nationality', 'resident.marital_status', 'resident.verblijfstitel'],
    Section: IdentitySection,
  },
  { key: 'housing', title: msg('intake-step-housing'), owns: ['resident.housing'], Section: HousingSection },
  {
    key: 'background',
    title: msg('intake-step-background'),
    owns: ['resident.languages', 'resident.education', 'resident.work_experience'],
    Section: BackgroundSection,
  },
  {
    key: 'availability',
    title: msg('intake-step-availability'),
    owns: ['resident.availability', 'resident.obstacles'],
    Section: AvailabilitySection,
  },
  {
    key: 'motivation',
    title: msg('intake-step-motivation'),
    owns: ['resident.motivation', 'resident.career_wishes'],
    Section: MotivationSection,
  },
  { key: 'health', title: msg('intake-step-health'), owns: ['health'], Section: HealthSection },
  {
    key: 'privacy',
    title: msg('intake-step-privacy'),
    owns: ['privacy_statement_explained', 'resident.privacy_statement_explained_on', 'purposes'],
    Section: PrivacySection,
  },
  { key: 'review', title: msg('intake-step-review'), owns: [], Section: null },
];

/** True when `path` is `prefix` or lies under it (`prefix.x`, `prefix[0]`). */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** Index of the step that holds `path`, or -1 when no step does. */
export function stepOf(path: string): number {
  return STEPS.findIndex((s) => s.owns.some((p) => isUnder(path, p)));
}

/** The sections the resident edit form reuses (the resident's own data only). */
export const RESIDENT_STEP_KEYS = ['person', 'address', 'identity', 'housing', 'background', 'availability', 'motivation'];

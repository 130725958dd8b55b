// The workplace form: what the coach types, the WorkplaceDraft sent to workplace_save, and
// where each backend field error is shown.

import type { EmployerRecord, OccupationRef, Workplace, WorkplaceDraft } from '../../api/contract.gen';
import type { FieldDef } from '../../components/fieldErrors';
import { formatDate, formatPostcode } from '../../i18n/format';
import { msg } from '../../i18n/msg';

export interface WorkplaceValues {
  title: string;
  kind: string;
  occupation: OccupationRef[];
  tasks: string;
  hours_per_week: string;
  days: string[];
  postcode: string;
  place: string;
  physical_demand: string;
  mental_demand: string;
  support: string[];
  dutch_level: string;
  /** dd-mm-jjjj, sent as typed. */
  start_date: string;
  places: string;
  open: boolean;
  /** Qualifications asked for, separated by ";". */
  qualifications: string;
}

/** A new workplace: open, at the employer's own address. */
export function newWorkplaceValues(employer: EmployerRecord | null): WorkplaceValues {
  return {
    title: '',
    kind: '',
    occupation: [],
    tasks: '',
    hours_per_week: '',
    days: [],
    postcode: employer ? formatPostcode(employer.address.postcode) : '',
    place: employer?.address.woonplaats ?? '',
    physical_demand: '',
    mental_demand: '',
    support: [],
    dutch_level: '',
    start_date: '',
    places: '1',
    open: true,
    qualifications: '',
  };
}

export function workplaceValues(w: Workplace): WorkplaceValues {
  return {
    title: w.title,
    kind: w.kind,
    occupation: w.occupation ? [w.occupation] : [],
    tasks: w.tasks ?? '',
    hours_per_week: String(w.hours_per_week),
    days: [...w.days],
    postcode: formatPostcode(w.postcode),
    place: w.place,
    physical_demand: w.physical_demand,
    mental_demand: w.mental_demand,
    support: [...w.support],
    dutch_level: w.dutch_level ?? '',
    start_date: formatDate(w.start_date),
    places: String(w.places),
    open: w.open,
    qualifications: (w.qualifications ?? []).join('; '),
  };
}

const text = (v: string): string | null => (v.trim() ? v.trim() : null);

/** Exactly the keys of WorkplaceDraft (the backend rejects unknown ones). */
export function toWorkplaceDraft(employerId: string, v: WorkplaceValues): WorkplaceDraft {
  return {
    employer_id: employerId,
    title: text(v.title),
    kind: text(v.kind),
    occupation: v.occupation[0] ?? null,
    tasks: text(v.tasks),
    hours_per_week: text(v.hours_per_week),
    days: v.days,
    postcode: text(v.postcode),
    place: text(v.place),
    physical_demand: text(v.physical_demand),
    mental_demand: text(v.mental_demand),
    support: v.support,
    dutch_level: text(v.dutch_level),
    start_date: text(v.start_date),
    places: text(v.places),
    open: v.open,
    qualifications: v.qualifications
      .split(';')
      .map((q) => q.trim())
      .filter((q) => q !== ''),
  };
}

/** The fields in screen order; ids are `workplace-` + the path with dashes. */
export const WORKPLACE_FIELDS: FieldDef[] = [
  { path: 'title', id: 'workplace-title', label: msg('workplace-field-title') },
  { path: 'kind', id: 'workplace-kind', label: msg('workplace-field-kind') },
  { path: 'occupation', id: 'workplace-occupation', label: msg('workplace-field-occupation') },
  { path: 'tasks', id: 'workplace-tasks', label: msg('workplace-field-tasks') },
  { path: 'hours_per_week', id: 'workplace-hours', label: msg('workplace-field-hours') },
  { path: 'days', id: 'workplace-days', label: msg('workplace-field-days') },
  { path: 'postcode', id: 'workplace-postcode', label: msg('workplace-field-postcode') },
  { path: 'place', id: 'workplace-place', label: msg('workplace-field-place') },
  { path: 'physical_demand', id: 'workplace-physical', label: msg('workplace-field-physical') },
  { path: 'mental_demand', id: 'workplace-mental', label: msg('workplace-field-mental') },
  { path: 'support', id: 'workplace-support', label: msg('workplace-field-support') },
  { path: 'dutch_level', id: 'workplace-dutch', label: msg('workplace-field-dutch') },
  { path: 'start_date', id: 'workplace-start', label: msg('workplace-field-start') },
  { path: 'places', id: 'workplace-places', label: msg('workplace-field-places') },
  { path: 'open', id: 'workplace-open', label: msg('workplace-field-open') },
  { path: 'qualifications', id: 'workplace-qualifications', label: msg('workplace-field-qualifications') },
];

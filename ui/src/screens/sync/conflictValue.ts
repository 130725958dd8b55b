// How a conflict's values read for a person: the record and field with a Dutch label, and
// each JSON value as a short line (an address as "Straat 1, 1234 AB Plaats", a list joined
// with commas, an empty value as "(leeg)").

import { AGREEMENT_STATUSES, APPOINTMENT_STATUSES, ENTITY_KINDS, GENDERS, GOAL_STATUSES, HOUSING_KINDS, ID_DOCUMENT_KINDS, LANGUAGE_LEVELS, MARITAL_STATUSES, OBSTACLE_KINDS, PURPOSES, TRAJECT_STATES, WEEKDAYS, type Choice } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import { msg } from '../../i18n/msg';
import { formatDate, formatInstant, formatPostcode, formatWallTime } from '../../i18n/format';
import type { TextFn } from '../../i18n/useText';

/** Label ids of the top-level fields a conflict can name (the serde names of the records). */
const FIELD_LABELS: Record<string, string> = {
  name: msg('sync-field-name'),
  birth_date: msg('sync-field-birth-date'),
  gender: msg('sync-field-gender'),
  bsn: msg('sync-field-bsn'),
  address: msg('sync-field-address'),
  phone: msg('sync-field-phone'),
  email: msg('sync-field-email'),
  id_document: msg('sync-field-id-document'),
  marital_status: msg('sync-field-marital-status'),
  nationality: msg('sync-field-nationality'),
  verblijfstitel: msg('sync-field-verblijfstitel'),
  housing: msg('sync-field-housing'),
  languages: msg('sync-field-languages'),
  education: msg('sync-field-education'),
  work_experience: msg('sync-field-work-experience'),
  availability: msg('sync-field-availability'),
  obstacles: msg('sync-field-obstacles'),
  motivation: msg('sync-field-motivation'),
  career_wishes: msg('sync-field-career-wishes'),
  privacy_statement_explained_on: msg('sync-field-privacy-explained-on'),
  state: msg('sync-field-state'),
  purposes: msg('sync-field-purposes'),
  coach: msg('sync-field-coach'),
  started_on: msg('sync-field-started-on'),
  end: msg('sync-field-end'),
  description: msg('sync-field-description'),
  made_on: msg('sync-field-made-on'),
  due_on: msg('sync-field-due-on'),
  target_date: msg('sync-field-target-date'),
  status: msg('sync-field-status'),
  starts_at: msg('sync-field-starts-at'),
  ends_at: msg('sync-field-ends-at'),
  location: msg('sync-field-location'),
  subject: msg('sync-field-subject'),
  necessity: msg('sync-field-necessity'),
  summary: msg('sync-field-summary'),
  work_limitations: msg('sync-field-work-limitations'),
  source: msg('sync-field-source'),
};

/** Closed lists by path (`entity.field` or `entity.field.key`): their values get labels. */
const CHOICES: Record<string, readonly Choice[]> = {
  'resident.gender': GENDERS,
  'resident.marital_status': MARITAL_STATUSES,
  'resident.id_document.kind': ID_DOCUMENT_KINDS,
  'resident.housing.kind': HOUSING_KINDS,
  'resident.languages.level': LANGUAGE_LEVELS,
  'resident.obstacles.kind': OBSTACLE_KINDS,
  'resident.availability.days': WEEKDAYS,
  'traject.state': TRAJECT_STATES,
  'traject.purposes': PURPOSES,
  'agreement.status': AGREEMENT_STATUSES,
  'goal.status': GOAL_STATUSES,
  'appointment.status': APPOINTMENT_STATUSES,
};

/** "Inwoner", "Gemaakte afspraak"; an unknown kind as it is. */
export function entityLabel(t: TextFn, entity: string): string {
  const id = labelOf(ENTITY_KINDS, entity);
  return id ? t(id) : entity;
}

/** "Telefoonnummer", "Adres"; an unknown field as it is. */
export function fieldLabel(t: TextFn, field: string): string {
  const id = FIELD_LABELS[field];
  return id ? t(id) : field;
}

/** True when the field takes a value from a closed list (not free text). */
export function isChoiceField(entity: string, field: string): boolean {
  return `${entity}.${field}` in CHOICES;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function euros(cents: number): string {
  return `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function addressLine(a: Obj): string {
  const street = [str(a.street), str(a.house_number), str(a.house_number_addition)].filter(Boolean).join(' ');
  const place = [formatPostcode(str(a.postcode)), str(a.woonplaats)].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join(', ');
}

function nameLine(n: Obj): string {
  const first = str(n.given_names) || str(n.initials);
  return [first, str(n.tussenvoegsel), str(n.family_name)].filter(Boolean).join(' ');
}

/** A value as one short line, or '' when it is empty. */
function line(t: TextFn, value: unknown, path: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const v = value.trim();
    const choice = CHOICES[path];
    const label = choice ? labelOf(choice, v) : undefined;
    if (label) return t(label);
    if (ISO_DATE.test(v)) return formatDate(v);
    if (INSTANT.test(v)) return formatInstant(v);
    if (WALL_TIME.test(v)) return formatWallTime(v);
    return v;
  }
  if (typeof value === 'boolean') return value ? t('value-yes') : t('value-no');
  if (typeof value === 'number') {
    return path.endsWith('_cents') ? euros(value) : value.toLocaleString('nl-NL');
  }
  if (Array.isArray(value)) {
    return value
      .map((item) => line(t, item, path))
      .filter(Boolean)
      .join(isObject(value[0]) ? '; ' : ', ');
  }
  if (isObject(value)) {
    if ('street' in value && 'postcode' in value) return addressLine(value);
    if ('family_name' in value && 'given_names' in value) return nameLine(value);
    if ('name' in value && 'id' in value && Object.keys(value).length === 2) return str(value.name);
    return Object.entries(value)
      .map(([k, v]) => line(t, v, `${path}.${k}`))
      .filter(Boolean)
      .join(', ');
  }
  return String(value);
}

/**
 * A conflict value for a person: strings as they are (dates as dd-mm-jjjj, choices by
 * their label), an address or name as one line, lists joined, empty as "(leeg)".
 */
export function readableValue(t: TextFn, value: unknown, entity: string, field: string): string {
  return line(t, value, `${entity}.${field}`) || t('sync-value-empty');
}

/** True when both sides are text (or empty) and the field is free text: it can be edited. */
export function isEditable(c: { entity: string; field: string; mine: unknown; theirs: unknown }): boolean {
  const textOrEmpty = (v: unknown) => v === null || typeof v === 'string';
  return (
    textOrEmpty(c.mine) &&
    textOrEmpty(c.theirs) &&
    (typeof c.mine === 'string' || typeof c.theirs === 'string') &&
    !isChoiceField(c.entity, c.field)
  );
}

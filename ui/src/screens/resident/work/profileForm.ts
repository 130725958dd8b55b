// The search profile form: what the coach types, the MatchProfile sent to
// match_profile_save, and where each field error is shown. Only what must be parsed before
// it can be sent is checked here (a whole number that fits the wire's u16, a travel time
// row with both a workplace and minutes); the ranges (1 to 300 km, 1 to 300 minutes), the
// occupations and one travel time per workplace are the backend's rules
// (MatchProfile::validate), reported as field errors.

import type { DemandLevel, ErrorPayload, FieldError, Indication, MatchProfile, OccupationRef, SupportKind } from '../../../api/contract.gen';
import type { FieldDef } from '../../../components/fieldErrors';
import { msg } from '../../../i18n/msg';
import type { TextFn } from '../../../i18n/useText';

export interface OverrideValues {
  workplace_id: string;
  minutes: string;
}

export interface ProfileValues {
  wished: OccupationRef[];
  experience: OccupationRef[];
  /** 'none' = explicitly no indication. */
  indication: 'none' | Indication;
  physical: DemandLevel;
  mental: DemandLevel;
  support: string[];
  max_travel_km: string;
  overrides: OverrideValues[];
}

export function profileValues(p: MatchProfile): ProfileValues {
  return {
    wished: [...p.wished_occupations],
    experience: [...p.experience_occupations],
    indication: p.indication ?? 'none',
    physical: p.physical_capacity,
    mental: p.mental_capacity,
    support: [...p.support_needed],
    max_travel_km: p.max_travel_km === null ? '' : String(p.max_travel_km),
    overrides: p.travel_overrides.map((o) => ({ workplace_id: o.workplace_id, minutes: String(o.minutes) })),
  };
}

const WHOLE = /^\d+$/;
/** The largest number the wire type (u16) carries. */
const U16_MAX = 65_535;

/** A whole number that fits the wire type, or the error for `field`. */
function whole(field: string, value: string): number | FieldError {
  const v = value.trim();
  if (!WHOLE.test(v)) return { field, message_id: 'error-number-format', args: {} };
  const n = Number(v);
  if (n > U16_MAX) return { field, message_id: 'error-out-of-range', args: { min: '0', max: String(U16_MAX) } };
  return n;
}

const isError = (x: number | FieldError): x is FieldError => typeof x !== 'number';

/**
 * The profile to store (id and resident kept from `base`), or the errors of what cannot be
 * sent. `rows[k]` is the form row of the k-th travel time sent (empty rows are left out),
 * to put the backend's `travel_overrides[k]` errors on the right row.
 */
export function toProfile(base: MatchProfile, v: ProfileValues): { profile: MatchProfile | null; errors: FieldError[]; rows: number[] } {
  const errors: FieldError[] = [];
  let km: number | null = null;
  if (v.max_travel_km.trim()) {
    const n = whole('max_travel_km', v.max_travel_km);
    if (isError(n)) errors.push(n);
    else km = n;
  }
  const overrides: MatchProfile['travel_overrides'] = [];
  const rows: number[] = [];
  v.overrides.forEach((o, i) => {
    if (!o.workplace_id && !o.minutes.trim()) return;
    if (!o.workplace_id) errors.push({ field: `travel_overrides[${i}].workplace_id`, message_id: 'error-required', args: {} });
    const n = o.minutes.trim()
      ? whole(`travel_overrides[${i}].minutes`, o.minutes)
      : { field: `travel_overrides[${i}].minutes`, message_id: 'error-required', args: {} };
    if (isError(n)) errors.push(n);
    else if (o.workplace_id) {
      overrides.push({ workplace_id: o.workplace_id, minutes: n });
      rows.push(i);
    }
  });
  if (errors.length > 0) return { profile: null, errors, rows };
  return {
    profile: {
      id: base.id,
      resident_id: base.resident_id,
      wished_occupations: v.wished,
      experience_occupations: v.experience,
      indication: v.indication === 'none' ? null : v.indication,
      physical_capacity: v.physical,
      mental_capacity: v.mental,
      support_needed: v.support as SupportKind[],
      max_travel_km: km,
      travel_overrides: overrides,
    },
    errors: [],
    rows,
  };
}

/** `e` with its `travel_overrides[k]` paths moved to the form rows they came from. */
export function onFormRows(e: ErrorPayload, rows: readonly number[]): ErrorPayload {
  const fields = e.fields.map((f) => {
    const m = /^travel_overrides\[(\d+)\]/.exec(f.field);
    if (!m) return f;
    const row = rows[Number(m[1])];
    return row === undefined ? f : { ...f, field: `travel_overrides[${row}]${f.field.slice(m[0].length)}` };
  });
  return { ...e, fields };
}

/** Element id of a travel-time field: `profile-overrides-0-minutes`. */
export const overrideFieldId = (i: number, part: 'workplace_id' | 'minutes') =>
  `profile-overrides-${i}-${part === 'workplace_id' ? 'workplace' : 'minutes'}`;

/** The fields in screen order, travel-time rows included. */
export function profileFields(overrides: number, t: TextFn): FieldDef[] {
  const rows: FieldDef[] = [];
  for (let i = 0; i < overrides; i++) {
    const row = t('profile-override-row', { n: i + 1 });
    rows.push(
      {
        path: `travel_overrides[${i}].workplace_id`,
        id: overrideFieldId(i, 'workplace_id'),
        label: msg('profile-override-workplace'),
        labelText: t('form-row-field', { row, field: t('profile-override-workplace') }),
      },
      {
        path: `travel_overrides[${i}].minutes`,
        id: overrideFieldId(i, 'minutes'),
        label: msg('profile-override-minutes'),
        labelText: t('form-row-field', { row, field: t('profile-override-minutes') }),
      },
    );
  }
  return [
    { path: 'wished_occupations', id: 'profile-wished', label: msg('profile-wished') },
    { path: 'experience_occupations', id: 'profile-experience', label: msg('profile-experience') },
    { path: 'indication', id: 'profile-indication', label: msg('profile-indication') },
    { path: 'physical_capacity', id: 'profile-physical', label: msg('profile-physical') },
    { path: 'mental_capacity', id: 'profile-mental', label: msg('profile-mental') },
    { path: 'support_needed', id: 'profile-support', label: msg('profile-support') },
    { path: 'max_travel_km', id: 'profile-max-km', label: msg('profile-max-km') },
    ...rows,
  ];
}

// The search profile form: what the coach types, the MatchProfile sent to
// match_profile_save, the checks of the numbers before sending (the backend reads them as
// whole numbers), and where each field error is shown.

import type { DemandLevel, FieldError, Indication, MatchProfile, OccupationRef, SupportKind } from '../../../api/contract.gen';
import type { FieldDef } from '../../../components/fieldErrors';
import { msg } from '../../../i18n/msg';
import type { TextFn } from '../../../i18n/useText';

export const MAX_TRAVEL_KM = 300;
export const MAX_TRAVEL_MINUTES = 300;

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

/** A whole number in 1..=max, or the error for `field`. */
function whole(field: string, value: string, max: number): number | FieldError {
  const v = value.trim();
  if (!WHOLE.test(v)) return { field, message_id: 'error-number-format', args: {} };
  const n = Number(v);
  if (n < 1 || n > max) return { field, message_id: 'error-out-of-range', args: { min: '1', max: String(max) } };
  return n;
}

const isError = (x: number | FieldError): x is FieldError => typeof x !== 'number';

/** The profile to store (id and resident kept from `base`), or the errors of the numbers. */
export function toProfile(base: MatchProfile, v: ProfileValues): { profile: MatchProfile | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  let km: number | null = null;
  if (v.max_travel_km.trim()) {
    const n = whole('max_travel_km', v.max_travel_km, MAX_TRAVEL_KM);
    if (isError(n)) errors.push(n);
    else km = n;
  }
  const overrides: MatchProfile['travel_overrides'] = [];
  v.overrides.forEach((o, i) => {
    if (!o.workplace_id && !o.minutes.trim()) return;
    if (!o.workplace_id) errors.push({ field: `travel_overrides[${i}].workplace_id`, message_id: 'error-required', args: {} });
    const n = o.minutes.trim()
      ? whole(`travel_overrides[${i}].minutes`, o.minutes, MAX_TRAVEL_MINUTES)
      : { field: `travel_overrides[${i}].minutes`, message_id: 'error-required', args: {} };
    if (isError(n)) errors.push(n);
    else if (o.workplace_id) overrides.push({ workplace_id: o.workplace_id, minutes: n });
  });
  if (errors.length > 0) return { profile: null, errors };
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
  };
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

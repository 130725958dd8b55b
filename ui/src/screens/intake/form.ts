// The intake form's data (IntakeForm of docs/ipc.md) and helpers to read and write it by
// field path, the same paths intake_check reports (`resident.work_experience[1].until`).

import type { EducationDraft, HealthDraft, IntakeForm, LanguageSkillDraft, ObstacleDraft, ResidentDraft, WorkExperienceDraft } from '../../api/contract.gen';

export const emptyLanguage = (): LanguageSkillDraft => ({ language: null, level: null });
export const emptyEducation = (): EducationDraft => ({
  name: null,
  institution: null,
  level: null,
  diploma: false,
  completed_year: null,
});
export const emptyWorkExperience = (): WorkExperienceDraft => ({
  occupation: null,
  employer: null,
  from: null,
  until: null,
  description: null,
});
export const emptyObstacle = (): ObstacleDraft => ({ kind: null, description: null });
export const emptyHealth = (): HealthDraft => ({
  necessity: null,
  summary: null,
  work_limitations: null,
  source: null,
});

export function emptyResidentDraft(): ResidentDraft {
  return {
    name: { initials: null, given_names: null, tussenvoegsel: null, family_name: null, preferred_name: null },
    birth_date: null,
    gender: null,
    bsn: null,
    address: { street: null, house_number: null, house_number_addition: null, postcode: null, woonplaats: null },
    phone: null,
    email: null,
    id_document: { kind: null, number: null, expires_on: null },
    marital_status: null,
    nationality: null,
    verblijfstitel: { kind: null, expires_on: null },
    housing: { kind: null, monthly_rent: null, landlord: null },
    languages: [],
    education: [],
    work_experience: [],
    availability: { hours_per_week: null, days: [], available_from: null, notes: null },
    obstacles: [],
    motivation: null,
    career_wishes: [],
    privacy_statement_explained_on: null,
  };
}

/** Guidance is the purpose of every traject (crates/domain Traject::new). */
export const ALWAYS_PURPOSE = 'guidance';

export function emptyIntakeForm(): IntakeForm {
  return {
    resident: emptyResidentDraft(),
    privacy_statement_explained: false,
    purposes: [ALWAYS_PURPOSE],
    health: null,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Fills what a stored draft lacks with defaults, so an older draft still opens. */
function mergeDefaults<T>(defaults: T, loaded: unknown): T {
  if (!isObject(defaults) || !isObject(loaded)) {
    if (Array.isArray(defaults)) return (Array.isArray(loaded) ? loaded : defaults) as T;
    return (loaded === undefined ? defaults : loaded) as T;
  }
  const out: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    out[key] = mergeDefaults((defaults as Record<string, unknown>)[key], loaded[key]);
  }
  return out as T;
}

export function normaliseResidentDraft(loaded: unknown): ResidentDraft {
  return mergeDefaults(emptyResidentDraft(), loaded);
}

export function normaliseIntakeForm(loaded: IntakeForm): IntakeForm {
  const purposes = Array.isArray(loaded.purposes) ? loaded.purposes : [];
  return {
    resident: normaliseResidentDraft(loaded.resident),
    privacy_statement_explained: Boolean(loaded.privacy_statement_explained),
    purposes: purposes.includes(ALWAYS_PURPOSE) ? purposes : [ALWAYS_PURPOSE, ...purposes],
    health: loaded.health ? mergeDefaults(emptyHealth(), loaded.health) : null,
  };
}

type Key = string | number;

/** `resident.work_experience[1].until` → `['resident', 'work_experience', 1, 'until']`. */
export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      keys.push(part);
      continue;
    }
    if (m[1]) keys.push(m[1]);
    for (const idx of m[2]?.matchAll(/\[(\d+)\]/g) ?? []) keys.push(Number(idx[1]));
  }
  return keys;
}

export function getAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const k of parsePath(path)) {
    if (v === null || v === undefined) return undefined;
    v = (v as Record<Key, unknown>)[k];
  }
  return v;
}

/** A copy of `root` with `value` at `path`; objects and arrays on the way are copied. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  const put = (node: unknown, i: number): unknown => {
    const key = keys[i];
    if (key === undefined) return value;
    if (typeof key === 'number') {
      const arr = Array.isArray(node) ? [...node] : [];
      arr[key] = put(arr[key], i + 1);
      return arr;
    }
    const obj = isObject(node) ? { ...node } : {};
    obj[key] = put(obj[key], i + 1);
    return obj;
  };
  return put(root, 0) as T;
}

/** A leaf as the input shows it. */
export function asText(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** What an input stores: an empty field is null ("not given"), not "". */
export function fromText(v: string): string | null {
  return v === '' ? null : v;
}

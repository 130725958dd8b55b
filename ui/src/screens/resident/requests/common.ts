// What the Verzoeken tab's forms share: the consent as typed, dates as the coach types
// them, file sizes in words, and the field errors the backend gives with a form's paths.

import type { Consent, ConsentInput, FieldError } from '../../../api/contract.gen';
import { belongsTo } from '../../../components/fieldErrors';
import { formatDate } from '../../../i18n/format';
import type { TextFn } from '../../../i18n/useText';

/** A typed text, or null when blank (the backend reads null as "not filled in"). */
export const text = (v: string): string | null => (v.trim() ? v.trim() : null);

/** The consent fields as typed (all text, dd-mm-jjjj dates). */
export interface ConsentValues {
  given_on: string;
  form: string;
  scope: string;
  withdrawn_on: string;
}

export const EMPTY_CONSENT: ConsentValues = { given_on: '', form: '', scope: '', withdrawn_on: '' };

/** The stored consent as the fields show it. */
export function consentValues(c: Consent | null | undefined): ConsentValues {
  if (!c) return EMPTY_CONSENT;
  return { given_on: formatDate(c.given_on), form: c.form, scope: c.scope, withdrawn_on: formatDate(c.withdrawn_on) };
}

/** The consent as the backend reads it (blank fields as null; all blank means none). */
export function consentInput(v: ConsentValues): ConsentInput {
  return { given_on: text(v.given_on), form: text(v.form), scope: text(v.scope), withdrawn_on: text(v.withdrawn_on) };
}

/** The error exactly at `path` (not at a part of it), translated. */
export function exactError(errors: readonly FieldError[], path: string, t: TextFn): string | undefined {
  const e = errors.find((x) => x.field === path);
  return e ? t(e.message_id, e.args) : undefined;
}

/** True when one of `errors` belongs to one of the fields at `paths`. */
export function anyAt(errors: readonly FieldError[], paths: readonly string[]): boolean {
  return errors.some((e) => paths.some((p) => belongsTo(e.field, p)));
}

/** "350 kB", "1,2 MB": a file's size as a coach reads it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('nl-NL')} kB`;
  }
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

// Where a backend field error (docs/ipc.md, "Errors") is shown: under its field, and as a
// line of the form's error summary that links to the field.

import type { FieldError } from '../api/contract.gen';
import type { TextFn } from '../i18n/useText';
import type { SummaryItem } from './ErrorSummary';

export interface FieldDef {
  /** The field path in the backend's errors (`address.postcode`, `contacts[1].email`). */
  path: string;
  /** Element id of the field (the first box of a group). */
  id: string;
  /** Fluent id of its label, or the label itself when `labelText` is set. */
  label: string;
  /** A label already translated (e.g. "Contactpersoon 2, e-mail"). */
  labelText?: string;
}

/**
 * True when the error at `field` belongs to the field at `path`: the same path, or a part
 * of it (`days[2]` and `occupation.label` belong to `days` and `occupation`).
 */
export function belongsTo(field: string, path: string): boolean {
  return field === path || field.startsWith(`${path}[`) || field.startsWith(`${path}.`);
}

/** The translated error of the field at `path`, if any. */
export function errorAt(errors: readonly FieldError[], path: string, t: TextFn): string | undefined {
  const e = errors.find((x) => belongsTo(x.field, path));
  return e ? t(e.message_id, e.args) : undefined;
}

/** One summary line per error, in screen order; errors of no field on screen last, unlinked. */
export function summaryItems(errors: readonly FieldError[], defs: readonly FieldDef[], t: TextFn): SummaryItem[] {
  const shown = new Set<FieldError>();
  const known = defs.flatMap((d) =>
    errors
      .filter((e) => !shown.has(e) && belongsTo(e.field, d.path))
      .map((e) => {
        shown.add(e);
        const field = d.labelText ?? t(d.label);
        return { targetId: d.id, text: t('form-error-summary-item', { field, message: t(e.message_id, e.args) }) };
      }),
  );
  const rest = errors.filter((e) => !shown.has(e)).map((e) => ({ targetId: '', text: t(e.message_id, e.args) }));
  return [...known, ...rest];
}

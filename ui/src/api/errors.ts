// The error a failed command rejects with (docs/ipc.md, "Errors"). The UI acts on `code`
// and shows `message_id` with its `args`; it never shows English text from Rust.

import type { ErrorPayload, FieldError } from './contract.gen';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFieldError(v: unknown): v is FieldError {
  return isRecord(v) && typeof v.field === 'string' && typeof v.message_id === 'string';
}

/** True when `v` has the shape of an ErrorPayload. */
export function isErrorPayload(v: unknown): v is ErrorPayload {
  return (
    isRecord(v) &&
    typeof v.code === 'string' &&
    typeof v.message_id === 'string' &&
    (v.fields === undefined || (Array.isArray(v.fields) && v.fields.every(isFieldError)))
  );
}

/** Any rejection as an ErrorPayload; what is not one becomes `internal`. */
export function toErrorPayload(v: unknown): ErrorPayload {
  if (isErrorPayload(v)) {
    return {
      code: v.code,
      message_id: v.message_id,
      args: normaliseArgs(v.args),
      fields: (v.fields ?? []).map((f) => ({ ...f, args: normaliseArgs(f.args) })),
    };
  }
  return { code: 'internal', message_id: 'error-internal', args: {}, fields: [] };
}

/** Fluent arguments as strings; tolerates a missing object. */
function normaliseArgs(args: unknown): Record<string, string> {
  if (!isRecord(args)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(args)) out[k] = String(v);
  return out;
}

/** The first field error for `path`, if any. */
export function fieldError(errors: readonly FieldError[], path: string): FieldError | undefined {
  return errors.find((e) => e.field === path);
}

/** Seconds to wait after too_many_attempts, or 0. */
export function retryAfterSeconds(e: ErrorPayload): number {
  if (e.code !== 'too_many_attempts') return 0;
  const n = Number.parseInt(e.args.seconds ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

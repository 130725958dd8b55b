// Dates as the Netherlands writes them: dd-mm-jjjj (DOMAIN.md, "Identifiers and formats").

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** `2025-06-17` → `17-06-2025`; anything else is returned as it is, null as ''. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = ISO_DATE.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}

/** A local wall time `2025-06-17T10:00:00` → `17-06-2025 10:00`. */
export function formatWallTime(value: string | null | undefined): string {
  if (!value) return '';
  const m = WALL_TIME.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]} ${m[4]}:${m[5]}` : value;
}

/** A wall time's clock part, `10:00`. */
export function timeOf(value: string): string {
  const m = WALL_TIME.exec(value);
  return m ? `${m[4]}:${m[5]}` : '';
}

/** A UTC instant shown in Amsterdam time, `17-06-2025 10:00`. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')} ${get('hour')}:${get('minute')}`;
}

/** `17-6-2025` or `2025-06-17` → `2025-06-17`; null when it is not a real date. */
export function toIsoDate(value: string): string | null {
  const v = value.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO_DATE.exec(v);
  const nl = DUTCH_DATE.exec(v);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (nl) {
    [d, m, y] = [Number(nl[1]), Number(nl[2]), Number(nl[3])];
  } else {
    return null;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in dd-mm-jjjj (local time). */
export function todayDutch(now: Date = new Date()): string {
  const dd = String(now.getDate()).padStart(2, '0');
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${now.getFullYear()}`;
}

/** `1234AB` → `1234 AB`. */
export function formatPostcode(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})\s?([A-Za-z]{2})$/.exec(value.trim());
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : value;
}

export type ElapsedUnit = 'now' | 'minutes' | 'hours' | 'days';

/**
 * How long ago a UTC instant was, rounded down to whole minutes, hours or days
 * (`now` under one minute). Null for an empty or unreadable value.
 */
export function elapsedSince(
  value: string | null | undefined,
  now: Date = new Date(),
): { unit: ElapsedUnit; n: number } | null {
  if (!value) return null;
  const then = new Date(value).getTime();
  if (Number.isNaN(then)) return null;
  const minutes = Math.floor(Math.max(0, now.getTime() - then) / 60_000);
  if (minutes < 1) return { unit: 'now', n: 0 };
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.floor(hours / 24) };
}

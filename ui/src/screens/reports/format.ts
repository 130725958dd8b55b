// Words and numbers of a management report, as the PDF and the CSV write them (Rust:
// crates/core/src/reports/export.rs): months as "jan 2026", counts with a thousands dot,
// hidden cells as "x", amounts as EUR 1.234,56, scores with a decimal comma.

import type { Cell, TableRow } from '../../api/contract.gen';

type T = (id: string, args?: Record<string, string | number>) => string;

const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** `2026-03` for a date's month. */
export function monthKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The `count` months up to and including `today`'s, newest first. */
export function lastMonths(today: Date, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(monthKey(new Date(today.getFullYear(), today.getMonth() - i, 1)));
  return out;
}

/** The default period: the last twelve months, this one included. */
export function defaultPeriod(today: Date): { from: string; to: string } {
  const months = lastMonths(today, 12);
  return { from: months[11]!, to: months[0]! };
}

/** Whether a column key is a month. */
export function isMonth(key: string): boolean {
  return MONTH_KEY.test(key);
}

/** `2026-03` → "mrt 2026" (short) or "maart 2026" (long: the PDF's month names). */
export function monthLabel(key: string, t: T, long = false): string {
  const m = MONTH_KEY.exec(key);
  if (!m) return key;
  const id = long ? `pdf-month-${Number(m[2])}` : `report-month-short-${Number(m[2])}`;
  return `${t(id)} ${m[1]}`;
}

/** A column's header: a month, or its Fluent label. */
export function columnLabel(key: string, t: T): string {
  return isMonth(key) ? monthLabel(key, t) : t(key);
}

/** A row's label: a coach's or team's name, or its Fluent label. */
export function rowLabel(row: TableRow, t: T): string {
  return row.label ?? t(row.id);
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A cell as a reader sees it; '' for nothing in this period. */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'count':
      return thousands(cell.value);
    case 'hidden':
      return 'x';
    case 'days':
      return thousands(cell.value);
    case 'amount': {
      const abs = Math.abs(cell.cents);
      const euros = thousands(Math.floor(abs / 100));
      const cents = String(abs % 100).padStart(2, '0');
      return `EUR ${cell.cents < 0 ? '-' : ''}${euros},${cents}`;
    }
    case 'score':
      return `${Math.floor(cell.tenths / 10)},${cell.tenths % 10}`;
    case 'empty':
      return '';
  }
}

/** A count to draw, or null when hidden or not a count. */
export function barValue(cell: Cell): number | null {
  if (cell.kind === 'count') return cell.value;
  if (cell.kind === 'empty') return 0;
  return null;
}

import { describe, expect, it } from 'vitest';
import {
  elapsedSince,
  formatDate,
  formatInstant,
  formatPostcode,
  formatWallTime,
  toIsoDate,
  todayDutch,
} from './format';

describe('format', () => {
  it('shows dates as dd-mm-jjjj', () => {
    expect(formatDate('2025-06-17')).toBe('17-06-2025');
    expect(formatDate(null), 'no date is an empty string').toBe('');
    expect(formatDate('17-06-2025'), 'already Dutch stays as it is').toBe('17-06-2025');
    expect(formatWallTime('2025-06-17T09:05:00')).toBe('17-06-2025 09:05');
    expect(todayDutch(new Date(2025, 0, 3))).toBe('03-01-2025');
  });

  it('shows UTC instants in Amsterdam time, summer and winter', () => {
    expect(formatInstant('2025-06-16T08:30:00Z'), 'CEST is UTC+2').toBe('16-06-2025 10:30');
    expect(formatInstant('2025-01-16T08:30:00Z'), 'CET is UTC+1').toBe('16-01-2025 09:30');
  });

  it('reads dd-mm-jjjj and ISO dates, and refuses dates that do not exist', () => {
    expect(toIsoDate('7-6-2025')).toBe('2025-06-07');
    expect(toIsoDate('2025-06-07')).toBe('2025-06-07');
    expect(toIsoDate('29-02-2023'), '2023 is no leap year').toBeNull();
    expect(toIsoDate('morgen')).toBeNull();
  });

  it('writes postcodes with a space', () => {
    expect(formatPostcode('6811ab')).toBe('6811 AB');
    expect(formatPostcode('6811 AB')).toBe('6811 AB');
  });

  it('says how long ago an instant was, in whole minutes, hours or days', () => {
    const now = new Date('2025-06-17T12:00:00Z');
    expect(elapsedSince('2025-06-17T11:59:30Z', now)).toEqual({ unit: 'now', n: 0 });
    expect(elapsedSince('2025-06-17T11:55:00Z', now)).toEqual({ unit: 'minutes', n: 5 });
    expect(elapsedSince('2025-06-17T09:30:00Z', now)).toEqual({ unit: 'hours', n: 2 });
    expect(elapsedSince('2025-06-14T11:00:00Z', now)).toEqual({ unit: 'days', n: 3 });
    expect(elapsedSince(null, now)).toBeNull();
    expect(elapsedSince('gisteren', now)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatCents, formatEuros, formatMinutesAsHours } from './amounts';

describe('amounts the Dutch way', () => {
  it.each([
    [0, '0,00'],
    [5, '0,05'],
    [65_050, '650,50'],
    [123_456, '1.234,56'],
    [123_456_700, '1.234.567,00'],
    [-123_456, '-1.234,56'],
  ])('%i cents is %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('puts EUR before the amount', () => {
    expect(formatEuros(123_456)).toBe('EUR 1.234,56');
  });

  it.each([
    [1440, '24'],
    [1470, '24,5'],
    [435, '7,25'],
    [6, '0,1'],
    [0, '0'],
    [2281, '38,02'],
  ])('%i minutes is %s hours', (minutes, text) => {
    expect(formatMinutesAsHours(minutes)).toBe(text);
  });
});

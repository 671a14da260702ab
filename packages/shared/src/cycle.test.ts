import { describe, expect, it } from 'vitest';
import { calendarYearOf, parseMonth } from './cycle';

describe('parseMonth', () => {
  it.each([
    ['2024-01', { ok: true, year: 2024, month: 1 }],
    ['2025-12', { ok: true, year: 2025, month: 12 }],
    ['2025-13', { ok: false, reason: 'not a YYYY-MM month' }], // the bad fixture's cycles.csv line 3
    ['2025-00', { ok: false, reason: 'not a YYYY-MM month' }],
    ['2025-1', { ok: false, reason: 'not a YYYY-MM month' }],
    ['2025/01', { ok: false, reason: 'not a YYYY-MM month' }],
    ['2025-01-01', { ok: false, reason: 'not a YYYY-MM month' }],
    [' 2025-01', { ok: false, reason: 'not a YYYY-MM month' }],
    ['', { ok: false, reason: 'not a YYYY-MM month' }],
  ])('%j', (raw, expected) => expect(parseMonth(raw)).toEqual(expected));
});

describe('calendarYearOf', () => {
  it('is the year of the start month', () => {
    expect(calendarYearOf('2024-07')).toBe(2024);
  });

  it('refuses a malformed month', () => {
    expect(() => calendarYearOf('2024-13')).toThrow(RangeError);
  });
});

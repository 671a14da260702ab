import { describe, expect, it } from 'vitest';
import { parseNip, todayInIndonesia, validateIdentityNumber } from './nip';
import { readFixtureCsv } from './testing/fixtures';

describe('parseNip', () => {
  it('reads the parts of a NIP', () => {
    expect(parseNip('197410281995051001')).toEqual({
      ok: true,
      nip: {
        value: '197410281995051001',
        birthDate: '1974-10-28',
        appointmentMonth: '1995-05',
        gender: 'MALE',
        sequence: 1,
      },
    });
  });

  it.each([
    ['grouped with spaces', '19741028 199505 2 013', { value: '197410281995052013', gender: 'FEMALE', sequence: 13 }],
    ['leap day', '200002292018041001', { birthDate: '2000-02-29' }],
    ['appointed in the month of the 18th birthday', '200005202018051001', { appointmentMonth: '2018-05' }],
    ['highest sequence', '197410281995051999', { sequence: 999 }],
  ])('accepts a NIP %s', (_, raw, parts) => {
    const result = parseNip(raw);
    expect(result.ok && result.nip).toMatchObject(parts);
  });

  it.each([
    ['', 'must be 18 digits'],
    ['19741028199505100', 'must be 18 digits'],
    ['1974102819950510011', 'must be 18 digits'],
    ['19741028199505100A', 'must be 18 digits'],
    ['197513450200011001', 'month 13 is not a date'],
    ['197500150200011001', 'month 0 is not a date'],
    ['199002311990021001', 'day 31 is not a date in 1990-02'],
    ['199002001990021001', 'day 0 is not a date in 1990-02'],
    ['190002291990021001', 'day 29 is not a date in 1900-02'],
    ['199004312010001001', 'day 31 is not a date in 1990-04'],
    ['199004302010131001', 'month 13 is not a date'],
    ['199004302010001001', 'month 0 is not a date'],
    ['200005202018041001', 'appointment precedes 18th birthday'],
    ['200005201990041001', 'appointment precedes 18th birthday'],
    ['197410281995053001', 'gender digit must be 1 or 2'],
    ['197410281995050001', 'gender digit must be 1 or 2'],
    ['197410281995051000', 'sequence must start at 001'],
  ])('rejects %j: %s', (raw, reason) => {
    expect(parseNip(raw)).toEqual({ ok: false, reason });
  });

  describe('refuses impossible years, naming the part', () => {
    const today = '2026-11-30';
    it.each([
      ['193912311990021001', 'birth year 1939 is before 1940'],
      ['190001011960011001', 'birth year 1900 is before 1940'],
      ['202612011990021001', 'birth date 2026-12-01 is in the future'],
      ['203001011990021001', 'birth date 2030-01-01 is in the future'],
      ['200001012026121001', 'appointment month 2026-12 is in the future'],
      ['200001012031011001', 'appointment month 2031-01 is in the future'],
    ])('rejects %j: %s', (raw, reason) => {
      expect(parseNip(raw, today)).toEqual({ ok: false, reason });
      expect(validateIdentityNumber('PNS', raw, today)).toEqual({ ok: false, reason });
    });
    it.each([
      ['born in 1940', '194001011960011001'],
      ['appointed this month', '200001012026111001'],
    ])('accepts a NIP %s', (_, raw) => {
      expect(parseNip(raw, today).ok).toBe(true);
    });
    it('reads today in WIT, the last Indonesian time zone to reach a date', () => {
      expect(todayInIndonesia(new Date('2026-11-30T14:59:00Z'))).toBe('2026-11-30');
      expect(todayInIndonesia(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
    });
  });

  it('parses every PNS NIP of the small fixture', () => {
    const pns = readFixtureCsv('small/employees.csv').rows.filter((r) => r.employment_type === 'PNS');
    expect(pns.length).toBeGreaterThan(50);
    const rejected = pns.map((r) => [r.nip, parseNip(r.nip ?? '')] as const).filter(([, result]) => !result.ok);
    expect(rejected).toEqual([]);
  });

  it('names the bad NIP of the bad fixture as the import must report it', () => {
    const { rows } = readFixtureCsv('bad/employees.csv');
    const line12 = rows[12 - 2]; // line 1 is the header
    expect(parseNip(line12?.nip ?? '')).toEqual({ ok: false, reason: 'month 13 is not a date' });
  });
});

describe('validateIdentityNumber', () => {
  it.each([
    ['PNS', '197410281995051001', { ok: true }],
    ['PNS', '197513450200011001', { ok: false, reason: 'month 13 is not a date' }],
    // NI PPPK carries no dates to check: only length and digits.
    ['PPPK', '202101012021010000', { ok: true }],
    ['PPPK', '2021 0101 2021 0100 00', { ok: true }],
    ['PPPK', '20210101202101000', { ok: false, reason: 'must be 18 digits' }],
    ['PPPK', '20210101202101000x', { ok: false, reason: 'must be 18 digits' }],
  ] as const)('%s %j', (type, raw, expected) => {
    expect(validateIdentityNumber(type, raw)).toEqual(expected);
  });
});

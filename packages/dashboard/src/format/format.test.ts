import { describe, expect, it } from 'vitest';
import { createFormatters, figureText } from './format';

const id = createFormatters('id');
const en = createFormatters('en');
const missing = { suppressed: 'disembunyikan (kelompok < 5 orang)', noData: 'tidak ada data' };

describe('createFormatters', () => {
  it('groups and rounds the Indonesian way', () => {
    expect(id.integer(12345)).toBe('12.345');
    expect(id.decimal(84.840202)).toBe('84,8');
    expect(id.percent(0.794118)).toBe('79,4%');
    expect(id.percent(0.5)).toBe('50%');
    expect(id.rupiah(29_500_000)).toBe('Rp\u00a029.500.000');
    expect(id.rupiahCompact(29_500_000)).toBe('Rp\u00a029,5\u00a0jt');
    expect(id.jp(216)).toBe('216\u00a0JP');
  });

  it('groups the English way and still writes rupiah as Rp', () => {
    expect(en.integer(12345)).toBe('12,345');
    expect(en.percent(0.794118)).toBe('79.4%');
    expect(en.rupiah(29_500_000)).toBe('Rp\u00a029,500,000');
  });

  it('signs changes with a true minus and leaves zero unsigned', () => {
    expect(id.signed(3)).toBe('+3');
    expect(id.signed(-8.82, 1)).toBe('−8,8');
    expect(id.signed(0)).toBe('0');
    expect(id.integer(-2)).toBe('−2');
  });
});

describe('figureText', () => {
  it('says why a figure is missing instead of writing 0', () => {
    expect(figureText(0, id.percent, missing)).toBe('0%');
    expect(figureText(null, id.percent, missing)).toBe('tidak ada data');
    expect(figureText(undefined, id.percent, missing)).toBe('tidak ada data');
    expect(figureText(null, id.percent, missing, true)).toBe('disembunyikan (kelompok < 5 orang)');
    expect(figureText(0.5, id.percent, missing, true)).toBe('disembunyikan (kelompok < 5 orang)');
  });
});

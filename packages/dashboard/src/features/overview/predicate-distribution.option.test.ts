import { describe, expect, it } from 'vitest';
import type { Predicate } from '@kinerja/shared';
import { createFormatters } from '../../format/format';
import {
  buildPredicateDistributionOption,
  buildPredicateDistributionRows,
  checkDistributionPattern,
  type PredicateDistributionLabels,
  type PredicateShareInput,
} from './predicate-distribution.option';

// Kota Kendari, 2025, in the small fixture: 27 finalised appraisals.
const kendari: PredicateShareInput[] = [
  { predicate: 'SANGAT_BAIK', count: 3, share: 3 / 27 },
  { predicate: 'BAIK', count: 17, share: 17 / 27 },
  { predicate: 'BUTUH_PERBAIKAN', count: 2, share: 2 / 27 },
  { predicate: 'KURANG', count: 3, share: 3 / 27 },
  { predicate: 'SANGAT_KURANG', count: 2, share: 2 / 27 },
];
const names: Record<Predicate, string> = {
  SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang', SANGAT_KURANG: 'Sangat Kurang',
};
const labels: PredicateDistributionLabels = {
  predicate: (p) => names[p],
  share: 'Bagian',
  count: 'Jumlah',
  boundMax: (b) => `maks. ${b}`,
  boundMin: (b) => `min. ${b}`,
  pattern: 'Pola distribusi',
  format: createFormatters('id'),
};

describe('checkDistributionPattern', () => {
  it('checks each rule of a BAIK unit: at most 70% BAIK, and someone below expectation', () => {
    const checks = checkDistributionPattern(kendari, 'BAIK');
    expect(checks.map((c) => [c.kind, c.bound, c.actualCount, c.ok])).toEqual([
      ['max', 0.7, 17, true],
      ['atLeastOne', null, 5, true],
    ]);
    expect(checks[0]!.actualShare).toBeCloseTo(17 / 27);
  });

  it('flags the breaches of an ISTIMEWA unit with too many SANGAT_BAIK', () => {
    const many: PredicateShareInput[] = [{ predicate: 'SANGAT_BAIK', count: 8, share: 0.8 }, { predicate: 'BAIK', count: 2, share: 0.2 }];
    expect(checkDistributionPattern(many, 'ISTIMEWA').map((c) => c.ok)).toEqual([false]);
  });

  it('checks nothing while the organisation predicate is not recorded', () => {
    expect(checkDistributionPattern(kendari, null)).toEqual([]);
    expect(buildPredicateDistributionRows(kendari, null, labels).every((r) => r.bound === null && r.boundKind === null)).toBe(true);
  });

  it('judges nothing without finalised appraisals', () => {
    const none = checkDistributionPattern([], 'BUTUH_PERBAIKAN');
    expect(none.every((c) => c.ok && c.actualShare === null)).toBe(true);
  });
});

describe('buildPredicateDistributionOption', () => {
  it('puts one row per predicate, best first, with shares in percent and the bound of single-predicate rules', () => {
    const rows = buildPredicateDistributionRows(kendari, 'BAIK', labels);
    expect(rows.map((r) => [r.predicate, r.count, r.bound, r.boundKind])).toEqual([
      ['SANGAT_BAIK', 3, null, null],
      ['BAIK', 17, 70, 'max'],
      ['BUTUH_PERBAIKAN', 2, null, null],
      ['KURANG', 3, null, null],
      ['SANGAT_KURANG', 2, null, null],
    ]);
    expect(rows[1]!.share).toBeCloseTo(62.96, 2);
  });

  it('draws the actual bars and the dashed bound over them from one dataset', () => {
    const option = buildPredicateDistributionOption(kendari, 'BAIK', labels);
    const series = option.series as { type: string; encode: { y: string }; barGap?: string }[];
    expect(series.map((s) => [s.type, s.encode.y])).toEqual([['bar', 'share'], ['bar', 'bound']]);
    expect(series[1]!.barGap).toBe('-100%');
    expect(option.legend).toMatchObject({ data: ['Pola distribusi'] });
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const rows = buildPredicateDistributionRows(kendari, 'BAIK', labels);
    expect(tooltip.formatter([{ data: rows[1] }])).toContain('Pola distribusi: maks. 70%');
    expect(tooltip.formatter([{ data: rows[0] }])).not.toContain('Pola distribusi');
  });

  it('leaves shares empty (not 0%) when nothing is finalised', () => {
    const rows = buildPredicateDistributionRows([], 'BAIK', labels);
    expect(rows.every((r) => r.share === null)).toBe(true);
  });
});

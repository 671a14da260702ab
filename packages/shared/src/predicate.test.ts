import { describe, expect, it } from 'vitest';
import { RATINGS, type Rating } from './appraisal';
import {
  DISTRIBUTION_PATTERN,
  PREDICATES,
  PREDICATE_LABELS,
  distributionBreaches,
  predicateFor,
  type OrganizationPredicate,
  type Predicate,
} from './predicate';

describe('predicateFor', () => {
  // PermenPANRB 6/2022, predicate matrix, transcribed from SPEC §3 row by row.
  const matrix: [workResult: Rating, behavior: Rating, predicate: Predicate][] = [
    ['ABOVE', 'BELOW', 'KURANG'],
    ['ABOVE', 'MEETS', 'BAIK'],
    ['ABOVE', 'ABOVE', 'SANGAT_BAIK'],
    ['MEETS', 'BELOW', 'KURANG'],
    ['MEETS', 'MEETS', 'BAIK'],
    ['MEETS', 'ABOVE', 'BAIK'],
    ['BELOW', 'BELOW', 'SANGAT_KURANG'],
    ['BELOW', 'MEETS', 'BUTUH_PERBAIKAN'],
    ['BELOW', 'ABOVE', 'BUTUH_PERBAIKAN'],
  ];

  it.each(matrix)('HK %s × PK %s → %s', (workResult, behavior, predicate) => {
    expect(predicateFor(workResult, behavior)).toBe(predicate);
  });

  it('covers every rating pair', () => {
    expect(matrix).toHaveLength(RATINGS.length ** 2);
  });

  it('never rates better for a worse behaviour', () => {
    for (const hk of RATINGS) {
      const ranks = ['BELOW', 'MEETS', 'ABOVE'].map((pk) => PREDICATES.indexOf(predicateFor(hk, pk as Rating)));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
  });
});

describe('predicates', () => {
  it('are ordered best first, with Indonesian labels', () => {
    expect(PREDICATES.map((p) => PREDICATE_LABELS[p])).toEqual([
      'Sangat Baik',
      'Baik',
      'Butuh Perbaikan',
      'Kurang/Misconduct',
      'Sangat Kurang',
    ]);
  });
});

describe('distributionBreaches', () => {
  const counts = (partial: Partial<Record<Predicate, number>>): Record<Predicate, number> => ({
    SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0, ...partial,
  });

  it.each<[OrganizationPredicate, Partial<Record<Predicate, number>>, string[]]>([
    ['ISTIMEWA', { SANGAT_BAIK: 7, BAIK: 3 }, []],
    ['ISTIMEWA', { SANGAT_BAIK: 8, BAIK: 2 }, ['SANGAT_BAIK≤0.7']],
    ['BAIK', { SANGAT_BAIK: 1, BAIK: 7, BUTUH_PERBAIKAN: 2 }, []],
    ['BAIK', { SANGAT_BAIK: 3, BAIK: 7 }, ['BUTUH_PERBAIKAN+KURANG≥1']],
    ['BAIK', { BAIK: 9, KURANG: 1 }, ['BAIK≤0.7']],
    ['BUTUH_PERBAIKAN', { SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 6 }, []],
    ['BUTUH_PERBAIKAN', { SANGAT_BAIK: 2, BAIK: 3, BUTUH_PERBAIKAN: 5 }, ['BUTUH_PERBAIKAN≥0.6', 'SANGAT_BAIK≤0.1']],
    ['KURANG', { BUTUH_PERBAIKAN: 1, KURANG: 6, BAIK: 3 }, []],
    ['KURANG', { KURANG: 10 }, ['BUTUH_PERBAIKAN≥0.1']],
    ['SANGAT_KURANG', { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 }, []],
    ['SANGAT_KURANG', { SANGAT_KURANG: 9, SANGAT_BAIK: 1 }, ['KURANG+BUTUH_PERBAIKAN≥0.1', 'SANGAT_BAIK≤0']],
    ['SANGAT_KURANG', {}, []],
  ])('unit %s, %j breaks %j', (unit, partial, expected) => {
    const describeRule = (r: (typeof DISTRIBUTION_PATTERN)[OrganizationPredicate][number]) =>
      r.predicates.join('+') +
      (r.atLeastOne ? '≥1' : r.minShare !== undefined ? `≥${r.minShare}` : `≤${r.maxShare}`);
    expect(distributionBreaches(unit, counts(partial)).map(describeRule)).toEqual(expected);
  });
});

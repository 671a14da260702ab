import { describe, expect, it } from 'vitest';
import {
  completedInCycle, costPerClosedGap, previousCycleOf, trainingEffectOf, type EffectCycle,
} from './training-effect';

const cycle = (id: number, code: string, kind: EffectCycle['kind'], startMonth: string, endMonth: string): EffectCycle =>
  ({ id, code, kind, startMonth, endMonth });

describe('previousCycleOf', () => {
  const cycles = [
    cycle(1, '2024-TAHUNAN', 'ANNUAL', '2024-01-01', '2024-12-01'),
    cycle(2, '2025-TAHUNAN', 'ANNUAL', '2025-01-01', '2025-12-01'),
    cycle(3, '2025-S1', 'SEMESTER', '2025-01-01', '2025-06-01'),
    cycle(4, '2025-S2', 'SEMESTER', '2025-07-01', '2025-12-01'),
    cycle(5, '2024-S2', 'SEMESTER', '2024-07-01', '2024-12-01'),
    cycle(6, '2024-S2B', 'SEMESTER', '2024-07-01', '2024-12-01'),
    cycle(7, '2024-Q4', 'SEMESTER', '2024-10-01', '2024-12-01'),
  ];
  it.each([
    ['2025-TAHUNAN', '2024-TAHUNAN'], // the same kind only: the semesters ending 2024-12 do not count
    ['2024-TAHUNAN', null], // nothing earlier
    ['2025-S2', '2025-S1'], // the latest that ends before the start
    ['2025-S1', '2024-Q4'], // same end month: the one that started later
  ])('%s → %s', (code, previous) => {
    const c = cycles.find((x) => x.code === code)!;
    expect(previousCycleOf(cycles, c)?.code ?? null).toBe(previous);
  });

  it('breaks a full tie by the lowest code', () => {
    const ties = cycles.filter((c) => c.id === 5 || c.id === 6);
    const target = cycle(9, 'X', 'SEMESTER', '2025-01-01', '2025-06-01');
    expect(previousCycleOf(ties, target)?.code).toBe('2024-S2');
    expect(previousCycleOf([...ties].reverse(), target)?.code).toBe('2024-S2');
  });

  it('does not take a cycle that ends in the month the other starts', () => {
    expect(previousCycleOf([cycle(1, 'A', 'ANNUAL', '2024-01-01', '2025-01-01')], cycle(2, 'B', 'ANNUAL', '2025-01-01', '2025-12-01'))).toBeNull();
  });
});

describe('completedInCycle', () => {
  const c = { startMonth: '2025-01-01', endMonth: '2025-06-01' };
  it.each([
    ['2024-12-31', false], ['2025-01-01', true], ['2025-06-30', true], ['2025-07-01', false],
  ])('%s → %s', (day, inside) => expect(completedInCycle(day, c)).toBe(inside));
});

describe('trainingEffectOf', () => {
  it('computes every figure of SPEC §5 from the members', () => {
    const trained = [{ required: 4, before: 2, after: 4 }, { required: 4, before: 3, after: 3 }];
    const comparison = [{ required: 3, before: 2, after: 2 }, { required: 3, before: 1, after: 2 }, { required: 4, before: 3, after: 2 }];
    expect(trainingEffectOf(trained, comparison)).toEqual({
      trained: 2,
      comparison: 3,
      meanGapBefore: 1.5, // (2 + 1) / 2
      meanGapAfter: 0.5, // (0 + 1) / 2
      closedRate: 0.5,
      meanLevelBefore: 2.5,
      meanLevelAfter: 3.5,
      comparisonMeanLevelBefore: 2,
      comparisonMeanLevelAfter: 2,
      meanLevelChange: 1, // (2 + 0) / 2
      comparisonMeanLevelChange: 0, // (0 + 1 − 1) / 3
      effect: 1,
    });
  });

  it('leaves the comparison figures and the effect null without a comparison group', () => {
    const figures = trainingEffectOf([{ required: 3, before: 2, after: 1 }], []);
    expect(figures).toMatchObject({ comparison: 0, meanGapAfter: 2, meanLevelChange: -1, comparisonMeanLevelChange: null, effect: null });
  });

  it('a level above the requirement closes the gap, counting no negative gap', () => {
    expect(trainingEffectOf([{ required: 3, before: 1, after: 5 }], [])).toMatchObject({ meanGapAfter: 0, closedRate: 1, meanLevelChange: 4 });
  });
});

describe('costPerClosedGap', () => {
  it('is the cost of everyone trained over the gaps closed', () => {
    expect(costPerClosedGap(2_500_000, 4, 2)).toBe(5_000_000);
    expect(costPerClosedGap(2_500_000, 4, 0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { CycleKind } from '@kinerja/shared';
import { trendKinds, type KindedCycle } from './trend-kinds';

const cycles: KindedCycle[] = [
  { code: '2024-TAHUNAN', kind: CycleKind.ANNUAL, startMonth: '2024-01-01' },
  { code: '2025-S1', kind: CycleKind.SEMESTER, startMonth: '2025-01-01' },
  { code: '2025-TAHUNAN', kind: CycleKind.ANNUAL, startMonth: '2025-01-01' },
  { code: '2026-Q1', kind: CycleKind.QUARTER, startMonth: '2026-01-01' },
];

describe('trendKinds', () => {
  it('offers one series per kind of the cycles up to the chosen one', () => {
    expect(trendKinds(cycles, cycles[2]!)).toEqual([CycleKind.ANNUAL, CycleKind.SEMESTER]);
  });

  it('offers only the chosen kind when no other kind started by then', () => {
    expect(trendKinds(cycles, cycles[0]!)).toEqual([CycleKind.ANNUAL]);
  });

  it('offers nothing without a chosen cycle', () => {
    expect(trendKinds(cycles, null)).toEqual([]);
  });
});

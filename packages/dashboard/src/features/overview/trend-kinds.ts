// Annual and semester cycles are separate trend series (issue #12): which series the trend chart
// can offer for the chosen cycle — the kinds of the cycles that start no later than it.
import { CYCLE_KINDS, type CycleKind } from '@kinerja/shared';

export interface KindedCycle {
  code: string;
  kind: CycleKind;
  /** `YYYY-MM-DD` (the first day of the month) or `YYYY-MM` */
  startMonth: string;
}

/** The kinds with at least one cycle up to `chosen`, in CYCLE_KINDS order (the chosen cycle's is always there). */
export function trendKinds(cycles: readonly KindedCycle[], chosen: KindedCycle | null): CycleKind[] {
  if (!chosen) return [];
  const present = new Set(cycles.filter((c) => c.startMonth.slice(0, 7) <= chosen.startMonth.slice(0, 7)).map((c) => c.kind));
  present.add(chosen.kind);
  return CYCLE_KINDS.filter((kind) => present.has(kind));
}

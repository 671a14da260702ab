/*
 * Training effectiveness (efektivitas pelatihan, SPEC §5): the loop from gap to training to result.
 *
 * For a cycle C, C′ is the latest cycle of the same kind that ends before C starts. For a programme
 * P of competency k, the cohort is the employees in scope whose position requires k, who had an
 * assessed level in k in C′ below the required level (gap ≥ 1), and who have an assessed level in k
 * in C. Trained = cohort members with a training record of P completed inside C's months;
 * comparison = cohort members with no record of any programme of k inside C's months. Required
 * levels are the current position standard.
 *
 * The API computes the same figures in SQL from sums (`trainingEffectFromTotals`); the tests hold
 * both to `trainingEffectOf` over the members.
 */
import { ratio } from './analytics';
import type { CycleKind } from './cycle';

/** A cycle as the definition needs it: months are `YYYY-MM-01` (the first day of the month). */
export interface EffectCycle {
  id: number;
  code: string;
  kind: CycleKind;
  startMonth: string;
  endMonth: string;
}

/**
 * C′ of `cycle`: the latest cycle of the same kind that ends before `cycle` starts (its last month
 * precedes the start month). Ties — two such cycles ending in the same month — go to the one that
 * started later, then to the lowest code, so the choice is deterministic.
 */
export function previousCycleOf<T extends EffectCycle>(cycles: readonly T[], cycle: EffectCycle): T | null {
  let best: T | null = null;
  for (const c of cycles) {
    if (c.kind !== cycle.kind || !(c.endMonth < cycle.startMonth)) continue;
    if (!best || c.endMonth > best.endMonth
      || (c.endMonth === best.endMonth && (c.startMonth > best.startMonth || (c.startMonth === best.startMonth && c.code < best.code)))) {
      best = c;
    }
  }
  return best;
}

/** Whether a training record completed on `completedOn` (`YYYY-MM-DD`) lies inside the cycle's months. */
export function completedInCycle(completedOn: string, cycle: Pick<EffectCycle, 'startMonth' | 'endMonth'>): boolean {
  const day = completedOn.slice(0, 10);
  return day >= cycle.startMonth.slice(0, 10) && day.slice(0, 7) <= cycle.endMonth.slice(0, 7);
}

/** One cohort member in one competency: the required level and the assessed level in C′ and in C. */
export interface EffectMember {
  required: number;
  /** assessed level in C′ (below `required`) */
  before: number;
  /** assessed level in C */
  after: number;
}

/** Sums over the trained and the comparison group: what the analytics cube stores. */
export interface TrainingEffectTotals {
  trained: number;
  /** Σ (required − level in C′) over the trained */
  gapBeforeSum: number;
  /** Σ max(0, required − level in C) over the trained */
  gapAfterSum: number;
  /** trained whose gap in C is 0 */
  closed: number;
  /** Σ level in C′ over the trained */
  levelBeforeSum: number;
  /** Σ level in C over the trained */
  levelAfterSum: number;
  comparison: number;
  /** Σ level in C′ over the comparison group */
  comparisonLevelBeforeSum: number;
  /** Σ level in C over the comparison group */
  comparisonLevelAfterSum: number;
}

/** The figures of one programme (SPEC §5); a mean is null when its group is empty. */
export interface TrainingEffectFigures {
  trained: number;
  comparison: number;
  /** mean gap of the trained in C′ */
  meanGapBefore: number | null;
  /** mean gap of the trained in C */
  meanGapAfter: number | null;
  /** share of the trained whose gap in C is 0 */
  closedRate: number | null;
  /** mean level of the trained in C′ and in C (the ends of the before → after chart) */
  meanLevelBefore: number | null;
  meanLevelAfter: number | null;
  /** the same for the comparison group */
  comparisonMeanLevelBefore: number | null;
  comparisonMeanLevelAfter: number | null;
  /** mean of (level in C − level in C′) over the trained */
  meanLevelChange: number | null;
  /** the same over the comparison group */
  comparisonMeanLevelChange: number | null;
  /** meanLevelChange − comparisonMeanLevelChange; null when either group is empty */
  effect: number | null;
}

export function gapAfterOf(member: EffectMember): number {
  return Math.max(0, member.required - member.after);
}

/** The sums of a trained group and a comparison group. */
export function trainingEffectTotals(trained: readonly EffectMember[], comparison: readonly EffectMember[]): TrainingEffectTotals {
  const sum = (list: readonly EffectMember[], f: (m: EffectMember) => number) => list.reduce((s, m) => s + f(m), 0);
  return {
    trained: trained.length,
    gapBeforeSum: sum(trained, (m) => m.required - m.before),
    gapAfterSum: sum(trained, gapAfterOf),
    closed: trained.filter((m) => gapAfterOf(m) === 0).length,
    levelBeforeSum: sum(trained, (m) => m.before),
    levelAfterSum: sum(trained, (m) => m.after),
    comparison: comparison.length,
    comparisonLevelBeforeSum: sum(comparison, (m) => m.before),
    comparisonLevelAfterSum: sum(comparison, (m) => m.after),
  };
}

/** The figures from the sums. */
export function trainingEffectFromTotals(t: TrainingEffectTotals): TrainingEffectFigures {
  // Level sums are integers: the change is exact before it is divided.
  const meanLevelChange = ratio(t.levelAfterSum - t.levelBeforeSum, t.trained);
  const comparisonMeanLevelChange = ratio(t.comparisonLevelAfterSum - t.comparisonLevelBeforeSum, t.comparison);
  return {
    trained: t.trained,
    comparison: t.comparison,
    meanGapBefore: ratio(t.gapBeforeSum, t.trained),
    meanGapAfter: ratio(t.gapAfterSum, t.trained),
    closedRate: ratio(t.closed, t.trained),
    meanLevelBefore: ratio(t.levelBeforeSum, t.trained),
    meanLevelAfter: ratio(t.levelAfterSum, t.trained),
    comparisonMeanLevelBefore: ratio(t.comparisonLevelBeforeSum, t.comparison),
    comparisonMeanLevelAfter: ratio(t.comparisonLevelAfterSum, t.comparison),
    meanLevelChange,
    comparisonMeanLevelChange,
    effect: meanLevelChange === null || comparisonMeanLevelChange === null ? null : meanLevelChange - comparisonMeanLevelChange,
  };
}

/** The figures of one programme from its trained and comparison members. */
export function trainingEffectOf(trained: readonly EffectMember[], comparison: readonly EffectMember[]): TrainingEffectFigures {
  return trainingEffectFromTotals(trainingEffectTotals(trained, comparison));
}

/**
 * Cost per closed gap (biaya per kesenjangan tertutup): what the trained cost (programme cost ×
 * trained) divided by the gaps they closed; null when none closed.
 */
export function costPerClosedGap(costPerParticipant: number, trained: number, closed: number): number | null {
  return ratio(costPerParticipant * trained, closed);
}

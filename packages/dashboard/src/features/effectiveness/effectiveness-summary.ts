// The headline figures of the page, summed over the programmes an reader may see. A person trained in
// two programmes counts in both: these are participations, as the labels say.
import { costPerClosedGap, ratio } from '@kinerja/shared';

export interface EffectSummaryInput {
  trained: number | null;
  closed: number | null;
  costPerParticipant: number;
  suppressed: boolean;
}

export interface EffectSummary {
  programs: number;
  trained: number;
  closed: number;
  /** closed / trained */
  closedRate: number | null;
  /** Σ cost per participant × trained */
  cost: number;
  /** cost / closed */
  costPerClosedGap: number | null;
  /** programmes hidden from this reader (small groups) */
  hidden: number;
}

export function summarizeEffects(rows: readonly EffectSummaryInput[]): EffectSummary {
  const shown = rows.filter((r) => !r.suppressed && r.trained !== null && r.closed !== null);
  const trained = shown.reduce((n, r) => n + (r.trained as number), 0);
  const closed = shown.reduce((n, r) => n + (r.closed as number), 0);
  const cost = shown.reduce((n, r) => n + r.costPerParticipant * (r.trained as number), 0);
  return {
    programs: shown.length,
    trained,
    closed,
    closedRate: ratio(closed, trained),
    cost,
    // The same rule as each programme's figure, over all of them (cost per participant 1 × Σ cost).
    costPerClosedGap: costPerClosedGap(1, cost, closed),
    hidden: rows.length - shown.length,
  };
}

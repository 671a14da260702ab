import type { TrainingNeedsData } from './use-training-needs';

export interface TrainingSummary {
  /** Σ participants over the recommended programmes. */
  participants: number;
  hoursJp: number;
  cost: number;
  /** Employees with a gap no programme covers, summed over competencies. */
  uncoveredEmployees: number;
  /** Competencies with at least one such employee. */
  holeCompetencies: number;
  /** Competencies whose figures are suppressed (left out of the sums). */
  hidden: number;
}

/** Totals for the KPI cards; suppressed competencies are left out and counted. */
export function summarizeTrainingNeeds(needs: TrainingNeedsData['needs']): TrainingSummary {
  const summary: TrainingSummary = { participants: 0, hoursJp: 0, cost: 0, uncoveredEmployees: 0, holeCompetencies: 0, hidden: 0 };
  for (const need of needs) {
    if (need.suppressed) {
      summary.hidden += 1;
      continue;
    }
    summary.participants += (need.programs ?? []).reduce((sum, p) => sum + p.participants, 0);
    summary.hoursJp += need.estimatedHoursJp ?? 0;
    summary.cost += need.estimatedCost ?? 0;
    summary.uncoveredEmployees += need.uncoveredEmployees ?? 0;
    if ((need.uncoveredEmployees ?? 0) > 0) summary.holeCompetencies += 1;
  }
  return summary;
}

/*
 * Row types of the analytics API (SPEC §5), shared by the API's resolvers and the dashboard's
 * charts. A ratio is null when its denominator is 0: "no data" must not read as 0%.
 */
import type { Predicate } from './predicate';
import type { NineBox } from './talent';

/** Gap figures of one group of required (employee, competency) pairs. */
export interface CompetencyGapFigures {
  /** pairs with an assessed level */
  assessed: number;
  /** required pairs without an assessed level */
  unassessed: number;
  /** pairs with gap ≥ 1 */
  withGap: number;
  /** withGap / assessed */
  gapRate: number | null;
  /** Σ gap / assessed */
  meanGap: number | null;
  /** Σ gap, in level-points */
  burden: number;
}

/** Finalised appraisals with one predicate. */
export interface PredicateCount {
  predicate: Predicate;
  count: number;
  /** count / finalised appraisals */
  share: number | null;
}

/** A recommended programme and what sending its participants costs. */
export interface TrainingNeedProgram {
  programCode: string;
  participants: number;
  /** Σ hours over participants */
  hoursJp: number;
  /** Σ cost over participants, IDR */
  cost: number;
}

/** Training need (kebutuhan pelatihan) of one competency. */
export interface TrainingNeed {
  competencyCode: string;
  employeesWithGap: number;
  burden: number;
  programs: TrainingNeedProgram[];
  estimatedHoursJp: number;
  estimatedCost: number;
  /** gaps that no programme in the catalogue covers */
  uncoveredEmployees: number;
}

export interface NineBoxCount {
  box: NineBox;
  count: number;
}

/** Headline figures of a cycle × agency subtree. */
export interface AnalyticsSummary {
  /** active employees in scope */
  headcount: number;
  /** employees in scope with an appraisal in the cycle */
  appraisals: number;
  finalized: number;
  /** finalized / headcount */
  completionRate: number | null;
  /** mean over employees with at least one assessed required pair, 0..100 */
  fitIndex: number | null;
  gapRate: number | null;
  /** mean of SELF − SUPERVISOR level over required pairs that have both */
  selfSupervisorDiff: number | null;
  /** share of employees with ≥ 20 JP in the cycle's calendar year */
  jp20Compliance: number | null;
  predicateDistribution: PredicateCount[];
}

/** numerator / denominator, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Groups smaller than this are suppressed for the ANALYST role (SPEC §5). */
export const SMALL_GROUP_THRESHOLD = 5;

export function isSmallGroup(employees: number): boolean {
  return employees < SMALL_GROUP_THRESHOLD;
}

/** A supervisor is flagged as lenient or strict beyond this |difference| … (SPEC §5, rater leniency) */
export const LENIENCY_FLAG_DIFFERENCE = 0.75;
/** … once they have given at least this many ratings. */
export const LENIENCY_MIN_RATINGS = 10;

export function isLeniencyFlagged(difference: number, ratings: number): boolean {
  return Math.abs(difference) >= LENIENCY_FLAG_DIFFERENCE && ratings >= LENIENCY_MIN_RATINGS;
}

/** Delivery mode of a programme (jalur pengembangan kompetensi). */
export const TrainingMode = {
  /** klasikal: classroom training, courses, seminars */
  CLASSICAL: 'CLASSICAL',
  /** nonklasikal: e-learning, coaching, mentoring, on-the-job */
  NON_CLASSICAL: 'NON_CLASSICAL',
} as const;
export type TrainingMode = (typeof TrainingMode)[keyof typeof TrainingMode];
export const TRAINING_MODES = Object.values(TrainingMode);

/** Development hours (jam pelajaran) every employee should get per calendar year. PP 11/2017 art. 203(4). */
export const MIN_DEVELOPMENT_JP_PER_YEAR = 20;

export function meetsDevelopmentJp(totalJpInYear: number): boolean {
  return totalJpInYear >= MIN_DEVELOPMENT_JP_PER_YEAR;
}

export interface ProgramLevels {
  code: string;
  levelFrom: number;
  levelTo: number;
  hoursJp: number;
}

/**
 * The programme that closes most of a gap for someone at `assessed`: it must start at or below
 * that level and lift above it; prefer the highest `levelTo`, then the fewest hours, then the lowest
 * code (by code units, like `COLLATE "C"`) so the choice is deterministic. Pass one competency's
 * programmes. SPEC §5.
 */
export function recommendProgram<T extends ProgramLevels>(programs: readonly T[], assessed: number): T | null {
  let best: T | null = null;
  for (const program of programs) {
    if (program.levelFrom <= assessed && assessed < program.levelTo && (!best || isBetter(program, best))) {
      best = program;
    }
  }
  return best;
}

function isBetter(a: ProgramLevels, b: ProgramLevels): boolean {
  if (a.levelTo !== b.levelTo) return a.levelTo > b.levelTo;
  if (a.hoursJp !== b.hoursJp) return a.hoursJp < b.hoursJp;
  return a.code < b.code;
}

// The SKP year as a task list (STYLE "Task list"): the steps of SPEC §4 with a status each, and the one
// step that comes next with who must take it. Pure, so the employee's page, the supervisor's list and
// the tests read the same answer.

export const STEP_KEYS = ['plan', 'agreement', 'checkIns', 'selfAssessment', 'rating', 'objection', 'final'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** belum dimulai, sedang dikerjakan, menunggu pihak lain, selesai; optional steps may be skipped or closed. */
export type StepState = 'notStarted' | 'inProgress' | 'waiting' | 'done' | 'skipped' | 'closed';

/** Who the next step waits on. SUPERIOR: the rating official's own supervisor (objections). */
export type Party = 'EMPLOYEE' | 'SUPERVISOR' | 'SUPERIOR' | 'HR_ADMIN' | 'NOBODY';

export interface StepInput {
  status: string;
  planSubmittedAt?: unknown;
  targetCount: number;
  checkInCount?: number;
  objectionDeadline?: string | Date | null;
  hasObjection: boolean;
}

export interface Step {
  key: StepKey;
  state: StepState;
}

export interface StepsView {
  steps: Step[];
  next: StepKey | null;
  awaiting: Party;
  /** Days left to object, 1 on the last day; null outside the window. */
  objectionDaysLeft: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far the appraisal is: 0 planning … 6 final. A submitted DRAFT (older API) counts as agreed. */
function progress(input: StepInput): number {
  switch (input.status) {
    case 'DRAFT': return input.planSubmittedAt ? 2 : 0;
    case 'PLAN_SUBMITTED': return 1;
    case 'PLAN_AGREED': return 2;
    case 'SELF_ASSESSED': return 3;
    case 'ASSESSED': return 4;
    case 'OBJECTED': return 5;
    case 'FINALIZED': return 6;
    default: return 0;
  }
}

/** Days left in the objection window (PP 30/2019 art. 59), or null once it has passed. */
export function daysLeft(deadline: string | Date | null | undefined, now: Date): number | null {
  if (!deadline) return null;
  const end = new Date(deadline).getTime();
  if (end < now.getTime()) return null;
  return Math.ceil((end - now.getTime()) / DAY_MS);
}

export function appraisalSteps(input: StepInput, now: Date = new Date()): StepsView {
  const at = progress(input);
  const left = at === 4 ? daysLeft(input.objectionDeadline, now) : null;
  const checkIns = input.checkInCount ?? 0;
  const state: Record<StepKey, StepState> = {
    plan: at >= 1 ? 'done' : input.targetCount > 0 ? 'inProgress' : 'notStarted',
    agreement: at >= 2 ? 'done' : at === 1 ? 'waiting' : 'notStarted',
    checkIns: at >= 3 ? (checkIns > 0 ? 'done' : 'skipped') : at === 2 && checkIns > 0 ? 'inProgress' : 'notStarted',
    selfAssessment: at >= 3 ? 'done' : 'notStarted',
    rating: at >= 4 ? 'done' : at === 3 ? 'waiting' : 'notStarted',
    objection: at === 6 ? (input.hasObjection ? 'done' : 'skipped')
      : at === 5 ? 'waiting'
        : at === 4 ? (left != null ? 'notStarted' : 'closed')
          : 'notStarted',
    final: at === 6 ? 'done' : at === 4 && left == null ? 'waiting' : 'notStarted',
  };
  let next: StepKey | null;
  let awaiting: Party;
  if (at === 0) [next, awaiting] = ['plan', 'EMPLOYEE'];
  else if (at === 1) [next, awaiting] = ['agreement', 'SUPERVISOR'];
  else if (at === 2) [next, awaiting] = ['selfAssessment', 'EMPLOYEE'];
  else if (at === 3) [next, awaiting] = ['rating', 'SUPERVISOR'];
  else if (at === 4) [next, awaiting] = left != null ? ['objection', 'EMPLOYEE'] : ['final', 'SUPERVISOR'];
  else if (at === 5) [next, awaiting] = ['objection', 'SUPERIOR'];
  else [next, awaiting] = [null, 'NOBODY'];
  if (at === 2) state.selfAssessment = 'inProgress';
  return { steps: STEP_KEYS.map((key) => ({ key, state: state[key] })), next, awaiting, objectionDaysLeft: left };
}

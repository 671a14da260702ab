/** Workflow status of an appraisal (penilaian kinerja), in workflow order. SPEC §4. */
export const AppraisalStatus = {
  /** SKP being planned */
  DRAFT: 'DRAFT',
  /** employee submitted self ratings and realisations */
  SELF_ASSESSED: 'SELF_ASSESSED',
  /** supervisor submitted levels and ratings; the predicate is known */
  ASSESSED: 'ASSESSED',
  /** employee raised an objection (keberatan) */
  OBJECTED: 'OBJECTED',
  /** final: never changes again */
  FINALIZED: 'FINALIZED',
} as const;
export type AppraisalStatus = (typeof AppraisalStatus)[keyof typeof AppraisalStatus];
export const APPRAISAL_STATUSES = Object.values(AppraisalStatus);

/**
 * Rating of work results (hasil kerja, HK) or work behaviour (perilaku kerja, PK) against
 * expectation: di atas / sesuai / di bawah ekspektasi. Best first. PermenPANRB 6/2022.
 */
export const Rating = {
  ABOVE: 'ABOVE',
  MEETS: 'MEETS',
  BELOW: 'BELOW',
} as const;
export type Rating = (typeof Rating)[keyof typeof Rating];
export const RATINGS = Object.values(Rating);

/** Who gave a competency level. */
export const RaterRole = {
  SELF: 'SELF',
  /** atasan langsung (pejabat penilai kinerja) */
  SUPERVISOR: 'SUPERVISOR',
  /** rekan kerja */
  PEER: 'PEER',
  /** assessment centre (penilaian kompetensi) result */
  ASSESSOR: 'ASSESSOR',
} as const;
export type RaterRole = (typeof RaterRole)[keyof typeof RaterRole];
export const RATER_ROLES = Object.values(RaterRole);

/** Aspect measured by a performance target's indicator (aspek indikator kinerja). */
export const TargetAspect = {
  /** kuantitas */
  QUANTITY: 'QUANTITY',
  /** kualitas */
  QUALITY: 'QUALITY',
  /** waktu */
  TIME: 'TIME',
  /** biaya */
  COST: 'COST',
} as const;
export type TargetAspect = (typeof TargetAspect)[keyof typeof TargetAspect];
export const TARGET_ASPECTS = Object.values(TargetAspect);

export const AppraisalAction = {
  SUBMIT_PLAN: 'SUBMIT_PLAN',
  SELF_ASSESS: 'SELF_ASSESS',
  ASSESS: 'ASSESS',
  OBJECT: 'OBJECT',
  DECIDE_OBJECTION: 'DECIDE_OBJECTION',
  FINALIZE: 'FINALIZE',
} as const;
export type AppraisalAction = (typeof AppraisalAction)[keyof typeof AppraisalAction];
export const APPRAISAL_ACTIONS = Object.values(AppraisalAction);

export interface AppraisalTransition {
  from: readonly AppraisalStatus[];
  to: AppraisalStatus;
}

/**
 * The workflow as data (SPEC §4). Who may act, and the objection window, are checked by the API;
 * this table only says which status an action may start from and where it leads.
 */
export const APPRAISAL_TRANSITIONS: Readonly<Record<AppraisalAction, AppraisalTransition>> = {
  // The plan (SKP) is submitted while still in DRAFT; the API records that it was submitted.
  SUBMIT_PLAN: { from: [AppraisalStatus.DRAFT], to: AppraisalStatus.DRAFT },
  SELF_ASSESS: { from: [AppraisalStatus.DRAFT], to: AppraisalStatus.SELF_ASSESSED },
  ASSESS: { from: [AppraisalStatus.SELF_ASSESSED], to: AppraisalStatus.ASSESSED },
  OBJECT: { from: [AppraisalStatus.ASSESSED], to: AppraisalStatus.OBJECTED },
  // PP 30/2019 art. 59: the decision of the rater's own supervisor is final.
  DECIDE_OBJECTION: { from: [AppraisalStatus.OBJECTED], to: AppraisalStatus.FINALIZED },
  // Without an objection, once the window has passed (or the employee accepts).
  FINALIZE: { from: [AppraisalStatus.ASSESSED], to: AppraisalStatus.FINALIZED },
};

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextStatus(from: AppraisalStatus, action: AppraisalAction): AppraisalStatus | null {
  const transition = APPRAISAL_TRANSITIONS[action];
  return transition.from.includes(from) ? transition.to : null;
}

/** Days an employee has to object after the supervisor's rating. PP 30/2019 art. 59. */
export const OBJECTION_WINDOW_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The last instant an objection is accepted: exactly 14 × 24 h after the rating. */
export function objectionDeadline(assessedAt: Date): Date {
  return new Date(assessedAt.getTime() + OBJECTION_WINDOW_DAYS * DAY_MS);
}

/**
 * Whether an objection raised at `now` is in time. A `now` slightly before `assessedAt` (clock skew
 * between database and server) counts as in time rather than being refused.
 */
export function isWithinObjectionWindow(assessedAt: Date, now: Date): boolean {
  return now.getTime() <= objectionDeadline(assessedAt).getTime();
}

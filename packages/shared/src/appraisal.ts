/** Workflow status of an appraisal (penilaian kinerja), in workflow order. SPEC §4. */
export const AppraisalStatus = {
  /** SKP being planned (or returned / reopened for revision) */
  DRAFT: 'DRAFT',
  /** the employee submitted the plan; the direct supervisor agrees or returns it */
  PLAN_SUBMITTED: 'PLAN_SUBMITTED',
  /** the supervisor agreed the plan; check-ins run during the cycle */
  PLAN_AGREED: 'PLAN_AGREED',
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

/** Kind of performance target (jenis rencana hasil kerja). */
export const TargetKind = {
  /** RHK utama: the main results of the position */
  UTAMA: 'UTAMA',
  /** RHK tambahan: additional results */
  TAMBAHAN: 'TAMBAHAN',
} as const;
export type TargetKind = (typeof TargetKind)[keyof typeof TargetKind];
export const TARGET_KINDS = Object.values(TargetKind);

/** The seven BerAKHLAK core values of ASN work behaviour (perilaku kerja). PermenPANRB 6/2022. */
export const BehaviorValue = {
  BERORIENTASI_PELAYANAN: 'BERORIENTASI_PELAYANAN',
  AKUNTABEL: 'AKUNTABEL',
  KOMPETEN: 'KOMPETEN',
  HARMONIS: 'HARMONIS',
  LOYAL: 'LOYAL',
  ADAPTIF: 'ADAPTIF',
  KOLABORATIF: 'KOLABORATIF',
} as const;
export type BehaviorValue = (typeof BehaviorValue)[keyof typeof BehaviorValue];
/** In the official order (B-e-r-A-K-H-L-A-K). */
export const BEHAVIOR_VALUES = Object.values(BehaviorValue);

/** Indonesian name and the official one-line meaning of each BerAKHLAK value (SE MenPANRB 20/2021). */
export const BEHAVIOR_VALUE_INFO: Readonly<Record<BehaviorValue, { label: string; description: string }>> = {
  BERORIENTASI_PELAYANAN: { label: 'Berorientasi Pelayanan', description: 'Berkomitmen memberikan pelayanan prima demi kepuasan masyarakat.' },
  AKUNTABEL: { label: 'Akuntabel', description: 'Bertanggung jawab atas kepercayaan yang diberikan.' },
  KOMPETEN: { label: 'Kompeten', description: 'Terus belajar dan mengembangkan kapabilitas.' },
  HARMONIS: { label: 'Harmonis', description: 'Saling peduli dan menghargai perbedaan.' },
  LOYAL: { label: 'Loyal', description: 'Berdedikasi dan mengutamakan kepentingan bangsa dan negara.' },
  ADAPTIF: { label: 'Adaptif', description: 'Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan.' },
  KOLABORATIF: { label: 'Kolaboratif', description: 'Membangun kerja sama yang sinergis.' },
};

export const AppraisalAction = {
  SUBMIT_PLAN: 'SUBMIT_PLAN',
  AGREE_PLAN: 'AGREE_PLAN',
  RETURN_PLAN: 'RETURN_PLAN',
  REVISE_PLAN: 'REVISE_PLAN',
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
  SUBMIT_PLAN: { from: [AppraisalStatus.DRAFT], to: AppraisalStatus.PLAN_SUBMITTED },
  AGREE_PLAN: { from: [AppraisalStatus.PLAN_SUBMITTED], to: AppraisalStatus.PLAN_AGREED },
  // Returned with a comment: the employee revises and submits again.
  RETURN_PLAN: { from: [AppraisalStatus.PLAN_SUBMITTED], to: AppraisalStatus.DRAFT },
  // SPEC §4: an agreed plan may be revised during the cycle "by the same route" (reopen, resubmit, agree).
  REVISE_PLAN: { from: [AppraisalStatus.PLAN_AGREED], to: AppraisalStatus.DRAFT },
  SELF_ASSESS: { from: [AppraisalStatus.PLAN_AGREED], to: AppraisalStatus.SELF_ASSESSED },
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

/** Whole days left to object at `now` (a started day counts), 0 once the window has closed. */
export function objectionDaysLeft(assessedAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((objectionDeadline(assessedAt).getTime() - now.getTime()) / DAY_MS));
}

/**
 * Whose move it is. `DECIDER` is the rating official's own supervisor (PP 30/2019 art. 59).
 * After the rating the employee may object until the window ends; then an HR admin (or the
 * supervisor) finalises.
 */
export const AwaitingParty = {
  EMPLOYEE: 'EMPLOYEE',
  SUPERVISOR: 'SUPERVISOR',
  DECIDER: 'DECIDER',
  HR_ADMIN: 'HR_ADMIN',
} as const;
export type AwaitingParty = (typeof AwaitingParty)[keyof typeof AwaitingParty];
export const AWAITING_PARTIES = Object.values(AwaitingParty);

/** Who the appraisal waits on at `now`; null once final. An ASSESSED appraisal without a rating time waits on the employee, as the API then keeps the window open. */
export function awaitingParty(status: AppraisalStatus, assessedAt: Date | null, now: Date): AwaitingParty | null {
  switch (status) {
    case 'DRAFT': return 'EMPLOYEE';
    case 'PLAN_SUBMITTED': return 'SUPERVISOR';
    case 'PLAN_AGREED': return 'EMPLOYEE';
    case 'SELF_ASSESSED': return 'SUPERVISOR';
    case 'ASSESSED': return assessedAt == null || isWithinObjectionWindow(assessedAt, now) ? 'EMPLOYEE' : 'HR_ADMIN';
    case 'OBJECTED': return 'DECIDER';
    case 'FINALIZED': return null;
  }
}

/**
 * The next step of the SKP year, as a key the dashboard turns into words (task list, SPEC STYLE):
 * - WRITE_PLAN: the employee writes (or revises) the plan and submits it
 * - AGREE_PLAN: the supervisor agrees the plan or returns it
 * - CHECK_IN: the employee records check-ins during the cycle and self-assesses at its end
 * - ASSESS: the supervisor rates
 * - OBJECT_OR_WAIT: the employee may object until the window ends
 * - FINALIZE: the window has passed; an HR admin or the supervisor finalises
 * - DECIDE_OBJECTION: the rater's own supervisor decides the objection
 * - DONE: final
 */
export const NextStep = {
  WRITE_PLAN: 'WRITE_PLAN',
  AGREE_PLAN: 'AGREE_PLAN',
  CHECK_IN: 'CHECK_IN',
  ASSESS: 'ASSESS',
  OBJECT_OR_WAIT: 'OBJECT_OR_WAIT',
  FINALIZE: 'FINALIZE',
  DECIDE_OBJECTION: 'DECIDE_OBJECTION',
  DONE: 'DONE',
} as const;
export type NextStep = (typeof NextStep)[keyof typeof NextStep];
export const NEXT_STEPS = Object.values(NextStep);

export function nextStepKey(status: AppraisalStatus, assessedAt: Date | null, now: Date): NextStep {
  switch (status) {
    case 'DRAFT': return 'WRITE_PLAN';
    case 'PLAN_SUBMITTED': return 'AGREE_PLAN';
    case 'PLAN_AGREED': return 'CHECK_IN';
    case 'SELF_ASSESSED': return 'ASSESS';
    case 'ASSESSED': return awaitingParty(status, assessedAt, now) === 'EMPLOYEE' ? 'OBJECT_OR_WAIT' : 'FINALIZE';
    case 'OBJECTED': return 'DECIDE_OBJECTION';
    case 'FINALIZED': return 'DONE';
  }
}

/** Evidence links (bukti dukung) are http(s) links; anything else is refused with this message. */
export function isEvidenceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && value.length <= 2000;
  } catch {
    return false;
  }
}

/** What an appraisal of a direct report asks of their supervisor now (team overview). */
export const SupervisorTask = {
  /** the plan was submitted: agree it or return it */
  AGREE_PLAN: 'AGREE_PLAN',
  /** a check-in waits for an answer */
  ANSWER_CHECK_IN: 'ANSWER_CHECK_IN',
  /** the self-assessment is in: rate */
  ASSESS: 'ASSESS',
  /** the objection window has passed: finalise (or leave it to the HR admin) */
  FINALIZE: 'FINALIZE',
} as const;
export type SupervisorTask = (typeof SupervisorTask)[keyof typeof SupervisorTask];
export const SUPERVISOR_TASKS = Object.values(SupervisorTask);

/** The direct supervisor's task on an appraisal at `now`, or null when nothing waits on them. */
export function supervisorTask(
  status: AppraisalStatus, assessedAt: Date | null, now: Date, unansweredCheckIns: number,
): SupervisorTask | null {
  switch (status) {
    case 'PLAN_SUBMITTED': return 'AGREE_PLAN';
    case 'SELF_ASSESSED': return 'ASSESS';
    case 'ASSESSED': return awaitingParty(status, assessedAt, now) === 'HR_ADMIN' ? 'FINALIZE' : null;
    case 'OBJECTED':
    case 'FINALIZED':
      return null;
    // Check-ins are answered during the cycle (and still may be later, until final).
    default: return unansweredCheckIns > 0 ? 'ANSWER_CHECK_IN' : null;
  }
}

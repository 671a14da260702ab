import { Role } from '@kinerja/shared';
import { canSeeEmployee, hasRole, type Viewer } from '../../common/auth/viewer.js';

/** The people an appraisal concerns, by employee id. */
export interface AppraisalParties {
  employeeId: number;
  agencyId: number;
  /** Atasan langsung today. */
  supervisorId: number | null;
  /** Pejabat penilai who rated (null before the rating). */
  raterId: number | null;
  /** The rater's own supervisor (atasan pejabat penilai); null when the data names none. */
  deciderId: number | null;
}

/** What someone may want to do to an appraisal (one per mutation family). */
export type AppraisalDeed =
  | 'CREATE'
  | 'EDIT_PLAN'
  | 'REVIEW_PLAN'
  | 'CHECK_IN'
  | 'ANSWER_CHECK_IN'
  | 'SELF_ASSESS'
  | 'ASSESS'
  | 'ADD_FEEDBACK'
  | 'OBJECT'
  | 'DECIDE_OBJECTION'
  | 'FINALIZE';

/**
 * NOT_FOUND: the viewer may not even see the appraisal, and must not learn that it exists (SPEC §6).
 * FORBIDDEN: visible, but not theirs to change.
 */
export type Permission = 'ALLOW' | 'NOT_FOUND' | 'FORBIDDEN';

/**
 * Who may do what to an appraisal (SPEC §6, PP 30/2019 on the roles in performance appraisal).
 *
 * The personal acts of the workflow stay personal even for ADMIN: the plan, the self-assessment and
 * the objection belong to the employee, the rating to the direct supervisor (pejabat penilai), the
 * decision on an objection to the rater's own supervisor (PP 30/2019 art. 59). An administrator
 * recording them would put words in an official's mouth. ADMIN and HR_ADMIN run the process:
 * they open appraisals and finalise them.
 */
export function permission(viewer: Viewer, deed: AppraisalDeed, parties: AppraisalParties): Permission {
  if (!canSeeEmployee(viewer, { id: parties.employeeId, agencyId: parties.agencyId })) return 'NOT_FOUND';
  const me = viewer.employeeId;
  const isSelf = me != null && me === parties.employeeId;
  const asSupervisor = (...ids: (number | null)[]) => hasRole(viewer, Role.SUPERVISOR) && me != null && ids.includes(me);
  const administers = hasRole(viewer, Role.ADMIN) || hasRole(viewer, Role.HR_ADMIN);
  const allowed = ((): boolean => {
    switch (deed) {
      case 'CREATE': return administers || isSelf;
      case 'EDIT_PLAN':
      case 'CHECK_IN':
      case 'SELF_ASSESS':
      case 'OBJECT':
        return isSelf;
      // SPEC §6: plan agreement, check-in answers and ratings are for direct reports only.
      case 'REVIEW_PLAN':
      case 'ANSWER_CHECK_IN':
      case 'ASSESS':
        return asSupervisor(parties.supervisorId);
      // Dialog kinerja: between the employee and the supervisor or whoever rated them.
      case 'ADD_FEEDBACK': return isSelf || asSupervisor(parties.supervisorId, parties.raterId);
      // When the data names no official above the rater (a kepala dinas is rated by the sekda or
      // the kepala daerah, who are not employees here), the BKD records the decision for them:
      // otherwise the objection could never be decided.
      case 'DECIDE_OBJECTION': return parties.deciderId != null ? asSupervisor(parties.deciderId) : administers;
      case 'FINALIZE': return administers || asSupervisor(parties.supervisorId, parties.raterId);
    }
  })();
  return allowed ? 'ALLOW' : 'FORBIDDEN';
}

import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppraisalStatus, CycleStatus, ErrorCode, nextStatus, RaterRole, type AppraisalAction } from '@kinerja/shared';
import { auditedWrite, type AuditSubject, type WriteActor, type WriteOutcome, type WritePolicy } from '../../common/audit/audited-write.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { parseId } from '../../common/graphql/ids.js';
import { denied, failed } from '../../common/input/refusal.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { Appraisal, CompetencyAssessment } from './appraisal.entity.js';
import type { AppraisalRefInput } from './appraisal.input.js';
import { permission, type AppraisalDeed, type AppraisalParties } from './appraisal.policy.js';

/*
 * The frame every appraisal write runs in (SPEC §4): lock the row, check scope, permission and
 * version, do the work, audit once, all in one transaction. The workflow services (plan, check-ins,
 * assessment, objection) extend AppraisalWriter and hold only their own rules.
 */

/** Where "now" comes from; tests pass a fixed one to move around the objection window. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** Audit actions of the appraisal workflow, one per mutation (plus the read). */
export const AppraisalAuditAction = {
  CREATE: 'APPRAISAL_CREATE',
  TARGET_ADD: 'APPRAISAL_TARGET_ADD',
  TARGET_UPDATE: 'APPRAISAL_TARGET_UPDATE',
  TARGET_REMOVE: 'APPRAISAL_TARGET_REMOVE',
  PLAN_SUBMIT: 'APPRAISAL_PLAN_SUBMIT',
  PLAN_AGREE: 'APPRAISAL_PLAN_AGREE',
  PLAN_RETURN: 'APPRAISAL_PLAN_RETURN',
  PLAN_REVISE: 'APPRAISAL_PLAN_REVISE',
  CHECK_IN_SUBMIT: 'CHECK_IN_SUBMIT',
  CHECK_IN_ANSWER: 'CHECK_IN_ANSWER',
  SELF_ASSESS: 'APPRAISAL_SELF_ASSESS',
  ASSESS: 'APPRAISAL_ASSESS',
  FEEDBACK_ADD: 'APPRAISAL_FEEDBACK_ADD',
  OBJECTION_FILE: 'OBJECTION_FILE',
  OBJECTION_DECIDE: 'OBJECTION_DECIDE',
  FINALIZE: 'APPRAISAL_FINALIZE',
  READ: 'APPRAISAL_READ',
} as const;

/** What one step of the workflow works on, loaded and locked by `change`. */
export interface Step {
  tx: EntityManager;
  appraisal: Appraisal;
  employee: Employee;
  cycle: Cycle;
  parties: AppraisalParties;
  now: Date;
  /** Extra facts for the audit event. */
  detail: Record<string, unknown>;
}

const ACTION_LABELS: Record<AppraisalAction, string> = {
  SUBMIT_PLAN: 'Submitting the plan',
  AGREE_PLAN: 'Agreeing the plan',
  RETURN_PLAN: 'Returning the plan',
  REVISE_PLAN: 'Reopening the plan',
  SELF_ASSESS: 'Self-assessment',
  ASSESS: 'Rating',
  OBJECT: 'An objection',
  DECIDE_OBJECTION: 'Deciding an objection',
  FINALIZE: 'Finalising',
};

/**
 * Backstops behind the row lock and the checks: a concurrent writer got there first. Refusal events
 * name fields by path.
 */
const APPRAISAL_WRITES: WritePolicy = {
  conflict: (error) => (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException
    ? failed(ErrorCode.CONFLICT, 'Someone else changed this appraisal at the same time; reload it and try again.')
    : null),
  fieldForm: 'path',
};

const FORBIDDEN_MESSAGES: Record<AppraisalDeed, string> = {
  CREATE: 'Only an HR admin, an administrator or the employee may open an appraisal.',
  EDIT_PLAN: 'Only the employee may change their performance plan (SKP).',
  REVIEW_PLAN: 'Only the direct supervisor may agree or return this plan.',
  CHECK_IN: 'Only the employee may record their check-ins.',
  ANSWER_CHECK_IN: 'Only the direct supervisor may answer this check-in.',
  SELF_ASSESS: 'Only the employee may assess themself.',
  ASSESS: 'Only the direct supervisor (pejabat penilai) may rate this employee.',
  ADD_FEEDBACK: 'Only the employee and their supervisor may comment on this appraisal.',
  OBJECT: 'Only the employee may object to their rating.',
  DECIDE_OBJECTION: "Only the rating official's own supervisor may decide this objection (PP 30/2019 art. 59).",
  FINALIZE: 'Only an HR admin, an administrator or the supervisor may finalise an appraisal.',
};

/** How a write treats the appraisal's version. */
export interface ChangeOptions {
  /**
   * Threads of their own (comments, check-ins) neither check nor bump the version, so they never
   * make the other party's pending write stale (SPEC §4). The row is still locked.
   */
  versioned: boolean;
  /** The input field that named the appraisal (or its part), for NOT_FOUND. */
  field?: string[];
}

/**
 * Every write is authorised (SPEC §6), checked against the current status (APPRAISAL_TRANSITIONS),
 * version-checked, done in one transaction with exactly one audit event, and on refusal leaves no
 * change and exactly one FAILURE or DENIED event.
 */
export abstract class AppraisalWriter {
  constructor(
    protected readonly em: EntityManager,
    protected readonly viewer: Viewer,
    protected readonly requestId: string,
    protected readonly clock: Clock = systemClock,
  ) {}

  protected get actor(): WriteActor {
    return { em: this.em, viewer: this.viewer, requestId: this.requestId };
  }

  protected audited<T>(action: string, work: (tx: EntityManager, note: AuditSubject) => Promise<T>, subjectId: string | null = null): Promise<WriteOutcome<T>> {
    return auditedWrite(this.actor, action, { subjectType: 'appraisal', subjectId }, work, APPRAISAL_WRITES);
  }

  /**
   * Locks the appraisal row, then checks, in this order: that the caller may see it (NOT_FOUND),
   * may do this (FORBIDDEN), holds the current version (CONFLICT); then `work` checks state and
   * input and makes the change. The row lock makes concurrent writers queue: the second one reads
   * the first one's version and fails with CONFLICT rather than passing the check on the same old
   * row. (The UPDATE also carries `where version = ?`, MikroORM's optimistic lock, as a backstop.)
   */
  protected change<T>(
    action: string,
    deed: AppraisalDeed,
    ref: Pick<AppraisalRefInput, 'appraisalId'> & { version?: number | null },
    work: (step: Step) => Promise<T>,
    options: ChangeOptions = { versioned: true },
  ): Promise<WriteOutcome<{ appraisal: Appraisal; value: T }>> {
    return this.audited(action, async (tx, note) => {
      const id = parseId(ref.appraisalId);
      const appraisal = id == null ? null
        : await tx.findOne(Appraisal, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!appraisal) throw denied(ErrorCode.NOT_FOUND, 'No appraisal with this id.', ['input', 'appraisalId']);
      return this.changeLocked(tx, note, appraisal, deed, ref.version ?? null, work, options);
    }, ref.appraisalId);
  }

  /** The part of `change` after the row is locked; writes that reach the appraisal through a part (a check-in) start here. */
  protected async changeLocked<T>(
    tx: EntityManager,
    note: AuditSubject,
    appraisal: Appraisal,
    deed: AppraisalDeed,
    version: number | null,
    work: (step: Step) => Promise<T>,
    options: ChangeOptions,
  ): Promise<{ appraisal: Appraisal; value: T }> {
    const employee = await tx.findOneOrFail(Employee, appraisal.employee.id);
    note.subjectNip = employee.nip;
    const parties = await this.parties(tx, appraisal, employee);
    this.authorise(deed, parties, options.field ?? ['input', 'appraisalId']);
    if (options.versioned && appraisal.version !== version) {
      throw failed(ErrorCode.CONFLICT, `The appraisal changed meanwhile (version ${appraisal.version}, not ${version}); reload it and try again.`, ['input', 'version']);
    }
    const cycle = await tx.findOneOrFail(Cycle, appraisal.cycle.id);
    const from = appraisal.status;
    const now = this.clock();
    const detail: Record<string, unknown> = {};
    const value = await work({ tx, appraisal, employee, cycle, parties, now, detail });
    // Every versioned write bumps the version (updated_at changes); threads leave the row alone.
    if (options.versioned) appraisal.updatedAt = now;
    const change = { ...detail, from, to: appraisal.status, ...(options.versioned ? { version } : {}) };
    await tx.flush();
    // finalized_at is stamped by the database (see the appraisal_workflow migration).
    if (appraisal.status === AppraisalStatus.FINALIZED) await tx.refresh(appraisal);
    // Named by its stored id only now: a refusal up to here (a stale version at the flush included)
    // is audited under the id as the caller gave it.
    note.subjectId = appraisal.id;
    note.detail = change;
    return { appraisal, value };
  }

  protected authorise(deed: AppraisalDeed, parties: AppraisalParties, field: string[]): void {
    const verdict = permission(this.viewer, deed, parties);
    // Out of scope looks exactly like absent (SPEC §6): same code, same message.
    if (verdict === 'NOT_FOUND') {
      const what = { employeeId: 'employee', checkInId: 'check-in' }[field[1] ?? ''] ?? 'appraisal';
      throw denied(ErrorCode.NOT_FOUND, `No ${what} with this id.`, field);
    }
    if (verdict === 'FORBIDDEN') throw denied(ErrorCode.FORBIDDEN, FORBIDDEN_MESSAGES[deed]);
  }

  /**
   * The rating official is whoever rated (kept on the appraisal), else, for appraisals imported
   * already rated, the rater of the supervisor levels, else the direct supervisor; an objection
   * goes to that official's own supervisor (PP 30/2019 art. 59).
   */
  protected async parties(tx: EntityManager, appraisal: Appraisal, employee: Employee): Promise<AppraisalParties> {
    let raterId = appraisal.assessedBy?.id ?? null;
    if (raterId == null) {
      const level = await tx.findOne(CompetencyAssessment, { appraisal, raterRole: RaterRole.SUPERVISOR, rater: { $ne: null } });
      raterId = level?.rater?.id ?? employee.supervisor?.id ?? null;
    }
    const rater = raterId == null ? null : await tx.findOne(Employee, raterId);
    return {
      employeeId: employee.id,
      agencyId: employee.agency.id,
      supervisorId: employee.supervisor?.id ?? null,
      raterId,
      deciderId: rater?.supervisor?.id ?? null,
    };
  }

  /** The status `action` leads to from here (APPRAISAL_TRANSITIONS), or INVALID_STATE. */
  protected advance(appraisal: Appraisal, action: AppraisalAction): AppraisalStatus {
    const to = nextStatus(appraisal.status, action);
    if (to == null) throw failed(ErrorCode.INVALID_STATE, `${ACTION_LABELS[action]} is not possible while the appraisal is ${appraisal.status}.`);
    return to;
  }

  protected notFinal(appraisal: Appraisal): void {
    if (appraisal.status === AppraisalStatus.FINALIZED) throw failed(ErrorCode.INVALID_STATE, 'The appraisal is final and cannot change.');
  }

  /** The cycle accepts plans and check-ins until it is closed. */
  protected cycleNotClosed(cycle: Cycle): void {
    if (cycle.status === CycleStatus.CLOSED) throw failed(ErrorCode.INVALID_STATE, `Cycle ${cycle.code} is closed.`);
  }

  /** Ratings are given while the cycle is OPEN (PLANNING is for plans, CLOSED is over). */
  protected cycleOpen(cycle: Cycle): void {
    if (cycle.status !== CycleStatus.OPEN) {
      throw failed(ErrorCode.INVALID_STATE, `Cycle ${cycle.code} is ${cycle.status}; assessments are made while it is OPEN.`);
    }
  }
}

import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AppraisalAction, AppraisalStatus, CycleStatus, ErrorCode, isWithinObjectionWindow, nextStatus, objectionDeadline,
  predicateFor, RaterRole, RULE_SET, type Rating,
} from '@kinerja/shared';
import { auditedWrite, type WriteActor, type WriteOutcome, type WritePolicy } from '../../common/audit/audited-write.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { denied, failed } from '../../common/input/refusal.js';
import { Competency } from '../competency/competency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { PositionRequirement } from '../position/position.entity.js';
import {
  Appraisal, CompetencyAssessment, Feedback, Objection, ObjectionOutcome, PerformanceTarget,
} from './appraisal.entity.js';
import type {
  AppraisalAssessInput, AppraisalCreateInput, AppraisalFeedbackAddInput, AppraisalFinalizeInput, AppraisalPlanSubmitInput,
  AppraisalRefInput, AppraisalSelfAssessInput, AppraisalTargetAddInput, AppraisalTargetRemoveInput,
  AppraisalTargetUpdateInput, CompetencyLevelInput, ObjectionDecideInput, ObjectionFileInput,
} from './appraisal.input.js';
import { permission, type AppraisalDeed, type AppraisalParties } from './appraisal.policy.js';

/** Where "now" comes from; tests pass a fixed one to move around the objection window. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** A plan (SKP) of more targets than this is a data-entry accident, not a plan. */
export const MAX_TARGETS = 50;

/** Audit actions of the appraisal workflow, one per mutation (plus the read). */
export const AppraisalAuditAction = {
  CREATE: 'APPRAISAL_CREATE',
  TARGET_ADD: 'APPRAISAL_TARGET_ADD',
  TARGET_UPDATE: 'APPRAISAL_TARGET_UPDATE',
  TARGET_REMOVE: 'APPRAISAL_TARGET_REMOVE',
  PLAN_SUBMIT: 'APPRAISAL_PLAN_SUBMIT',
  SELF_ASSESS: 'APPRAISAL_SELF_ASSESS',
  ASSESS: 'APPRAISAL_ASSESS',
  FEEDBACK_ADD: 'APPRAISAL_FEEDBACK_ADD',
  OBJECTION_FILE: 'OBJECTION_FILE',
  OBJECTION_DECIDE: 'OBJECTION_DECIDE',
  FINALIZE: 'APPRAISAL_FINALIZE',
  READ: 'APPRAISAL_READ',
} as const;

/** What one step of the workflow works on, loaded and locked by `change`. */
interface Step {
  tx: EntityManager;
  appraisal: Appraisal;
  employee: Employee;
  cycle: Cycle;
  parties: AppraisalParties;
  now: Date;
  /** Extra facts for the audit event. */
  detail: Record<string, unknown>;
}

/** A required competency of the employee's position (standar kompetensi jabatan). */
interface Requirement {
  competency: Competency;
  requiredLevel: number;
}

const ACTION_LABELS: Record<AppraisalAction, string> = {
  SUBMIT_PLAN: 'Submitting the plan',
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
  SELF_ASSESS: 'Only the employee may assess themself.',
  ASSESS: 'Only the direct supervisor (pejabat penilai) may rate this employee.',
  ADD_FEEDBACK: 'Only the employee and their supervisor may comment on this appraisal.',
  OBJECT: 'Only the employee may object to their rating.',
  DECIDE_OBJECTION: "Only the rating official's own supervisor may decide this objection (PP 30/2019 art. 59).",
  FINALIZE: 'Only an HR admin, an administrator or the supervisor may finalise an appraisal.',
};

/**
 * The appraisal workflow (SPEC §4): every write is authorised (SPEC §6), checked against the current
 * status (APPRAISAL_TRANSITIONS), version-checked, done in one transaction with exactly one audit
 * event, and on refusal leaves no change and exactly one FAILURE or DENIED event.
 */
export class AppraisalService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly requestId: string,
    private readonly clock: Clock = systemClock,
  ) {}

  private get actor(): WriteActor {
    return { em: this.em, viewer: this.viewer, requestId: this.requestId };
  }

  // ---- opening an appraisal ------------------------------------------------------------------

  create(input: AppraisalCreateInput): Promise<WriteOutcome<{ appraisal: Appraisal }>> {
    return auditedWrite(this.actor, AppraisalAuditAction.CREATE, { subjectType: 'appraisal' }, async (tx, note) => {
      const employeeId = input.employeeId == null ? this.viewer.employeeId : parseId(input.employeeId);
      const employee = employeeId == null ? null : await tx.findOne(Employee, employeeId);
      if (!employee) {
        throw denied(ErrorCode.NOT_FOUND, input.employeeId == null
          ? 'Your account belongs to no employee; name the employee.'
          : 'No employee with this id.', ['input', 'employeeId']);
      }
      note.subjectNip = employee.nip;
      this.authorise('CREATE', {
        employeeId: employee.id, agencyId: employee.agency.id, supervisorId: employee.supervisor?.id ?? null,
        raterId: null, deciderId: null,
      }, ['input', 'employeeId']);
      const cycleId = parseId(input.cycleId);
      const cycle = cycleId == null ? null : await tx.findOne(Cycle, cycleId);
      if (!cycle) throw failed(ErrorCode.NOT_FOUND, 'No cycle with this id.', ['input', 'cycleId']);
      if (cycle.status === CycleStatus.CLOSED) {
        throw failed(ErrorCode.INVALID_STATE, `Cycle ${cycle.code} is closed.`, ['input', 'cycleId']);
      }
      if (!employee.active) throw failed(ErrorCode.INVALID_STATE, 'The employee is no longer in service.', ['input', 'employeeId']);
      if (await tx.count(Appraisal, { cycle, employee })) {
        throw failed(ErrorCode.CONFLICT, `${employee.name} already has an appraisal in cycle ${cycle.code}.`, ['input', 'cycleId']);
      }
      const created = tx.create(Appraisal, { cycle, employee, updatedAt: this.clock() });
      await tx.flush();
      note.subjectId = created.id;
      note.detail = { cycle: cycle.code };
      return { appraisal: created };
    }, APPRAISAL_WRITES);
  }

  // ---- the plan (SKP) ------------------------------------------------------------------------

  addTarget(input: AppraisalTargetAddInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: PerformanceTarget }>> {
    return this.change(AppraisalAuditAction.TARGET_ADD, 'EDIT_PLAN', input, async ({ tx, appraisal, cycle, detail }) => {
      this.planEditable(appraisal, cycle);
      const checks = new InputChecks();
      const fields = {
        description: checks.text(input.description, ['input', 'description']),
        indicator: checks.text(input.indicator, ['input', 'indicator']),
        aspect: input.aspect,
        targetValue: checks.amount(input.targetValue, ['input', 'targetValue']),
        unit: checks.text(input.unit, ['input', 'unit'], { max: 100 }),
      };
      const existing = await tx.find(PerformanceTarget, { appraisal }, { orderBy: { ordinal: 'desc' } });
      if (existing.length >= MAX_TARGETS) checks.add(null, ErrorCode.VALIDATION, `A plan holds at most ${MAX_TARGETS} targets.`);
      checks.done();
      const target = tx.create(PerformanceTarget, { appraisal, ordinal: (existing[0]?.ordinal ?? 0) + 1, ...fields });
      detail.target = { ordinal: target.ordinal, description: fields.description };
      return target;
    });
  }

  updateTarget(input: AppraisalTargetUpdateInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: PerformanceTarget }>> {
    return this.change(AppraisalAuditAction.TARGET_UPDATE, 'EDIT_PLAN', input, async ({ tx, appraisal, cycle, detail }) => {
      this.planEditable(appraisal, cycle);
      const target = await this.target(tx, appraisal, input.targetId, ['input', 'targetId']);
      const checks = new InputChecks();
      const changes: Partial<Pick<PerformanceTarget, 'description' | 'indicator' | 'aspect' | 'targetValue' | 'unit'>> = {};
      if (input.description != null) changes.description = checks.text(input.description, ['input', 'description']);
      if (input.indicator != null) changes.indicator = checks.text(input.indicator, ['input', 'indicator']);
      if (input.aspect != null) changes.aspect = input.aspect;
      if (input.targetValue != null) changes.targetValue = checks.amount(input.targetValue, ['input', 'targetValue']);
      if (input.unit != null) changes.unit = checks.text(input.unit, ['input', 'unit'], { max: 100 });
      checks.done();
      tx.assign(target, changes);
      detail.target = { id: target.id, changed: Object.keys(changes) };
      return target;
    });
  }

  removeTarget(input: AppraisalTargetRemoveInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.TARGET_REMOVE, 'EDIT_PLAN', input, async ({ tx, appraisal, cycle, detail }) => {
      this.planEditable(appraisal, cycle);
      const target = await this.target(tx, appraisal, input.targetId, ['input', 'targetId']);
      // Keep the plan numbered 1..n.
      for (const later of await tx.find(PerformanceTarget, { appraisal, ordinal: { $gt: target.ordinal } })) later.ordinal -= 1;
      tx.remove(target);
      detail.target = { id: target.id, description: target.description };
      return null;
    });
  }

  submitPlan(input: AppraisalPlanSubmitInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.PLAN_SUBMIT, 'EDIT_PLAN', input, async ({ tx, appraisal, cycle, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.SUBMIT_PLAN);
      this.planEditable(appraisal, cycle);
      const targets = await tx.count(PerformanceTarget, { appraisal });
      if (targets === 0) throw failed(ErrorCode.VALIDATION, 'Add at least one target (rencana hasil kerja) before submitting the plan.');
      appraisal.status = to;
      appraisal.planSubmittedAt = now;
      detail.targets = targets;
      return null;
    });
  }

  // ---- assessment ----------------------------------------------------------------------------

  selfAssess(input: AppraisalSelfAssessInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.SELF_ASSESS, 'SELF_ASSESS', input, async ({ tx, appraisal, employee, cycle, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.SELF_ASSESS);
      if (!appraisal.planSubmittedAt) throw failed(ErrorCode.INVALID_STATE, 'Submit the performance plan (SKP) before assessing yourself.');
      this.cycleOpen(cycle);
      const standard = await this.standard(tx, employee);
      const checks = new InputChecks();
      const levels = this.checkLevels(checks, input.levels, standard, ['input', 'levels'], { complete: true });
      const targets = await tx.find(PerformanceTarget, { appraisal }, { orderBy: { ordinal: 'asc' } });
      const realised = new Map<number, { realisation: string; evidenceUrl: string | null }>();
      input.realisations.forEach((r, i) => {
        const at = ['input', 'realisations', String(i)];
        const target = targets.find((t) => t.id === parseId(r.targetId));
        if (!target) checks.add([...at, 'targetId'], ErrorCode.NOT_FOUND, 'not a target of this plan');
        else if (realised.has(target.id)) checks.add([...at, 'targetId'], ErrorCode.VALIDATION, 'given twice');
        const value = { realisation: checks.amount(r.realisation, [...at, 'realisation']), evidenceUrl: checks.optionalUrl(r.evidenceUrl, [...at, 'evidenceUrl']) };
        if (target) realised.set(target.id, value);
      });
      for (const target of targets) {
        if (!realised.has(target.id)) checks.add(['input', 'realisations'], ErrorCode.VALIDATION, `missing the realisation of target ${target.ordinal} (${target.description})`);
      }
      const comment = checks.optionalText(input.comment, ['input', 'comment']);
      checks.done();

      await this.putLevels(tx, appraisal, RaterRole.SELF, employee.id, levels);
      for (const target of targets) tx.assign(target, realised.get(target.id)!);
      appraisal.selfComment = comment;
      appraisal.selfAssessedAt = now;
      appraisal.status = to;
      detail.levels = levels.length;
      return null;
    });
  }

  assess(input: AppraisalAssessInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.ASSESS, 'ASSESS', input, async ({ tx, appraisal, employee, cycle, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.ASSESS);
      this.cycleOpen(cycle);
      const standard = await this.standard(tx, employee);
      const checks = new InputChecks();
      const levels = this.checkLevels(checks, input.levels, standard, ['input', 'levels'], { complete: true });
      checks.done();

      const rater = this.viewer.employeeId!;
      await this.putLevels(tx, appraisal, RaterRole.SUPERVISOR, rater, levels);
      this.rate(appraisal, input.workResultRating, input.behaviorRating);
      appraisal.assessedAt = now;
      appraisal.assessedBy = tx.getReference(Employee, rater);
      appraisal.status = to;
      Object.assign(detail, { workResultRating: input.workResultRating, behaviorRating: input.behaviorRating, predicate: appraisal.predicate });
      return null;
    });
  }

  addFeedback(input: AppraisalFeedbackAddInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: Feedback }>> {
    return this.change(AppraisalAuditAction.FEEDBACK_ADD, 'ADD_FEEDBACK', input, async ({ tx, appraisal, now }) => {
      this.notFinal(appraisal);
      const checks = new InputChecks();
      const body = checks.text(input.body, ['input', 'body']);
      checks.done();
      return tx.create(Feedback, { appraisal, author: this.viewer.employeeId, body, createdAt: now });
    });
  }

  // ---- objection and finalisation ------------------------------------------------------------

  fileObjection(input: ObjectionFileInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: Objection }>> {
    return this.change(AppraisalAuditAction.OBJECTION_FILE, 'OBJECT', input, async ({ tx, appraisal, now }) => {
      const to = this.advance(appraisal, AppraisalAction.OBJECT);
      const assessedAt = appraisal.assessedAt ?? now;
      // PP 30/2019 art. 59: within 14 days of the rating.
      if (!isWithinObjectionWindow(assessedAt, now)) {
        throw failed(ErrorCode.OBJECTION_WINDOW_CLOSED, `The objection period ended on ${objectionDeadline(assessedAt).toISOString()}.`);
      }
      const checks = new InputChecks();
      const reason = checks.text(input.reason, ['input', 'reason']);
      checks.done();
      appraisal.status = to;
      return tx.create(Objection, { appraisal, reason, filedAt: now });
    });
  }

  decideObjection(input: ObjectionDecideInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: Objection }>> {
    return this.change(AppraisalAuditAction.OBJECTION_DECIDE, 'DECIDE_OBJECTION', input, async ({ tx, appraisal, employee, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.DECIDE_OBJECTION);
      const checks = new InputChecks();
      const note = checks.text(input.note, ['input', 'note']);
      let levels: (CompetencyLevelInput & { competency: Competency })[] = [];
      if (input.outcome === ObjectionOutcome.UPHELD) {
        if (input.workResultRating == null) checks.add(['input', 'workResultRating'], ErrorCode.VALIDATION, 'required when the objection is upheld');
        if (input.behaviorRating == null) checks.add(['input', 'behaviorRating'], ErrorCode.VALIDATION, 'required when the objection is upheld');
        levels = this.checkLevels(checks, input.levels ?? [], await this.standard(tx, employee), ['input', 'levels'], { complete: false });
      } else {
        // A rejection keeps the rating as it is: revised values would be silently ignored.
        if (input.workResultRating != null) checks.add(['input', 'workResultRating'], ErrorCode.VALIDATION, 'not allowed when the objection is rejected');
        if (input.behaviorRating != null) checks.add(['input', 'behaviorRating'], ErrorCode.VALIDATION, 'not allowed when the objection is rejected');
        if (input.levels?.length) checks.add(['input', 'levels'], ErrorCode.VALIDATION, 'not allowed when the objection is rejected');
      }
      checks.done();

      // Appraisals imported as OBJECTED carry no objection record; the decision still needs one.
      const objection = await tx.findOne(Objection, { appraisal })
        ?? tx.create(Objection, { appraisal, reason: '(imported without a recorded reason)', filedAt: appraisal.assessedAt ?? now });
      const decider = this.viewer.employeeId;
      const before = appraisal.predicate;
      if (input.outcome === ObjectionOutcome.UPHELD) {
        if (levels.length > 0) await this.putLevels(tx, appraisal, RaterRole.SUPERVISOR, decider, levels);
        this.rate(appraisal, input.workResultRating!, input.behaviorRating!);
      }
      tx.assign(objection, { outcome: input.outcome, decisionNote: note, decidedBy: decider, decidedAt: now });
      appraisal.status = to;
      appraisal.finalizedAt = now;
      Object.assign(detail, { outcome: input.outcome, predicateBefore: before, predicate: appraisal.predicate });
      return objection;
    });
  }

  finalize(input: AppraisalFinalizeInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.FINALIZE, 'FINALIZE', input, async ({ appraisal, now }) => {
      const to = this.advance(appraisal, AppraisalAction.FINALIZE);
      const assessedAt = appraisal.assessedAt ?? now;
      // SPEC §4: without an objection, only once the 14-day window has passed (PP 30/2019 art. 59).
      if (isWithinObjectionWindow(assessedAt, now)) {
        throw failed(ErrorCode.INVALID_STATE, `The employee may object until ${objectionDeadline(assessedAt).toISOString()}; finalise after that.`);
      }
      appraisal.status = to;
      appraisal.finalizedAt = now;
      return null;
    });
  }

  // ---- the frame every write runs in ---------------------------------------------------------

  /**
   * Locks the appraisal row, then checks, in this order: that the caller may see it (NOT_FOUND),
   * may do this (FORBIDDEN), holds the current version (CONFLICT); then `work` checks state and
   * input and makes the change. The row lock makes concurrent writers queue: the second one reads
   * the first one's version and fails with CONFLICT rather than passing the check on the same old
   * row. (The UPDATE also carries `where version = ?`, MikroORM's optimistic lock, as a backstop.)
   */
  private async change<T>(
    action: string,
    deed: AppraisalDeed,
    ref: AppraisalRefInput,
    work: (step: Step) => Promise<T>,
  ): Promise<WriteOutcome<{ appraisal: Appraisal; value: T }>> {
    return auditedWrite(this.actor, action, { subjectType: 'appraisal', subjectId: ref.appraisalId }, async (tx, note) => {
      const id = parseId(ref.appraisalId);
      const appraisal = id == null ? null
        : await tx.findOne(Appraisal, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!appraisal) throw denied(ErrorCode.NOT_FOUND, 'No appraisal with this id.', ['input', 'appraisalId']);
      const employee = await tx.findOneOrFail(Employee, appraisal.employee.id);
      note.subjectNip = employee.nip;
      const parties = await this.parties(tx, appraisal, employee);
      this.authorise(deed, parties, ['input', 'appraisalId']);
      if (appraisal.version !== ref.version) {
        throw failed(ErrorCode.CONFLICT, `The appraisal changed meanwhile (version ${appraisal.version}, not ${ref.version}); reload it and try again.`, ['input', 'version']);
      }
      const cycle = await tx.findOneOrFail(Cycle, appraisal.cycle.id);
      const from = appraisal.status;
      const now = this.clock();
      const detail: Record<string, unknown> = {};
      const value = await work({ tx, appraisal, employee, cycle, parties, now, detail });
      appraisal.updatedAt = now;
      const change = { ...detail, from, to: appraisal.status, version: ref.version };
      await tx.flush();
      // finalized_at is stamped by the database (see the appraisal_workflow migration).
      if (appraisal.status === AppraisalStatus.FINALIZED) await tx.refresh(appraisal);
      // Named by its stored id only now: a refusal up to here (a stale version at the flush included)
      // is audited under the id as the caller gave it.
      note.subjectId = appraisal.id;
      note.detail = change;
      return { appraisal, value };
    }, APPRAISAL_WRITES);
  }

  private authorise(deed: AppraisalDeed, parties: AppraisalParties, field: string[]): void {
    const verdict = permission(this.viewer, deed, parties);
    // Out of scope looks exactly like absent (SPEC §6): same code, same message.
    if (verdict === 'NOT_FOUND') {
      throw denied(ErrorCode.NOT_FOUND, field[1] === 'employeeId' ? 'No employee with this id.' : 'No appraisal with this id.', field);
    }
    if (verdict === 'FORBIDDEN') throw denied(ErrorCode.FORBIDDEN, FORBIDDEN_MESSAGES[deed]);
  }

  /**
   * The rating official is whoever rated (kept on the appraisal), else, for appraisals imported
   * already rated, the rater of the supervisor levels, else the direct supervisor; an objection
   * goes to that official's own supervisor (PP 30/2019 art. 59).
   */
  private async parties(tx: EntityManager, appraisal: Appraisal, employee: Employee): Promise<AppraisalParties> {
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
  private advance(appraisal: Appraisal, action: AppraisalAction): AppraisalStatus {
    const to = nextStatus(appraisal.status, action);
    if (to == null) throw failed(ErrorCode.INVALID_STATE, `${ACTION_LABELS[action]} is not possible while the appraisal is ${appraisal.status}.`);
    return to;
  }

  private notFinal(appraisal: Appraisal): void {
    if (appraisal.status === AppraisalStatus.FINALIZED) throw failed(ErrorCode.INVALID_STATE, 'The appraisal is final and cannot change.');
  }

  /** Targets change while the plan is drafted: in DRAFT, before submission, in a cycle not closed. */
  private planEditable(appraisal: Appraisal, cycle: Cycle): void {
    if (appraisal.status !== AppraisalStatus.DRAFT) {
      throw failed(ErrorCode.INVALID_STATE, `The plan cannot change while the appraisal is ${appraisal.status}.`);
    }
    if (appraisal.planSubmittedAt) throw failed(ErrorCode.INVALID_STATE, 'The plan was submitted; its targets are fixed.');
    if (cycle.status === CycleStatus.CLOSED) throw failed(ErrorCode.INVALID_STATE, `Cycle ${cycle.code} is closed.`);
  }

  /** Ratings are given while the cycle is OPEN (PLANNING is for plans, CLOSED is over). */
  private cycleOpen(cycle: Cycle): void {
    if (cycle.status !== CycleStatus.OPEN) {
      throw failed(ErrorCode.INVALID_STATE, `Cycle ${cycle.code} is ${cycle.status}; assessments are made while it is OPEN.`);
    }
  }

  private async target(tx: EntityManager, appraisal: Appraisal, targetId: string, field: string[]): Promise<PerformanceTarget> {
    const id = parseId(targetId);
    const target = id == null ? null : await tx.findOne(PerformanceTarget, { id, appraisal });
    if (!target) throw failed(ErrorCode.NOT_FOUND, 'No target with this id in this appraisal.', field);
    return target;
  }

  /** The competency standard of the employee's position, by competency code. */
  private async standard(tx: EntityManager, employee: Employee): Promise<Map<string, Requirement>> {
    const rows = await tx.find(PositionRequirement, { position: employee.position.id }, { populate: ['competency'] });
    return new Map(rows.map((r) => [r.competency.code, { competency: r.competency, requiredLevel: r.requiredLevel }]));
  }

  /**
   * Levels must name competencies of the position standard (others are UNKNOWN_COMPETENCY: a level
   * outside the standard would count nowhere, SPEC §5), each once, in 1..5; `complete` asks for all.
   */
  private checkLevels(
    checks: InputChecks,
    levels: readonly CompetencyLevelInput[],
    standard: ReadonlyMap<string, Requirement>,
    path: string[],
    options: { complete: boolean },
  ): (CompetencyLevelInput & { competency: Competency })[] {
    const seen = new Map<string, CompetencyLevelInput & { competency: Competency }>();
    levels.forEach((input, i) => {
      const at = [...path, String(i)];
      const code = input.competencyCode.trim();
      const requirement = standard.get(code);
      if (!requirement) checks.add([...at, 'competencyCode'], ErrorCode.UNKNOWN_COMPETENCY, `${code} is not in the competency standard of the position`);
      else if (seen.has(code)) checks.add([...at, 'competencyCode'], ErrorCode.VALIDATION, `${code} is given twice`);
      checks.level(input.level, [...at, 'level']);
      const comment = checks.optionalText(input.comment, [...at, 'comment']);
      if (requirement && !seen.has(code)) seen.set(code, { ...input, competencyCode: code, comment, competency: requirement.competency });
    });
    if (options.complete) {
      for (const code of standard.keys()) {
        if (!seen.has(code)) checks.add(path, ErrorCode.VALIDATION, `missing a level for ${code}`);
      }
    }
    return [...seen.values()];
  }

  /** Writes one rater role's levels, replacing that role's earlier level for the same competency. */
  private async putLevels(
    tx: EntityManager,
    appraisal: Appraisal,
    raterRole: RaterRole,
    raterId: number | null,
    levels: readonly (CompetencyLevelInput & { competency: Competency })[],
  ): Promise<void> {
    const existing = await tx.find(CompetencyAssessment, { appraisal, raterRole });
    for (const input of levels) {
      const values = { level: input.level, comment: input.comment ?? null, rater: raterId };
      const row = existing.find((a) => a.competency.id === input.competency.id);
      if (row) tx.assign(row, values);
      else tx.create(CompetencyAssessment, { appraisal, competency: input.competency, raterRole, ...values });
    }
  }

  /** PermenPANRB 6/2022: the predicate follows from HK × PK; the rule set is stored with it. */
  private rate(appraisal: Appraisal, workResult: Rating, behavior: Rating): void {
    appraisal.workResultRating = workResult;
    appraisal.behaviorRating = behavior;
    appraisal.predicate = predicateFor(workResult, behavior);
    appraisal.ruleSet = RULE_SET;
  }
}

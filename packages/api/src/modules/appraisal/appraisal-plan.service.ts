import type { EntityManager } from '@mikro-orm/postgresql';
import { AppraisalAction, AppraisalStatus, CycleStatus, ErrorCode, TargetKind } from '@kinerja/shared';
import { auditedWrite, type WriteOutcome } from '../../common/audit/audited-write.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { denied, failed } from '../../common/input/refusal.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { AppraisalBehavior, PlanReturn } from './appraisal-parts.entity.js';
import { AppraisalAuditAction, AppraisalWriter } from './appraisal-write.js';
import { Appraisal, Feedback, PerformanceTarget } from './appraisal.entity.js';
import type {
  AppraisalCreateInput, AppraisalPlanAgreeInput, AppraisalPlanReturnInput, AppraisalPlanReviseInput, AppraisalPlanSubmitInput,
  AppraisalTargetAddInput, AppraisalTargetRemoveInput, AppraisalTargetUpdateInput,
} from './appraisal.input.js';

/** A plan (SKP) of more targets than this is a data-entry accident, not a plan. */
export const MAX_TARGETS = 50;

/**
 * The plan (SKP): opening the appraisal, its targets while DRAFT, and the agreement loop
 * DRAFT → PLAN_SUBMITTED → PLAN_AGREED (or back to DRAFT, returned by the supervisor or reopened by
 * the employee during the cycle: "revised by the same route", SPEC §4).
 */
export class AppraisalPlanService extends AppraisalWriter {
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
    });
  }

  addTarget(input: AppraisalTargetAddInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: PerformanceTarget }>> {
    return this.change(AppraisalAuditAction.TARGET_ADD, 'EDIT_PLAN', input, async ({ tx, appraisal, employee, cycle, detail }) => {
      this.planEditable(appraisal, cycle);
      const checks = new InputChecks();
      const fields = {
        description: checks.text(input.description, ['input', 'description']),
        indicator: checks.text(input.indicator, ['input', 'indicator']),
        aspect: input.aspect,
        targetValue: checks.amount(input.targetValue, ['input', 'targetValue']),
        unit: checks.text(input.unit, ['input', 'unit'], { max: 100 }),
        kind: input.kind ?? TargetKind.UTAMA,
        supportsTarget: input.supportsTargetId == null ? null
          : await this.supervisorTarget(tx, checks, appraisal, employee, input.supportsTargetId),
      };
      const existing = await tx.find(PerformanceTarget, { appraisal }, { orderBy: { ordinal: 'desc' } });
      if (existing.length >= MAX_TARGETS) checks.add(null, ErrorCode.VALIDATION, `A plan holds at most ${MAX_TARGETS} targets.`);
      checks.done();
      const target = tx.create(PerformanceTarget, { appraisal, ordinal: (existing[0]?.ordinal ?? 0) + 1, ...fields });
      detail.target = { ordinal: target.ordinal, description: fields.description, kind: fields.kind, supports: fields.supportsTarget?.id ?? null };
      return target;
    });
  }

  updateTarget(input: AppraisalTargetUpdateInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: PerformanceTarget }>> {
    return this.change(AppraisalAuditAction.TARGET_UPDATE, 'EDIT_PLAN', input, async ({ tx, appraisal, employee, cycle, detail }) => {
      this.planEditable(appraisal, cycle);
      const target = await this.target(tx, appraisal, input.targetId, ['input', 'targetId']);
      const checks = new InputChecks();
      const changes: Partial<Pick<PerformanceTarget, 'description' | 'indicator' | 'aspect' | 'targetValue' | 'unit' | 'kind' | 'supportsTarget'>> = {};
      if (input.description != null) changes.description = checks.text(input.description, ['input', 'description']);
      if (input.indicator != null) changes.indicator = checks.text(input.indicator, ['input', 'indicator']);
      if (input.aspect != null) changes.aspect = input.aspect;
      if (input.targetValue != null) changes.targetValue = checks.amount(input.targetValue, ['input', 'targetValue']);
      if (input.unit != null) changes.unit = checks.text(input.unit, ['input', 'unit'], { max: 100 });
      if (input.kind != null) changes.kind = input.kind;
      // Omitted keeps the link; an explicit null removes it.
      if (input.supportsTargetId === null) changes.supportsTarget = null;
      else if (input.supportsTargetId !== undefined) {
        changes.supportsTarget = await this.supervisorTarget(tx, checks, appraisal, employee, input.supportsTargetId);
      }
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
      // Targets of the team that support this one lose the link (on delete set null); a final
      // appraisal never changes, so a target a finalised plan supports stays.
      const final = await tx.count(PerformanceTarget, { supportsTarget: target, appraisal: { status: AppraisalStatus.FINALIZED } });
      if (final > 0) {
        throw failed(ErrorCode.INVALID_STATE, `${final} finalised plan(s) of your team support this target; it cannot be removed.`, ['input', 'targetId']);
      }
      // Realisations reported against it in check-ins go with it (on delete cascade).
      for (const later of await tx.find(PerformanceTarget, { appraisal, ordinal: { $gt: target.ordinal } })) later.ordinal -= 1;
      tx.remove(target);
      detail.target = { id: target.id, description: target.description };
      return null;
    });
  }

  submitPlan(input: AppraisalPlanSubmitInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.PLAN_SUBMIT, 'EDIT_PLAN', input, async ({ tx, appraisal, cycle, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.SUBMIT_PLAN);
      this.cycleNotClosed(cycle);
      const targets = await tx.count(PerformanceTarget, { appraisal });
      if (targets === 0) throw failed(ErrorCode.VALIDATION, 'Add at least one target (rencana hasil kerja) before submitting the plan.');
      appraisal.status = to;
      appraisal.planSubmittedAt = now;
      detail.targets = targets;
      return null;
    });
  }

  agreePlan(input: AppraisalPlanAgreeInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.PLAN_AGREE, 'REVIEW_PLAN', input, async ({ tx, appraisal, cycle, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.AGREE_PLAN);
      this.cycleNotClosed(cycle);
      const checks = new InputChecks();
      const comment = checks.optionalText(input.comment, ['input', 'comment']);
      const expectations = new Map<string, string | null>();
      (input.expectations ?? []).forEach((e, i) => {
        const at = ['input', 'expectations', String(i)];
        if (expectations.has(e.value)) checks.add([...at, 'value'], ErrorCode.VALIDATION, `${e.value} is given twice`);
        expectations.set(e.value, checks.optionalText(e.expectation, [...at, 'expectation']));
      });
      checks.done();

      const existing = await tx.find(AppraisalBehavior, { appraisal });
      for (const [value, expectation] of expectations) {
        const row = existing.find((b) => b.value === value);
        if (row) row.expectation = expectation;
        else if (expectation != null) tx.create(AppraisalBehavior, { appraisal, value: value as AppraisalBehavior['value'], expectation });
      }
      const supervisor = this.viewer.employeeId!;
      if (comment) tx.create(Feedback, { appraisal, author: supervisor, body: comment, createdAt: now });
      appraisal.status = to;
      appraisal.planAgreedAt = now;
      appraisal.planAgreedBy = tx.getReference(Employee, supervisor);
      Object.assign(detail, { expectations: [...expectations.keys()], comment: comment != null });
      return null;
    });
  }

  returnPlan(input: AppraisalPlanReturnInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: PlanReturn }>> {
    return this.change(AppraisalAuditAction.PLAN_RETURN, 'REVIEW_PLAN', input, async ({ tx, appraisal, now }) => {
      const to = this.advance(appraisal, AppraisalAction.RETURN_PLAN);
      const checks = new InputChecks();
      const comment = checks.text(input.comment ?? '', ['input', 'comment']);
      checks.done();
      appraisal.status = to;
      return tx.create(PlanReturn, { appraisal, returnedBy: this.viewer.employeeId, comment, createdAt: now });
    });
  }

  revisePlan(input: AppraisalPlanReviseInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.PLAN_REVISE, 'EDIT_PLAN', input, async ({ appraisal, cycle }) => {
      const to = this.advance(appraisal, AppraisalAction.REVISE_PLAN);
      this.cycleNotClosed(cycle);
      appraisal.status = to;
      appraisal.planAgreedAt = null;
      appraisal.planAgreedBy = null;
      return null;
    });
  }

  /** Targets change while the plan is a DRAFT (new, returned or reopened) in a cycle not closed. */
  private planEditable(appraisal: Appraisal, cycle: Cycle): void {
    if (appraisal.status !== AppraisalStatus.DRAFT) {
      throw failed(ErrorCode.INVALID_STATE, `The plan cannot change while the appraisal is ${appraisal.status}.`);
    }
    this.cycleNotClosed(cycle);
  }

  private async target(tx: EntityManager, appraisal: Appraisal, targetId: string, field: string[]): Promise<PerformanceTarget> {
    const id = parseId(targetId);
    const target = id == null ? null : await tx.findOne(PerformanceTarget, { id, appraisal });
    if (!target) throw failed(ErrorCode.NOT_FOUND, 'No target with this id in this appraisal.', field);
    return target;
  }

  /**
   * Cascading (RHK atasan yang diintervensi): only a target of the plan of the employee's direct
   * supervisor in the same cycle. Anything else, or when there is no such plan, is a field error.
   */
  private async supervisorTarget(
    tx: EntityManager, checks: InputChecks, appraisal: Appraisal, employee: Employee, targetId: string,
  ): Promise<PerformanceTarget | null> {
    const id = parseId(targetId);
    const supervisorId = employee.supervisor?.id ?? null;
    const target = id == null || supervisorId == null ? null : await tx.findOne(PerformanceTarget, {
      id, appraisal: { employee: supervisorId, cycle: appraisal.cycle.id },
    });
    if (!target) {
      checks.add(['input', 'supportsTargetId'], ErrorCode.VALIDATION, "must be a target of your direct supervisor's plan in the same cycle");
    }
    return target;
  }
}

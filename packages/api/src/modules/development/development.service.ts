import { scopeFilter } from '../../common/auth/scope-filter.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  DevelopmentStatus, ErrorCode, nextDevelopmentStatus, OPEN_DEVELOPMENT_STATUSES, Role, type DevelopmentAction,
} from '@kinerja/shared';
import { auditedWrite, type WriteOutcome } from '../../common/audit/audited-write.js';
import { canSeeEmployee, type Viewer } from '../../common/auth/viewer.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { denied, failed, refuse } from '../../common/input/refusal.js';
import { AgencyClosure } from '../agency/agency.entity.js';
import { Competency } from '../competency/competency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { TrainingProgram } from '../training/training.entity.js';
import { DevelopmentPlanItem } from './development.entity.js';
import type { DevelopmentPlanItemCloseInput, DevelopmentPlanItemDropInput, DevelopmentPlanItemPlanInput, DevelopmentPlanItemRecommendInput, DevelopmentQueueFilter } from './development.input.js';
import type { DevelopmentQueue, DevelopmentQueueGroup } from './development.payload.js';

const REASON_LIMIT = 2000;
const ACTIONS: Record<DevelopmentAction, string> = { PLAN: 'DEVELOPMENT_PLAN', DROP: 'DEVELOPMENT_DROP', CLOSE: 'DEVELOPMENT_CLOSE' };

/**
 * Development plans (rencana pengembangan, SPEC §2): the direct supervisor recommends, the training
 * planner plans, drops or closes, and a training record of the item's programme closes it.
 */
export class DevelopmentService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  /** SPEC §6: development recommendations are the direct supervisor's, for direct reports only. */
  recommend(input: DevelopmentPlanItemRecommendInput, requestId: string): Promise<WriteOutcome<DevelopmentPlanItem>> {
    const actor = { em: this.em, viewer: this.viewer, requestId };
    return auditedWrite(actor, 'DEVELOPMENT_RECOMMEND', { subjectType: 'development_plan_item' }, async (em, note) => {
      const key = parseId(input.employeeId);
      const employee = key == null ? null : await em.findOne(Employee, key);
      if (!employee || !canSeeEmployee(this.viewer, { id: employee.id, agencyId: employee.agency.id })) {
        return refuse(ErrorCode.NOT_FOUND, 'No employee with this id in your scope.', ['input', 'employeeId']);
      }
      note.subjectNip = employee.nip;
      const me = this.viewer.employeeId;
      if (!this.viewer.roles.includes(Role.SUPERVISOR) || me == null || employee.supervisor?.id !== me) {
        throw denied(ErrorCode.FORBIDDEN, "Only the employee's direct supervisor may recommend development.", ['input', 'employeeId']);
      }

      const checks = new InputChecks();
      const competencyKey = parseId(input.competencyId);
      const competency = competencyKey == null ? null : await em.findOne(Competency, competencyKey);
      if (!competency) checks.add(['input', 'competencyId'], ErrorCode.UNKNOWN_COMPETENCY, 'No competency with this id.');
      let program: TrainingProgram | null = null;
      let title: string | null = null;
      const hasTitle = input.title != null && input.title.trim() !== '';
      if ((input.programId == null) === !hasTitle) {
        checks.add(['input', 'programId'], ErrorCode.VALIDATION, 'Give either programId (a catalogue programme) or title (another activity), not both.');
      } else if (input.programId != null) {
        const programKey = parseId(input.programId);
        program = programKey == null ? null : await em.findOne(TrainingProgram, programKey, { populate: ['competency'] });
        if (!program) checks.add(['input', 'programId'], ErrorCode.NOT_FOUND, 'No training programme with this id.');
        else if (competency && program.competency.id !== competency.id) {
          checks.add(['input', 'programId'], ErrorCode.VALIDATION,
            `Programme ${program.code} develops ${program.competency.code}, not ${competency.code}.`);
        }
      } else {
        title = checks.name(input.title!, ['input', 'title']);
      }
      const reason = checks.text(input.reason, ['input', 'reason'], { max: REASON_LIMIT });
      let cycle: Cycle | null = null;
      if (input.cycleId != null) {
        const cycleKey = parseId(input.cycleId);
        cycle = cycleKey == null ? null : await em.findOne(Cycle, cycleKey);
        if (!cycle) checks.add(['input', 'cycleId'], ErrorCode.NOT_FOUND, 'No cycle with this id.');
      }
      if (program && !checks.failed(['input', 'programId'])
        && await em.count(DevelopmentPlanItem, { employee, program, status: { $in: [...OPEN_DEVELOPMENT_STATUSES] } }) > 0) {
        checks.add(['input', 'programId'], ErrorCode.CONFLICT, 'This programme is already in the employee’s open development plan.');
      }
      checks.done();

      const item = em.create(DevelopmentPlanItem, {
        employee, competency: competency!, program, title, reason, recommendedBy: em.getReference(Employee, me), cycle,
      });
      await em.flush();
      note.subjectId = item.id;
      note.detail = { competencyCode: competency!.code, programCode: program?.code ?? null, title, reason, cycleCode: cycle?.code ?? null };
      return item;
    });
  }

  plan(input: DevelopmentPlanItemPlanInput, requestId: string): Promise<WriteOutcome<DevelopmentPlanItem>> {
    return this.move(input.id, 'PLAN', null, requestId);
  }

  drop(input: DevelopmentPlanItemDropInput, requestId: string): Promise<WriteOutcome<DevelopmentPlanItem>> {
    return this.move(input.id, 'DROP', input.reason, requestId);
  }

  close(input: DevelopmentPlanItemCloseInput, requestId: string): Promise<WriteOutcome<DevelopmentPlanItem>> {
    return this.move(input.id, 'CLOSE', null, requestId);
  }

  /** One transition of the training planner's, on the locked row, checked against its current status. */
  private move(id: string, action: DevelopmentAction, dropReason: string | null, requestId: string): Promise<WriteOutcome<DevelopmentPlanItem>> {
    const actor = { em: this.em, viewer: this.viewer, requestId };
    return auditedWrite(actor, ACTIONS[action], { subjectType: 'development_plan_item', subjectId: id }, async (em, note) => {
      const key = parseId(id);
      const item = key == null ? null
        : await em.findOne(DevelopmentPlanItem, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const employee = item ? await em.findOne(Employee, item.employee.id) : null;
      if (!item || !employee || !canSeeEmployee(this.viewer, { id: employee.id, agencyId: employee.agency.id })) {
        return refuse(ErrorCode.NOT_FOUND, 'No development plan item with this id in your scope.', ['input', 'id']);
      }
      note.subjectNip = employee.nip;
      const checks = new InputChecks();
      const reason = dropReason == null ? null : checks.text(dropReason, ['input', 'reason'], { max: REASON_LIMIT });
      checks.done();
      const next = nextDevelopmentStatus(item.status, action);
      if (!next) {
        throw failed(ErrorCode.INVALID_STATE, `A ${item.status} item cannot be ${{ PLAN: 'planned', DROP: 'dropped', CLOSE: 'closed' }[action]}.`, ['input', 'id']);
      }
      note.detail = { from: item.status, to: next, ...(reason == null ? {} : { reason }) };
      em.assign(item, { status: next, dropReason: reason ?? item.dropReason ?? null, updatedAt: new Date() });
      return item;
    });
  }

  /** The open (or filtered) items in scope, grouped by competency and programme, with counts and cost. */
  async queue(filter: DevelopmentQueueFilter): Promise<DevelopmentQueue> {
    const empty: DevelopmentQueue = { groups: [], totalCount: 0, estimatedCost: 0 };
    const where: FilterQuery<DevelopmentPlanItem>[] = [
      { status: filter.status ? filter.status : { $in: [...OPEN_DEVELOPMENT_STATUSES] } },
      { employee: { active: true } },
    ];
    where.push({ employee: scopeFilter<Employee>(this.viewer, 'employee') });
    if (filter.agencyId != null) {
      const agencyKey = parseId(filter.agencyId);
      if (agencyKey == null) return empty;
      const below = await this.em.find(AgencyClosure, { ancestor: agencyKey }, { fields: ['descendant'] });
      where.push({ employee: { agency: { $in: below.map((c) => c.descendant.id) } } });
    }
    if (filter.competencyId != null) {
      const competencyKey = parseId(filter.competencyId);
      if (competencyKey == null) return empty;
      where.push({ competency: competencyKey });
    }
    const items = await this.em.find(DevelopmentPlanItem, { $and: where }, {
      populate: ['competency', 'program', 'employee'],
      orderBy: { createdAt: 'asc', id: 'asc' },
    });

    const groups = new Map<string, DevelopmentQueueGroup>();
    for (const item of items) {
      const title = item.program?.title ?? item.title ?? '';
      const key = `${item.competency.id}|${item.program ? `p${item.program.id}` : `t${title.toLocaleLowerCase('id')}`}`;
      let group = groups.get(key);
      if (!group) {
        group = { competency: item.competency, program: item.program ?? null, title, count: 0, estimatedCost: item.program ? 0 : null, items: [] };
        groups.set(key, group);
      }
      group.count += 1;
      group.items.push(item);
    }
    const sorted = [...groups.values()].sort((a, b) => compareCodes(a.competency.code, b.competency.code)
      || (a.program ? (b.program ? compareCodes(a.program.code, b.program.code) : -1) : (b.program ? 1 : a.title.localeCompare(b.title, 'id'))));
    for (const group of sorted) {
      if (group.program) group.estimatedCost = roundRupiah(group.count * Number(group.program.costPerParticipant));
    }
    return {
      groups: sorted,
      totalCount: items.length,
      estimatedCost: roundRupiah(sorted.reduce((sum, g) => sum + (g.estimatedCost ?? 0), 0)),
    };
  }

  /** An employee's development plan, newest first; nothing for an employee out of scope. */
  async planOf(employee: Employee): Promise<DevelopmentPlanItem[]> {
    return this.em.find(DevelopmentPlanItem, { employee }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }
}

const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const roundRupiah = (amount: number) => Math.round(amount * 100) / 100;

/**
 * SPEC §2: a training record of an item's programme closes the item. Called inside the transaction
 * that adds the record (the dataset import does the same in SQL); returns the ids it closed.
 */
export async function closeByTrainingRecord(em: EntityManager, employeeId: number, programId: number): Promise<number[]> {
  const open = await em.find(DevelopmentPlanItem, {
    employee: employeeId, program: programId, status: { $in: [...OPEN_DEVELOPMENT_STATUSES] },
  }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  for (const item of open) em.assign(item, { status: DevelopmentStatus.DONE, updatedAt: new Date() });
  return open.map((item) => item.id);
}

import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can, CycleStatus, ErrorCode, parseMonth, POSITION_TYPES, Role } from '@kinerja/shared';
import { auditedWrite, type WriteActor, type WriteOutcome, type WritePolicy } from '../../common/audit/audited-write.js';
import { hasRole, type Viewer } from '../../common/auth/viewer.js';
import { readSqlFromEm, sqlFromEm } from '../../common/database/sql.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { denied, failed } from '../../common/input/refusal.js';
import { Agency } from '../agency/agency.entity.js';
import { pemdaOf, viewerPemda } from '../agency/ownership.js';
import { Position } from '../position/position.entity.js';
import { Cycle, CycleGroupPosition, CycleTargetTemplate } from './cycle.entity.js';
import type { CycleCloseInput, CycleCreateInput, CycleGroupInput, CycleTemplateSetInput } from './cycle.input.js';

/** `YYYY-MM` → the stored first day of the month (`YYYY-MM-01`, which also sorts as text). */
function firstDayOf(raw: string, field: string[], checks: InputChecks): string | null {
  const month = parseMonth(raw.trim());
  if (!month.ok) {
    checks.add(field, ErrorCode.VALIDATION, month.reason);
    return null;
  }
  return `${month.year}-${String(month.month).padStart(2, '0')}-01`;
}

/** A template holds at most as many targets as a plan may (appraisal MAX_TARGETS). */
const MAX_TEMPLATE_TARGETS = 50;

/**
 * A concurrent create can take the code between the check and the insert. Refusal events name fields
 * by path, as the appraisals' do.
 */
const CYCLE_WRITES: WritePolicy = {
  conflict: (error) => (error instanceof UniqueConstraintViolationException
    ? failed(ErrorCode.CONFLICT, 'A cycle with this code exists.', ['input', 'code'])
    : null),
  fieldForm: 'path',
};

/**
 * The employees a cycle takes in (`$1` = cycle id): active, inside the cycle's pemda (anywhere for a
 * national cycle), and inside its group — every criterion given must hold. One statement, used to
 * count them beforehand and to open the cycle, so the preview and the opening never disagree.
 */
export const ELIGIBLE_EMPLOYEES = `
  select e.id as employee_id, e.position_id
  from cycle c
  join employee e on e.active
  join position p on p.id = e.position_id
  where c.id = $1
    and (c.agency_id is null or exists (select 1 from agency_closure ac where ac.ancestor_id = c.agency_id and ac.descendant_id = e.agency_id))
    and (c.group_agency_id is null or exists (select 1 from agency_closure ag where ag.ancestor_id = c.group_agency_id and ag.descendant_id = e.agency_id))
    and (c.group_position_types is null or p.position_type = any (c.group_position_types))
    and (not exists (select 1 from cycle_group_position g where g.cycle_id = c.id)
         or exists (select 1 from cycle_group_position g where g.cycle_id = c.id and g.position_id = e.position_id))`;

/** Which cycles a viewer sees: national ones, and those of a pemda the viewer sees anything of. */
export function cycleVisibleTo(viewer: Viewer, cycleAgencyId: number | null, viewerAgencyPemdas: ReadonlySet<number>): boolean {
  return viewer.agencyIds === 'ALL' || cycleAgencyId == null || viewerAgencyPemdas.has(cycleAgencyId);
}

/**
 * Cycles (SPEC §4) belong to a pemda, or are national. An HR admin creates, opens and closes only
 * their own pemda's; national cycles are the ADMIN's. Opening creates every eligible employee's
 * appraisal in the same transaction; closing waits for every appraisal to be final unless forced
 * with a reason. Each write is audited like an appraisal's.
 */
export class CycleService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly requestId: string) {}

  private get actor(): WriteActor {
    return { em: this.em, viewer: this.viewer, requestId: this.requestId };
  }

  private mayChange(): void {
    if (!can(this.viewer.roles, 'MANAGE_CYCLES')) {
      throw denied(ErrorCode.FORBIDDEN, 'Only HR admins and administrators maintain cycles.');
    }
  }

  /** The pemdas the viewer sees anything of: the ancestors at depth 0 of their agencies. */
  async visiblePemdas(em: EntityManager = this.em): Promise<Set<number>> {
    if (this.viewer.agencyIds === 'ALL') return new Set();
    const rows = await sqlFromEm(em).query<{ id: number }>(
      `select distinct c.ancestor_id as id from agency_closure c join agency a on a.id = c.ancestor_id
       where a.depth = 0 and c.descendant_id = any ($1::int[])`, [[...this.viewer.agencyIds]]);
    return new Set(rows.map((r) => r.id));
  }

  /** The cycles the viewer sees, oldest first. */
  async list(): Promise<Cycle[]> {
    const cycles = await this.em.find(Cycle, {}, { orderBy: { startMonth: 'asc', code: 'asc' } });
    const pemdas = await this.visiblePemdas();
    return cycles.filter((c) => cycleVisibleTo(this.viewer, c.agency?.id ?? null, pemdas));
  }

  /** How many employees opening the cycle would give an appraisal (those eligible and without one). */
  async eligibleCount(cycle: Cycle): Promise<number> {
    const [row] = await readSqlFromEm(this.em).query<{ n: number }>(
      `select count(*)::int as n from (${ELIGIBLE_EMPLOYEES}) x
       where not exists (select 1 from appraisal a where a.cycle_id = $1 and a.employee_id = x.employee_id)`, [cycle.id]);
    return row?.n ?? 0;
  }

  create(input: CycleCreateInput): Promise<WriteOutcome<{ cycle: Cycle; appraisalsCreated: number | null }>> {
    return this.write('CYCLE_CREATE', null, async (tx) => {
      this.mayChange();
      const checks = new InputChecks();
      const code = checks.text(input.code, ['input', 'code'], { max: 40 });
      if (code && !/^[A-Za-z0-9._-]+$/.test(code)) checks.add(['input', 'code'], ErrorCode.VALIDATION, 'use letters, digits, dots, dashes or underscores');
      const name = checks.text(input.name, ['input', 'name'], { max: 200 });
      const start = firstDayOf(input.startMonth, ['input', 'startMonth'], checks);
      const end = firstDayOf(input.endMonth, ['input', 'endMonth'], checks);
      if (start && end && end < start) checks.add(['input', 'endMonth'], ErrorCode.VALIDATION, 'must not be before the start month');
      const pemda = await this.owningPemda(tx, input.agencyId ?? null, checks);
      const group = await this.checkGroup(tx, input.group ?? null, pemda, checks);
      checks.done();
      if (await tx.count(Cycle, { code })) throw failed(ErrorCode.CONFLICT, `A cycle with code ${code} exists.`, ['input', 'code']);
      const cycle = tx.create(Cycle, {
        code, name, kind: input.kind, startMonth: start!, endMonth: end!, agency: pemda,
        groupPositionTypes: group.positionTypes, groupAgency: group.agency,
      });
      for (const position of group.positions) tx.create(CycleGroupPosition, { cycle, position });
      await tx.flush();
      return { cycle, appraisalsCreated: null, detail: { agency: pemda?.code ?? null, group: group.summary } };
    });
  }

  /**
   * PLANNING → OPEN, recording the eligible employees as the cycle's staff (employment_history) and
   * creating in the same transaction the appraisal (DRAFT) of every eligible employee who has none
   * in this cycle yet, each with the target template of their position.
   */
  open(cycleId: string): Promise<WriteOutcome<{ cycle: Cycle; appraisalsCreated: number | null }>> {
    return this.write('CYCLE_OPEN', cycleId, async (tx) => {
      const cycle = await this.lockedCycle(tx, cycleId);
      this.expectStatus(cycle, CycleStatus.PLANNING);
      cycle.status = CycleStatus.OPEN;
      await tx.flush();
      const sql = sqlFromEm(tx);
      // The cycle's staff (employment history, SPEC §2): where each eligible employee stands now.
      // Until the cycle is CLOSED a trigger keeps these rows in step with the employees.
      await sql.query(
        `insert into employment_history (cycle_id, employee_id, agency_id, position_id, active)
         select $1, e.id, e.agency_id, e.position_id, e.active
         from (${ELIGIBLE_EMPLOYEES}) x join employee e on e.id = x.employee_id
         on conflict (cycle_id, employee_id) do update
           set agency_id = excluded.agency_id, position_id = excluded.position_id, active = excluded.active
           where (employment_history.agency_id, employment_history.position_id, employment_history.active)
             is distinct from (excluded.agency_id, excluded.position_id, excluded.active)`, [cycle.id]);
      const [created] = await sql.query<{ appraisals: number; targets: number }>(
        `with eligible as (${ELIGIBLE_EMPLOYEES}),
         created as (
           insert into appraisal (cycle_id, employee_id)
           select $1, employee_id from eligible order by employee_id
           on conflict (cycle_id, employee_id) do nothing
           returning id, employee_id),
         targets as (
           insert into performance_target (appraisal_id, ordinal, description, indicator, aspect, target_value, unit)
           select a.id, t.ordinal, t.description, t.indicator, t.aspect, t.target_value, t.unit
           from created a join employee e on e.id = a.employee_id
           join cycle_target_template t on t.cycle_id = $1 and t.position_id = e.position_id
           returning 1)
         select (select count(*) from created)::int as appraisals, (select count(*) from targets)::int as targets`, [cycle.id]);
      return { cycle, appraisalsCreated: created!.appraisals, detail: { appraisalsCreated: created!.appraisals, targetsCopied: created!.targets } };
    });
  }

  /**
   * OPEN → CLOSED. While appraisals of the cycle are not final the close is refused, unless forced
   * with a reason, which the audit event keeps with the number left open.
   */
  close(input: CycleCloseInput): Promise<WriteOutcome<{ cycle: Cycle; appraisalsCreated: number | null }>> {
    return this.write('CYCLE_CLOSE', input.cycleId, async (tx) => {
      const cycle = await this.lockedCycle(tx, input.cycleId);
      this.expectStatus(cycle, CycleStatus.OPEN);
      const checks = new InputChecks();
      const reason = input.force ? checks.text(input.reason ?? '', ['input', 'reason'], { max: 2000 }) : null;
      if (!input.force && input.reason != null) checks.add(['input', 'reason'], ErrorCode.VALIDATION, 'give a reason only when forcing the close');
      checks.done();
      const [open] = await sqlFromEm(tx).query<{ n: number }>(
        `select count(*)::int as n from appraisal where cycle_id = $1 and status <> 'FINALIZED'`, [cycle.id]);
      const notFinal = open?.n ?? 0;
      if (notFinal > 0 && !input.force) {
        throw failed(ErrorCode.INVALID_STATE, `${notFinal} appraisal(s) of cycle ${cycle.code} are not final; finalise them, or force the close with a reason.`, ['input', 'cycleId']);
      }
      cycle.status = CycleStatus.CLOSED;
      return { cycle, appraisalsCreated: null, detail: input.force ? { forced: true, reason, notFinal } : { forced: false } };
    });
  }

  /** Replaces one position's target template; only while the cycle is still being planned. */
  setTemplate(input: CycleTemplateSetInput): Promise<WriteOutcome<CycleTargetTemplate[]>> {
    return auditedWrite(this.actor, 'CYCLE_TEMPLATE_SET', { subjectType: 'cycle', subjectId: input.cycleId }, async (tx, note) => {
      const cycle = await this.lockedCycle(tx, input.cycleId);
      this.expectStatus(cycle, CycleStatus.PLANNING);
      const positionId = parseId(input.positionId);
      const position = positionId == null ? null : await tx.findOne(Position, positionId);
      if (!position) throw failed(ErrorCode.NOT_FOUND, 'No position with this id.', ['input', 'positionId']);
      const checks = new InputChecks();
      if (input.targets.length > MAX_TEMPLATE_TARGETS) checks.add(['input', 'targets'], ErrorCode.VALIDATION, `at most ${MAX_TEMPLATE_TARGETS} targets`);
      const rows = input.targets.map((t, i) => {
        const at = ['input', 'targets', String(i)];
        return {
          ordinal: i + 1,
          description: checks.text(t.description, [...at, 'description']),
          indicator: checks.text(t.indicator, [...at, 'indicator']),
          aspect: t.aspect,
          targetValue: checks.amount(t.targetValue, [...at, 'targetValue']),
          unit: checks.text(t.unit, [...at, 'unit'], { max: 100 }),
        };
      });
      checks.done();
      await tx.nativeDelete(CycleTargetTemplate, { cycle, position });
      const created = rows.map((row) => tx.create(CycleTargetTemplate, { cycle, position, ...row }));
      await tx.flush();
      note.subjectId = cycle.id;
      note.detail = { code: cycle.code, position: position.code, targets: rows.length };
      return created;
    }, CYCLE_WRITES);
  }

  /** The cycle, locked (two requests opening it queue), if the viewer may run it. */
  private async lockedCycle(tx: EntityManager, cycleId: string): Promise<Cycle> {
    this.mayChange();
    const id = parseId(cycleId);
    const cycle = id == null ? null : await tx.findOne(Cycle, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const owner = cycle?.agency?.id ?? null;
    // Another pemda's cycle looks like no cycle (SPEC §6).
    if (!cycle || !cycleVisibleTo(this.viewer, owner, await this.visiblePemdas(tx))) {
      throw denied(ErrorCode.NOT_FOUND, 'No cycle with this id.', ['input', 'cycleId']);
    }
    if (!hasRole(this.viewer, Role.ADMIN) && (owner == null || owner !== await viewerPemda(tx, this.viewer))) {
      throw denied(ErrorCode.FORBIDDEN, owner == null
        ? `Cycle ${cycle.code} is national; only an administrator runs it.`
        : `Cycle ${cycle.code} belongs to another pemda.`, ['input', 'cycleId']);
    }
    return cycle;
  }

  private expectStatus(cycle: Cycle, status: CycleStatus): void {
    if (cycle.status !== status) throw failed(ErrorCode.INVALID_STATE, `Cycle ${cycle.code} is ${cycle.status}, not ${status}.`, ['input', 'cycleId']);
  }

  /** An HR admin's cycle is their pemda's; an ADMIN names a pemda or none (national). */
  private async owningPemda(tx: EntityManager, agencyId: string | null, checks: InputChecks): Promise<Agency | null> {
    const field = ['input', 'agencyId'];
    const own = await viewerPemda(tx, this.viewer);
    if (!hasRole(this.viewer, Role.ADMIN)) {
      if (own == null) throw denied(ErrorCode.FORBIDDEN, 'Your account belongs to no pemda.');
      if (agencyId != null && parseId(agencyId) !== own) throw denied(ErrorCode.NOT_FOUND, 'No pemda with this id among yours.', field);
      return tx.findOneOrFail(Agency, own);
    }
    if (agencyId == null) return null;
    const id = parseId(agencyId);
    const agency = id == null ? null : await tx.findOne(Agency, id);
    if (!agency) checks.add(field, ErrorCode.NOT_FOUND, 'No agency with this id.');
    else if (agency.depth !== 0) checks.add(field, ErrorCode.VALIDATION, `${agency.name} is not a pemda (the top of an agency tree).`);
    return agency;
  }

  private async checkGroup(tx: EntityManager, group: CycleGroupInput | null, pemda: Agency | null, checks: InputChecks) {
    const at = (name: string) => ['input', 'group', name];
    const positionTypes = group?.positionTypes?.length ? [...new Set(group.positionTypes)] : null;
    for (const type of positionTypes ?? []) if (!POSITION_TYPES.includes(type)) checks.add(at('positionTypes'), ErrorCode.VALIDATION, `${type} is not a position type`);
    const positions: Position[] = [];
    for (const [i, raw] of (group?.positionIds ?? []).entries()) {
      const id = parseId(raw);
      const position = id == null ? null : await tx.findOne(Position, id);
      if (!position) checks.add([...at('positionIds'), String(i)], ErrorCode.NOT_FOUND, 'No position with this id.');
      else if (!positions.includes(position)) positions.push(position);
    }
    let agency: Agency | null = null;
    if (group?.agencyId != null) {
      const id = parseId(group.agencyId);
      agency = id == null ? null : await tx.findOne(Agency, id);
      const inside = agency != null && (pemda == null || await pemdaOf(tx, agency.id) === pemda.id);
      if (!agency || !inside) checks.add(at('agencyId'), ErrorCode.NOT_FOUND, pemda ? `No agency with this id in ${pemda.name}.` : 'No agency with this id.');
    }
    return {
      positionTypes, positions, agency,
      summary: { positionTypes, positions: positions.map((p) => p.code), agency: agency?.code ?? null },
    };
  }

  /** One transaction and one audit event per write; a refusal rolls back and is audited on its own. */
  private write<T extends { cycle: Cycle; appraisalsCreated: number | null }>(
    action: string, subjectId: string | null, work: (tx: EntityManager) => Promise<T & { detail?: Record<string, unknown> }>,
  ): Promise<WriteOutcome<{ cycle: Cycle; appraisalsCreated: number | null }>> {
    return auditedWrite(this.actor, action, { subjectType: 'cycle', subjectId }, async (tx, note) => {
      const { cycle, appraisalsCreated, detail } = await work(tx);
      await tx.flush();
      // Named by its stored id only now: a refusal up to here is audited under the id as given.
      note.subjectId = cycle.id;
      note.detail = { code: cycle.code, status: cycle.status, ...detail };
      return { cycle, appraisalsCreated };
    }, CYCLE_WRITES);
  }
}

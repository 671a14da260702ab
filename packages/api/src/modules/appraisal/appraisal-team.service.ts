import type { EntityManager } from '@mikro-orm/postgresql';
import { AppraisalStatus, awaitingParty, CycleStatus, RaterRole, supervisorTask } from '@kinerja/shared';
import { canSeeEmployee, type Viewer } from '../../common/auth/viewer.js';
import { readSqlFromEm } from '../../common/database/sql.js';
import { parseId } from '../../common/graphql/ids.js';
import { Employee } from '../employee/employee.entity.js';
import { CheckIn } from './appraisal-parts.entity.js';
import { TeamMember } from './appraisal-team.type.js';
import { Appraisal, PerformanceTarget } from './appraisal.entity.js';

/**
 * The workspace reads of one person: their own appraisals, their team, the objections they decide,
 * and the targets they may cascade from. Every row passes the same scope check as any other read
 * (SPEC §6); out of scope is absent.
 */
export class AppraisalWorkspaceService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly clock: () => Date = () => new Date()) {}

  private sees(employee: Employee): boolean {
    return canSeeEmployee(this.viewer, { id: employee.id, agencyId: employee.agency.id });
  }

  /** The viewer's own appraisals, newest cycle first; none when the account belongs to no employee. */
  async mine(): Promise<Appraisal[]> {
    if (this.viewer.employeeId == null) return [];
    return this.em.find(Appraisal, { employee: this.viewer.employeeId }, { orderBy: { cycle: { startMonth: 'desc' }, id: 'desc' } });
  }

  /**
   * The viewer's active direct reports (by name) with their appraisal of `cycleId`, or else of the
   * newest cycle that is not closed.
   */
  async team(cycleId: string | null | undefined): Promise<TeamMember[]> {
    if (this.viewer.employeeId == null) return [];
    const members = (await this.em.find(Employee, { supervisor: this.viewer.employeeId, active: true }, { orderBy: { name: 'asc', id: 'asc' } }))
      .filter((e) => this.sees(e));
    if (members.length === 0) return [];
    const cycle = cycleId == null ? null : parseId(cycleId);
    if (cycleId != null && cycle == null) return members.map((employee) => this.member(employee, null, 0));
    const appraisals = await this.em.find(Appraisal, {
      employee: { $in: members.map((m) => m.id) },
      ...(cycle != null ? { cycle } : { cycle: { status: { $ne: CycleStatus.CLOSED } } }),
    }, { orderBy: { cycle: { startMonth: 'desc' }, id: 'desc' } });
    const current = new Map<number, Appraisal>();
    for (const a of appraisals) if (!current.has(a.employee.id)) current.set(a.employee.id, a);
    const open = await this.em.find(CheckIn, { appraisal: { $in: [...current.values()].map((a) => a.id) }, answeredAt: null });
    const unanswered = new Map<number, number>();
    for (const c of open) unanswered.set(c.appraisal.id, (unanswered.get(c.appraisal.id) ?? 0) + 1);
    return members.map((employee) => {
      const appraisal = current.get(employee.id) ?? null;
      return this.member(employee, appraisal, appraisal ? unanswered.get(appraisal.id) ?? 0 : 0);
    });
  }

  private member(employee: Employee, appraisal: Appraisal | null, unansweredCheckIns: number): TeamMember {
    const now = this.clock();
    const task = appraisal ? supervisorTask(appraisal.status, appraisal.assessedAt ?? null, now, unansweredCheckIns) : null;
    return Object.assign(new TeamMember(), {
      employee,
      appraisal,
      awaitingParty: appraisal ? awaitingParty(appraisal.status, appraisal.assessedAt ?? null, now) : null,
      yourTask: task,
      waitingOnYou: task != null,
      unansweredCheckIns,
    });
  }

  /**
   * OBJECTED appraisals the viewer decides: those whose rating official (who rated; for imported
   * ones the rater of the supervisor levels, else the direct supervisor) reports to the viewer
   * (PP 30/2019 art. 59) — in practice the viewer's direct reports' reports. Oldest rating first.
   */
  async objectionInbox(): Promise<Appraisal[]> {
    if (this.viewer.employeeId == null) return [];
    const rows = await readSqlFromEm(this.em).query<{ id: number }>(
      `select a.id from appraisal a join employee e on e.id = a.employee_id
       join employee r on r.id = coalesce(a.assessed_by_id,
         (select x.rater_id from competency_assessment x where x.appraisal_id = a.id and x.rater_role = $3 and x.rater_id is not null order by x.id limit 1),
         e.supervisor_id)
       where a.status = $2 and r.supervisor_id = $1
       order by a.assessed_at nulls last, a.id`,
      [this.viewer.employeeId, AppraisalStatus.OBJECTED, RaterRole.SUPERVISOR]);
    if (rows.length === 0) return [];
    const found = await this.em.find(Appraisal, { id: { $in: rows.map((r) => r.id) } }, { populate: ['employee'] });
    const byId = new Map(found.map((a) => [a.id, a]));
    return rows.map((r) => byId.get(r.id)!).filter((a) => a != null && this.sees(a.employee));
  }

  /**
   * The targets of the plan of the direct supervisor of the appraisal's employee, in the same cycle
   * (the cascading picker), in plan order. Empty when the appraisal is not visible, the employee has
   * no supervisor, or the supervisor has no plan in that cycle.
   */
  async supervisorTargets(appraisalId: string): Promise<{ target: PerformanceTarget; ownerId: number }[]> {
    const id = parseId(appraisalId);
    const appraisal = id == null ? null : await this.em.findOne(Appraisal, id, { populate: ['employee'] });
    if (!appraisal || !this.sees(appraisal.employee)) return [];
    const supervisorId = appraisal.employee.supervisor?.id;
    if (supervisorId == null) return [];
    const targets = await this.em.find(PerformanceTarget, { appraisal: { employee: supervisorId, cycle: appraisal.cycle.id } }, { orderBy: { ordinal: 'asc', id: 'asc' } });
    return targets.map((target) => ({ target, ownerId: supervisorId }));
  }
}

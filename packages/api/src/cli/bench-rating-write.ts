import type { MikroORM } from '@mikro-orm/postgresql';
import { AppraisalStatus, RaterRole, type Rating } from '@kinerja/shared';
import { Appraisal, CompetencyAssessment } from '../modules/appraisal/appraisal.entity.js';
import { putLevels, rate, standardOf } from '../modules/appraisal/appraisal-ratings.js';
import { Employee } from '../modules/employee/employee.entity.js';

const RATINGS: readonly Rating[] = ['ABOVE', 'MEETS', 'BELOW'];

/** Milliseconds of each rating measureRatingWrites timed. */
export interface RatingWriteTimes {
  /** The whole write transaction: its reads, the statements with their triggers, the commit. */
  total: number[];
  /** The write statements alone (INSERT of the levels, UPDATE of the appraisal), triggers included: the cube update. */
  statements: number[];
  /**
   * The database backend's CPU time for those statements (empty when it cannot be read: a server on
   * another machine or a role that may not read server files). Other processes on the machine do not
   * inflate it, so it shows the work a rating costs where the wall-clock time shows the contention.
   */
  statementsCpu: number[];
  /**
   * The first rating, not in the figures above: a connection's first rating also plans every
   * statement of the analytics triggers (PostgreSQL keeps plans per connection), as the dashboard
   * queries' warm-up rounds do for them. A pooled API connection pays it once.
   */
  first?: { statements: number; statementsCpu?: number };
}

/** CPU time the backend has run so far in ns: the first field of Linux's /proc/<pid>/schedstat, read by the backend itself. */
const BACKEND_CPU_NS = `select split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint::text as ns`;

async function backendCpuNs(execute: (sql: string) => Promise<{ ns: string }[]>): Promise<bigint> {
  return BigInt((await execute(BACKEND_CPU_NS))[0]!.ns);
}

/** Whether this connection may read the backend's CPU time (a failed read inside the write's transaction would abort it). */
async function canReadBackendCpu(orm: MikroORM): Promise<boolean> {
  try {
    await backendCpuNs((sql) => orm.em.fork().getConnection().execute(sql));
    return true;
  } catch {
    return false;
  }
}

/**
 * One supervisor rating as `appraisalAssess` writes it (committed), for each of up to `count`
 * self-assessed appraisals of the latest cycle after a first one reported apart: the supervisor's
 * level for every required competency (one batched INSERT), the ratings, predicate and status (one
 * UPDATE), each statement followed by its analytics triggers, which bring facts and subtree cubes up
 * to date before the commit.
 */
export async function measureRatingWrites(orm: MikroORM, count: number): Promise<RatingWriteTimes> {
  const em = orm.em.fork();
  const candidates = await em.getConnection().execute<{ id: number; supervisor_id: number }[]>(
    `select a.id, e.supervisor_id from appraisal a join employee e on e.id = a.employee_id
     where a.status = ? and e.supervisor_id is not null and e.active
       and a.cycle_id = (select id from cycle order by start_month desc, id desc limit 1)
     order by a.id limit ?`, [AppraisalStatus.SELF_ASSESSED, count + 1]);
  const times: RatingWriteTimes = { total: [], statements: [], statementsCpu: [] };
  const cpu = await canReadBackendCpu(orm);
  for (const [i, { id, supervisor_id: supervisorId }] of candidates.entries()) {
    const started = process.hrtime.bigint();
    let statements = 0;
    let statementsCpu: number | undefined;
    await orm.em.fork().transactional(async (tx) => {
      const appraisal = await tx.findOneOrFail(Appraisal, id, { populate: ['employee'] });
      const standard = await standardOf(tx, appraisal.employee);
      const self = new Map((await tx.find(CompetencyAssessment, { appraisal, raterRole: RaterRole.SELF }))
        .map((l) => [l.competency.id, l.level]));
      // The supervisor's level: the employee's own, one lower every third competency (deterministic).
      const levels = [...standard.values()].map((r, j) => ({
        competency: r.competency,
        competencyCode: r.competency.code,
        level: Math.max(1, (self.get(r.competency.id) ?? r.requiredLevel) - (j % 3 === 0 ? 1 : 0)),
        comment: null,
      }));
      await putLevels(tx, appraisal, RaterRole.SUPERVISOR, supervisorId, levels);
      rate(appraisal, RATINGS[i % 3]!, RATINGS[(i + 1) % 3]!);
      appraisal.assessedAt = new Date();
      appraisal.assessedBy = tx.getReference(Employee, supervisorId);
      appraisal.status = AppraisalStatus.ASSESSED;
      const backend = (sql: string) => tx.getConnection().execute<{ ns: string }[]>(sql, [], 'all', tx.getTransactionContext());
      const cpuBefore = cpu ? await backendCpuNs(backend) : 0n;
      const flushed = process.hrtime.bigint();
      await tx.flush();
      statements = Number(process.hrtime.bigint() - flushed) / 1e6;
      if (cpu) statementsCpu = Number(await backendCpuNs(backend) - cpuBefore) / 1e6;
    });
    if (i === 0) {
      times.first = { statements, statementsCpu };
      continue;
    }
    times.total.push(Number(process.hrtime.bigint() - started) / 1e6);
    times.statements.push(statements);
    if (statementsCpu !== undefined) times.statementsCpu.push(statementsCpu);
  }
  return times;
}

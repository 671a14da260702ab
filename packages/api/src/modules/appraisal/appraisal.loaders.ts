import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../common/graphql/context.js';
import { readSqlFromEm } from '../../common/database/sql.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { AppraisalBehavior, CheckIn, CheckInEntry, PlanReturn } from './appraisal-parts.entity.js';
import { Person } from './appraisal-person.type.js';
import { CompetencyAssessment, Feedback, Objection, PerformanceTarget } from './appraisal.entity.js';

/** Batches one-to-many lookups: the children of many appraisals in one query. */
function grouped<T>(load: (ids: number[]) => Promise<[number, T][]>) {
  return new DataLoader<number, T[]>(async (keys) => {
    const groups = new Map<number, T[]>();
    for (const [key, row] of await load([...keys])) groups.set(key, [...(groups.get(key) ?? []), row]);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

function createAppraisalLoaders(em: EntityManager) {
  return {
    cycle: new DataLoader<number, Cycle | null>(async (ids) => {
      const found = new Map((await em.find(Cycle, { id: { $in: [...ids] } })).map((c) => [c.id, c]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    targets: grouped(async (ids) => (await em.find(PerformanceTarget, { appraisal: { $in: ids } }, { orderBy: { ordinal: 'asc', id: 'asc' } }))
      .map((t): [number, PerformanceTarget] => [t.appraisal.id, t])),
    assessments: grouped(async (ids) => (await em.find(CompetencyAssessment, { appraisal: { $in: ids } }, { orderBy: { id: 'asc' } }))
      .map((a): [number, CompetencyAssessment] => [a.appraisal.id, a])),
    feedback: grouped(async (ids) => (await em.find(Feedback, { appraisal: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }))
      .map((f): [number, Feedback] => [f.appraisal.id, f])),
    checkIns: grouped(async (ids) => (await em.find(CheckIn, { appraisal: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }))
      .map((c): [number, CheckIn] => [c.appraisal.id, c])),
    checkInEntries: grouped(async (ids) => (await em.find(CheckInEntry, { checkIn: { $in: ids } }, { orderBy: { id: 'asc' } }))
      .map((e): [number, CheckInEntry] => [e.checkIn.id, e])),
    behaviors: grouped(async (ids) => (await em.find(AppraisalBehavior, { appraisal: { $in: ids } }))
      .map((b): [number, AppraisalBehavior] => [b.appraisal.id, b])),
    planReturns: grouped(async (ids) => (await em.find(PlanReturn, { appraisal: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }))
      .map((r): [number, PlanReturn] => [r.appraisal.id, r])),
    /** Any target by id, unscoped: only reached from a target the viewer may see (its `supports`). */
    target: new DataLoader<number, PerformanceTarget | null>(async (ids) => {
      const found = new Map((await em.find(PerformanceTarget, { id: { $in: [...ids] } }, { populate: ['appraisal'] })).map((t) => [t.id, t]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /**
     * People named on an appraisal, unscoped on purpose (name and position title only): the
     * employee sees who rated them and who decided their objection (PP 30/2019 art. 59).
     */
    person: new DataLoader<number, Person | null>(async (ids) => {
      const rows = await readSqlFromEm(em).query<{ id: number; name: string; title: string | null; supervisor_id: number | null }>(
        `select e.id, e.name, p.title, e.supervisor_id from employee e left join position p on p.id = e.position_id where e.id = any($1::int[])`, [[...ids]]);
      const found = new Map(rows.map((r) => [r.id, Object.assign(new Person(), { name: r.name, positionTitle: r.title, supervisorId: r.supervisor_id })]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    objection: new DataLoader<number, Objection | null>(async (ids) => {
      const found = new Map((await em.find(Objection, { appraisal: { $in: [...ids] } })).map((o) => [o.appraisal.id, o]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type AppraisalLoaders = ReturnType<typeof createAppraisalLoaders>;

/*
 * Per-request loaders of this module, kept beside the request's Context rather than in
 * common/graphql/loaders.ts so the module stays self-contained. Only appraisals that passed the
 * scope check are ever handed to the field resolvers that use them, so they need no filter.
 */
const perRequest = new WeakMap<Context, AppraisalLoaders>();

export function appraisalLoaders(ctx: Context): AppraisalLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createAppraisalLoaders(ctx.em);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/** After a write: later fields of the same operation must not see cached children. */
export function forgetAppraisalLoaders(ctx: Context): void {
  perRequest.delete(ctx);
}

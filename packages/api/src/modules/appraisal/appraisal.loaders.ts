import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../common/graphql/context.js';
import { Cycle } from '../cycle/cycle.entity.js';
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

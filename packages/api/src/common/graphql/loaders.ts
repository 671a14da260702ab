import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { Agency } from '../../modules/agency/agency.entity.js';
import { Competency, CompetencyLevel } from '../../modules/competency/competency.entity.js';
import { Cycle } from '../../modules/cycle/cycle.entity.js';
import { Employee } from '../../modules/employee/employee.entity.js';
import { Position, PositionRequirement } from '../../modules/position/position.entity.js';
import { canSeeAgency, canSeeEmployee, type Viewer } from '../auth/viewer.js';
import { sqlFromEm } from '../database/sql.js';

/**
 * Batches lookups by id into one `where id in (…)` per entity and tick. Rows the viewer may not
 * see come back as null, exactly like rows that do not exist (SPEC §6).
 */
function byId<T extends { id: number }>(em: EntityManager, entity: EntityClass<T>, visible: (row: T) => boolean = () => true) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const found = new Map(rows.filter(visible).map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Batches one-to-many lookups: all children of many parents in one query. */
function groupedBy<K, T>(load: (keys: readonly K[]) => Promise<[K, T][]>) {
  return new DataLoader<K, T[]>(async (keys) => {
    const groups = new Map<K, T[]>();
    for (const [key, row] of await load(keys)) {
      const list = groups.get(key) ?? [];
      list.push(row);
      groups.set(key, list);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export interface Headcount {
  subtree: number;
  direct: number;
}

/** Per-request DataLoaders: every nested field resolves in one query per level, not one per row. */
export function createLoaders(em: EntityManager, viewer: Viewer | null) {
  const sql = sqlFromEm(em);
  const agencyVisible = (a: Agency) => viewer != null && canSeeAgency(viewer, a.id);
  return {
    agency: byId(em, Agency, agencyVisible),
    competency: byId(em, Competency),
    cycle: byId(em, Cycle),
    position: byId(em, Position),
    employee: byId(em, Employee, (e) => viewer != null && canSeeEmployee(viewer, { id: e.id, agencyId: e.agency.id })),
    competencyLevels: groupedBy<number, CompetencyLevel>(async (ids) =>
      (await em.find(CompetencyLevel, { competency: { $in: [...ids] } }, { orderBy: { level: 'asc' } }))
        .map((l) => [l.competency.id, l])),
    positionRequirements: groupedBy<number, PositionRequirement>(async (ids) =>
      (await em.find(PositionRequirement, { position: { $in: [...ids] } }, { orderBy: { competency: { code: 'asc' } } }))
        .map((r) => [r.position.id, r])),
    agencyChildren: groupedBy<number, Agency>(async (ids) =>
      (await em.find(Agency, { parent: { $in: [...ids] } }, { orderBy: { name: 'asc' } }))
        .filter(agencyVisible).map((a) => [a.parent!.id, a])),
    /** Active employees in each agency's subtree and directly in it. */
    headcount: new DataLoader<number, Headcount>(async (ids) => {
      const rows = await sql.query<{ agency_id: number; subtree: string; direct: string }>(
        `select c.ancestor_id as agency_id, count(e.id) as subtree,
                count(e.id) filter (where e.agency_id = c.ancestor_id) as direct
         from agency_closure c join employee e on e.agency_id = c.descendant_id and e.active
         where c.ancestor_id = any($1) group by c.ancestor_id`, [[...ids]]);
      const found = new Map(rows.map((r) => [r.agency_id, { subtree: Number(r.subtree), direct: Number(r.direct) }]));
      return ids.map((id) => found.get(id) ?? { subtree: 0, direct: 0 });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

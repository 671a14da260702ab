import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeAgency, type Viewer } from '../../common/auth/viewer.js';
import { readSqlFromEm } from '../../common/database/sql.js';
import { byId, groupedBy } from '../../common/graphql/loaders.js';
import { Agency } from './agency.entity.js';

export interface Headcount {
  subtree: number;
  direct: number;
}

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    agency: DataLoader<number, Agency | null>;
    agencyChildren: DataLoader<number, Agency[]>;
    /** Active employees in each agency's subtree and directly in it. */
    headcount: DataLoader<number, Headcount>;
  }
}

export function agencyLoaders(em: EntityManager, viewer: Viewer | null) {
  const sql = readSqlFromEm(em);
  const agencyVisible = (a: Agency) => viewer != null && canSeeAgency(viewer, a.id);
  return {
    agency: byId(em, Agency, agencyVisible),
    agencyChildren: groupedBy<number, Agency>(async (ids) =>
      (await em.find(Agency, { parent: { $in: [...ids] } }, { orderBy: { name: 'asc' } }))
        .filter(agencyVisible).map((a) => [a.parent!.id, a])),
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

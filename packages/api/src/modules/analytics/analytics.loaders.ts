import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IdOrCode } from '../../common/database/find-by-key.js';
import { readSqlFromEm } from '../../common/database/sql.js';
import { parseId } from '../../common/graphql/ids.js';

/** The cycle and the agency an analytics filter names, each by id or, without an id, by code. */
export interface ScopeKeys {
  cycle: IdOrCode;
  agency: IdOrCode;
}

/** Their ids: null when a key names no record (a malformed id, an unknown code, or no key at all). */
export interface ScopeIds {
  cycleId: number | null;
  agencyId: number | null;
}

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** The cycle and agency of every analytics filter in the request, found in one statement. */
    analyticsScopeIds: DataLoader<ScopeKeys, ScopeIds, string>;
  }
}

/** As findByIdOrCode reads a key: the id when one is given (null if malformed), else the code. */
function idAndCode(key: IdOrCode): [number | null, string | null] {
  return key.id != null ? [parseId(key.id), null] : [null, key.code ?? null];
}

/**
 * A national view asks for one field per pemda, each with its own filter: their cycles and agencies
 * are looked up together, once per request, instead of two ORM lookups per field.
 */
export function analyticsLoaders(em: EntityManager) {
  const sql = readSqlFromEm(em);
  return {
    analyticsScopeIds: new DataLoader<ScopeKeys, ScopeIds, string>(async (keys) => {
      const columns = keys.map((k) => [...idAndCode(k.cycle), ...idAndCode(k.agency)] as const);
      const rows = await sql.query<ScopeIds>(
        `select (select y.id from cycle y where y.id = k.cycle_id or y.code = k.cycle_code) as "cycleId",
           (select a.id from agency a where a.id = k.agency_id or a.code = k.agency_code) as "agencyId"
         from unnest($1::int[], $2::text[], $3::int[], $4::text[]) with ordinality as k(cycle_id, cycle_code, agency_id, agency_code, n)
         order by k.n`,
        [0, 1, 2, 3].map((i) => columns.map((c) => c[i])),
      );
      return rows;
    }, { cacheKeyFn: (k) => JSON.stringify([idAndCode(k.cycle), idAndCode(k.agency)]) }),
  };
}

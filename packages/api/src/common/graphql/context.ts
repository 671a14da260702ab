import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from './loaders.js';
import type { SqlClient } from '../database/sql.js';

/** Everything one GraphQL request works with; built fresh per request. */
export interface Context {
  /** A forked EntityManager: its identity map lives and dies with the request. */
  em: EntityManager;
  sql: SqlClient;
  loaders: Loaders;
  requestId: string;
}

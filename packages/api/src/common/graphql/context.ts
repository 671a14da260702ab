import type { EntityManager } from '@mikro-orm/postgresql';
import type { TokenService } from '../auth/token.js';
import type { Viewer } from '../auth/viewer.js';
import type { ReadRoute } from '../database/read-routing.js';
import type { SqlClient } from '../database/sql.js';
import type { Loaders } from './loaders.js';

/** Everything one GraphQL request works with; built fresh per request. */
export interface Context {
  /**
   * A forked EntityManager: its identity map lives and dies with the request. Its reads outside a
   * transaction follow `readRoute` (the replica in a query operation that may read there).
   */
  em: EntityManager;
  /** The primary: writes, and reads that must be current (audit, sessions, by-id lookups). */
  sql: SqlClient;
  /**
   * Analytics and list reads: the replica when the request's routing allows it (`readRoute`,
   * decided once the operation is known; read-routing.ts), otherwise the primary. The ORM reads
   * of `em` outside a transaction follow the same route.
   */
  readSql: SqlClient;
  /** An object, not a field: Apollo copies the context per operation, and the copy must share it. */
  readRoute: ReadRoute;
  loaders: Loaders;
  requestId: string;
  /** The signed-in user and their scope; null for an anonymous request. */
  viewer: Viewer | null;
  /** Client address, for login rate limiting and the audit trail. */
  ip: string;
  tokens: TokenService;
  /**
   * Sets (token) or clears (null) the session cookie on the HTTP response, so browser tools on
   * the same origin (the explorer at /explorer) are signed in along with the dashboard.
   */
  setSessionCookie(token: string | null, expiresAt?: Date): void;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { TokenService } from '../auth/token.js';
import type { Viewer } from '../auth/viewer.js';
import type { SqlClient } from '../database/sql.js';
import type { Loaders } from './loaders.js';

/** Everything one GraphQL request works with; built fresh per request. */
export interface Context {
  /** A forked EntityManager: its identity map lives and dies with the request. */
  em: EntityManager;
  sql: SqlClient;
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

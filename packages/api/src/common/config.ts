import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (packages/api/src/common → ../../../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface AppConfig {
  /** An external PostgreSQL; when unset, the embedded one is started in `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * The application role's connection (DATABASE_APP_URL). When unset, the role is
   * `databaseAppRole` on DATABASE_URL's server with a password kept in the data folder.
   */
  databaseAppUrl: string | undefined;
  /**
   * A streaming replica of DATABASE_URL's database (DATABASE_READ_URL; several separated by commas):
   * analytics and list reads go there (common/database/read-routing.ts). Its user is replaced by the
   * application role, as on the primary.
   */
  databaseReadUrls: string[];
  /** Name of the application role Kinerja creates when DATABASE_APP_URL is unset. */
  databaseAppRole: string;
  /** Where the embedded PostgreSQL cluster and generated secrets live. */
  dataDir: string;
  /** Port of the embedded PostgreSQL cluster. */
  embeddedPgPort: number;
  port: number;
  /**
   * Address the HTTP server listens on: HOST when set; otherwise 127.0.0.1 with the embedded
   * database (a local trial, often with demo accounts) and 0.0.0.0 with DATABASE_URL (a server or
   * container).
   */
  host: string;
  /**
   * Express `trust proxy` (TRUST_PROXY): which peers' `X-Forwarded-For` names the client address
   * (for the sign-in limit and the audit trail). Unset: none — the client is the socket peer.
   */
  trustProxy: boolean | number | string;
  production: boolean;
  /** How much one statement, one request and one caller may take (see `loadLimits`). */
  limits: Limits;
}

/** TRUST_PROXY as express takes it: a hop count, true/false, or addresses/subnets such as `loopback`. */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    databaseReadUrls: (env.DATABASE_READ_URL ?? '').split(',').map((u) => u.trim()).filter((u) => u !== ''),
    databaseAppRole: env.KINERJA_DB_APP_ROLE || 'kinerja_app',
    dataDir: path.resolve(env.KINERJA_DATA_DIR || path.join(REPO_ROOT, '.kinerja')),
    embeddedPgPort: Number(env.KINERJA_PG_PORT || 54329),
    port: Number(env.PORT || 4000),
    host: env.HOST || (env.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    production: env.NODE_ENV === 'production',
    limits: loadLimits(env),
  };
}

/** What one statement, one request and one caller may take, so no single caller can stall the API. */
export interface Limits {
  /** PostgreSQL `statement_timeout` of the API's connections (migrations and the bulk import have none). */
  statementTimeoutMs: number;
  /** A GraphQL request still running after this long is answered 503 `TIMEOUT` and its SQL cancelled. */
  requestTimeoutMs: number;
  /** Connections in the API's pool. */
  poolSize: number;
  /** Cost points one caller (account, or IP when anonymous) may spend per window. */
  budgetPoints: number;
  budgetWindowSeconds: number;
  /** Points an operation costs: 1 plus this for each analytics field it asks for. */
  analyticsCost: number;
  /** Requests of one caller running at once; more wait in line. */
  callerConcurrency: number;
  /** Requests of one caller that may wait in line; more are refused with RATE_LIMITED. */
  callerQueue: number;
}

export const DEFAULT_LIMITS: Limits = {
  statementTimeoutMs: 5000,
  requestTimeoutMs: 10_000,
  poolSize: 10,
  // About 180 dashboard overviews a minute for one person; a scripted flood runs dry within seconds.
  budgetPoints: 2000,
  budgetWindowSeconds: 60,
  analyticsCost: 5,
  // One at a time keeps a flood to one core and one or two connections (`pnpm kinerja bench --abuse`:
  // with 3, a normal user's p95 rose ~10× under a flood on 2 cores; with 1, ~2.3×). A dashboard
  // page's few parallel requests simply take turns.
  callerConcurrency: 1,
  callerQueue: 20,
};

const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  statementTimeoutMs: 'KINERJA_STATEMENT_TIMEOUT_MS',
  requestTimeoutMs: 'KINERJA_REQUEST_TIMEOUT_MS',
  poolSize: 'KINERJA_DB_POOL_SIZE',
  budgetPoints: 'KINERJA_CALLER_BUDGET',
  budgetWindowSeconds: 'KINERJA_CALLER_BUDGET_WINDOW_S',
  analyticsCost: 'KINERJA_ANALYTICS_COST',
  callerConcurrency: 'KINERJA_CALLER_CONCURRENCY',
  callerQueue: 'KINERJA_CALLER_QUEUE',
};

/** The limits from the environment; a variable that is set must be a positive whole number. */
export function loadLimits(env: NodeJS.ProcessEnv = process.env): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES) as [keyof Limits, string][]) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${variable} must be a positive whole number, not "${raw}".`);
    limits[key] = Number(raw);
  }
  return limits;
}

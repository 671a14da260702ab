import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (packages/api/src/common → ../../../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface AppConfig {
  /** An external PostgreSQL; when unset, the embedded one is started in `dataDir`. */
  databaseUrl: string | undefined;
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
    dataDir: path.resolve(env.KINERJA_DATA_DIR || path.join(REPO_ROOT, '.kinerja')),
    embeddedPgPort: Number(env.KINERJA_PG_PORT || 54329),
    port: Number(env.PORT || 4000),
    host: env.HOST || (env.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    production: env.NODE_ENV === 'production',
  };
}

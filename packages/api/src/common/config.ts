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
  /** Name of the application role Kinerja creates when DATABASE_APP_URL is unset. */
  databaseAppRole: string;
  /** Where the embedded PostgreSQL cluster and generated secrets live. */
  dataDir: string;
  /** Port of the embedded PostgreSQL cluster. */
  embeddedPgPort: number;
  port: number;
  production: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    databaseAppRole: env.KINERJA_DB_APP_ROLE || 'kinerja_app',
    dataDir: path.resolve(env.KINERJA_DATA_DIR || path.join(REPO_ROOT, '.kinerja')),
    embeddedPgPort: Number(env.KINERJA_PG_PORT || 54329),
    port: Number(env.PORT || 4000),
    production: env.NODE_ENV === 'production',
  };
}

import pg from 'pg';
import type { AppConfig } from '../config.js';
import { embeddedUrl, startEmbeddedPostgres } from './embedded-postgres.js';
import { canConnect } from './pg-client.js';

export interface Database {
  /**
   * The OWNER's connection: migrations and setting up the application role only. Everything else
   * connects as the application role (app-role.ts).
   */
  url: string;
  /** True when Kinerja runs its own embedded PostgreSQL (no DATABASE_URL). */
  embedded: boolean;
  /** True when the `kinerja` database did not exist and was just created. */
  created: boolean;
  /** Stops the embedded server if this process started it. */
  stop(): Promise<void>;
}

const DATABASE_NAME = 'kinerja';

/**
 * The database the CLI works on: DATABASE_URL when set, otherwise the embedded PostgreSQL in the
 * data folder, started unless another Kinerja process already runs it.
 */
export async function openDatabase(config: AppConfig, log: (message: string) => void = () => {}): Promise<Database> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, created: false, stop: async () => {} };
  }
  const urlFor = (db: string) => embeddedUrl(config.embeddedPgPort, db);
  let stop = async () => {};
  if (!(await canConnect(urlFor('postgres'), 1500))) {
    log(`Starting embedded PostgreSQL (data in ${config.dataDir}, port ${config.embeddedPgPort})…`);
    const cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
    stop = () => cluster.stop();
  }
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  let created = false;
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${DATABASE_NAME}`);
      created = true;
    }
  } finally {
    await admin.end();
  }
  return { url: urlFor(DATABASE_NAME), embedded: true, created, stop };
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { grantAppRole, urlAs, type AppRole } from '../database/app-role.js';
import { migrate, migrationOrm } from '../database/orm.js';

/**
 * The application role every test connects as, like the server does (common/database/app-role.ts):
 * created once per run by the global setup — roles belong to the whole cluster, which parallel test
 * files share — and granted its privileges in each test database by `migrate()`.
 */
export function testAppRole(adminUrl: string): AppRole {
  const name = 'kinerja_test_app';
  const password = 'kinerja-test-app-password';
  return { name, password, url: urlAs(adminUrl, name, password) };
}

export interface TestDatabase {
  /** The owner's connection: migrations, and tests that must do what the application may not. */
  url: string;
  /** The application role's connection to this database; usable after `migrate()`. */
  appUrl: string;
  name: string;
  /** Applies every migration as the owner, then grants the application role (as `kinerja start` does). */
  migrate(): Promise<void>;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty, uniquely named database next to `adminUrl`'s and returns its URL. */
export async function createTestDatabase(adminUrl: string, prefix = 'kinerja_t'): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  return {
    name,
    url,
    appUrl: withDatabase(testAppRole(adminUrl).url, name),
    async migrate() {
      const orm = await migrationOrm(url);
      try {
        await migrate(orm);
      } finally {
        await orm.close();
      }
      await grantAppRole(url, testAppRole(adminUrl).name);
    },
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

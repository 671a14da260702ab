import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
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

/** A migrated test database with a small pool, as `useMigratedDatabase` gives it. */
export interface MigratedTestDatabase extends TestDatabase {
  /** Two connections, as the owner or the application role (`poolAs`). */
  readonly pool: pg.Pool;
}

/**
 * A migrated database of its own for the tests of the file or `describe` block that calls this:
 * created and migrated before them, its pool closed and the database dropped after them. Its
 * members may be read in tests and hooks (before the hook ran there is nothing to read yet).
 */
export function useMigratedDatabase(options: { poolAs?: 'owner' | 'app' } = {}): MigratedTestDatabase {
  let created: TestDatabase | undefined;
  let pool: pg.Pool | undefined;
  beforeAll(async () => {
    created = await createTestDatabase(inject('pgAdminUrl'));
    await created.migrate();
    pool = new pg.Pool({ connectionString: options.poolAs === 'app' ? created.appUrl : created.url, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    await created?.drop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the test database is created in beforeAll: read it inside tests and hooks');
    return value;
  };
  return {
    get url() { return ready(created).url; },
    get appUrl() { return ready(created).appUrl; },
    get name() { return ready(created).name; },
    migrate: () => ready(created).migrate(),
    drop: () => ready(created).drop(),
    get pool() { return ready(pool); },
  };
}

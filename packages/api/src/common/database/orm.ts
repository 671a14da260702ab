import type { EntityClass } from '@mikro-orm/core';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { MIGRATIONS } from '../../../migrations/index.js';
import type { Limits } from '../config.js';
import { trackStatements } from './query-deadline.js';
import { RoutedPostgreSqlDriver } from './read-routing.js';

/** `entities` come from the composition root (src/app.ts): common/ knows no feature. */
export function ormConfig(entities: readonly EntityClass<object>[], clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    // A request's ORM reads follow its read route (read-routing.ts): the primary unless told otherwise.
    driver: RoutedPostgreSqlDriver,
    entities: [...entities],
    // An ORM opened only to migrate (migrationOrm) has no entities: the migrations are SQL.
    discovery: { warnWhenNoEntities: entities.length > 0 },
    extensions: [Migrator],
    // Migrations are listed in code (migrations/index.ts), not discovered on disk, so the same
    // list works under tsx, vitest and a bundle.
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    // Tables with no entity: analytics facts and cubes (derived, migration *_analytics) and the bulk
    // merge's record of indexes set aside during an import (migration *_bulk_merge).
    schemaGenerator: { skipTables: [/^analytics_/, 'kinerja_set_aside'] },
    pool: { min: 0, max: 10 },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ...overrides,
  });
}

export async function openOrmWith(entities: readonly EntityClass<object>[], clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(entities, clientUrl, overrides));
}

/** An ORM that can only run migrations (no entities), for code that must not depend on the features. */
export async function migrationOrm(clientUrl: string): Promise<MikroORM> {
  return openOrmWith([], clientUrl, { debug: false });
}

/**
 * The API server's pool: bounded, every statement under `statement_timeout`, and each statement
 * known to its request's deadline. Migrations and the bulk import open their own connections
 * without these (they may rightly run for minutes).
 */
export function apiOrmOptions(limits: Pick<Limits, 'statementTimeoutMs' | 'poolSize'>): Partial<Options> {
  return {
    pool: {
      min: 0,
      max: limits.poolSize,
      afterCreate: (connection: Parameters<typeof trackStatements>[0], done: (error: Error | null, c: unknown) => void) => {
        trackStatements(connection);
        done(null, connection);
      },
    },
    // Sent at connection start-up, so it holds for every statement on the connection.
    driverOptions: { connection: { statement_timeout: limits.statementTimeoutMs } },
  };
}

/**
 * Read replicas for the API's ORM: each URL's server and database, connected as the application
 * role of the primary's `appUrl` (physical replication copies the role). The primary stays the
 * default for every read; only reads that ask for `read` — a query operation's reads when its
 * route allows (read-routing.ts) — go to a replica.
 */
export function replicaOptions(appUrl: string, readUrls: readonly string[]): Partial<Options> {
  if (readUrls.length === 0) return {};
  const app = new URL(appUrl);
  return {
    preferReadReplicas: false,
    replicas: readUrls.map((readUrl, i) => {
      const url = new URL(readUrl);
      url.username = app.username;
      url.password = app.password;
      return { name: `replica-${i + 1}`, clientUrl: url.toString() };
    }),
  };
}

/** Applies every pending migration; safe to call on every start. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

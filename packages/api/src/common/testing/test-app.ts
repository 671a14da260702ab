import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServer } from '@apollo/server';
import { inject } from 'vitest';
import { migrate, openOrm } from '../database/orm.js';
import { contextFactory, createApolloServer } from '../graphql/apollo.js';
import type { Context } from '../graphql/context.js';
import { importDataset } from '../../modules/dataset/dataset-import.service.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  db: TestDatabase;
  orm: MikroORM;
  apollo: ApolloServer<Context>;
  /** Runs an operation through the real schema, plugins and validation rules; throws on GraphQL errors unless `allowErrors`. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The raw single result, errors included. */
  run(query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** A fresh database (migrated, optionally loaded with a dataset folder) and the GraphQL server over it. */
export async function createTestApp(options: { dataset?: string; production?: boolean } = {}): Promise<TestApp> {
  const db = await createTestDatabase(inject('pgAdminUrl'));
  const orm = await openOrm(db.url);
  await migrate(orm);
  if (options.dataset) {
    const report = await importDataset(db.url, options.dataset);
    if (!report.ok) throw new Error(`test dataset did not import: ${JSON.stringify(report.errors.slice(0, 5))}`);
  }
  const apollo = await createApolloServer({ production: options.production ?? false });
  await apollo.start();
  const makeContext = contextFactory(orm);
  const run: TestApp['run'] = async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: await makeContext({ req: { headers: {} } }) });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by Kinerja');
    return response.body.singleResult as Awaited<ReturnType<TestApp['run']>>;
  };
  return {
    db,
    orm,
    apollo,
    run,
    async execute<T>(query: string, variables?: Record<string, unknown>) {
      const result = await run(query, variables);
      if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
      return result.data as T;
    },
    async close() {
      await apollo.stop();
      await orm.close();
      await db.drop();
    },
  };
}

import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '@kinerja/shared';
import { GraphQLError } from 'graphql';
import { inject } from 'vitest';
import { TokenService } from '../common/auth/token.js';
import { APP, openOrm } from '../app.js';
import { contextFactory, createApolloServer } from '../common/graphql/apollo.js';
import type { Context } from '../common/graphql/context.js';
import { AccountService } from '../modules/account/account.service.js';
import { UserAccount } from '../modules/account/user-account.entity.js';
import { importDataset } from '../modules/dataset/dataset-import.service.js';
import { createTestDatabase, type TestDatabase } from '../common/testing/test-database.js';
import { replicaOptions } from '../common/database/orm.js';
import { ReadRouting } from '../common/database/read-routing.js';

function sameDatabaseOn(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export const TEST_TOKEN_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
export const TEST_PASSWORD = 'correct-horse-battery';

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface RunOptions {
  /** Username to run as (default `admin`); null for an anonymous request. */
  as?: string | null;
  /** Send this bearer token instead of the cached one of `as`. */
  token?: string;
  ip?: string;
}

export interface TestApp {
  db: TestDatabase;
  orm: MikroORM;
  apollo: ApolloServer<Context>;
  tokens: TokenService;
  /** Runs an operation through the real schema, plugins and validation rules; throws on any GraphQL error. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RunOptions): Promise<T>;
  /** The raw single result, errors included. */
  run(query: string, variables?: Record<string, unknown>, options?: RunOptions): Promise<GraphQLResult>;
  /** SQL statements sent through the ORM since the app was created (for N+1 and "no SQL ran" checks). */
  queryCount(): number;
  /** Creates an account (password TEST_PASSWORD) holding one role or several. */
  addUser(username: string, roles: Role | readonly Role[], scope?: { agencyCode?: string; employeeNip?: string }): Promise<void>;
  /** Forgets the cached token of a user (after their sessions were revoked). */
  forgetToken(username: string): void;
  close(): Promise<void>;
}

/**
 * A fresh database (migrated, optionally loaded with a dataset folder) with an `admin` account, and
 * the GraphQL server over it, run in-process with the production context factory and connected as
 * the application role (`db.url` is the owner's connection, `db.appUrl` the application's).
 */
export async function createTestApp(options: {
  dataset?: string;
  production?: boolean;
  /** The PostgreSQL server to create the test database on (default: the run's shared one). */
  adminUrl?: string;
  /** A streaming replica of `adminUrl`'s server: analytics and list reads may go there (read-routing.ts). */
  replicaServerUrl?: string;
} = {}): Promise<TestApp> {
  const db = await createTestDatabase(options.adminUrl ?? inject('pgAdminUrl'));
  await db.migrate();
  // The app, like the real server, connects as the application role, never as the owner.
  let queries = 0;
  const replicas = options.replicaServerUrl ? replicaOptions(db.appUrl, [sameDatabaseOn(options.replicaServerUrl, db.name)]) : {};
  const orm = await openOrm(db.appUrl, { debug: ['query'], logger: () => { queries += 1; }, ...replicas });
  if (options.dataset) {
    const report = await importDataset(db.appUrl, options.dataset);
    if (!report.ok) throw new Error(`test dataset did not import: ${JSON.stringify(report.errors.slice(0, 5))}`);
  }
  const tokens = new TokenService(TEST_TOKEN_SECRET);
  const apollo = await createApolloServer({ production: options.production ?? false, features: APP, readRouting: new ReadRouting(orm) });
  await apollo.start();
  const makeContext = contextFactory(orm, tokens, APP.createLoaders);
  const tokenCache = new Map<string, string>();

  const tokenFor = async (username: string) => {
    const cached = tokenCache.get(username);
    if (cached) return cached;
    // A real session row, as sign-in makes: the context refuses tokens without a live one.
    const em = orm.em.fork();
    const account = await em.findOneOrFail(UserAccount, { username });
    const { token } = await new AccountService(em).openSession(account, tokens);
    tokenCache.set(username, token);
    return token;
  };
  const run: TestApp['run'] = async (query, variables, runOptions = {}) => {
    const as = runOptions.as === undefined ? 'admin' : runOptions.as;
    const bearer = runOptions.token ?? (as ? await tokenFor(as) : undefined);
    const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
    const contextValue = await makeContext({ req: { headers, ip: runOptions.ip ?? '127.0.0.1' } });
    try {
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by Kinerja');
      return response.body.singleResult as GraphQLResult;
    } catch (error) {
      // Parse-time limits (graphql-armor's token limit) throw instead of answering; over HTTP they are a 400.
      if (error instanceof GraphQLError) return { data: null, errors: [{ message: error.message, extensions: error.extensions }] };
      throw error;
    }
  };
  const app: TestApp = {
    db,
    orm,
    apollo,
    tokens,
    run,
    queryCount: () => queries,
    async execute<T>(query: string, variables?: Record<string, unknown>, runOptions?: RunOptions) {
      const result = await run(query, variables, runOptions);
      if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
      return result.data as T;
    },
    async addUser(username, roles, scope = {}) {
      await new AccountService(orm.em.fork()).create({ username, password: TEST_PASSWORD, roles, ...scope });
    },
    forgetToken(username) {
      tokenCache.delete(username);
    },
    async close() {
      await apollo.stop();
      await orm.close();
      await db.drop();
    },
  };
  await app.addUser('admin', Role.ADMIN);
  return app;
}

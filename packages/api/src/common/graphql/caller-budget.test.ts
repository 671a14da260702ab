import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { Role } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService } from '../../modules/account/account.service.js';
import { UserAccount } from '../../modules/account/user-account.entity.js';
import { startServer, type RunningServer } from '../../server.js';
import { TokenService } from '../auth/token.js';
import { DEFAULT_LIMITS, type Limits } from '../config.js';
import { openOrm } from '../../app.js';
import { apiOrmOptions } from '../database/orm.js';
import { SMALL_DATASET } from '../testing/fixtures.js';
import { createTestApp, TEST_TOKEN_SECRET, type TestApp } from '../../testing/test-app.js';
import { CallerGate } from './caller-budget.js';

const tokens = new TokenService(TEST_TOKEN_SECRET);
const EMPLOYEES = '{ employees(first: 1) { totalCount } }';

describe('per-caller limits', () => {
  let app: TestApp;
  const servers: RunningServer[] = [];
  const orms: MikroORM[] = [];
  const bearer: Record<string, string> = {};

  /** A server over the test database with these limits (and, for the SQL limits, its own API pool). */
  async function serve(limits: Partial<Limits>, ownPool = false): Promise<RunningServer> {
    const all = { ...DEFAULT_LIMITS, ...limits };
    let orm = app.orm;
    if (ownPool) orms.push(orm = await openOrm(app.db.appUrl, apiOrmOptions(all)));
    const server = await startServer({ orm, tokens, port: 0, host: '127.0.0.1', production: true, limits: all });
    servers.push(server);
    return server;
  }
  async function post(server: RunningServer, query: string, as: string | null) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${bearer[as]}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = await response.json() as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body, code: body.errors?.[0]?.extensions?.code };
  }
  /** Holds an exclusive lock on the employee table until the returned function is called. */
  async function lockEmployees(): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: app.db.url });
    await client.connect();
    await client.query('begin');
    await client.query('lock table employee in access exclusive mode');
    return async () => {
      await client.query('rollback');
      await client.end();
    };
  }

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    for (const username of ['flood', 'calm', 'heavy']) await app.addUser(username, Role.ADMIN);
    for (const username of ['admin', 'flood', 'calm', 'heavy']) {
      // A real session row, as sign-in makes: tokens without a live session are refused.
      const em = app.orm.em.fork();
      const account = await em.findOneOrFail(UserAccount, { username });
      bearer[username] = (await new AccountService(em).openSession(account, tokens)).token;
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const orm of orms) await orm.close();
    await app?.close();
  });

  it('refuses a caller over budget with RATE_LIMITED, 429 and Retry-After, and still serves another caller', async () => {
    const server = await serve({ budgetPoints: 5, budgetWindowSeconds: 60, analyticsCost: 5 });
    for (let i = 0; i < 5; i += 1) expect((await post(server, '{ viewer { username } }', 'flood')).status).toBe(200);
    const over = await post(server, '{ viewer { username } }', 'flood');
    expect(over.status).toBe(429);
    expect(over.code).toBe('RATE_LIMITED');
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    expect(over.body.errors?.[0]?.message).toMatch(/costs 1 of your 5 points per 60 s/);
    const calm = await post(server, '{ viewer { username } }', 'calm');
    expect(calm).toMatchObject({ status: 200, body: { data: { viewer: { username: 'calm' } } } });
    // Analytics weigh more: one analytics field alone costs more than this whole budget.
    const heavy = await post(server, '{ analyticsSummary(filter: { cycleCode: "2025", agencyCode: "X" }) { headcount } }', 'heavy');
    expect(heavy.code).toBe('RATE_LIMITED');
    expect(heavy.body.errors?.[0]?.message).toMatch(/costs 6 of your 5 points/);
    // Anonymous callers are charged by address.
    for (let i = 0; i < 5; i += 1) await post(server, '{ viewer { username } }', null);
    expect((await post(server, '{ viewer { username } }', null)).status).toBe(429);
  });

  it('runs at most N of one caller\'s requests at once, queues a few, refuses the rest, and not other callers', async () => {
    const gate = new CallerGate(1, 1);
    const first = await gate.enter('a');
    let secondIn = false;
    const second = gate.enter('a').then((release) => { secondIn = true; return release; });
    expect(await gate.enter('a')).toBe(false); // the line is full
    const other = await gate.enter('b');
    expect(other).toBeTypeOf('function');
    await Promise.resolve();
    expect(secondIn).toBe(false);
    (first as () => void)();
    const release = await second;
    expect(secondIn).toBe(true);
    (release as () => void)();
    (other as () => void)();
  });

  it('stops a statement over statement_timeout with a TIMEOUT error (no SQL shown) and stays healthy', async () => {
    const server = await serve({ statementTimeoutMs: 300, requestTimeoutMs: 10_000, poolSize: 3 }, true);
    const unlock = await lockEmployees();
    try {
      const stopped = await post(server, EMPLOYEES, 'admin');
      expect(stopped.code).toBe('TIMEOUT');
      expect(stopped.body.errors?.[0]?.message).toMatch(/ran longer than the server allows/);
      expect(JSON.stringify(stopped.body)).not.toMatch(/select|employee"/i);
    } finally {
      await unlock();
    }
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await post(server, EMPLOYEES, 'admin')).toMatchObject({ status: 200, body: { data: { employees: { totalCount: expect.any(Number) } } } });
  });

  it('answers a request past its deadline with 503 TIMEOUT and cancels its running statement', async () => {
    const server = await serve({ statementTimeoutMs: 60_000, requestTimeoutMs: 400, poolSize: 3 }, true);
    const unlock = await lockEmployees();
    const waiting = async () => (await app.orm.em.getConnection().execute<{ n: number }[]>(
      `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%from "employee"%'`))[0]!.n;
    try {
      const started = Date.now();
      const stopped = await post(server, EMPLOYEES, 'admin');
      expect(stopped.status).toBe(503);
      expect(stopped.code).toBe('TIMEOUT');
      expect(stopped.body.errors?.[0]?.message).toMatch(/ran longer than 400 ms/);
      expect(Date.now() - started).toBeLessThan(5000);
      // The lock is still held, yet the request's statement no longer waits for it: it was cancelled.
      await expect.poll(waiting, { timeout: 3000 }).toBe(0);
    } finally {
      await unlock();
    }
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await post(server, EMPLOYEES, 'admin')).status).toBe(200);
  });
});

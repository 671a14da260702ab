import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server.js';
import { employeeIdOf, sqlRows } from '../../modules/agency/reference-write.testing.js';
import { AccountService } from '../../modules/account/account.service.js';
import { UserAccount } from '../../modules/account/user-account.entity.js';
import { SMALL_DATASET } from '../testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const TAUFIK_KDI = '197410281995051001';
const ADD = `mutation($input: TrainingRecordAddInput!) {
  trainingRecordAdd(input: $input) { trainingRecord { id hoursJp } userErrors { code } }
}`;

describe('Idempotency-Key on mutations', () => {
  let app: TestApp;
  let server: RunningServer;
  let employeeId: string;
  const tokens = new Map<string, string>();

  const post = async (as: string, query: string, variables: Record<string, unknown>, key?: string) => {
    let token = tokens.get(as);
    if (!token) {
      // A real session row, as sign-in makes: tokens without a live session are refused.
      const em = app.orm.em.fork();
      const account = await em.findOneOrFail(UserAccount, { username: as });
      token = (await new AccountService(em).openSession(account, app.tokens)).token;
      tokens.set(as, token);
    }
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: await response.json() as Record<string, unknown> };
  };
  const jpTotal = async () => (await sqlRows<{ n: number; jp: string | null }>(app,
    'select count(*)::int as n, sum(hours_jp)::text as jp from training_record where employee_id = $1', [employeeId]))[0]!;

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('admin2', 'ADMIN');
    server = await startServer({ orm: app.orm, tokens: app.tokens, port: 0, host: '127.0.0.1', production: true });
    employeeId = await employeeIdOf(app, TAUFIK_KDI);
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
  });

  it('a retried trainingRecordAdd returns the first answer and adds nothing', async () => {
    const before = await jpTotal();
    const input = { employeeId, title: 'Seminar Integritas', completedOn: '2026-03-02', hoursJp: 7.5 };
    const first = await post('admin', ADD, { input }, 'retry-1');
    expect(first.status).toBe(200);
    expect(first.replayed).toBeNull();
    const afterFirst = await jpTotal();
    expect(afterFirst.n).toBe(before.n + 1);
    const retry = await post('admin', ADD, { input }, 'retry-1');
    expect(retry.status).toBe(200);
    expect(retry.replayed).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await jpTotal()).toEqual(afterFirst);
    // Without a key, or with a new one, the same request is a new record.
    await post('admin', ADD, { input }, 'retry-2');
    expect((await jpTotal()).n).toBe(before.n + 2);
  });

  it('refuses the same key for a different request, and keeps keys per account', async () => {
    const input = { employeeId, title: 'Coaching', completedOn: '2026-03-03', hoursJp: 2 };
    await post('admin', ADD, { input }, 'shared-key');
    const counted = await jpTotal();
    const reused = await post('admin', ADD, { input: { ...input, hoursJp: 3 } }, 'shared-key');
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_REUSED' } }] });
    expect(await jpTotal()).toEqual(counted);
    // Another account's key of the same name is its own.
    const other = await post('admin2', ADD, { input }, 'shared-key');
    expect(other.replayed).toBeNull();
    expect((await jpTotal()).n).toBe(counted.n + 1);
  });

  it('replays a userError answer, refuses a malformed key and expires keys after 24 hours', async () => {
    const bad = await post('admin', ADD, { input: { employeeId, title: 'X', completedOn: 'not a date', hoursJp: 1 } }, 'failed-key');
    const input = { employeeId, title: 'Bimtek', completedOn: '2026-03-04', hoursJp: 4 };
    expect(bad.status).toBe(200);
    // A userError is an answer like any other: it is kept and replayed.
    const badAgain = await post('admin', ADD, { input: { employeeId, title: 'X', completedOn: 'not a date', hoursJp: 1 } }, 'failed-key');
    expect(badAgain.replayed).toBe('true');
    const invalidKey = await post('admin', ADD, { input }, 'spaces are not allowed');
    expect(invalidKey.status).toBe(400);
    await post('admin', ADD, { input }, 'old-key');
    const counted = await jpTotal();
    await sqlRows(app, "update idempotency_key set created_at = now() - interval '25 hours' where key = 'old-key'");
    const fresh = await post('admin', ADD, { input }, 'old-key');
    expect(fresh.replayed).toBeNull();
    expect((await jpTotal()).n).toBe(counted.n + 1);
  });
});

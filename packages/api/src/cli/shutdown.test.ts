import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../common/config.js';
import { createTestDatabase, type TestDatabase } from '../common/testing/test-database.js';
import { shutdownTimeoutMs } from './commands.js';

/** `kinerja start` as a real process on a free port; resolves once it prints its address. */
function startKinerja(db: TestDatabase, env: Record<string, string> = {}) {
  const child = spawn(
    path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
    ['--tsconfig', 'packages/api/tsconfig.json', 'packages/api/src/cli/main.ts', 'start'],
    { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: db.url, PORT: '0', NODE_ENV: 'production', ...env } },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /dashboard (http:\/\/[^/\s]+)\//.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`kinerja start exited early:\n${output}`)));
  });
  return { child, url, exited, output: () => output };
}

const signIn = (url: string) => fetch(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { sessionCreate(input: { username: "nobody", password: "wrong-password" }) { token userErrors { code } } }' }),
});

describe('kinerja start on SIGTERM', () => {
  let db: TestDatabase;
  let child: ChildProcess | undefined;
  beforeAll(async () => { db = await createTestDatabase(inject('pgAdminUrl')); });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await db?.drop();
  });

  it('reads KINERJA_SHUTDOWN_TIMEOUT_MS, 10 s by default', () => {
    expect(shutdownTimeoutMs({})).toBe(10_000);
    expect(shutdownTimeoutMs({ KINERJA_SHUTDOWN_TIMEOUT_MS: '2500' })).toBe(2500);
    expect(() => shutdownTimeoutMs({ KINERJA_SHUTDOWN_TIMEOUT_MS: 'soon' })).toThrow(/KINERJA_SHUTDOWN_TIMEOUT_MS/);
  });

  it('lets an in-flight request finish, refuses new ones and exits 0', async () => {
    const kinerja = startKinerja(db);
    child = kinerja.child;
    const url = await kinerja.url;
    // A second connection locks the accounts table, so sign-in (which reads it) waits: a genuinely
    // slow request, with nothing test-only in the server.
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table user_account in access exclusive mode');
      const inFlight = signIn(url);
      await waitFor(async () => (await locker.query<{ n: number }>(
        "select count(*)::int as n from pg_locks where relation = 'user_account'::regclass and not granted",
      )).rows[0]!.n > 0);

      child.kill('SIGTERM');
      await waitFor(async () => kinerja.output().includes('shutting down'));
      // New requests are refused: the listener is closed (connection refused) or a kept-alive socket gets 503.
      const refused = await signIn(url).then((r) => r.status, () => 'refused');
      expect([503, 'refused']).toContain(refused);

      await locker.query('commit');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { sessionCreate: { token: null, userErrors: [{ code: 'UNAUTHENTICATED' }] } } });
      expect(await kinerja.exited).toBe(0);
    } finally {
      await locker.end();
    }
  }, 60_000);
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

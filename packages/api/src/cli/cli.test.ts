import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../common/config.js';
import { BAD_DATASET, FIXTURES_DIR, SMALL_DATASET } from '../common/testing/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../common/testing/test-database.js';
import { verifyPassword } from '../common/auth/password.js';
import { DEMO_PASSWORD } from '../demo/demo-accounts.js';

/** Runs `pnpm kinerja …` as a user would (the same tsx entry the root script uses). */
function kinerja(db: TestDatabase, args: string[], input = '', env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'packages/api/tsconfig.json', 'packages/api/src/cli/main.ts', ...args],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: db.url, DATABASE_APP_URL: db.appUrl, ...env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('the kinerja command line', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await createTestDatabase(inject('pgAdminUrl')); });
  afterAll(async () => db?.drop());

  it('import exits 1 and names every bad cell for the bad fixture', async () => {
    const result = await kinerja(db, ['import', BAD_DATASET]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('employees.csv:12 [nip] month 13 is not a date');
    expect(result.stderr).toContain('nothing was written');
  });

  it('import exits 1 with file:line and no stack trace for a file that is not clean UTF-8 CSV', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kinerja-cli-'));
    try {
      writeFileSync(path.join(folder, 'cycles.csv'), 'code,name,kind,start_month,end_month\n2031-A,Pen"ilaian,ANNUAL,2031-01,2031-12\n');
      writeFileSync(path.join(folder, 'competencies.csv'), Buffer.concat([Buffer.from('code,name,category\nX1,Caf'), Buffer.from([0xe9]), Buffer.from(',MANAGERIAL\n')]));
      const result = await kinerja(db, ['import', folder]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('competencies.csv:2 not UTF-8 (byte 0xE9; save the file as UTF-8)');
      expect(result.stderr).toMatch(/cycles\.csv:2 a quote/);
      expect(result.stderr).toContain('nothing was written');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('bench reports both scopes, the rating writes and the base-table check, and ends with a summary', async () => {
    const database = `kinerja_bench_cli_${process.pid}`;
    try {
      const run = await kinerja(db, ['bench', '-n', '150', '-r', '2', '--writes', '3', '--truth-scopes', '2', '--database', database]);
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.code).toBe(0);
      for (const query of ['analyticsSummary', 'competencyGaps(AGENCY)', 'trend', 'raterLeniency']) {
        expect(run.stdout).toMatch(new RegExp(`^${query.replace(/[()]/g, '\\$&')} +[\\d.]+ +[\\d.]+ ms +[\\d.]+ +[\\d.]+ ms$`, 'm'));
        expect(run.stdout).toMatch(new RegExp(`^${query.replace(/[()]/g, '\\$&')} .* yes \\(2 scopes\\)$`, 'm'));
      }
      expect(run.stdout).toMatch(/National scope: all 4 pemdas/);
      expect(run.stdout).toMatch(/Supervisor rating .* 3 writes:\n +write statements with the triggers .*: p50 [\d.]+ ms, p95 [\d.]+ ms/);
      expect(run.stdout).toMatch(/equal to the base tables +9 of 9 queries checked/);
      expect(run.stdout).toMatch(/peak RSS \(generate, import, API\) +\d+ MiB/);
    } finally {
      const admin = new pg.Client({ connectionString: Object.assign(new URL(db.url), { pathname: '/postgres' }).toString() });
      await admin.connect();
      await admin.query(`drop database if exists "${database}" with (force)`).finally(() => admin.end());
    }
  }, 300_000);

  it('import exits 0 for the small fixture, on a database it first migrates', async () => {
    const result = await kinerja(db, ['import', SMALL_DATASET]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/employees\.csv\s+90 rows/);
  });

  it('export writes a workbook that import reads back with no change, and names a workbook\'s errors by sheet and row', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kinerja-cli-'));
    try {
      const workbook = path.join(folder, 'kinerja.xlsx');
      const exported = await kinerja(db, ['export', workbook, '--agency', 'KDI']);
      expect(exported.stderr).not.toMatch(/error/i);
      expect(exported.code).toBe(0);
      expect(exported.stdout).toMatch(/Exported agency KDI and below to .*kinerja\.xlsx/);
      const again = await kinerja(db, ['import', workbook]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('(0 row writes)');
      const unknown = await kinerja(db, ['export', path.join(folder, 'x.zip'), '--agency', 'NOPE']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('Export refused: unknown agency NOPE');
      const nipNumber = await kinerja(db, ['import', path.join(FIXTURES_DIR, 'small-nip-number.xlsx')]);
      expect(nipNumber.code).toBe(1);
      expect(nipNumber.stderr).toContain('employees!7 [nip] the NIP is stored as a number');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('user add reads the password from standard input or a named variable', async () => {
    const fromStdin = await kinerja(db, ['user', 'add', '--username', 'bkd.kdi', '--role', 'HR_ADMIN', '--agency', 'KDI'], 'a-long-password\n');
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toContain('Created bkd.kdi (HR_ADMIN)');
    const fromEnv = await kinerja(db, ['user', 'add', '-u', 'pegawai.satu', '-r', 'EMPLOYEE', '-e', '197410281995051001', '--password-env', 'PW'], '', { PW: 'another-long-password' });
    expect(fromEnv.code).toBe(0);
    const taken = await kinerja(db, ['user', 'add', '-u', 'bkd.kdi', '-r', 'HR_ADMIN', '-a', 'KDI'], 'a-long-password\n');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('username: is taken');
    // SPEC §6: one account, several roles (a kepala dinas), comma-separated or repeated.
    const both = await kinerja(db, ['user', 'add', '-u', 'kadis.bkd', '-r', 'SUPERVISOR,LEADER', '-a', 'KDI-BKD', '-e', '197410281995051001', '--password-env', 'PW'], '', { PW: 'another-long-password' });
    expect(both.stdout).toContain('Created kadis.bkd (LEADER, SUPERVISOR)');
    const unknown = await kinerja(db, ['user', 'add', '-u', 'boss', '-r', 'LEADER', 'BOSS', '-a', 'KDI', '--password-env', 'PW'], '', { PW: 'another-long-password' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('role: "BOSS" is not');
  });

  it('user passwd, disable and enable change the account, audited as cli', async () => {
    const passwd = await kinerja(db, ['user', 'passwd', '--username', 'bkd.kdi'], 'a-fresh-long-password\n');
    expect(passwd.stdout).toContain('Set a new password for bkd.kdi');
    expect(passwd.code).toBe(0);
    const short = await kinerja(db, ['user', 'passwd', '-u', 'bkd.kdi', '--password-env', 'PW'], '', { PW: 'short' });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('newPassword: The new password must be at least 12 characters.');
    const disable = await kinerja(db, ['user', 'disable', '-u', 'bkd.kdi']);
    expect(disable.code).toBe(0);
    const unknown = await kinerja(db, ['user', 'enable', '-u', 'nobody']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('username: No such account');
    const rows = await sqlRows<{ active: boolean; password_hash: string }>(db, `select active, password_hash from user_account where username = 'bkd.kdi'`);
    expect(rows[0]!.active).toBe(false);
    expect(await verifyPassword(rows[0]!.password_hash, 'a-fresh-long-password')).toBe(true);
    expect((await kinerja(db, ['user', 'enable', '-u', 'bkd.kdi'])).code).toBe(0);
    const events = await sqlRows<{ action: string; outcome: string; actor_username: string }>(db,
      `select action, outcome, actor_username from audit_event where action in ('USER_PASSWORD_RESET', 'USER_DISABLE', 'USER_ENABLE') order by id`);
    expect(events.map((e) => `${e.action} ${e.outcome} ${e.actor_username}`)).toEqual([
      'USER_PASSWORD_RESET SUCCESS cli', 'USER_PASSWORD_RESET FAILURE cli', 'USER_DISABLE SUCCESS cli', 'USER_ENABLE FAILURE cli', 'USER_ENABLE SUCCESS cli',
    ]);
  });
});

/** Runs `kinerja start` until it serves (then stops it) or exits by itself. */
function start(db: TestDatabase, env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; served: boolean }>((resolve) => {
    const child = spawn(
      path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'packages/api/tsconfig.json', 'packages/api/src/cli/main.ts', 'start'],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: db.url, PORT: '0', KINERJA_ADMIN_PASSWORD: '', ...env } },
    );
    let stdout = '';
    let stderr = '';
    let served = false;
    child.stdout.on('data', (c) => {
      stdout += c;
      if (!served && stdout.includes('Kinerja is running')) {
        served = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('close', (code) => resolve({ code, stdout, stderr, served }));
  });
}

async function sqlRows<T extends object>(db: TestDatabase, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('kinerja start and accounts', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await createTestDatabase(inject('pgAdminUrl')); });
  afterAll(async () => db?.drop());

  it('creates the first admin on an empty accounts table with a generated password, printed once, listening on HOST', async () => {
    const first = await start(db, { HOST: '127.0.0.1' });
    expect(first.served).toBe(true);
    const password = /with the password\n\n {4}(\S+)\n/.exec(first.stdout)?.[1];
    expect(password).toBeDefined();
    expect(password!.length).toBeGreaterThanOrEqual(12);
    expect(first.stdout).toContain('listening on 127.0.0.1');
    const [admin] = await sqlRows<{ roles: string[]; password_hash: string }>(db, `select roles, password_hash from user_account where username = 'admin'`);
    expect(admin!.roles).toEqual(['ADMIN']);
    expect(await verifyPassword(admin!.password_hash, password!)).toBe(true);
    const again = await start(db, { HOST: '127.0.0.1' });
    expect(again.served).toBe(true);
    expect(again.stdout).not.toContain('with the password');
  });

  it('in production, refuses to serve while an active account has the demo password, and says how to fix it', async () => {
    const set = await kinerja(db, ['user', 'passwd', '-u', 'admin', '--password-env', 'PW'], '', { PW: DEMO_PASSWORD });
    expect(set.code).toBe(0);
    const refused = await start(db, { NODE_ENV: 'production', HOST: '127.0.0.1' });
    expect(refused.served).toBe(false);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('still have the published demo password: admin');
    expect(refused.stderr).toContain('pnpm kinerja user passwd --username admin');
    expect((await kinerja(db, ['user', 'passwd', '-u', 'admin', '--password-env', 'PW'], '', { PW: 'a-real-admin-password' })).code).toBe(0);
    expect((await start(db, { NODE_ENV: 'production', HOST: '127.0.0.1' })).served).toBe(true);
  });
});

describe('kinerja start with KINERJA_ADMIN_PASSWORD', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await createTestDatabase(inject('pgAdminUrl')); });
  afterAll(async () => db?.drop());

  it('creates the first admin with that password and prints none', async () => {
    const short = await start(db, { HOST: '127.0.0.1', KINERJA_ADMIN_PASSWORD: 'short' });
    expect(short.served).toBe(false);
    expect(short.stderr).toContain('KINERJA_ADMIN_PASSWORD cannot be used for the first admin account: password: must be at least 12 characters');
    const result = await start(db, { HOST: '127.0.0.1', KINERJA_ADMIN_PASSWORD: 'the-chosen-admin-password' });
    expect(result.served).toBe(true);
    expect(result.stdout).not.toContain('the-chosen-admin-password');
    const [admin] = await sqlRows<{ password_hash: string }>(db, `select password_hash from user_account where username = 'admin'`);
    expect(await verifyPassword(admin!.password_hash, 'the-chosen-admin-password')).toBe(true);
  });
});

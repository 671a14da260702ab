import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../common/config.js';
import { BAD_DATASET, SMALL_DATASET } from '../common/testing/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../common/testing/test-database.js';

/** Runs `pnpm kinerja …` as a user would (the same tsx entry the root script uses). */
function kinerja(db: TestDatabase, args: string[], input = '', env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'packages/api/tsconfig.json', 'packages/api/src/cli/main.ts', ...args],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: db.url, ...env } },
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

  it('import exits 0 for the small fixture, on a database it first migrates', async () => {
    const result = await kinerja(db, ['import', SMALL_DATASET]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/employees\.csv\s+90 rows/);
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
  });
});

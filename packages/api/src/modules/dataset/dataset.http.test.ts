/*
 * The dataset console's HTTP side over a real server and database: who may call it, the dry run's
 * row-level report, the import job and its progress, the scope of an HR_ADMIN, the export download.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openOrm } from '../../app.js';
import { TokenService } from '../../common/auth/token.js';
import { databaseFingerprint, FIXTURES_DIR, SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../common/testing/test-database.js';
import { TEST_PASSWORD, TEST_TOKEN_SECRET } from '../../testing/test-app.js';
import { AccountService } from '../account/account.service.js';
import { UserAccount } from '../account/user-account.entity.js';
import { importDataset, type ImportReport } from './dataset-import.service.js';
import { datasetRouter, UPLOAD_HEADER, type ImportJob } from './dataset.http.js';

let db: TestDatabase;
let orm: MikroORM;
let server: Server;
let base: string;
const tokens = new TokenService(TEST_TOKEN_SECRET);
const cookies = new Map<string, string>();

beforeAll(async () => {
  db = await createTestDatabase(inject('pgAdminUrl'));
  await db.migrate();
  orm = await openOrm(db.appUrl);
  expect((await importDataset(db.appUrl, SMALL_DATASET)).ok).toBe(true);
  const accounts = new AccountService(orm.em.fork());
  await accounts.create({ username: 'admin', password: TEST_PASSWORD, roles: Role.ADMIN });
  await accounts.create({ username: 'bkd', password: TEST_PASSWORD, roles: Role.HR_ADMIN, agencyCode: 'KDI-BKD' });
  await accounts.create({ username: 'leader', password: TEST_PASSWORD, roles: Role.LEADER, agencyCode: 'KDI' });
  for (const username of ['admin', 'bkd', 'leader']) {
    const em = orm.em.fork();
    const { token } = await new AccountService(em).openSession(await em.findOneOrFail(UserAccount, { username }), tokens);
    cookies.set(username, `kinerja_session=${token}`);
  }
  const app = express().use('/api/dataset', datasetRouter({ orm, tokens, databaseUrl: db.appUrl, maxUploadBytes: 4 * 1024 * 1024 }));
  server = await new Promise<Server>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/dataset`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await orm?.close();
  await db?.drop();
});

function upload(route: string, as: string | null, file: { name: string; bytes: Buffer }, headers: Record<string, string> = { [UPLOAD_HEADER]: '1' }) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  return fetch(`${base}/${route}`, { method: 'POST', body: form, headers: { ...headers, ...(as ? { cookie: cookies.get(as)! } : {}) } });
}

const fixture = (name: string) => ({ name, bytes: readFileSync(path.join(FIXTURES_DIR, name)) });

async function importAndWait(as: string, file: { name: string; bytes: Buffer }): Promise<ImportJob> {
  const started = await upload('import', as, file);
  expect(started.status).toBe(202);
  let { job } = await started.json() as { job: ImportJob };
  while (job.state === 'RUNNING') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ({ job } = await (await fetch(`${base}/jobs/${job.id}`, { headers: { cookie: cookies.get(as)! } })).json() as { job: ImportJob });
  }
  return job;
}

async function download(as: string, format: string): Promise<{ status: number; bytes: Buffer; disposition: string | null }> {
  const response = await fetch(`${base}/export?format=${format}`, { headers: { cookie: cookies.get(as)! } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), disposition: response.headers.get('content-disposition') };
}

const changes = (report: ImportReport | null) => report?.files.reduce((n, f) => n + f.changed, 0);

describe('who may call it', () => {
  it('refuses no session (401), a role without IMPORT_DATASETS (403) and a POST without the upload header (403)', async () => {
    expect((await upload('check', null, fixture('small.xlsx'))).status).toBe(401);
    expect((await upload('check', 'leader', fixture('small.xlsx'))).status).toBe(403);
    expect((await fetch(`${base}/export`, { headers: { cookie: cookies.get('leader')! } })).status).toBe(403);
    // A cross-site form can send the cookie-less equivalent of this, never the custom header.
    const forged = await upload('check', 'admin', fixture('small.xlsx'), {});
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({ error: `Missing the ${UPLOAD_HEADER} header.` });
  });

  it('refuses a file that is not .xlsx or .zip (415) and one over the size limit (413), writing nothing', async () => {
    expect((await upload('check', 'admin', { name: 'employees.csv', bytes: Buffer.from('nip\n') })).status).toBe(415);
    expect((await upload('check', 'admin', { name: 'big.xlsx', bytes: Buffer.alloc(5 * 1024 * 1024) })).status).toBe(413);
  });
});

describe('dry run', () => {
  it('reports a NIP stored as a number at sheet, row and column, and writes nothing', async () => {
    const before = await databaseFingerprint(db.url);
    const response = await upload('check', 'admin', fixture('small-nip-number.xlsx'));
    expect(response.status).toBe(200);
    const { report } = await response.json() as { report: ImportReport };
    expect(report.ok).toBe(false);
    expect(report.source).toBe('WORKBOOK');
    expect(report.errors).toContainEqual(expect.objectContaining({ file: 'employees', line: 7, column: 'nip' }));
    expect(await databaseFingerprint(db.url)).toEqual(before);
  });

  it('of a clean workbook says what an import would change, and writes nothing', async () => {
    const before = await databaseFingerprint(db.url);
    const { report } = await (await upload('check', 'admin', fixture('small.xlsx'))).json() as { report: ImportReport };
    expect(report.ok).toBe(true);
    expect(changes(report)).toBe(0);
    expect(await databaseFingerprint(db.url)).toEqual(before);
  });
});

describe('import job and export', () => {
  it('an ADMIN imports a workbook, polling its progress to the end', async () => {
    const job = await importAndWait('admin', fixture('small.xlsx'));
    expect(job.state).toBe('DONE');
    expect(job.report?.ok).toBe(true);
    expect(job.totalBytes).toBeGreaterThan(0);
    expect(job.bytesRead).toBe(job.totalBytes);
  });

  it("a job is its owner's only", async () => {
    const started = await upload('import', 'admin', fixture('small.xlsx'));
    const { job } = await started.json() as { job: ImportJob };
    expect((await fetch(`${base}/jobs/${job.id}`, { headers: { cookie: cookies.get('bkd')! } })).status).toBe(404);
    while ((await (await fetch(`${base}/jobs/${job.id}`, { headers: { cookie: cookies.get('admin')! } })).json() as { job: ImportJob }).job.state === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it("an HR_ADMIN's export holds its subtree, and importing it back changes nothing", async () => {
    const xlsx = await download('bkd', 'xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.disposition).toMatch(/attachment; filename="?kinerja-kdi-bkd-\d{4}-\d{2}-\d{2}\.xlsx/);
    const zip = await download('bkd', 'zip');
    expect(zip.bytes.subarray(0, 2).toString()).toBe('PK');
    const job = await importAndWait('bkd', { name: 'kdi-bkd.xlsx', bytes: xlsx.bytes });
    expect(job.report?.errors).toEqual([]);
    expect(job.state).toBe('DONE');
    expect(changes(job.report)).toBe(0);
  });

  it('an HR_ADMIN may not write outside its subtree: the whole dataset is refused, nothing written', async () => {
    const before = await databaseFingerprint(db.url);
    const job = await importAndWait('bkd', fixture('small.xlsx'));
    expect(job.state).toBe('FAILED');
    expect(job.report?.errors).toContainEqual(expect.objectContaining({
      file: 'agencies', column: 'code', reason: expect.stringMatching(/^outside your agency/),
    }));
    expect(job.report?.errors).toContainEqual(expect.objectContaining({ file: 'employees', column: 'agency_code' }));
    expect(await databaseFingerprint(db.url)).toEqual(before);
  });
});

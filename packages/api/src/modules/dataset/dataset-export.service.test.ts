/*
 * The export (SPEC §8): imported into an empty database it reproduces every figure of the small
 * fixture; imported into the database it came from it changes nothing; formula-looking text is
 * written so a spreadsheet shows it as text, and comes back as the same text.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sqlFromPg } from '../../common/database/sql.js';
import { createTestDatabase, type TestDatabase } from '../../common/testing/test-database.js';
import { analyticsFigures, expectedFigures, loadedDatabase, smallExpected, type LoadedDatabase } from '../../testing/analytics-testing.js';
import { exportDataset, type ExportFormat } from './dataset-export.service.js';
import { importDataset } from './dataset-import.service.js';

/** Names a spreadsheet would run as formulas, and one that only looks like a number. */
const TRICKY_NAMES = ['=HYPERLINK("http://example.invalid","klik")', '+62 811 000', '@SUM(A1:A9)', '-', "'Ainun"];

let scratch: string;
let source: LoadedDatabase;
let trickyNips: string[];

async function names(url: string, nips: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('select name from employee where nip = any($1) order by nip', [nips]);
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

async function exportTo(format: ExportFormat, name: string, agencyCode?: string): Promise<string> {
  const out = path.join(scratch, name);
  if (format === 'FOLDER') {
    await exportDataset(source.db.appUrl, { format, folder: out }, { agencyCode });
    return out;
  }
  const stream = createWriteStream(out);
  await exportDataset(source.db.appUrl, { format, stream }, { agencyCode });
  await finished(stream);
  return out;
}

const changes = (report: { files: { changed: number }[] }) => report.files.reduce((n, f) => n + f.changed, 0);

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'kinerja-export-'));
  source = await loadedDatabase(inject('pgAdminUrl'));
  // Give a few employees names a spreadsheet would run, as the API would store them.
  const { rows } = await source.pool.query<{ nip: string }>('select nip from employee order by nip limit $1', [TRICKY_NAMES.length]);
  trickyNips = rows.map((r) => r.nip);
  for (const [i, nip] of trickyNips.entries()) {
    await source.pool.query('update employee set name = $2 where nip = $1', [nip, TRICKY_NAMES[i]]);
  }
});
afterAll(async () => {
  await source?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('an export imported into an empty database', () => {
  let empty: TestDatabase;
  beforeAll(async () => {
    empty = await createTestDatabase(inject('pgAdminUrl'));
    await empty.migrate();
  });
  afterAll(async () => empty?.drop());

  it('reproduces every figure of the small fixture and every formula-looking name (workbook)', async () => {
    const workbook = await exportTo('WORKBOOK', 'all.xlsx');
    const report = await importDataset(empty.appUrl, workbook);
    expect(report.errors).toEqual([]);
    const pool = new pg.Pool({ connectionString: empty.appUrl, max: 2 });
    try {
      expect(await analyticsFigures(sqlFromPg(pool), smallExpected())).toEqual(expectedFigures(smallExpected()));
    } finally {
      await pool.end();
    }
    expect(await names(empty.url, trickyNips)).toEqual(await names(source.db.url, trickyNips));
  });
});

describe('an export imported into the database it came from', () => {
  it.each(['FOLDER', 'ZIP', 'WORKBOOK'] as const)('changes nothing (%s)', async (format) => {
    const out = await exportTo(format, `same-${format}${format === 'ZIP' ? '.zip' : format === 'WORKBOOK' ? '.xlsx' : ''}`);
    const report = await importDataset(source.db.appUrl, out);
    expect(report.errors).toEqual([]);
    expect(changes(report)).toBe(0);
  });

  it("of one agency's subtree holds only its employees, and changes nothing", async () => {
    const folder = await exportTo('FOLDER', 'scoped', 'KDI-BKD');
    const employees = readFileSync(path.join(folder, 'employees.csv'), 'utf8').trim().split('\n').slice(1);
    const { rows } = await source.pool.query<{ n: string }>(`select count(*) as n from employee e join agency a on a.id = e.agency_id
      join agency_closure c on c.descendant_id = a.id join agency r on r.id = c.ancestor_id where r.code = 'KDI-BKD'`);
    expect(employees.length).toBe(Number(rows[0]!.n));
    expect(employees.every((line) => /,KDI-BKD(-[A-Z]+)?,/.test(line))).toBe(true);
    // The subtree's root keeps its parent: the ancestors come along.
    expect(readFileSync(path.join(folder, 'agencies.csv'), 'utf8')).toMatch(/^KDI,/m);
    const report = await importDataset(source.db.appUrl, folder);
    expect(report.errors).toEqual([]);
    expect(changes(report)).toBe(0);
  });
});

describe('formula-looking cells', () => {
  it('are written to CSV behind an apostrophe, so a spreadsheet shows them as text', async () => {
    const folder = await exportTo('FOLDER', 'guarded');
    const csv = readFileSync(path.join(folder, 'employees.csv'), 'utf8');
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.invalid"",""klik"")",`);
    expect(csv).toContain(",'+62 811 000,");
    expect(csv).toContain(",'@SUM(A1:A9),");
    expect(csv).toContain(",'-,");
    expect(csv).toContain(",''Ainun,");
  });
});

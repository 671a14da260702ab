/*
 * Datasets as a workbook and as a zip (SPEC §8): the same figures as the CSV folder, errors named
 * by sheet, row and column, nothing written on an error, archives that unpack too far refused.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, FIXTURES_DIR, SMALL_DATASET } from '../../common/testing/fixtures.js';
import { useMigratedDatabase } from '../../common/testing/test-database.js';
import { sqlFromPg } from '../../common/database/sql.js';
import { analyticsFigures, expectedFigures, smallExpected } from '../../testing/analytics-testing.js';
import { importDataset } from './dataset-import.service.js';

const SMALL_XLSX = path.join(FIXTURES_DIR, 'small.xlsx');
const NIP_NUMBER_XLSX = path.join(FIXTURES_DIR, 'small-nip-number.xlsx');

let scratch: string;
beforeAll(() => { scratch = mkdtempSync(path.join(os.tmpdir(), 'kinerja-source-')); });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Zips `entries` ([name in zip, contents]) into a file in the scratch folder. */
async function zipOf(name: string, entries: [string, Buffer][]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [entry, contents] of entries) zip.addBuffer(contents, entry);
  zip.end();
  const out = path.join(scratch, name);
  const stream = createWriteStream(out);
  zip.outputStream.pipe(stream);
  await finished(stream);
  return out;
}

const smallFiles = (): [string, Buffer][] => readdirSync(SMALL_DATASET).map((f) => [f, readFileSync(path.join(SMALL_DATASET, f))]);

describe.each([
  ['the workbook written by another spreadsheet library', async () => SMALL_XLSX],
  ['a zip of the CSV files in a folder', async () => zipOf('small.zip', smallFiles().map(([f, b]) => [`small/${f}`, b]))],
])('importing %s', (_label, input) => {
  const db = useMigratedDatabase({ poolAs: 'app' });

  it('gives exactly the figures of small.expected.json, and changes nothing the second time', async () => {
    const file = await input();
    const first = await importDataset(db.appUrl, file);
    expect(first.errors).toEqual([]);
    expect(first.ok).toBe(true);
    expect(await analyticsFigures(sqlFromPg(db.pool), smallExpected())).toEqual(expectedFigures(smallExpected()));
    const again = await importDataset(db.appUrl, file);
    expect(again.ok).toBe(true);
    expect(again.files.reduce((n, f) => n + f.changed, 0)).toBe(0);
  });
});

describe('refusals', () => {
  const db = useMigratedDatabase();

  it('a NIP stored as a number: an error at sheet employees, row 7, column nip, and nothing written', async () => {
    const before = await databaseFingerprint(db.url);
    const report = await importDataset(db.appUrl, NIP_NUMBER_XLSX);
    expect(report.ok).toBe(false);
    expect(report.source).toBe('WORKBOOK');
    expect(report.errors).toContainEqual(expect.objectContaining({ file: 'employees', line: 7, column: 'nip' }));
    expect(report.errors.find((e) => e.line === 7 && e.column === 'nip')?.reason).toMatch(/stored as a number/);
    expect(await databaseFingerprint(db.url)).toEqual(before);
  });

  it('errors in a zip name the file by its path in the archive', async () => {
    const files = smallFiles().map(([f, b]): [string, Buffer] =>
      [`data/${f}`, f === 'cycles.csv' ? Buffer.from(b.toString().replace('2024-01', '2024-13')) : b]);
    const report = await importDataset(db.appUrl, await zipOf('bad-month.zip', files));
    expect(report.ok).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining({ file: 'data/cycles.csv', line: 2, column: 'start_month' }));
  });

  it('a zip holding one dataset file twice is refused', async () => {
    const cycles = readFileSync(path.join(SMALL_DATASET, 'cycles.csv'));
    const report = await importDataset(db.appUrl, await zipOf('twice.zip', [['a/cycles.csv', cycles], ['b/cycles.csv', cycles]]));
    expect(report.ok).toBe(false);
    expect(report.errors[0]?.reason).toMatch(/cycles\.csv appears twice/);
  });

  it('a zip that unpacks past the limit is refused before anything is inflated', async () => {
    // 64 MiB of zeros deflate to about 64 KiB: a small zip bomb.
    const bomb = await zipOf('bomb.zip', [['employees.csv', Buffer.alloc(64 * 1024 * 1024)]]);
    const { openDatasetSource } = await import('./dataset-source.js');
    const source = await openDatasetSource(bomb, { maxUncompressedBytes: 16 * 1024 * 1024, maxEntries: 100 });
    const report = await importDataset(db.appUrl, source);
    expect(report.ok).toBe(false);
    expect(report.errors[0]?.reason).toMatch(/unpacks to 67108864 bytes; at most 16777216/);
  });

  it('a path that is neither a folder, a workbook nor a zip', async () => {
    const report = await importDataset(db.appUrl, path.join(scratch, 'missing'));
    expect(report.ok).toBe(false);
    expect(report.errors[0]?.reason).toMatch(/not a folder, \.xlsx workbook or \.zip file/);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BAD_DATASET, databaseFingerprint, FIXTURES_DIR, SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../common/testing/test-database.js';
import { importDataset, type ImportError } from './dataset-import.service.js';

const expectedBadErrors: ImportError[] = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'bad.expected-errors.json'), 'utf8'));

function csvRows(file: string): number {
  return readFileSync(path.join(SMALL_DATASET, file), 'utf8').trim().split('\n').length - 1;
}

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('dataset import', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(inject('pgAdminUrl'));
    await db.migrate();
  });
  afterAll(async () => db.drop());

  it('rejects the bad fixture on an empty database, naming every bad cell, and writes nothing', async () => {
    const before = await databaseFingerprint(db.url);
    const report = await importDataset(db.appUrl, BAD_DATASET);
    expect(report.ok).toBe(false);
    for (const expected of expectedBadErrors) expect(report.errors).toContainEqual(expected);
    expect(await databaseFingerprint(db.url)).toEqual(before);
    expect(await count(db.url, `select count(*) n from audit_event where action = 'DATASET_IMPORT' and outcome = 'FAILURE'`)).toBe(1);
  });

  it('imports the small fixture cleanly', async () => {
    const report = await importDataset(db.appUrl, SMALL_DATASET);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    const tables: [string, string][] = [
      ['agencies.csv', 'agency'], ['competencies.csv', 'competency'], ['positions.csv', 'position'],
      ['position_requirements.csv', 'position_requirement'], ['employees.csv', 'employee'], ['cycles.csv', 'cycle'],
      ['appraisals.csv', 'appraisal'], ['competency_assessments.csv', 'competency_assessment'],
      ['training_programs.csv', 'training_program'], ['training_records.csv', 'training_record'],
    ];
    for (const [file, table] of tables) {
      expect(await count(db.url, `select count(*) n from "${table}"`), table).toBe(csvRows(file));
    }
    // The closure holds every (ancestor, descendant) pair: KDI has itself + 4 below it.
    expect(await count(db.url, `select count(*) n from agency_closure c join agency a on a.id = c.ancestor_id where a.code = 'KDI'`)).toBe(5);
    expect(await count(db.url, `select count(*) n from employee where supervisor_id is not null`))
      .toBe(readFileSync(path.join(SMALL_DATASET, 'employees.csv'), 'utf8').trim().split('\n').filter((l) => !l.trim().endsWith(',')).length - 1);
    // The predicate comes from the PermenPANRB 6/2022 matrix: BELOW/BELOW is SANGAT_KURANG.
    expect(await count(db.url, `select count(*) n from appraisal where work_result_rating = 'BELOW' and behavior_rating = 'BELOW' and predicate <> 'SANGAT_KURANG'`)).toBe(0);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await databaseFingerprint(db.url);
    const report = await importDataset(db.appUrl, SMALL_DATASET);
    expect(report.ok).toBe(true);
    expect(report.files.every((f) => f.changed === 0)).toBe(true);
    expect(await databaseFingerprint(db.url)).toEqual(before);
  });

  it('rejects the bad fixture on a loaded database and leaves it exactly as it was', async () => {
    const before = await databaseFingerprint(db.url);
    const report = await importDataset(db.appUrl, BAD_DATASET);
    expect(report.ok).toBe(false);
    for (const expected of expectedBadErrors) expect(report.errors).toContainEqual(expected);
    expect(await databaseFingerprint(db.url)).toEqual(before);
  });

  it('names a missing folder and a folder without dataset files', async () => {
    const missing = await importDataset(db.appUrl, path.join(FIXTURES_DIR, 'does-not-exist'));
    expect(missing.ok).toBe(false);
    expect(missing.errors[0]?.reason).toMatch(/not a folder/);
    const empty = await importDataset(db.appUrl, FIXTURES_DIR);
    expect(empty.ok).toBe(false);
    expect(empty.errors[0]?.reason).toMatch(/no dataset files/);
  });
});

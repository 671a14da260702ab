/*
 * A bulk load's large merge sets the indexes and foreign keys of the table it outgrows aside and
 * rebuilds them (Migration20261130180000_bulk_merge): the import gives the same database, the
 * table keeps every index and constraint, and nothing can commit while they are set aside.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { analyticsDrift } from '../../analytics/analytics-refresh.js';
import { sqlFromPg } from '../../common/database/sql.js';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { useMigratedDatabase } from '../../common/testing/test-database.js';
import { importDataset } from './dataset-import.service.js';

const db = useMigratedDatabase();

/** The tables a first bulk load sets aside (DATASET_RULES' setAside). */
const SET_ASIDE = ['employee', 'appraisal', 'employment_history', 'competency_assessment', 'training_record', 'audit_event'];

const definitions = `select (select array_agg(indexdef order by indexname) from pg_indexes where tablename = any($1)) as indexes,
  (select array_agg(conname || ' ' || pg_get_constraintdef(oid) order by conname) from pg_constraint
   where conrelid = any($1::regclass[])) as constraints`;
const definitionsOf = async (tables: string[]) => (await db.pool.query(definitions, [tables])).rows[0];


describe('bulk merge', () => {
  it('imports into an empty database with the indexes set aside and gets them all back', async () => {
    const before = await definitionsOf(SET_ASIDE);
    expect(before.indexes.length).toBeGreaterThan(SET_ASIDE.length);
    const phases: string[] = [];
    const report = await importDataset(db.appUrl, SMALL_DATASET, { bulk: true, onPhase: (phase) => phases.push(phase) });
    expect(report.errors).toEqual([]);
    expect(phases.filter((p) => p.includes('rebuilt'))).toEqual([
      'employees.csv: indexes and foreign keys of employee rebuilt',
      'appraisals.csv: indexes and foreign keys of appraisal, employment_history, audit_event rebuilt',
      'competency_assessments.csv: keys, indexes and foreign keys of competency_assessment, audit_event rebuilt',
      'training_records.csv: indexes and foreign keys of training_record rebuilt',
    ]);
    expect(await definitionsOf(SET_ASIDE)).toEqual(before);
    expect((await db.pool.query('select count(*)::int as n from kinerja_set_aside')).rows[0].n).toBe(0);
    expect(Object.values(await analyticsDrift(sqlFromPg(db.pool))).every((n) => n === 0)).toBe(true);
    // One audit event per appraisal given levels, each level new (`from` null).
    const { rows } = await db.pool.query(`select count(*)::int as events, count(distinct subject_id)::int as appraisals,
        bool_and(jsonb_array_length(detail->'levels'->'from') = jsonb_array_length(detail->'levels'->'to')
          and not jsonb_path_exists(detail, '$.levels.from[*] ? (@ != null)')) as from_null
      from audit_event where action = 'COMPETENCY_ASSESSMENT_IMPORT'`);
    const levels = await db.pool.query('select count(distinct appraisal_id)::int as n from competency_assessment');
    expect(rows[0]).toEqual({ events: levels.rows[0].n, appraisals: levels.rows[0].n, from_null: true });

    // Again, now that the table holds the levels: an ordinary merge that changes nothing.
    const again = await importDataset(db.appUrl, SMALL_DATASET, { bulk: true, onPhase: (phase) => phases.push(phase) });
    expect(again.files.every((f) => f.changed === 0)).toBe(true);
    expect(phases.filter((p) => p.includes('rebuilt'))).toHaveLength(4);
  });

  it('refuses to commit while indexes are set aside, and keeps the application role from writing their definitions', async () => {
    const app = new pg.Client({ connectionString: db.appUrl });
    await app.connect();
    try {
      await app.query('begin');
      await app.query(`select kinerja_set_aside_indexes('competency_assessment', true)`);
      await expect(app.query('commit')).rejects.toThrow(/set aside for a bulk merge and not restored/);
      await expect(app.query(`insert into kinerja_set_aside values ('competency_assessment', '{}')`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
    expect((await definitionsOf(['competency_assessment'])).indexes).toHaveLength(4);
  });

  it('keeps the keys of a table that foreign keys point to', async () => {
    const app = new pg.Client({ connectionString: db.appUrl });
    await app.connect();
    try {
      await app.query('begin');
      await expect(app.query(`select kinerja_set_aside_indexes('appraisal', true)`)).rejects.toThrow(/keys of appraisal cannot be set aside: foreign keys point to it/);
    } finally {
      await app.query('rollback');
      await app.end();
    }
  });
});

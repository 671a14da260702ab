// Staffing history (SPEC §2 employment history, issue #12): every figure of a cycle counts the staff
// of that cycle. A CLOSED cycle keeps its staff through later transfers, retirements and re-imports;
// cycles not closed follow the employees; annual and semester cycles are separate trend series.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CycleKind } from '@kinerja/shared';
import { sqlFromPg, type SqlClient } from '../common/database/sql.js';
import { SMALL_DATASET } from '../common/testing/fixtures.js';
import { mutate, sqlRows } from '../modules/agency/reference-write.testing.js';
import { importDataset } from '../modules/dataset/dataset-import.service.js';
import { migrationOrm } from '../common/database/orm.js';
import {
  analyticsFigures, expectedFigures, expectMatchesReference, loadedDatabase, smallExpected, type LoadedDatabase,
} from '../testing/analytics-testing.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { analyticsDrift } from './analytics-refresh.js';
import { resolveScope } from './analytics-scope.js';
import type { AnalyticsOptions } from './analytics-sql.js';
import { competencyGaps } from './competency-gaps.query.js';
import { agencyComparison, trend } from './summary.query.js';

// Kendari (KDI): KDI-BKD (22 staff in its subtree) and KDI-DINKES (12).
const TRANSFERRED = '199111192020112001'; // KDI-DINKES → KDI-BKD-MUT
const RETIRED = '199703192019061001'; // KDI-DINKES, retires
const REIMPORTED = '197308061999031001'; // KDI-DINKES → KDI-BKD-PKP by a re-imported employees.csv

const CYCLE = 'cycle { id code status } appraisalsCreated';
type CycleOut = { cycle: { id: string; code: string; status: string } | null; appraisalsCreated: number | null };

/** Every part of Kendari (SCOPE, each child's subtree, OWN) in one cycle: headcount, completion, gaps, fit, 20 JP; gaps per agency and competency. */
async function kendari(sql: SqlClient, cycleCode: string, options: AnalyticsOptions = {}) {
  const scope = await resolveScope(sql, { cycleCode, agencyCode: 'KDI' });
  const parts = (await agencyComparison(sql, scope, options)).map((r) => ({
    part: `${r.grouping} ${r.agencyCode}`, headcount: r.headcount, appraisals: r.appraisals, finalized: r.finalized,
    completionRate: r.completionRate, fitIndex: r.fitIndex, gapRate: r.gapRate, jp20Compliance: r.jp20Compliance,
    predicates: r.predicateDistribution?.map((p) => p.count),
  }));
  const gaps = (await competencyGaps(sql, scope, 'AGENCY', options)).map((g) => ({
    part: `${g.grouping ?? 'CHILD'} ${g.agencyCode} ${g.competencyCode}`, employees: g.employees, assessed: g.assessed, withGap: g.withGap, burden: g.burden,
  }));
  return { parts, gaps };
}

const headcounts = (figures: Awaited<ReturnType<typeof kendari>>) => Object.fromEntries(figures.parts.map((p) => [p.part, p.headcount]));

async function expectInStep(sql: SqlClient): Promise<void> {
  expect(Object.values(await analyticsDrift(sql)).every((n) => n === 0), JSON.stringify(await analyticsDrift(sql))).toBe(true);
}

describe('staffing history: a cycle counts the staff it had', () => {
  let app: TestApp;
  let pool: pg.Pool;
  let sql: SqlClient;
  let folder: string;
  let closedA: Awaited<ReturnType<typeof kendari>>;

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('hr.kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    pool = new pg.Pool({ connectionString: app.db.appUrl, max: 2 });
    sql = sqlFromPg(pool);
    folder = await mkdtemp(path.join(os.tmpdir(), 'kinerja-history-'));
  });
  afterAll(async () => {
    await pool?.end();
    await app?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('keeps a closed cycle as it was when staff move and retire, and counts the new staffing in the next cycle', async () => {
    // Cycle A: opened (its eligible staff become its staff), filled with 2025's results, closed.
    const a = (await mutate<CycleOut>(app, 'cycleCreate', {
      code: '2026-KDI', name: 'Kendari 2026', kind: 'ANNUAL', startMonth: '2026-01', endMonth: '2026-12',
      agencyId: (await sqlRows<{ id: number }>(app, `select id from agency where code = 'KDI'`))[0]!.id.toString(),
    }, CYCLE, 'hr.kdi')).payload.cycle!;
    const opened = await mutate<CycleOut>(app, 'cycleOpen', { cycleId: a.id }, CYCLE, 'hr.kdi');
    expect(opened.payload.appraisalsCreated).toBe(34);
    // Levels first: a finalised appraisal's levels never change.
    await sqlRows(app, `insert into competency_assessment (appraisal_id, competency_id, rater_role, level, rater_id)
      select n.id, ca.competency_id, ca.rater_role, ca.level, ca.rater_id
      from competency_assessment ca join appraisal o on o.id = ca.appraisal_id join cycle c on c.id = o.cycle_id and c.code = '2025-TAHUNAN'
      join appraisal n on n.employee_id = o.employee_id and n.cycle_id = $1`, [a.id]);
    await sqlRows(app, `update appraisal n set status = o.status, work_result_rating = o.work_result_rating,
        behavior_rating = o.behavior_rating, predicate = o.predicate, rule_set = o.rule_set, assessed_at = o.assessed_at, finalized_at = o.finalized_at
      from appraisal o join cycle c on c.id = o.cycle_id and c.code = '2025-TAHUNAN'
      where n.cycle_id = $1 and n.employee_id = o.employee_id`, [a.id]);
    const closed = await mutate<CycleOut>(app, 'cycleClose', { cycleId: a.id, force: true, reason: 'test: some appraisals stay open' }, CYCLE, 'hr.kdi');
    expect(closed.payload.cycle?.status).toBe('CLOSED');
    const before = await kendari(sql, '2026-KDI');
    expect(headcounts(before)).toEqual({ 'SCOPE KDI': 34, 'CHILD KDI-BKD': 22, 'CHILD KDI-DINKES': 12 });
    expect(before.parts[0]!.finalized).toBeGreaterThan(0);
    expect(before.gaps.length).toBeGreaterThan(0);

    // A transfer and a retirement, as any writer would make them.
    await sqlRows(app, `update employee set agency_id = (select id from agency where code = 'KDI-BKD-MUT') where nip = $1`, [TRANSFERRED]);
    await sqlRows(app, `update employee set active = false where nip = $1`, [RETIRED]);

    // Cycle B opens on today's staffing.
    const b = (await mutate<CycleOut>(app, 'cycleCreate', {
      code: '2027-KDI', name: 'Kendari 2027', kind: 'ANNUAL', startMonth: '2027-01', endMonth: '2027-12',
      agencyId: (await sqlRows<{ id: number }>(app, `select id from agency where code = 'KDI'`))[0]!.id.toString(),
    }, CYCLE, 'hr.kdi')).payload.cycle!;
    expect((await mutate<CycleOut>(app, 'cycleOpen', { cycleId: b.id }, CYCLE, 'hr.kdi')).payload.appraisalsCreated).toBe(33);

    // A: every figure of every part as before, and as the base tables give it.
    closedA = await kendari(sql, '2026-KDI');
    expect(closedA).toEqual(before);
    expect(await kendari(sql, '2026-KDI', { source: 'BASE_TABLES' })).toEqual(before);
    await expectMatchesReference(sql, await resolveScope(sql, { cycleCode: '2026-KDI', agencyCode: 'KDI' }), '2026-KDI KDI');
    await expectMatchesReference(sql, await resolveScope(sql, { cycleCode: '2026-KDI', agencyCode: 'KDI-DINKES' }), '2026-KDI KDI-DINKES');
    // B: the transferred employee under KDI-BKD, the retired one nowhere.
    const next = await kendari(sql, '2027-KDI');
    expect(headcounts(next)).toEqual({ 'SCOPE KDI': 33, 'CHILD KDI-BKD': 23, 'CHILD KDI-DINKES': 10 });
    expect(next).toEqual(await kendari(sql, '2027-KDI', { source: 'BASE_TABLES' }));
    expect(next.parts[0]).toMatchObject({ appraisals: 33, finalized: 0, completionRate: 0 });
    await expectMatchesReference(sql, await resolveScope(sql, { cycleCode: '2027-KDI', agencyCode: 'KDI-BKD' }), '2027-KDI KDI-BKD');
    await expectInStep(sql);
  });

  it('keeps closed cycles through a re-import of a changed employees.csv; open and planned cycles follow it', async () => {
    // The fixture's 2025 cycle is closed; 2024 is still being planned.
    await sqlRows(app, `update cycle set status = 'CLOSED' where code = '2025-TAHUNAN'`);
    const closed2025 = await kendari(sql, '2025-TAHUNAN');
    const planned2024 = await kendari(sql, '2024-TAHUNAN');
    const open2027 = await kendari(sql, '2027-KDI');

    await cp(SMALL_DATASET, folder, { recursive: true });
    const employees = await readFile(path.join(folder, 'employees.csv'), 'utf8');
    // The HR office's file: the earlier transfer, and one more.
    const moveTo = (text: string, nip: string, agency: string) => {
      const next = text.replace(new RegExp(`^(${nip},[^\\n]*),KDI-DINKES,`, 'm'), `$1,${agency},`);
      expect(next).not.toBe(text);
      return next;
    };
    const moved = moveTo(moveTo(employees, TRANSFERRED, 'KDI-BKD-MUT'), REIMPORTED, 'KDI-BKD-PKP');
    await writeFile(path.join(folder, 'employees.csv'), moved);
    // …and the dataset brings a semester cycle, whose staff are the dataset's employees as they are now.
    const cycles = await readFile(path.join(folder, 'cycles.csv'), 'utf8');
    const eol = cycles.includes('\r\n') ? '\r\n' : '\n';
    await writeFile(path.join(folder, 'cycles.csv'), `${cycles.trimEnd()}${eol}2026-S1,Semester I 2026,SEMESTER,2026-01,2026-06${eol}`);
    const report = await importDataset(app.db.appUrl, folder);
    expect(report.errors).toEqual([]);
    expect(await sqlRows(app, `select a.code from employee e join agency a on a.id = e.agency_id where e.nip = $1`, [REIMPORTED])).toEqual([{ code: 'KDI-BKD-PKP' }]);

    expect(await kendari(sql, '2025-TAHUNAN')).toEqual(closed2025);
    expect(await kendari(sql, '2025-TAHUNAN', { source: 'BASE_TABLES' })).toEqual(closed2025);
    expect(await kendari(sql, '2026-KDI')).toEqual(closedA);
    // Not closed: the re-imported employee moves from KDI-DINKES to KDI-BKD.
    const shift = (figures: Record<string, number | null>) => ({
      ...figures, 'CHILD KDI-BKD': figures['CHILD KDI-BKD']! + 1, 'CHILD KDI-DINKES': figures['CHILD KDI-DINKES']! - 1,
    });
    expect(headcounts(await kendari(sql, '2024-TAHUNAN'))).toEqual(shift(headcounts(planned2024)));
    expect(headcounts(await kendari(sql, '2027-KDI'))).toEqual(shift(headcounts(open2027)));
    // The new semester cycle: the dataset's 91 employees as they are now (33 active in Kendari).
    const semester = await kendari(sql, '2026-S1');
    expect(headcounts(semester)).toEqual({ 'SCOPE KDI': 33, 'CHILD KDI-BKD': 24, 'CHILD KDI-DINKES': 9 });
    expect(semester).toEqual(await kendari(sql, '2026-S1', { source: 'BASE_TABLES' }));
    await expectMatchesReference(sql, await resolveScope(sql, { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI' }), '2025 KDI');
    await expectInStep(sql);

    // Importing the same files again changes nothing.
    const [rows] = await sqlRows<{ n: number; digest: string }>(app,
      `select count(*)::int as n, md5(string_agg(concat_ws(',', cycle_id, employee_id, agency_id, position_id, active), ';' order by cycle_id, employee_id)) as digest
       from employment_history`);
    expect((await importDataset(app.db.appUrl, folder)).errors).toEqual([]);
    expect(await sqlRows(app, `select count(*)::int as n, md5(string_agg(concat_ws(',', cycle_id, employee_id, agency_id, position_id, active), ';' order by cycle_id, employee_id)) as digest
       from employment_history`)).toEqual([rows]);
  });

  it('keeps annual and semester cycles apart in trends, each point over its own staff', async () => {
    const at = async (cycleCode: string) => resolveScope(sql, { cycleCode, agencyCode: 'KDI' });
    const codes = (rows: { cycleCode: string; cycleKind: CycleKind }[]) => rows.map((r) => `${r.cycleKind} ${r.cycleCode}`);
    // By default the series of the scope cycle's kind, up to it.
    expect(codes(await trend(sql, await at('2027-KDI')))).toEqual(['ANNUAL 2024-TAHUNAN', 'ANNUAL 2025-TAHUNAN', 'ANNUAL 2026-KDI', 'ANNUAL 2027-KDI']);
    expect(codes(await trend(sql, await at('2026-S1')))).toEqual(['SEMESTER 2026-S1']);
    // Another kind on request: its cycles starting no later than the scope cycle.
    expect(codes(await trend(sql, await at('2027-KDI'), { cycleKind: CycleKind.SEMESTER }))).toEqual(['SEMESTER 2026-S1']);
    expect(await trend(sql, await at('2025-TAHUNAN'), { cycleKind: CycleKind.SEMESTER })).toEqual([]);
    const annual = await trend(sql, await at('2027-KDI'));
    // 2024 and 2025 were not closed when the employee retired (test 1): they followed; 2026-KDI was.
    expect(annual.map((r) => r.headcount)).toEqual([33, 33, 34, 33]);
    expect(annual).toEqual(await trend(sql, await at('2027-KDI'), { source: 'BASE_TABLES' }));

    // Through GraphQL: the series of the asked kind only.
    await app.addUser('leader.kdi', 'LEADER', { agencyCode: 'KDI' });
    const data = await app.execute<{ trend: { cycleKind: string; cycle: { code: string }; headcount: number }[] }>(
      `{ trend(filter: { cycleCode: "2027-KDI", agencyCode: "KDI" }, cycleKind: SEMESTER) { cycleKind cycle { code } headcount } }`, {}, { as: 'leader.kdi' });
    expect(data.trend).toEqual([{ cycleKind: 'SEMESTER', cycle: { code: '2026-S1' }, headcount: 33 }]);
  });
});

describe('an existing database through the employment-history migration', () => {
  let loaded: LoadedDatabase;
  beforeAll(async () => {
    loaded = await loadedDatabase(inject('pgAdminUrl'));
  });
  afterAll(async () => loaded?.close());

  it('keeps every figure of the fixture: each cycle is backfilled with the staff of the day', async () => {
    // Back to the analytics over today's employee rows (the migration's down), with the data in place…
    const orm = await migrationOrm(loaded.db.url);
    try {
      await orm.getMigrator().down({ to: 'Migration20261130150000_read_routing' });
      const [table] = await loaded.sql.query<{ present: boolean }>(`select to_regclass('employment_history') is not null as present`);
      expect(table!.present).toBe(false);
    } finally {
      await orm.close();
    }
    // …and up again, as an existing database upgrades: the same figures, facts in step.
    await loaded.db.migrate();
    expect(await analyticsFigures(loaded.sql, smallExpected())).toEqual(expectedFigures(smallExpected()));
    await expectInStep(loaded.sql);
  });
});

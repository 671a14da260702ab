import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { importDataset } from '../dataset/dataset-import.service.js';
import { expectForbidden, expectRefused, expectSuccess, idOf, mutate, sqlRows } from '../agency/reference-write.testing.js';

const RESULT = 'agencyResult { organisationPredicate cycle { code } agency { code } }';
const READ = 'query($c: String!, $a: String!) { agencyResult(cycleCode: $c, agencyCode: $a) { organisationPredicate } }';
interface Read { agencyResult: { organisationPredicate: string } | null }

describe("agencies' own predicates (distribution pattern)", () => {
  let app: TestApp;
  let cycle2025: string;
  let folder: string;
  const set = (input: Record<string, unknown>, as = 'hr_kdi') => mutate<{ agencyResult: unknown }>(app, 'agencyResultSet', input, RESULT, as);
  const writeCsv = (text: string) => writeFileSync(path.join(folder, 'agency_results.csv'), text);

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('hr_kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('leader_kdi', 'LEADER', { agencyCode: 'KDI' });
    await app.addUser('leader_pauh', 'LEADER', { agencyCode: 'PAUH' });
    cycle2025 = String((await sqlRows<{ id: number }>(app, `select id from cycle where code = '2025-TAHUNAN'`))[0]!.id);
    folder = mkdtempSync(path.join(os.tmpdir(), 'kinerja-agency-results-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app?.close();
  });

  it('lets an HR admin set and replace the predicate of an agency in their subtree, audited', async () => {
    const agencyId = await idOf(app, 'KDI-BKD');
    const first = await set({ cycleId: cycle2025, agencyId, organisationPredicate: 'ISTIMEWA' });
    expectSuccess(first, 'AGENCY_RESULT_SET', { subject_type: 'agency_result', actor_role: 'HR_ADMIN' });
    expect(first.payload.agencyResult).toEqual({ organisationPredicate: 'ISTIMEWA', cycle: { code: '2025-TAHUNAN' }, agency: { code: 'KDI-BKD' } });
    const second = await set({ cycleId: cycle2025, agencyId, organisationPredicate: 'BAIK' });
    expectSuccess(second, 'AGENCY_RESULT_SET');
    expect(second.events[0]!.detail).toMatchObject({ from: 'ISTIMEWA', to: 'BAIK' });
    expect(await sqlRows(app, 'select count(*)::int as n from agency_result')).toEqual([{ n: 1 }]);

    expect((await app.execute<Read>(READ, { c: '2025-TAHUNAN', a: 'KDI-BKD' }, { as: 'leader_kdi' })).agencyResult)
      .toEqual({ organisationPredicate: 'BAIK' });
    // Out of scope looks like nothing recorded.
    expect((await app.execute<Read>(READ, { c: '2025-TAHUNAN', a: 'KDI-BKD' }, { as: 'leader_pauh' })).agencyResult).toBeNull();
    expect((await app.execute<Read>(READ, { c: '2024-TAHUNAN', a: 'KDI-BKD' }, { as: 'leader_kdi' })).agencyResult).toBeNull();
  });

  it('refuses unknown or out-of-scope records with the field, and other roles outright', async () => {
    await expectRefused(app, () => set({ cycleId: '999999', agencyId: '1', organisationPredicate: 'BAIK' }),
      { field: ['input', 'cycleId'], code: 'NOT_FOUND', action: 'AGENCY_RESULT_SET' });
    await expectRefused(app, async () => set({ cycleId: cycle2025, agencyId: await idOf(app, 'PAUH'), organisationPredicate: 'BAIK' }),
      { field: ['input', 'agencyId'], code: 'NOT_FOUND', action: 'AGENCY_RESULT_SET' });
    await expectForbidden(app, `mutation($i: AgencyResultSetInput!) { agencyResultSet(input: $i) { userErrors { code } } }`,
      { i: { cycleId: cycle2025, agencyId: await idOf(app, 'KDI'), organisationPredicate: 'BAIK' } }, 'leader_kdi');
  });

  it('imports agency_results.csv, and a re-import changes nothing', async () => {
    writeCsv('cycle_code,agency_code,organisation_predicate\n2025-TAHUNAN,KDI,BAIK\n2024-TAHUNAN,KDI-BKD,ISTIMEWA\n2025-TAHUNAN,KDI-BKD,KURANG\n');
    const report = await importDataset(app.db.appUrl, folder);
    expect(report.errors).toEqual([]);
    expect(await sqlRows(app, `select c.code as cycle, a.code as agency, r.organisation_predicate as p
      from agency_result r join cycle c on c.id = r.cycle_id join agency a on a.id = r.agency_id order by 1, 2`)).toEqual([
      { cycle: '2024-TAHUNAN', agency: 'KDI-BKD', p: 'ISTIMEWA' },
      { cycle: '2025-TAHUNAN', agency: 'KDI', p: 'BAIK' },
      { cycle: '2025-TAHUNAN', agency: 'KDI-BKD', p: 'KURANG' },
    ]);
    const before = await databaseFingerprint(app.db.url);
    expect((await importDataset(app.db.appUrl, folder)).ok).toBe(true);
    expect(await databaseFingerprint(app.db.url)).toEqual(before);
  });

  it('reports every bad row of agency_results.csv by file, line and column, and writes nothing', async () => {
    writeCsv([
      'cycle_code,agency_code,organisation_predicate',
      '2025-TAHUNAN,KDI,SANGAT_BAIK', // line 2: an employee predicate, not an organisation one
      '2030-TAHUNAN,KDI,BAIK', // line 3: unknown cycle
      '2025-TAHUNAN,NOPE,BAIK', // line 4: unknown agency
      '2025-TAHUNAN,PAUH,', // line 5: empty predicate
      '2025-TAHUNAN,TJS,BAIK', // line 6 and 7: the same key twice
      '2025-TAHUNAN,TJS,KURANG',
      '2025-TAHUNAN,MLF,ISTIMEWA', // line 8: good
    ].join('\n') + '\n');
    const before = await databaseFingerprint(app.db.url);
    const report = await importDataset(app.db.appUrl, folder);
    expect(report.ok).toBe(false);
    const errors = report.errors.map(({ file, line, column }) => ({ file, line, column }));
    expect(errors).toEqual(expect.arrayContaining([
      { file: 'agency_results.csv', line: 2, column: 'organisation_predicate' },
      { file: 'agency_results.csv', line: 3, column: 'cycle_code' },
      { file: 'agency_results.csv', line: 4, column: 'agency_code' },
      { file: 'agency_results.csv', line: 5, column: 'organisation_predicate' },
      { file: 'agency_results.csv', line: 7, column: 'cycle_code' }, // duplicate of line 6
    ]));
    expect(errors.some((e) => e.line === 8)).toBe(false);
    expect(report.errors.find((e) => e.line === 2)!.reason).toMatch(/ISTIMEWA\/BAIK/);
    expect(await databaseFingerprint(app.db.url)).toEqual(before);
  });
});

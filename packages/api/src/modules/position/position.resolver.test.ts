import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { expectForbidden, expectRefused, expectSuccess, idOf, mutate, sqlRows } from '../agency/reference-write.testing.js';

const POSITION = 'position { id code title positionType standard { requiredLevel competency { code } } }';
interface PositionOut {
  position: { id: string; code: string; title: string; positionType: string; standard: { requiredLevel: number; competency: { code: string } }[] } | null;
}
const create = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<PositionOut>(app, 'positionCreate', input, POSITION, as);
const update = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<PositionOut>(app, 'positionUpdate', input, POSITION, as);
const setStandard = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<PositionOut>(app, 'positionStandardSet', input, POSITION, as);
const standardOf = (out: PositionOut) => Object.fromEntries(out.position!.standard.map((r) => [r.competency.code, r.requiredLevel]));

describe('position mutations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('hr_kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('leader_kdi', 'LEADER', { agencyCode: 'KDI' });
    await app.addUser('analyst_kdi', 'ANALYST', { agencyCode: 'KDI' });
  });
  afterAll(async () => app?.close());

  it('creates and updates a position, audited once each', async () => {
    const created = await create(app, { code: 'FNG-PRANATA', title: 'Pranata Komputer Ahli Pertama', positionType: 'FUNGSIONAL' }, 'hr_kdi');
    expectSuccess(created, 'POSITION_CREATE', { subject_type: 'position' });
    expect(created.payload.position).toMatchObject({ code: 'FNG-PRANATA', positionType: 'FUNGSIONAL', standard: [] });
    const id = created.payload.position!.id;
    const updated = await update(app, { id, title: 'Pranata Komputer Ahli Muda' }, 'hr_kdi');
    expectSuccess(updated, 'POSITION_UPDATE', { subject_id: id });
    expect(updated.payload.position).toMatchObject({ code: 'FNG-PRANATA', title: 'Pranata Komputer Ahli Muda', positionType: 'FUNGSIONAL' });
  });

  it('refuses duplicate or malformed codes, empty titles and missing positions, changing nothing', async () => {
    await expectRefused(app, () => create(app, { code: 'JPT-KADIS', title: 'Lagi', positionType: 'JPT_PRATAMA' }),
      { field: ['input', 'code'], code: 'CONFLICT', action: 'POSITION_CREATE' });
    await expectRefused(app, () => create(app, { code: '-X', title: 'X', positionType: 'PELAKSANA' }),
      { field: ['input', 'code'], code: 'VALIDATION', action: 'POSITION_CREATE' });
    await expectRefused(app, () => create(app, { code: 'PLK-X', title: ' ', positionType: 'PELAKSANA' }),
      { field: ['input', 'title'], code: 'VALIDATION', action: 'POSITION_CREATE' });
    const plkAdm = await idOf(app, 'PLK-ADM', 'position');
    await expectRefused(app, () => update(app, { id: plkAdm, code: 'PLK-PELAYANAN' }),
      { field: ['input', 'code'], code: 'CONFLICT', action: 'POSITION_UPDATE' });
    await expectRefused(app, () => update(app, { id: '0', title: 'X' }),
      { field: ['input', 'id'], code: 'NOT_FOUND', action: 'POSITION_UPDATE' });
  });

  it('replaces a standard as a whole: rows by id or code, levels changed, rows left out removed', async () => {
    const guru = await idOf(app, 'FNG-GURU', 'position');
    const before = await sqlRows<{ code: string }>(app,
      `select c.code from position_requirement r join competency c on c.id = r.competency_id where r.position_id = $1`, [guru]);
    expect(before.length).toBeGreaterThan(3);
    const result = await setStandard(app, { positionId: guru, requirements: [
      { competencyCode: 'M01', requiredLevel: 3 },
      { competencyId: await idOf(app, 'T-PEN', 'competency'), requiredLevel: 4 },
      { competencyCode: 'T-TIK', requiredLevel: 2 },
    ] }, 'admin'); // FNG-GURU is national (imported): only an ADMIN changes it
    expectSuccess(result, 'POSITION_STANDARD_SET', { subject_id: guru });
    expect(standardOf(result.payload)).toEqual({ M01: 3, 'T-PEN': 4, 'T-TIK': 2 });
    const stored = await sqlRows<{ code: string; required_level: number }>(app,
      `select c.code, r.required_level from position_requirement r join competency c on c.id = r.competency_id
       where r.position_id = $1 order by c.code`, [guru]);
    expect(stored).toEqual([{ code: 'M01', required_level: 3 }, { code: 'T-PEN', required_level: 4 }, { code: 'T-TIK', required_level: 2 }]);
    expect(result.events[0]!.detail).toMatchObject({ changes: { 'T-TIK': { from: null, to: 2 } } });

    const cleared = await setStandard(app, { positionId: guru, requirements: [] });
    expectSuccess(cleared, 'POSITION_STANDARD_SET');
    expect(cleared.payload.position!.standard).toEqual([]);
  });

  it('refuses a bad standard row by row, leaving the old standard in place', async () => {
    const kadis = await idOf(app, 'JPT-KADIS', 'position');
    const run = (requirements: Record<string, unknown>[]) => () => setStandard(app, { positionId: kadis, requirements });
    const action = 'POSITION_STANDARD_SET';
    await expectRefused(app, run([{ competencyCode: 'M01', requiredLevel: 5 }, { competencyCode: 'M02', requiredLevel: 6 }]),
      { field: ['input', 'requirements', '1', 'requiredLevel'], code: 'LEVEL_OUT_OF_RANGE', action });
    await expectRefused(app, run([{ competencyCode: 'M01', requiredLevel: 0 }]),
      { field: ['input', 'requirements', '0', 'requiredLevel'], code: 'LEVEL_OUT_OF_RANGE', action });
    await expectRefused(app, run([{ competencyCode: 'NOPE', requiredLevel: 2 }]),
      { field: ['input', 'requirements', '0', 'competencyCode'], code: 'UNKNOWN_COMPETENCY', action });
    await expectRefused(app, run([{ competencyId: '999999', requiredLevel: 2 }]),
      { field: ['input', 'requirements', '0', 'competencyId'], code: 'UNKNOWN_COMPETENCY', action });
    await expectRefused(app, run([{ requiredLevel: 2 }]), { field: ['input', 'requirements', '0'], code: 'VALIDATION', action });
    const m01 = await idOf(app, 'M01', 'competency');
    await expectRefused(app, run([{ competencyCode: 'M01', competencyId: m01, requiredLevel: 2 }]),
      { field: ['input', 'requirements', '0'], code: 'VALIDATION', action });
    await expectRefused(app, run([{ competencyCode: 'M01', requiredLevel: 2 }, { competencyId: m01, requiredLevel: 3 }]),
      { field: ['input', 'requirements', '1'], code: 'VALIDATION', action });
    await expectRefused(app, () => setStandard(app, { positionId: '999999', requirements: [] }),
      { field: ['input', 'positionId'], code: 'NOT_FOUND', action });
  });

  it('is forbidden to leaders and analysts', async () => {
    const query = 'mutation($input: PositionStandardSetInput!) { positionStandardSet(input: $input) { position { id } userErrors { code } } }';
    const variables = { input: { positionId: await idOf(app, 'JPT-KADIS', 'position'), requirements: [] } };
    for (const as of ['leader_kdi', 'analyst_kdi']) await expectForbidden(app, query, variables, as);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { expectForbidden, expectRefused, expectSuccess, idOf, mutate } from '../agency/reference-write.testing.js';

const COMPETENCY = 'competency { id code name category levels { level descriptor } }';
interface CompetencyOut {
  competency: { id: string; code: string; name: string; category: string; levels: { level: number; descriptor: string }[] } | null;
}
const DESCRIPTORS = ['Mengenal', 'Menerapkan dengan bimbingan', 'Menerapkan mandiri', 'Membimbing orang lain', 'Menjadi rujukan'];

const create = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<CompetencyOut>(app, 'competencyCreate', input, COMPETENCY, as);
const update = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<CompetencyOut>(app, 'competencyUpdate', input, COMPETENCY, as);

describe('competency mutations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('hr_kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('planner_kdi', 'TRAINING_PLANNER', { agencyCode: 'KDI' });
    await app.addUser('leader_kdi', 'LEADER', { agencyCode: 'KDI' });
  });
  afterAll(async () => app?.close());

  it('lets an HR admin add a technical competency with its five level descriptors, audited once', async () => {
    const result = await create(app, { code: 'T-KEU', name: 'Pengelolaan Keuangan Daerah', category: 'TECHNICAL', levelDescriptors: DESCRIPTORS }, 'hr_kdi');
    expectSuccess(result, 'COMPETENCY_CREATE', { subject_type: 'competency', actor_username: 'hr_kdi' });
    expect(result.payload.competency).toMatchObject({ code: 'T-KEU', category: 'TECHNICAL' });
    expect(result.payload.competency!.levels).toEqual(DESCRIPTORS.map((descriptor, i) => ({ level: i + 1, descriptor })));
    expect(result.events[0]!.subject_id).toBe(result.payload.competency!.id);
    const { competencies } = await app.execute<{ competencies: { code: string }[] }>('{ competencies(category: TECHNICAL) { code } }');
    expect(competencies.map((c) => c.code)).toContain('T-KEU');
  });

  it('refuses bad input with a field and a code, changing nothing', async () => {
    const base = { code: 'T-NEW', name: 'Baru', category: 'TECHNICAL', levelDescriptors: DESCRIPTORS };
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ ...base, code: 'M01' }, ['input', 'code'], 'CONFLICT'],
      [{ ...base, code: 'T NEW' }, ['input', 'code'], 'VALIDATION'],
      [{ ...base, name: '' }, ['input', 'name'], 'VALIDATION'],
      [{ ...base, levelDescriptors: DESCRIPTORS.slice(0, 4) }, ['input', 'levelDescriptors'], 'VALIDATION'],
      [{ ...base, levelDescriptors: [...DESCRIPTORS, 'Level enam'] }, ['input', 'levelDescriptors'], 'VALIDATION'],
      [{ ...base, levelDescriptors: DESCRIPTORS.map((d, i) => (i === 2 ? '  ' : d)) }, ['input', 'levelDescriptors', '2'], 'VALIDATION'],
    ];
    for (const [input, field, code] of cases) {
      await expectRefused(app, () => create(app, input, 'hr_kdi'), { field, code, action: 'COMPETENCY_CREATE' });
    }
  });

  it('updates name, category and descriptors, and fills in descriptors a dataset left out', async () => {
    const tik = await idOf(app, 'T-TIK', 'competency');
    // T-TIK came with the dataset: national, so an ADMIN's to change.
    const result = await update(app, { id: tik, name: 'Literasi Digital', levelDescriptors: DESCRIPTORS });
    expectSuccess(result, 'COMPETENCY_UPDATE', { subject_id: tik });
    expect(result.payload.competency).toMatchObject({ code: 'T-TIK', name: 'Literasi Digital', category: 'TECHNICAL' });
    expect(result.payload.competency!.levels.map((l) => l.descriptor)).toEqual(DESCRIPTORS);
    expect(result.events[0]!.detail).toMatchObject({ changes: { name: { from: 'Pemanfaatan Teknologi Informasi', to: 'Literasi Digital' } } });

    const changed = DESCRIPTORS.map((d, i) => (i === 4 ? 'Menjadi rujukan nasional' : d));
    const again = await update(app, { id: tik, category: 'MANAGERIAL', levelDescriptors: changed });
    expectSuccess(again, 'COMPETENCY_UPDATE');
    expect(again.payload.competency!.levels.map((l) => l.descriptor)).toEqual(changed);
    expect(again.payload.competency!.category).toBe('MANAGERIAL');
  });

  it('refuses updates of a missing competency or to a taken code, changing nothing', async () => {
    const tik = await idOf(app, 'T-TIK', 'competency');
    await expectRefused(app, () => update(app, { id: '999999', name: 'X' }), { field: ['input', 'id'], code: 'NOT_FOUND', action: 'COMPETENCY_UPDATE' });
    await expectRefused(app, () => update(app, { id: tik, code: 'M02' }), { field: ['input', 'code'], code: 'CONFLICT', action: 'COMPETENCY_UPDATE' });
    await expectRefused(app, () => update(app, { id: tik, levelDescriptors: [] }), { field: ['input', 'levelDescriptors'], code: 'VALIDATION', action: 'COMPETENCY_UPDATE' });
  });

  it('is forbidden to training planners and leaders', async () => {
    const query = 'mutation($input: CompetencyCreateInput!) { competencyCreate(input: $input) { competency { id } userErrors { code } } }';
    const variables = { input: { code: 'T-Z', name: 'Z', category: 'TECHNICAL', levelDescriptors: DESCRIPTORS } };
    for (const as of ['planner_kdi', 'leader_kdi']) await expectForbidden(app, query, variables, as);
  });
});

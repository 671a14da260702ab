import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { idOf, mutate, sqlRows } from './reference-write.testing.js';

const DESCRIPTORS = ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima'];

/** Reference data belongs to a pemda or is national (issue #11): who may change which. */
describe('reference data ownership', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('hr.kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('hr.kdi.dinkes', 'HR_ADMIN', { agencyCode: 'KDI-DINKES' });
    await app.addUser('hr.pauh', 'HR_ADMIN', { agencyCode: 'PAUH' });
    await app.addUser('planner.kdi', 'TRAINING_PLANNER', { agencyCode: 'KDI' });
    await app.addUser('planner.pauh', 'TRAINING_PLANNER', { agencyCode: 'PAUH' });
  });
  afterAll(async () => app?.close());

  const ownerOf = async (table: string, code: string) =>
    (await sqlRows<{ owner: string | null }>(app, `select a.code as owner from "${table}" t left join agency a on a.id = t.owner_agency_id where t.code = $1`, [code]))[0]!.owner;
  const codes = (r: { payload: { userErrors: { code: string }[] } }) => r.payload.userErrors.map((e) => e.code);

  it('gives what an HR admin creates to their pemda, which only its own BKD then changes', async () => {
    const created = await mutate<{ position: { id: string } }>(app, 'positionCreate', { code: 'KDI-PRANATA', title: 'Pranata Komputer', positionType: 'FUNGSIONAL' }, 'position { id }', 'hr.kdi.dinkes');
    expect(await ownerOf('position', 'KDI-PRANATA')).toBe('KDI');
    const id = created.payload.position.id;
    const update = (as: string) => mutate(app, 'positionUpdate', { id, title: `Pranata Komputer (${as})` }, 'position { id }', as);
    const refused = await update('hr.pauh');
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.events.map((e) => [e.action, e.outcome])).toEqual([['POSITION_UPDATE', 'DENIED']]);
    expect(codes(await update('hr.kdi'))).toEqual([]);
    expect(codes(await update('admin'))).toEqual([]);
  });

  it('leaves national records to administrators', async () => {
    const guru = await idOf(app, 'FNG-GURU', 'position');
    expect(await ownerOf('position', 'FNG-GURU')).toBeNull();
    const standard = (as: string) => mutate(app, 'positionStandardSet', { positionId: guru, requirements: [{ competencyCode: 'M01', requiredLevel: 3 }] }, 'position { id }', as);
    expect(codes(await standard('hr.kdi'))).toEqual(['FORBIDDEN']);
    expect(codes(await standard('admin'))).toEqual([]);
    const m01 = await idOf(app, 'M01', 'competency');
    expect(codes(await mutate(app, 'competencyUpdate', { id: m01, name: 'Integritas (ubah)' }, 'competency { id }', 'hr.kdi'))).toEqual(['FORBIDDEN']);
    const program = await idOf(app, 'PL-TIK', 'training_program');
    expect(codes(await mutate(app, 'trainingProgramUpdate', { id: program, hoursJp: 30 }, 'trainingProgram { id }', 'planner.kdi'))).toEqual(['FORBIDDEN']);
  });

  it('lets a pemda define technical competencies only; the national catalogue stays national', async () => {
    const base = { name: 'Kompetensi', levelDescriptors: DESCRIPTORS };
    const technical = await mutate<{ competency: { id: string } }>(app, 'competencyCreate', { ...base, code: 'KDI-T-KEU', category: 'TECHNICAL' }, 'competency { id }', 'hr.kdi');
    expect(codes(technical)).toEqual([]);
    expect(await ownerOf('competency', 'KDI-T-KEU')).toBe('KDI');
    const managerial = await mutate(app, 'competencyCreate', { ...base, code: 'KDI-M-X', category: 'MANAGERIAL' }, 'competency { id }', 'hr.kdi');
    expect(managerial.payload.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'category'], 'FORBIDDEN']]);
    const id = technical.payload.competency.id;
    expect(codes(await mutate(app, 'competencyUpdate', { id, name: 'Keuangan' }, 'competency { id }', 'hr.pauh'))).toEqual(['FORBIDDEN']);
    expect(codes(await mutate(app, 'competencyUpdate', { id, category: 'MANAGERIAL' }, 'competency { id }', 'hr.kdi'))).toEqual(['FORBIDDEN']);
    expect(codes(await mutate(app, 'competencyCreate', { ...base, code: 'NAS-M-X', category: 'MANAGERIAL' }, 'competency { id }', 'admin'))).toEqual([]);
    expect(await ownerOf('competency', 'NAS-M-X')).toBeNull();
  });

  it('gives a training planner’s programmes to their pemda', async () => {
    const input = { code: 'PAUH-PL-1', title: 'Bimtek Kurikulum', competencyId: await idOf(app, 'M01', 'competency'), levelFrom: 1, levelTo: 2, hoursJp: 16, mode: 'CLASSICAL', costPerParticipant: 500000 };
    const created = await mutate<{ trainingProgram: { id: string } }>(app, 'trainingProgramCreate', input, 'trainingProgram { id }', 'planner.pauh');
    expect(codes(created)).toEqual([]);
    expect(await ownerOf('training_program', 'PAUH-PL-1')).toBe('PAUH');
    const id = created.payload.trainingProgram.id;
    expect(codes(await mutate(app, 'trainingProgramUpdate', { id, hoursJp: 20 }, 'trainingProgram { id }', 'planner.kdi'))).toEqual(['FORBIDDEN']);
    expect(codes(await mutate(app, 'trainingProgramUpdate', { id, hoursJp: 20 }, 'trainingProgram { id }', 'planner.pauh'))).toEqual([]);
  });
});

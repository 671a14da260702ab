import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { employeeIdOf, expectForbidden, expectRefused, expectSuccess, idOf, mutate, sqlRows } from '../agency/reference-write.testing.js';

const PROGRAM = 'trainingProgram { id code title levelFrom levelTo hoursJp mode costPerParticipant competency { code } }';
const RECORD = 'trainingRecord { id title completedOn hoursJp program { code } employee { nip } }';
interface ProgramOut {
  trainingProgram: {
    id: string; code: string; title: string; levelFrom: number; levelTo: number; hoursJp: number; mode: string;
    costPerParticipant: number; competency: { code: string };
  } | null;
}
interface RecordOut {
  trainingRecord: { id: string; title: string; completedOn: string; hoursJp: number; program: { code: string } | null; employee: { nip: string } } | null;
}

const TAUFIK_KDI = '197410281995051001';
const JOKO_PAUH = '198601012005111001';

describe('training mutations and queries', () => {
  let app: TestApp;
  let programBase: Record<string, unknown>;
  const planner = 'planner_kdi';
  const createProgram = (input: Record<string, unknown>, as = planner) => mutate<ProgramOut>(app, 'trainingProgramCreate', input, PROGRAM, as);
  const updateProgram = (input: Record<string, unknown>, as = planner) => mutate<ProgramOut>(app, 'trainingProgramUpdate', input, PROGRAM, as);
  const addRecord = (input: Record<string, unknown>, as = planner) => mutate<RecordOut>(app, 'trainingRecordAdd', input, RECORD, as);
  const removeRecord = (input: Record<string, unknown>, as = planner) =>
    mutate<{ removedTrainingRecordId: string | null }>(app, 'trainingRecordRemove', input, 'removedTrainingRecordId', as);

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser(planner, 'TRAINING_PLANNER', { agencyCode: 'KDI' });
    await app.addUser('hr_kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('analyst_kdi', 'ANALYST', { agencyCode: 'KDI' });
    await app.addUser('leader_kdi', 'LEADER', { agencyCode: 'KDI' });
    programBase = {
      code: 'PL-KS', title: 'Kerja Sama Tim Lintas Unit', competencyId: await idOf(app, 'M02', 'competency'),
      levelFrom: 1, levelTo: 3, hoursJp: 18, mode: 'CLASSICAL', costPerParticipant: 1250000.5,
    };
  });
  afterAll(async () => app?.close());

  it('lets a training planner add a programme to the catalogue, audited once', async () => {
    const result = await createProgram(programBase);
    expectSuccess(result, 'TRAINING_PROGRAM_CREATE', { subject_type: 'training_program', actor_role: 'TRAINING_PLANNER' });
    expect(result.payload.trainingProgram).toMatchObject({
      code: 'PL-KS', levelFrom: 1, levelTo: 3, hoursJp: 18, mode: 'CLASSICAL', costPerParticipant: 1250000.5, competency: { code: 'M02' },
    });
    const { trainingPrograms } = await app.execute<{ trainingPrograms: { code: string }[] }>(
      'query($c: ID) { trainingPrograms(competencyId: $c) { code } }', { c: programBase.competencyId }, { as: 'analyst_kdi' });
    expect(trainingPrograms.map((p) => p.code)).toEqual(['PL-KS']);
    const all = await app.execute<{ trainingPrograms: { code: string }[] }>('{ trainingPrograms { code } }');
    expect(all.trainingPrograms).toHaveLength(15);
  });

  it('refuses an invalid programme with a field and a code, changing nothing', async () => {
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ levelFrom: 3, levelTo: 3 }, ['input', 'levelTo'], 'VALIDATION'],
      [{ levelFrom: 4, levelTo: 2 }, ['input', 'levelTo'], 'VALIDATION'],
      [{ levelTo: 6 }, ['input', 'levelTo'], 'LEVEL_OUT_OF_RANGE'],
      [{ levelFrom: 0 }, ['input', 'levelFrom'], 'LEVEL_OUT_OF_RANGE'],
      [{ hoursJp: 0 }, ['input', 'hoursJp'], 'VALIDATION'],
      [{ hoursJp: -4 }, ['input', 'hoursJp'], 'VALIDATION'],
      [{ costPerParticipant: -1 }, ['input', 'costPerParticipant'], 'VALIDATION'],
      [{ costPerParticipant: 10.005 }, ['input', 'costPerParticipant'], 'VALIDATION'],
      [{ competencyId: '999999' }, ['input', 'competencyId'], 'UNKNOWN_COMPETENCY'],
      [{ code: 'PL-TIK' }, ['input', 'code'], 'CONFLICT'],
      [{ title: '' }, ['input', 'title'], 'VALIDATION'],
    ];
    for (const [change, field, code] of cases) {
      await expectRefused(app, () => createProgram({ ...programBase, code: 'PL-NEW', ...change }),
        { field, code, action: 'TRAINING_PROGRAM_CREATE' });
    }
  });

  it('updates a programme, checking the levels that result', async () => {
    const id = await idOf(app, 'PL-TIK', 'training_program');
    // PL-TIK is national (imported): only an ADMIN changes it.
    const result = await updateProgram({ id, hoursJp: 24, costPerParticipant: 0, levelTo: 4 }, 'admin');
    expectSuccess(result, 'TRAINING_PROGRAM_UPDATE', { subject_id: id });
    expect(result.payload.trainingProgram).toMatchObject({ code: 'PL-TIK', levelFrom: 1, levelTo: 4, hoursJp: 24, costPerParticipant: 0 });
    // levelFrom alone must stay below the current levelTo (4).
    await expectRefused(app, () => updateProgram({ id, levelFrom: 4 }, 'admin'), { field: ['input', 'levelFrom'], code: 'VALIDATION', action: 'TRAINING_PROGRAM_UPDATE' });
    await expectRefused(app, () => updateProgram({ id: '999999', title: 'X' }), { field: ['input', 'id'], code: 'NOT_FOUND', action: 'TRAINING_PROGRAM_UPDATE' });
  });

  it('records training for an employee in scope, with the JP of the programme by default', async () => {
    const employeeId = await employeeIdOf(app, TAUFIK_KDI);
    const programId = await idOf(app, 'PL-KOM-1', 'training_program');
    const result = await addRecord({ employeeId, programId, completedOn: '2025-03-14' });
    expectSuccess(result, 'TRAINING_RECORD_ADD', { subject_type: 'training_record', subject_nip: TAUFIK_KDI });
    expect(result.payload.trainingRecord).toMatchObject({
      title: 'Komunikasi Efektif di Pelayanan Publik', completedOn: '2025-03-14', hoursJp: 20, program: { code: 'PL-KOM-1' }, employee: { nip: TAUFIK_KDI },
    });
    const free = await addRecord({ employeeId, title: 'Seminar Manajemen ASN', completedOn: '2025-04-02', hoursJp: 3.5 });
    expectSuccess(free, 'TRAINING_RECORD_ADD');
    expect(free.payload.trainingRecord).toMatchObject({ title: 'Seminar Manajemen ASN', hoursJp: 3.5, program: null });

    const page = await app.execute<{ trainingRecords: { totalCount: number; nodes: { title: string; completedOn: string }[] } }>(
      'query($e: ID!) { trainingRecords(employeeId: $e, first: 2) { totalCount nodes { title completedOn } } }', { e: employeeId }, { as: planner });
    expect(page.trainingRecords.totalCount).toBe(3);
    expect(page.trainingRecords.nodes.map((n) => n.completedOn)).toEqual(['2025-04-02', '2025-03-14']);
  });

  it('refuses invalid records with a field and a code, changing nothing', async () => {
    const employeeId = await employeeIdOf(app, TAUFIK_KDI);
    const programId = await idOf(app, 'PL-TIK', 'training_program');
    const base = { employeeId, programId, completedOn: '2025-05-20' };
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ employeeId: await employeeIdOf(app, JOKO_PAUH) }, ['input', 'employeeId'], 'NOT_FOUND'],
      [{ employeeId: '999999' }, ['input', 'employeeId'], 'NOT_FOUND'],
      [{ programId: '999999' }, ['input', 'programId'], 'NOT_FOUND'],
      [{ programId: null }, ['input', 'programId'], 'VALIDATION'],
      [{ title: 'Seminar' }, ['input', 'programId'], 'VALIDATION'],
      [{ programId: null, title: 'Seminar' }, ['input', 'hoursJp'], 'VALIDATION'],
      [{ completedOn: '2025-02-30' }, ['input', 'completedOn'], 'VALIDATION'],
      [{ completedOn: '20-05-2025' }, ['input', 'completedOn'], 'VALIDATION'],
      [{ completedOn: '2999-01-01' }, ['input', 'completedOn'], 'VALIDATION'],
      [{ completedOn: '2024-08-15' }, ['input', 'completedOn'], 'CONFLICT'], // already in the fixture
      [{ hoursJp: 0 }, ['input', 'hoursJp'], 'VALIDATION'],
      [{ hoursJp: 2.25 }, ['input', 'hoursJp'], 'VALIDATION'],
    ];
    for (const [change, field, code] of cases) {
      await expectRefused(app, () => addRecord({ ...base, ...change }), { field, code, action: 'TRAINING_RECORD_ADD' });
    }
  });

  it('removes a record in scope; one outside it looks like none at all', async () => {
    const [kdi] = await sqlRows<{ id: number }>(app,
      `select r.id from training_record r join employee e on e.id = r.employee_id where e.nip = $1 and r.title = 'Seminar Manajemen ASN'`, [TAUFIK_KDI]);
    const [pauh] = await sqlRows<{ id: number }>(app,
      'select r.id from training_record r join employee e on e.id = r.employee_id where e.nip = $1 limit 1', [JOKO_PAUH]);
    await expectRefused(app, () => removeRecord({ id: String(pauh!.id) }), { field: ['input', 'id'], code: 'NOT_FOUND', action: 'TRAINING_RECORD_REMOVE' });
    await expectRefused(app, () => removeRecord({ id: '999999' }), { field: ['input', 'id'], code: 'NOT_FOUND', action: 'TRAINING_RECORD_REMOVE' });
    const removed = await removeRecord({ id: String(kdi!.id) });
    expectSuccess(removed, 'TRAINING_RECORD_REMOVE', { subject_id: String(kdi!.id), subject_nip: TAUFIK_KDI });
    expect(removed.payload.removedTrainingRecordId).toBe(String(kdi!.id));
    expect(await sqlRows(app, 'select 1 from training_record where id = $1', [kdi!.id])).toEqual([]);
  });

  it('scopes trainingRecords by viewer: other subtrees are empty, analysts are refused', async () => {
    const query = 'query($e: ID!) { trainingRecords(employeeId: $e) { totalCount nodes { id } } }';
    const pauh = { e: await employeeIdOf(app, JOKO_PAUH) };
    const asPlanner = await app.execute<{ trainingRecords: { totalCount: number } }>(query, pauh, { as: planner });
    expect(asPlanner.trainingRecords.totalCount).toBe(0);
    const asAdmin = await app.execute<{ trainingRecords: { totalCount: number } }>(query, pauh);
    expect(asAdmin.trainingRecords.totalCount).toBeGreaterThan(0);
    const asAnalyst = await app.run(query, pauh, { as: 'analyst_kdi' });
    expect(asAnalyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is forbidden to HR admins, leaders and analysts', async () => {
    const program = 'mutation($input: TrainingProgramCreateInput!) { trainingProgramCreate(input: $input) { trainingProgram { id } userErrors { code } } }';
    const record = 'mutation($input: TrainingRecordAddInput!) { trainingRecordAdd(input: $input) { trainingRecord { id } userErrors { code } } }';
    const recordInput = { employeeId: await employeeIdOf(app, TAUFIK_KDI), title: 'Rapat', completedOn: '2025-01-10', hoursJp: 2 };
    for (const as of ['hr_kdi', 'leader_kdi', 'analyst_kdi']) {
      await expectForbidden(app, program, { input: { ...programBase, code: 'PL-X' } }, as);
      await expectForbidden(app, record, { input: recordInput }, as);
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { importDataset } from '../dataset/dataset-import.service.js';
import { employeeIdOf, expectForbidden, expectRefused, expectSuccess, idOf, mutate, sqlRows } from '../agency/reference-write.testing.js';

const ITEM = 'developmentPlanItem { id status title reason dropReason employee { nip } competency { code } program { code } recommendedBy { nip } cycle { code } }';
interface ItemOut {
  developmentPlanItem: {
    id: string; status: string; title: string; reason: string; dropReason: string | null; employee: { nip: string };
    competency: { code: string }; program: { code: string } | null; recommendedBy: { nip: string } | null; cycle: { code: string } | null;
  } | null;
}
interface QueueOut {
  developmentQueue: {
    totalCount: number; estimatedCost: number;
    groups: { competency: { code: string }; program: { code: string } | null; title: string; count: number; estimatedCost: number | null; items: { employee: { nip: string } }[] }[];
  };
}

const AHMAD = '199708162024041001'; // Kepala Bidang Mutasi, supervised by Taufik
const TAUFIK = '197410281995051001';
const RAHMAT = '197706101998031001'; // reports to Ahmad
const KARTIKA = '198704132015012001'; // reports to Ahmad
const BAMBANG = '198504112007091001'; // reports to Yusuf, not Ahmad
const QUEUE = `query($f: DevelopmentQueueFilter) { developmentQueue(filter: $f) { totalCount estimatedCost
  groups { competency { code } program { code } title count estimatedCost items { employee { nip } } } } }`;

describe('development plans', () => {
  let app: TestApp;
  let ids: Record<string, string>;
  const recommend = (input: Record<string, unknown>, as = 'sup_ahmad') => mutate<ItemOut>(app, 'developmentPlanItemRecommend', input, ITEM, as);
  const move = (field: string, input: Record<string, unknown>, as = 'planner_kdi') => mutate<ItemOut>(app, field, input, ITEM, as);
  const base = () => ({ employeeId: ids.rahmat, competencyId: ids.M03, programId: ids.komunikasi, reason: 'Komunikasi dalam rapat koordinasi perlu ditingkatkan.' });

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('sup_ahmad', 'SUPERVISOR', { employeeNip: AHMAD });
    await app.addUser('sup_taufik', 'SUPERVISOR', { employeeNip: TAUFIK });
    await app.addUser('emp_rahmat', 'EMPLOYEE', { employeeNip: RAHMAT });
    await app.addUser('planner_kdi', 'TRAINING_PLANNER', { agencyCode: 'KDI' });
    await app.addUser('planner_pauh', 'TRAINING_PLANNER', { agencyCode: 'PAUH' });
    await app.addUser('hr_kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('analyst_kdi', 'ANALYST', { agencyCode: 'KDI' });
    ids = {
      rahmat: await employeeIdOf(app, RAHMAT), kartika: await employeeIdOf(app, KARTIKA), bambang: await employeeIdOf(app, BAMBANG),
      ahmad: await employeeIdOf(app, AHMAD),
      M01: await idOf(app, 'M01', 'competency'), M03: await idOf(app, 'M03', 'competency'),
      komunikasi: await idOf(app, 'PL-KOM-1', 'training_program'), integritas: await idOf(app, 'PL-INT-1', 'training_program'),
      cycle: String((await sqlRows<{ id: number }>(app, `select id from cycle where code = '2025-TAHUNAN'`))[0]!.id),
    };
  });
  afterAll(async () => app?.close());

  it('lets the direct supervisor recommend a programme, audited once', async () => {
    const result = await recommend({ ...base(), cycleId: ids.cycle });
    expectSuccess(result, 'DEVELOPMENT_RECOMMEND', { subject_type: 'development_plan_item', subject_nip: RAHMAT, actor_role: 'SUPERVISOR' });
    expect(result.payload.developmentPlanItem).toMatchObject({
      status: 'RECOMMENDED', title: 'Komunikasi Efektif di Pelayanan Publik', employee: { nip: RAHMAT }, competency: { code: 'M03' },
      program: { code: 'PL-KOM-1' }, recommendedBy: { nip: AHMAD }, cycle: { code: '2025-TAHUNAN' },
    });
  });

  it('takes a free title instead of a programme', async () => {
    const result = await recommend({ ...base(), employeeId: ids.kartika, programId: null, title: '  Coaching oleh Kepala Bidang  ' });
    expectSuccess(result, 'DEVELOPMENT_RECOMMEND');
    expect(result.payload.developmentPlanItem).toMatchObject({ title: 'Coaching oleh Kepala Bidang', program: null, cycle: null });
  });

  it('refuses bad recommendations with the field at fault, writing nothing', async () => {
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ programId: null }, ['input', 'programId'], 'VALIDATION'],
      [{ title: 'Dan juga judul' }, ['input', 'programId'], 'VALIDATION'],
      [{ programId: ids.integritas }, ['input', 'programId'], 'VALIDATION'], // PL-INT-1 develops M01, not M03
      [{ programId: '999999' }, ['input', 'programId'], 'NOT_FOUND'],
      [{ competencyId: '999999' }, ['input', 'competencyId'], 'UNKNOWN_COMPETENCY'],
      [{ reason: '   ' }, ['input', 'reason'], 'VALIDATION'],
      [{ reason: 'x'.repeat(2001) }, ['input', 'reason'], 'VALIDATION'],
      [{ cycleId: '999999' }, ['input', 'cycleId'], 'NOT_FOUND'],
      [{}, ['input', 'programId'], 'CONFLICT'], // PL-KOM-1 is already open for Rahmat
      [{ employeeId: ids.bambang }, ['input', 'employeeId'], 'NOT_FOUND'], // outside Ahmad's team
    ];
    for (const [change, field, code] of cases) {
      await expectRefused(app, () => recommend({ ...base(), ...change }), { field, code, action: 'DEVELOPMENT_RECOMMEND' });
    }
  });

  it('refuses anyone but the direct supervisor (DENIED, nothing written)', async () => {
    for (const [as, employeeId] of [['sup_taufik', ids.rahmat], ['sup_ahmad', ids.ahmad], ['hr_kdi', ids.rahmat], ['emp_rahmat', ids.rahmat]] as const) {
      const before = await databaseFingerprint(app.db.url);
      const result = await recommend({ ...base(), employeeId, programId: ids.integritas, competencyId: ids.M01 }, as);
      expect(result.payload.userErrors.map((e) => e.code), as).toEqual(['FORBIDDEN']);
      expect(result.events).toMatchObject([{ action: 'DEVELOPMENT_RECOMMEND', outcome: 'DENIED' }]);
      expect(await databaseFingerprint(app.db.url)).toEqual(before);
    }
  });

  it("groups the planner's queue by competency and programme with counts and cost, scoped", async () => {
    await recommend({ ...base(), employeeId: ids.kartika });
    const { developmentQueue } = await app.execute<QueueOut>(QUEUE, {}, { as: 'planner_kdi' });
    expect(developmentQueue.totalCount).toBe(3);
    expect(developmentQueue.groups).toMatchObject([
      { competency: { code: 'M03' }, program: { code: 'PL-KOM-1' }, count: 2, estimatedCost: 1_500_000 },
      { competency: { code: 'M03' }, program: null, title: 'Coaching oleh Kepala Bidang', count: 1, estimatedCost: null },
    ]);
    expect(developmentQueue.estimatedCost).toBe(1_500_000);
    expect(developmentQueue.groups[0]!.items.map((i) => i.employee.nip).sort()).toEqual([RAHMAT, KARTIKA].sort());

    const filtered = await app.execute<QueueOut>(QUEUE, { f: { competencyId: ids.M01 } }, { as: 'planner_kdi' });
    expect(filtered.developmentQueue.totalCount).toBe(0);
    const byAgency = await app.execute<QueueOut>(QUEUE, { f: { agencyId: await idOf(app, 'KDI-BKD-PKP') } }, { as: 'planner_kdi' });
    expect(byAgency.developmentQueue.totalCount).toBe(0);
    const elsewhere = await app.execute<QueueOut>(QUEUE, {}, { as: 'planner_pauh' });
    expect(elsewhere.developmentQueue).toEqual({ totalCount: 0, estimatedCost: 0, groups: [] });
    await expectForbidden(app, QUEUE, {}, 'analyst_kdi');
  });

  it('lets the planner plan, drop with a reason, and close, checking the status', async () => {
    const [kartikaCourse, coaching] = await sqlRows<{ id: number }>(app,
      `select d.id from development_plan_item d join employee e on e.id = d.employee_id where e.nip = $1 order by d.program_id nulls last`, [KARTIKA]);
    const planned = await move('developmentPlanItemPlan', { id: String(kartikaCourse!.id) });
    expectSuccess(planned, 'DEVELOPMENT_PLAN', { subject_nip: KARTIKA, actor_role: 'TRAINING_PLANNER' });
    expect(planned.payload.developmentPlanItem?.status).toBe('PLANNED');
    await expectRefused(app, () => move('developmentPlanItemPlan', { id: String(kartikaCourse!.id) }),
      { field: ['input', 'id'], code: 'INVALID_STATE', action: 'DEVELOPMENT_PLAN' });
    await expectRefused(app, () => move('developmentPlanItemDrop', { id: String(kartikaCourse!.id), reason: ' ' }),
      { field: ['input', 'reason'], code: 'VALIDATION', action: 'DEVELOPMENT_DROP' });
    const dropped = await move('developmentPlanItemDrop', { id: String(kartikaCourse!.id), reason: 'Pindah tugas ke luar daerah.' });
    expectSuccess(dropped, 'DEVELOPMENT_DROP');
    expect(dropped.payload.developmentPlanItem).toMatchObject({ status: 'DROPPED', dropReason: 'Pindah tugas ke luar daerah.' });
    await expectRefused(app, () => move('developmentPlanItemClose', { id: String(kartikaCourse!.id) }),
      { field: ['input', 'id'], code: 'INVALID_STATE', action: 'DEVELOPMENT_CLOSE' });
    const closed = await move('developmentPlanItemClose', { id: String(coaching!.id) });
    expectSuccess(closed, 'DEVELOPMENT_CLOSE');
    expect(closed.payload.developmentPlanItem?.status).toBe('DONE');
    // Out of scope looks missing; other roles are refused outright.
    await expectRefused(app, () => move('developmentPlanItemPlan', { id: String(coaching!.id) }, 'planner_pauh'),
      { field: ['input', 'id'], code: 'NOT_FOUND', action: 'DEVELOPMENT_PLAN' });
    await expectForbidden(app, 'mutation($i: DevelopmentPlanItemPlanInput!) { developmentPlanItemPlan(input: $i) { userErrors { code } } }',
      { i: { id: String(coaching!.id) } }, 'hr_kdi');
  });

  it("closes the item when a training record of its programme is added, and shows it in the employee's plan", async () => {
    const record = await mutate<{ trainingRecord: { id: string } | null }>(app, 'trainingRecordAdd',
      { employeeId: ids.rahmat, programId: ids.komunikasi, completedOn: '2025-10-02' }, 'trainingRecord { id }', 'planner_kdi');
    expectSuccess(record, 'TRAINING_RECORD_ADD');
    expect(record.events[0]!.detail).toMatchObject({ closedDevelopmentItems: [expect.any(Number)] });
    const { employee } = await app.execute<{ employee: { developmentPlan: { status: string; program: { code: string } | null }[] } }>(
      'query($id: ID!) { employee(id: $id) { developmentPlan { status program { code } } } }', { id: ids.rahmat }, { as: 'emp_rahmat' });
    expect(employee.developmentPlan).toEqual([{ status: 'DONE', program: { code: 'PL-KOM-1' } }]);
  });

  it('closes items from an imported training record, once, and a re-import changes nothing', async () => {
    await recommend({ ...base(), employeeId: ids.kartika, competencyId: ids.M01, programId: ids.integritas });
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kinerja-dev-'));
    try {
      writeFileSync(path.join(folder, 'training_records.csv'), `nip,program_code,completed_on,hours_jp\n${KARTIKA},PL-INT-1,2025-11-03,24\n`);
      const report = await importDataset(app.db.appUrl, folder);
      expect(report.errors).toEqual([]);
      const rows = await sqlRows<{ status: string }>(app,
        `select d.status from development_plan_item d join training_program p on p.id = d.program_id where p.code = 'PL-INT-1'`);
      expect(rows).toEqual([{ status: 'DONE' }]);
      const events = await sqlRows<{ subject_nip: string }>(app,
        `select subject_nip from audit_event where action = 'DEVELOPMENT_CLOSE' and detail->>'byTrainingRecord' = 'true'`);
      expect(events).toEqual([{ subject_nip: KARTIKA }]);
      const before = await databaseFingerprint(app.db.url);
      expect((await importDataset(app.db.appUrl, folder)).ok).toBe(true);
      expect(await databaseFingerprint(app.db.url)).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { expectRefused, idOf, mutate, sqlRows } from '../agency/reference-write.testing.js';

const CYCLE = 'cycle { id code status agency { code } eligibleEmployees group { positionTypes positions { code } agency { code } } } appraisalsCreated';
interface CycleOut {
  cycle: { id: string; code: string; status: string; agency: { code: string } | null; eligibleEmployees: number; group: { positionTypes: string[]; positions: { code: string }[]; agency: { code: string } | null } } | null;
  appraisalsCreated: number | null;
}
const create = (app: TestApp, input: Record<string, unknown>, as: string) => mutate<CycleOut>(app, 'cycleCreate', { kind: 'ANNUAL', startMonth: '2026-01', endMonth: '2026-12', name: input.code, ...input }, CYCLE, as);
const open = (app: TestApp, cycleId: string, as: string) => mutate<CycleOut>(app, 'cycleOpen', { cycleId }, CYCLE, as);
const close = (app: TestApp, input: Record<string, unknown>, as: string) => mutate<CycleOut>(app, 'cycleClose', input, CYCLE, as);
const setTemplate = (app: TestApp, input: Record<string, unknown>, as: string) =>
  mutate<{ targets: { ordinal: number; description: string; targetValue: number; position: { code: string } }[] | null }>(app, 'cycleTemplateSet', input, 'targets { ordinal description targetValue position { code } }', as);

/** Appraisals of a cycle per pemda (the top of each employee's agency tree). */
async function appraisalsPerPemda(app: TestApp, cycleId: string): Promise<Record<string, number>> {
  const rows = await sqlRows<{ code: string; n: number }>(app,
    `select p.code, count(*)::int as n from appraisal a join employee e on e.id = a.employee_id
     join agency_closure c on c.descendant_id = e.agency_id join agency p on p.id = c.ancestor_id and p.depth = 0
     where a.cycle_id = $1 group by p.code order by p.code`, [cycleId]);
  return Object.fromEntries(rows.map((r) => [r.code, r.n]));
}

/** Active employees of a pemda, counted straight from the tables. */
async function activeIn(app: TestApp, pemda: string, where = 'true'): Promise<number> {
  const [row] = await sqlRows<{ n: number }>(app,
    `select count(*)::int as n from employee e join position p on p.id = e.position_id
     join agency_closure c on c.descendant_id = e.agency_id join agency r on r.id = c.ancestor_id
     where e.active and r.code = $1 and ${where}`, [pemda]);
  return row!.n;
}

describe('cycles per pemda (SPEC §4)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('hr.kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('hr.kdi.bkd', 'HR_ADMIN', { agencyCode: 'KDI-BKD' });
    await app.addUser('hr.pauh', 'HR_ADMIN', { agencyCode: 'PAUH' });
    await app.addUser('leader.kdi', 'LEADER', { agencyCode: 'KDI' });
  });
  afterAll(async () => app?.close());

  it("opens Kendari's cycle for Kendari only, creating every active employee's appraisal in one audited write", async () => {
    const created = await create(app, { code: '2026-KDI' }, 'hr.kdi');
    expect(created.payload.userErrors).toEqual([]);
    const cycle = created.payload.cycle!;
    const kendari = await activeIn(app, 'KDI');
    expect(kendari).toBe(34);
    expect(cycle).toMatchObject({ status: 'PLANNING', agency: { code: 'KDI' }, eligibleEmployees: kendari });

    const opened = await open(app, cycle.id, 'hr.kdi');
    expect(opened.payload.userErrors).toEqual([]);
    expect(opened.payload.appraisalsCreated).toBe(kendari);
    expect(await appraisalsPerPemda(app, cycle.id)).toEqual({ KDI: kendari });
    expect(opened.events).toHaveLength(1);
    expect(opened.events[0]).toMatchObject({ action: 'CYCLE_OPEN', outcome: 'SUCCESS', actor_username: 'hr.kdi', detail: { appraisalsCreated: kendari, status: 'OPEN' } });
    const [statuses] = await sqlRows<{ statuses: string[] }>(app, 'select array_agg(distinct status) as statuses from appraisal where cycle_id = $1', [cycle.id]);
    expect(statuses!.statuses).toEqual(['DRAFT']);
  });

  it("keeps other pemdas' cycles out of sight and out of reach", async () => {
    const pauh = (await create(app, { code: '2026-PAUH' }, 'hr.pauh')).payload.cycle!;
    expect(pauh.agency).toEqual({ code: 'PAUH' });
    const seen = async (as: string) => (await app.execute<{ cycles: { code: string }[] }>('{ cycles { code } }', {}, { as })).cycles.map((c) => c.code);
    expect(await seen('hr.kdi')).not.toContain('2026-PAUH');
    expect(await seen('leader.kdi')).toEqual(expect.arrayContaining(['2024-TAHUNAN', '2025-TAHUNAN', '2026-KDI']));
    expect(await seen('hr.pauh')).toContain('2026-PAUH');

    // Kendari's HR admin cannot open Pauh's cycle: it reads as missing, and Pauh gets no appraisal.
    const before = await sqlRows(app, 'select count(*)::int as n from appraisal');
    const refused = await open(app, pauh.id, 'hr.kdi');
    expect(refused.payload.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'cycleId'], 'NOT_FOUND']]);
    expect(refused.events.map((e) => [e.action, e.outcome])).toEqual([['CYCLE_OPEN', 'DENIED']]);
    expect(await sqlRows(app, 'select count(*)::int as n from appraisal')).toEqual(before);
    // …nor create one for Pauh.
    const foreign = await create(app, { code: 'X-PAUH', agencyId: await idOf(app, 'PAUH') }, 'hr.kdi');
    expect(foreign.payload.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'agencyId'], 'NOT_FOUND']]);
    // An HR admin of a unit inside Kendari runs Kendari's cycles.
    expect((await create(app, { code: '2026-KDI-BKD' }, 'hr.kdi.bkd')).payload.cycle?.agency).toEqual({ code: 'KDI' });
  });

  it('leaves national cycles to administrators, who may also create one for any pemda', async () => {
    const national = (await create(app, { code: '2026-NASIONAL', group: { positionTypes: ['JPT_UTAMA'] } }, 'admin')).payload.cycle!;
    expect(national.agency).toBeNull();
    const refused = await open(app, national.id, 'hr.kdi');
    expect(refused.payload.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(refused.events.map((e) => e.outcome)).toEqual(['DENIED']);
    const forPauh = await create(app, { code: 'ADM-PAUH', agencyId: await idOf(app, 'PAUH') }, 'admin');
    expect(forPauh.payload.cycle?.agency).toEqual({ code: 'PAUH' });
    await expectRefused(app, async () => create(app, { code: 'ADM-UNIT', agencyId: await idOf(app, 'PAUH-DISDIK') }, 'admin'),
      { field: ['input', 'agencyId'], code: 'VALIDATION', action: 'CYCLE_CREATE' });
    expect((await create(app, { code: 'LEADER' }, 'leader.kdi')).payload.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
  });

  it("opens the teachers' SEMESTER cycle for teachers only, each plan starting from the template", async () => {
    const guru = await idOf(app, 'FNG-GURU', 'position');
    const created = await create(app, {
      code: '2026-S1-GURU', kind: 'SEMESTER', startMonth: '2026-01', endMonth: '2026-06',
      group: { positionIds: [guru], positionTypes: ['FUNGSIONAL'], agencyId: await idOf(app, 'PAUH-DISDIK') },
    }, 'hr.pauh');
    expect(created.payload.userErrors).toEqual([]);
    const cycle = created.payload.cycle!;
    const teachers = await activeIn(app, 'PAUH', `p.code = 'FNG-GURU'`);
    expect(teachers).toBe(6);
    expect(cycle).toMatchObject({
      eligibleEmployees: teachers,
      group: { positionTypes: ['FUNGSIONAL'], positions: [{ code: 'FNG-GURU' }], agency: { code: 'PAUH-DISDIK' } },
    });

    // Seed 003: teachers are appraised each semester on attendance, training and exam results.
    const template = await setTemplate(app, { cycleId: cycle.id, positionId: guru, targets: [
      { description: 'Kehadiran mengajar', indicator: 'Persentase kehadiran', aspect: 'QUANTITY', targetValue: 95, unit: '%' },
      { description: 'Partisipasi dalam pelatihan', indicator: 'Pelatihan diikuti', aspect: 'QUANTITY', targetValue: 2, unit: 'kegiatan' },
      { description: 'Hasil ujian siswa', indicator: 'Rata-rata nilai ujian', aspect: 'QUALITY', targetValue: 75.5, unit: 'nilai' },
    ] }, 'hr.pauh');
    expect(template.payload.userErrors).toEqual([]);
    expect(template.payload.targets!.map((t) => [t.ordinal, t.targetValue])).toEqual([[1, 95], [2, 2], [3, 75.5]]);
    expect(template.events.map((e) => [e.action, e.outcome])).toEqual([['CYCLE_TEMPLATE_SET', 'SUCCESS']]);

    const opened = await open(app, cycle.id, 'hr.pauh');
    expect(opened.payload.appraisalsCreated).toBe(teachers);
    const plans = await sqlRows<{ position: string; targets: string[] }>(app,
      `select p.code as position, array_agg(t.description order by t.ordinal) as targets
       from appraisal a join employee e on e.id = a.employee_id join position p on p.id = e.position_id
       left join performance_target t on t.appraisal_id = a.id where a.cycle_id = $1 group by a.id, p.code`, [cycle.id]);
    expect(plans).toHaveLength(teachers);
    for (const plan of plans) {
      expect(plan).toEqual({ position: 'FNG-GURU', targets: ['Kehadiran mengajar', 'Partisipasi dalam pelatihan', 'Hasil ujian siswa'] });
    }
    expect(opened.events[0]!.detail).toMatchObject({ appraisalsCreated: teachers, targetsCopied: 3 * teachers });
    // Templates are for planning: once open they are fixed.
    await expectRefused(app, () => setTemplate(app, { cycleId: cycle.id, positionId: guru, targets: [] }, 'hr.pauh'),
      { field: ['input', 'cycleId'], code: 'INVALID_STATE', action: 'CYCLE_TEMPLATE_SET' });
  });

  it('refuses a group outside the pemda and malformed template targets, naming the field', async () => {
    await expectRefused(app, async () => create(app, { code: 'G-OUT', group: { agencyId: await idOf(app, 'KDI-DINKES') } }, 'hr.pauh'),
      { field: ['input', 'group', 'agencyId'], code: 'NOT_FOUND', action: 'CYCLE_CREATE' });
    await expectRefused(app, async () => create(app, { code: 'G-POS', group: { positionIds: ['999999'] } }, 'hr.pauh'),
      { field: ['input', 'group', 'positionIds', '0'], code: 'NOT_FOUND', action: 'CYCLE_CREATE' });
    const cycle = (await create(app, { code: 'T-BAD' }, 'hr.pauh')).payload.cycle!;
    await expectRefused(app, async () => setTemplate(app, { cycleId: cycle.id, positionId: await idOf(app, 'FNG-GURU', 'position'), targets: [
      { description: ' ', indicator: 'x', aspect: 'TIME', targetValue: 1, unit: 'hari' },
    ] }, 'hr.pauh'), { field: ['input', 'targets', '0', 'description'], code: 'VALIDATION', action: 'CYCLE_TEMPLATE_SET' });
  });

  it('refuses to close while appraisals are open, unless forced with a reason that is audited', async () => {
    const [{ id }] = await sqlRows<{ id: number }>(app, `select id from cycle where code = '2026-KDI'`) as [{ id: number }];
    const cycleId = String(id);
    await expectRefused(app, () => close(app, { cycleId }, 'hr.kdi'), { field: ['input', 'cycleId'], code: 'INVALID_STATE', action: 'CYCLE_CLOSE' });
    await expectRefused(app, () => close(app, { cycleId, force: true }, 'hr.kdi'), { field: ['input', 'reason'], code: 'VALIDATION', action: 'CYCLE_CLOSE' });
    await expectRefused(app, () => close(app, { cycleId, reason: 'tanpa paksa' }, 'hr.kdi'), { field: ['input', 'reason'], code: 'VALIDATION', action: 'CYCLE_CLOSE' });
    const forced = await close(app, { cycleId, force: true, reason: 'Periode berakhir; sisa penilaian diselesaikan lewat keberatan' }, 'hr.kdi');
    expect(forced.payload.cycle?.status).toBe('CLOSED');
    expect(forced.events).toHaveLength(1);
    expect(forced.events[0]).toMatchObject({
      action: 'CYCLE_CLOSE', outcome: 'SUCCESS',
      detail: { forced: true, reason: 'Periode berakhir; sisa penilaian diselesaikan lewat keberatan', notFinal: 34, status: 'CLOSED' },
    });
  });

  it('closes without force once every appraisal is final', async () => {
    const cycle = (await create(app, { code: 'EMPTY', group: { positionTypes: ['JPT_UTAMA'] } }, 'hr.pauh')).payload.cycle!;
    expect((await open(app, cycle.id, 'hr.pauh')).payload.appraisalsCreated).toBe(0);
    const closed = await close(app, { cycleId: cycle.id }, 'hr.pauh');
    expect(closed.payload.cycle?.status).toBe('CLOSED');
    expect(closed.events[0]!.detail).toMatchObject({ forced: false });
  });
});

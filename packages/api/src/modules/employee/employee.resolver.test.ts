import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { employeeIdOf, expectForbidden, expectRefused, expectSuccess, idOf, mutate, sqlRows } from '../agency/reference-write.testing.js';

const EMPLOYEE = 'employee { id nip name employmentType rank active position { code } agency { code } supervisor { nip } }';
interface EmployeeOut {
  employee: {
    id: string; nip: string; name: string; employmentType: string; rank: string; active: boolean;
    position: { code: string }; agency: { code: string }; supervisor: { nip: string } | null;
  } | null;
}
const create = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<EmployeeOut>(app, 'employeeCreate', input, EMPLOYEE, as);
const update = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<EmployeeOut>(app, 'employeeUpdate', input, EMPLOYEE, as);

// From the small fixture: a Kendari chain Taufik Hidayat → Ahmad Hidayat → Wa Ode Lado, and Pauh staff.
const TAUFIK = '197410281995051001';
const AHMAD = '199708162024041001';
const WA_ODE = '199401252021042001';
const SRI_PUTRA_PPPK = '196605241995022001';
const JOKO_PAUH = '198601012005111001';

describe('employee mutations', () => {
  let app: TestApp;
  let base: Record<string, unknown>;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('hr_kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('planner_kdi', 'TRAINING_PLANNER', { agencyCode: 'KDI' });
    await app.addUser('leader_kdi', 'LEADER', { agencyCode: 'KDI' });
    await app.addUser('analyst_kdi', 'ANALYST', { agencyCode: 'KDI' });
    base = {
      nip: '199201152018031002', name: 'Rina Wulandari', employmentType: 'PNS', rank: 'III/a',
      positionId: await idOf(app, 'FNG-ANALIS-SDM', 'position'), agencyId: await idOf(app, 'KDI-BKD-MUT'),
      supervisorId: await employeeIdOf(app, AHMAD),
    };
  });
  afterAll(async () => app?.close());

  it('lets an HR admin add a PNS in their subtree; the NIP is stored without spaces; audited with the NIP', async () => {
    const result = await create(app, { ...base, nip: '19920115 201803 1 002' }, 'hr_kdi');
    expectSuccess(result, 'EMPLOYEE_CREATE', { subject_type: 'employee', subject_nip: '199201152018031002', actor_username: 'hr_kdi' });
    expect(result.payload.employee).toMatchObject({
      nip: '199201152018031002', name: 'Rina Wulandari', employmentType: 'PNS', rank: 'III/a', active: true,
      position: { code: 'FNG-ANALIS-SDM' }, agency: { code: 'KDI-BKD-MUT' }, supervisor: { nip: AHMAD },
    });
    expect(result.events[0]!.subject_id).toBe(result.payload.employee!.id);
  });

  it('accepts a PPPK with an 18-digit NI PPPK and a PPPK grade', async () => {
    const result = await create(app, { ...base, nip: '123456789012345678', employmentType: 'PPPK', rank: 'IX', supervisorId: null });
    expectSuccess(result, 'EMPLOYEE_CREATE');
    expect(result.payload.employee).toMatchObject({ employmentType: 'PPPK', rank: 'IX', supervisor: null });
  });

  it('refuses each invalid field with its path and code, changing nothing', async () => {
    const nip = '198512302010122003';
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ nip: '19851230201012200' }, ['input', 'nip'], 'VALIDATION'],
      [{ nip: '198513302010122003' }, ['input', 'nip'], 'VALIDATION'], // month 13
      [{ nip: '198502302010122003' }, ['input', 'nip'], 'VALIDATION'], // 30 February
      [{ nip: '198512302000122003' }, ['input', 'nip'], 'VALIDATION'], // appointed at 14
      [{ nip: '198512302010123003' }, ['input', 'nip'], 'VALIDATION'], // gender digit 3
      [{ nip: '198512302010122000' }, ['input', 'nip'], 'VALIDATION'], // sequence 000
      [{ nip: '193512302010122003' }, ['input', 'nip'], 'VALIDATION'], // born before 1940
      [{ nip: '209912302010122003' }, ['input', 'nip'], 'VALIDATION'], // born in the future
      [{ nip: '198512302099122003' }, ['input', 'nip'], 'VALIDATION'], // appointed in the future
      [{ nip: '12345678901234567X', employmentType: 'PPPK', rank: 'V' }, ['input', 'nip'], 'VALIDATION'],
      [{ nip: TAUFIK }, ['input', 'nip'], 'CONFLICT'],
      [{ nip: JOKO_PAUH }, ['input', 'nip'], 'CONFLICT'], // NIPs are national: taken even outside the scope
      [{ nip, rank: 'XVII' }, ['input', 'rank'], 'VALIDATION'],
      [{ nip, rank: 'iii/a' }, ['input', 'rank'], 'VALIDATION'],
      [{ nip, employmentType: 'PPPK', rank: 'III/a' }, ['input', 'rank'], 'VALIDATION'],
      [{ nip, name: '' }, ['input', 'name'], 'VALIDATION'],
      [{ nip, positionId: '999999' }, ['input', 'positionId'], 'NOT_FOUND'],
      [{ nip, agencyId: await idOf(app, 'PAUH-DISDIK') }, ['input', 'agencyId'], 'NOT_FOUND'],
      [{ nip, supervisorId: await employeeIdOf(app, JOKO_PAUH) }, ['input', 'supervisorId'], 'NOT_FOUND'],
      [{ nip, supervisorId: 'x' }, ['input', 'supervisorId'], 'NOT_FOUND'],
    ];
    for (const [change, field, code] of cases) {
      await expectRefused(app, () => create(app, { ...base, ...change }, 'hr_kdi'), { field, code, action: 'EMPLOYEE_CREATE' });
    }
  });

  it('reports every problem of an input at once', async () => {
    const result = await create(app, { ...base, nip: '1', rank: 'Z', name: ' ', agencyId: await idOf(app, 'PAUH') }, 'hr_kdi');
    expect(result.payload.userErrors.map((e) => e.field?.join('.')).sort())
      .toEqual(['input.agencyId', 'input.name', 'input.nip', 'input.rank']);
  });

  it('updates only what is given; a null supervisor removes it', async () => {
    const id = await employeeIdOf(app, WA_ODE);
    const renamed = await update(app, { id, name: 'Wa Ode Lado, S.E.', rank: 'IV/a' }, 'hr_kdi');
    expectSuccess(renamed, 'EMPLOYEE_UPDATE', { subject_id: id, subject_nip: WA_ODE });
    expect(renamed.payload.employee).toMatchObject({ name: 'Wa Ode Lado, S.E.', rank: 'IV/a', supervisor: { nip: AHMAD }, agency: { code: 'KDI-BKD-MUT' } });
    expect(renamed.events[0]!.detail).toEqual({ changes: {
      name: { from: 'Wa Ode Lado', to: 'Wa Ode Lado, S.E.' }, rank: { from: 'III/d', to: 'IV/a' },
    } });
    const moved = await update(app, { id, agencyId: await idOf(app, 'KDI-BKD-PKP'), supervisorId: null }, 'hr_kdi');
    expectSuccess(moved, 'EMPLOYEE_UPDATE');
    expect(moved.payload.employee).toMatchObject({ agency: { code: 'KDI-BKD-PKP' }, supervisor: null });
    expectSuccess(await update(app, { id, supervisorId: await employeeIdOf(app, AHMAD) }, 'hr_kdi'), 'EMPLOYEE_UPDATE');
  });

  it('refuses supervision cycles, self-supervision, inactive supervisors and out-of-scope records', async () => {
    const taufik = await employeeIdOf(app, TAUFIK);
    const action = 'EMPLOYEE_UPDATE';
    await expectRefused(app, async () => update(app, { id: taufik, supervisorId: await employeeIdOf(app, AHMAD) }, 'hr_kdi'),
      { field: ['input', 'supervisorId'], code: 'VALIDATION', action });
    const indirect = await expectRefused(app, async () => update(app, { id: taufik, supervisorId: await employeeIdOf(app, WA_ODE) }, 'hr_kdi'),
      { field: ['input', 'supervisorId'], code: 'VALIDATION', action });
    expect(indirect.events[0]!.subject_nip).toBe(TAUFIK);
    await expectRefused(app, () => update(app, { id: taufik, supervisorId: taufik }, 'hr_kdi'),
      { field: ['input', 'supervisorId'], code: 'VALIDATION', action });
    const outOfScope = await expectRefused(app, async () => update(app, { id: await employeeIdOf(app, JOKO_PAUH), name: 'X' }, 'hr_kdi'),
      { field: ['input', 'id'], code: 'NOT_FOUND', action });
    expect(outOfScope.events[0]!.subject_nip).toBeNull();
    await expectRefused(app, async () => update(app, { id: taufik, agencyId: await idOf(app, 'PAUH') }, 'hr_kdi'),
      { field: ['input', 'agencyId'], code: 'NOT_FOUND', action });
    await expectRefused(app, async () => update(app, { id: taufik, nip: AHMAD }, 'hr_kdi'),
      { field: ['input', 'nip'], code: 'CONFLICT', action });
  });

  it('lets only one of two concurrent supervisor changes through when together they would make a cycle', async () => {
    // Two colleagues with the same supervisor each made the other's supervisor at the same moment.
    const [a, b] = [await employeeIdOf(app, '197706101998031001'), await employeeIdOf(app, '198704132015012001')];
    const results = await Promise.all([update(app, { id: a, supervisorId: b }), update(app, { id: b, supervisorId: a })]);
    expect(results.map((r) => r.payload.userErrors.map((e) => e.code).join()).sort()).toEqual(['', 'VALIDATION']);
    const loops = await sqlRows(app, `with recursive chain(start, id, steps) as (
        select id, supervisor_id, 1 from employee where supervisor_id is not null
        union all select c.start, e.supervisor_id, c.steps + 1 from chain c join employee e on e.id = c.id
        where e.supervisor_id is not null and c.steps < 100)
      select start from chain where id = start`);
    expect(loops).toEqual([]);
  });

  it('checks nip and rank again when the employment type changes', async () => {
    const sri = await employeeIdOf(app, SRI_PUTRA_PPPK);
    // Her NI PPPK happens to be a valid NIP, but grade X is no PNS rank.
    await expectRefused(app, () => update(app, { id: sri, employmentType: 'PNS' }, 'hr_kdi'),
      { field: ['input', 'rank'], code: 'VALIDATION', action: 'EMPLOYEE_UPDATE' });
    const converted = await update(app, { id: sri, employmentType: 'PNS', rank: 'III/a' }, 'hr_kdi');
    expectSuccess(converted, 'EMPLOYEE_UPDATE');
    expect(converted.payload.employee).toMatchObject({ employmentType: 'PNS', rank: 'III/a' });
    const pppk = await sqlRows<{ id: number }>(app, `select id from employee where nip = '123456789012345678'`);
    await expectRefused(app, () => update(app, { id: String(pppk[0]!.id), employmentType: 'PNS', rank: 'II/a' }),
      { field: ['input', 'nip'], code: 'VALIDATION', action: 'EMPLOYEE_UPDATE' });
  });

  it('deactivates an employee: out of every headcount, and no longer a possible supervisor', async () => {
    const headcount = async () => (await app.execute<{ agency: { directHeadcount: number } }>(
      '{ agency(code: "KDI-BKD-MUT") { directHeadcount } }')).agency.directHeadcount;
    const before = await headcount();
    const ahmad = await employeeIdOf(app, AHMAD);
    const result = await update(app, { id: ahmad, active: false }, 'hr_kdi');
    expectSuccess(result, 'EMPLOYEE_UPDATE', { subject_nip: AHMAD });
    expect(result.payload.employee!.active).toBe(false);
    expect(await headcount()).toBe(before - 1);
    await expectRefused(app, () => create(app, { ...base, nip: '198512302010122003' }, 'hr_kdi'),
      { field: ['input', 'supervisorId'], code: 'VALIDATION', action: 'EMPLOYEE_CREATE' });
    expectSuccess(await update(app, { id: ahmad, active: true }, 'hr_kdi'), 'EMPLOYEE_UPDATE');
    expect(await headcount()).toBe(before);
  });

  it('is forbidden to training planners, leaders and analysts', async () => {
    const query = 'mutation($input: EmployeeCreateInput!) { employeeCreate(input: $input) { employee { id } userErrors { code } } }';
    for (const as of ['planner_kdi', 'leader_kdi', 'analyst_kdi']) {
      await expectForbidden(app, query, { input: { ...base, nip: '198512302010122003' } }, as);
    }
  });
});

// Multi-role accounts (SPEC §6): an account holds one or more roles and sees the union of their
// scopes and nothing more; anyone linked to an employee with subordinates acts as their SUPERVISOR.
import { Role } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

/** Kepala bidang in KDI-BKD-MUT: two levels of reports below them. */
const KABID = '199708162024041001';
/** One of the kabid's staff, with no reports of their own. */
const STAFF = '197706101998031001';

const EMPLOYEES = `{ employees(first: 100) { totalCount nodes { nip } } }`;
const SUMMARY = `query ($a: String!) { analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", agencyCode: $a }) { headcount } }`;

describe('multi-role accounts', () => {
  let app: TestApp;
  const nipsOf = async (sql: string, params: unknown[] = []) =>
    (await app.orm.em.getConnection().execute<{ nip: string }[]>(sql, params)).map((r) => r.nip).sort();
  const team = (nip: string) => nipsOf(
    `with recursive t(id) as (select id from employee where nip = ?
       union select e.id from employee e join t on e.supervisor_id = t.id)
     select nip from employee where id in (select id from t) and active`, [nip]);
  const seen = async (as: string) =>
    (await app.execute<{ employees: { nodes: { nip: string }[] } }>(EMPLOYEES, undefined, { as })).employees.nodes.map((n) => n.nip).sort();

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    // A kepala dinas-like account: LEADER of the health office, SUPERVISOR of a BKD team elsewhere.
    await app.addUser('leader.supervisor', [Role.SUPERVISOR, Role.LEADER], { agencyCode: 'KDI-DINKES', employeeNip: KABID });
    await app.addUser('leader.dinkes', Role.LEADER, { agencyCode: 'KDI-DINKES' });
    await app.addUser('supervisor.kabid', Role.SUPERVISOR, { employeeNip: KABID });
    // No SUPERVISOR grant, but linked to someone with reports.
    await app.addUser('kabid.as.employee', Role.EMPLOYEE, { employeeNip: KABID });
    await app.addUser('staff', Role.EMPLOYEE, { employeeNip: STAFF });
  }, 120_000);
  afterAll(async () => app?.close());

  it('a two-role account sees the union of the two scopes and nothing more', async () => {
    const dinkes = await nipsOf(`select e.nip from employee e join agency a on a.id = e.agency_id where a.code = 'KDI-DINKES' and e.active`);
    const kabidTeam = await team(KABID);
    const union = [...new Set([...dinkes, ...kabidTeam])].sort();
    expect(dinkes.length).toBeGreaterThan(0);
    expect(kabidTeam.length).toBeGreaterThan(1);
    expect(await seen('leader.dinkes')).toEqual(dinkes);
    expect(await seen('supervisor.kabid')).toEqual(kabidTeam);
    expect(await seen('leader.supervisor')).toEqual(union);

    const viewer = await app.execute<{ viewer: { role: string; roles: string[] } }>('{ viewer { role roles } }', undefined, { as: 'leader.supervisor' });
    expect(viewer.viewer).toEqual({ role: 'LEADER', roles: ['LEADER', 'SUPERVISOR'] });
  });

  it('reads aggregates of the LEADER subtree only, not of the agencies the team brings', async () => {
    const own = await app.execute<{ analyticsSummary: { headcount: number } }>(SUMMARY, { a: 'KDI-DINKES' }, { as: 'leader.supervisor' });
    const truth = await app.execute<{ analyticsSummary: { headcount: number } }>(SUMMARY, { a: 'KDI-DINKES' });
    expect(own).toEqual(truth);
    const teamAgency = await app.run(SUMMARY, { a: 'KDI-BKD-MUT' }, { as: 'leader.supervisor' });
    expect(teamAgency.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { agencies } = await app.execute<{ agencies: { code: string }[] }>('{ agencies { code } }', undefined, { as: 'leader.supervisor' });
    expect(agencies.map((a) => a.code).sort()).toEqual(['KDI-BKD-MUT', 'KDI-DINKES']);
  });

  it('a linked employee with subordinates acts as their SUPERVISOR without a grant', async () => {
    expect(await seen('kabid.as.employee')).toEqual(await team(KABID));
    const viewer = await app.execute<{ viewer: { roles: string[] } }>('{ viewer { roles } }', undefined, { as: 'kabid.as.employee' });
    expect(viewer.viewer.roles).toEqual(['SUPERVISOR', 'EMPLOYEE']);
    // Without reports, an employee sees themselves only and acts in no other role.
    expect(await seen('staff')).toEqual([STAFF]);
    expect((await app.execute<{ viewer: { roles: string[] } }>('{ viewer { roles } }', undefined, { as: 'staff' })).viewer.roles).toEqual(['EMPLOYEE']);
  });

  it('stores the roles in ROLES order and refuses an account with none', async () => {
    const rows = await app.orm.em.getConnection().execute<{ roles: string[] }[]>(`select roles from user_account where username = 'leader.supervisor'`);
    expect(rows[0]!.roles).toEqual(['LEADER', 'SUPERVISOR']);
    await expect(app.orm.em.getConnection().execute(`update user_account set roles = '{}' where username = 'staff'`)).rejects.toThrow(/user_account_roles_check/);
    await expect(app.orm.em.getConnection().execute(`update user_account set roles = '{BOSS}' where username = 'staff'`)).rejects.toThrow(/user_account_roles_check/);
  });
});

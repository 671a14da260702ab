import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { expectForbidden, expectRefused, expectSuccess, idOf, mutate, sqlRows } from './reference-write.testing.js';

const AGENCY = 'agency { id code name kind depth parentId }';
interface AgencyOut { agency: { id: string; code: string; name: string; kind: string; depth: number; parentId: string | null } | null }

const create = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<AgencyOut>(app, 'agencyCreate', input, AGENCY, as);
const update = (app: TestApp, input: Record<string, unknown>, as = 'admin') => mutate<AgencyOut>(app, 'agencyUpdate', input, AGENCY, as);

/** agency_closure and depth must equal what the parent links say, computed here independently. */
async function expectClosureInStep(app: TestApp): Promise<void> {
  const stored = await sqlRows<{ a: number; d: number; n: number }>(app,
    'select ancestor_id as a, descendant_id as d, distance as n from agency_closure order by 1, 2');
  const truth = await sqlRows<{ a: number; d: number; n: number }>(app,
    `with recursive up(d, a, n) as (
       select id, id, 0 from agency
       union all select up.d, p.parent_id, up.n + 1 from up join agency p on p.id = up.a where p.parent_id is not null)
     select a, d, n from up order by 1, 2`);
  expect(stored).toEqual(truth);
  const depths = await sqlRows<{ id: number; depth: number; truth: number }>(app,
    `select a.id, a.depth, (select max(n.distance) from agency_closure n where n.descendant_id = a.id) as truth from agency a`);
  for (const row of depths) expect(row.depth, `depth of agency ${row.id}`).toBe(row.truth);
}

describe('agency mutations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('hr_kdi', 'HR_ADMIN', { agencyCode: 'KDI' });
    await app.addUser('leader_kdi', 'LEADER', { agencyCode: 'KDI' });
    await app.addUser('planner_kdi', 'TRAINING_PLANNER', { agencyCode: 'KDI' });
    await app.addUser('analyst_kdi', 'ANALYST', { agencyCode: 'KDI' });
  });
  afterAll(async () => app?.close());

  it('creates a unit below an agency in the HR admin subtree, with closure rows and depth, audited once', async () => {
    const bkd = await idOf(app, 'KDI-BKD');
    const result = await create(app, { code: 'KDI-BKD-SIS', name: '  Bidang Sistem Informasi  ', kind: 'UNIT', parentId: bkd }, 'hr_kdi');
    expectSuccess(result, 'AGENCY_CREATE', { subject_type: 'agency', actor_username: 'hr_kdi', actor_role: 'HR_ADMIN' });
    const agency = result.payload.agency!;
    expect(agency).toMatchObject({ code: 'KDI-BKD-SIS', name: 'Bidang Sistem Informasi', kind: 'UNIT', depth: 2, parentId: bkd });
    expect(result.events[0]!.subject_id).toBe(agency.id);
    const ancestors = await sqlRows<{ code: string; distance: number }>(app,
      `select a.code, c.distance from agency_closure c join agency a on a.id = c.ancestor_id
       where c.descendant_id = $1 order by c.distance`, [agency.id]);
    expect(ancestors).toEqual([{ code: 'KDI-BKD-SIS', distance: 0 }, { code: 'KDI-BKD', distance: 1 }, { code: 'KDI', distance: 2 }]);
    await expectClosureInStep(app);
    // The new unit is in the HR admin's subtree from the next request on.
    const seen = await app.execute<{ agency: { code: string } | null }>('{ agency(code: "KDI-BKD-SIS") { code } }', {}, { as: 'hr_kdi' });
    expect(seen.agency?.code).toBe('KDI-BKD-SIS');
  });

  it('lets an ADMIN create a top-level pemda, but not an HR admin', async () => {
    const result = await create(app, { code: 'BTG', name: 'Pemerintah Kota Bitung', kind: 'PEMDA' });
    expectSuccess(result, 'AGENCY_CREATE');
    expect(result.payload.agency).toMatchObject({ depth: 0, parentId: null });
    await expectRefused(app, () => create(app, { code: 'KDI-X', name: 'X', kind: 'PEMDA' }, 'hr_kdi'),
      { field: ['input', 'parentId'], code: 'FORBIDDEN', action: 'AGENCY_CREATE' });
  });

  it('refuses bad input with a field and a code, changing nothing', async () => {
    const kdi = await idOf(app, 'KDI');
    const pauh = await idOf(app, 'PAUH');
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ code: 'KDI-BKD', name: 'Duplikat', kind: 'UNIT', parentId: kdi }, ['input', 'code'], 'CONFLICT'],
      [{ code: 'bad code!', name: 'Salah', kind: 'UNIT', parentId: kdi }, ['input', 'code'], 'VALIDATION'],
      [{ code: 'KDI-Y', name: '   ', kind: 'UNIT', parentId: kdi }, ['input', 'name'], 'VALIDATION'],
      [{ code: 'KDI-Y', name: 'x'.repeat(301), kind: 'UNIT', parentId: kdi }, ['input', 'name'], 'VALIDATION'],
      // Outside the HR admin's subtree looks exactly like nothing at all.
      [{ code: 'KDI-Y', name: 'Y', kind: 'UNIT', parentId: pauh }, ['input', 'parentId'], 'NOT_FOUND'],
      [{ code: 'KDI-Y', name: 'Y', kind: 'UNIT', parentId: '999999' }, ['input', 'parentId'], 'NOT_FOUND'],
      [{ code: 'KDI-Y', name: 'Y', kind: 'UNIT', parentId: 'abc' }, ['input', 'parentId'], 'NOT_FOUND'],
    ];
    for (const [input, field, code] of cases) {
      await expectRefused(app, () => create(app, input, 'hr_kdi'), { field, code, action: 'AGENCY_CREATE' });
    }
  });

  it('reports every problem of an input at once', async () => {
    const result = await create(app, { code: '', name: '', kind: 'UNIT', parentId: await idOf(app, 'PAUH') }, 'hr_kdi');
    expect(result.payload.userErrors.map((e) => e.field?.join('.')).sort()).toEqual(['input.code', 'input.name', 'input.parentId']);
    expect(result.payload.agency).toBeNull();
  });

  it('renames without moving when parentId is omitted', async () => {
    const dinkes = await idOf(app, 'KDI-DINKES');
    const kdi = await idOf(app, 'KDI');
    const result = await update(app, { id: dinkes, name: 'Dinas Kesehatan (baru)', kind: 'BADAN' }, 'hr_kdi');
    expectSuccess(result, 'AGENCY_UPDATE', { subject_id: dinkes });
    expect(result.payload.agency).toMatchObject({ name: 'Dinas Kesehatan (baru)', kind: 'BADAN', parentId: kdi, depth: 1 });
    expect(result.events[0]!.detail).toEqual({ changes: {
      name: { from: 'Dinas Kesehatan Kota Kendari', to: 'Dinas Kesehatan (baru)' }, kind: { from: 'DINAS', to: 'BADAN' },
    } });
  });

  it('moves a subtree inside the HR admin subtree and rebuilds the closure and depths in step', async () => {
    const bkd = await idOf(app, 'KDI-BKD');
    const dinkes = await idOf(app, 'KDI-DINKES');
    const headcount = async (code: string) => (await app.execute<{ agency: { headcount: number } }>(
      'query($code: String!) { agency(code: $code) { headcount } }', { code })).agency.headcount;
    const [bkdCount, dinkesCount] = [await headcount('KDI-BKD'), await headcount('KDI-DINKES')];

    const result = await update(app, { id: bkd, parentId: dinkes }, 'hr_kdi');
    expectSuccess(result, 'AGENCY_UPDATE');
    expect(result.payload.agency).toMatchObject({ parentId: dinkes, depth: 2 });
    await expectClosureInStep(app);
    const below = await sqlRows<{ code: string; depth: number }>(app,
      `select code, depth from agency where code like 'KDI-BKD-%' order by code`);
    expect(below).toEqual([
      { code: 'KDI-BKD-MUT', depth: 3 }, { code: 'KDI-BKD-PKP', depth: 3 }, { code: 'KDI-BKD-SIS', depth: 3 },
    ]);
    // Subtree figures follow the closure at once.
    expect(await headcount('KDI-DINKES')).toBe(dinkesCount + bkdCount);

    // And back again.
    expectSuccess(await update(app, { id: bkd, parentId: await idOf(app, 'KDI') }, 'hr_kdi'), 'AGENCY_UPDATE');
    await expectClosureInStep(app);
    expect(await headcount('KDI-DINKES')).toBe(dinkesCount);
  });

  it('refuses moves that leave the subtree, make a cycle or make a pemda, changing nothing', async () => {
    const bkd = await idOf(app, 'KDI-BKD');
    const kdi = await idOf(app, 'KDI');
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ id: bkd, parentId: await idOf(app, 'KDI-BKD-MUT') }, ['input', 'parentId'], 'VALIDATION'],
      [{ id: bkd, parentId: bkd }, ['input', 'parentId'], 'VALIDATION'],
      [{ id: kdi, parentId: bkd }, ['input', 'parentId'], 'VALIDATION'],
      [{ id: bkd, parentId: await idOf(app, 'PAUH-DISDIK') }, ['input', 'parentId'], 'NOT_FOUND'],
      [{ id: bkd, parentId: null }, ['input', 'parentId'], 'FORBIDDEN'],
      [{ id: await idOf(app, 'PAUH-DISDIK'), name: 'Diambil alih' }, ['input', 'id'], 'NOT_FOUND'],
      [{ id: bkd, code: 'KDI-DINKES' }, ['input', 'code'], 'CONFLICT'],
      [{ id: bkd, name: '' }, ['input', 'name'], 'VALIDATION'],
    ];
    for (const [input, field, code] of cases) {
      await expectRefused(app, () => update(app, input, 'hr_kdi'), { field, code, action: 'AGENCY_UPDATE' });
    }
    await expectClosureInStep(app);
  });

  it('lets only one of two concurrent moves through when together they would make a cycle', async () => {
    const mut = await idOf(app, 'KDI-BKD-MUT');
    const pkp = await idOf(app, 'KDI-BKD-PKP');
    const results = await Promise.all([update(app, { id: mut, parentId: pkp }), update(app, { id: pkp, parentId: mut })]);
    const codes = results.map((r) => r.payload.userErrors.map((e) => e.code).join()).sort();
    expect(codes).toEqual(['', 'VALIDATION']);
    await expectClosureInStep(app);
    // Put the tree back for the tests that follow.
    const moved = results.find((r) => r.payload.agency)!.payload.agency!;
    expectSuccess(await update(app, { id: moved.id, parentId: await idOf(app, 'KDI-BKD') }), 'AGENCY_UPDATE');
  });

  it('lets an ADMIN move a dinas to another pemda and make a unit top-level', async () => {
    const dinkes = await idOf(app, 'KDI-DINKES');
    const mlf = await idOf(app, 'MLF');
    expectSuccess(await update(app, { id: dinkes, parentId: mlf }), 'AGENCY_UPDATE');
    await expectClosureInStep(app);
    // The Kendari HR admin no longer sees it: scope follows the tree.
    expect((await app.execute<{ agency: null }>('{ agency(code: "KDI-DINKES") { id } }', {}, { as: 'hr_kdi' })).agency).toBeNull();
    const top = await update(app, { id: await idOf(app, 'PAUH-DISDIK-SD'), parentId: null });
    expectSuccess(top, 'AGENCY_UPDATE');
    expect(top.payload.agency).toMatchObject({ parentId: null, depth: 0 });
    await expectClosureInStep(app);
  });

  it('is forbidden to roles that change nothing here', async () => {
    const query = 'mutation($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }';
    const variables = { input: { code: 'KDI-Z', name: 'Z', kind: 'UNIT', parentId: await idOf(app, 'KDI') } };
    for (const as of ['leader_kdi', 'planner_kdi', 'analyst_kdi']) await expectForbidden(app, query, variables, as);
    const anonymous = await app.run(query, variables, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

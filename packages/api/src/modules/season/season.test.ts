import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { idOf, mutate, sqlRows } from '../agency/reference-write.testing.js';
import { ageRating } from '../appraisal/appraisal.testing.js';
import { addSeasonAccounts, advance, appraisalOf, MUT, openKendariSeason, rate } from './season.testing.js';

const MONITOR = `query($cycleId: ID!, $agencyId: ID) { seasonMonitor(cycleId: $cycleId, agencyId: $agencyId) {
  elapsed
  total { appraisals finalized completionRate overdue finalizable byStatus { status count } awaiting { party count } }
  agencies { agency { code } appraisals finalized overdue byStatus { status count } }
} }`;
interface Row { appraisals: number; finalized: number; completionRate: number | null; overdue: number; finalizable: number; byStatus: { status: string; count: number }[]; awaiting: { party: string; count: number }[] }
interface Monitor { elapsed: number; total: Row; agencies: (Omit<Row, 'awaiting' | 'completionRate' | 'finalizable'> & { agency: { code: string } })[] }
const AWAITED = `query($cycleId: ID!, $party: AwaitingParty, $overdueOnly: Boolean) {
  awaitedAppraisals(cycleId: $cycleId, party: $party, overdueOnly: $overdueOnly, first: 100) {
    totalCount nodes { appraisalId employeeName status party awaitedName daysOverdue } } }`;
interface Awaited { totalCount: number; nodes: { appraisalId: string; employeeName: string; status: string; party: string; awaitedName: string | null; daysOverdue: number }[] }
const REPORT = 'report { finalized appraisalIds notReady byAgency { agencyName count } }';
interface Report { report: { finalized: number; appraisalIds: string[]; notReady: number; byAgency: { agencyName: string; count: number }[] } | null }

const counts = (list: { status?: string; party?: string; count: number }[]) =>
  Object.fromEntries(list.filter((x) => x.count > 0).map((x) => [x.status ?? x.party, x.count]));

describe('the season: monitoring and bulk finalisation', () => {
  let app: TestApp;
  let cycleId: string;
  const monitor = async (as = 'hr.kdi', agencyId?: string) =>
    (await app.execute<{ seasonMonitor: Monitor | null }>(MONITOR, { cycleId, agencyId }, { as })).seasonMonitor;
  const awaited = async (vars: Record<string, unknown> = {}, as = 'hr.kdi') =>
    (await app.execute<{ awaitedAppraisals: Awaited }>(AWAITED, { cycleId, ...vars }, { as })).awaitedAppraisals;
  const finalize = (input: Record<string, unknown>, as = 'hr.kdi') => mutate<Report>(app, 'appraisalsFinalize', { cycleId, ...input }, REPORT, as);

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await addSeasonAccounts(app);
    // Began 13 months ago and ended 2 months ago: every plan is long overdue, and so is every rating.
    cycleId = await openKendariSeason(app, 'KDI-SEASON', -13, -2);
  });
  afterAll(async () => app?.close());

  it('counts each status per agency, against the cycle’s dates, for the cycle’s own pemda only', async () => {
    const m = (await monitor())!;
    expect(m.elapsed).toBe(1);
    const [kendari] = await sqlRows<{ n: number }>(app, `select count(*)::int as n from appraisal where cycle_id = $1`, [cycleId]);
    expect(m.total).toMatchObject({ appraisals: kendari!.n, finalized: 0, completionRate: 0, overdue: kendari!.n, finalizable: 0 });
    expect(counts(m.total.byStatus)).toEqual({ DRAFT: kendari!.n });
    expect(counts(m.total.awaiting)).toEqual({ EMPLOYEE: kendari!.n });
    // Per agency directly below Kendari, from the tables.
    const expected = await sqlRows<{ code: string; n: number }>(app,
      `select g.code, count(*)::int as n from appraisal a join employee e on e.id = a.employee_id
       join agency_closure c on c.descendant_id = e.agency_id join agency g on g.id = c.ancestor_id and g.depth = 1
       where a.cycle_id = $1 group by g.code order by count(*) desc, g.code`, [cycleId]);
    expect(m.agencies.map((r) => [r.agency.code, r.appraisals])).toEqual(expected.map((r) => [r.code, r.n]));
    // Pauh's HR admin does not see Kendari's season at all.
    expect(await monitor('hr.pauh')).toBeNull();
    expect(await monitor('hr.kdi', await idOf(app, 'PAUH'))).toBeNull();
    expect((await awaited({}, 'hr.pauh')).totalCount).toBe(0);
  });

  it('follows appraisals as they move, naming whose move it is', async () => {
    const [rahmat, kartika, waode, yohanes] = MUT.staff;
    await advance(app, cycleId, rahmat, 'SELF_ASSESSED');
    await advance(app, cycleId, kartika, 'ASSESSED');
    const m = (await monitor())!;
    expect(counts(m.total.byStatus)).toMatchObject({ SELF_ASSESSED: 1, ASSESSED: 1 });
    // Kartika's rating is fresh: inside the objection window the move is hers (she may object), not the BKD's.
    expect(counts(m.total.awaiting)).toMatchObject({ SUPERVISOR: 1 });
    expect(m.total.awaiting.find((p) => p.party === 'HR_ADMIN')!.count).toBe(0);
    const supervisorsTurn = await awaited({ party: 'SUPERVISOR' });
    expect(supervisorsTurn.nodes).toEqual([expect.objectContaining({ employeeName: rahmat.name, status: 'SELF_ASSESSED', party: 'SUPERVISOR', awaitedName: MUT.kabid.name })]);
    expect(supervisorsTurn.nodes[0]!.daysOverdue).toBeGreaterThan(30);
    // Most overdue first: the plans are due at the end of the first month, the rating 14 days after the last.
    const all = await awaited();
    expect(all.nodes.at(-1)).toMatchObject({ employeeName: rahmat.name });
    expect(all.nodes.every((n, i) => i === 0 || all.nodes[i - 1]!.daysOverdue >= n.daysOverdue)).toBe(true);
    expect(all.nodes.find((n) => n.employeeName === waode.name)).toMatchObject({ party: 'EMPLOYEE', awaitedName: waode.name });
    expect(all.nodes.find((n) => n.employeeName === yohanes.name)?.status).toBe('DRAFT');
  });

  it('finalises a selection all or nothing, naming each appraisal that is not ready', async () => {
    const [rahmat, kartika, waode] = MUT.staff;
    await advance(app, cycleId, waode, 'ASSESSED');
    const ids = {
      rahmat: (await appraisalOf(app, cycleId, rahmat.nip)).id,
      kartika: (await appraisalOf(app, cycleId, kartika.nip)).id,
      waode: (await appraisalOf(app, cycleId, waode.nip)).id,
      draft: (await appraisalOf(app, cycleId, MUT.staff[3].nip)).id,
    };
    await ageRating(app, ids.kartika, 15);
    await ageRating(app, ids.waode, 15);

    const before = await databaseFingerprint(app.db.url);
    // Rahmat is still SELF_ASSESSED, Yohanes's plan a DRAFT.
    const refused = await finalize({ appraisalIds: [ids.kartika, ids.waode, ids.rahmat, ids.draft, '999999'] });
    expect(refused.payload.report).toBeNull();
    expect(refused.payload.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'appraisalIds', '2'], 'INVALID_STATE'],
      [['input', 'appraisalIds', '3'], 'INVALID_STATE'],
      [['input', 'appraisalIds', '4'], 'NOT_FOUND'],
    ]);
    expect(refused.payload.userErrors[0]!.message).toMatch(/SELF_ASSESSED, not ASSESSED/);
    expect(refused.events.map((e) => [e.action, e.outcome])).toEqual([['APPRAISAL_FINALIZE_BULK', 'FAILURE']]);
    expect(await databaseFingerprint(app.db.url)).toEqual(before);
    // A fresh rating is inside the 14-day window.
    await rate(app, cycleId, rahmat);
    const inWindow = await finalize({ appraisalIds: [ids.kartika, ids.rahmat] });
    expect(inWindow.payload.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'appraisalIds', '1'], 'INVALID_STATE']]);
    expect(inWindow.payload.userErrors[0]!.message).toMatch(/may object until/);

    // Another pemda's HR admin cannot reach them.
    const foreign = await finalize({ appraisalIds: [ids.kartika] }, 'hr.pauh');
    expect(foreign.payload.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);

    const done = await finalize({ appraisalIds: [ids.kartika, ids.waode] });
    expect(done.payload.userErrors).toEqual([]);
    expect(done.payload.report).toEqual({
      finalized: 2, appraisalIds: [ids.kartika, ids.waode], notReady: 0,
      byAgency: [{ agencyName: 'Bidang Mutasi dan Promosi', count: 2 }],
    });
    expect(done.events.map((e) => [e.action, e.subject_id, e.outcome])).toEqual([
      ['APPRAISAL_FINALIZE', ids.kartika, 'SUCCESS'],
      ['APPRAISAL_FINALIZE', ids.waode, 'SUCCESS'],
      ['APPRAISAL_FINALIZE_BULK', cycleId, 'SUCCESS'],
    ]);
    const rows = await sqlRows<{ status: string; finalized: boolean }>(app,
      'select status, finalized_at is not null as finalized from appraisal where id = any ($1::int[]) order by id', [[ids.kartika, ids.waode]]);
    expect(rows).toEqual([{ status: 'FINALIZED', finalized: true }, { status: 'FINALIZED', finalized: true }]);
    expect((await monitor())!.total).toMatchObject({ finalized: 2 });
  });

  it('finalises every ready appraisal of an agency, reporting those left', async () => {
    const rahmat = await appraisalOf(app, cycleId, MUT.staff[0].nip);
    const mut = await idOf(app, 'KDI-BKD-MUT');
    // Rahmat was rated just now: nothing in the agency is ready yet.
    const early = await finalize({ agencyId: mut });
    expect(early.payload.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'agencyId'], 'INVALID_STATE']]);
    await ageRating(app, rahmat.id, 15);
    const [{ left }] = await sqlRows<{ left: number }>(app,
      `select count(*)::int - 1 as left from appraisal a join employee e on e.id = a.employee_id
       join agency_closure c on c.descendant_id = e.agency_id and c.ancestor_id = $2
       where a.cycle_id = $1 and a.status <> 'FINALIZED'`, [cycleId, mut]) as [{ left: number }];
    const done = await finalize({ agencyId: mut });
    expect(done.payload.report).toMatchObject({ finalized: 1, appraisalIds: [rahmat.id], notReady: left });
    expect((await finalize({ agencyId: await idOf(app, 'KDI-BKD') }, 'hr.pauh')).payload.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const m = (await monitor())!;
    expect(m.total.finalized).toBe(3);
    expect(m.total.completionRate).toBeCloseTo(3 / m.total.appraisals);
  });
});

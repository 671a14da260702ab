import { Role } from '@kinerja/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZATION_REFUSED, RefusalAudit, refusalAudit } from '../../common/audit/refusal-audit.js';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

interface EventRow {
  actor_username: string | null;
  action: string;
  subject_id: string | null;
  subject_nip: string | null;
  outcome: string;
  detail: Record<string, unknown> | null;
}

const SUBJECT_NIP = '198902152024021001';

describe('the audit trail of reads of individual ratings and of refused calls', () => {
  let app: TestApp;
  let client: pg.Client;
  let lastId = 0;

  /** Events written since the previous call, oldest first. */
  async function newEvents(): Promise<EventRow[]> {
    const { rows } = await client.query<EventRow & { id: string }>(
      'select id, actor_username, action, subject_id, subject_nip, outcome, detail from audit_event where id > $1 order by id', [lastId]);
    if (rows.length) lastId = Number(rows.at(-1)!.id);
    return rows;
  }

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    client = new pg.Client({ connectionString: app.db.url });
    await client.connect();
    await app.addUser('bkd.kdi', Role.HR_ADMIN, { agencyCode: 'KDI' });
    await app.addUser('analis.kdi', Role.ANALYST, { agencyCode: 'KDI' });
    await app.addUser('pegawai', Role.EMPLOYEE, { employeeNip: SUBJECT_NIP });
    await newEvents();
  });
  afterAll(async () => {
    await client?.end();
    await app?.close();
  });

  it('records one event per page of appraisals, naming whose and how many', async () => {
    const query = `query($after: String) { appraisals(first: 7, after: $after, filter: { cycleCode: "2024-TAHUNAN" }) {
      nodes { employee { id } workResultRating } pageInfo { endCursor } } }`;
    type Page = { appraisals: { nodes: { employee: { id: string } }[]; pageInfo: { endCursor: string } } };
    const first = await app.execute<Page>(query, {}, { as: 'bkd.kdi' });
    await app.execute<Page>(query, { after: first.appraisals.pageInfo.endCursor }, { as: 'bkd.kdi' });
    const events = await newEvents();
    expect(events.map((e) => [e.action, e.actor_username, e.outcome])).toEqual([
      ['APPRAISALS_READ', 'bkd.kdi', 'SUCCESS'], ['APPRAISALS_READ', 'bkd.kdi', 'SUCCESS'],
    ]);
    expect(events[0]!.detail).toMatchObject({
      field: 'appraisals', rows: 7, employeeIds: first.appraisals.nodes.map((n) => Number(n.employee.id)),
      scope: { filter: { cycleCode: '2024-TAHUNAN' }, offset: 0, limit: 7 },
    });
    expect(events[1]!.detail).toMatchObject({ rows: 7, scope: { offset: 7 } });
  });

  it("records a competency profile read in that employee's own trail", async () => {
    const { rows: [employee] } = await client.query<{ id: number }>('select id from employee where nip = $1', [SUBJECT_NIP]);
    const profile = await app.execute<{ competencyProfile: unknown[] }>(
      `query($id: ID!) { competencyProfile(employeeId: $id, cycleCode: "2024-TAHUNAN") { required gap } }`,
      { id: String(employee!.id) }, { as: 'admin' });
    expect(profile.competencyProfile.length).toBeGreaterThan(0);
    const [event, ...more] = await newEvents();
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      action: 'COMPETENCY_PROFILE_READ', actor_username: 'admin', subject_id: String(employee!.id), subject_nip: SUBJECT_NIP,
      detail: { field: 'competencyProfile', rows: profile.competencyProfile.length, employeeIds: [employee!.id] },
    });
    // The employee sees who looked.
    const trail = await app.execute<{ auditTrail: { nodes: { action: string; actorUsername: string }[] } }>(
      '{ auditTrail(first: 5) { nodes { action actorUsername } } }', undefined, { as: 'pegawai' });
    expect(trail.auditTrail.nodes).toContainEqual({ action: 'COMPETENCY_PROFILE_READ', actorUsername: 'admin' });
    await newEvents(); // the trail read itself is not one of these
  });

  it('records talent box members and gap employees as one event per request, not per row', async () => {
    const boxes = await app.execute<{ talentBoxes: { boxes: { box: number; count: number }[] } }>(
      '{ talentBoxes(filter: { cycleCode: "2024-TAHUNAN", agencyCode: "KDI" }) { boxes { box count } } }', undefined, { as: 'bkd.kdi' });
    const box = boxes.talentBoxes.boxes.find((b) => b.count > 1)!;
    const members = await app.execute<{ talentBoxes: { members: { nodes: { employee: { id: string } }[] } } }>(
      `query($box: Int!) { talentBoxes(filter: { cycleCode: "2024-TAHUNAN", agencyCode: "KDI" }) { members(box: $box, first: 50) { nodes { employee { id } } } } }`,
      { box: box.box }, { as: 'bkd.kdi' });
    const gaps = await app.execute<{ gapEmployees: { nodes: { employee: { id: string } }[] } }>(
      '{ gapEmployees(filter: { cycleCode: "2024-TAHUNAN", agencyCode: "KDI" }, competencyCode: "M01", first: 20) { nodes { employee { id } } } }',
      undefined, { as: 'bkd.kdi' });
    expect(gaps.gapEmployees.nodes.length).toBeGreaterThan(1);
    const events = await newEvents();
    expect(events.map((e) => e.action)).toEqual(['TALENT_BOX_MEMBERS_READ', 'GAP_EMPLOYEES_READ']);
    expect(events[0]!.detail).toMatchObject({
      field: 'talentBoxes.members', rows: box.count, scope: { box: box.box },
      employeeIds: members.talentBoxes.members.nodes.map((n) => Number(n.employee.id)),
    });
    expect(events[1]!.detail).toMatchObject({
      field: 'gapEmployees', rows: gaps.gapEmployees.nodes.length,
      employeeIds: [...new Set(gaps.gapEmployees.nodes.map((n) => Number(n.employee.id)))],
    });
  });

  it('records refused calls, at most one event per account and operation per window, counting the rest', async () => {
    const forbidden = '{ gapEmployees(filter: { cycleCode: "2024-TAHUNAN", agencyCode: "KDI" }, competencyCode: "M01") { totalCount } }';
    for (let i = 0; i < 5; i += 1) {
      const result = await app.run(forbidden, undefined, { as: 'analis.kdi' });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Refused by a service, not by @Authorized: an analyst asking for one person's profile.
    const profile = await app.run('{ competencyProfile(employeeId: "1", cycleCode: "2024-TAHUNAN") { gap } }', undefined, { as: 'analis.kdi' });
    expect(profile.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const employee = await app.run('{ analyticsSummary(filter: { cycleCode: "2024-TAHUNAN" }) { headcount } }', undefined, { as: 'pegawai' });
    expect(employee.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const atOnce = await newEvents();
    expect(atOnce.map((e) => [e.action, e.actor_username, e.subject_id, e.outcome, e.detail?.count])).toEqual([
      [AUTHORIZATION_REFUSED, 'analis.kdi', 'Query.gapEmployees', 'DENIED', 1],
      [AUTHORIZATION_REFUSED, 'analis.kdi', 'Query.competencyProfile', 'DENIED', 1],
      [AUTHORIZATION_REFUSED, 'pegawai', 'Query.analyticsSummary', 'DENIED', 1],
    ]);
    // The four refusals held back are written as one event when the window closes.
    await refusalAudit.flushAll();
    expect((await newEvents()).map((e) => [e.subject_id, e.detail?.count])).toEqual([['Query.gapEmployees', 4]]);
  });

  it('writes the count held back when the window ends, and opens a new window after it', async () => {
    let now = 1_000_000;
    const limiter = new RefusalAudit({ windowMs: 200, now: () => now });
    const viewer = { userId: 4242, username: 'skrip', roles: [Role.ANALYST], agencyId: null, employeeId: null, agencyIds: new Set<number>(), subtreeIds: new Set<number>(), people: { kind: 'SOME' as const, agencyIds: new Set<number>(), employeeIds: new Set<number>() } };
    const refuse = () => limiter.refused(app.orm.em.fork(), { viewer, requestId: 'r' }, 'Query.gapEmployees', 'Your role may not do this.');
    for (let i = 0; i < 3; i += 1) await refuse();
    expect((await newEvents()).map((e) => e.detail?.count)).toEqual([1]);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the window's timer (real time) writes the 2 held back
    expect((await newEvents()).map((e) => e.detail?.count)).toEqual([2]);
    now += 200;
    await refuse();
    expect((await newEvents()).map((e) => [e.actor_username, e.detail?.count])).toEqual([['skrip', 1]]);
  });
});

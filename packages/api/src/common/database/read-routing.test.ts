import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Role } from '@kinerja/shared';
import { SMALL_DATASET } from '../testing/fixtures.js';
import { ensureAppRole } from './app-role.js';
import { testAppRole } from '../testing/test-database.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { startStreamingPair, type StreamingPair } from '../../testing/streaming-replica.js';

/*
 * DATABASE_READ_URL against a real streaming replica, started by the test from the embedded
 * binaries (so it runs with or without DATABASE_URL). Replay is paused to make the replica fall
 * behind: a reader who did not write sees the replica's older figure, which proves the read went
 * there; the writer sees their own write, which proves it went to the primary.
 */
const HEADCOUNT = `query { analyticsSummary(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI" }) { headcount } }`;
const EMPLOYEE = `query($nip: String!) { employees(filter: { search: $nip }, first: 1) { nodes { id } } }`;
const DEACTIVATE = `mutation($id: ID!) { employeeUpdate(input: { id: $id, active: false }) { employee { id active } } }`;
const RENAME = `mutation($id: ID!, $name: String!) { employeeUpdate(input: { id: $id, name: $name }) { employee { id name } } }`;
// List reads: a page of people (ORM findAndCount), a page of appraisals with their employee (loader).
const PEOPLE = `query($nip: String!) { employees(filter: { search: $nip }, first: 5) { totalCount nodes { id name } } }`;
const APPRAISALS = `query($id: ID!) { appraisals(filter: { employeeId: $id }, first: 5) { nodes { cycle { code } employee { name } } } }`;

describe('read replicas (DATABASE_READ_URL)', () => {
  let pair: StreamingPair;
  let app: TestApp;
  const headcount = async (as: string) =>
    (await app.execute<{ analyticsSummary: { headcount: number } }>(HEADCOUNT, {}, { as })).analyticsSummary.headcount;

  beforeAll(async () => {
    pair = await startStreamingPair();
    const adminUrl = pair.primaryUrl('postgres');
    await ensureAppRole(adminUrl, testAppRole(adminUrl));
    app = await createTestApp({ adminUrl, replicaServerUrl: pair.replicaUrl('postgres'), dataset: SMALL_DATASET });
    await app.addUser('hr.kdi', Role.HR_ADMIN, { agencyCode: 'KDI' });
    await app.addUser('leader', Role.LEADER, { agencyCode: 'KDI' });
    await pair.caughtUp();
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await pair?.stop();
  });

  it('sends analytics to the replica, and the writer’s own reads to the primary until the replica has caught up', async () => {
    const before = await headcount('leader');
    expect(await headcount('hr.kdi')).toBe(before);
    const { employees } = await app.execute<{ employees: { nodes: { id: string }[] } }>(EMPLOYEE, { nip: '199708162024041001' }, { as: 'hr.kdi' });
    await pair.pauseReplay();
    await app.execute(DEACTIVATE, { id: employees.nodes[0]!.id }, { as: 'hr.kdi' });

    // The writer reads their write at once (primary); the leader still reads the lagging replica.
    expect(await headcount('hr.kdi')).toBe(before - 1);
    expect(await headcount('leader')).toBe(before);

    await pair.resumeReplay();
    await pair.caughtUp();
    expect(await headcount('leader')).toBe(before - 1);

    // Once the replica has passed the writer's write, the writer reads the replica again: a change
    // made on the primary behind the API's back is not yet visible to them while replay is paused.
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the cached look at the replica
    expect(await headcount('hr.kdi')).toBe(before - 1);
    await pair.pauseReplay();
    const owner = new pg.Client({ connectionString: app.db.url });
    await owner.connect();
    await owner.query(`update employee set active = false where nip = '199701272024071001'`);
    await owner.end();
    expect(await headcount('hr.kdi')).toBe(before - 1);
    expect(await headcount('leader')).toBe(before - 1);
    await pair.resumeReplay();
    await pair.caughtUp();
    expect(await headcount('leader')).toBe(before - 2);
  });

  it('sends list reads to the replica too, and the writer’s own list reads to the primary while the replica lags', async () => {
    const nip = '198007172010102001';
    const people = async (as: string) =>
      (await app.execute<{ employees: { totalCount: number; nodes: { id: string; name: string }[] } }>(PEOPLE, { nip }, { as })).employees;
    const appraisalNames = async (as: string, id: string) =>
      (await app.execute<{ appraisals: { nodes: { employee: { name: string } }[] } }>(APPRAISALS, { id }, { as }))
        .appraisals.nodes.map((a) => a.employee.name);
    await pair.caughtUp();
    const before = await people('leader');
    expect(before.totalCount).toBe(1);
    const { id, name } = before.nodes[0]!;
    expect(await appraisalNames('leader', id)).toEqual([name, name]);

    await pair.pauseReplay();
    await app.execute(RENAME, { id, name: 'Maria Sinaga Lubis' }, { as: 'hr.kdi' });
    // The writer's lists come from the primary: the new name at once.
    expect((await people('hr.kdi')).nodes.map((n) => n.name)).toEqual(['Maria Sinaga Lubis']);
    expect(await appraisalNames('hr.kdi', id)).toEqual(['Maria Sinaga Lubis', 'Maria Sinaga Lubis']);
    // Everyone else's lists come from the replica, which has not replayed the rename yet.
    expect((await people('leader')).nodes.map((n) => n.name)).toEqual([name]);
    expect(await appraisalNames('leader', id)).toEqual([name, name]);

    await pair.resumeReplay();
    await pair.caughtUp();
    expect((await people('leader')).nodes.map((n) => n.name)).toEqual(['Maria Sinaga Lubis']);
    expect(await appraisalNames('leader', id)).toEqual(['Maria Sinaga Lubis', 'Maria Sinaga Lubis']);
  });

  it('reads from the primary when the replica cannot be reached', async () => {
    const current = await headcount('leader');
    await pair.stopReplica();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await headcount('leader')).toBe(current);
    expect(await headcount('hr.kdi')).toBe(current);
  });
});

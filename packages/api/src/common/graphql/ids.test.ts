import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { SMALL_DATASET } from '../testing/fixtures.js';
import { MAX_PAGE_SIZE } from './connection.js';
import { MAX_ID, parseId } from './ids.js';

// One database for both GraphQL blocks below (each createTestApp migrates and loads a dataset).
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ dataset: SMALL_DATASET });
});
afterAll(async () => app?.close());

describe('parseId', () => {
  it('accepts decimal ids within PostgreSQL int4 (1..2147483647)', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('42')).toBe(42);
    expect(parseId('2147483647')).toBe(MAX_ID);
  });

  it('names nothing for malformed, zero or out-of-range ids', () => {
    for (const bad of ['', '0', '-1', '1.5', ' 1', '1e3', '0x10', 'abc', '2147483648', '99999999999', '9'.repeat(400), null, undefined]) {
      expect(parseId(bad), String(bad)).toBeNull();
    }
  });
});

describe('an id PostgreSQL cannot hold looks like a missing record, over GraphQL', () => {
  it('employee and agency by an out-of-range id are null, not a database error', async () => {
    for (const id of ['99999999999', '2147483648', '2147483647', '0']) {
      const result = await app.run('query($id: ID!) { employee(id: $id) { nip } agency(id: $id) { code } }', { id });
      expect(result.errors, id).toBeUndefined();
      expect(result.data, id).toEqual({ employee: null, agency: null });
    }
  });

  it('analytics filters with an out-of-range cycle or agency id answer like a missing one', async () => {
    const summary = (filter: Record<string, unknown>) =>
      app.run('query($f: AnalyticsFilter!) { analyticsSummary(filter: $f) { headcount } }', { f: filter });
    const missingCycle = await summary({ cycleId: '999999', agencyCode: 'KDI' });
    const hugeCycle = await summary({ cycleId: '99999999999', agencyCode: 'KDI' });
    expect(missingCycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.cycleId' });
    expect(hugeCycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.cycleId' });
    expect(hugeCycle.errors?.[0]?.message).toBe('filter.cycleId: no cycle "99999999999"');

    const hugeAgency = await summary({ cycleCode: '2025-TAHUNAN', agencyId: '2147483648' });
    expect(hugeAgency.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.agencyId' });
    expect(hugeAgency.errors?.[0]?.message).toBe('filter.agencyId: no agency "2147483648" in your scope');
  });

  it('lists filtered and profiles looked up by an out-of-range id are empty or "no such …"', async () => {
    const lists = await app.run(`{
      employees(filter: { agencyId: "99999999999" }) { totalCount }
      appraisals(filter: { cycleId: "99999999999" }) { totalCount }
    }`);
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({ employees: { totalCount: 0 }, appraisals: { totalCount: 0 } });

    const profile = await app.run('{ competencyProfile(employeeId: "99999999999", cycleCode: "2025-TAHUNAN") { gap } }');
    expect(profile.errors?.[0]?.message).toBe('employeeId: no such employee in your scope');
    const gaps = await app.run(`{ gapEmployees(filter: { cycleCode: "2025-TAHUNAN", agencyCode: "KDI" }, competencyId: "99999999999") { totalCount } }`);
    expect(gaps.errors?.[0]?.message).toBe('competencyId: no such competency');
  });
});

describe('one page limit: analytics pages refuse `first` outside 1..100 like every connection', () => {
  const FILTER = '{ cycleCode: "2025-TAHUNAN", agencyCode: "KDI" }';
  const lists: Record<string, (first: number) => string> = {
    employees: (first) => `{ employees(first: ${first}) { totalCount } }`,
    raterLeniency: (first) => `{ raterLeniency(filter: ${FILTER}, first: ${first}) { totalCount } }`,
    gapEmployees: (first) => `{ gapEmployees(filter: ${FILTER}, competencyCode: "M01", first: ${first}) { totalCount } }`,
    talentBoxMembers: (first) => `{ talentBoxes(filter: ${FILTER}) { members(box: 5, first: ${first}) { totalCount } } }`,
  };

  it.each(Object.keys(lists))('%s: first above the limit or below 1 is BAD_USER_INPUT naming first; the limit itself is served', async (name) => {
    // (Far larger sizes on nested lists are already stopped by the query cost rule at validation.)
    for (const first of [MAX_PAGE_SIZE + 1, 0, -1]) {
      const result = await app.run(lists[name]!(first));
      expect(result.errors?.[0]?.extensions, `${name} first=${first}`).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(result.errors?.[0]?.message).toBe(`first: must be between 1 and ${MAX_PAGE_SIZE}`);
    }
    const atLimit = await app.run(lists[name]!(MAX_PAGE_SIZE));
    expect(atLimit.errors).toBeUndefined();
  });

  it('raterLeniency refuses a cursor this API did not return', async () => {
    for (const after of ['bm90IGEgY3Vyc29y', Buffer.from('[-1]').toString('base64url'), Buffer.from('["x"]').toString('base64url')]) {
      const result = await app.run(`query($after: String) { raterLeniency(filter: ${FILTER}, first: 2, after: $after) { totalCount } }`, { after });
      expect(result.errors?.[0]?.extensions, after).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });
});

// Two writers with the same version at the same time, each on its own request, connection and
// transaction: exactly one wins, the other gets CONFLICT, and what is stored is the winner's.
import { predicateFor } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addAccounts, allBehaviors, auditSince, drive, lastAuditId, LIGHT_OPS, newCycle, PEOPLE, sqlOf, standardLevels, type MutationResult,
} from './appraisal.testing.js';

describe('concurrent writes to one appraisal', () => {
  let app: TestApp;
  let cycles = 0;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await addAccounts(app);
  });
  afterAll(async () => app?.close());

  /** Fires all operations at once, each as its own GraphQL request; returns the payloads in order. */
  async function race(...calls: { query: string; input: Record<string, unknown>; as: string }[]): Promise<MutationResult[]> {
    const results = await Promise.all(calls.map((c) => app.run(c.query, { input: c.input }, { as: c.as })));
    return results.map((r) => {
      expect(r.errors).toBeUndefined();
      return Object.values(r.data!)[0] as MutationResult;
    });
  }

  it.each(Array.from({ length: 8 }, (_, i) => i))('two appraisalAssess with the same version (round %i)', async () => {
    const a = await drive(app, 'kdi', await newCycle(app, `RACE-${(cycles += 1)}`), 'SELF_ASSESSED', { light: true });
    const high = { levels: await standardLevels(app, PEOPLE.kdi.staff, 4), workResultRating: 'ABOVE', behaviorRating: 'ABOVE', behaviors: allBehaviors('ABOVE') } as const;
    const low = { levels: await standardLevels(app, PEOPLE.kdi.staff, 2), workResultRating: 'BELOW', behaviorRating: 'BELOW', behaviors: allBehaviors('BELOW') } as const;
    const mark = await lastAuditId(app);

    const results = await race(
      { query: LIGHT_OPS.assess, input: { appraisalId: a.id, version: a.version, ...high }, as: 'kabid.kdi' },
      { query: LIGHT_OPS.assess, input: { appraisalId: a.id, version: a.version, ...low }, as: 'kabid.kdi' },
    );

    const codes = results.map((r) => r.userErrors.map((e) => e.code));
    expect(codes.slice().sort()).toEqual([[], ['CONFLICT']]);
    const winner = codes[0]!.length === 0 ? high : low;
    const [row] = await sqlOf(app).query<{ status: string; version: number; predicate: string; work_result_rating: string; behavior_rating: string }>(
      'select status, version, predicate, work_result_rating, behavior_rating from appraisal where id = $1', [Number(a.id)]);
    expect(row).toEqual({
      status: 'ASSESSED', version: a.version + 1, predicate: predicateFor(winner.workResultRating, winner.behaviorRating),
      work_result_rating: winner.workResultRating, behavior_rating: winner.behaviorRating,
    });
    const levels = await sqlOf(app).query<{ level: number }>(
      `select distinct level from competency_assessment where appraisal_id = $1 and rater_role = 'SUPERVISOR'`, [Number(a.id)]);
    expect(levels).toEqual([{ level: winner.levels[0]!.level }]);
    const events = await auditSince(app, mark);
    expect(events.map((e) => [e.action, e.outcome]).sort()).toEqual([['APPRAISAL_ASSESS', 'FAILURE'], ['APPRAISAL_ASSESS', 'SUCCESS']]);
  });

  it('comments racing a rating on one version: the comments never make the rating stale', async () => {
    const a = await drive(app, 'kdi', await newCycle(app, `RACE-${(cycles += 1)}`), 'SELF_ASSESSED', { light: true });
    const results = await race(
      { query: LIGHT_OPS.feedbackAdd, input: { appraisalId: a.id, version: a.version, body: 'Dari pegawai' }, as: 'staff.kdi' },
      { query: LIGHT_OPS.feedbackAdd, input: { appraisalId: a.id, version: a.version, body: 'Dari atasan' }, as: 'kabid.kdi' },
      { query: LIGHT_OPS.assess, input: { appraisalId: a.id, version: a.version, levels: await standardLevels(app, PEOPLE.kdi.staff, 3), workResultRating: 'MEETS', behaviorRating: 'MEETS', behaviors: allBehaviors() }, as: 'kabid.kdi' },
    );
    expect(results.map((r) => r.userErrors)).toEqual([[], [], []]);
    const [row] = await sqlOf(app).query<{ version: number; status: string; comments: string }>(
      'select version, status, (select count(*)::text from feedback f where f.appraisal_id = a.id) as comments from appraisal a where id = $1', [Number(a.id)]);
    expect(row).toEqual({ version: a.version + 1, status: 'ASSESSED', comments: '2' });
  });

  it('two different status changes racing on one version: exactly one wins', async () => {
    const a = await drive(app, 'kdi', await newCycle(app, `RACE-${(cycles += 1)}`), 'SUBMITTED', { light: true });
    const results = await race(
      { query: LIGHT_OPS.planAgree, input: { appraisalId: a.id, version: a.version }, as: 'kabid.kdi' },
      { query: LIGHT_OPS.planReturn, input: { appraisalId: a.id, version: a.version, comment: 'Perbaiki' }, as: 'kabid.kdi' },
    );
    expect(results.map((r) => r.userErrors.map((e) => e.code)).sort()).toEqual([[], ['CONFLICT']]);
    const [row] = await sqlOf(app).query<{ version: number }>('select version from appraisal where id = $1', [Number(a.id)]);
    expect(row?.version).toBe(a.version + 1);
  });

  it('two appraisalCreate for the same employee and cycle: one appraisal, one CONFLICT', async () => {
    const cycleId = await newCycle(app, `RACE-${(cycles += 1)}`);
    const results = await race(
      { query: LIGHT_OPS.create, input: { cycleId }, as: 'staff.kdi' },
      { query: LIGHT_OPS.create, input: { cycleId }, as: 'staff.kdi' },
    );
    expect(results.map((r) => r.userErrors.map((e) => e.code)).sort()).toEqual([[], ['CONFLICT']]);
    const [row] = await sqlOf(app).query<{ n: string }>('select count(*) as n from appraisal where cycle_id = $1', [Number(cycleId)]);
    expect(Number(row?.n)).toBe(1);
  });
});

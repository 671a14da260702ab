/*
 * A bulk load with `kinerja.bulk_load = on`: the triggers stand aside, the loader rebuilds the facts
 * before commit, and a commit that forgets to is refused.
 */
import { describe, expect, it } from 'vitest';
import { sqlFromPg } from '../common/database/sql.js';
import { SMALL_DATASET } from '../common/testing/fixtures.js';
import { useMigratedDatabase } from '../common/testing/test-database.js';
import { importDataset } from '../modules/dataset/dataset-import.service.js';
import { analyticsDrift, refreshAnalyticsBeforeCommit, withBulkLoad } from './analytics-refresh.js';
import { resolveScope } from './analytics-scope.js';
import { smallExpected } from '../testing/analytics-testing.js';
import { summary } from './summary.query.js';

const db = useMigratedDatabase();


describe('bulk load', () => {
  it('refuses to commit when the facts were not rebuilt, leaving the database as it was', async () => {
    await expect(importDataset(withBulkLoad(db.appUrl), SMALL_DATASET)).rejects.toThrow(/analytics facts are stale/);
    expect((await db.pool.query(`select count(*)::int as n from employee`)).rows[0].n).toBe(0);
    expect((await db.pool.query(`select stale from analytics_state`)).rows[0].stale).toBe(false);
  });

  it('skips the per-statement work and rebuilds once before commit', async () => {
    const seenBeforeRefresh: { pairs: number; stale: boolean }[] = [];
    const report = await importDataset(withBulkLoad(db.appUrl), SMALL_DATASET, {
      beforeCommit: async (client) => {
        const { rows } = await client.query(`select (select count(*)::int from analytics_pair_fact) as pairs, (select stale from analytics_state) as stale`);
        seenBeforeRefresh.push(rows[0]);
        await refreshAnalyticsBeforeCommit(client);
      },
    });
    expect(report.errors).toEqual([]);
    // Nothing was maintained while loading: the triggers only marked the facts stale.
    expect(seenBeforeRefresh).toEqual([{ pairs: 0, stale: true }]);
    const sql = sqlFromPg(db.pool);
    expect(Object.values(await analyticsDrift(sql)).every((n) => n === 0)).toBe(true);
    expect((await db.pool.query(`select stale from analytics_state`)).rows[0].stale).toBe(false);
    const want = smallExpected()['2025-TAHUNAN']!.KDI!;
    const got = await summary(sql, await resolveScope(sql, { cycleCode: '2025-TAHUNAN', agencyCode: 'KDI' }));
    expect(got).toMatchObject({ headcount: want.headcount, finalized: want.finalized });
    expect(Math.abs(got.fitIndex! - want.fitIndex!)).toBeLessThanOrEqual(1e-6);
  });

  it('leaves ordinary sessions (without the setting) maintained by the triggers', async () => {
    await db.pool.query(`update employee set active = false where nip = '199708162024041001'`);
    expect(Object.values(await analyticsDrift(sqlFromPg(db.pool))).every((n) => n === 0)).toBe(true);
  });
});

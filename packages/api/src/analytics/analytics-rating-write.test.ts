/*
 * The narrow refreshes of Migration20261201110000_rating_write: a supervisor rating, a workflow
 * change, a level of the previous cycle, appraisals inserted, deleted and moved between employees
 * and cycles. After each: the facts and cubes equal the base-table views (analyticsDrift), and the
 * rows the write's own transaction rewrote (xmin = the transaction that wrote the appraisal or the
 * level) are those of the touched (employee, cycle) only — the point of the migration.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openOrm } from '../app.js';
import { measureRatingWrites } from '../cli/bench-rating-write.js';
import type { SqlClient } from '../common/database/sql.js';
import { loadedDatabase, openCopyOfCycle, type LoadedDatabase } from '../testing/analytics-testing.js';
import { ANALYTICS_RELATIONS, analyticsDrift } from './analytics-refresh.js';

let loaded: LoadedDatabase;
let orm: MikroORM;
let sql: SqlClient;
/** Open copies: C of 2025, and C2 of C (so C is C2's previous cycle C′). */
let cycleC: number;
let cycleC2: number;

beforeAll(async () => {
  loaded = await loadedDatabase(inject('pgAdminUrl'));
  sql = loaded.sql;
  orm = await openOrm(loaded.db.url);
  cycleC = await openCopyOfCycle(sql, '2025-TAHUNAN', '2026-TAHUNAN', '2026-01-01');
  cycleC2 = await openCopyOfCycle(sql, '2026-TAHUNAN', '2027-TAHUNAN', '2027-01-01');
});
afterAll(async () => {
  await orm?.close();
  await loaded?.close();
});

async function expectInStep(label: string): Promise<void> {
  expect(await analyticsDrift(sql), label).toEqual(Object.fromEntries(ANALYTICS_RELATIONS.map(([table]) => [table, 0])));
}

const FACTS = ['analytics_pair_fact', 'analytics_employee_fact', 'analytics_rating_fact', 'analytics_effect_fact'] as const;

/** Per fact table, the (employee, cycle) keys of the rows written by the transaction that last wrote row `id` of `table`. */
async function rewrittenBy(table: 'appraisal' | 'competency_assessment', id: number): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const fact of FACTS) {
    result[fact] = (await sql.query<{ key: string }>(
      `select distinct f.employee_id || ':' || f.cycle_id as key from ${fact} f
       where f.xmin = (select xmin from ${table} where id = $1) order by 1`, [id])).map((r) => r.key);
  }
  return result;
}

/** Appraisals of a cycle that are still open, with employees who are active staff of it and have a supervisor. */
async function openAppraisals(cycleId: number, limit: number, offset = 0): Promise<{ id: number; employee_id: number }[]> {
  return sql.query(`
    select a.id, a.employee_id from appraisal a join employee e on e.id = a.employee_id and e.active and e.supervisor_id is not null
    where a.cycle_id = $1 and a.status = 'ASSESSED'
      and exists (select 1 from analytics_employee_fact f where f.employee_id = a.employee_id and f.cycle_id = a.cycle_id)
    order by a.id limit $2 offset $3`, [cycleId, limit, offset]);
}

describe('a supervisor rating refreshes only its own appraisal', () => {
  it('starts in step', async () => {
    await expectInStep('after import and two open copies');
  });

  it('writes a rating as appraisalAssess does (levels, then status and predicate) and rewrites only that (employee, cycle)', async () => {
    // Three appraisals of the latest cycle back to SELF_ASSESSED, without supervisor levels: what a supervisor rates.
    const rated = await openAppraisals(cycleC2, 3);
    expect(rated).toHaveLength(3);
    const ratedIds = rated.map((a) => a.id);
    await sql.query(`delete from competency_assessment where rater_role = 'SUPERVISOR' and appraisal_id = any($1::int[])`, [ratedIds]);
    await sql.query(`update appraisal set status = 'SELF_ASSESSED', predicate = null, work_result_rating = null, behavior_rating = null
      where id = any($1::int[])`, [ratedIds]);
    await expectInStep('after the supervisor levels were withdrawn');

    // Two timed ratings after the connection's first, which is reported apart: all three are written.
    const times = await measureRatingWrites(orm, 2);
    expect(times.first).toBeDefined();
    expect(times.statements).toHaveLength(2);
    const after = await sql.query<{ id: number; status: string; predicate: string | null; levels: number }>(`
      select a.id, a.status, a.predicate,
        (select count(*)::int from competency_assessment ca where ca.appraisal_id = a.id and ca.rater_role = 'SUPERVISOR') as levels
      from appraisal a where a.id = any($1::int[]) order by a.id`, [ratedIds]);
    for (const a of after) {
      expect(a.status).toBe('ASSESSED');
      expect(a.predicate).not.toBeNull();
      expect(a.levels).toBeGreaterThan(0);
    }
    await expectInStep('after three ratings');

    for (const { id, employee_id: employeeId } of rated) {
      const key = `${employeeId}:${cycleC2}`;
      const rewritten = await rewrittenBy('appraisal', id);
      // The rated cycle's facts were written by the rating; no other cycle's (C and 2025 hold facts of the same employee).
      expect(rewritten, `appraisal ${id}`).toEqual({
        analytics_pair_fact: [key], analytics_employee_fact: [key], analytics_rating_fact: [key],
        analytics_effect_fact: rewritten.analytics_effect_fact!.length > 0 ? [key] : [],
      });
      const otherCycles = await sql.query<{ n: number }>(
        `select count(*)::int as n from analytics_pair_fact where employee_id = $1 and cycle_id <> $2`, [employeeId, cycleC2]);
      expect(otherCycles[0]!.n, `employee ${employeeId} has facts in other cycles`).toBeGreaterThan(0);
    }
  });

  it('finalising and changing a predicate rewrites the appraisal facts alone', async () => {
    const [first, second] = await openAppraisals(cycleC2, 2, 10);
    await sql.query(`update appraisal set status = 'FINALIZED' where id = $1`, [first!.id]);
    await expectInStep('after finalising');
    expect(await rewrittenBy('appraisal', first!.id)).toEqual({
      analytics_pair_fact: [], analytics_employee_fact: [`${first!.employee_id}:${cycleC2}`], analytics_rating_fact: [], analytics_effect_fact: [],
    });
    // The fit cube does not read the workflow: a workflow change leaves it alone.
    const fitRows = await sql.query<{ n: number }>(
      `select count(*)::int as n from analytics_fit_cube where xmin = (select xmin from appraisal where id = $1)`, [first!.id]);
    expect(fitRows[0]!.n).toBe(0);
    const talentRows = await sql.query<{ n: number }>(
      `select count(*)::int as n from analytics_talent_cube where xmin = (select xmin from appraisal where id = $1)`, [first!.id]);
    expect(talentRows[0]!.n).toBeGreaterThan(0);

    await sql.query(`update appraisal set predicate = case when predicate = 'SANGAT_BAIK' then 'BAIK' else 'SANGAT_BAIK' end where id = $1`,
      [second!.id]);
    await expectInStep('after a predicate change');
    // A comment-like change (no figure reads it) rewrites nothing.
    await sql.query(`update appraisal set updated_at = now() where id = $1`, [second!.id]);
    expect(await rewrittenBy('appraisal', second!.id)).toEqual(
      { analytics_pair_fact: [], analytics_employee_fact: [], analytics_rating_fact: [], analytics_effect_fact: [] });
    await expectInStep('after an update of no analytics column');
  });

  it('a level of the previous cycle C′ moves the training-effect facts of C2 (its level before)', async () => {
    // A cohort member of C2: a gap in C, a level in C2. Lower the C (before) level by one: still a member, with a wider gap.
    const [member] = await sql.query<{ employee_id: number; competency_id: number; level_before: number; level_id: number }>(`
      select f.employee_id, f.competency_id, f.level_before, ca.id as level_id from analytics_effect_fact f
      join appraisal a on a.employee_id = f.employee_id and a.cycle_id = $2 and a.status <> 'FINALIZED'
      join competency_assessment ca on ca.appraisal_id = a.id and ca.competency_id = f.competency_id and ca.rater_role = 'SUPERVISOR'
      where f.cycle_id = $1 and f.level_before > 1
        and not exists (select 1 from competency_assessment x where x.appraisal_id = a.id and x.competency_id = f.competency_id and x.rater_role = 'ASSESSOR')
      order by f.employee_id, f.competency_id limit 1`, [cycleC2, cycleC]);
    expect(member).toBeDefined();
    await sql.query(`update competency_assessment set level = level - 1 where id = $1`, [member!.level_id]);
    await expectInStep('after a level of C′ changed');
    const rewritten = await rewrittenBy('competency_assessment', member!.level_id);
    expect(rewritten.analytics_pair_fact).toEqual([`${member!.employee_id}:${cycleC}`]);
    expect(rewritten.analytics_effect_fact).toContain(`${member!.employee_id}:${cycleC2}`);
    const [now] = await sql.query<{ level_before: number }>(`select level_before from analytics_effect_fact
      where employee_id = $1 and cycle_id = $2 and competency_id = $3 limit 1`, [member!.employee_id, cycleC2, member!.competency_id]);
    expect(now?.level_before).toBe(member!.level_before - 1);
  });

  it('levels moved to another appraisal, deleted, and given a rater, stay in step', async () => {
    const [from, to] = await openAppraisals(cycleC, 2, 20);
    await sql.query(`delete from competency_assessment where appraisal_id = $1 and rater_role = 'SELF'`, [to!.id]);
    const moved = await sql.query(`update competency_assessment set appraisal_id = $2 where appraisal_id = $1 and rater_role = 'SELF' returning id`,
      [from!.id, to!.id]);
    expect(moved.length).toBeGreaterThan(0);
    await expectInStep('after levels moved between appraisals');
    await sql.query(`delete from competency_assessment where appraisal_id = $1 and rater_role = 'SUPERVISOR'`, [from!.id]);
    await expectInStep('after levels deleted');
    await sql.query(`update competency_assessment set rater_id = (select min(id) from employee) where appraisal_id = $1`, [to!.id]);
    await expectInStep('after a rater named');
  });

  it('appraisals moved to another cycle or employee, inserted and deleted, refresh everything they touch', async () => {
    const client = new pg.Client({ connectionString: loaded.db.url });
    await client.connect();
    try {
      const [a, b, c] = await openAppraisals(cycleC, 3, 40);
      // Room in C2 for a's employee, then a moves there (its levels with it).
      await client.query(`delete from appraisal where cycle_id = $1 and employee_id = $2`, [cycleC2, a!.employee_id]);
      await expectInStep('after an appraisal deleted');
      await client.query(`update appraisal set cycle_id = $1 where id = $2`, [cycleC2, a!.id]);
      await expectInStep('after an appraisal moved to another cycle');
      // b goes to c's employee (whose appraisal in C is removed first), in one statement with a status change of another.
      await client.query(`delete from appraisal where id = $1`, [c!.id]);
      const [d] = await openAppraisals(cycleC, 1, 60);
      await client.query(`update appraisal set employee_id = case when id = $1 then $2 else employee_id end,
        status = case when id = $3 then 'SELF_ASSESSED' else status end where id in ($1, $3)`, [b!.id, c!.employee_id, d!.id]);
      await expectInStep('after an appraisal moved to another employee and a status change in one statement');
      // An appraisal inserted with levels, as a cycle opening and a self-assessment would.
      await client.query('begin');
      const { rows: [inserted] } = await client.query<{ id: number }>(
        `insert into appraisal (cycle_id, employee_id, status, rule_set) select $1, $2, 'DRAFT', rule_set from appraisal where id = $3 returning id`,
        [cycleC, a!.employee_id, b!.id]);
      await client.query(`insert into competency_assessment (appraisal_id, competency_id, rater_role, level)
        select $1, r.competency_id, 'SELF', 3 from employee e join position_requirement r on r.position_id = e.position_id where e.id = $2`,
      [inserted!.id, a!.employee_id]);
      await client.query('commit');
      await expectInStep('after an appraisal inserted with levels');
    } finally {
      await client.end();
    }
  });
});

/*
 * Training effectiveness (SPEC §5) stays exact after every kind of write that can move it: the
 * figures from the effect cube (fast path) equal the same query over the base-table source views,
 * and both equal a TypeScript reference built from plain rows with the pure functions of
 * @kinerja/shared (previousCycleOf, completedInCycle, trainingEffectOf).
 */
import {
  assessedLevel, completedInCycle, previousCycleOf, trainingEffectOf,
  type CycleKind, type EffectMember, type RaterRole, type TrainingEffectFigures,
} from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SqlClient } from '../common/database/sql.js';
import { expectClose, loadedDatabase, openCopyOfCycle, type LoadedDatabase } from '../testing/analytics-testing.js';
import { analyticsDrift } from './analytics-refresh.js';
import { trainingEffectiveness, type TrainingEffectRow } from './training-effect.query.js';

let loaded: LoadedDatabase;
let sql: SqlClient;
let nextCycleId: number;

beforeAll(async () => {
  loaded = await loadedDatabase(inject('pgAdminUrl'));
  sql = loaded.sql;
  // Levels of finalised appraisals never change (SPEC §4): C is an open copy of 2025, C′ = 2025.
  nextCycleId = await openCopyOfCycle(sql, '2025-TAHUNAN', '2026-TAHUNAN', '2026-01-01');
});
afterAll(async () => loaded?.close());

async function ids(text: string, params: unknown[] = []): Promise<number[]> {
  return (await sql.query<{ id: number }>(text, params)).map((r) => r.id);
}

/** programme code → figures of a scope, from scratch in TypeScript. */
async function reference(cycleId: number, agencyId: number): Promise<Map<string, TrainingEffectFigures>> {
  const cycles = await sql.query<{ id: number; code: string; kind: CycleKind; startMonth: string; endMonth: string }>(
    `select id, code, kind, to_char(start_month, 'YYYY-MM-DD') as "startMonth", to_char(end_month, 'YYYY-MM-DD') as "endMonth" from cycle`);
  const cycle = cycles.find((c) => c.id === cycleId)!;
  const previous = previousCycleOf(cycles, cycle);
  const result = new Map<string, TrainingEffectFigures>();
  if (!previous) return result;

  const employees = await sql.query<{ id: number; position_id: number }>(
    `select e.id, e.position_id from employee e join agency_closure s on s.descendant_id = e.agency_id and s.ancestor_id = $1 where e.active`, [agencyId]);
  const requirements = await sql.query<{ position_id: number; competency_id: number; required_level: number }>(`select * from position_requirement`);
  const levels = await sql.query<{ employee_id: number; cycle_id: number; competency_id: number; rater_role: RaterRole; level: number }>(
    `select a.employee_id, a.cycle_id, ca.competency_id, ca.rater_role, ca.level
     from competency_assessment ca join appraisal a on a.id = ca.appraisal_id where a.cycle_id = any($1::int[])`, [[cycleId, previous.id]]);
  const records = await sql.query<{ employee_id: number; code: string; competency_id: number; completed_on: string }>(
    `select tr.employee_id, tp.code, tp.competency_id, to_char(tr.completed_on, 'YYYY-MM-DD') as completed_on
     from training_record tr join training_program tp on tp.id = tr.program_id`);
  const programs = await sql.query<{ code: string; competency_id: number }>(`select code, competency_id from training_program`);

  const byRole = new Map<string, Partial<Record<RaterRole, number>>>();
  for (const l of levels) {
    const key = `${l.employee_id}:${l.cycle_id}:${l.competency_id}`;
    byRole.set(key, { ...byRole.get(key), [l.rater_role]: l.level });
  }
  const assessed = (employeeId: number, cId: number, competencyId: number) => assessedLevel(byRole.get(`${employeeId}:${cId}:${competencyId}`) ?? {});

  const trained = new Map<string, EffectMember[]>();
  const comparison = new Map<number, EffectMember[]>();
  for (const e of employees) {
    for (const r of requirements.filter((x) => x.position_id === e.position_id)) {
      const before = assessed(e.id, previous.id, r.competency_id);
      const after = assessed(e.id, cycleId, r.competency_id);
      if (before === null || before >= r.required_level || after === null) continue;
      const member = { required: r.required_level, before, after };
      const taken = new Set(records
        .filter((t) => t.employee_id === e.id && t.competency_id === r.competency_id && completedInCycle(t.completed_on, cycle))
        .map((t) => t.code));
      if (taken.size === 0) comparison.set(r.competency_id, [...(comparison.get(r.competency_id) ?? []), member]);
      for (const code of taken) trained.set(code, [...(trained.get(code) ?? []), member]);
    }
  }
  for (const [code, members] of trained) {
    const competencyId = programs.find((p) => p.code === code)!.competency_id;
    result.set(code, trainingEffectOf(members, comparison.get(competencyId) ?? []));
  }
  return result;
}

function expectSame(rows: TrainingEffectRow[], want: Map<string, TrainingEffectFigures>, label: string): void {
  expect(rows.map((r) => r.programCode).sort(), `${label} programmes`).toEqual([...want.keys()].sort());
  for (const row of rows) {
    const w = want.get(row.programCode)!;
    const at = `${label} ${row.programCode}`;
    expect([row.trained, row.comparison], at).toEqual([w.trained, w.comparison]);
    for (const figure of ['meanGapBefore', 'meanGapAfter', 'closedRate', 'meanLevelChange', 'comparisonMeanLevelChange', 'effect'] as const) {
      expectClose(row[figure], w[figure], `${at} ${figure}`);
    }
  }
}

/** Facts = source views; for every cycle × agency: fast path = base tables = reference. Returns the figures of cycle C at every pemda. */
async function expectInStep(label: string): Promise<string> {
  const drift = await analyticsDrift(sql);
  expect({ fact: drift.analytics_effect_fact, cube: drift.analytics_effect_cube }, label).toEqual({ fact: 0, cube: 0 });
  const snapshot: unknown[] = [];
  for (const cycleId of await ids(`select id from cycle order by start_month, code`)) {
    for (const agencyId of await ids(`select id from agency order by code`)) {
      const at = `${label} (cycle ${cycleId}, agency ${agencyId})`;
      const fast = await trainingEffectiveness(sql, { cycleId, agencyId });
      const slow = await trainingEffectiveness(sql, { cycleId, agencyId }, { source: 'BASE_TABLES' });
      expect(fast, at).toEqual(slow);
      expectSame(fast, await reference(cycleId, agencyId), at);
      if (cycleId === nextCycleId) snapshot.push(agencyId, fast);
    }
  }
  return JSON.stringify(snapshot);
}

/** Cohort members of C (any competency) with a gap in C′, as (employee, competency, program of that competency). */
async function cohort(limit: number): Promise<{ employee_id: number; competency_id: number; program_id: number; agency_id: number; position_id: number }[]> {
  return sql.query(`
    select f.employee_id, f.competency_id, f.agency_id, f.position_id,
      (select min(tp.id) from training_program tp where tp.competency_id = f.competency_id) as program_id
    from analytics_effect_fact f
    where f.cycle_id = $1 and f.program_id is null
      and exists (select 1 from training_program tp where tp.competency_id = f.competency_id)
    order by f.employee_id, f.competency_id limit $2`, [nextCycleId, limit]);
}

describe('training effectiveness maintenance', () => {
  let figures: string;

  it('starts in step after the import and the open copy of the last cycle', async () => {
    figures = await expectInStep('after import');
    expect(JSON.parse(figures).some((x: unknown) => Array.isArray(x) && x.length > 0)).toBe(false); // nobody trained in 2026 yet
  });

  async function step(label: string, write: () => Promise<unknown>): Promise<void> {
    await write();
    const next = await expectInStep(label);
    expect(next, `${label} moved the figures of cycle C`).not.toBe(figures);
    figures = next;
  }

  it('follows new training records (comparison → trained) and a record moved out of the cycle', async () => {
    const members = await cohort(12);
    expect(members.length).toBeGreaterThan(6);
    await step('training records added', () => sql.query(
      `insert into training_record (employee_id, program_id, completed_on, hours_jp)
       select u.e, u.p, '2026-03-15', 16 from unnest($1::int[], $2::int[]) as u(e, p)`,
      [members.map((m) => m.employee_id), members.map((m) => m.program_id)]));
    await step('a record moved into the next year', () => sql.query(
      `update training_record set completed_on = '2027-01-05' where id = (select max(id) from training_record)`));
  });

  it('follows a competency level of C', async () => {
    await step('a SUPERVISOR level raised', async () => {
      const [row] = await sql.query<{ id: number }>(`
        select ca.id from analytics_effect_fact f
        join appraisal a on a.employee_id = f.employee_id and a.cycle_id = f.cycle_id
        join competency_assessment ca on ca.appraisal_id = a.id and ca.competency_id = f.competency_id and ca.rater_role = 'SUPERVISOR'
        where f.cycle_id = $1 and f.program_id is not null and f.level_after < 5
          and not exists (select 1 from competency_assessment x where x.appraisal_id = a.id and x.competency_id = f.competency_id and x.rater_role = 'ASSESSOR')
        order by ca.id limit 1`, [nextCycleId]);
      await sql.query(`update competency_assessment set level = level + 1 where id = $1`, [row!.id]);
    });
    await step('an ASSESSOR level added', async () => {
      const [row] = await sql.query<{ appraisal_id: number; competency_id: number }>(`
        select a.id as appraisal_id, f.competency_id from analytics_effect_fact f
        join appraisal a on a.employee_id = f.employee_id and a.cycle_id = f.cycle_id
        where f.cycle_id = $1 and f.program_id is not null and f.level_after > 1
          and not exists (select 1 from competency_assessment x where x.appraisal_id = a.id and x.competency_id = f.competency_id and x.rater_role = 'ASSESSOR')
        order by f.employee_id desc limit 1`, [nextCycleId]);
      await sql.query(`insert into competency_assessment (appraisal_id, competency_id, rater_role, level) values ($1, $2, 'ASSESSOR', 1)`,
        [row!.appraisal_id, row!.competency_id]);
    });
  });

  it('follows a changed position standard', async () => {
    await step('a required level lowered', async () => {
      const [row] = await sql.query<{ position_id: number; competency_id: number }>(`
        select r.position_id, r.competency_id from analytics_effect_fact f
        join position_requirement r on r.position_id = f.position_id and r.competency_id = f.competency_id
        where f.cycle_id = $1 and f.program_id is not null order by f.employee_id limit 1`, [nextCycleId]);
      await sql.query(`update position_requirement set required_level = required_level - 1 where position_id = $1 and competency_id = $2`,
        [row!.position_id, row!.competency_id]);
    });
  });

  it('follows an employee transferred to another pemda and one deactivated', async () => {
    const [trained] = await sql.query<{ employee_id: number; agency_id: number }>(
      `select employee_id, agency_id from analytics_effect_fact where cycle_id = $1 and program_id is not null order by employee_id limit 1`, [nextCycleId]);
    await step('a trained employee transferred', () => sql.query(`
      update employee set agency_id = (
        select a.id from agency a where a.parent_id is null
          and a.id not in (select ancestor_id from agency_closure where descendant_id = $2) order by a.code limit 1)
      where id = $1`, [trained!.employee_id, trained!.agency_id]));
    await step('a trained employee deactivated', () => sql.query(`
      update employee set active = false where id = (
        select employee_id from analytics_effect_fact where cycle_id = $1 and program_id is not null order by employee_id desc limit 1)`, [nextCycleId]));
  });

  it('follows a programme moved to another competency', async () => {
    await step('a programme moved', () => sql.query(`
      update training_program set competency_id = (select id from competency where code = 'M02')
      where id = (select program_id from analytics_effect_fact where cycle_id = $1 and program_id is not null order by employee_id limit 1)`,
    [nextCycleId]));
  });

  it('follows a cycle added between C′ and C (it becomes C′), and removed again', async () => {
    await step('a cycle added', () => sql.query(
      `insert into cycle (code, name, kind, start_month, end_month, status) values ('2025-B', 'Tahunan 2025 (B)', 'ANNUAL', '2025-06-01', '2025-12-01', 'CLOSED')`));
    expect((await trainingEffectiveness(sql, { cycleId: nextCycleId, agencyId: (await ids(`select id from agency where code = 'KDI'`))[0]! }))).toEqual([]);
    await step('the cycle removed', () => sql.query(`delete from cycle where code = '2025-B'`));
  });
});

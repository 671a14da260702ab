/*
 * The facts follow every write: through MikroORM, through plain SQL on each base table, and under
 * concurrent writers. Checked three ways: the definition's own arithmetic for one changed level,
 * `analyticsDrift` (facts = base-table views) and an independent TypeScript reference.
 */
import { gapOf, recommendProgram, fitIndexOf, type RequiredPair } from '@kinerja/shared';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openOrm } from '../app.js';
import type { SqlClient } from '../common/database/sql.js';
import { CompetencyAssessment } from '../modules/appraisal/appraisal.entity.js';
import { AFTER_IMPORT_SQL } from '../modules/dataset/dataset-rules.js';
import { ANALYTICS_RELATIONS, analyticsDrift } from './analytics-refresh.js';
import { expectClose, expectMatchesReference, loadedDatabase, openCopyOfCycle, type LoadedDatabase } from '../testing/analytics-testing.js';
import { competencyGaps } from './competency-gaps.query.js';
import { competencyProfile } from './competency-profile.query.js';
import { raterLeniency } from './rater-leniency.query.js';
import { summary } from './summary.query.js';
import { talentBoxes } from './talent-boxes.query.js';
import { trainingNeeds } from './training-needs.query.js';
import { baseTableTruth } from './index.js';

let loaded: LoadedDatabase;
let orm: MikroORM;
let sql: SqlClient;

beforeAll(async () => {
  loaded = await loadedDatabase(inject('pgAdminUrl'));
  sql = loaded.sql;
  orm = await openOrm(loaded.db.url);
  // Levels of finalised appraisals never change (SPEC §4): the writes below go to an open cycle.
  await openCopyOfCycle(sql, '2025-TAHUNAN', '2026-TAHUNAN', '2026-01-01');
});
afterAll(async () => {
  await orm?.close();
  await loaded?.close();
});

async function ids(text: string, params: unknown[] = []): Promise<number[]> {
  return (await sql.query<{ id: number }>(text, params)).map((r) => r.id);
}

/** Facts equal the base-table views, and figures equal the reference, for every pemda and cycle. */
async function expectInStep(label: string): Promise<void> {
  expect(await analyticsDrift(sql), label).toEqual(Object.fromEntries(ANALYTICS_RELATIONS.map(([table]) => [table, 0])));
  for (const cycleId of await ids(`select id from cycle order by start_month`)) {
    for (const agencyId of await ids(`select id from agency where parent_id is null order by code`)) {
      await expectMatchesReference(sql, { cycleId, agencyId }, `${label} (cycle ${cycleId}, agency ${agencyId})`);
    }
  }
}

describe('analytics maintenance', () => {
  it('starts in step after an ordinary import (and an open copy of the last cycle)', async () => {
    await expectInStep('after import');
  });

  it('moves exactly the figures the definition says when a SUPERVISOR level changes through the ORM', async () => {
    // A supervisor level that is the assessed level (no ASSESSOR), meets the requirement, and whose
    // competency has a programme for someone at level 1.
    const [pair] = await sql.query<{
      id: number; employee_id: number; cycle_id: number; agency_id: number; competency_id: number; code: string;
      required: number; supervisor: number; self: number | null;
    }>(`
      select ca.id, a.employee_id, a.cycle_id, e.agency_id, ca.competency_id, c.code, r.required_level as required,
        ca.level as supervisor,
        (select s.level from competency_assessment s
         where s.appraisal_id = a.id and s.competency_id = ca.competency_id and s.rater_role = 'SELF') as self
      from competency_assessment ca
      join appraisal a on a.id = ca.appraisal_id
      join employee e on e.id = a.employee_id and e.active
      join position_requirement r on r.position_id = e.position_id and r.competency_id = ca.competency_id
      join competency c on c.id = ca.competency_id
      where ca.rater_role = 'SUPERVISOR' and ca.level >= r.required_level and r.required_level >= 3 and a.status <> 'FINALIZED'
        and not exists (select 1 from competency_assessment x
                        where x.appraisal_id = a.id and x.competency_id = ca.competency_id and x.rater_role = 'ASSESSOR')
        and exists (select 1 from competency_assessment x
                    where x.appraisal_id = a.id and x.competency_id = ca.competency_id and x.rater_role = 'SELF')
        and exists (select 1 from training_program tp where tp.competency_id = ca.competency_id and tp.level_from <= 1 and 1 < tp.level_to)
      order by ca.id limit 1`);
    expect(pair).toBeDefined();
    const p = pair!;
    const NEW_LEVEL = 1;
    const ancestors = await ids(`select ancestor_id as id from agency_closure where descendant_id = $1 order by distance`, [p.agency_id]);
    const [otherPemda] = await ids(`select a.id from agency a where a.parent_id is null and a.id not in (
      select ancestor_id from agency_closure where descendant_id = $1) order by a.code limit 1`, [p.agency_id]);
    const [otherCycle] = await ids(`select id from cycle where id <> $1 order by start_month limit 1`, [p.cycle_id]);
    const catalogue = (await sql.query<{ code: string; level_from: number; level_to: number; hours_jp: number }>(
      `select code, level_from, level_to, hours_jp from training_program where competency_id = $1`, [p.competency_id]))
      .map((t) => ({ code: t.code, levelFrom: t.level_from, levelTo: t.level_to, hoursJp: t.hours_jp }));
    const program = recommendProgram(catalogue, NEW_LEVEL)!;
    // Group sizes the means divide by: employees with a fit index, pairs with SELF and SUPERVISOR.
    const counts = async (agencyId: number) => (await sql.query<{ fit_employees: number; both: number }>(`
      select count(distinct a.employee_id) filter (where ca.rater_role in ('ASSESSOR', 'SUPERVISOR'))::int as fit_employees,
        (select count(*)::int from competency_assessment s join competency_assessment v
           on v.appraisal_id = s.appraisal_id and v.competency_id = s.competency_id and v.rater_role = 'SUPERVISOR'
         join appraisal a2 on a2.id = s.appraisal_id join employee e2 on e2.id = a2.employee_id and e2.active
         join position_requirement r2 on r2.position_id = e2.position_id and r2.competency_id = s.competency_id
         join agency_closure c2 on c2.descendant_id = e2.agency_id and c2.ancestor_id = $1
         where s.rater_role = 'SELF' and a2.cycle_id = $2) as both
      from appraisal a join employee e on e.id = a.employee_id and e.active
      join agency_closure c on c.descendant_id = e.agency_id and c.ancestor_id = $1
      join competency_assessment ca on ca.appraisal_id = a.id
      join position_requirement r on r.position_id = e.position_id and r.competency_id = ca.competency_id
      where a.cycle_id = $2`, [agencyId, p.cycle_id]))[0]!;
    const employeeFit = (rows: Awaited<ReturnType<typeof competencyProfile>>) =>
      fitIndexOf(rows.map((r): RequiredPair => ({ required: r.required, assessed: r.assessed })))!;

    const scopes = ancestors.map((agencyId) => ({ cycleId: p.cycle_id, agencyId }));
    const before = await Promise.all(scopes.map(async (scope) => ({
      gaps: await competencyGaps(sql, scope, 'COMPETENCY'),
      needs: await trainingNeeds(sql, scope),
      summary: await summary(sql, scope),
      counts: await counts(scope.agencyId),
    })));
    const untouched = async () => ({
      otherPemda: await summary(sql, { cycleId: p.cycle_id, agencyId: otherPemda! }),
      otherPemdaGaps: await competencyGaps(sql, { cycleId: p.cycle_id, agencyId: otherPemda! }, 'COMPETENCY'),
      otherCycle: await summary(sql, { cycleId: otherCycle!, agencyId: ancestors[ancestors.length - 1]! }),
      otherCycleBoxes: await talentBoxes(sql, { cycleId: otherCycle!, agencyId: ancestors[ancestors.length - 1]! }),
    });
    const untouchedBefore = await untouched();
    const profileBefore = await competencyProfile(sql, p.employee_id, p.cycle_id);

    const em = orm.em.fork();
    const assessment = await em.findOneOrFail(CompetencyAssessment, p.id);
    expect(assessment.level).toBe(p.supervisor);
    assessment.level = NEW_LEVEL;
    await em.flush();

    const profileAfter = await competencyProfile(sql, p.employee_id, p.cycle_id);
    const changed = profileAfter.find((r) => r.competencyId === p.competency_id)!;
    expect(changed).toMatchObject({ supervisor: NEW_LEVEL, assessed: NEW_LEVEL, gap: p.required - NEW_LEVEL });
    expect(profileBefore.find((r) => r.competencyId === p.competency_id)).toMatchObject({ assessed: p.supervisor, gap: 0 });
    const fitDelta = employeeFit(profileAfter) - employeeFit(profileBefore);
    expect(fitDelta).toBeLessThan(0);

    for (const [i, scope] of scopes.entries()) {
      const was = before[i]!;
      const label = `agency ${scope.agencyId}`;
      const gapBefore = was.gaps.find((g) => g.competencyId === p.competency_id)!;
      const gapAfter = (await competencyGaps(sql, scope, 'COMPETENCY')).find((g) => g.competencyId === p.competency_id)!;
      // The pair stays assessed; it now has a gap of required − 1 (SPEC §5: gap = max(0, required − assessed)).
      const added = gapOf(p.required, NEW_LEVEL);
      expect(gapAfter, label).toMatchObject({
        assessed: gapBefore.assessed, unassessed: gapBefore.unassessed,
        withGap: gapBefore.withGap! + 1, burden: gapBefore.burden! + added,
      });
      expectClose(gapAfter.gapRate, (gapBefore.withGap! + 1) / gapBefore.assessed!, `${label} gapRate`);
      expectClose(gapAfter.meanGap, (gapBefore.burden! + added) / gapBefore.assessed!, `${label} meanGap`);

      const needBefore = was.needs.needs.find((n) => n.competencyId === p.competency_id);
      const needAfter = (await trainingNeeds(sql, scope)).needs.find((n) => n.competencyId === p.competency_id)!;
      expect(needAfter.employeesWithGap, label).toBe((needBefore?.employeesWithGap ?? 0) + 1);
      expect(needAfter.burden, label).toBe((needBefore?.burden ?? 0) + added);
      const participants = (n: typeof needAfter | undefined) => n?.programs?.find((x) => x.programCode === program.code)?.participants ?? 0;
      expect(participants(needAfter), `${label} ${program.code}`).toBe(participants(needBefore) + 1);

      const sumBefore = was.summary;
      const sumAfter = await summary(sql, scope);
      const totals = was.gaps.reduce((t, g) => ({ assessed: t.assessed + g.assessed!, withGap: t.withGap + g.withGap! }), { assessed: 0, withGap: 0 });
      expectClose(sumAfter.gapRate, (totals.withGap + 1) / totals.assessed, `${label} summary gapRate`);
      expectClose(sumAfter.fitIndex, sumBefore.fitIndex! + fitDelta / was.counts.fit_employees, `${label} fitIndex`);
      // SELF − SUPERVISOR grows by the supervisor's drop, over the same pairs.
      expectClose(sumAfter.selfSupervisorDiff, sumBefore.selfSupervisorDiff! + (p.supervisor - NEW_LEVEL) / was.counts.both, `${label} selfSupervisorDiff`);
      expect({ ...sumAfter, fitIndex: null, gapRate: null, selfSupervisorDiff: null }, `${label} the rest`)
        .toEqual({ ...sumBefore, fitIndex: null, gapRate: null, selfSupervisorDiff: null });
    }
    expect(await untouched()).toEqual(untouchedBefore);
    await expectInStep('after the ORM write');
  });

  it('follows plain SQL writes on every base table', async () => {
    const client = new pg.Client({ connectionString: loaded.db.url });
    await client.connect();
    const run = async (label: string, ...statements: string[]) => {
      await client.query('begin');
      for (const statement of statements) await client.query(statement);
      await client.query('commit');
      await expectInStep(label);
    };
    try {
      await run('an employee leaves', `update employee set active = false where nip = '199708162024041001'`);
      await run('an employee comes back', `update employee set active = true where nip = '199708162024041001'`);
      await run('an employee moves to another pemda',
        `update employee set agency_id = (select id from agency where code = 'TJS-DUKCAPIL') where nip = '199701272024071001'`);
      await run('an employee changes position',
        `update employee set position_id = (select id from position where code = 'PLK-ADM') where nip = '199405242020101001'`);
      await run('a supervisor changes (the rater of levels without rater_id)',
        `update employee set supervisor_id = (select id from employee where nip = '199405242020101001')
         where supervisor_id = (select id from employee where nip = '197410281995051001')`);
      await run('a position standard is raised', `update position_requirement set required_level = 5
         where competency_id = (select id from competency where code = 'M02') and required_level = 3`);
      await run('a requirement is added and another removed',
        `insert into position_requirement (position_id, competency_id, required_level)
         select p.id, c.id, 2 from position p, competency c where p.code = 'PLK-ADM' and c.code = 'T-KES'
         on conflict do nothing`,
        `delete from position_requirement where position_id = (select id from position where code = 'FNG-GURU')
         and competency_id = (select id from competency where code = 'SK01')`);
      const open = `(select id from appraisal where status <> 'FINALIZED')`;
      await run('assessor results are withdrawn (the supervisor level counts again)',
        `delete from competency_assessment where rater_role = 'ASSESSOR' and level <= 3 and appraisal_id in ${open}`);
      await run('levels are revised', `update competency_assessment set level = 6 - level
         where rater_role in ('SUPERVISOR', 'SELF') and appraisal_id in ${open} and id % 3 = 0`);
      await run('a level is given by a named rater', `update competency_assessment set rater_id = (select min(id) from employee)
         where id in (select id from competency_assessment where rater_role = 'SUPERVISOR' and appraisal_id in ${open} order by id limit 25)`);
      await run('an appraisal is deleted with its levels',
        `delete from appraisal where id = (select max(id) from appraisal where status <> 'FINALIZED')`);
      await run('appraisals are finalised', `update appraisal set status = 'FINALIZED'
         where id in (select id from appraisal where status = 'ASSESSED' order by id limit 40)`);
      await run('training is recorded', `insert into training_record (employee_id, program_id, completed_on, hours_jp)
         select e.id, (select id from training_program where code = 'PL-TIK'), date '2025-03-01', 12 from employee e`);
      await run('a programme covers gaps nobody covered', `insert into training_program
         (code, title, competency_id, level_from, level_to, hours_jp, mode, cost_per_participant)
         select 'PL-KS', 'Kerja Sama Tim', id, 1, 4, 18, 'CLASSICAL', 1200000 from competency where code = 'M02'`);
      await run('a programme becomes shorter, changing the recommendation',
        `update training_program set hours_jp = 10 where code = 'PL-KOM-1B'`);
      await run('a competency changes category', `update competency set category = 'TECHNICAL' where code = 'SK01'`);
      await run('a dinas moves to another pemda (the closure is rebuilt as the importer does)',
        `update agency set parent_id = (select id from agency where code = 'MLF') where code = 'KDI-DINKES'`,
        ...AFTER_IMPORT_SQL);
      await run('levels are truncated', `truncate competency_assessment`);
    } finally {
      await client.end();
    }
  });

  it('stays in step when two transactions change the same employee at once', async () => {
    const [employee] = await ids(`select a.employee_id as id from appraisal a join employee e on e.id = a.employee_id and e.active
      where a.status <> 'FINALIZED' order by a.employee_id limit 1`);
    const one = new pg.Client({ connectionString: loaded.db.url });
    const two = new pg.Client({ connectionString: loaded.db.url });
    await Promise.all([one.connect(), two.connect()]);
    try {
      const insert = (client: pg.Client, role: string, level: number) => client.query(
        `insert into competency_assessment (appraisal_id, competency_id, rater_role, level)
         select a.id, r.competency_id, $2, $3 from appraisal a join employee e on e.id = a.employee_id
         join position_requirement r on r.position_id = e.position_id where a.employee_id = $1 and a.status <> 'FINALIZED'
         on conflict (appraisal_id, competency_id, rater_role) do update set level = excluded.level`, [employee, role, level]);
      await one.query('begin');
      await insert(one, 'SUPERVISOR', 2);
      await two.query('begin');
      const second = insert(two, 'ASSESSOR', 5).then(() => two.query('commit'));
      // The second waits for the first (same employee) and recomputes after it commits.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await one.query('commit');
      await second;
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
    await expectInStep('after concurrent writers');
  });

  it('gives the same aggregates from the facts as from the base tables', async () => {
    for (const cycleId of await ids(`select id from cycle`)) {
      for (const agencyId of await ids(`select id from agency order by code`)) {
        const scope = { cycleId, agencyId };
        expect(await summary(sql, scope)).toEqual(await baseTableTruth.summary(sql, scope));
        expect(await talentBoxes(sql, scope)).toEqual(await baseTableTruth.talentBoxes(sql, scope));
        expect(await raterLeniency(sql, scope, { first: 100 })).toEqual(await baseTableTruth.raterLeniency(sql, scope, { first: 100 }));
      }
    }
  });
});

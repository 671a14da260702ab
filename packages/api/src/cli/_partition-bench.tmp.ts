// Scratch measurement (not committed): analytics_pair_fact plain vs partitioned by cycle (LIST).
import pg from 'pg';
import { sqlFromPg, type SqlClient } from '../common/database/sql.js';
import { gapEmployees } from '../analytics/gap-employees.query.js';
import { summary, trend } from '../analytics/summary.query.js';
import { competencyGaps } from '../analytics/competency-gaps.query.js';
import { talentBoxes } from '../analytics/talent-boxes.query.js';
import { analyticsDrift } from '../analytics/analytics-refresh.js';

const url = process.argv[2]!;
const rounds = 20;
const pool = new pg.Pool({ connectionString: url, max: 1 });
const sql = sqlFromPg(pool);
const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
async function time<T>(f: () => Promise<T>): Promise<number> { const t = process.hrtime.bigint(); await f(); return Number(process.hrtime.bigint() - t) / 1e6; }
async function series(name: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await f();
  const s: number[] = [];
  for (let i = 0; i < rounds; i++) s.push(await time(f));
  s.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(40)} p50 ${pct(s, 50).toFixed(1).padStart(7)} ms  p95 ${pct(s, 95).toFixed(1).padStart(7)} ms`);
}

const [cycle] = await sql.query<{ id: number }>('select id from cycle order by start_month desc limit 1');
const [root] = await sql.query<{ id: number }>(`select a.id from agency a join agency_closure c on c.ancestor_id = a.id join employee e on e.agency_id = c.descendant_id where a.parent_id is null group by a.id order by count(*) desc limit 1`);
const [comp] = await sql.query<{ id: number }>(`select id from competency where code = 'M07'`);
// A supervisor's team (direct and indirect reports) of a few hundred people, for the team scope.
const [boss] = await sql.query<{ id: number; agency_id: number }>(`select e.id, e.agency_id from employee e where e.position_id in (select id from position where code = 'JPT-KADIS') order by e.id limit 1`);
const team = (await sql.query<{ id: number }>(`with recursive t(id) as (select id from employee where supervisor_id = $1 union select e.id from employee e join t on e.supervisor_id = t.id) select id from t`, [boss!.id])).map((r) => r.id).sort((a, b) => a - b);
const scope = { cycleId: cycle!.id, agencyId: root!.id };
const teamScope = { cycleId: cycle!.id, agencyId: boss!.agency_id, employeeIds: team };
const levels = (await sql.query<{ id: number }>(`select ca.id from competency_assessment ca join appraisal a on a.id = ca.appraisal_id
  where ca.rater_role = 'SUPERVISOR' and a.status <> 'FINALIZED' and a.cycle_id = $1 order by ca.id desc limit 40`, [cycle!.id])).map((r) => r.id);

async function measure(label: string) {
  console.log(`${label}:`);
  const [size] = await sql.query<{ size: string }>(`select pg_size_pretty(pg_total_relation_size('analytics_pair_fact') + coalesce((select sum(pg_total_relation_size(inhrelid)) from pg_inherits where inhparent = 'analytics_pair_fact'::regclass), 0)) as size`);
  console.log(`  analytics_pair_fact size ${size!.size}; team of ${team.length}`);
  await series('gapEmployees first 50 (pair facts)', () => gapEmployees(sql, scope, comp!.id, { first: 50 }));
  await series('summary, team scope (pair facts)', () => summary(sql, teamScope));
  await series('trend, team scope (pair facts, 3 cycles)', () => trend(sql, teamScope));
  await series('competencyGaps, team scope', () => competencyGaps(sql, teamScope, 'COMPETENCY'));
  await series('talentBoxes, team scope', () => talentBoxes(sql, teamScope));
  await series('summary, pemda (cubes only)', () => summary(sql, scope));
  const client = await pool.connect();
  const writes: number[] = [];
  for (const id of levels) {
    await client.query('begin');
    writes.push(await time(() => client.query('update competency_assessment set level = 6 - level where id = $1', [id])));
    await client.query('rollback');
  }
  writes.sort((a, b) => a - b);
  console.log(`  ${'one SUPERVISOR level update + triggers'.padEnd(40)} p50 ${pct(writes, 50).toFixed(1).padStart(7)} ms  p95 ${pct(writes, 95).toFixed(1).padStart(7)} ms`);
  await client.query('begin');
  const rebuild = await time(() => client.query('select analytics_rebuild()'));
  await client.query('commit');
  client.release();
  console.log(`  ${'analytics_rebuild() (all facts + cubes)'.padEnd(40)} ${(rebuild / 1000).toFixed(1)} s`);
  await sql.query('analyze');
}

await sql.query('analyze');
await measure('plain analytics_pair_fact');
const cycles = await sql.query<{ id: number }>('select id from cycle order by id');
await sql.query(`create table analytics_pair_fact_p (like analytics_pair_fact including defaults) partition by list (cycle_id)`);
for (const c of cycles) await sql.query(`create table analytics_pair_fact_p_${c.id} partition of analytics_pair_fact_p for values in (${c.id})`);
await sql.query(`create table analytics_pair_fact_p_default partition of analytics_pair_fact_p default`);
await sql.query(`insert into analytics_pair_fact_p select * from analytics_pair_fact`);
await sql.query(`alter table analytics_pair_fact_p add primary key (employee_id, cycle_id, competency_id)`);
await sql.query(`create index on analytics_pair_fact_p (agency_id)`);
await sql.query(`create index on analytics_pair_fact_p (competency_id, cycle_id, agency_id) where gap >= 1`);
const views = await sql.query<{ v: string }>(`select distinct c.relname as v from pg_depend d join pg_rewrite r on r.oid = d.objid join pg_class c on c.oid = r.ev_class
  where d.refobjid = 'analytics_pair_fact'::regclass and c.relname <> 'analytics_pair_fact'`);
console.log(`views over analytics_pair_fact: ${views.map((v) => v.v).join(', ') || 'none'}`);
await sql.query(`alter table analytics_pair_fact rename to analytics_pair_fact_plain`);
await sql.query(`alter table analytics_pair_fact_p rename to analytics_pair_fact`);
await sql.query('analyze');
const drift = await analyticsDrift(sql);
console.log(`drift after swap: pair ${drift.analytics_pair_fact}`);
await measure(`partitioned by cycle (LIST, ${cycles.length} partitions + default)`);
const drift2 = await analyticsDrift(sql);
console.log(`drift after the rebuild into partitions: ${JSON.stringify(drift2)}`);
await pool.end();

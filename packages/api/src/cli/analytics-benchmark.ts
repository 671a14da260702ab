/*
 * Latency of the dashboard queries on a large database (target: p95 < 100 ms at a pemda with
 * 100,000 employees × 3 annual cycles), the cost of a single write through the triggers, and —
 * with --truth — a check that the facts give the same figures as the base tables.
 *
 *   cd packages/api && npx tsx src/cli/analytics-benchmark.ts \
 *     [--url postgresql://postgres@127.0.0.1:5432/kinerja_bench_analytics] [--generate 100000] [--rounds 15] [--truth]
 *
 * --generate N drops and recreates the database, generates the demo dataset with N employees and
 * imports it as a bulk load (triggers stand aside, one rebuild before commit).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openOrm } from '../app.js';
import { migrate } from '../common/database/orm.js';
import { sqlFromPg, type SqlClient } from '../common/database/sql.js';
import { generateDataset } from '../demo/generate-dataset.js';
import { importDataset } from '../modules/dataset/dataset-import.service.js';
import { refreshAnalyticsBeforeCommit, withBulkLoad } from '../analytics/analytics-refresh.js';
import type { AnalyticsScope } from '../analytics/analytics-scope.js';
import { competencyGaps } from '../analytics/competency-gaps.query.js';
import { competencyProfile } from '../analytics/competency-profile.query.js';
import { gapEmployees } from '../analytics/gap-employees.query.js';
import { baseTableTruth } from '../analytics/index.js';
import { raterLeniency } from '../analytics/rater-leniency.query.js';
import { agencyComparison, summary, trend } from '../analytics/summary.query.js';
import { talentBoxMembers, talentBoxes } from '../analytics/talent-boxes.query.js';
import { trainingEffectiveness, trainingEffectMembers } from '../analytics/training-effect.query.js';
import { trainingNeeds } from '../analytics/training-needs.query.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/kinerja_bench_analytics' },
    generate: { type: 'string' },
    rounds: { type: 'string', default: '15' },
    seed: { type: 'string', default: '42' },
    truth: { type: 'boolean', default: false },
  },
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await run();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

async function load(url: string, employees: number): Promise<void> {
  const target = new URL(url);
  const database = target.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${database}" with (force)`);
  await admin.query(`create database "${database}"`);
  await admin.end();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'kinerja-bench-'));
  try {
    const [generateMs] = await time(() => generateDataset({ outDir: folder, employees, seed: Number(args.seed) }));
    const orm = await openOrm(url);
    await migrate(orm);
    await orm.close();
    const [importMs, report] = await time(() =>
      importDataset(withBulkLoad(url), folder, { beforeCommit: refreshAnalyticsBeforeCommit }));
    if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.errors.slice(0, 5))}`);
    console.log(`generated ${employees} employees in ${Math.round(generateMs)} ms; bulk import + rebuild in ${Math.round(importMs)} ms`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

type Query = (sql: SqlClient, scope: AnalyticsScope) => Promise<unknown>;

async function main(): Promise<void> {
  const url = args.url!;
  if (args.generate) await load(url, Number(args.generate));
  else {
    const orm = await openOrm(url);
    await migrate(orm);
    await orm.close();
  }
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const sql = sqlFromPg(pool);
  const [{ cycle_id: cycleId }] = await sql.query<{ cycle_id: number }>(`select id as cycle_id from cycle order by start_month desc limit 1`) as [{ cycle_id: number }];
  const pemdas = await sql.query<{ id: number; code: string; employees: number }>(`
    select a.id, a.code, count(e.id)::int as employees from agency a
    join agency_closure c on c.ancestor_id = a.id left join employee e on e.agency_id = c.descendant_id and e.active
    where a.parent_id is null group by a.id, a.code order by a.code`);
  const [facts] = await sql.query<{ employees: number; assessments: number; pairs: number; cube: number }>(`
    select (select count(*)::int from employee) as employees, (select count(*)::int from competency_assessment) as assessments,
      (select count(*)::int from analytics_pair_fact) as pairs, (select count(*)::int from analytics_gap_cube) as cube`);
  console.log(`database: ${JSON.stringify(facts)}; pemdas: ${pemdas.map((p) => `${p.code} ${p.employees}`).join(', ')}`);
  const [{ id: competencyId }] = await sql.query<{ id: number }>(`select id from competency where code = 'M07'`) as [{ id: number }];
  const [effectProgram] = await sql.query<{ id: number }>(
    `select program_id as id from analytics_effect_fact where cycle_id = $1 and program_id is not null
     group by program_id order by count(*) desc limit 1`, [cycleId]);
  const [{ id: employeeId }] = await sql.query<{ id: number }>(`select employee_id as id from appraisal where cycle_id = $1 limit 1`, [cycleId]) as [{ id: number }];

  const queries: [string, Query][] = [
    ['summary', (s, scope) => summary(s, scope)],
    ['agencyComparison', (s, scope) => agencyComparison(s, scope)],
    ['trend (3 cycles)', (s, scope) => trend(s, scope)],
    ['competencyGaps COMPETENCY', (s, scope) => competencyGaps(s, scope, 'COMPETENCY')],
    ['competencyGaps AGENCY', (s, scope) => competencyGaps(s, scope, 'AGENCY')],
    ['trainingNeeds (+20 JP)', (s, scope) => trainingNeeds(s, scope)],
    ['talentBoxes', (s, scope) => talentBoxes(s, scope)],
    ['talentBoxMembers p1', (s, scope) => talentBoxMembers(s, scope, 5, { first: 50 })],
    ['raterLeniency p1', (s, scope) => raterLeniency(s, scope, { first: 50 })],
    ['gapEmployees p1', (s, scope) => gapEmployees(s, scope, competencyId, { first: 50 })],
    ['trainingEffectiveness', (s, scope) => trainingEffectiveness(s, scope)],
    ['trainingEffectMembers p1', (s, scope) => trainingEffectMembers(s, scope, effectProgram?.id ?? 0, { first: 50 })],
    ['summary, filtered', (s, scope) => summary(s, { ...scope, positionTypes: ['PELAKSANA', 'FUNGSIONAL'], employmentTypes: ['PNS'], competencyCategories: ['MANAGERIAL'] })],
    ['competencyProfile', (s) => competencyProfile(s, employeeId, cycleId)],
  ];
  const scopes = pemdas.map((p) => ({ cycleId, agencyId: p.id }));
  for (const scope of scopes) for (const [, query] of queries) await query(sql, scope); // warm up
  const rounds = Number(args.rounds);
  console.log(`\nlatency at pemda scope, ${rounds} rounds × ${scopes.length} pemdas, one connection (ms)`);
  console.log('query'.padEnd(28), 'p50'.padStart(7), 'p95'.padStart(7), 'max'.padStart(7));
  for (const [name, query] of queries) {
    const samples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const scope of scopes) samples.push((await time(() => query(sql, scope)))[0]);
    }
    samples.sort((a, b) => a - b);
    console.log(name.padEnd(28), ...[50, 95, 100].map((p) => percentile(samples, p).toFixed(1).padStart(7)));
  }

  // One level written as the API would: a statement on competency_assessment, its trigger included.
  const writes: number[] = [];
  const levels = await sql.query<{ id: number }>(`select ca.id from competency_assessment ca join appraisal a on a.id = ca.appraisal_id
    where ca.rater_role = 'SUPERVISOR' and a.status <> 'FINALIZED' order by ca.id desc limit ${rounds * 4}`);
  const client = await pool.connect();
  try {
    for (const { id } of levels) {
      await client.query('begin');
      writes.push((await time(() => client.query(`update competency_assessment set level = 6 - level where id = $1`, [id])))[0]);
      await client.query('rollback');
    }
  } finally {
    client.release();
  }
  writes.sort((a, b) => a - b);
  console.log(`\none SUPERVISOR level update incl. trigger: p50 ${percentile(writes, 50).toFixed(1)} ms, p95 ${percentile(writes, 95).toFixed(1)} ms`);

  if (args.truth) {
    const scope = scopes[0]!;
    const pairs: [string, Query, Query][] = [
      ['summary', summary, baseTableTruth.summary],
      ['agencyComparison', agencyComparison, baseTableTruth.agencyComparison],
      ['talentBoxes', talentBoxes, baseTableTruth.talentBoxes],
      ['trainingNeeds', trainingNeeds, baseTableTruth.trainingNeeds],
      ['trainingEffectiveness', trainingEffectiveness, baseTableTruth.trainingEffectiveness],
      ['raterLeniency', (s, sc) => raterLeniency(s, sc, { first: 100 }), (s, sc) => baseTableTruth.raterLeniency(s, sc, { first: 100 })],
    ];
    for (const [name, fast, slow] of pairs) {
      const [fastMs, a] = await time(() => fast(sql, scope));
      const [slowMs, b] = await time(() => slow(sql, scope));
      console.log(`${name}: facts ${fastMs.toFixed(0)} ms, base tables ${slowMs.toFixed(0)} ms, equal: ${JSON.stringify(a) === JSON.stringify(b)}`);
    }
    const [gapFast, g1] = await time(() => competencyGaps(sql, scope, 'AGENCY'));
    const [gapSlow, g2] = await time(() => baseTableTruth.competencyGaps(sql, scope, 'AGENCY'));
    console.log(`competencyGaps AGENCY: facts ${gapFast.toFixed(0)} ms, base tables ${gapSlow.toFixed(0)} ms, equal: ${JSON.stringify(g1) === JSON.stringify(g2)}`);
  }
  await pool.end();
}

await main();

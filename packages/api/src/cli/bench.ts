import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { Role } from '@kinerja/shared';
import {
  agencyComparison, baseTableTruth, competencyGaps, raterLeniency, summary, talentBoxes, trainingEffectiveness, trainingNeeds, trend,
  type AnalyticsScope,
} from '../analytics/index.js';
import { TokenService } from '../common/auth/token.js';
import { loadLimits } from '../common/config.js';
import { openOrm } from '../app.js';
import { apiOrmOptions, migrate } from '../common/database/orm.js';
import { isQueryCanceled } from '../common/database/query-deadline.js';
import { sqlFromPg, type SqlClient } from '../common/database/sql.js';
import { generateDataset } from '../demo/generate-dataset.js';
import { AccountService } from '../modules/account/account.service.js';
import { importDataset } from '../modules/dataset/dataset-import.service.js';
import { startServer } from '../server.js';
import { runAbuseBench } from './bench-abuse.js';
import { drop, logPhases, plainCopy, recreate } from './bench-import.js';
import { measureRatingWrites } from './bench-rating-write.js';

export interface BenchOptions {
  /** Database to (re)create for the benchmark, on the server of `serverUrl`. */
  serverUrl: string;
  database: string;
  employees: number;
  seed: number;
  rounds: number;
  /** Runs of the base-table computation per query (timed on the first sampled scope). */
  truthRounds: number;
  /** Pemdas (largest first) whose figures are checked against the base tables; default 1 (the pemda scope). */
  truthScopes?: number;
  /** Stop checking against the base tables after this many minutes (the rest is reported as not checked). */
  truthMinutes?: number;
  /** Supervisor rating writes timed (default 20). */
  writes?: number;
  /** Keep an existing benchmark database of the same size instead of regenerating it. */
  reuse: boolean;
  /** Also load the generated files by plain COPY (the ratio) and print the import's phases. */
  verbose?: boolean;
  /** Instead of the latency table: a normal user's overview p95, quiet and while another account floods. */
  abuse?: boolean;
  log: (line: string) => void;
}

interface BenchQuery {
  name: string;
  /** The GraphQL field the dashboard asks for, with its filter as `$f`. */
  field: string;
  /** The same figures from the facts, and from a plain GROUP BY over the base tables. */
  facts: (sql: SqlClient, scope: AnalyticsScope) => Promise<unknown>;
  truth: (sql: SqlClient, scope: AnalyticsScope) => Promise<unknown>;
}

const QUERIES: BenchQuery[] = [
  {
    name: 'analyticsSummary',
    field: 'analyticsSummary(filter: $f) { headcount appraisals finalized completionRate fitIndex gapRate selfSupervisorDiff jp20Compliance predicateDistribution { predicate count share } }',
    facts: summary, truth: baseTableTruth.summary,
  },
  {
    name: 'competencyGaps(COMPETENCY)',
    field: 'competencyGaps(filter: $f) { competency { code } assessed unassessed withGap gapRate meanGap burden }',
    facts: (s, sc) => competencyGaps(s, sc, 'COMPETENCY'), truth: (s, sc) => baseTableTruth.competencyGaps(s, sc, 'COMPETENCY'),
  },
  {
    name: 'competencyGaps(AGENCY)',
    field: 'competencyGaps(filter: $f, groupBy: AGENCY) { agency { code } competency { code } assessed withGap gapRate meanGap burden }',
    facts: (s, sc) => competencyGaps(s, sc, 'AGENCY'), truth: (s, sc) => baseTableTruth.competencyGaps(s, sc, 'AGENCY'),
  },
  {
    name: 'trainingNeeds',
    field: 'trainingNeeds(filter: $f) { jp20Compliance needs { competency { code } employeesWithGap burden estimatedHoursJp estimatedCost uncoveredEmployees programs { program { code } participants } } }',
    facts: trainingNeeds, truth: baseTableTruth.trainingNeeds,
  },
  {
    name: 'trainingEffectiveness',
    field: 'trainingEffectiveness(filter: $f) { program { code title } competency { code } trained comparison meanGapBefore meanGapAfter closedRate meanLevelChange comparisonMeanLevelChange effect costPerClosedGap suppressed }',
    facts: trainingEffectiveness, truth: baseTableTruth.trainingEffectiveness,
  },
  {
    name: 'agencyComparison',
    field: 'agencyComparison(filter: $f) { agency { code } grouping headcount finalized completionRate fitIndex gapRate jp20Compliance predicateDistribution { predicate count } }',
    facts: agencyComparison, truth: baseTableTruth.agencyComparison,
  },
  {
    name: 'trend',
    field: 'trend(filter: $f) { cycle { code } headcount finalized completionRate fitIndex jp20Compliance }',
    facts: trend, truth: baseTableTruth.trend,
  },
  {
    name: 'talentBoxes',
    field: 'talentBoxes(filter: $f) { placed boxes { box count } }',
    facts: talentBoxes, truth: baseTableTruth.talentBoxes,
  },
  {
    name: 'raterLeniency',
    field: 'raterLeniency(filter: $f, first: 50) { totalCount nodes { ratings meanGiven difference flagged } }',
    facts: (s, sc) => raterLeniency(s, sc, { first: 50 }), truth: (s, sc) => baseTableTruth.raterLeniency(s, sc, { first: 50 }),
  },
];

/** Issue #13's targets at 1,000,000 employees. */
export const TARGETS = { pemdaP95Ms: 50, nationalP95Ms: 150, writeP95Ms: 20 } as const;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(1).padStart(8);
const seconds = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await run();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

interface Prepared {
  url: string;
  /** Null when an existing database was reused. */
  generateMs: number | null;
  importMs: number | null;
}

/** Creates (or, with `reuse`, keeps) the benchmark database with a generated dataset of the requested size. */
async function prepare(options: BenchOptions): Promise<Prepared> {
  const url = databaseUrl(options.serverUrl, options.database);
  const admin = new pg.Client({ connectionString: databaseUrl(options.serverUrl, 'postgres') });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [options.database])).rowCount === 1;
    if (exists && options.reuse) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ n: string }>('select count(*) as n from employee').catch(() => ({ rows: [{ n: '0' }] }));
      await client.end();
      if (Number(rows[0]?.n) === options.employees) {
        options.log(`Reusing ${options.database} (${options.employees} employees).`);
        return { url, generateMs: null, importMs: null };
      }
    }
    await admin.query(`drop database if exists "${options.database}" with (force)`);
    await admin.query(`create database "${options.database}"`);
  } finally {
    await admin.end();
  }
  const orm = await openOrm(url);
  await migrate(orm);
  await orm.close();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'kinerja-bench-'));
  try {
    // The generator streams every file (memory grows with the roster only: a few bytes per employee).
    const [generateMs] = await timed(() => generateDataset({ outDir: folder, employees: options.employees, seed: options.seed }));
    options.log(`Generated ${options.employees} employees in ${seconds(generateMs)} (peak RSS so far ${peakRssMiB()} MiB).`);
    let copyMs: number | null = null;
    if (options.verbose) {
      // The disk's floor beside the import, as `bench --import` measures it (bench-import.ts).
      const copyDatabase = `${options.database}_copy`;
      const copyUrl = await recreate(options.serverUrl, copyDatabase);
      const [ms, rows] = await timed(() => plainCopy(copyUrl, folder));
      await drop(options.serverUrl, copyDatabase);
      copyMs = ms;
      options.log(`Plain COPY of ${rows.toLocaleString('en')} rows into unindexed tables: ${seconds(ms)}.`);
    }
    const phases: [string, number][] = [];
    const [importMs, report] = await timed(() => importDataset(url, folder, { onPhase: (name, ms) => phases.push([name, ms]) }));
    if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.errors.slice(0, 5))}`);
    options.log(`Imported (bulk load + analytics rebuild) in ${seconds(importMs)} (peak RSS so far ${peakRssMiB()} MiB).`);
    if (options.verbose) {
      logPhases(phases, importMs, options.log);
      options.log(`Ratio import / COPY: ${(importMs / copyMs!).toFixed(1)}× (target ≤ 10×).`);
    }
    return { url, generateMs, importMs };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

interface Pemda {
  id: number;
  code: string;
  employees: number;
}

/** One request asking for `field` once per pemda (aliases p0, p1, …), each with its own filter. */
function nationalRequest(field: string, pemdas: readonly Pemda[], cycleCode: string) {
  const variables = Object.fromEntries(pemdas.map((p, i) => [`f${i}`, { cycleCode, agencyCode: p.code }]));
  const declared = pemdas.map((_, i) => `$f${i}: AnalyticsFilter!`).join(', ');
  const fields = pemdas.map((_, i) => `p${i}: ${field.replace(/\$f\b/g, `$f${i}`)}`).join(' ');
  return { query: `query(${declared}) { ${fields} }`, variables };
}

interface LatencyRow {
  name: string;
  pemda: number[];
  national: number[];
}

interface TruthRow {
  name: string;
  /** Milliseconds of each base-table run on the first sampled scope. */
  base: number[];
  same: boolean | null;
  checkedScopes: number;
}

/**
 * One query's figures from the base tables (on `truthClient`, timed `rounds` times on the first
 * sampled pemda) compared with the facts' (on `sql`), pemda by pemda until the deadline: the
 * connection's statement_timeout is what is left, so a GROUP BY still running then is cancelled.
 */
async function checkAgainstBaseTables(q: BenchQuery, sample: Pemda[], context: {
  truthClient: pg.PoolClient; sql: SqlClient; cycleId: number; rounds: number; deadline: number;
}): Promise<TruthRow> {
  const { truthClient, sql } = context;
  const truthSql = sqlFromPg(truthClient);
  const row: TruthRow = { name: q.name, base: [], same: null, checkedScopes: 0 };
  for (const [s, pemda] of sample.entries()) {
    const left = context.deadline - Date.now();
    if (left <= 0) break;
    if (Number.isFinite(left)) await truthClient.query(`select set_config('statement_timeout', $1, false)`, [`${Math.ceil(left)}ms`]);
    const scope: AnalyticsScope = { cycleId: context.cycleId, agencyId: pemda.id };
    let truth: unknown;
    try {
      for (let i = 0; i < (s === 0 ? context.rounds : 1); i += 1) {
        const [t, result] = await timed(() => q.truth(truthSql, scope));
        if (s === 0) row.base.push(t);
        truth = result;
      }
    } catch (error) {
      if (isQueryCanceled(error)) break; // the budget ran out
      throw error;
    }
    row.same = (row.same ?? true) && isDeepStrictEqual(await q.facts(sql, scope), truth);
    row.checkedScopes += 1;
  }
  row.base.sort((a, b) => a - b);
  return row;
}

/**
 * `pnpm kinerja bench`: latency of every dashboard query through the GraphQL endpoint (p50/p95
 * over repeated runs) for a pemda scope (the largest pemda) and for the national scope (every
 * pemda, one request), the time of a supervisor rating write with its cube maintenance, and
 * whether the figures equal a plain GROUP BY over the base tables for a sample of pemdas. Ends
 * with a summary against issue #13's targets, the total time and the process's peak RSS.
 */
export async function runBench(options: BenchOptions): Promise<void> {
  const benchStarted = process.hrtime.bigint();
  const prepared = await prepare(options);
  const { url } = prepared;
  if (options.abuse) {
    await runAbuseBench({ url, log: options.log, samples: options.rounds, floodConcurrency: 16, floodMaxRequests: 20_000, floodSeconds: 20 });
    return;
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const sql = sqlFromPg(pool);
  // The server as `kinerja start` runs it, except that the benchmark's own rounds are not a flood.
  const limits = { ...loadLimits(), budgetPoints: 1e9 };
  const orm = await openOrm(url, apiOrmOptions(limits));
  const tokens = new TokenService(`bench-${Date.now()}-${'x'.repeat(32)}`);
  const username = `bench.${Date.now().toString(36)}`;
  const password = 'benchmark-password';
  await new AccountService(orm.em.fork()).create({ username, password, roles: Role.ADMIN });
  const server = await startServer({ orm, tokens, port: 0, host: '127.0.0.1', production: true, limits });
  try {
    const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json() as { data?: Record<string, unknown>; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data!;
    };
    const session = await post('mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { token } }', { i: { username, password } });
    const token = (session.sessionCreate as { token: string }).token;

    const pemdas = await sql.query<Pemda>(`
      select a.id, a.code, count(e.id)::int as employees from agency a
      join agency_closure c on c.ancestor_id = a.id join employee e on e.agency_id = c.descendant_id and e.active
      where a.parent_id is null group by a.id, a.code order by employees desc, a.code`);
    const [cycle] = await sql.query<{ id: number; code: string }>('select id, code from cycle order by start_month desc limit 1');
    const [size] = await sql.query<{ employees: number; assessments: number }>(
      'select (select count(*)::int from employee) as employees, (select count(*)::int from competency_assessment) as assessments');
    const root = pemdas[0];
    if (!root || !cycle || !size) throw new Error('the benchmark database is empty');
    const national = pemdas.reduce((n, p) => n + p.employees, 0);
    options.log(`\nDatabase: ${size.employees} employees, ${size.assessments} competency levels, cycle ${cycle.code}, ${options.rounds} rounds per query.`);
    options.log(`Pemda scope: ${root.code} (${root.employees} active employees). National scope: all ${pemdas.length} pemdas `
      + `(${national} active employees) in one request, one field per pemda (a scope is one agency subtree).\n`);

    // 1. Latency through GraphQL.
    options.log(`${'query'.padEnd(28)}${'pemda p50'.padStart(10)}${'p95'.padStart(9)}${'national p50'.padStart(16)}${'p95'.padStart(9)}`);
    const latency: LatencyRow[] = [];
    for (const q of QUERIES) {
      const pemdaRequest = { query: `query($f: AnalyticsFilter!) { ${q.field} }`, variables: { f: { cycleCode: cycle.code, agencyCode: root.code } } };
      const nationalReq = nationalRequest(q.field, pemdas, cycle.code);
      const row: LatencyRow = { name: q.name, pemda: [], national: [] };
      for (const [request, samples] of [[pemdaRequest, row.pemda], [nationalReq, row.national]] as const) {
        for (let i = 0; i < 3; i += 1) await post(request.query, request.variables, token); // warm-up
        for (let i = 0; i < options.rounds; i += 1) samples.push((await timed(() => post(request.query, request.variables, token)))[0]);
        samples.sort((a, b) => a - b);
      }
      latency.push(row);
      options.log(`${q.name.padEnd(28)}${ms(percentile(row.pemda, 50))}${ms(percentile(row.pemda, 95)).padStart(9)} ms`
        + `${ms(percentile(row.national, 50)).padStart(13)}${ms(percentile(row.national, 95)).padStart(9)} ms`);
    }

    // 2. Supervisor rating writes, cube maintenance included.
    const writeTimes = await measureRatingWrites(orm, options.writes ?? 20);
    const writes = writeTimes.statements.sort((a, b) => a - b);
    const writeTotals = writeTimes.total.sort((a, b) => a - b);
    const writesCpu = writeTimes.statementsCpu.sort((a, b) => a - b);
    if (writes.length > 0) {
      options.log(`\nSupervisor rating (the levels of one appraisal and its ratings, as appraisalAssess writes them), ${writes.length} writes:`);
      options.log(`  write statements with the triggers updating facts and cubes: p50 ${percentile(writes, 50).toFixed(1)} ms, p95 ${percentile(writes, 95).toFixed(1)} ms`);
      if (writesCpu.length > 0) {
        options.log(`  the database's CPU time for those statements:                 p50 ${percentile(writesCpu, 50).toFixed(1)} ms, p95 ${percentile(writesCpu, 95).toFixed(1)} ms`);
      }
      options.log(`  the whole transaction (its reads, the statements, commit):   p50 ${percentile(writeTotals, 50).toFixed(1)} ms, p95 ${percentile(writeTotals, 95).toFixed(1)} ms`);
      const { first } = writeTimes;
      if (first) {
        options.log(`  not counted above, the connection's first rating (it also plans the triggers' statements): ${first.statements.toFixed(1)} ms`
          + (first.statementsCpu === undefined ? '' : `, database CPU ${first.statementsCpu.toFixed(1)} ms`));
      }
    } else {
      options.log('\nNo self-assessed appraisal left in the latest cycle: no rating write measured.');
    }

    // 3. The same figures from the base tables, for a sample of pemdas (after the writes: the
    //    incremental maintenance must have kept every figure exact).
    const sample = pemdas.slice(0, Math.max(1, options.truthScopes ?? 1));
    const budgetMs = (options.truthMinutes ?? Infinity) * 60_000;
    const truthStarted = Date.now();
    options.log(`\nBase tables vs facts for ${sample.map((p) => p.code).join(', ')} (a plain GROUP BY over the source views; `
      + `${Number.isFinite(budgetMs) ? `at most ${options.truthMinutes} min` : 'no time limit'}):`);
    options.log(`${'query'.padEnd(28)}${'base SQL p50'.padStart(14)}${'p95'.padStart(10)}  same result`);
    const truths: TruthRow[] = [];
    // The base-table queries run on a connection of their own whose statement_timeout is what is
    // left of the budget: one GROUP BY can take many minutes at 1,000,000, and the budget bounds the run.
    const truthClient = await pool.connect();
    try {
      for (const q of QUERIES) {
        const row = await checkAgainstBaseTables(q, sample, { truthClient, sql, cycleId: cycle.id, rounds: options.truthRounds,
          deadline: truthStarted + budgetMs });
        truths.push(row);
        options.log(`${q.name.padEnd(28)}${row.base.length ? `${ms(percentile(row.base, 50)).padStart(11)} ms${ms(percentile(row.base, 95)).padStart(8)} ms` : '         —          —   '}`
          + `  ${row.same === null ? 'not checked (time limit)' : row.same ? `yes (${row.checkedScopes} scope${row.checkedScopes === 1 ? '' : 's'})` : 'NO'}`);
      }
    } finally {
      await truthClient.query('reset statement_timeout').catch(() => undefined);
      truthClient.release();
    }

    // 4. Summary against the targets.
    const worst = (pick: (r: LatencyRow) => number[]) => latency.reduce((w, r) => (percentile(pick(r), 95) > percentile(pick(w), 95) ? r : w));
    const worstPemda = worst((r) => r.pemda);
    const worstNational = worst((r) => r.national);
    const checked = truths.filter((t) => t.same !== null);
    const mismatches = truths.filter((t) => t.same === false);
    const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const pemdaP95 = percentile(worstPemda.pemda, 95);
    const nationalP95 = percentile(worstNational.national, 95);
    const writeP95 = writes.length ? percentile(writes, 95) : NaN;
    options.log(`\nSummary at ${size.employees} employees`);
    const line = (label: string, value: string, target = '') => options.log(`  ${label.padEnd(36)}${value.padEnd(44)}${target}`.trimEnd());
    if (prepared.generateMs !== null) line('generate', seconds(prepared.generateMs));
    if (prepared.importMs !== null) line('import (checks, merge, rebuild)', seconds(prepared.importMs));
    line('pemda scope, slowest p95', `${pemdaP95.toFixed(1)} ms (${worstPemda.name})`, `≤ ${TARGETS.pemdaP95Ms} ms: ${mark(pemdaP95 <= TARGETS.pemdaP95Ms)}`);
    line('national scope, slowest p95', `${nationalP95.toFixed(1)} ms (${worstNational.name})`,
      `≤ ${TARGETS.nationalP95Ms} ms: ${mark(nationalP95 <= TARGETS.nationalP95Ms)}`);
    line('rating write, cube update p50 / p95', writes.length ? `${percentile(writes, 50).toFixed(1)} / ${writeP95.toFixed(1)} ms` : '—',
      writes.length ? `≤ ${TARGETS.writeP95Ms} ms: ${mark(writeP95 <= TARGETS.writeP95Ms)}` : '');
    if (writesCpu.length > 0) {
      const cpuP95 = percentile(writesCpu, 95);
      line('  the same, database CPU p50 / p95', `${percentile(writesCpu, 50).toFixed(1)} / ${cpuP95.toFixed(1)} ms`,
        `≤ ${TARGETS.writeP95Ms} ms: ${mark(cpuP95 <= TARGETS.writeP95Ms)}`);
    }
    line('equal to the base tables', `${checked.length - mismatches.length} of ${checked.length} queries checked`
      + (checked.length < truths.length ? ` (${truths.length - checked.length} not checked)` : ''), mismatches.length ? 'MISMATCH' : '');
    line('total elapsed', seconds(Number(process.hrtime.bigint() - benchStarted) / 1e6));
    line('peak RSS (generate, import, API)', `${peakRssMiB()} MiB`);
    if (mismatches.length > 0) process.exitCode = 1;
  } finally {
    await server.close();
    await orm.close();
    await pool.end();
  }
}

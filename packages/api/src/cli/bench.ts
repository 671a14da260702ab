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
import { sqlFromPg, type SqlClient } from '../common/database/sql.js';
import { generateDataset } from '../demo/generate-dataset.js';
import { AccountService } from '../modules/account/account.service.js';
import { importDataset } from '../modules/dataset/dataset-import.service.js';
import { startServer } from '../server.js';
import { runAbuseBench } from './bench-abuse.js';

export interface BenchOptions {
  /** Database to (re)create for the benchmark, on the server of `serverUrl`. */
  serverUrl: string;
  database: string;
  employees: number;
  seed: number;
  rounds: number;
  /** Runs of the base-table computation per query. */
  truthRounds: number;
  /** Keep an existing benchmark database of the same size instead of regenerating it. */
  reuse: boolean;
  /** Instead of the latency table: a normal user's overview p95, quiet and while another account floods. */
  abuse?: boolean;
  log: (line: string) => void;
}

interface BenchQuery {
  name: string;
  /** The GraphQL operation the dashboard sends. */
  graphql: string;
  /** The same figures from the facts, and from a plain GROUP BY over the base tables. */
  facts: (sql: SqlClient, scope: AnalyticsScope) => Promise<unknown>;
  truth: (sql: SqlClient, scope: AnalyticsScope) => Promise<unknown>;
}

const QUERIES: BenchQuery[] = [
  {
    name: 'analyticsSummary',
    graphql: 'query($f: AnalyticsFilter!) { analyticsSummary(filter: $f) { headcount appraisals finalized completionRate fitIndex gapRate selfSupervisorDiff jp20Compliance predicateDistribution { predicate count share } } }',
    facts: summary, truth: baseTableTruth.summary,
  },
  {
    name: 'competencyGaps(COMPETENCY)',
    graphql: 'query($f: AnalyticsFilter!) { competencyGaps(filter: $f) { competency { code } assessed unassessed withGap gapRate meanGap burden } }',
    facts: (s, sc) => competencyGaps(s, sc, 'COMPETENCY'), truth: (s, sc) => baseTableTruth.competencyGaps(s, sc, 'COMPETENCY'),
  },
  {
    name: 'competencyGaps(AGENCY)',
    graphql: 'query($f: AnalyticsFilter!) { competencyGaps(filter: $f, groupBy: AGENCY) { agency { code } competency { code } assessed withGap gapRate meanGap burden } }',
    facts: (s, sc) => competencyGaps(s, sc, 'AGENCY'), truth: (s, sc) => baseTableTruth.competencyGaps(s, sc, 'AGENCY'),
  },
  {
    name: 'trainingNeeds',
    graphql: 'query($f: AnalyticsFilter!) { trainingNeeds(filter: $f) { jp20Compliance needs { competency { code } employeesWithGap burden estimatedHoursJp estimatedCost uncoveredEmployees programs { program { code } participants } } } }',
    facts: trainingNeeds, truth: baseTableTruth.trainingNeeds,
  },
  {
    name: 'trainingEffectiveness',
    graphql: 'query($f: AnalyticsFilter!) { trainingEffectiveness(filter: $f) { program { code title } competency { code } trained comparison meanGapBefore meanGapAfter closedRate meanLevelChange comparisonMeanLevelChange effect costPerClosedGap suppressed } }',
    facts: trainingEffectiveness, truth: baseTableTruth.trainingEffectiveness,
  },
  {
    name: 'agencyComparison',
    graphql: 'query($f: AnalyticsFilter!) { agencyComparison(filter: $f) { agency { code } grouping headcount finalized completionRate fitIndex gapRate jp20Compliance predicateDistribution { predicate count } } }',
    facts: agencyComparison, truth: baseTableTruth.agencyComparison,
  },
  {
    name: 'trend',
    graphql: 'query($f: AnalyticsFilter!) { trend(filter: $f) { cycle { code } headcount finalized completionRate fitIndex jp20Compliance } }',
    facts: trend, truth: baseTableTruth.trend,
  },
  {
    name: 'talentBoxes',
    graphql: 'query($f: AnalyticsFilter!) { talentBoxes(filter: $f) { placed boxes { box count } } }',
    facts: talentBoxes, truth: baseTableTruth.talentBoxes,
  },
  {
    name: 'raterLeniency',
    graphql: 'query($f: AnalyticsFilter!) { raterLeniency(filter: $f, first: 50) { totalCount nodes { ratings meanGiven difference flagged } } }',
    facts: (s, sc) => raterLeniency(s, sc, { first: 50 }), truth: (s, sc) => baseTableTruth.raterLeniency(s, sc, { first: 50 }),
  },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(1).padStart(8);

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

/** Creates (or, with `reuse`, keeps) the benchmark database with a generated dataset of the requested size. */
async function prepare(options: BenchOptions): Promise<string> {
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
        return url;
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
    const [generateMs] = await timed(() => generateDataset({ outDir: folder, employees: options.employees, seed: options.seed }));
    options.log(`Generated ${options.employees} employees in ${(generateMs / 1000).toFixed(1)} s.`);
    const [importMs, report] = await timed(() => importDataset(url, folder));
    if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.errors.slice(0, 5))}`);
    options.log(`Imported (bulk load + analytics rebuild) in ${(importMs / 1000).toFixed(1)} s.`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return url;
}

/**
 * `pnpm kinerja bench`: latency of every dashboard query through the GraphQL endpoint (p50/p95
 * over repeated runs) beside the same figures computed by a plain GROUP BY over the base tables on
 * the same database, and whether the two agree.
 */
export async function runBench(options: BenchOptions): Promise<void> {
  const url = await prepare(options);
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

    const [root] = await sql.query<{ id: number; code: string; employees: number }>(`
      select a.id, a.code, count(e.id)::int as employees from agency a
      join agency_closure c on c.ancestor_id = a.id join employee e on e.agency_id = c.descendant_id and e.active
      where a.parent_id is null group by a.id, a.code order by employees desc, a.code limit 1`);
    const [cycle] = await sql.query<{ id: number; code: string }>('select id, code from cycle order by start_month desc limit 1');
    const [size] = await sql.query<{ employees: number; assessments: number }>(
      'select (select count(*)::int from employee) as employees, (select count(*)::int from competency_assessment) as assessments');
    if (!root || !cycle || !size) throw new Error('the benchmark database is empty');
    const scope: AnalyticsScope = { cycleId: cycle.id, agencyId: root.id };
    const filter = { cycleCode: cycle.code, agencyCode: root.code };
    options.log(`\nDatabase: ${size.employees} employees, ${size.assessments} competency levels. Scope: ${root.code} `
      + `(${root.employees} employees), cycle ${cycle.code}. ${options.rounds} rounds per query.\n`);
    options.log(`${'query'.padEnd(28)}${'GraphQL p50'.padStart(12)}${'p95'.padStart(9)}${'base SQL p50'.padStart(14)}${'p95'.padStart(9)}  same result`);

    let misses = 0;
    for (const q of QUERIES) {
      for (let i = 0; i < 3; i += 1) await post(q.graphql, { f: filter }, token); // warm-up
      const api: number[] = [];
      for (let i = 0; i < options.rounds; i += 1) api.push((await timed(() => post(q.graphql, { f: filter }, token)))[0]);
      const base: number[] = [];
      let truth: unknown;
      // The base-table computation takes seconds to minutes at scale: a few runs say enough.
      for (let i = 0; i < options.truthRounds; i += 1) {
        const [t, result] = await timed(() => q.truth(sql, scope));
        base.push(t);
        truth = result;
      }
      const same = isDeepStrictEqual(await q.facts(sql, scope), truth);
      api.sort((a, b) => a - b);
      base.sort((a, b) => a - b);
      if (percentile(api, 95) >= 100) misses += 1;
      options.log(`${q.name.padEnd(28)}${ms(percentile(api, 50))}${ms(percentile(api, 95)).padStart(9)} ms`
        + `${ms(percentile(base, 50)).padStart(11)}${ms(percentile(base, 95)).padStart(9)} ms  ${same ? 'yes' : 'NO'}`);
      if (!same) misses += 1;
    }
    options.log(misses === 0
      ? '\nEvery query: p95 under 100 ms through GraphQL, results identical to the base tables.'
      : `\n${misses} quer${misses === 1 ? 'y misses' : 'ies miss'} the target (p95 < 100 ms and identical results).`);
  } finally {
    await server.close();
    await orm.close();
    await pool.end();
  }
}

import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { Role } from '@kinerja/shared';
import { TokenService } from '../common/auth/token.js';
import { loadLimits, type Limits } from '../common/config.js';
import { openOrm } from '../app.js';
import { apiOrmOptions } from '../common/database/orm.js';
import { AccountService } from '../modules/account/account.service.js';
import { startServer } from '../server.js';

/*
 * `pnpm kinerja bench --abuse`: does one caller's flood slow everybody else down? A normal user
 * loads the dashboard overview while another account floods the API (wildcard searches and the
 * heaviest analytics, many at once, ignoring 429s) — bounded in count and time, loopback only.
 * The flood runs in a worker thread, so the flooding client's own work does not sit in the
 * server's event loop (a real attacker's client is on another machine).
 */

const OVERVIEW = `query($f: AnalyticsFilter!) {
  analyticsSummary(filter: $f) { headcount appraisals finalized completionRate fitIndex gapRate jp20Compliance selfSupervisorDiff suppressed predicateDistribution { predicate count share } }
  trend(filter: $f) { cycle { code } headcount appraisals finalized completionRate fitIndex gapRate jp20Compliance selfSupervisorDiff suppressed }
}`;

/** What the flooding account sends, round robin. */
const FLOOD = [
  { query: 'query($s: String) { employees(first: 1, filter: { search: $s }) { totalCount nodes { name } } }', search: '%_'.repeat(50) },
  { query: 'query($s: String) { employees(first: 1, filter: { search: $s }) { totalCount nodes { name } } }', search: '%_'.repeat(45_000) },
  { query: 'query($f: AnalyticsFilter!) { competencyGaps(filter: $f, groupBy: AGENCY) { agency { code } competency { code } withGap } }' },
  { query: 'query($f: AnalyticsFilter!) { trainingNeeds(filter: $f) { needs { competency { code } burden programs { program { code } } } } }' },
  { query: 'query($f: AnalyticsFilter!) { agencyComparison(filter: $f) { agency { code } fitIndex gapRate } }' },
  { query: 'query($f: AnalyticsFilter!) { raterLeniency(filter: $f, first: 50) { totalCount nodes { difference } } }' },
];

/** The flooding client (plain JavaScript: it runs in a worker thread from this source). */
const FLOOD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, filter, ops, concurrency, maxRequests, durationMs } = workerData;
const outcomes = {};
let sent = 0;
const until = Date.now() + durationMs;
async function loop() {
  while (Date.now() < until && sent < maxRequests) {
    const op = ops[sent++ % ops.length];
    let outcome;
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify({ query: op.query, variables: { f: filter, s: op.search } }) });
      const body = await response.json().catch(() => ({}));
      const code = body.errors && body.errors[0] && body.errors[0].extensions && body.errors[0].extensions.code;
      outcome = response.status + (code ? ' ' + code : '');
    } catch (error) {
      outcome = 'network error';
    }
    outcomes[outcome] = (outcomes[outcome] || 0) + 1;
  }
}
Promise.all(Array.from({ length: concurrency }, loop)).then(() => parentPort.postMessage({ sent, outcomes }));
`;

export interface AbuseOptions {
  /** The prepared benchmark database. */
  url: string;
  log: (line: string) => void;
  /** Overview loads measured per phase. */
  samples: number;
  floodConcurrency: number;
  floodMaxRequests: number;
  floodSeconds: number;
}

interface FloodResult { sent: number; outcomes: Record<string, number> }

const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
};

export async function runAbuseBench(options: AbuseOptions): Promise<void> {
  const admin = new pg.Client({ connectionString: options.url });
  await admin.connect();
  const [root] = (await admin.query<{ code: string }>('select code from agency where parent_id is null order by code limit 1')).rows;
  const [cycle] = (await admin.query<{ code: string }>('select code from cycle order by start_month desc limit 1')).rows;
  await admin.end();
  if (!root || !cycle) throw new Error('the benchmark database is empty');
  const filter = { cycleCode: cycle.code, agencyCode: root.code };

  const configured = loadLimits();
  const unlimited: Limits = { ...configured, budgetPoints: 1e9, callerConcurrency: 1e6, callerQueue: 1e6 };
  const phases: { name: string; limits: Limits }[] = [
    { name: 'no per-caller limits (before)', limits: unlimited },
    { name: 'concurrency cap only', limits: { ...configured, budgetPoints: 1e9 } },
    { name: 'all limits (configured)', limits: configured },
  ];
  const tokens = new TokenService(`bench-${Date.now()}-${'x'.repeat(32)}`);
  const stamp = Date.now().toString(36);
  const setup = await openOrm(options.url);
  // Each account signs in once, with a real session row as sessionCreate makes.
  const tokenOf = async (who: 'normal' | 'flooder') => {
    const service = new AccountService(setup.em.fork());
    const account = await service.create({ username: `bench.${who}.${stamp}`, password: 'benchmark-password', roles: Role.ADMIN });
    return (await service.openSession(account, tokens)).token;
  };
  const normalToken = await tokenOf('normal');
  const flooderToken = await tokenOf('flooder');
  await setup.close();

  options.log(`\nAbuse: overview (analyticsSummary + trend) of ${root.code}, cycle ${cycle.code}, ${options.samples} loads per measurement.`);
  options.log(`Flood: ${options.floodConcurrency} at once, at most ${options.floodMaxRequests} requests or ${options.floodSeconds} s, `
    + 'wildcard searches (100 and 90 000 characters) and heavy analytics, ignoring 429s.');
  options.log(`Limits: statement ${configured.statementTimeoutMs} ms, request ${configured.requestTimeoutMs} ms, pool ${configured.poolSize}, `
    + `budget ${configured.budgetPoints} points / ${configured.budgetWindowSeconds} s (analytics field ${configured.analyticsCost}), `
    + `${configured.callerConcurrency} at once per caller (+${configured.callerQueue} waiting).\n`);

  for (const phase of phases) {
    const orm = await openOrm(options.url, apiOrmOptions(phase.limits));
    const server = await startServer({ orm, tokens, port: 0, host: '127.0.0.1', production: true, limits: phase.limits });
    try {
      const overview = async () => {
        const started = performance.now();
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${normalToken}` },
          body: JSON.stringify({ query: OVERVIEW, variables: { f: filter } }),
        });
        const body = await response.json() as { errors?: { extensions?: { code?: string } }[] };
        const failed = response.status !== 200 || body.errors?.length ? String(body.errors?.[0]?.extensions?.code ?? response.status) : null;
        return { ms: performance.now() - started, failed };
      };
      const measure = async (stopWhen: () => boolean = () => false) => {
        const times: number[] = [];
        const failures: string[] = [];
        while (times.length < options.samples && !stopWhen()) {
          const { ms, failed } = await overview();
          times.push(ms);
          if (failed) failures.push(failed);
        }
        return { times, failures };
      };
      for (let i = 0; i < 5; i += 1) await overview(); // warm-up
      const quiet = await measure();
      let floodDone = false;
      const flood = new Promise<FloodResult>((resolve, reject) => {
        const worker = new Worker(FLOOD_WORKER, {
          eval: true,
          workerData: {
            url: `${server.url}/graphql`, token: flooderToken, filter, ops: FLOOD, concurrency: options.floodConcurrency,
            maxRequests: options.floodMaxRequests, durationMs: options.floodSeconds * 1000,
          },
        });
        worker.once('message', (result: FloodResult) => { floodDone = true; resolve(result); void worker.terminate(); });
        worker.once('error', reject);
      });
      await new Promise((resolve) => setTimeout(resolve, 500)); // let the flood build up
      const loaded = await measure(() => floodDone);
      const result = await flood;
      const quietP95 = p95(quiet.times);
      const loadedP95 = p95(loaded.times);
      options.log(`${phase.name}:`);
      options.log(`  normal user overview p95: quiet ${quietP95.toFixed(1)} ms, under flood ${loadedP95.toFixed(1)} ms `
        + `(${loaded.times.length} loads) → ratio ${(loadedP95 / quietP95).toFixed(2)}×`
        + (loaded.failures.length ? `, ${loaded.failures.length} failed (${[...new Set(loaded.failures)].join(', ')})` : ', none failed'));
      options.log(`  flooder: ${result.sent} requests → ${Object.entries(result.outcomes).sort().map(([k, v]) => `${v}× ${k}`).join(', ')}`);
    } finally {
      await server.close();
      await orm.close();
    }
  }
}

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { loadTokenSecret, TokenService } from '../common/auth/token.js';
import { loadConfig } from '../common/config.js';
import { runBench } from './bench.js';
import { openDatabase, type Database } from '../common/database/database.js';
import { migrate, openOrm } from '../common/database/orm.js';
import { schemaSdl } from '../common/graphql/schema.js';
import { createDemoAccounts, DEMO_PASSWORD } from '../demo/demo-accounts.js';
import { generateDataset } from '../demo/generate-dataset.js';
import { AccountInputError, AccountService } from '../modules/account/account.service.js';
import { importDataset, type ImportReport } from '../modules/dataset/dataset-import.service.js';
import { startServer } from '../server.js';

const log = (message: string) => console.error(message);

/** Opens the configured database and applies pending migrations: every command starts here. */
async function prepareDatabase(): Promise<Database> {
  const db = await openDatabase(loadConfig(), log);
  const orm = await openOrm(db.url, { debug: false });
  try {
    const applied = await migrate(orm);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  } finally {
    await orm.close();
  }
  return db;
}

/** A progress bar on a terminal; silence in a pipe or CI log. */
function progressBar(label: string): { update(done: number, total: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr }, Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

async function importWithProgress(url: string, folder: string): Promise<ImportReport> {
  const bar = progressBar('Importing');
  try {
    return await importDataset(url, folder, {
      onProgress: ({ bytesRead, totalBytes }) => bar.update(bytesRead, totalBytes),
      actor: { username: 'cli', role: 'ADMIN' },
    });
  } finally {
    bar.stop();
  }
}

function printReport(report: ImportReport, folder: string) {
  if (report.ok) {
    const written = report.files.reduce((sum, f) => sum + f.changed, 0);
    console.log(`Imported ${folder} in ${(report.durationMs / 1000).toFixed(1)} s (${written} row writes).`);
    for (const f of report.files) console.log(`  ${f.file.padEnd(28)} ${String(f.rows).padStart(9)} rows  ${String(f.changed).padStart(9)} written`);
    return;
  }
  console.error(`Import of ${folder} failed: ${report.errorCount} error(s); nothing was written.`);
  for (const e of report.errors) console.error(`  ${e.file}:${e.line}${e.column ? ` [${e.column}]` : ''} ${e.reason}`);
  if (report.errorCount > report.errors.length) console.error(`  … and ${report.errorCount - report.errors.length} more`);
}

async function generateWithProgress(folder: string, employees: number, seed: number) {
  const bar = progressBar('Generating');
  const started = Date.now();
  try {
    const result = await generateDataset({ outDir: folder, employees, seed, onProgress: (d, t) => bar.update(d, t) });
    return { ...result, durationMs: Date.now() - started };
  } finally {
    bar.stop();
  }
}

export async function runMigrate() {
  const db = await prepareDatabase();
  await db.stop();
  console.log('Database schema is up to date.');
}

export async function runImport(folder: string) {
  const db = await prepareDatabase();
  try {
    const report = await importWithProgress(db.url, path.resolve(folder));
    printReport(report, folder);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await db.stop();
  }
}

export async function runGenerate(folder: string, options: { employees: number; seed: number }) {
  const result = await generateWithProgress(path.resolve(folder), options.employees, options.seed);
  console.log(`Wrote a ${options.employees}-employee dataset (seed ${options.seed}) to ${folder} in ${(result.durationMs / 1000).toFixed(1)} s:`);
  for (const [file, rows] of Object.entries(result.files)) console.log(`  ${file.padEnd(28)} ${String(rows).padStart(9)} rows`);
}

export async function runSchema(options: { out?: string }) {
  const sdl = await schemaSdl();
  if (options.out) await writeFile(options.out, sdl);
  else process.stdout.write(sdl);
}

export async function runStart(options: { port?: number; demo?: boolean; demoEmployees: number }) {
  const config = loadConfig();
  const db = await prepareDatabase();
  // Demo data goes into the embedded database on its first start, or anywhere when asked;
  // never into someone's DATABASE_URL database unasked.
  if (options.demo || (db.embedded && db.created)) {
    const folder = path.join(config.dataDir, 'demo-dataset');
    log(`Generating the demo dataset (${options.demoEmployees} employees) in ${folder}…`);
    await generateWithProgress(folder, options.demoEmployees, 2026);
    const report = await importWithProgress(db.url, folder);
    printReport(report, folder);
    if (!report.ok) throw new Error('The demo dataset did not import.');
    const orm = await openOrm(db.url);
    try {
      const accounts = await createDemoAccounts(orm.em.fork());
      log(`Demo accounts (password "${DEMO_PASSWORD}"): ${accounts.map((a) => `${a.username} (${a.role})`).join(', ')}`);
    } finally {
      await orm.close();
    }
  }
  const orm = await openOrm(db.url);
  const tokens = new TokenService(await loadTokenSecret(config.dataDir));
  const server = await startServer({ orm, tokens, port: options.port ?? config.port, production: config.production });
  console.log(`Kinerja is running: dashboard ${server.url}/  GraphQL ${server.url}/graphql  health ${server.url}/health`);
  const shutdown = async () => {
    log('Shutting down…');
    await server.close();
    await orm.close();
    await db.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function runUserAdd(options: { username: string; role: string; agency?: string; employee?: string; passwordEnv?: string }) {
  let password: string | undefined;
  if (options.passwordEnv) {
    password = process.env[options.passwordEnv];
    if (!password) throw new Error(`Environment variable ${options.passwordEnv} is empty or unset.`);
  } else {
    if (process.stdin.isTTY) log('Password (then Enter, Ctrl-D):');
    password = await readStdin();
  }
  const db = await prepareDatabase();
  const orm = await openOrm(db.url);
  try {
    const account = await new AccountService(orm.em.fork()).create({
      username: options.username, password, role: options.role, agencyCode: options.agency, employeeNip: options.employee,
    });
    console.log(`Created ${account.username} (${account.role}).`);
  } catch (error) {
    if (!(error instanceof AccountInputError)) throw error;
    console.error(`Cannot create the account: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await orm.close();
    await db.stop();
  }
}

export async function runBenchCommand(options: { employees: number; rounds: number; truthRounds: number; seed: number; database: string; reuse?: boolean }) {
  const db = await openDatabase(loadConfig(), log);
  try {
    await runBench({ serverUrl: db.url, database: options.database, employees: options.employees, seed: options.seed,
      rounds: options.rounds, truthRounds: options.truthRounds, reuse: options.reuse ?? false, log: (line) => console.log(line) });
  } finally {
    await db.stop();
  }
}

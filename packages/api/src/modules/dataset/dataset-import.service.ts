import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError } from 'csv-parse';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DATASET_FILES, requiredColumnsOf, type DatasetFileName } from '@kinerja/shared';
import { BULK_LOAD_SETTING, refreshAnalytics } from '../../analytics/analytics-refresh.js';
import { sqlFromPg } from '../../common/database/sql.js';
import {
  AFTER_IMPORT_SQL, DATASET_RULES, cellCheckOf, type AnyFileRules, type CellCheck, type ReferenceCheck, type Row,
} from './dataset-rules.js';
import { CsvRecords } from './csv-records.js';
import { noteDatasetStaffing, recordDatasetStaffing } from './dataset-history.js';
import { openDatasetSource, type DatasetSource, type DatasetSourceKind, type FileInput, type SheetRow } from './dataset-source.js';
import { unguardCell } from './workbook-cells.js';

/**
 * Datasets of at least this many bytes are imported as a bulk load (one analytics rebuild at the
 * end); smaller ones keep the analytics up to date through the triggers, which is cheaper for a
 * few rows on a large database.
 */
export const BULK_LOAD_BYTES = 2 * 1024 * 1024;

/** work_mem and temp_buffers of the import's session: its joins and sorts span whole files. */
const IMPORT_WORK_MEM = '256MB';

/**
 * One bad cell: SPEC §8 asks for file, line (header = line 1), column and reason. In a workbook
 * `file` is the sheet and `line` its row; in a zip, the file's path in the archive.
 */
export interface ImportError {
  file: string;
  line: number;
  column: string;
  reason: string;
}

export interface FileReport {
  file: DatasetFileName;
  rows: number;
  /** Row writes (inserts and updates; a row linked to its parent after insertion counts twice). 0 on a re-import of the same files. */
  changed: number;
}

export interface ImportReport {
  ok: boolean;
  /** What was imported: a folder, a zip of CSV files or a workbook (errors then name sheets and rows). */
  source: DatasetSourceKind;
  errors: ImportError[];
  /** Total number of errors; `errors` holds at most `maxErrorsPerFile` of each file's. */
  errorCount: number;
  files: FileReport[];
  durationMs: number;
}

export interface ImportOptions {
  /** Called as bytes of the dataset are read, for a progress bar. */
  onProgress?: (progress: { file: string; bytesRead: number; totalBytes: number }) => void;
  /** Runs inside the import transaction after every file merged (e.g. analytics refresh). */
  beforeCommit?: (client: pg.ClientBase) => Promise<void>;
  /** Cap on reported errors per file (all are counted), so one bad key's echoes do not bury the rest. */
  maxErrorsPerFile?: number;
  actor?: { username: string; role: string };
  requestId?: string;
  /** Run every check and merge, report, then roll back: what an import would do, writing nothing. */
  dryRun?: boolean;
  /** Only this agency's subtree may be written (an HR_ADMIN's import); rows outside it are errors. */
  scopeAgencyId?: number | null;
  /** Called with the time each phase took (`pnpm kinerja bench --import --verbose`). */
  onPhase?: (phase: string, ms: number) => void;
  /** Import as a bulk load (one analytics rebuild, large merges with indexes set aside) whatever its size; default: from BULK_LOAD_BYTES. */
  bulk?: boolean;
}

/**
 * Imports a dataset (SPEC §8) — a folder, a `.zip` of its CSV files or an `.xlsx` workbook, see
 * `dataset-source.ts` — in one transaction: every file is streamed, its cells checked,
 * and the good rows COPYed into a staging table; references, duplicates and merges run as SQL
 * against the database, which by then holds the earlier files. Any error rolls everything back.
 * Merges only touch rows whose values differ, so importing the same files twice changes nothing.
 */
export async function importDataset(databaseUrl: string, input: string | DatasetSource, options: ImportOptions = {}): Promise<ImportReport> {
  const source = typeof input === 'string' ? await openDatasetSource(input) : input;
  try {
    return await importFrom(databaseUrl, source, options);
  } finally {
    await source.close();
  }
}

async function importFrom(databaseUrl: string, source: DatasetSource, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const folder = source.name;
  const maxErrorsPerFile = options.maxErrorsPerFile ?? 200;
  const errors: ImportError[] = [];
  const perFile = new Map<string, number>();
  let errorCount = 0;
  const report = (error: ImportError) => {
    // The rules name dataset files; the source says where each is (a sheet, a path in a zip).
    const e = { ...error, file: DATASET_FILES.some((f) => f.file === error.file) ? source.locate(error.file as DatasetFileName) : error.file };
    errorCount += 1;
    const n = (perFile.get(e.file) ?? 0) + 1;
    perFile.set(e.file, n);
    if (n <= maxErrorsPerFile) errors.push(e);
  };
  const finish = (ok: boolean, files: FileReport[]): ImportReport => ({
    ok, source: source.kind, errors, errorCount, files, durationMs: Date.now() - started,
  });

  const present = await source.open();
  if ('error' in present) {
    report({ file: folder, line: 0, column: '', reason: present.error });
    return finish(false, []);
  }
  const totalBytes = present.reduce((sum, f) => sum + f.size, 0);
  let bytesBefore = 0;

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const files: FileReport[] = [];
  let phaseStarted = Date.now();
  /** Reports the time since the last call as `name` (none: only restarts the clock). */
  const phase = (name?: string) => {
    const now = Date.now();
    if (name) options.onPhase?.(name, now - phaseStarted);
    phaseStarted = now;
  };
  try {
    // The staging tables are temp tables: held in this much session memory before they spill to disk.
    // Settable only before the session's first temp table.
    await client.query(`set temp_buffers = '${IMPORT_WORK_MEM}'`);
    await client.query('begin');
    // A large dataset is loaded as a bulk load: the analytics triggers stand aside and the facts
    // are rebuilt once before commit, instead of being maintained statement by statement.
    const bulk = options.bulk ?? totalBytes >= BULK_LOAD_BYTES;
    if (bulk) await client.query(`select set_config('${BULK_LOAD_SETTING}', 'on', true)`);
    // The checks and merges hash and sort whole files: more memory than a request gets, for this transaction only.
    await client.query(`set local work_mem = '${IMPORT_WORK_MEM}'`);
    // JIT compiled the levels' merge for 4 s and saved less than that (EXPLAIN ANALYZE at 50,000 employees).
    await client.query('set local jit = off');
    // One import at a time per database; a second waits instead of interleaving.
    await client.query(`select pg_advisory_xact_lock(hashtext('kinerja.dataset-import'))`);
    await client.query(`create temp table finalized_before on commit drop as
      select id from appraisal where status = 'FINALIZED'`);
    // Who imports, for the per-employee audit events the merges write (see importAuditInsert).
    await client.query(`create temp table import_context (actor_username text, actor_role text, request_id text, dataset text)
      on commit drop`);
    await client.query('create temp table import_scope (agency_id int not null) on commit drop');
    if (options.scopeAgencyId != null) await client.query('insert into import_scope values ($1)', [options.scopeAgencyId]);
    await client.query('insert into import_context values ($1, $2, $3, $4)',
      [options.actor?.username ?? null, options.actor?.role ?? null, options.requestId ?? null, folder]);

    for (const rules of DATASET_RULES) {
      const found = present.find((f) => f.file === rules.file);
      if (!found) continue;
      phase();
      const onBytes = (bytesRead: number) => options.onProgress?.({ file: rules.file, bytesRead: bytesBefore + bytesRead, totalBytes });
      const rows = await stageFile(client, rules, await source.read(rules.file, onBytes), report, onBytes);
      bytesBefore += found.size;
      phase(`${rules.file}: read, cell checks, COPY to staging`);
      const badLines = new Set<number>();
      const scopeChecks = options.scopeAgencyId != null ? rules.scope ?? [] : [];
      for (const check of [...duplicateChecks(rules), ...rules.references, ...scopeChecks]) {
        for (const line of await reportLines(client, rules.file, check, report)) badLines.add(line);
      }
      // A row with an error is not merged (the import rolls back anyway): merged, a row that
      // disagrees with a finalised appraisal would trip the database's guard (a raw error for the
      // whole import) instead of being reported at its line with the rest.
      if (badLines.size > 0) await client.query('delete from s where line = any($1::int[])', [[...badLines]]);
      phase(`${rules.file}: reference and duplicate checks`);
      // A first import: the file brings more rows than the table it merges into (the first set aside) holds.
      const [target] = bulk ? rules.setAside ?? [] : [];
      const setAside = target && rows > await tableRows(client, target) ? rules.setAside ?? [] : [];
      for (const table of setAside) {
        await client.query('select kinerja_set_aside_indexes($1::regclass, $2)', [`"${table}"`, rules.setAsideKeys?.includes(table) ?? false]);
      }
      for (const statement of rules.prepare ?? []) await client.query(statement);
      if (rules.prepare) phase(`${rules.file}: merge, what changes`);
      let changed = 0;
      for (const statement of rules.merge) changed += mergedRows(await client.query(statement));
      const setAsideWhat = setAside.some((t) => rules.setAsideKeys?.includes(t)) ? 'keys, indexes and foreign keys' : 'indexes and foreign keys';
      phase(`${rules.file}: merge${setAside.length > 0 ? ` (${setAsideWhat} of ${setAside.join(', ')} set aside)` : ''}`);
      if (setAside.length > 0) {
        for (const table of setAside) await client.query('select kinerja_restore_indexes($1::regclass)', [`"${table}"`]);
        phase(`${rules.file}: ${setAsideWhat} of ${setAside.join(', ')} rebuilt`);
      }
      // Through the owner's kinerja_analyze: the application role may not ANALYZE tables it does not own.
      for (const table of rules.writes) await client.query('select kinerja_analyze($1::regclass)', [`"${table}"`]);
      for (const check of rules.afterMerge ?? []) await reportLines(client, rules.file, check, report);
      await noteDatasetStaffing(client, rules.file);
      await client.query('drop table s');
      phase(`${rules.file}: analyze, checks after merge`);
      files.push({ file: rules.file, rows, changed });
    }
    if (errorCount > 0) {
      await client.query('rollback');
      if (!options.dryRun) await audit(databaseUrl, options, 'FAILURE', { folder, errorCount });
      return finish(false, files);
    }
    if (options.dryRun) {
      // `files` says what the import would write; nothing is.
      await client.query('rollback');
      return finish(true, files);
    }
    phase();
    for (const statement of AFTER_IMPORT_SQL) await client.query(statement);
    await recordDatasetStaffing(client);
    phase('after import (agency closure, descriptors)');
    if (bulk) await refreshAnalytics(sqlFromPg(client));
    phase('analytics rebuild');
    await options.beforeCommit?.(client);
    await client.query(
      `insert into audit_event (actor_username, actor_role, action, subject_type, subject_id, outcome, request_id, detail)
       values ($1, $2, 'DATASET_IMPORT', 'dataset', $3, 'SUCCESS', $4, $5)`,
      [options.actor?.username ?? null, options.actor?.role ?? null, folder, options.requestId ?? null,
        JSON.stringify({ files })],
    );
    await client.query('commit');
    phase('audit, commit');
    return finish(true, files);
  } catch (error) {
    await client.query('rollback').catch(() => {});
    await audit(databaseUrl, options, 'FAILURE', { folder, error: String(error) }).catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Streams one file — CSV bytes through CsvRecords, or a sheet's rows — through the cell checks into
 * the temp table `s`; returns its row count.
 */
async function stageFile(
  client: pg.Client,
  rules: AnyFileRules,
  input: FileInput,
  report: (e: ImportError) => void,
  onBytes: (bytesRead: number) => void,
): Promise<number> {
  const columns = DATASET_FILES.find((f) => f.file === rules.file)!.columns as readonly string[];
  await client.query(`create temp table s (line int not null, ${columns.map((c) => `${c} text`).join(', ')})`);
  const stager = new RowStager(rules, columns, report);
  // A COPY that fails aborts the transaction; the savepoint keeps the import going so that every
  // file's errors are reported in one run.
  await client.query('savepoint copy_file');
  const copy = client.query(copyFrom(`copy s (line, ${columns.join(', ')}) from stdin with (format csv)`));
  try {
    if (input.kind === 'csv') await pipeline(input.bytes, csvToCopy(stager, rules.file, report, onBytes), copy);
    else await pipeline(Readable.from(input.rows), rowsToCopy(stager), copy);
  } catch (error) {
    if (!(error instanceof FileRefused) && !(error instanceof CsvError)) throw error;
    if (error instanceof CsvError) report({ file: rules.file, line: csvErrorLine(error), column: '', reason: csvErrorReason(error) });
    await client.query('rollback to savepoint copy_file');
    return stager.rows;
  }
  if (!stager.header) {
    report({ file: rules.file, line: 1, column: '', reason: `the file is empty; expected a header line: ${columns.join(',')}` });
    await client.query('rollback to savepoint copy_file');
    return 0;
  }
  await client.query('analyze s');
  return stager.rows;
}

/** CSV bytes → COPY text: the UTF-8 check, CsvRecords and the row checks, one output piece per chunk read. */
function csvToCopy(stager: RowStager, file: string, report: (e: ImportError) => void, onBytes: (bytesRead: number) => void): Transform {
  let bytesRead = 0;
  const utf8 = new Utf8Check();
  let out: string[] = [];
  const records = new CsvRecords((line, cells) => {
    const copyLine = stager.record(line, cells);
    if (copyLine) out.push(copyLine);
  });
  const refuse = (bad: { line: number; byte: number | null }) => {
    report({ file, line: bad.line, column: '', reason: notUtf8(bad.byte) });
    return new FileRefused();
  };
  const flushOut = (push: (text: string) => void) => {
    if (out.length > 0) push(out.join(''));
    out = [];
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      bytesRead += chunk.length;
      onBytes(bytesRead);
      const bad = utf8.push(chunk);
      if (bad) return done(refuse(bad));
      try {
        records.push(utf8.text);
      } catch (error) {
        return done(error as Error);
      }
      flushOut((text) => this.push(text));
      done();
    },
    flush(done: TransformCallback) {
      const bad = utf8.end();
      if (bad) return done(refuse(bad));
      try {
        records.end();
      } catch (error) {
        return done(error as Error);
      }
      flushOut((text) => this.push(text));
      done();
    },
  });
}

/** A sheet's rows → COPY text. */
function rowsToCopy(stager: RowStager): Transform {
  return new Transform({
    writableObjectMode: true,
    transform({ line, cells, problems }: SheetRow, _enc, done: TransformCallback) {
      try {
        done(null, stager.record(line, cells, problems) || undefined);
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/**
 * The checks of one file's records: the header first (named columns, none twice, none missing),
 * then each row's cells and the row as a whole. Errors are reported; a good row becomes a line of
 * COPY text for `s` (its line number first).
 */
class RowStager {
  header: string[] | null = null;
  /** Rows read after the header. */
  rows = 0;
  /** Each column of the file with its check and its place in the header (-1: an optional column left out). */
  private checks: { column: string; check: CellCheck; at: number }[] = [];

  constructor(
    private readonly rules: AnyFileRules,
    private readonly columns: readonly string[],
    private readonly report: (e: ImportError) => void,
  ) {}

  /**
   * Returns the row's COPY line, or '' when it was not staged; throws FileRefused when the file cannot
   * be read on. Called once per row of files with millions: the good row's path allocates no closure.
   */
  record(line: number, cells: string[], problems: [string, string][] = NO_PROBLEMS): string {
    const { rules } = this;
    // PostgreSQL text cannot hold NUL; a NUL in a "CSV" is nearly always a binary file or a
    // UTF-16 export, so the cell is refused here rather than failing the COPY.
    const withNul = hasNul(cells)
      ? cells.flatMap((c, i) => (c.includes('\0') ? [this.header?.[i] ?? `column ${i + 1}`] : []))
      : [];
    const header = this.header;
    if (!header) {
      for (const [column, reason] of problems) this.reportAt(line, column, reason);
      if (problems.length > 0) throw new FileRefused();
      if (withNul.length > 0) {
        this.reportAt(line, '', 'the header contains a NUL byte: this is not a CSV text file');
        throw new FileRefused();
      }
      const names = cells.map((c) => c.trim());
      const twice = names.find((c, i) => c !== '' && names.indexOf(c) !== i);
      // With a column given twice, which one holds the data is a guess; refuse it instead.
      if (twice) {
        this.reportAt(line, twice, 'column appears more than once in the header');
        throw new FileRefused();
      }
      const missing = requiredColumnsOf(rules.file).filter((c) => !names.includes(c));
      for (const column of missing) this.reportAt(line, column, 'missing column');
      if (missing.length > 0) throw new FileRefused();
      this.header = names;
      this.checks = this.columns.map((column) => ({ column, check: cellCheckOf(rules, column), at: names.indexOf(column) }));
      return '';
    }
    this.rows += 1;
    if (withNul.length > 0) {
      for (const column of withNul) this.reportAt(line, column, 'contains a NUL byte (binary data, not text)');
      return '';
    }
    if (cells.length !== header.length) {
      this.reportAt(line, '', `expected ${header.length} cells, found ${cells.length}`);
      return '';
    }
    const row: Row = {};
    // An apostrophe the export put before `=`, `+`, `-`, `@` (see guardCell) is not part of the value.
    for (const { column, at } of this.checks) row[column] = at < 0 ? '' : unguardCell(cells[at]!.trim());
    // Cells the source could not read as text (a NIP stored as a number) are reported, not checked.
    let good = problems.length === 0;
    for (const [column, reason] of problems) this.reportAt(line, column, reason);
    for (const { column, check } of this.checks) {
      if (problems.length > 0 && problems.some(([bad]) => bad === column)) continue;
      const reason = check(row[column]!, row);
      if (reason) {
        good = false;
        this.reportAt(line, column, reason);
      }
    }
    if (good) {
      for (const [column, reason] of (rules.row as ((r: Row) => [string, string][]) | undefined)?.(row) ?? []) {
        good = false;
        this.reportAt(line, column, reason);
      }
    }
    if (!good) return '';
    let copyLine = String(line);
    for (const { column } of this.checks) copyLine += `,${csvCell(row[column]!)}`;
    return `${copyLine}\n`;
  }

  private reportAt(line: number, column: string, reason: string): void {
    this.report({ file: this.rules.file, line, column, reason });
  }
}

/** The rows a table holds, as its statistics say (they are refreshed after every merge). */
async function tableRows(client: pg.Client, table: string): Promise<number> {
  const result = await client.query<{ rows: number }>('select greatest(reltuples, 0)::float8 as rows from pg_class where oid = $1::regclass', [`"${table}"`]);
  return result.rows[0]?.rows ?? 0;
}

/** Rows a merge wrote: its row count, or the `changed` it selects when it audits its writes too. */
function mergedRows(result: pg.QueryResult): number {
  const changed: unknown = result.rows[0]?.changed;
  return changed != null ? Number(changed) : result.rowCount ?? 0;
}

/** Stops a file's stream after its errors were reported; the import goes on with the next file. */
class FileRefused extends Error {}

function notUtf8(byte: number | null): string {
  const which = byte == null ? 'a character cut off at the end of the file' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return `not UTF-8 (${which}; save the file as UTF-8)`;
}

/** csv-parse's line of the error: the line it was reading (a quote left open: where the file ended). */
function csvErrorLine(error: CsvError): number {
  const lines = (error as CsvError & { lines?: unknown }).lines;
  return typeof lines === 'number' && lines > 0 ? lines : 1;
}

/** csv-parse's messages name its options and internal counters; these say what to fix in the file. */
function csvErrorReason(error: CsvError): string {
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return 'a quote (") inside a cell that does not start with one: put the whole cell in quotes and double the quote inside ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text follows the closing quote of a quoted cell: double every quote inside a quoted cell ("")';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed: a closing quote (") is missing';
    default:
      return `not valid CSV: ${error.message}`;
  }
}

/**
 * Streaming UTF-8 check that names the line of the first bad byte. The fast path is the platform's
 * fatal decoder; only when it refuses a chunk is the chunk walked byte by byte to find where.
 * Latin-1 and Windows-1252 exports (Excel's "CSV" on many Indonesian desktops) would otherwise be
 * decoded to U+FFFD and committed as such.
 */
export class Utf8Check {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Newlines in all chunks before `previous`. */
  private linesBeforePrevious = 0;
  private previous: Buffer = Buffer.alloc(0);
  private failed = false;
  /** The text of the last chunk pushed while valid (a character cut off at its end comes with the next). */
  text = '';

  /** Returns the first bad byte and its line (1-based), or null while the text is valid so far. */
  push(chunk: Buffer): { line: number; byte: number | null } | null {
    if (this.failed) return null;
    try {
      this.text = this.decoder.decode(chunk, { stream: true });
    } catch {
      this.failed = true;
      return this.locate(chunk);
    }
    this.linesBeforePrevious += newlines(this.previous, 0, this.previous.length);
    this.previous = chunk;
    return null;
  }

  /** At the end of the input: a sequence cut off by the end of the file is bad too. */
  end(): { line: number; byte: number | null } | null {
    if (this.failed) return null;
    try {
      this.decoder.decode();
      return null;
    } catch {
      return { line: this.linesBeforePrevious + newlines(this.previous, 0, this.previous.length) + 1, byte: null };
    }
  }

  private locate(chunk: Buffer): { line: number; byte: number | null } {
    // The previous chunk decoded, except perhaps a sequence it began and this one must finish:
    // walk both from the previous chunk's first character start.
    const both = Buffer.concat([this.previous, chunk]);
    let start = 0;
    while (start < Math.min(3, this.previous.length) && (both[start]! & 0xc0) === 0x80) start += 1;
    const at = firstInvalidUtf8(both, start);
    const index = at < 0 ? this.previous.length : at;
    return { line: this.linesBeforePrevious + newlines(both, 0, index) + 1, byte: both[index] ?? null };
  }
}

function newlines(buffer: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buffer.indexOf(10, from); i >= 0 && i < to; i = buffer.indexOf(10, i + 1)) n += 1;
  return n;
}

/** Index of the first byte that cannot belong to a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i += 1; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined) return -1; // cut off by the end of this buffer: not known to be bad here
      if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Empty → NULL (unquoted), anything else quoted: COPY's CSV format tells the two apart. */
function csvCell(value: string): string {
  if (value === '') return '';
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

const NO_PROBLEMS: [string, string][] = [];

function hasNul(cells: string[]): boolean {
  for (const cell of cells) if (cell.includes('\0')) return true;
  return false;
}

function duplicateChecks(rules: AnyFileRules): ReferenceCheck[] {
  const key = rules.key.join(', ');
  // Keys with more than one row first (one hash aggregate; a window over every row sorted millions),
  // then their rows. Key cells are required, so a staged row's key has no NULL for the join to miss.
  return [{
    column: rules.key[0]!,
    reason: 'duplicate',
    badLines: `select s.line, d.first from s
      join (select ${key}, min(line) as first from s group by ${key} having count(*) > 1) d
        on ${rules.key.map((k) => `d.${k} = s.${k}`).join(' and ')}
      where s.line <> d.first`,
  }];
}

/** Reports the lines `check` selects; returns them. */
async function reportLines(client: pg.Client, file: string, check: ReferenceCheck, report: (e: ImportError) => void): Promise<number[]> {
  const result = await client.query<{ line: number; first?: number }>(`${check.badLines} order by 1`);
  for (const row of result.rows) {
    const reason = row.first ? `${check.reason} of line ${row.first}` : check.reason;
    report({ file, line: row.line, column: check.column, reason });
  }
  return result.rows.map((r) => r.line);
}

async function audit(databaseUrl: string, options: ImportOptions, outcome: string, detail: Record<string, unknown>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `insert into audit_event (actor_username, actor_role, action, subject_type, subject_id, outcome, request_id, detail)
       values ($1, $2, 'DATASET_IMPORT', 'dataset', $3, $4, $5, $6)`,
      [options.actor?.username ?? null, options.actor?.role ?? null, String(detail.folder ?? ''), outcome,
        options.requestId ?? null, JSON.stringify(detail)],
    );
  } finally {
    await client.end();
  }
}

import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { DATASET_FILES, DATASET_FILE_NAMES, type DatasetFileName } from '@kinerja/shared';
import { cellText, columnLetter, IDENTITY_COLUMNS, NIP_AS_NUMBER } from './workbook-cells.js';

/**
 * Where a dataset's files come from (SPEC §8): a folder of CSV files, a zip of them, or one `.xlsx`
 * workbook with a sheet per file. The importer asks each source for its files in import order and
 * reads every one the same way, so the checks and merges are one path whatever the source.
 */
export interface DatasetSource {
  readonly kind: DatasetSourceKind;
  /** The name the audit trail and messages give the dataset (the folder's or file's base name). */
  readonly name: string;
  /** How an error names the place of `file`: its file name, its path in a zip, its sheet in a workbook. */
  locate(file: DatasetFileName): string;
  /** The dataset files present, or why the source cannot be read at all. */
  open(): Promise<PresentFile[] | { error: string }>;
  /** One file: CSV bytes, or a workbook sheet's rows already as text. */
  read(file: DatasetFileName, onBytes: (bytesRead: number) => void): Promise<FileInput>;
  /** Removes what `open` left behind (a workbook's unpacked sheets). */
  close(): Promise<void>;
}

export type DatasetSourceKind = 'FOLDER' | 'ZIP' | 'WORKBOOK';

export interface PresentFile {
  file: DatasetFileName;
  /** Bytes the importer will read, for progress and the bulk-load decision. */
  size: number;
}

/** One row of a sheet: its row number (header = 1), its cells as text, and cells that cannot be read as text. */
export interface SheetRow {
  line: number;
  cells: string[];
  /** [column, reason]: typed cells that must not be guessed (a NIP stored as a number, an error value). */
  problems?: [string, string][];
}

export type FileInput = { kind: 'csv'; bytes: Readable } | { kind: 'rows'; rows: AsyncIterable<SheetRow> };

/** Refusals of oversized archives: a zip or workbook that unpacks past these is refused before reading. */
export interface ArchiveLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxUncompressedBytes: 2 * 1024 ** 3, maxEntries: 10_000 };

/** The source for a path: a directory, a `.xlsx` workbook or a `.zip` of CSV files. */
export async function openDatasetSource(input: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<DatasetSource> {
  const lower = input.toLowerCase();
  if (lower.endsWith('.xlsx')) return new WorkbookSource(input, limits);
  if (lower.endsWith('.zip')) return new ZipSource(input, limits);
  return new FolderSource(input);
}

const stemOf = (file: DatasetFileName) => file.replace(/\.csv$/, '');
const noFiles = () => `no dataset files found; expected some of ${DATASET_FILE_NAMES.join(', ')}`;

class FolderSource implements DatasetSource {
  readonly kind = 'FOLDER';
  readonly name: string;

  constructor(private readonly folder: string) {
    this.name = path.basename(folder);
  }

  locate(file: DatasetFileName) {
    return file;
  }

  async open(): Promise<PresentFile[] | { error: string }> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return { error: `not a folder, .xlsx workbook or .zip file: ${this.folder}` };
    }
    const known = DATASET_FILE_NAMES.filter((f) => names.includes(f));
    if (known.length === 0) return { error: noFiles() };
    return Promise.all(known.map(async (file) => ({ file, size: (await stat(path.join(this.folder, file))).size })));
  }

  async read(file: DatasetFileName): Promise<FileInput> {
    return { kind: 'csv', bytes: createReadStream(path.join(this.folder, file)) };
  }

  async close() {}
}

/** The zip's central directory, entry by entry; yauzl checks every entry's size against it while inflating. */
async function zipEntries(file: string, limits: ArchiveLimits): Promise<{ zip: yauzl.ZipFile; entries: yauzl.Entry[] } | { error: string }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) => (err ? reject(err) : resolve(z))));
  } catch (error) {
    return { error: `not a readable zip file (${(error as Error).message})` };
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return { error: `the archive holds ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted` };
  }
  const entries: yauzl.Entry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    // yauzl refuses absolute paths and `..` in entry names, among other malformed entries.
    return { error: `not a readable zip file (${(error as Error).message})` };
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    zip.close();
    return { error: `the archive unpacks to ${total} bytes; at most ${limits.maxUncompressedBytes} are accepted` };
  }
  return { zip, entries };
}

/**
 * A zip of the CSV files, at its root or in one folder. Entries are streamed straight into the
 * importer, never written to disk, so an entry's path cannot reach outside anything.
 */
class ZipSource implements DatasetSource {
  readonly kind = 'ZIP';
  readonly name: string;
  private zip: yauzl.ZipFile | null = null;
  private readonly found = new Map<DatasetFileName, yauzl.Entry>();

  constructor(private readonly file: string, private readonly limits: ArchiveLimits) {
    this.name = path.basename(file);
  }

  locate(file: DatasetFileName) {
    return this.found.get(file)?.fileName ?? file;
  }

  async open(): Promise<PresentFile[] | { error: string }> {
    const read = await zipEntries(this.file, this.limits);
    if ('error' in read) return read;
    this.zip = read.zip;
    for (const entry of read.entries) {
      if (entry.fileName.endsWith('/') || entry.fileName.startsWith('__MACOSX/')) continue;
      const base = path.posix.basename(entry.fileName) as DatasetFileName;
      if (!DATASET_FILE_NAMES.includes(base)) continue;
      const earlier = this.found.get(base);
      if (earlier) return { error: `${base} appears twice in the zip (${earlier.fileName} and ${entry.fileName})` };
      if (entry.isEncrypted()) return { error: `${entry.fileName} is encrypted; zip the files without a password` };
      this.found.set(base, entry);
    }
    if (this.found.size === 0) return { error: noFiles() };
    return DATASET_FILE_NAMES.flatMap((file) => {
      const entry = this.found.get(file);
      return entry ? [{ file, size: entry.uncompressedSize }] : [];
    });
  }

  async read(file: DatasetFileName): Promise<FileInput> {
    const entry = this.found.get(file)!;
    const bytes = await new Promise<Readable>((resolve, reject) =>
      this.zip!.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
    return { kind: 'csv', bytes };
  }

  async close() {
    this.zip?.close();
  }
}

/** What the streaming reader exposes beyond its typings: a sheet's name and the workbook's parts it matched it with. */
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  id: number | string;
  name: string;
}
interface WorkbookInternals {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string; name: string }[] };
}

/**
 * A workbook, one sheet per file named by its stem. exceljs's streaming reader meets the sheets in
 * the order the archive stores them, not the import order, so `open` reads the workbook once and
 * keeps each dataset sheet's rows, already as text, in a temporary file (one JSON array a row);
 * `read` streams them back. Memory stays flat however many rows there are.
 */
class WorkbookSource implements DatasetSource {
  readonly kind = 'WORKBOOK';
  readonly name: string;
  private dir: string | null = null;
  private readonly sheets = new Map<DatasetFileName, { path: string; size: number }>();

  constructor(private readonly file: string, private readonly limits: ArchiveLimits) {
    this.name = path.basename(file);
  }

  locate(file: DatasetFileName) {
    return stemOf(file);
  }

  async open(): Promise<PresentFile[] | { error: string }> {
    // An .xlsx is a zip: refuse one that would unpack past the limits before exceljs inflates it.
    const checked = await zipEntries(this.file, this.limits);
    if ('error' in checked) return { error: checked.error.replace('zip file', '.xlsx workbook') };
    checked.zip.close();

    this.dir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-workbook-'));
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(this.file, {
      sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
    });
    try {
      for await (const sheet of reader as unknown as AsyncIterable<SheetReader>) {
        const file = `${sheetName(reader as unknown as WorkbookInternals, sheet)}.csv` as DatasetFileName;
        if (!DATASET_FILE_NAMES.includes(file)) {
          for await (const _ of sheet); // the reader must pass over the sheet to reach the next
          continue;
        }
        const out = path.join(this.dir, file);
        this.sheets.set(file, { path: out, size: await writeSheetRows(sheet, out) });
      }
    } catch (error) {
      return { error: `not a readable .xlsx workbook (${(error as Error).message})` };
    }
    if (this.sheets.size === 0) {
      return { error: `no dataset sheets found; expected sheets named ${DATASET_FILES.map((f) => stemOf(f.file)).join(', ')}` };
    }
    return DATASET_FILE_NAMES.flatMap((file) => {
      const sheet = this.sheets.get(file);
      return sheet ? [{ file, size: sheet.size }] : [];
    });
  }

  async read(file: DatasetFileName, onBytes: (bytesRead: number) => void): Promise<FileInput> {
    const sheet = this.sheets.get(file)!.path;
    let bytesRead = 0;
    // The file is opened when the importer starts reading: readline drops lines read before that.
    async function* rows(): AsyncGenerator<SheetRow> {
      for await (const line of createInterface({ input: createReadStream(sheet), crlfDelay: Infinity })) {
        bytesRead += Buffer.byteLength(line) + 1;
        onBytes(bytesRead);
        yield JSON.parse(line) as SheetRow;
      }
    }
    return { kind: 'rows', rows: rows() };
  }

  async close() {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * The sheet's name. exceljs matches sheets to names through the workbook's relationships, but
 * only when their targets are relative (`worksheets/sheet1.xml`); other writers (openpyxl) use
 * absolute ones (`/xl/worksheets/sheet1.xml`) and exceljs falls back to `Sheet<n>`.
 */
function sheetName(workbook: WorkbookInternals, sheet: SheetReader): string {
  if (sheet.name !== `Sheet${sheet.id}`) return sheet.name;
  const target = `worksheets/sheet${sheet.id}.xml`;
  const rel = workbook.workbookRels?.find((r) => r.Target.replace(/^\/?(xl\/)?/, '') === target);
  return workbook.model?.sheets?.find((s) => s.rId === rel?.Id)?.name ?? sheet.name;
}

/** Writes a sheet's non-empty rows as JSON lines of `SheetRow`; returns the bytes written. */
async function writeSheetRows(sheet: AsyncIterable<ExcelJS.Row>, out: string): Promise<number> {
  const stream = createWriteStream(out);
  let bytes = 0;
  let header: string[] | null = null;
  const write = async (row: SheetRow) => {
    const line = `${JSON.stringify(row)}\n`;
    bytes += Buffer.byteLength(line);
    if (!stream.write(line)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  };
  for await (const row of sheet) {
    const cells: string[] = [];
    const problems: [string, string][] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const column = header ? (header[col - 1] || columnLetter(col)) : columnLetter(col);
      if (header && IDENTITY_COLUMNS.has(column) && typeof cell.value === 'number') {
        problems.push([column, NIP_AS_NUMBER]);
        cells[col - 1] = '';
        return;
      }
      const text = cellText(cell.value, cell.numFmt);
      if ('reason' in text) problems.push([column, text.reason]);
      cells[col - 1] = 'text' in text ? text.text : '';
    });
    const filled: string[] = Array.from({ length: Math.max(cells.length, header?.length ?? 0) }, (_, i) => cells[i] ?? '');
    if (problems.length === 0 && filled.every((c) => c.trim() === '')) continue;
    if (!header) {
      header = filled.map((c) => c.trim());
      await write({ line: row.number, cells: filled, ...(problems.length ? { problems } : {}) });
      continue;
    }
    // A value right of the header's last column belongs to no column; the header decides the width.
    filled.slice(header.length).forEach((c, i) => {
      if (c.trim() !== '') problems.push([columnLetter(header!.length + i + 1), 'a value in a column without a header']);
    });
    await write({ line: row.number, cells: filled.slice(0, header.length), ...(problems.length ? { problems } : {}) });
  }
  stream.end();
  await finished(stream);
  return bytes;
}

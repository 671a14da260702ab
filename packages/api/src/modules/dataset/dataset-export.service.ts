import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import yazl from 'yazl';
import { DATASET_FILES, type DatasetFileName } from '@kinerja/shared';
import { guardCell } from './workbook-cells.js';

/**
 * The export (SPEC §8): a scope of the database written as a dataset — a folder of CSV files, a zip
 * of them or a workbook — that the import reads back unchanged. Rows stream out of PostgreSQL (COPY)
 * into the writer, so memory stays flat for any size.
 */

export type ExportFormat = 'FOLDER' | 'ZIP' | 'WORKBOOK';

export type ExportTarget = { format: 'FOLDER'; folder: string } | { format: 'ZIP' | 'WORKBOOK'; stream: Writable };

export interface ExportOptions {
  /** Only this agency's subtree (its employees and their appraisals and training); all when absent. */
  agencyCode?: string;
}

export interface ExportReport {
  files: { file: DatasetFileName; rows: number }[];
  durationMs: number;
}

export class ExportRefused extends Error {}

/**
 * One query per file, selecting its columns in order as text. `$1` is the scope's agency id (null:
 * everything). Reference data (competencies, positions, requirements, cycles, programmes) is
 * national and exported whole; the agencies are the subtree and its ancestors, so the subtree's
 * root keeps its parent on a re-import and an empty database gets the whole chain. A supervisor
 * outside the scope is named by NIP only.
 */
const IN_SCOPE = `(select a.id from agency a where $1::int is null
  or a.id in (select descendant_id from agency_closure where ancestor_id = $1))`;
const SCOPED_EMPLOYEES = `(select e.id from employee e where e.active and e.agency_id in ${IN_SCOPE})`;

const EXPORT_SQL: Record<DatasetFileName, string> = {
  'agencies.csv': `select a.code, a.name, p.code, a.kind from agency a left join agency p on p.id = a.parent_id
    where a.id in ${IN_SCOPE} or a.id in (select ancestor_id from agency_closure where descendant_id = $1)
    order by a.depth, a.code`,
  'competencies.csv': `select code, name, category from competency order by code`,
  'positions.csv': `select code, title, position_type from position order by code`,
  'position_requirements.csv': `select p.code, c.code, r.required_level from position_requirement r
    join position p on p.id = r.position_id join competency c on c.id = r.competency_id
    order by p.code, c.code`,
  'employees.csv': `select e.nip, e.name, e.employment_type, e.rank, p.code, a.code, s.nip from employee e
    join position p on p.id = e.position_id join agency a on a.id = e.agency_id left join employee s on s.id = e.supervisor_id
    where e.id in ${SCOPED_EMPLOYEES} order by e.nip`,
  'cycles.csv': `select code, name, kind, to_char(start_month, 'YYYY-MM'), to_char(end_month, 'YYYY-MM') from cycle
    order by start_month, code`,
  // assessed_on: the day of the rating in WIB, which starts the objection window on a re-import.
  'appraisals.csv': `select c.code, e.nip, a.status, a.work_result_rating, a.behavior_rating,
    case when a.status in ('ASSESSED', 'OBJECTED', 'FINALIZED') then to_char(a.assessed_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') end
    from appraisal a
    join cycle c on c.id = a.cycle_id join employee e on e.id = a.employee_id
    where e.id in ${SCOPED_EMPLOYEES} order by c.start_month, c.code, e.nip`,
  'competency_assessments.csv': `select c.code, e.nip, k.code, ca.rater_role, ca.level from competency_assessment ca
    join appraisal a on a.id = ca.appraisal_id join cycle c on c.id = a.cycle_id join employee e on e.id = a.employee_id
    join competency k on k.id = ca.competency_id
    where e.id in ${SCOPED_EMPLOYEES} order by c.start_month, c.code, e.nip, k.code, ca.rater_role`,
  'training_programs.csv': `select t.code, t.title, c.code, t.level_from, t.level_to, t.hours_jp, t.mode, trim_scale(t.cost_per_participant)
    from training_program t join competency c on c.id = t.competency_id order by t.code`,
  // Records typed in by hand with a title and no programme have no place in the dataset format.
  'training_records.csv': `select e.nip, t.code, to_char(r.completed_on, 'YYYY-MM-DD'), trim_scale(r.hours_jp) from training_record r
    join employee e on e.id = r.employee_id join training_program t on t.id = r.program_id
    where e.id in ${SCOPED_EMPLOYEES} order by e.nip, t.code, r.completed_on`,
  'agency_results.csv': `select c.code, a.code, r.organisation_predicate from agency_result r
    join cycle c on c.id = r.cycle_id join agency a on a.id = r.agency_id
    where a.id in ${IN_SCOPE} order by c.start_month, c.code, a.code`,
};

/** Columns a workbook holds as numbers (and dates), so a spreadsheet can sum and sort them. */
const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['required_level', 'level', 'level_from', 'level_to', 'hours_jp', 'cost_per_participant']);
const DATE_COLUMNS: ReadonlySet<string> = new Set(['completed_on']);

interface FileWriter {
  /** Writes one file: its header and rows (cells as text, empty for none). */
  file(name: DatasetFileName, columns: readonly string[], rows: AsyncIterable<string[]>): Promise<number>;
  end(): Promise<void>;
}

export async function exportDataset(databaseUrl: string, target: ExportTarget, options: ExportOptions = {}): Promise<ExportReport> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One snapshot: every file of the export describes the same moment.
    await client.query('begin isolation level repeatable read read only');
    let agencyId: number | null = null;
    if (options.agencyCode !== undefined) {
      const found = await client.query<{ id: number }>('select id from agency where code = $1', [options.agencyCode]);
      if (!found.rows[0]) throw new ExportRefused(`unknown agency ${options.agencyCode}`);
      agencyId = found.rows[0].id;
    }
    const writer = await openWriter(target);
    const files: ExportReport['files'] = [];
    for (const { file, columns } of DATASET_FILES) {
      const rows = await writer.file(file, columns, copyRows(client, EXPORT_SQL[file], agencyId));
      files.push({ file, rows });
    }
    await writer.end();
    await client.query('commit');
    return { files, durationMs: Date.now() - started };
  } finally {
    await client.end();
  }
}

/** The rows of `sql` as arrays of text, streamed out of PostgreSQL with COPY and parsed as they come. */
async function* copyRows(client: pg.Client, sql: string, agencyId: number | null): AsyncGenerator<string[]> {
  // COPY takes no parameters; the id is an integer or null, so it is written into the statement.
  const statement = sql.replaceAll('$1', agencyId === null ? 'null' : String(Math.trunc(agencyId)));
  const source = client.query(copyTo(`copy (${statement}) to stdout with (format csv)`));
  const parser = parse({ relax_column_count: false });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  for await (const record of parser as AsyncIterable<string[]>) yield record;
}

async function openWriter(target: ExportTarget): Promise<FileWriter> {
  switch (target.format) {
    case 'FOLDER': {
      await mkdir(target.folder, { recursive: true });
      return {
        async file(name, columns, rows) {
          const out = createWriteStream(path.join(target.folder, name));
          const n = await writeCsv(out, columns, rows);
          out.end();
          await finished(out);
          return n;
        },
        async end() {},
      };
    }
    case 'ZIP': {
      const zip = new yazl.ZipFile();
      const done = pipeline(zip.outputStream, target.stream);
      return {
        async file(name, columns, rows) {
          // yazl reads entries one after the other; this entry is written fully before the next begins.
          const entry = new PassThrough();
          zip.addReadStream(entry, name);
          const n = await writeCsv(entry, columns, rows);
          entry.end();
          return n;
        },
        async end() {
          zip.end();
          await done;
        },
      };
    }
    case 'WORKBOOK': {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: target.stream, useStyles: true, useSharedStrings: false });
      return {
        async file(name, columns, rows) {
          const sheet = workbook.addWorksheet(name.replace(/\.csv$/, ''));
          sheet.columns = columns.map((c) => ({ key: c, width: Math.max(12, c.length + 2) }));
          sheet.addRow([...columns]).commit();
          let n = 0;
          for await (const cells of rows) {
            // Strings are written as string cells, which a spreadsheet shows as text and never runs;
            // NIPs and codes stay text, so no digit is lost.
            const row = sheet.addRow(cells.map((cell, i) => workbookCell(columns[i]!, cell)));
            cells.forEach((cell, i) => {
              if (DATE_COLUMNS.has(columns[i]!) && cell !== '') row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
            });
            row.commit();
            n += 1;
          }
          sheet.commit();
          return n;
        },
        async end() {
          await workbook.commit();
        },
      };
    }
  }
}

function workbookCell(column: string, cell: string): string | number | Date | null {
  if (cell === '') return null;
  if (NUMERIC_COLUMNS.has(column) && /^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  if (DATE_COLUMNS.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  return cell;
}

/** Header and rows as RFC 4180 CSV; formula-looking cells guarded (see guardCell). */
async function writeCsv(out: Writable, columns: readonly string[], rows: AsyncIterable<string[]>): Promise<number> {
  const line = (cells: readonly string[]) => `${cells.map((c) => csvField(guardCell(c))).join(',')}\n`;
  const write = async (text: string) => {
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  await write(line(columns));
  let n = 0;
  for await (const cells of rows) {
    await write(line(cells));
    n += 1;
  }
  return n;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

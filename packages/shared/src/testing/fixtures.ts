import { readFileSync } from 'node:fs';

/** The shared fixtures live beside the project: /work/shared next to /work/main. */
const FIXTURES = new URL('../../../../../shared/fixtures/', import.meta.url);

export type CsvRow = Record<string, string>;

/** Reads a fixture CSV (plain: the fixtures quote nothing) as header + rows keyed by column. */
export function readFixtureCsv(path: string): { header: string[]; rows: CsvRow[] } {
  const [headerLine = '', ...lines] = readFileSync(new URL(path, FIXTURES), 'utf8').trimEnd().split(/\r?\n/);
  const header = headerLine.split(',');
  const rows = lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']));
  });
  return { header, rows };
}

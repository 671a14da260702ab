import { parse, type CsvError, type Info } from 'csv-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_OPTIONS, CsvRecords } from './csv-records.js';

type Outcome = { records: [number, string[]][]; error: { code: string; lines: unknown } | null };

/** What csv-parse alone makes of `text`: its records with their lines, and its error. */
function byCsvParse(text: string): Outcome {
  const records: [number, string[]][] = [];
  const core = (parse(CSV_OPTIONS) as unknown as { api: { parse: (b: Buffer | undefined, end: boolean, push: (r: { record: string[]; info: Info }) => void, close: () => void) => CsvError | undefined } }).api;
  const push = ({ record, info }: { record: string[]; info: Info }) => { records.push([info.lines, record]); };
  const error = core.parse(Buffer.from(text), false, push, () => {}) ?? core.parse(undefined, true, push, () => {});
  return { records, error: error ? { code: error.code, lines: (error as CsvError & { lines?: unknown }).lines } : null };
}

/** What CsvRecords makes of `text` pushed in the given pieces. */
function byCsvRecords(text: string, cuts: number[]): Outcome {
  const records: [number, string[]][] = [];
  const reader = new CsvRecords((line, cells) => { records.push([line, cells]); });
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  try {
    for (const cut of [...at, text.length]) {
      reader.push(text.slice(from, cut));
      from = cut;
    }
    reader.end();
  } catch (error) {
    return { records, error: { code: (error as CsvError).code, lines: (error as CsvError & { lines?: unknown }).lines } };
  }
  return { records, error: null };
}

describe('CsvRecords', () => {
  it('reads any text as csv-parse does: the same records, lines and errors', () => {
    const piece = fc.constantFrom('a', 'bc', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '\0', '\uFEFF');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(60), { maxLength: 4 }), (pieces, cuts) => {
      const text = pieces.join('');
      expect(byCsvRecords(text, cuts)).toEqual(byCsvParse(text));
    }), { numRuns: 3000 });
  });

  it('reads ordinary files, quoted cells and Windows line ends', () => {
    const cases = [
      'code,name\nA,"Dinas Pendidikan, Pemuda"\nB,"Kata ""baru"""\n',
      '\uFEFFcode,name\r\nA,x\r\n\r\nB,y',
      'code,name\nA,"two\nlines"\nB,y\n',
      'code,name\nA,x\nB,"never closed\n',
      'code,name\nA,x"y\n',
    ];
    for (const text of cases) expect(byCsvRecords(text, [7, 20])).toEqual(byCsvParse(text));
  });
});

import { CsvError, parse, type Info, type Options } from 'csv-parse';

/** How the importer reads CSV (RFC 4180 with a byte order mark allowed, ragged rows and empty lines tolerated). */
export const CSV_OPTIONS: Options = { bom: true, relax_column_count: true, skip_empty_lines: true, info: true };

/** A record and the line it ends on (header = line 1), as csv-parse's `info.lines` gives it. */
export type OnRecord = (line: number, cells: string[]) => void;

/** csv-parse's synchronous core behind its stream (`Parser.api`; not in its typings). */
interface ParserCore {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: { record: string[]; info: Info }) => void, close: () => void): CsvError | undefined;
}

/**
 * CSV text → records, as csv-parse with CSV_OPTIONS reads it, at a fraction of its cost. A line of
 * unquoted cells and quoted cells closed on that line — every line of an ordinary export — is split
 * here. From the first line that is anything else (a cell running over lines, a stray or unclosed
 * quote, a carriage return that ends no line) csv-parse reads the rest of the file, told where it
 * starts, so each record, its line and each error are the ones csv-parse alone would give
 * (csv-records.test.ts compares the two on random files). Text is pushed in chunks as it is decoded.
 */
export class CsvRecords {
  /** Lines ended so far (the line a record ends on, when the fast path splits it). */
  private lines = 0;
  /** The start of an unfinished line. */
  private rest = '';
  private started = false;
  /** The record delimiter csv-parse would have detected, once a line has ended. */
  private delimiter: '\n' | '\r\n' | null = null;
  private slow: { core: ParserCore; lines: number } | null = null;

  constructor(private readonly onRecord: OnRecord) {}

  /** Reads the next piece of text. Throws a CsvError (its `lines` counted from the file's start) or what onRecord throws. */
  push(text: string): void {
    if (this.slow) return this.slowParse(text, false);
    let data = this.rest + text;
    if (!this.started) {
      if (data === '') return;
      this.started = true;
      if (data.charCodeAt(0) === 0xfeff) data = data.slice(1);
    }
    let start = 0;
    for (let nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', start)) {
      const crlf = nl > start && data.charCodeAt(nl - 1) === 13;
      // The first line break decides, as in csv-parse; a file that mixes them is csv-parse's to read.
      const delimiter = this.delimiter ?? (crlf ? '\r\n' : '\n');
      const line = data.slice(start, crlf ? nl - 1 : nl);
      if ((delimiter === '\r\n') !== crlf || !this.splitLine(line, this.lines + 1)) {
        return this.fallBack(data.slice(start));
      }
      this.delimiter = delimiter;
      this.lines += 1;
      start = nl + 1;
    }
    this.rest = data.slice(start);
  }

  /** At the end of the text: the last line, if it has no line break. */
  end(): void {
    if (this.slow) return this.slowParse(undefined, true);
    if (this.rest === '') return;
    const line = this.rest;
    this.rest = '';
    if (!this.splitLine(line, this.lines + 1)) {
      this.fallBack(line);
      this.slowParse(undefined, true);
    }
  }

  /** Records a line it understands; false (recording nothing) when csv-parse must read it. */
  private splitLine(line: string, at: number): boolean {
    if (line.indexOf('\r') >= 0) return false;
    if (line === '') return true; // skip_empty_lines
    if (line.indexOf('"') < 0) {
      this.onRecord(at, line.split(','));
      return true;
    }
    const cells: string[] = [];
    let i = 0;
    for (;;) {
      if (line.charCodeAt(i) === 34) {
        // A quoted cell: to the quote not doubled, which a comma or the end of the line must follow.
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = line.indexOf('"', from);
          if (quote < 0) return false;
          if (line.charCodeAt(quote + 1) === 34) {
            value += line.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += line.slice(from, quote);
          i = quote + 1;
          break;
        }
        cells.push(value);
        if (i === line.length) break;
        if (line.charCodeAt(i) !== 44) return false;
        i += 1;
      } else {
        const comma = line.indexOf(',', i);
        const value = line.slice(i, comma < 0 ? line.length : comma);
        if (value.indexOf('"') >= 0) return false;
        cells.push(value);
        if (comma < 0) break;
        i = comma + 1;
      }
    }
    this.onRecord(at, cells);
    return true;
  }

  private fallBack(text: string): void {
    const parser = parse({
      ...CSV_OPTIONS,
      bom: false, // already taken off the start
      ...(this.delimiter ? { record_delimiter: this.delimiter } : {}),
    });
    this.slow = { core: (parser as unknown as { api: ParserCore }).api, lines: this.lines };
    this.rest = '';
    this.slowParse(text, false);
  }

  private slowParse(text: string | undefined, end: boolean): void {
    const slow = this.slow!;
    const error = slow.core.parse(text === undefined ? undefined : Buffer.from(text), end,
      ({ record, info }) => this.onRecord(info.lines + slow.lines, record), () => {});
    if (error) {
      const withLines = error as CsvError & { lines?: number };
      if (typeof withLines.lines === 'number') withLines.lines += slow.lines;
      throw error;
    }
  }
}

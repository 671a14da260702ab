// Streaming CSV output in the dataset format of SPEC §8: UTF-8, no BOM, CRLF line ends (RFC 4180,
// as in shared/fixtures/small), a header row, fields quoted only when they must be.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

export type CsvValue = string | number;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted and with inner quotes doubled when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
  const text = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * Rows are collected into a string and handed to the file stream in chunks of ~256 KiB; a
 * chunk that the stream cannot take at once makes `flush` wait for 'drain', so memory stays
 * bounded however many rows are written. Callers write synchronously and `await flush()` when
 * `wantsFlush` says so (cheap to check once per employee).
 */
export class CsvFileWriter {
  private static readonly chunkChars = 1 << 18;
  private readonly stream: WriteStream;
  private buffer: string;
  private failure: Error | undefined;
  private rowCount = 0;

  constructor(path: string, header: readonly string[]) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    // Remember the error instead of crashing the process; the next flush/close rethrows it.
    this.stream.on('error', (error) => {
      this.failure = error;
    });
    this.buffer = csvLine(header);
  }

  /** Data rows written so far (the header is not counted). */
  get rows(): number {
    return this.rowCount;
  }

  get wantsFlush(): boolean {
    return this.buffer.length >= CsvFileWriter.chunkChars;
  }

  row(values: readonly CsvValue[]): void {
    this.buffer += csvLine(values);
    this.rowCount++;
  }

  /**
   * A row whose fields are known not to need quoting (codes, enums, digits, dates), joined by
   * the caller — the hot path for the large files, where escaping every field costs seconds.
   */
  safeRow(line: string): void {
    this.buffer += line;
    this.buffer += '\r\n';
    this.rowCount++;
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer.length === 0) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<number> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    return this.rowCount;
  }

  /** Abandon the file after a failure elsewhere; never throws. */
  destroy(): void {
    this.stream.destroy();
  }
}

import type { CellValue } from 'exceljs';

/**
 * Spreadsheet cells as the text a person typed (SPEC §8): whole numbers `3` (not `3.0`), dates
 * `YYYY-MM-DD` (or `YYYY-MM` when the cell shows no day), and never a guessed NIP.
 */

/** Columns holding an 18-digit identity number: stored as a number, its last digits are gone. */
export const IDENTITY_COLUMNS: ReadonlySet<string> = new Set(['nip', 'supervisor_nip']);

export const NIP_AS_NUMBER = 'the NIP is stored as a number, so the spreadsheet has dropped its last digits: format the column as Text and type the NIP again';

export type CellText = { text: string } | { reason: string };

/** The text of one cell; `numFmt` is the cell's number format (it tells a month from a date). */
export function cellText(value: CellValue | undefined, numFmt?: string): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: numberText(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateText(value, numFmt);
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('error' in value) return { reason: `the cell holds the error ${value.error}` };
  if ('hyperlink' in value) return cellText(value.text as CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    // A workbook written by a program often saves formulas without their computed value.
    if (result === undefined) return { reason: 'a formula without a saved value: copy the column and paste it as values' };
    return cellText(result, numFmt);
  }
  return { reason: 'a cell of a kind Kinerja cannot read' };
}

/** As a spreadsheet shows a number: at most 15 significant digits, no trailing zeros, no exponent for whole numbers. */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(Number(n.toPrecision(15)));
}

/** Excel dates are serial days; exceljs hands them over as UTC instants. */
export function dateText(d: Date, numFmt = ''): CellText {
  if (Number.isNaN(d.getTime())) return { reason: 'not a valid date' };
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
  // A format without a day (`mmm-yy`, `yyyy-mm`) is how a spreadsheet keeps a typed month.
  const format = numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  if (format !== '' && !format.includes('d') && format.includes('y')) return { text: day };
  const date = `${day}-${pad(d.getUTCDate())}`;
  const seconds = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  if (seconds === 0) return { text: date };
  return { text: `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${d.getUTCSeconds() ? `:${pad(d.getUTCSeconds())}` : ''}` };
}

/** Spreadsheet column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Export: a cell that begins with `=`, `+`, `-`, `@`, tab or CR would run as a formula when a
 * spreadsheet opens the CSV (CSV injection); a leading apostrophe makes it text, as in Excel.
 * A value already beginning with an apostrophe gets one more, so `unguardCell` is its exact inverse.
 * Plain numbers (`-3`, `-0.5`) run nothing and stay numbers. SPEC §8.
 */
export function guardCell(value: string): string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** Import: undoes `guardCell` (an apostrophe before a guarded character); any other apostrophe is data. */
export function unguardCell(value: string): string {
  return value.charCodeAt(0) === 39 && /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

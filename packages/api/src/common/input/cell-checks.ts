/*
 * Cell checks shared by the CSV import (modules/dataset/dataset-rules.ts) and GraphQL input
 * (input-checks.ts): a code or name typed in the API must survive an export and a re-import.
 */

/** A cell's value after CSV parsing; `''` is an empty cell. */
export type Row = Record<string, string>;
/** Returns the reason a cell is bad, or null. */
export type CellCheck = (value: string, row: Row) => string | null;

export const required: CellCheck = (v) => (v === '' ? 'required' : null);
export const optional = (check: CellCheck): CellCheck => (v, row) => (v === '' ? null : check(v, row));
export const all = (...checks: CellCheck[]): CellCheck => (v, row) => {
  for (const check of checks) {
    const reason = check(v, row);
    if (reason) return reason;
  }
  return null;
};
const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
/** A natural key: 1–64 letters, digits, '.', '-', '_' or '/', starting with a letter or digit. */
export const code: CellCheck = all(required, (v) => (CODE.test(v) ? null : "code must be 1–64 letters, digits, '.', '-', '_' or '/'"));
/** Required text of at most `max` characters. */
export const text = (max: number): CellCheck => all(required, (v) => (v.length > max ? `longer than ${max} characters` : null));
/** Names and titles of reference data (agencies, competencies, positions). */
export const NAME_LENGTH = 300;

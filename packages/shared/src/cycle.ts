/** Length of an appraisal cycle (periode penilaian). */
export const CycleKind = {
  /** tahunan */
  ANNUAL: 'ANNUAL',
  /** semesteran */
  SEMESTER: 'SEMESTER',
  /** triwulanan */
  QUARTER: 'QUARTER',
} as const;
export type CycleKind = (typeof CycleKind)[keyof typeof CycleKind];
export const CYCLE_KINDS = Object.values(CycleKind);

export const CycleStatus = {
  /** SKP are being planned */
  PLANNING: 'PLANNING',
  /** appraisals are being filled in */
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
} as const;
export type CycleStatus = (typeof CycleStatus)[keyof typeof CycleStatus];
export const CYCLE_STATUSES = Object.values(CycleStatus);

export const NOT_A_MONTH = 'not a YYYY-MM month';

export type MonthResult =
  | { ok: true; year: number; month: number }
  | { ok: false; reason: typeof NOT_A_MONTH };

/** Parses a cycle month as written in datasets and inputs: exactly `YYYY-MM`, month 01..12. */
export function parseMonth(raw: string): MonthResult {
  const match = /^(\d{4})-(\d{2})$/.exec(raw);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return { ok: false, reason: NOT_A_MONTH };
  return { ok: true, year, month };
}

/**
 * The calendar year a cycle belongs to: the year of its start month. Yearly rules such as the
 * 20 JP development minimum are counted over this year.
 * @throws RangeError when `startMonth` is not `YYYY-MM` (validate input with `parseMonth` first)
 */
export function calendarYearOf(startMonth: string): number {
  const parsed = parseMonth(startMonth);
  if (!parsed.ok) throw new RangeError(`${NOT_A_MONTH}: ${JSON.stringify(startMonth)}`);
  return parsed.year;
}

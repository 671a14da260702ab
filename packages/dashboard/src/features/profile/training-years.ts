import { MIN_DEVELOPMENT_JP_PER_YEAR, meetsDevelopmentJp } from '@kinerja/shared';

export interface YearTotal {
  year: number;
  hoursJp: number;
  /** At least 20 JP in the calendar year (PP 11/2017 art. 203). */
  meets: boolean;
}

/** JP per calendar year of completion, latest year first. */
export function jpPerYear(records: readonly { completedOn: string; hoursJp: number }[]): YearTotal[] {
  const totals = new Map<number, number>();
  for (const r of records) {
    const year = Number(r.completedOn.slice(0, 4));
    if (!Number.isInteger(year)) continue;
    totals.set(year, (totals.get(year) ?? 0) + r.hoursJp);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, hoursJp]) => ({ year, hoursJp, meets: meetsDevelopmentJp(hoursJp) }));
}

export { MIN_DEVELOPMENT_JP_PER_YEAR };

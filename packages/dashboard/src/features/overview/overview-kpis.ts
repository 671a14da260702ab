// The headline figures of the overview and their change from the previous cycle. Pure: the component
// only picks the words.
import type { Formatters } from '../../format/format';

export const KPI_KEYS = ['headcount', 'completionRate', 'fitIndex', 'jp20Compliance', 'gapRate', 'selfSupervisorDiff'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export type KpiFigures = Record<KpiKey, number | null> & { suppressed: boolean };

interface KpiSpec {
  /** How the figure is written. */
  kind: 'integer' | 'percent' | 'index' | 'levels';
  /** Which way is good news: up, down, towards zero, or neither. */
  better: 'up' | 'down' | 'zero' | 'none';
}

export const KPI_SPECS: Readonly<Record<KpiKey, KpiSpec>> = {
  headcount: { kind: 'integer', better: 'none' },
  completionRate: { kind: 'percent', better: 'up' },
  fitIndex: { kind: 'index', better: 'up' },
  jp20Compliance: { kind: 'percent', better: 'up' },
  gapRate: { kind: 'percent', better: 'down' },
  // Self-ratings above the supervisor's are normal; the smaller the difference, the better calibrated.
  selfSupervisorDiff: { kind: 'levels', better: 'zero' },
};

export interface KpiChange {
  /** current − previous, in the figure's own unit (a share as a fraction). */
  delta: number;
  direction: 'up' | 'down' | 'flat';
  tone: 'good' | 'bad' | 'neutral';
}

/** Change from the previous cycle; null when either figure is missing or suppressed. */
export function kpiChange(key: KpiKey, current: KpiFigures | undefined, previous: KpiFigures | undefined): KpiChange | null {
  if (!current || !previous || current.suppressed || previous.suppressed) return null;
  const now = current[key];
  const before = previous[key];
  if (now === null || before === null) return null;
  const delta = now - before;
  // Differences smaller than what is shown are no change.
  const epsilon = KPI_SPECS[key].kind === 'percent' ? 0.0005 : KPI_SPECS[key].kind === 'integer' ? 0.5 : 0.005;
  const direction = Math.abs(delta) < epsilon ? 'flat' : delta > 0 ? 'up' : 'down';
  const better = KPI_SPECS[key].better;
  let tone: KpiChange['tone'] = 'neutral';
  if (direction !== 'flat') {
    if (better === 'up') tone = direction === 'up' ? 'good' : 'bad';
    else if (better === 'down') tone = direction === 'down' ? 'good' : 'bad';
    else if (better === 'zero') tone = Math.abs(now) < Math.abs(before) ? 'good' : 'bad';
  }
  return { delta, direction, tone };
}

export function formatKpiValue(key: KpiKey, value: number, format: Formatters): string {
  switch (KPI_SPECS[key].kind) {
    case 'integer':
      return format.integer(value);
    case 'percent':
      return format.percent(value);
    case 'index':
      return format.decimal(value, 1);
    case 'levels':
      return format.signed(value, 2);
  }
}

/** "+3,2 poin" for shares (percentage points), "+3,7" for the index, "+2" for people. */
export function formatKpiChange(key: KpiKey, change: KpiChange, format: Formatters, pointsUnit: string): string {
  switch (KPI_SPECS[key].kind) {
    case 'integer':
      return format.signed(change.delta, 0);
    case 'percent':
      return `${format.signed(change.delta * 100, 1)} ${pointsUnit}`;
    case 'index':
      return format.signed(change.delta, 1);
    case 'levels':
      return format.signed(change.delta, 2);
  }
}

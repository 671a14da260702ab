// "Does the spread of predicates follow the regulation's distribution pattern?" The actual share of each
// predicate among finalised appraisals, with the pattern's bound drawn over the bar it limits, and the
// pattern's rules checked one by one (PermenPANRB 6/2022, pola distribusi predikat kinerja pegawai).
import {
  DISTRIBUTION_PATTERN,
  PREDICATES,
  distributionBreaches,
  type DistributionRule,
  type OrganizationPredicate,
  type Predicate,
} from '@kinerja/shared';
import { chartColors, escapeHtml, firstParam, predicateColors, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface PredicateShareInput {
  predicate: Predicate;
  count: number | null;
  share: number | null;
}

export type PredicateDistributionRow = {
  predicate: Predicate;
  label: string;
  count: number;
  /** Share in percent (0–100), null when there are no finalised appraisals. */
  share: number | null;
  /** The pattern's bound on this predicate alone, in percent; null when the pattern sets none. */
  bound: number | null;
  boundKind: 'max' | 'min' | null;
};

export interface PatternCheck {
  rule: DistributionRule;
  kind: 'max' | 'min' | 'atLeastOne';
  /** The bound as a share (0–1); null for "at least one". */
  bound: number | null;
  actualCount: number;
  /** Actual combined share (0–1); null when there are no finalised appraisals. */
  actualShare: number | null;
  ok: boolean;
}

export interface PredicateDistributionLabels {
  predicate: (predicate: Predicate) => string;
  share: string;
  count: string;
  /** "maks. {bound}" / "min. {bound}" on the bound marker. */
  boundMax: (bound: string) => string;
  boundMin: (bound: string) => string;
  pattern: string;
  format: Formatters;
}

function countsOf(distribution: readonly PredicateShareInput[]): Record<Predicate, number> {
  const counts = Object.fromEntries(PREDICATES.map((p) => [p, 0])) as Record<Predicate, number>;
  for (const row of distribution) counts[row.predicate] = row.count ?? 0;
  return counts;
}

/** Each rule of the unit's pattern with the actual figure and whether it holds. */
export function checkDistributionPattern(
  distribution: readonly PredicateShareInput[],
  unit: OrganizationPredicate,
): PatternCheck[] {
  const counts = countsOf(distribution);
  const total = PREDICATES.reduce((sum, p) => sum + counts[p], 0);
  const breaches = new Set(distributionBreaches(unit, counts));
  return DISTRIBUTION_PATTERN[unit].map((rule) => {
    const actualCount = rule.predicates.reduce((sum, p) => sum + counts[p], 0);
    return {
      rule,
      kind: rule.atLeastOne ? 'atLeastOne' : rule.maxShare !== undefined ? 'max' : 'min',
      bound: rule.maxShare ?? rule.minShare ?? null,
      actualCount,
      actualShare: total === 0 ? null : actualCount / total,
      ok: !breaches.has(rule),
    };
  });
}

export function buildPredicateDistributionRows(
  distribution: readonly PredicateShareInput[],
  unit: OrganizationPredicate,
  labels: Pick<PredicateDistributionLabels, 'predicate'>,
): PredicateDistributionRow[] {
  const counts = countsOf(distribution);
  const total = PREDICATES.reduce((sum, p) => sum + counts[p], 0);
  return PREDICATES.map((predicate) => {
    // Only a rule on this predicate alone can be drawn over its bar; combined rules are in the checklist.
    const rule = DISTRIBUTION_PATTERN[unit].find(
      (r) => r.predicates.length === 1 && r.predicates[0] === predicate && (r.maxShare !== undefined || r.minShare !== undefined),
    );
    const bound = rule?.maxShare ?? rule?.minShare;
    return {
      predicate,
      label: labels.predicate(predicate),
      count: counts[predicate],
      share: total === 0 ? null : (counts[predicate] / total) * 100,
      bound: bound === undefined ? null : bound * 100,
      boundKind: rule ? (rule.maxShare !== undefined ? 'max' : 'min') : null,
    };
  });
}

export function buildPredicateDistributionOption(
  distribution: readonly PredicateShareInput[],
  unit: OrganizationPredicate,
  labels: PredicateDistributionLabels,
  /** Width of the chart in pixels: the predicate names wrap inside their own column. */
  chartWidth = 800,
): ChartOption {
  const rows = buildPredicateDistributionRows(distribution, unit, labels);
  const labelWidth = Math.max(48, Math.min(90, Math.floor((chartWidth - 64) / Math.max(1, rows.length)) - 6));
  const rowOf = (value: unknown) => value as PredicateDistributionRow;
  const pct = (value: number) => labels.format.percent(value / 100);
  return {
    dataset: { dimensions: ['predicate', 'label', 'count', 'share', 'bound', 'boundKind'], source: rows },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    // Only the bound needs a legend entry: the predicates are named on the axis.
    legend: { top: 0, left: 0, data: [labels.pattern], itemWidth: 16, itemHeight: 12 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const row = rowOf(firstParam(params)?.data);
        if (!row) return '';
        const lines = [
          `<strong>${escapeHtml(row.label)}</strong>`,
          `${escapeHtml(labels.share)}: <strong>${row.share === null ? '–' : pct(row.share)}</strong>`,
          `${escapeHtml(labels.count)}: ${labels.format.integer(row.count)}`,
        ];
        if (row.bound !== null) {
          const text = row.boundKind === 'max' ? labels.boundMax(pct(row.bound)) : labels.boundMin(pct(row.bound));
          lines.push(`${escapeHtml(labels.pattern)}: ${escapeHtml(text)}`);
        }
        return lines.join('<br>');
      },
    },
    xAxis: { type: 'category', axisLabel: { interval: 0, width: labelWidth, overflow: 'break', fontSize: chartWidth < 480 ? 11 : 12, lineHeight: 15 } },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: (value: number) => pct(value) },
    },
    series: [
      {
        type: 'bar',
        name: labels.share,
        encode: { x: 'label', y: 'share' },
        barMaxWidth: 64,
        itemStyle: { color: (p) => predicateColors[rowOf(p.data).predicate], borderRadius: [4, 4, 0, 0] },
        label: {
          show: true,
          position: 'top',
          fontWeight: 'bold',
          color: chartColors.text,
          formatter: (p) => {
            const row = rowOf(p.data);
            return row.share === null ? '' : pct(row.share);
          },
        },
      },
      {
        // The pattern's bound: an outline over the actual bar, dashed, so the gap between the two reads.
        type: 'bar',
        name: labels.pattern,
        encode: { x: 'label', y: 'bound' },
        barGap: '-100%',
        barMaxWidth: 64,
        silent: true,
        z: 3,
        itemStyle: { color: 'rgba(0,0,0,0)', borderColor: chartColors.navy, borderWidth: 2, borderType: 'dashed' },
        // No label: the actual share sits on top of its bar inside the outline; the rules say the bound.
        label: { show: false },
      },
    ],
  };
}

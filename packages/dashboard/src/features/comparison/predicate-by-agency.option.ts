// "How are predicates spread in each agency?" One 100% bar per agency (the whole scope first), a
// segment per predicate from best (green) to worst (red). An agency without final appraisals or whose
// group is suppressed gets a grey bar that says why.
import { PREDICATES, type Predicate } from '@kinerja/shared';
import { chartColors, escapeHtml, firstParam, predicateColors, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface PredicateByAgencyInput {
  label: string;
  grouping: 'SCOPE' | 'CHILD' | 'OWN';
  suppressed: boolean;
  predicateDistribution: { predicate: Predicate; count: number | null; share: number | null }[] | null;
}

export type PredicateByAgencyRow = {
  label: string;
  grouping: string;
  finalized: number | null;
  /** 100 when there is nothing to draw (grey bar), null otherwise. */
  missing: number | null;
  reason: string;
} & Record<`${Predicate}`, number | null> & Record<`${Predicate}_count`, number | null>;

export interface PredicateByAgencyLabels {
  predicate: (p: Predicate) => string;
  finalized: string;
  suppressed: string;
  noData: string;
  format: Formatters;
}

export function buildPredicateByAgencyRows(
  input: readonly PredicateByAgencyInput[],
  labels: Pick<PredicateByAgencyLabels, 'suppressed' | 'noData'>,
): PredicateByAgencyRow[] {
  return input.map((r) => {
    const distribution = r.suppressed ? null : r.predicateDistribution;
    const finalized = distribution ? distribution.reduce((sum, p) => sum + (p.count ?? 0), 0) : null;
    const drawable = finalized !== null && finalized > 0;
    const row: Record<string, number | string | null> = {
      label: r.label,
      grouping: r.grouping,
      finalized,
      missing: drawable ? null : 100,
      reason: drawable ? '' : r.suppressed ? labels.suppressed : labels.noData,
    };
    for (const p of PREDICATES) {
      const entry = distribution?.find((d) => d.predicate === p);
      row[p] = drawable && entry?.share != null ? entry.share * 100 : null;
      row[`${p}_count`] = drawable ? (entry?.count ?? 0) : null;
    }
    return row as PredicateByAgencyRow;
  });
}

export function buildPredicateByAgencyOption(
  input: readonly PredicateByAgencyInput[],
  labels: PredicateByAgencyLabels,
  /** Width of the chart in pixels: on a phone the agency names take at most a third of it. */
  chartWidth = 800,
): ChartOption {
  const rows = buildPredicateByAgencyRows(input, labels);
  const rowOf = (value: unknown) => value as PredicateByAgencyRow;
  const f = labels.format;
  const dims = ['label', 'grouping', 'finalized', 'missing', 'reason', ...PREDICATES, ...PREDICATES.map((p) => `${p}_count`)];
  return {
    dataset: { dimensions: dims, source: rows },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, right: 40, icon: 'roundRect', itemWidth: 12, itemHeight: 12, data: PREDICATES.map(labels.predicate) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const row = rowOf(firstParam(params)?.data);
        if (!row) return '';
        const lines = [`<strong>${escapeHtml(row.label)}</strong>`];
        if (row.missing !== null) return [...lines, escapeHtml(row.reason)].join('<br>');
        lines.push(`${escapeHtml(labels.finalized)}: ${f.integer(row.finalized ?? 0)}`);
        for (const p of PREDICATES) {
          const share = row[p];
          lines.push(
            `<span style="color:${predicateColors[p]}">●</span> ${escapeHtml(labels.predicate(p))}: <strong>${share === null ? '–' : f.percent(share / 100)}</strong> (${f.integer(row[`${p}_count`] ?? 0)})`,
          );
        }
        return lines.join('<br>');
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      // Four percentages in a row run together on a phone: every 50% there.
      interval: chartWidth < 480 ? 50 : undefined,
      axisLabel: { formatter: (v: number) => f.percent(v / 100, 0) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      axisLabel: {
        width: Math.min(180, Math.floor(chartWidth / 3)),
        overflow: 'truncate',
        formatter: (value: string) => value,
      },
    },
    series: [
      ...PREDICATES.map((p) => ({
        type: 'bar' as const,
        name: labels.predicate(p),
        stack: 'share',
        encode: { y: 'label', x: p },
        color: predicateColors[p],
        barMaxWidth: 26,
        label: {
          show: true,
          color: '#ffffff',
          fontSize: 11,
          fontWeight: 'bold' as const,
          formatter: (params: { data: unknown }) => {
            const share = rowOf(params.data)[p];
            // Only segments wide enough to hold their number are labelled; the tooltip has them all.
            return share !== null && share >= 12 ? f.percent(share / 100, 0) : '';
          },
        },
      })),
      {
        type: 'bar' as const,
        name: labels.noData,
        stack: 'missing',
        encode: { y: 'label', x: 'missing' },
        barMaxWidth: 26,
        barGap: '-100%',
        silent: true,
        itemStyle: { color: chartColors.missing },
        label: {
          show: true,
          position: 'insideLeft' as const,
          color: chartColors.textMuted,
          fontStyle: 'italic' as const,
          formatter: (params: { data: unknown }) => rowOf(params.data).reason,
        },
      },
    ],
  };
}

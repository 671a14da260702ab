// "How has the predicate developed?" One point per cycle on a scale of the five predicates, worst at
// the bottom; a cycle without a predicate yet is a gap in the line, not the lowest predicate.
import { PREDICATES, type Predicate } from '@kinerja/shared';
import { chartColors, escapeHtml, firstParam, predicateColors, type ChartOption } from '../../charts/echarts';

export interface PredicateHistoryInput {
  cycleName: string;
  startMonth: string;
  predicate: Predicate | null;
  status: string;
}

export type PredicateHistoryPoint = {
  cycle: string;
  predicate: string | null;
  label: string;
  status: string;
};

export interface PredicateHistoryLabels {
  predicate: (p: Predicate) => string;
  status: (s: string) => string;
  pending: string;
}

export function buildPredicateHistoryPoints(
  input: readonly PredicateHistoryInput[],
  labels: PredicateHistoryLabels,
): PredicateHistoryPoint[] {
  return [...input]
    .sort((a, b) => a.startMonth.localeCompare(b.startMonth))
    .map((a) => ({
      cycle: a.cycleName,
      predicate: a.predicate,
      label: a.predicate ? labels.predicate(a.predicate) : labels.pending,
      status: labels.status(a.status),
    }));
}

export function buildPredicateHistoryOption(
  input: readonly PredicateHistoryInput[],
  labels: PredicateHistoryLabels,
  /** Width of the chart in pixels: the cycle names wrap inside their own column. */
  chartWidth = 800,
): ChartOption {
  const points = buildPredicateHistoryPoints(input, labels);
  const labelWidth = Math.max(56, Math.min(130, Math.floor((chartWidth - 140) / Math.max(1, points.length)) - 8));
  const pointOf = (value: unknown) => value as PredicateHistoryPoint;
  return {
    dataset: { dimensions: ['cycle', 'predicate', 'label', 'status'], source: points },
    grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = pointOf(firstParam(params)?.data);
        if (!p) return '';
        return `<strong>${escapeHtml(p.cycle)}</strong><br>${escapeHtml(p.label)}<br><span style="color:${chartColors.textMuted}">${escapeHtml(p.status)}</span>`;
      },
    },
    xAxis: { type: 'category', boundaryGap: true, axisLabel: { interval: 0, width: labelWidth, overflow: 'break', lineHeight: 15 } },
    yAxis: {
      type: 'category',
      // Worst at the bottom, best at the top.
      data: [...PREDICATES].reverse(),
      boundaryGap: true,
      axisLabel: { formatter: (p: string) => labels.predicate(p as Predicate) },
      splitLine: { show: true, lineStyle: { color: chartColors.grid } },
    },
    series: [
      {
        type: 'line',
        encode: { x: 'cycle', y: 'predicate' },
        symbol: 'circle',
        symbolSize: 16,
        connectNulls: false,
        lineStyle: { color: chartColors.muted, width: 2 },
        itemStyle: {
          color: (p) => {
            const predicate = pointOf(p.data).predicate as Predicate | null;
            return predicate ? predicateColors[predicate] : chartColors.muted;
          },
          borderColor: '#ffffff',
          borderWidth: 2,
        },
        label: {
          show: true,
          position: 'top',
          fontWeight: 'bold',
          formatter: (p) => pointOf(p.data).label,
        },
      },
    ],
  };
}

// "Do agencies that complete their appraisals also fit their standards?" One dot per child agency:
// completion across, fit index up, size by headcount; the whole scope as a navy diamond for reference.
import { chartColors, escapeHtml, firstParam, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface CompletionFitInput {
  label: string;
  grouping: 'SCOPE' | 'CHILD' | 'OWN';
  completionRate: number | null;
  fitIndex: number | null;
  headcount: number | null;
  suppressed: boolean;
}

export type CompletionFitPoint = {
  completion: number;
  fit: number;
  headcount: number;
  label: string;
  grouping: string;
};

export interface CompletionFitLabels {
  completion: string;
  fit: string;
  headcount: string;
  format: Formatters;
}

/** The drawable points, and the labels of the agencies that could not be drawn. */
export function buildCompletionFitPoints(input: readonly CompletionFitInput[]): { points: CompletionFitPoint[]; left: string[] } {
  const points: CompletionFitPoint[] = [];
  const left: string[] = [];
  for (const r of input) {
    if (r.suppressed || r.completionRate === null || r.fitIndex === null) {
      if (r.grouping !== 'SCOPE') left.push(r.label);
      continue;
    }
    points.push({ completion: r.completionRate * 100, fit: r.fitIndex, headcount: r.headcount ?? 0, label: r.label, grouping: r.grouping });
  }
  return { points, left };
}

const sizeOf = (headcount: number, largest: number) => 12 + 30 * Math.sqrt(headcount / Math.max(1, largest));

export function buildCompletionFitOption(
  input: readonly CompletionFitInput[],
  labels: CompletionFitLabels,
  /** Width of the chart in pixels: on a phone the point names get less room beside the plot. */
  chartWidth = 800,
): ChartOption {
  const nameWidth = chartWidth < 480 ? 90 : 150;
  const { points } = buildCompletionFitPoints(input);
  const largest = Math.max(1, ...points.filter((p) => p.grouping !== 'SCOPE').map((p) => p.headcount));
  const pointOf = (value: unknown) => value as CompletionFitPoint;
  const f = labels.format;
  // Axes frame the points (to the nearest 5) so that differences between agencies are visible.
  const minOf = (values: number[]) => Math.max(0, Math.floor((Math.min(100, ...values) - 5) / 5) * 5);
  const maxOf = (values: number[]) => Math.min(100, Math.ceil((Math.max(0, ...values) + 5) / 5) * 5);
  const completions = points.map((p) => p.completion);
  const fits = points.map((p) => p.fit);
  const tooltip = (p: CompletionFitPoint) =>
    [
      `<strong>${escapeHtml(p.label)}</strong>`,
      `${escapeHtml(labels.completion)}: <strong>${f.percent(p.completion / 100)}</strong>`,
      `${escapeHtml(labels.fit)}: <strong>${f.decimal(p.fit, 1)}</strong>`,
      `${escapeHtml(labels.headcount)}: ${f.integer(p.headcount)}`,
    ].join('<br>');
  const common = {
    type: 'scatter' as const,
    encode: { x: 'completion', y: 'fit', tooltip: ['label'] },
    label: {
      show: true,
      position: 'right' as const,
      fontSize: 12,
      width: nameWidth,
      overflow: 'truncate' as const,
      color: chartColors.text,
      formatter: (p: { data: unknown }) => pointOf(p.data).label,
    },
    labelLayout: { hideOverlap: true },
  };
  return {
    dataset: [
      { dimensions: ['completion', 'fit', 'headcount', 'label', 'grouping'], source: points.filter((p) => p.grouping !== 'SCOPE') },
      { dimensions: ['completion', 'fit', 'headcount', 'label', 'grouping'], source: points.filter((p) => p.grouping === 'SCOPE') },
    ],
    grid: { left: chartWidth < 480 ? 24 : 40, right: nameWidth, top: 24, bottom: 40, containLabel: true },
    tooltip: { trigger: 'item', formatter: (params) => tooltip(pointOf(firstParam(params)?.data)) },
    xAxis: {
      type: 'value',
      name: labels.completion,
      nameLocation: 'middle',
      nameGap: 28,
      min: minOf(completions),
      max: maxOf(completions),
      interval: 5,
      axisLabel: { formatter: (v: number) => f.percent(v / 100, 0) },
    },
    yAxis: {
      type: 'value',
      name: labels.fit,
      nameLocation: 'middle',
      nameGap: 40,
      min: minOf(fits),
      max: maxOf(fits),
      interval: 5,
    },
    series: [
      {
        ...common,
        datasetIndex: 0,
        symbolSize: (_value: unknown, params: { data: unknown }) => sizeOf(pointOf(params.data).headcount, largest),
        itemStyle: { color: chartColors.teal, opacity: 0.85, borderColor: '#ffffff', borderWidth: 1 },
      },
      {
        ...common,
        datasetIndex: 1,
        symbol: 'diamond',
        symbolSize: 18,
        itemStyle: { color: chartColors.navy },
        label: { ...common.label, fontWeight: 'bold' as const, color: chartColors.navy },
      },
    ],
  };
}

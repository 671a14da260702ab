// "Did the training lift levels more than no training did?" One row per programme, ranked by effect:
// two dumbbells — the trained (teal) and the comparison group (grey) — from the mean level before
// (C′, hollow dot) to the mean level after (C, filled dot). The gap between the two slopes is the effect.
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import { chartColors, escapeHtml, firstParam, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface EffectInput {
  programCode: string;
  programTitle: string;
  competencyName: string;
  trained: number | null;
  comparison: number | null;
  meanLevelBefore: number | null;
  meanLevelAfter: number | null;
  comparisonMeanLevelBefore: number | null;
  comparisonMeanLevelAfter: number | null;
  meanLevelChange: number | null;
  comparisonMeanLevelChange: number | null;
  effect: number | null;
  closedRate: number | null;
  suppressed: boolean;
}

// A type alias, not an interface: ECharts dataset rows must be indexable by dimension name.
export type EffectChartRow = {
  code: string;
  label: string;
  title: string;
  competency: string;
  trained: number;
  comparison: number;
  before: number;
  after: number;
  /** null when the comparison group is empty */
  comparisonBefore: number | null;
  comparisonAfter: number | null;
  change: number;
  comparisonChange: number | null;
  effect: number | null;
  closedRate: number | null;
};

export interface EffectLabels {
  trained: string;
  comparison: string;
  before: string;
  after: string;
  change: string;
  effect: string;
  closedRate: string;
  people: string;
  noComparison: string;
  level: string;
  format: Formatters;
}

/** Shown programmes ranked by effect (largest first, programmes without a comparison last), then closed rate, then code; suppressed ones counted. */
export function rankEffectRows(input: readonly EffectInput[]): { rows: EffectChartRow[]; hidden: number } {
  const shown = input.filter((r) => !r.suppressed && r.trained !== null && r.meanLevelBefore !== null && r.meanLevelAfter !== null);
  const rows = shown
    .map((r): EffectChartRow => ({
      code: r.programCode,
      label: r.programCode,
      title: r.programTitle,
      competency: r.competencyName,
      trained: r.trained as number,
      comparison: r.comparison ?? 0,
      before: r.meanLevelBefore as number,
      after: r.meanLevelAfter as number,
      comparisonBefore: r.comparisonMeanLevelBefore,
      comparisonAfter: r.comparisonMeanLevelAfter,
      change: r.meanLevelChange ?? 0,
      comparisonChange: r.comparisonMeanLevelChange,
      effect: r.effect,
      closedRate: r.closedRate,
    }))
    .sort((a, b) => {
      if (a.effect === null || b.effect === null) return a.effect === b.effect ? a.code.localeCompare(b.code) : a.effect === null ? 1 : -1;
      return b.effect - a.effect || (b.closedRate ?? 0) - (a.closedRate ?? 0) || a.code.localeCompare(b.code);
    });
  return { rows, hidden: input.length - shown.length };
}

/** The dataset dimensions a dumbbell reads its two ends from. */
type LevelDimension = 'before' | 'after' | 'comparisonBefore' | 'comparisonAfter';

/** A dumbbell from `from` to `to` on the row's category, shifted up (−1) or down (+1) within the band. */
function dumbbell(from: LevelDimension, to: LevelDimension, color: string, shift: -1 | 1) {
  return (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const start = api.value(from);
    const end = api.value(to);
    if (typeof start !== 'number' || typeof end !== 'number' || Number.isNaN(start) || Number.isNaN(end)) return null;
    const category = api.value('label');
    const [x0, y] = api.coord([start, category]) as [number, number];
    const [x1] = api.coord([end, category]) as [number, number];
    const band = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 40;
    const cy = y + shift * Math.min(10, band * 0.2);
    return {
      type: 'group',
      children: [
        { type: 'line', shape: { x1: x0, y1: cy, x2: x1, y2: cy }, style: { stroke: color, lineWidth: 3, opacity: 0.8 } },
        { type: 'circle', shape: { cx: x0, cy, r: 5 }, style: { fill: '#ffffff', stroke: color, lineWidth: 2 } },
        { type: 'circle', shape: { cx: x1, cy, r: 6 }, style: { fill: color } },
      ],
    };
  };
}

export function buildEffectOption(input: readonly EffectInput[], labels: EffectLabels): ChartOption {
  const { rows } = rankEffectRows(input);
  const f = labels.format;
  const rowOf = (value: unknown) => value as EffectChartRow;
  const levels = rows.flatMap((r) => [r.before, r.after, r.comparisonBefore, r.comparisonAfter]).filter((v): v is number => v !== null);
  // Levels run 1..5: show the part the rows use, at least two levels wide.
  let min = levels.length ? Math.max(1, Math.floor(Math.min(...levels))) : 1;
  const max = levels.length ? Math.min(5, Math.max(min + 1, Math.ceil(Math.max(...levels)))) : 5;
  if (max - min < 1) min = max - 1;
  const signed = (v: number | null) => (v === null ? labels.noComparison : f.signed(v, 2));
  return {
    dataset: {
      dimensions: ['label', 'before', 'after', 'comparisonBefore', 'comparisonAfter', 'code', 'title', 'competency', 'trained', 'comparison',
        'change', 'comparisonChange', 'effect', 'closedRate'],
      source: rows,
    },
    grid: { left: 8, right: 24, top: 40, bottom: 28, containLabel: true },
    legend: { top: 0, left: 0, data: [labels.trained, labels.comparison] },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const row = rowOf(firstParam(params)?.data);
        if (!row) return '';
        const level = (a: number | null, b: number | null) => (a === null || b === null ? labels.noComparison : `${f.decimal(a, 2)} → ${f.decimal(b, 2)}`);
        return [
          `<strong>${escapeHtml(row.title)}</strong> (${escapeHtml(row.code)})`,
          escapeHtml(row.competency),
          `<span style="color:${chartColors.teal}">●</span> ${escapeHtml(labels.trained)} (${f.integer(row.trained)} ${escapeHtml(labels.people)}): ${level(row.before, row.after)} (${signed(row.change)})`,
          `<span style="color:${chartColors.muted}">●</span> ${escapeHtml(labels.comparison)} (${f.integer(row.comparison)} ${escapeHtml(labels.people)}): ${level(row.comparisonBefore, row.comparisonAfter)} (${signed(row.comparisonChange)})`,
          `${escapeHtml(labels.effect)}: <strong>${signed(row.effect)}</strong>`,
          `${escapeHtml(labels.closedRate)}: ${row.closedRate === null ? '—' : f.percent(row.closedRate)}`,
        ].join('<br>');
      },
    },
    xAxis: {
      type: 'value',
      min,
      max,
      interval: 1,
      name: labels.level,
      nameLocation: 'middle',
      nameGap: 22,
      axisLabel: { formatter: (v: number) => f.integer(v) },
    },
    yAxis: { type: 'category', inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      {
        type: 'custom',
        name: labels.trained,
        color: chartColors.teal,
        encode: { x: ['before', 'after'], y: 'label', tooltip: ['before', 'after'] },
        renderItem: dumbbell('before', 'after', chartColors.teal, -1),
      },
      {
        type: 'custom',
        name: labels.comparison,
        color: chartColors.muted,
        encode: { x: ['comparisonBefore', 'comparisonAfter'], y: 'label', tooltip: ['comparisonBefore', 'comparisonAfter'] },
        renderItem: dumbbell('comparisonBefore', 'comparisonAfter', chartColors.muted, 1),
      },
    ],
  };
}

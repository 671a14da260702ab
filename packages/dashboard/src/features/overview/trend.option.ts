// "Is it getting better from cycle to cycle?" Completion, fit index, 20 JP compliance and gap rate per
// cycle, on one 0–100 scale (shares in percent, the fit index is itself 0–100).
import { chartColors, escapeHtml, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface TrendInput {
  cycleName: string;
  completionRate: number | null;
  fitIndex: number | null;
  jp20Compliance: number | null;
  gapRate: number | null;
  suppressed: boolean;
}

export type TrendRow = {
  cycle: string;
  completion: number | null;
  fit: number | null;
  jp20: number | null;
  gapRate: number | null;
};

export interface TrendLabels {
  completion: string;
  fit: string;
  jp20: string;
  gapRate: string;
  noData: string;
  format: Formatters;
}

const SERIES = [
  { key: 'completion', color: chartColors.navy, percent: true },
  { key: 'fit', color: chartColors.teal, percent: false },
  { key: 'jp20', color: chartColors.gold, percent: true },
  { key: 'gapRate', color: chartColors.red, percent: true },
] as const;

const pct = (v: number | null) => (v === null ? null : v * 100);

export function buildTrendRows(points: readonly TrendInput[]): TrendRow[] {
  return points.map((p) => ({
    cycle: p.cycleName,
    completion: p.suppressed ? null : pct(p.completionRate),
    fit: p.suppressed ? null : p.fitIndex,
    jp20: p.suppressed ? null : pct(p.jp20Compliance),
    gapRate: p.suppressed ? null : pct(p.gapRate),
  }));
}

export function buildTrendOption(points: readonly TrendInput[], labels: TrendLabels): ChartOption {
  const rows = buildTrendRows(points);
  const name = (key: (typeof SERIES)[number]['key']) => labels[key];
  const text = (key: (typeof SERIES)[number]['key'], value: number | null) => {
    if (value === null) return labels.noData;
    return key === 'fit' ? labels.format.decimal(value, 1) : labels.format.percent(value / 100);
  };
  return {
    dataset: { dimensions: ['cycle', 'completion', 'fit', 'jp20', 'gapRate'], source: rows },
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, right: 40, icon: 'roundRect', itemWidth: 12, itemHeight: 12 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const row = list[0]?.data as TrendRow | undefined;
        if (!row) return '';
        return [
          `<strong>${escapeHtml(row.cycle)}</strong>`,
          ...SERIES.map(
            (s) => `<span style="color:${s.color}">●</span> ${escapeHtml(name(s.key))}: <strong>${text(s.key, row[s.key])}</strong>`,
          ),
        ].join('<br>');
      },
    },
    xAxis: { type: 'category', boundaryGap: rows.length < 3, axisLabel: { interval: 0, width: 130, overflow: 'break', lineHeight: 15 } },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: SERIES.map((s) => ({
      type: 'line' as const,
      name: name(s.key),
      encode: { x: 'cycle', y: s.key },
      color: s.color,
      symbol: 'circle',
      symbolSize: 9,
      lineStyle: { width: 3 },
      connectNulls: false,
      // No value labels: lines close together would print them over each other. The tooltip and the
      // table under the chart give every value.
    })),
  };
}

// "Which talent box are our people in?" The 9-box of PermenPANRB 3/2020 as a 3 × 3 grid: potential
// across (low → high), performance up (below → above). Each cell shows its box number, the number of
// people and their share; darker cells hold more people. The chosen box has a gold frame.
import { PERFORMANCE_LEVELS, POTENTIAL_LEVELS, type PerformanceLevel, type PotentialLevel } from '@kinerja/shared';
import { chartColors, countScale, escapeHtml, firstParam, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface NineBoxInput {
  box: number;
  count: number | null;
  performance: string;
  potential: string;
  followUp: string;
}

export type NineBoxCell = {
  potential: string;
  performance: string;
  box: number;
  count: number | null;
  /** Share of the placed employees, 0–1; null when nobody is placed. */
  share: number | null;
  followUp: string;
};

export interface NineBoxLabels {
  box: (box: number) => string;
  people: (count: string) => string;
  performance: (level: PerformanceLevel) => string;
  potential: (level: PotentialLevel) => string;
  performanceAxis: string;
  potentialAxis: string;
  noData: string;
  format: Formatters;
}

export function buildNineBoxCells(input: readonly NineBoxInput[]): NineBoxCell[] {
  const placed = input.reduce((sum, b) => sum + (b.count ?? 0), 0);
  return input.map((b) => ({
    potential: b.potential,
    performance: b.performance,
    box: b.box,
    count: b.count,
    share: b.count === null || placed === 0 ? null : b.count / placed,
    followUp: b.followUp,
  }));
}

export function buildNineBoxOption(input: readonly NineBoxInput[], selected: number | null, labels: NineBoxLabels): ChartOption {
  const cells = buildNineBoxCells(input);
  const cellOf = (value: unknown) => value as NineBoxCell;
  const f = labels.format;
  const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
  const dims = ['potential', 'performance', 'count', 'box', 'share', 'followUp'];
  // Performance runs bottom (below) to top (above): the axis lists it worst first. Its labels break
  // into two short lines so that on a phone the cells keep room for "Kotak 4".
  const performanceAxis = [...PERFORMANCE_LEVELS].reverse();
  return {
    dataset: [
      { dimensions: dims, source: cells },
      { dimensions: dims, source: cells.filter((c) => c.box === selected) },
    ],
    grid: { left: 8, right: 8, top: 32, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const cell = cellOf(firstParam(params)?.data);
        if (!cell) return '';
        return [
          `<strong>${escapeHtml(labels.box(cell.box))}</strong>`,
          `${escapeHtml(labels.performanceAxis)}: ${escapeHtml(labels.performance(cell.performance as PerformanceLevel))}`,
          `${escapeHtml(labels.potentialAxis)}: ${escapeHtml(labels.potential(cell.potential as PotentialLevel))}`,
          `<strong>${cell.count === null ? labels.noData : escapeHtml(labels.people(f.integer(cell.count)))}</strong>${cell.share === null ? '' : ` (${f.percent(cell.share)})`}`,
          `<span style="display:inline-block;max-width:260px;white-space:normal">${escapeHtml(cell.followUp)}</span>`,
        ].join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: [...POTENTIAL_LEVELS],
      name: labels.potentialAxis,
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { fontWeight: 'bold', fontSize: 13 },
      splitArea: { show: false },
      // Every potential level named, on a phone too (ECharts would drop the middle one).
      axisLabel: { fontSize: 12, interval: 0, formatter: (v: string) => labels.potential(v as PotentialLevel) },
    },
    yAxis: {
      type: 'category',
      data: performanceAxis,
      name: labels.performanceAxis,
      nameLocation: 'end',
      nameGap: 10,
      nameTextStyle: { fontWeight: 'bold', fontSize: 13, align: 'right' },
      axisLabel: { fontSize: 13, width: 92, overflow: 'break', lineHeight: 17, formatter: (v: string) => labels.performance(v as PerformanceLevel) },
    },
    visualMap: {
      type: 'continuous',
      show: false,
      seriesIndex: 0,
      dimension: dims.indexOf('count'),
      min: 0,
      max,
      inRange: { color: [...countScale] },
    },
    series: [
      {
        type: 'heatmap',
        datasetIndex: 0,
        encode: { x: 'potential', y: 'performance', value: 'count' },
        cursor: 'pointer',
        itemStyle: { borderColor: '#ffffff', borderWidth: 4, borderRadius: 8 },
        emphasis: { itemStyle: { borderColor: chartColors.navy, borderWidth: 3 } },
        label: {
          show: true,
          formatter: (p) => {
            const cell = cellOf(p.data);
            const count = cell.count === null ? '–' : f.integer(cell.count);
            const share = cell.share === null ? ' ' : f.percent(cell.share, 0);
            // Dark cells get white text, pale cells dark text.
            const tone = (cell.count ?? 0) / max > 0.55 ? 'd' : 'l';
            return `{box${tone}|${labels.box(cell.box)}}\n{count${tone}|${count}}\n{share${tone}|${share}}`;
          },
          rich: {
            boxl: { fontSize: 12, fontWeight: 'bold', lineHeight: 18, color: chartColors.textMuted },
            countl: { fontSize: 28, fontWeight: 'bold', lineHeight: 36, color: chartColors.navy },
            sharel: { fontSize: 12, lineHeight: 16, color: chartColors.textMuted },
            boxd: { fontSize: 12, fontWeight: 'bold', lineHeight: 18, color: 'rgba(255,255,255,0.85)' },
            countd: { fontSize: 28, fontWeight: 'bold', lineHeight: 36, color: '#ffffff' },
            shared: { fontSize: 12, lineHeight: 16, color: 'rgba(255,255,255,0.85)' },
          },
        },
      },
      {
        // The chosen box: a gold frame over the cell.
        type: 'heatmap',
        datasetIndex: 1,
        encode: { x: 'potential', y: 'performance', value: 'count' },
        silent: true,
        itemStyle: { color: 'rgba(0,0,0,0)', borderColor: chartColors.gold, borderWidth: 5, borderRadius: 8 },
        label: { show: false },
      },
    ],
  };
}

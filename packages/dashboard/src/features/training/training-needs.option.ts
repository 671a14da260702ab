// "Which competencies need training most?" Employees with a gap per competency, split into those a
// catalogue programme covers and those no programme covers (catalogue holes, in red).
import { chartColors, escapeHtml, firstParam, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface TrainingNeedInput {
  competencyCode: string;
  competencyName: string;
  employeesWithGap: number | null;
  uncoveredEmployees: number | null;
  burden: number | null;
  estimatedHoursJp: number | null;
  estimatedCost: number | null;
  suppressed: boolean;
}

export type TrainingNeedChartRow = {
  code: string;
  name: string;
  withGap: number;
  covered: number;
  uncovered: number;
  burden: number | null;
  hours: number | null;
  cost: number | null;
};

export interface TrainingNeedLabels {
  covered: string;
  uncovered: string;
  withGap: string;
  burden: string;
  hours: string;
  cost: string;
  noData: string;
  format: Formatters;
}

/** Competencies by employees with a gap (then burden), suppressed ones left out and counted. */
export function buildTrainingNeedRows(input: readonly TrainingNeedInput[]): { rows: TrainingNeedChartRow[]; hidden: number } {
  const shown = input.filter((n) => !n.suppressed && n.employeesWithGap !== null);
  const rows = shown
    .map((n) => {
      const withGap = n.employeesWithGap as number;
      const uncovered = Math.min(n.uncoveredEmployees ?? 0, withGap);
      return {
        code: n.competencyCode,
        name: n.competencyName,
        withGap,
        covered: withGap - uncovered,
        uncovered,
        burden: n.burden,
        hours: n.estimatedHoursJp,
        cost: n.estimatedCost,
      };
    })
    .sort((a, b) => b.withGap - a.withGap || (b.burden ?? 0) - (a.burden ?? 0) || a.code.localeCompare(b.code, 'en', { numeric: true }));
  return { rows, hidden: input.length - shown.length };
}

export function buildTrainingNeedsOption(input: readonly TrainingNeedInput[], labels: TrainingNeedLabels): ChartOption {
  const { rows } = buildTrainingNeedRows(input);
  const rowOf = (value: unknown) => value as TrainingNeedChartRow;
  const f = labels.format;
  const label = (key: 'covered' | 'uncovered') => ({
    show: true,
    position: 'inside' as const,
    color: '#ffffff',
    fontSize: 12,
    fontWeight: 'bold' as const,
    formatter: (p: { data: unknown }) => {
      const v = rowOf(p.data)[key];
      return v > 0 ? f.integer(v) : '';
    },
  });
  return {
    dataset: { dimensions: ['code', 'name', 'withGap', 'covered', 'uncovered', 'burden', 'hours', 'cost'], source: rows },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, right: 40, icon: 'roundRect', itemWidth: 12, itemHeight: 12 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const row = rowOf(firstParam(params)?.data);
        if (!row) return '';
        const n = (v: number | null, fn: (x: number) => string) => (v === null ? labels.noData : fn(v));
        return [
          `<strong>${escapeHtml(row.name)}</strong> (${escapeHtml(row.code)})`,
          `${escapeHtml(labels.withGap)}: <strong>${f.integer(row.withGap)}</strong>`,
          `<span style="color:${chartColors.teal}">●</span> ${escapeHtml(labels.covered)}: ${f.integer(row.covered)}`,
          `<span style="color:${chartColors.red}">●</span> ${escapeHtml(labels.uncovered)}: ${f.integer(row.uncovered)}`,
          `${escapeHtml(labels.burden)}: ${n(row.burden, f.integer)}`,
          `${escapeHtml(labels.hours)}: ${n(row.hours, f.jp)}`,
          `${escapeHtml(labels.cost)}: ${n(row.cost, f.rupiah)}`,
        ].join('<br>');
      },
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => f.integer(v) } },
    yAxis: { type: 'category', inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: labels.covered,
        stack: 'need',
        encode: { y: 'name', x: 'covered' },
        color: chartColors.teal,
        barMaxWidth: 22,
        label: label('covered'),
      },
      {
        type: 'bar',
        name: labels.uncovered,
        stack: 'need',
        encode: { y: 'name', x: 'uncovered' },
        color: chartColors.red,
        barMaxWidth: 22,
        itemStyle: { borderRadius: [0, 4, 4, 0] },
        label: label('uncovered'),
      },
    ],
  };
}

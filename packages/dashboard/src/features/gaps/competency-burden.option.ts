// "Which competencies carry the largest gap burden?" Competencies ranked by burden (Σ gap over the
// scope), the chosen one in gold. Suppressed competencies are not drawn; the card says how many.
import { chartColors, escapeHtml, firstParam, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface BurdenInput {
  competencyCode: string;
  competencyName: string;
  burden: number | null;
  gapRate: number | null;
  withGap: number | null;
  assessed: number | null;
  suppressed: boolean;
}

export type BurdenRow = {
  code: string;
  name: string;
  burden: number;
  gapRate: number | null;
  withGap: number | null;
  assessed: number | null;
  /** 1 when this is the chosen competency. */
  selected: number;
};

export interface BurdenLabels {
  burden: string;
  gapRate: string;
  withGap: string;
  noData: string;
  format: Formatters;
}

export function buildBurdenRows(input: readonly BurdenInput[], selected: string | null): { rows: BurdenRow[]; hidden: number } {
  const shown = input.filter((r) => !r.suppressed && r.burden !== null);
  const rows = shown
    .map((r) => ({
      code: r.competencyCode,
      name: r.competencyName,
      burden: r.burden as number,
      gapRate: r.gapRate,
      withGap: r.withGap,
      assessed: r.assessed,
      selected: r.competencyCode === selected ? 1 : 0,
    }))
    .sort((a, b) => b.burden - a.burden || a.code.localeCompare(b.code, 'en', { numeric: true }));
  return { rows, hidden: input.length - shown.length };
}

export function buildBurdenOption(input: readonly BurdenInput[], selected: string | null, labels: BurdenLabels): ChartOption {
  const { rows } = buildBurdenRows(input, selected);
  const rowOf = (value: unknown) => value as BurdenRow;
  return {
    dataset: { dimensions: ['code', 'name', 'burden', 'gapRate', 'withGap', 'assessed', 'selected'], source: rows },
    grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const row = rowOf(firstParam(params)?.data);
        if (!row) return '';
        const f = labels.format;
        return [
          `<strong>${escapeHtml(row.name)}</strong> (${escapeHtml(row.code)})`,
          `${escapeHtml(labels.burden)}: <strong>${f.integer(row.burden)}</strong>`,
          `${escapeHtml(labels.gapRate)}: ${row.gapRate === null ? labels.noData : f.percent(row.gapRate)}`,
          `${escapeHtml(labels.withGap)}: ${row.withGap === null ? labels.noData : f.integer(row.withGap)}`,
        ].join('<br>');
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.format.integer(v) } },
    yAxis: {
      type: 'category',
      inverse: true,
      axisLabel: { width: 150, overflow: 'truncate', fontSize: 12 },
    },
    series: [
      {
        type: 'bar',
        name: labels.burden,
        encode: { y: 'name', x: 'burden' },
        barMaxWidth: 20,
        cursor: 'pointer',
        itemStyle: {
          color: (p) => (rowOf(p.data).selected ? chartColors.gold : chartColors.teal),
          borderRadius: [0, 4, 4, 0],
        },
        label: {
          show: true,
          position: 'right',
          color: chartColors.textMuted,
          fontSize: 12,
          formatter: (p) => labels.format.integer(rowOf(p.data).burden),
        },
      },
    ],
  };
}

// "Which agencies lag behind in which competencies?" A heatmap of the child agencies of the scope
// (columns, few and with long names) × competencies (rows, many), coloured by the chosen measure. Cells of suppressed groups and cells
// without any assessed pair are drawn grey with a mark, never as 0; a competency no one in the agency
// must have is left blank.
import { chartColors, escapeHtml, firstParam, gapScale, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export const GAP_MEASURES = ['gapRate', 'meanGap', 'burden'] as const;
export type GapMeasure = (typeof GAP_MEASURES)[number];

export interface GapCellInput {
  agencyCode: string;
  agencyName: string;
  grouping: 'CHILD' | 'OWN' | 'SCOPE';
  competencyCode: string;
  competencyName: string;
  assessed: number | null;
  unassessed: number | null;
  withGap: number | null;
  gapRate: number | null;
  meanGap: number | null;
  burden: number | null;
  suppressed: boolean;
}

export type GapHeatmapCell = {
  /** Row key: `<grouping>:<agency code>`. */
  row: string;
  competency: string;
  value: number | null;
  /** 'value', 'suppressed' or 'noData'. */
  kind: string;
  agencyCode: string;
  agencyName: string;
  grouping: string;
  competencyName: string;
  assessed: number | null;
  unassessed: number | null;
  withGap: number | null;
  gapRate: number | null;
  meanGap: number | null;
  burden: number | null;
};

export interface GapHeatmapLabels {
  measure: Record<GapMeasure, string>;
  /** Row label of the employees placed directly in the scope agency. */
  own: (name: string) => string;
  withGap: string;
  assessed: string;
  unassessed: string;
  suppressed: string;
  suppressedShort: string;
  noData: string;
  high: string;
  low: string;
  format: Formatters;
}

export interface GapHeatmapModel {
  rows: { key: string; label: string; agencyCode: string; grouping: string }[];
  competencies: { code: string; name: string }[];
  cells: GapHeatmapCell[];
  max: number;
}

const rowKey = (cell: Pick<GapCellInput, 'grouping' | 'agencyCode'>) => `${cell.grouping}:${cell.agencyCode}`;

export function formatGapMeasure(measure: GapMeasure, value: number, format: Formatters): string {
  if (measure === 'gapRate') return format.percent(value, 0);
  if (measure === 'meanGap') return format.decimal(value, 2);
  return format.integer(value);
}

export function buildGapHeatmapModel(
  input: readonly GapCellInput[],
  measure: GapMeasure,
  labels: Pick<GapHeatmapLabels, 'own'>,
): GapHeatmapModel {
  const cellsIn = input.filter((c) => c.grouping !== 'SCOPE');
  const rowMap = new Map<string, GapHeatmapModel['rows'][number]>();
  const compMap = new Map<string, string>();
  for (const c of cellsIn) {
    if (!rowMap.has(rowKey(c))) {
      rowMap.set(rowKey(c), {
        key: rowKey(c),
        label: c.grouping === 'OWN' ? labels.own(c.agencyName) : c.agencyName,
        agencyCode: c.agencyCode,
        grouping: c.grouping,
      });
    }
    compMap.set(c.competencyCode, c.competencyName);
  }
  // Child agencies by name, then the scope agency's own employees last.
  const rows = [...rowMap.values()].sort(
    (a, b) => Number(a.grouping === 'OWN') - Number(b.grouping === 'OWN') || a.label.localeCompare(b.label, 'id'),
  );
  const competencies = [...compMap.entries()]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const cells: GapHeatmapCell[] = cellsIn.map((c) => {
    const raw = c.suppressed ? null : c[measure];
    return {
      row: rowKey(c),
      competency: c.competencyCode,
      value: raw,
      kind: c.suppressed ? 'suppressed' : raw === null ? 'noData' : 'value',
      agencyCode: c.agencyCode,
      agencyName: c.agencyName,
      grouping: c.grouping,
      competencyName: c.competencyName,
      assessed: c.assessed,
      unassessed: c.unassessed,
      withGap: c.withGap,
      gapRate: c.gapRate,
      meanGap: c.meanGap,
      burden: c.burden,
    };
  });
  const values = cells.flatMap((c) => (c.value === null ? [] : [c.value]));
  // Rates share a fixed 0–100% scale so colours mean the same on every drill level; other measures
  // scale to their largest value.
  const max = measure === 'gapRate' ? 1 : Math.max(1, ...values);
  return { rows, competencies, cells, max };
}

/**
 * The fill of a cell on the gap scale, as the chart's continuous visual map colours it (linear between
 * the stops), and a text colour that stays readable on it. For the phone grid, which is HTML.
 */
export function gapCellColors(value: number, max: number): { background: string; text: string } {
  const t = Math.min(1, Math.max(0, max > 0 ? value / max : 0)) * (gapScale.length - 1);
  const i = Math.min(gapScale.length - 2, Math.floor(t));
  const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
  const from = rgb(gapScale[i]!);
  const to = rgb(gapScale[i + 1]!);
  const mixed = from.map((c, k) => Math.round(c + (to[k]! - c) * (t - i)));
  // The two darkest stops carry white text; the pale ones the normal ink.
  return { background: `rgb(${mixed.join(', ')})`, text: t >= 2.5 ? '#ffffff' : chartColors.text };
}

const DIMENSIONS = [
  'competency', 'row', 'value', 'kind', 'agencyCode', 'agencyName', 'grouping', 'competencyName',
  'assessed', 'unassessed', 'withGap', 'gapRate', 'meanGap', 'burden',
] as const satisfies readonly (keyof GapHeatmapCell)[];

export function buildGapHeatmapOption(
  input: readonly GapCellInput[],
  measure: GapMeasure,
  labels: GapHeatmapLabels,
  /** Width of the chart in pixels: agency names wrap to fit their column. */
  chartWidth = 800,
): ChartOption {
  const model = buildGapHeatmapModel(input, measure, labels);
  const rowLabel = new Map(model.rows.map((r) => [r.key, r.label]));
  const compName = new Map(model.competencies.map((c) => [c.code, c.name]));
  const cellOf = (value: unknown) => value as GapHeatmapCell;
  const fmt = (value: number) => formatGapMeasure(measure, value, labels.format);
  const valueIndex = DIMENSIONS.indexOf('value');

  return {
    dataset: [
      { dimensions: [...DIMENSIONS], source: model.cells.filter((c) => c.kind === 'value') },
      { dimensions: [...DIMENSIONS], source: model.cells.filter((c) => c.kind !== 'value') },
    ],
    grid: { left: 8, right: 16, top: 40, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const cell = cellOf(firstParam(params)?.data);
        if (!cell) return '';
        const lines = [
          `<strong>${escapeHtml(cell.competencyName)}</strong> (${escapeHtml(cell.competency)})`,
          `<span style="color:${chartColors.textMuted}">${escapeHtml(rowLabel.get(cell.row) ?? cell.agencyName)}</span>`,
        ];
        if (cell.kind === 'suppressed') lines.push(escapeHtml(labels.suppressed));
        else {
          for (const m of ['gapRate', 'meanGap', 'burden'] as const) {
            const v = cell[m];
            const text = v === null ? labels.noData : formatGapMeasure(m, v, labels.format);
            lines.push(`${escapeHtml(labels.measure[m])}: ${m === measure ? `<strong>${text}</strong>` : text}`);
          }
          const n = (v: number | null) => (v === null ? labels.noData : labels.format.integer(v));
          lines.push(`${escapeHtml(labels.withGap)}: ${n(cell.withGap)} / ${escapeHtml(labels.assessed)}: ${n(cell.assessed)}`);
          if (cell.unassessed) lines.push(`${escapeHtml(labels.unassessed)}: ${n(cell.unassessed)}`);
        }
        return lines.join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: model.rows.map((r) => r.key),
      position: 'top',
      splitArea: { show: false },
      axisLabel: {
        interval: 0,
        // Each agency name wraps inside its own column (the competency names take ~230 px on the left).
        width: Math.max(70, Math.floor((chartWidth - 240) / Math.max(1, model.rows.length)) - 16),
        overflow: 'break',
        fontSize: 12,
        lineHeight: 15,
        formatter: (key: string) => rowLabel.get(key) ?? key,
      },
    },
    yAxis: {
      type: 'category',
      data: model.competencies.map((c) => c.code),
      inverse: true,
      axisLabel: {
        width: 190,
        overflow: 'truncate',
        fontSize: 12,
        formatter: (code: string) => compName.get(code) ?? code,
      },
    },
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      dimension: valueIndex,
      min: 0,
      max: model.max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemWidth: 12,
      itemHeight: 180,
      text: [labels.high, labels.low],
      textStyle: { color: chartColors.textMuted, fontSize: 12 },
      inRange: { color: [...gapScale] },
      formatter: (value: unknown) => fmt(Number(value)),
    },
    series: [
      {
        type: 'heatmap',
        datasetIndex: 0,
        encode: { x: 'row', y: 'competency', value: 'value' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2, borderRadius: 4 },
        label: {
          show: true,
          fontSize: 12,
          fontWeight: 'bold',
          formatter: (p) => {
            const cell = cellOf(p.data);
            return cell.value === null ? '' : fmt(cell.value);
          },
        },
        emphasis: { itemStyle: { borderColor: chartColors.navy, borderWidth: 2 } },
        cursor: 'pointer',
      },
      {
        type: 'heatmap',
        datasetIndex: 1,
        encode: { x: 'row', y: 'competency', value: 'value' },
        itemStyle: { color: chartColors.missing, borderColor: '#ffffff', borderWidth: 2, borderRadius: 4 },
        label: {
          show: true,
          fontSize: 12,
          color: chartColors.textMuted,
          formatter: (p) => (cellOf(p.data).kind === 'suppressed' ? labels.suppressedShort : '–'),
        },
        cursor: 'pointer',
      },
    ],
  };
}

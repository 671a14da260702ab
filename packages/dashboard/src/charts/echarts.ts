// The one place ECharts modules are registered. Import only what a chart actually uses: every module
// here ends up in the bundle. Add a chart type or component here when a feature needs it.
import { use, registerTheme, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { LabelLayout } from 'echarts/features';
import {
  BarChart,
  CustomChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  ScatterChart,
  type BarSeriesOption,
  type CustomSeriesOption,
  type HeatmapSeriesOption,
  type LineSeriesOption,
  type RadarSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  type DatasetComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type RadarComponentOption,
  type ToolboxComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';

use([
  CanvasRenderer,
  LabelLayout,
  BarChart,
  // Dumbbells (level before → after) of the training-effectiveness page: a line and two dots per row.
  CustomChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  ScatterChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
]);

/** The option type every option builder returns: only the registered series and components. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | CustomSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | RadarSeriesOption
  | ScatterSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | RadarComponentOption
  | ToolboxComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** What a click on a chart element reports (the subset the dashboard reads). */
export interface ChartClick {
  componentType?: string;
  seriesType?: string;
  seriesIndex?: number;
  dataIndex?: number;
  name?: string;
  data?: unknown;
}

/** Colours the option builders refer to by role; keep in step with src/styles/tokens.css. */
export const chartColors = {
  navy: '#173a5e',
  navyLight: '#6c8fb3',
  teal: '#1f9a96',
  tealLight: '#7cc4bf',
  gold: '#e0a93b',
  red: '#c0453c',
  green: '#2e8b57',
  muted: '#a9b6c4',
  missing: '#eef1f5',
  text: '#18222e',
  textMuted: '#5a6878',
  grid: '#e8edf2',
} as const;

/**
 * Predicates from best to worst: green through teal to amber and red, so the good end and the bad
 * end of a stacked bar read at a glance and the colours survive a washed-out projector.
 */
export const predicateColors = {
  SANGAT_BAIK: '#1d6f5f',
  BAIK: '#5fb3a1',
  BUTUH_PERBAIKAN: '#e6b450',
  KURANG: '#d9793d',
  SANGAT_KURANG: '#b23a32',
} as const;

/** Sequential scale for "more is worse" figures (gaps): pale to deep amber-red. */
export const gapScale = ['#f6f1e7', '#f3d9a4', '#e9a55a', '#cf6b3a', '#9e3328'] as const;
/** Sequential scale for counts (the 9-box): pale to deep teal. */
export const countScale = ['#eef6f5', '#bfe0dc', '#7cc4bf', '#2a9d96', '#0b6e6e'] as const;

export const CHART_THEME = 'kinerja';
export const chartFontFamily =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Ubuntu, 'Helvetica Neue', Arial, sans-serif";

registerTheme(CHART_THEME, {
  color: [chartColors.navy, chartColors.teal, chartColors.gold, chartColors.navyLight, chartColors.tealLight, '#b9853a'],
  backgroundColor: 'transparent',
  textStyle: { fontFamily: chartFontFamily, color: chartColors.text },
  legend: { textStyle: { color: chartColors.textMuted, fontSize: 13 } },
  tooltip: {
    backgroundColor: '#ffffff',
    borderColor: '#e1e6ed',
    borderWidth: 1,
    padding: [8, 12],
    textStyle: { color: chartColors.text, fontSize: 13 },
    extraCssText: 'box-shadow: 0 6px 20px rgba(16,33,56,.14); border-radius: 8px;',
  },
  valueAxis: {
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { color: chartColors.textMuted, fontSize: 12 },
    splitLine: { lineStyle: { color: chartColors.grid } },
    nameTextStyle: { color: chartColors.textMuted, fontSize: 12 },
  },
  categoryAxis: {
    axisLine: { lineStyle: { color: '#cfd8e2' } },
    axisTick: { show: false },
    axisLabel: { color: chartColors.text, fontSize: 12 },
    nameTextStyle: { color: chartColors.textMuted, fontSize: 12 },
  },
});

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The first of the tooltip formatter's params (it gets an array for axis tooltips). */
export function firstParam<T>(params: T | T[]): T | undefined {
  return Array.isArray(params) ? params[0] : params;
}

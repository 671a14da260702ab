// The one place ECharts modules are registered. Import only what a chart actually uses: every module
// here ends up in the bundle. Add a chart type or component here when a feature needs it.
import { use, registerTheme, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  ToolboxComponent,
  TooltipComponent,
  type DatasetComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type ToolboxComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';

use([CanvasRenderer, BarChart, DatasetComponent, GridComponent, LegendComponent, ToolboxComponent, TooltipComponent]);

/** The option type every option builder returns: only the registered series and components. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | ToolboxComponentOption
  | TooltipComponentOption
>;

/** Colours the option builders refer to by role; keep in step with src/styles/tokens.css. */
export const chartColors = {
  navy: '#173a5e',
  teal: '#1f9a96',
  gold: '#e0a93b',
  muted: '#a9b6c4',
  text: '#18222e',
  textMuted: '#5a6878',
  grid: '#e8edf2',
} as const;

export const CHART_THEME = 'kinerja';
const fontFamily =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Ubuntu, 'Helvetica Neue', Arial, sans-serif";

registerTheme(CHART_THEME, {
  color: [chartColors.navy, chartColors.teal, chartColors.gold, '#6c8fb3', '#7cc4bf', '#b9853a'],
  backgroundColor: 'transparent',
  textStyle: { fontFamily, color: chartColors.text },
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
    axisLabel: { color: chartColors.textMuted },
    splitLine: { lineStyle: { color: chartColors.grid } },
  },
  categoryAxis: {
    axisLine: { lineStyle: { color: '#cfd8e2' } },
    axisTick: { show: false },
    axisLabel: { color: chartColors.text },
  },
});

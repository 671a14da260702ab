// "How close are the competencies to the position standard?" A radar of the required competencies:
// the standard as a navy outline, the supervisor's levels as a teal area, the self-assessment as a gold
// line. Radar series take their values per indicator, not from a dataset (ECharts' radar does not read
// datasets), so the rows are turned into one value list per series here.
import { chartColors, escapeHtml, type ChartOption } from '../../charts/echarts';

export interface RadarInput {
  competencyCode: string;
  competencyName: string;
  required: number;
  self: number | null;
  supervisor: number | null;
  assessor: number | null;
}

export interface RadarLabels {
  required: string;
  self: string;
  supervisor: string;
  noData: string;
}

export const MAX_LEVEL = 5;

/** Breaks a name into lines of about `max` characters at spaces, so long names fit around the radar. */
export function wrapWords(text: string, max = 14): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** True when there is something to compare against the standard. */
export function hasAssessments(rows: readonly RadarInput[]): boolean {
  return rows.some((r) => r.self !== null || r.supervisor !== null || r.assessor !== null);
}

export function buildCompetencyRadarOption(
  rows: readonly RadarInput[],
  labels: RadarLabels,
  /** Width of the chart in pixels: on a phone the shape shrinks so the names beside it stay whole. */
  chartWidth = 800,
): ChartOption {
  const sorted = [...rows].sort((a, b) => a.competencyCode.localeCompare(b.competencyCode, 'en', { numeric: true }));
  // A missing level is drawn at the centre would read as "level 0"; ECharts leaves '-' out of the shape.
  const values = (pick: (r: RadarInput) => number | null) => sorted.map((r) => pick(r) ?? '-');
  const level = (v: number | string | undefined) => (typeof v === 'number' ? String(v) : labels.noData);
  return {
    legend: { bottom: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 12 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (!p) return '';
        const data = p.value as (number | string)[];
        return [
          `<strong>${escapeHtml(String(p.name ?? p.seriesName ?? ''))}</strong>`,
          ...sorted.map((r, i) => `${escapeHtml(r.competencyName)}: <strong>${level(data[i])}</strong>`),
        ].join('<br>');
      },
    },
    radar: {
      indicator: sorted.map((r) => ({ name: wrapWords(r.competencyName), max: MAX_LEVEL, min: 0 })),
      splitNumber: 5,
      radius: chartWidth < 480 ? '34%' : '52%',
      center: ['50%', '46%'],
      axisName: { color: chartColors.text, fontSize: chartWidth < 480 ? 11 : 12, lineHeight: 15 },
      splitLine: { lineStyle: { color: chartColors.grid } },
      splitArea: { areaStyle: { color: ['#ffffff', '#f7f9fb'] } },
      axisLine: { lineStyle: { color: '#d5dde6' } },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 6,
        data: [
          {
            name: labels.required,
            value: values((r) => r.required),
            lineStyle: { color: chartColors.navy, width: 2, type: 'dashed' },
            itemStyle: { color: chartColors.navy },
            areaStyle: { opacity: 0 },
          },
          {
            name: labels.supervisor,
            value: values((r) => r.supervisor),
            lineStyle: { color: chartColors.teal, width: 2 },
            itemStyle: { color: chartColors.teal },
            areaStyle: { color: chartColors.teal, opacity: 0.18 },
          },
          {
            name: labels.self,
            value: values((r) => r.self),
            lineStyle: { color: chartColors.gold, width: 2 },
            itemStyle: { color: chartColors.gold },
            areaStyle: { opacity: 0 },
          },
        ],
      },
    ],
  };
}

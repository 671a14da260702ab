// "Which agencies meet the 20 JP rule?" The share of active employees with at least 20 JP in the
// cycle's year, per child agency, against the whole scope (dashed line). A suppressed agency or one
// without employees gets a grey bar that says so, not a bar at 0%.
import { chartColors, escapeHtml, firstParam, type ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../format/format';

export interface Jp20Input {
  label: string;
  grouping: 'SCOPE' | 'CHILD' | 'OWN';
  headcount: number | null;
  jp20Compliance: number | null;
  suppressed: boolean;
}

export type Jp20Row = {
  label: string;
  /** Compliance in percent; null when missing. */
  share: number | null;
  headcount: number | null;
  /** 100 for a missing row (the grey bar), null otherwise. */
  missing: number | null;
  reason: string;
};

export interface Jp20Labels {
  share: string;
  headcount: string;
  scope: (value: string) => string;
  suppressed: string;
  noData: string;
  format: Formatters;
}

export function buildJp20Rows(input: readonly Jp20Input[], labels: Pick<Jp20Labels, 'suppressed' | 'noData'>): Jp20Row[] {
  return input
    .filter((r) => r.grouping !== 'SCOPE')
    .map((r) => {
      const share = r.suppressed || r.jp20Compliance === null ? null : r.jp20Compliance * 100;
      return {
        label: r.label,
        share,
        headcount: r.suppressed ? null : r.headcount,
        missing: share === null ? 100 : null,
        reason: share !== null ? '' : r.suppressed ? labels.suppressed : labels.noData,
      };
    });
}

export function buildJp20Option(
  input: readonly Jp20Input[],
  labels: Jp20Labels,
  /** Width of the chart in pixels: on a phone the agency names take at most 40% of it. */
  chartWidth = 800,
): ChartOption {
  const rows = buildJp20Rows(input, labels);
  const scope = input.find((r) => r.grouping === 'SCOPE');
  const scopeShare = scope && !scope.suppressed && scope.jp20Compliance !== null ? scope.jp20Compliance * 100 : null;
  const rowOf = (value: unknown) => value as Jp20Row;
  const pct = (v: number) => labels.format.percent(v / 100);
  return {
    dataset: { dimensions: ['label', 'share', 'headcount', 'missing', 'reason'], source: rows },
    grid: { left: 8, right: 56, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const row = rowOf(firstParam(params)?.data);
        if (!row) return '';
        const lines = [`<strong>${escapeHtml(row.label)}</strong>`];
        if (row.share === null) lines.push(escapeHtml(row.reason));
        else {
          lines.push(`${escapeHtml(labels.share)}: <strong>${pct(row.share)}</strong>`);
          if (row.headcount !== null) lines.push(`${escapeHtml(labels.headcount)}: ${labels.format.integer(row.headcount)}`);
        }
        return lines.join('<br>');
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => pct(v) } },
    yAxis: { type: 'category', inverse: true, axisLabel: { width: Math.min(240, Math.floor(chartWidth * 0.4)), overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: labels.share,
        encode: { y: 'label', x: 'share' },
        barMaxWidth: 22,
        barGap: '-100%',
        itemStyle: { color: chartColors.gold, borderRadius: [0, 4, 4, 0] },
        label: {
          show: true,
          position: 'right',
          fontWeight: 'bold',
          color: chartColors.text,
          formatter: (p) => {
            const share = rowOf(p.data).share;
            return share === null ? '' : pct(share);
          },
        },
        markLine:
          scopeShare === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: chartColors.navy, type: 'dashed', width: 2 },
                // The category axis runs top-down (inverse), so 'start' is the top of the line.
                label: { formatter: labels.scope(pct(scopeShare)), color: chartColors.navy, fontWeight: 'bold', position: 'start' },
                data: [{ xAxis: scopeShare }],
              },
      },
      {
        // Missing figures: a full-width grey bar that carries the reason in words.
        type: 'bar',
        name: labels.noData,
        encode: { y: 'label', x: 'missing' },
        barMaxWidth: 22,
        barGap: '-100%',
        silent: true,
        itemStyle: { color: chartColors.missing, borderRadius: 4 },
        label: {
          show: true,
          position: 'insideLeft',
          color: chartColors.textMuted,
          fontStyle: 'italic',
          formatter: (p) => rowOf(p.data).reason,
        },
      },
    ],
  };
}

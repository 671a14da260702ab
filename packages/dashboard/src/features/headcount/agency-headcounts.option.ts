import type { ChartOption } from '../../charts/echarts';
import { chartColors } from '../../charts/echarts';

/** The fields of an agency the headcount chart reads (a subset of the AgencyHeadcounts query row). */
export interface AgencyHeadcountInput {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
  headcount: number;
  /** null when suppressed for an analyst (fewer than 5 people directly in the agency) */
  directHeadcount: number | null;
}

/** One bar of the chart, as it goes into the ECharts dataset. */
export interface HeadcountChartRow {
  /** Category key: agency id, or `<groupId>:others`. Names are not unique across regions, ids are. */
  id: string;
  name: string;
  /** `group`: a top-level agency (a region, pemda); `member`: an agency directly below it. */
  level: 'group' | 'member' | 'others';
  groupName: string;
  headcount: number;
  /** Null for the "others" row, which stands for several agencies. */
  directHeadcount: number | null;
  /** `headcount` repeated in the column of the series that draws it; null in the other column. */
  groupHeadcount: number | null;
  memberHeadcount: number | null;
}

export interface HeadcountChartLabels {
  /** Legend name for the top level (e.g. "Pemerintah daerah"). */
  group: string;
  /** Legend name for the level below (e.g. "Perangkat daerah"). */
  member: string;
  headcount: string;
  direct: string;
  /** Name of the bar that sums the agencies beyond the cap. */
  others: (count: number) => string;
  formatNumber: (value: number) => string;
}

export interface HeadcountChartSettings {
  /** Agencies shown under each region before the rest are summed into one bar. */
  maxMembersPerGroup: number;
}

export const DEFAULT_HEADCOUNT_SETTINGS: HeadcountChartSettings = { maxMembersPerGroup: 10 };

const DIMENSIONS = [
  'id',
  'name',
  'level',
  'groupName',
  'headcount',
  'directHeadcount',
  'groupHeadcount',
  'memberHeadcount',
] as const satisfies ReadonlyArray<keyof HeadcountChartRow>;

const byHeadcountThenName = (a: AgencyHeadcountInput, b: AgencyHeadcountInput) =>
  b.headcount - a.headcount || a.name.localeCompare(b.name, 'id');

/**
 * The bars, top to bottom: each region (largest first) followed by the agencies directly below it
 * (largest first). A region is a visible agency whose parent is not visible — a root (depth 0) for a
 * caller who sees everything, the top of their own subtree for a caller scoped below a region.
 */
export function buildAgencyHeadcountRows(
  agencies: readonly AgencyHeadcountInput[],
  labels: Pick<HeadcountChartLabels, 'others'>,
  settings: HeadcountChartSettings = DEFAULT_HEADCOUNT_SETTINGS,
): HeadcountChartRow[] {
  const visible = new Set(agencies.map((a) => a.id));
  const groups = agencies.filter((a) => a.parentId === null || !visible.has(a.parentId));
  const membersOf = new Map<string, AgencyHeadcountInput[]>();
  for (const agency of agencies) {
    if (agency.parentId === null) continue;
    const siblings = membersOf.get(agency.parentId);
    if (siblings) siblings.push(agency);
    else membersOf.set(agency.parentId, [agency]);
  }

  const rows: HeadcountChartRow[] = [];
  for (const group of [...groups].sort(byHeadcountThenName)) {
    rows.push({
      id: group.id,
      name: group.name,
      level: 'group',
      groupName: group.name,
      headcount: group.headcount,
      directHeadcount: group.directHeadcount,
      groupHeadcount: group.headcount,
      memberHeadcount: null,
    });
    const members = [...(membersOf.get(group.id) ?? [])].sort(byHeadcountThenName);
    const shown = members.slice(0, settings.maxMembersPerGroup);
    const rest = members.slice(settings.maxMembersPerGroup);
    for (const member of shown) {
      rows.push({
        id: member.id,
        name: member.name,
        level: 'member',
        groupName: group.name,
        headcount: member.headcount,
        directHeadcount: member.directHeadcount,
        groupHeadcount: null,
        memberHeadcount: member.headcount,
      });
    }
    if (rest.length > 0) {
      const headcount = rest.reduce((sum, a) => sum + a.headcount, 0);
      rows.push({
        id: `${group.id}:others`,
        name: labels.others(rest.length),
        level: 'others',
        groupName: group.name,
        headcount,
        directHeadcount: null,
        groupHeadcount: null,
        memberHeadcount: headcount,
      });
    }
  }
  return rows;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// ECharts rich text is `{style|text}`: a brace in a name would end the token early.
const richText = (style: string, text: string) => `{${style}|${text.replace(/\{/g, '(').replace(/\}/g, ')')}}`;

/** Horizontal bars: regions in navy, their agencies in teal beneath them, values at the bar ends. */
export function buildAgencyHeadcountOption(
  agencies: readonly AgencyHeadcountInput[],
  labels: HeadcountChartLabels,
  settings: HeadcountChartSettings = DEFAULT_HEADCOUNT_SETTINGS,
  /** Width of the chart in pixels: on a phone the agency names take at most 45% of it. */
  chartWidth = 800,
): ChartOption {
  const rows = buildAgencyHeadcountRows(agencies, labels, settings);
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const valueLabel = (value: number | null) => (value === null ? '' : labels.formatNumber(value));
  const rowOf = (value: unknown) => value as HeadcountChartRow;

  const barLabel = {
    show: true,
    position: 'right' as const,
    color: chartColors.textMuted,
    fontSize: 12,
  };

  return {
    dataset: { dimensions: [...DIMENSIONS], source: rows },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, icon: 'roundRect' },
    grid: { left: 8, right: 64, top: 40, bottom: 8 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const single = Array.isArray(params) ? params[0] : params;
        const row = rowOf(single?.data);
        if (!row) return '';
        const lines = [`<strong>${escapeHtml(row.name)}</strong>`];
        if (row.level !== 'group') lines.push(`<span style="color:${chartColors.textMuted}">${escapeHtml(row.groupName)}</span>`);
        lines.push(`${escapeHtml(labels.headcount)}: <strong>${labels.formatNumber(row.headcount)}</strong>`);
        if (row.directHeadcount !== null && row.directHeadcount !== row.headcount) {
          lines.push(`${escapeHtml(labels.direct)}: ${labels.formatNumber(row.directHeadcount)}`);
        }
        return lines.join('<br>');
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: (value: number) => labels.formatNumber(value) },
    },
    yAxis: {
      type: 'category',
      // Dataset order is top-to-bottom reading order.
      inverse: true,
      axisLabel: {
        width: Math.min(260, Math.floor(chartWidth * 0.45)),
        overflow: 'truncate',
        formatter: (id: string) => {
          const row = rowById.get(id);
          if (!row) return id;
          return richText(row.level === 'group' ? 'group' : 'member', row.name);
        },
        rich: {
          group: { fontWeight: 'bold', fontSize: 13, color: chartColors.text },
          member: { fontSize: 12, color: chartColors.textMuted },
        },
      },
    },
    series: [
      {
        type: 'bar',
        name: labels.group,
        color: chartColors.navy,
        encode: { y: 'id', x: 'groupHeadcount' },
        // Each row has a value in exactly one of the two columns: overlap the series on one slot.
        barGap: '-100%',
        barMaxWidth: 18,
        itemStyle: { color: chartColors.navy, borderRadius: [0, 4, 4, 0] },
        label: { ...barLabel, fontWeight: 'bold', formatter: (p) => valueLabel(rowOf(p.data).groupHeadcount) },
      },
      {
        type: 'bar',
        name: labels.member,
        // The legend cannot read a colour callback; it takes the series colour.
        color: chartColors.teal,
        encode: { y: 'id', x: 'memberHeadcount' },
        barGap: '-100%',
        barMaxWidth: 18,
        itemStyle: {
          color: (p) => (rowOf(p.data).level === 'others' ? chartColors.muted : chartColors.teal),
          borderRadius: [0, 4, 4, 0],
        },
        label: { ...barLabel, formatter: (p) => valueLabel(rowOf(p.data).memberHeadcount) },
      },
    ],
  };
}

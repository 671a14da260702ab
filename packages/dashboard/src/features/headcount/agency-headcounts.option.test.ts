import { describe, expect, it } from 'vitest';
import {
  buildAgencyHeadcountOption,
  buildAgencyHeadcountRows,
  type AgencyHeadcountInput,
  type HeadcountChartLabels,
  type HeadcountChartRow,
} from './agency-headcounts.option';
import { agencyHeadcountsFixture } from './agency-headcounts.fixture';

const labels: HeadcountChartLabels = {
  group: 'Pemerintah daerah',
  member: 'Perangkat daerah',
  headcount: 'Pegawai aktif',
  direct: 'Langsung di instansi ini',
  others: (count) => `${count} lainnya`,
  formatNumber: (value) => new Intl.NumberFormat('id-ID').format(value),
};

const sourceOf = (option: ReturnType<typeof buildAgencyHeadcountOption>) => {
  const dataset = option.dataset;
  if (!dataset || Array.isArray(dataset)) throw new Error('expected a single dataset');
  return dataset.source as HeadcountChartRow[];
};

describe('buildAgencyHeadcountOption', () => {
  it('puts one dataset row per region and per agency directly below it, never deeper units', () => {
    const rows = sourceOf(buildAgencyHeadcountOption(agencyHeadcountsFixture, labels));
    expect(rows.map((r) => [r.id, r.level, r.groupHeadcount, r.memberHeadcount])).toEqual([
      ['2', 'group', 1630, null],
      ['20', 'member', null, 900],
      ['21', 'member', null, 730],
      ['1', 'group', 1250, null],
      ['12', 'member', null, 745],
      ['10', 'member', null, 420],
      ['11', 'member', null, 85],
    ]);
    expect(rows.find((r) => r.id === '12')).toEqual({
      id: '12',
      name: 'Dinas Kesehatan',
      level: 'member',
      groupName: 'Kota Kendari',
      headcount: 745,
      directHeadcount: 145,
      groupHeadcount: null,
      memberHeadcount: 745,
    });
  });

  it('orders regions and agencies by headcount, largest first, then by name', () => {
    const tie: AgencyHeadcountInput[] = [
      { id: 'b', name: 'Kota B', parentId: null, depth: 0, headcount: 10, directHeadcount: 10 },
      { id: 'a', name: 'Kota A', parentId: null, depth: 0, headcount: 10, directHeadcount: 10 },
      { id: 'c', name: 'Kota C', parentId: null, depth: 0, headcount: 30, directHeadcount: 30 },
    ];
    expect(buildAgencyHeadcountRows(tie, labels).map((r) => r.name)).toEqual(['Kota C', 'Kota A', 'Kota B']);
  });

  it('sums the agencies beyond the cap into one bar per region', () => {
    const rows = buildAgencyHeadcountRows(agencyHeadcountsFixture, labels, { maxMembersPerGroup: 1 });
    expect(rows.map((r) => [r.id, r.name, r.headcount, r.directHeadcount])).toEqual([
      ['2', 'Kabupaten Kupang', 1630, 0],
      ['20', 'Dinas Pendidikan', 900, 40],
      ['2:others', '1 lainnya', 730, null],
      ['1', 'Kota Kendari', 1250, 0],
      ['12', 'Dinas Kesehatan', 745, 145],
      ['1:others', '2 lainnya', 505, null],
    ]);
  });

  it('treats the top of a scoped subtree as a region when its parent is not visible', () => {
    const scoped = agencyHeadcountsFixture.filter((a) => a.id === '12' || a.id === '120');
    expect(buildAgencyHeadcountRows(scoped, labels).map((r) => [r.id, r.level])).toEqual([
      ['12', 'group'],
      ['120', 'member'],
    ]);
  });

  it('keys categories by id, so agencies with the same name in two regions stay apart', () => {
    const option = buildAgencyHeadcountOption(agencyHeadcountsFixture, labels);
    const series = Array.isArray(option.series) ? option.series : [];
    expect(series.map((s) => s.encode)).toEqual([
      { y: 'id', x: 'groupHeadcount' },
      { y: 'id', x: 'memberHeadcount' },
    ]);
    const names = sourceOf(option).filter((r) => r.name === 'Dinas Pendidikan').map((r) => r.id);
    expect(names).toEqual(['20', '10']);
  });

  it('labels the axis with names and formats values for the locale', () => {
    const option = buildAgencyHeadcountOption(agencyHeadcountsFixture, labels);
    const yAxis = option.yAxis;
    if (!yAxis || Array.isArray(yAxis)) throw new Error('expected one y axis');
    const formatter = yAxis.axisLabel?.formatter as (id: string) => string;
    expect(formatter('1')).toBe('{group|Kota Kendari}');
    expect(formatter('11')).toBe('{member|Badan Kepegawaian Daerah}');
    const series = option.series as { label: { formatter: (p: { data: unknown }) => string } }[];
    const kupang = sourceOf(option)[0];
    expect(series[0]?.label.formatter({ data: kupang })).toBe('1.630');
  });

  it('keeps braces in a name from breaking the rich-text axis label', () => {
    const braces: AgencyHeadcountInput[] = [
      { id: 'x', name: 'UPT {Lama}', parentId: null, depth: 0, headcount: 1, directHeadcount: 1 },
    ];
    const yAxis = buildAgencyHeadcountOption(braces, labels).yAxis as { axisLabel: { formatter: (id: string) => string } };
    expect(yAxis.axisLabel.formatter('x')).toBe('{group|UPT (Lama)}');
  });

  it('escapes agency names in the tooltip', () => {
    const evil: AgencyHeadcountInput[] = [
      { id: 'x', name: '<img src=x onerror=alert(1)>', parentId: null, depth: 0, headcount: 1, directHeadcount: 1 },
    ];
    const option = buildAgencyHeadcountOption(evil, labels);
    const tooltip = option.tooltip as { formatter: (p: { data: unknown }) => string };
    const html = tooltip.formatter({ data: sourceOf(option)[0] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });

  it('builds an empty dataset from no agencies', () => {
    const option = buildAgencyHeadcountOption([], labels);
    expect(sourceOf(option)).toEqual([]);
    expect(option.series).toHaveLength(2);
  });
});

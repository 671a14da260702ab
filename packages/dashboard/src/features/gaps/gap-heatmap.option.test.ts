import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/format';
import {
  buildGapHeatmapModel,
  buildGapHeatmapOption,
  gapCellColors,
  type GapCellInput,
  type GapHeatmapCell,
  type GapHeatmapLabels,
} from './gap-heatmap.option';

const cell = (over: Partial<GapCellInput>): GapCellInput => ({
  agencyCode: 'KDI-BKD', agencyName: 'Badan Kepegawaian', grouping: 'CHILD', competencyCode: 'M01', competencyName: 'Integritas',
  assessed: 18, unassessed: 4, withGap: 6, gapRate: 1 / 3, meanGap: 0.39, burden: 7, suppressed: false, ...over,
});
// Kota Kendari for an analyst: two child agencies; Dinas Kesehatan's T-TIK group is too small.
const input: GapCellInput[] = [
  cell({}),
  cell({ competencyCode: 'M02', competencyName: 'Kerja Sama', gapRate: 0.2, meanGap: 0.27, burden: 4 }),
  cell({ agencyCode: 'KDI-DINKES', agencyName: 'Dinas Kesehatan', gapRate: 0.4, meanGap: 0.5, burden: 5 }),
  cell({ agencyCode: 'KDI-DINKES', agencyName: 'Dinas Kesehatan', competencyCode: 'T-TIK', competencyName: 'Teknologi Informasi',
    assessed: null, unassessed: null, withGap: null, gapRate: null, meanGap: null, burden: null, suppressed: true }),
  cell({ agencyCode: 'KDI', agencyName: 'Kota Kendari', grouping: 'OWN', competencyCode: 'M10', competencyName: 'Lain',
    assessed: 0, unassessed: 3, withGap: 0, gapRate: null, meanGap: null, burden: 0 }),
];
const labels: GapHeatmapLabels = {
  measure: { gapRate: 'Tingkat kesenjangan', meanGap: 'Rata-rata kesenjangan', burden: 'Beban' },
  own: (name) => `${name} (pegawai langsung)`,
  withGap: 'Dengan kesenjangan', assessed: 'Dinilai', unassessed: 'Belum dinilai',
  suppressed: 'disembunyikan (kelompok < 5 orang)', suppressedShort: '< 5', noData: 'tidak ada data',
  high: 'Tinggi', low: 'Rendah', format: createFormatters('id'),
};

describe('buildGapHeatmapModel', () => {
  it('has child agencies by name, then the own row; competencies by code (natural order)', () => {
    const model = buildGapHeatmapModel(input, 'gapRate', labels);
    expect(model.rows.map((r) => r.label)).toEqual(['Badan Kepegawaian', 'Dinas Kesehatan', 'Kota Kendari (pegawai langsung)']);
    expect(model.competencies.map((c) => c.code)).toEqual(['M01', 'M02', 'M10', 'T-TIK']);
    expect(model.max).toBe(1);
  });

  it('marks suppressed and unassessed cells instead of giving them 0', () => {
    const kinds = buildGapHeatmapModel(input, 'gapRate', labels).cells.map((c) => [c.row, c.competency, c.kind, c.value]);
    expect(kinds).toContainEqual(['CHILD:KDI-DINKES', 'T-TIK', 'suppressed', null]);
    expect(kinds).toContainEqual(['OWN:KDI', 'M10', 'noData', null]);
    expect(kinds).toContainEqual(['CHILD:KDI-BKD', 'M02', 'value', 0.2]);
  });

  it('switches the measure and scales burden to its largest value', () => {
    const model = buildGapHeatmapModel(input, 'burden', labels);
    expect(model.cells.find((c) => c.row === 'CHILD:KDI-BKD' && c.competency === 'M01')?.value).toBe(7);
    expect(model.max).toBe(7);
    // A burden of 0 is a real figure (no gap), not missing data.
    expect(model.cells.find((c) => c.row === 'OWN:KDI')?.kind).toBe('value');
  });
});

describe('buildGapHeatmapOption', () => {
  it('draws values and missing cells from two datasets, the colour scale only on values', () => {
    const option = buildGapHeatmapOption(input, 'gapRate', labels);
    const datasets = option.dataset as { source: GapHeatmapCell[] }[];
    expect(datasets[0]!.source).toHaveLength(3);
    expect(datasets[1]!.source.map((c) => c.kind)).toEqual(['suppressed', 'noData']);
    expect(option.visualMap).toMatchObject({ seriesIndex: 0, min: 0, max: 1 });
    const series = option.series as { type: string; datasetIndex: number; label: { formatter: (p: { data: unknown }) => string } }[];
    expect(series.map((s) => [s.type, s.datasetIndex])).toEqual([['heatmap', 0], ['heatmap', 1]]);
    expect(series[0]!.label.formatter({ data: datasets[0]!.source[0] })).toBe('33%');
    expect(series[1]!.label.formatter({ data: datasets[1]!.source[0] })).toBe('< 5');
    expect(series[1]!.label.formatter({ data: datasets[1]!.source[1] })).toBe('–');
  });

  it('explains a suppressed cell in its tooltip and shows every measure for others', () => {
    const option = buildGapHeatmapOption(input, 'meanGap', labels);
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const datasets = option.dataset as { source: GapHeatmapCell[] }[];
    expect(tooltip.formatter({ data: datasets[1]!.source[0] })).toContain('disembunyikan (kelompok &#60; 5 orang)');
    const html = tooltip.formatter({ data: datasets[0]!.source[0] });
    expect(html).toContain('Rata-rata kesenjangan: <strong>0,39</strong>');
    expect(html).toContain('Tingkat kesenjangan: 33%');
  });
});

describe('gapCellColors', () => {
  it('runs from the palest to the darkest stop of the gap scale, with text that stays readable', () => {
    expect(gapCellColors(0, 1)).toEqual({ background: 'rgb(246, 241, 231)', text: expect.not.stringMatching(/#ffffff/) });
    expect(gapCellColors(1, 1)).toEqual({ background: 'rgb(158, 51, 40)', text: '#ffffff' });
    // Half way is the middle stop (#e9a55a); beyond the maximum stays at the darkest.
    expect(gapCellColors(5, 10).background).toBe('rgb(233, 165, 90)');
    expect(gapCellColors(20, 10).background).toBe('rgb(158, 51, 40)');
  });
});

import { describe, expect, it } from 'vitest';
import type { Predicate } from '@kinerja/shared';
import { buildCompetencyRadarOption, hasAssessments, wrapWords, type RadarInput } from './competency-radar.option';
import { buildPredicateHistoryOption, buildPredicateHistoryPoints } from './predicate-history.option';
import { jpPerYear } from './training-years';

const radarRows: RadarInput[] = [
  { competencyCode: 'M02', competencyName: 'Kerja Sama', required: 4, self: 5, supervisor: null, assessor: null },
  { competencyCode: 'M01', competencyName: 'Integritas', required: 5, self: 5, supervisor: 5, assessor: null },
  { competencyCode: 'M07', competencyName: 'Mengelola Perubahan', required: 4, self: 4, supervisor: 4, assessor: 3 },
];
const radarLabels = { required: 'Standar jabatan', self: 'Penilaian diri', supervisor: 'Penilaian atasan', noData: 'tidak ada data' };

describe('buildCompetencyRadarOption', () => {
  it('has one axis per required competency on a 0–5 scale, by code', () => {
    const option = buildCompetencyRadarOption(radarRows, radarLabels);
    const radar = option.radar as { indicator: { name: string; max: number }[] };
    expect(radar.indicator.map((i) => [i.name, i.max])).toEqual([['Integritas', 5], ['Kerja Sama', 5], ['Mengelola\nPerubahan', 5]]);
  });

  it('draws standard, supervisor and self, leaving out a missing level instead of drawing 0', () => {
    const option = buildCompetencyRadarOption(radarRows, radarLabels);
    const data = (option.series as { data: { name: string; value: (number | string)[] }[] }[])[0]!.data;
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['Standar jabatan', [5, 4, 4]],
      ['Penilaian atasan', [5, '-', 4]],
      ['Penilaian diri', [5, 5, 4]],
    ]);
  });

  it('knows when there is nothing assessed yet', () => {
    expect(hasAssessments(radarRows)).toBe(true);
    expect(hasAssessments(radarRows.map((r) => ({ ...r, self: null, supervisor: null, assessor: null })))).toBe(false);
  });
});

describe('wrapWords', () => {
  it('breaks long names at spaces and leaves short ones alone', () => {
    expect(wrapWords('Pengembangan Diri dan Orang Lain')).toBe('Pengembangan\nDiri dan Orang\nLain');
    expect(wrapWords('Mengelola Perubahan', 16)).toBe('Mengelola\nPerubahan');
    expect(wrapWords('Integritas')).toBe('Integritas');
  });
});

describe('buildPredicateHistoryOption', () => {
  const labels = {
    predicate: (p: Predicate) => ({ SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang', SANGAT_KURANG: 'Sangat Kurang' })[p],
    status: (s: string) => s.toLowerCase(),
    pending: 'belum ada predikat',
  };
  const input = [
    { cycleName: 'Tahunan 2025', startMonth: '2025-01', predicate: null, status: 'DRAFT' },
    { cycleName: 'Tahunan 2024', startMonth: '2024-01', predicate: 'BAIK' as const, status: 'FINALIZED' },
  ];

  it('orders cycles oldest first and leaves a cycle without predicate off the scale', () => {
    expect(buildPredicateHistoryPoints(input, labels)).toEqual([
      { cycle: 'Tahunan 2024', predicate: 'BAIK', label: 'Baik', status: 'finalized' },
      { cycle: 'Tahunan 2025', predicate: null, label: 'belum ada predikat', status: 'draft' },
    ]);
  });

  it('puts the worst predicate at the bottom of the scale', () => {
    const option = buildPredicateHistoryOption(input, labels);
    expect((option.yAxis as { data: string[] }).data).toEqual(['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK']);
  });
});

describe('jpPerYear', () => {
  it('sums JP per calendar year, latest first, against the 20 JP rule', () => {
    expect(jpPerYear([
      { completedOn: '2024-08-15', hoursJp: 20 },
      { completedOn: '2025-02-01', hoursJp: 12 },
      { completedOn: '2025-09-30', hoursJp: 4.5 },
    ])).toEqual([
      { year: 2025, hoursJp: 16.5, meets: false },
      { year: 2024, hoursJp: 20, meets: true },
    ]);
  });
});

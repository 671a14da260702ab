import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/format';
import {
  buildPredicateByAgencyOption,
  buildPredicateByAgencyRows,
  type PredicateByAgencyInput,
} from './predicate-by-agency.option';
import { buildCompletionFitOption, buildCompletionFitPoints, type CompletionFitInput } from './completion-fit.option';
import { comparisonLabel, orderComparisonRows } from './comparison-rows';

const format = createFormatters('id');
const dist = (sb: number, b: number, bp: number, k: number, sk: number) => {
  const total = sb + b + bp + k + sk;
  return ([['SANGAT_BAIK', sb], ['BAIK', b], ['BUTUH_PERBAIKAN', bp], ['KURANG', k], ['SANGAT_KURANG', sk]] as const).map(
    ([predicate, count]) => ({ predicate, count, share: total ? count / total : null }),
  );
};

describe('orderComparisonRows', () => {
  it('puts the whole scope first, children by name, own employees last', () => {
    const rows = orderComparisonRows([
      { agencyCode: 'KDI', agencyName: 'Kota Kendari', grouping: 'OWN' as const },
      { agencyCode: 'KDI-DINKES', agencyName: 'Dinas Kesehatan', grouping: 'CHILD' as const },
      { agencyCode: 'KDI', agencyName: 'Kota Kendari', grouping: 'SCOPE' as const },
      { agencyCode: 'KDI-BKD', agencyName: 'Badan Kepegawaian', grouping: 'CHILD' as const },
    ]);
    const names = { scope: (n: string) => `Seluruh ${n}`, own: (n: string) => `${n} (langsung)` };
    expect(rows.map((r) => comparisonLabel(r, names))).toEqual([
      'Seluruh Kota Kendari', 'Badan Kepegawaian', 'Dinas Kesehatan', 'Kota Kendari (langsung)',
    ]);
  });
});

describe('buildPredicateByAgencyOption', () => {
  const input: PredicateByAgencyInput[] = [
    { label: 'Seluruh Kota Kendari', grouping: 'SCOPE', suppressed: false, predicateDistribution: dist(3, 17, 2, 3, 2) },
    { label: 'Bidang kecil', grouping: 'CHILD', suppressed: true, predicateDistribution: null },
    { label: 'Unit baru', grouping: 'CHILD', suppressed: false, predicateDistribution: dist(0, 0, 0, 0, 0) },
  ];
  const labels = {
    predicate: (p: string) => p, finalized: 'Final', suppressed: 'disembunyikan (kelompok < 5 orang)', noData: 'tidak ada data', format,
  };

  it('gives shares in percent per predicate, and a grey bar with the reason when there is nothing to draw', () => {
    const rows = buildPredicateByAgencyRows(input, labels);
    expect(rows[0]!.finalized).toBe(27);
    expect(rows[0]!.BAIK).toBeCloseTo(62.96, 2);
    expect(rows[0]!.BAIK_count).toBe(17);
    expect(rows[0]!.missing).toBeNull();
    expect([rows[1]!.missing, rows[1]!.reason, rows[1]!.BAIK]).toEqual([100, 'disembunyikan (kelompok < 5 orang)', null]);
    expect([rows[2]!.missing, rows[2]!.reason]).toEqual([100, 'tidak ada data']);
  });

  it('stacks the five predicates best first and draws missing rows apart', () => {
    const series = buildPredicateByAgencyOption(input, labels).series as { stack: string; encode: { x: string } }[];
    expect(series.map((s) => `${s.stack}:${s.encode.x}`)).toEqual([
      'share:SANGAT_BAIK', 'share:BAIK', 'share:BUTUH_PERBAIKAN', 'share:KURANG', 'share:SANGAT_KURANG', 'missing:missing',
    ]);
  });
});

describe('buildCompletionFitOption', () => {
  const input: CompletionFitInput[] = [
    { label: 'Seluruh Kota Kendari', grouping: 'SCOPE', completionRate: 0.794, fitIndex: 84.8, headcount: 34, suppressed: false },
    { label: 'Badan Kepegawaian', grouping: 'CHILD', completionRate: 0.818, fitIndex: 85.2, headcount: 22, suppressed: false },
    { label: 'Dinas Kesehatan', grouping: 'CHILD', completionRate: 0.75, fitIndex: 84.1, headcount: 12, suppressed: false },
    { label: 'Bidang kecil', grouping: 'CHILD', completionRate: null, fitIndex: null, headcount: null, suppressed: true },
  ];

  it('draws children as dots and the scope as a reference, naming what it could not draw', () => {
    const { points, left } = buildCompletionFitPoints(input);
    expect(points.map((p) => [p.label, Math.round(p.completion)])).toEqual([
      ['Seluruh Kota Kendari', 79], ['Badan Kepegawaian', 82], ['Dinas Kesehatan', 75],
    ]);
    expect(left).toEqual(['Bidang kecil']);
    const option = buildCompletionFitOption(input, { completion: 'Selesai', fit: 'Indeks', headcount: 'Pegawai', format });
    const datasets = option.dataset as { source: { label: string }[] }[];
    expect(datasets.map((d) => d.source.map((p) => p.label))).toEqual([
      ['Badan Kepegawaian', 'Dinas Kesehatan'], ['Seluruh Kota Kendari'],
    ]);
    // The axes zoom in on the points instead of starting at 0.
    expect(option.xAxis).toMatchObject({ min: 70, max: 90 });
    expect(option.yAxis).toMatchObject({ min: 75, max: 95 });
  });
});

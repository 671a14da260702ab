import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/format';
import { buildJp20Option, buildJp20Rows, type Jp20Input, type Jp20Labels } from './jp20-compliance.option';

const input: Jp20Input[] = [
  { label: 'Seluruh Kota Kendari', grouping: 'SCOPE', headcount: 34, jp20Compliance: 0.5, suppressed: false },
  { label: 'BKPSDM', grouping: 'CHILD', headcount: 22, jp20Compliance: 0.545455, suppressed: false },
  { label: 'Bidang kecil', grouping: 'CHILD', headcount: null, jp20Compliance: null, suppressed: true },
  { label: 'Dinas Kesehatan', grouping: 'CHILD', headcount: 12, jp20Compliance: 0, suppressed: false },
];
const labels: Jp20Labels = {
  share: 'Kepatuhan 20 JP', headcount: 'Pegawai', scope: (v) => `Seluruh cakupan: ${v}`,
  suppressed: 'disembunyikan (kelompok < 5 orang)', noData: 'tidak ada data', format: createFormatters('id'),
};

describe('buildJp20Rows', () => {
  it('keeps 0% as a real figure and gives suppressed agencies a grey bar with the reason', () => {
    expect(buildJp20Rows(input, labels).map((r) => [r.label, r.share === null ? null : Math.round(r.share), r.missing, r.reason])).toEqual([
      ['BKPSDM', 55, null, ''],
      ['Bidang kecil', null, 100, 'disembunyikan (kelompok < 5 orang)'],
      ['Dinas Kesehatan', 0, null, ''],
    ]);
  });
});

describe('buildJp20Option', () => {
  it('draws the whole scope as a dashed reference line', () => {
    const option = buildJp20Option(input, labels);
    const first = (option.series as { markLine?: { data: { xAxis: number }[]; label: { formatter: string } } }[])[0]!;
    expect(first.markLine?.data).toEqual([{ xAxis: 50 }]);
    expect(first.markLine?.label.formatter).toBe('Seluruh cakupan: 50%');
  });

  it('draws no reference line when the scope itself is suppressed', () => {
    const option = buildJp20Option([{ ...input[0]!, suppressed: true, jp20Compliance: null }, input[1]!], labels);
    expect((option.series as { markLine?: unknown }[])[0]!.markLine).toBeUndefined();
  });
});

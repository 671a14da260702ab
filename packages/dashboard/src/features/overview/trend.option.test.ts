import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/format';
import { buildTrendOption, buildTrendRows, type TrendInput, type TrendLabels } from './trend.option';

const points: TrendInput[] = [
  { cycleName: 'Tahunan 2024', completionRate: 0.882353, fitIndex: 81.16, jp20Compliance: 0.617647, gapRate: 0.4, suppressed: false },
  { cycleName: 'Tahunan 2025', completionRate: 0.794118, fitIndex: 84.84, jp20Compliance: 0.5, gapRate: null, suppressed: false },
];
const labels: TrendLabels = {
  completion: 'Penyelesaian', fit: 'Indeks kesesuaian', jp20: 'Kepatuhan 20 JP', gapRate: 'Tingkat kesenjangan',
  noData: 'tidak ada data', format: createFormatters('id'),
};

describe('buildTrendOption', () => {
  it('puts one dataset row per cycle, shares in percent, the fit index as it is', () => {
    const rows = buildTrendRows(points);
    expect(rows[0]).toMatchObject({ cycle: 'Tahunan 2024', fit: 81.16, gapRate: 40 });
    expect(rows[0]!.completion).toBeCloseTo(88.2353, 3);
    expect(rows[1]!.gapRate).toBeNull();
  });

  it('blanks a suppressed cycle instead of drawing it at 0', () => {
    const rows = buildTrendRows([{ ...points[0]!, suppressed: true }]);
    expect(rows[0]).toEqual({ cycle: 'Tahunan 2024', completion: null, fit: null, jp20: null, gapRate: null });
  });

  it('draws four lines on one 0–100 scale and says "tidak ada data" for a missing figure', () => {
    const option = buildTrendOption(points, labels);
    const series = option.series as { type: string; name: string; encode: { y: string } }[];
    expect(series.map((s) => [s.type, s.encode.y, s.name])).toEqual([
      ['line', 'completion', 'Penyelesaian'],
      ['line', 'fit', 'Indeks kesesuaian'],
      ['line', 'jp20', 'Kepatuhan 20 JP'],
      ['line', 'gapRate', 'Tingkat kesenjangan'],
    ]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter([{ data: buildTrendRows(points)[1] }]);
    expect(html).toContain('Penyelesaian: <strong>79,4%</strong>');
    expect(html).toContain('Indeks kesesuaian: <strong>84,8</strong>');
    expect(html).toContain('Tingkat kesenjangan: <strong>tidak ada data</strong>');
  });
});

import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/format';
import { buildTrainingNeedRows, buildTrainingNeedsOption, type TrainingNeedInput } from './training-needs.option';

const need = (code: string, withGap: number | null, uncovered: number | null, burden: number | null, suppressed = false): TrainingNeedInput => ({
  competencyCode: code, competencyName: `Kompetensi ${code}`, employeesWithGap: withGap, uncoveredEmployees: uncovered,
  burden, estimatedHoursJp: 216, estimatedCost: 29_500_000, suppressed,
});
// Kota Kendari 2025: M01 10 (all covered), M02 7 (no programme at all), M03 11.
const input = [need('M01', 10, 0, 11), need('M02', 7, 7, 8), need('M03', 11, 0, 13), need('T-KES', null, null, null, true)];

describe('buildTrainingNeedRows', () => {
  it('ranks by employees with a gap and splits covered from catalogue holes', () => {
    const { rows, hidden } = buildTrainingNeedRows(input);
    expect(rows.map((r) => [r.code, r.withGap, r.covered, r.uncovered])).toEqual([
      ['M03', 11, 11, 0],
      ['M01', 10, 10, 0],
      ['M02', 7, 0, 7],
    ]);
    expect(hidden).toBe(1);
  });
});

describe('buildTrainingNeedsOption', () => {
  it('stacks covered and uncovered on one bar per competency and writes cost in rupiah', () => {
    const option = buildTrainingNeedsOption(input, {
      covered: 'Tercakup', uncovered: 'Celah katalog', withGap: 'Dengan kesenjangan', burden: 'Beban', hours: 'JP', cost: 'Biaya',
      noData: 'tidak ada data', format: createFormatters('id'),
    });
    const series = option.series as { stack: string; encode: { x: string } }[];
    expect(series.map((s) => [s.stack, s.encode.x])).toEqual([['need', 'covered'], ['need', 'uncovered']]);
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const rows = (option.dataset as { source: unknown[] }).source;
    const html = tooltip.formatter([{ data: rows[1] }]);
    expect(html).toContain('Biaya: Rp\u00a029.500.000');
    expect(html).toContain('JP: 216\u00a0JP');
  });
});

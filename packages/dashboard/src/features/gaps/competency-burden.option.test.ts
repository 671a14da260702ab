import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/format';
import { buildBurdenOption, buildBurdenRows, type BurdenInput, type BurdenRow } from './competency-burden.option';

const row = (code: string, burden: number | null, suppressed = false): BurdenInput => ({
  competencyCode: code, competencyName: `Kompetensi ${code}`, burden, gapRate: 0.3, withGap: 5, assessed: 20, suppressed,
});
const input = [row('M02', 8), row('M10', 13), row('M01', 13), row('T-TIK', null, true), row('SK01', 2)];

describe('buildBurdenRows', () => {
  it('ranks by burden, ties by code, and counts what it had to leave out', () => {
    const { rows, hidden } = buildBurdenRows(input, 'M02');
    expect(rows.map((r) => [r.code, r.burden, r.selected])).toEqual([
      ['M01', 13, 0], ['M10', 13, 0], ['M02', 8, 1], ['SK01', 2, 0],
    ]);
    expect(hidden).toBe(1);
  });
});

describe('buildBurdenOption', () => {
  it('draws one bar per competency, the chosen one in another colour', () => {
    const option = buildBurdenOption(input, 'M02', {
      burden: 'Beban', gapRate: 'Tingkat', withGap: 'Dengan kesenjangan', noData: 'tidak ada data', format: createFormatters('id'),
    });
    const source = (option.dataset as { source: BurdenRow[] }).source;
    expect(source).toHaveLength(4);
    const series = (option.series as { itemStyle: { color: (p: { data: unknown }) => string } }[])[0]!;
    const colours = source.map((r) => series.itemStyle.color({ data: r }));
    expect(new Set(colours).size).toBe(2);
    expect(colours[2]).not.toBe(colours[0]);
  });
});

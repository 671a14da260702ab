import { describe, expect, it } from 'vitest';
import { NINE_BOXES } from '@kinerja/shared';
import { createFormatters } from '../../format/format';
import { buildNineBoxCells, buildNineBoxOption, type NineBoxCell, type NineBoxInput, type NineBoxLabels } from './nine-box.option';

// Kota Kendari 2025 in the small fixture: 27 placed.
const counts: Record<number, number> = { 1: 2, 2: 2, 3: 2, 4: 2, 5: 6, 6: 3, 7: 1, 8: 9, 9: 0 };
const input: NineBoxInput[] = NINE_BOXES.map((c) => ({
  box: c.box, count: counts[c.box]!, performance: c.performance, potential: c.potential, followUp: c.followUpId,
}));
const labels: NineBoxLabels = {
  box: (b) => `Kotak ${b}`, people: (n) => `${n} orang`, performance: (l) => l, potential: (l) => l,
  performanceAxis: 'Kinerja', potentialAxis: 'Potensi', noData: 'tidak ada data', format: createFormatters('id'),
};

describe('buildNineBoxCells', () => {
  it('gives each box its share of the people placed', () => {
    const cells = buildNineBoxCells(input);
    expect(cells.find((c) => c.box === 8)?.share).toBeCloseTo(9 / 27);
    expect(cells.find((c) => c.box === 9)?.share).toBe(0);
  });

  it('has no shares (not 0%) when the counts are suppressed', () => {
    expect(buildNineBoxCells(input.map((b) => ({ ...b, count: null }))).every((c) => c.share === null)).toBe(true);
  });
});

describe('buildNineBoxOption', () => {
  it('lays potential across and performance upwards, below expectation at the bottom', () => {
    const option = buildNineBoxOption(input, null, labels);
    expect((option.xAxis as { data: string[] }).data).toEqual(['LOW', 'MEDIUM', 'HIGH']);
    expect((option.yAxis as { data: string[] }).data).toEqual(['BELOW', 'MEETS', 'ABOVE']);
  });

  it('frames the chosen box and labels each cell with box, count and share', () => {
    const option = buildNineBoxOption(input, 8, labels);
    const datasets = option.dataset as { source: NineBoxCell[] }[];
    expect(datasets[1]!.source.map((c) => c.box)).toEqual([8]);
    const label = (option.series as { label: { formatter: (p: { data: unknown }) => string } }[])[0]!.label;
    const box8 = datasets[0]!.source.find((c) => c.box === 8);
    expect(label.formatter({ data: box8 })).toBe('{boxd|Kotak 8}\n{countd|9}\n{shared|33%}');
    const box9 = datasets[0]!.source.find((c) => c.box === 9);
    expect(label.formatter({ data: box9 })).toBe('{boxl|Kotak 9}\n{countl|0}\n{sharel|0%}');
  });
});

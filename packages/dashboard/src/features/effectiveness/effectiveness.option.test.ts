import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/format';
import { buildEffectOption, rankEffectRows, type EffectInput } from './effectiveness.option';
import { summarizeEffects } from './effectiveness-summary';

const row = (code: string, effect: number | null, over: Partial<EffectInput> = {}): EffectInput => ({
  programCode: code, programTitle: `Program ${code}`, competencyName: 'Integritas', trained: 2, comparison: 4,
  meanLevelBefore: 2, meanLevelAfter: 3, comparisonMeanLevelBefore: 2, comparisonMeanLevelAfter: 2.5,
  meanLevelChange: 1, comparisonMeanLevelChange: 0.5, effect, closedRate: 0.5, suppressed: false, ...over,
});
// Kota Kendari 2025 in miniature: one programme without a comparison group, one suppressed.
const input = [
  row('PL-INT-1', -0.83),
  row('PL-HASIL', 0.75),
  row('PL-KEP', null, { comparison: 0, comparisonMeanLevelBefore: null, comparisonMeanLevelAfter: null, comparisonMeanLevelChange: null }),
  row('PL-BANG', 0.75, { closedRate: 1 }),
  row('PL-X', null, { suppressed: true, trained: null, meanLevelBefore: null, meanLevelAfter: null }),
];

describe('rankEffectRows', () => {
  it('ranks by effect, then closed rate; programmes without comparison last; suppressed counted', () => {
    const { rows, hidden } = rankEffectRows(input);
    expect(rows.map((r) => r.code)).toEqual(['PL-BANG', 'PL-HASIL', 'PL-INT-1', 'PL-KEP']);
    expect(hidden).toBe(1);
  });
});

describe('buildEffectOption', () => {
  const labels = {
    trained: 'Dilatih', comparison: 'Pembanding', before: 'Sebelum', after: 'Sesudah', change: 'Perubahan', effect: 'Efek',
    closedRate: 'Tertutup', people: 'orang', noComparison: 'tidak ada pembanding', level: 'Level', format: createFormatters('id'),
  };
  it('draws one dumbbell per group from before to after, on the levels the rows use', () => {
    const option = buildEffectOption(input, labels);
    const series = option.series as { type: string; encode: { x: string[] } }[];
    expect(series.map((s) => [s.type, s.encode.x])).toEqual([['custom', ['before', 'after']], ['custom', ['comparisonBefore', 'comparisonAfter']]]);
    expect(option.xAxis).toMatchObject({ min: 2, max: 3 });
    const source = (option.dataset as { source: { code: string }[] }).source;
    expect(source.map((r) => r.code)).toEqual(['PL-BANG', 'PL-HASIL', 'PL-INT-1', 'PL-KEP']);
  });

  it('explains a row in the tooltip, saying when there is no comparison group', () => {
    const option = buildEffectOption(input, labels);
    const source = (option.dataset as { source: unknown[] }).source;
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ data: source[0] })).toContain('Efek: <strong>+0,75</strong>');
    expect(tooltip.formatter({ data: source[3] })).toContain('Pembanding (0 orang): tidak ada pembanding');
  });
});

describe('summarizeEffects', () => {
  it('sums participations, closed gaps and cost over the programmes shown', () => {
    const summary = summarizeEffects([
      { trained: 2, closed: 1, costPerParticipant: 1_000_000, suppressed: false },
      { trained: 3, closed: 0, costPerParticipant: 2_000_000, suppressed: false },
      { trained: null, closed: null, costPerParticipant: 5_000_000, suppressed: true },
    ]);
    expect(summary).toEqual({ programs: 2, trained: 5, closed: 1, closedRate: 0.2, cost: 8_000_000, costPerClosedGap: 8_000_000, hidden: 1 });
  });
});

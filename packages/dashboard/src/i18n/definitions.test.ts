import { describe, expect, it } from 'vitest';
import { FIELD_DESCRIPTIONS } from '../graphql/generated/field-descriptions';
import { definitionOf, INDONESIAN_DEFINITIONS } from './definitions';

describe('definitions of figures', () => {
  it('translates only fields the schema has (a renamed field fails here, not on screen)', () => {
    const unknown = Object.keys(INDONESIAN_DEFINITIONS).filter((key) => !(key in FIELD_DESCRIPTIONS));
    expect(unknown).toEqual([]);
  });

  it('gives Indonesian where translated and the schema description otherwise', () => {
    expect(definitionOf('AnalyticsSummary.completionRate', 'id')).toBe('Penilaian final ÷ pegawai aktif.');
    expect(definitionOf('AnalyticsSummary.completionRate', 'en')).toBe(FIELD_DESCRIPTIONS['AnalyticsSummary.completionRate']);
    expect(definitionOf('Cycle.startMonth', 'id')).toBe(FIELD_DESCRIPTIONS['Cycle.startMonth']);
  });

  it('covers the headline figures of the overview in Indonesian', () => {
    for (const field of ['headcount', 'completionRate', 'fitIndex', 'gapRate', 'jp20Compliance', 'selfSupervisorDiff']) {
      expect(INDONESIAN_DEFINITIONS[`AnalyticsSummary.${field}` as keyof typeof INDONESIAN_DEFINITIONS]).toBeTruthy();
    }
  });
});

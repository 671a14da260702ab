import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/format';
import { formatKpiChange, formatKpiValue, kpiChange, type KpiFigures } from './overview-kpis';

// Kota Kendari in the small fixture: 2024 and 2025.
const previous: KpiFigures = {
  headcount: 34, completionRate: 0.882353, fitIndex: 81.159531, jp20Compliance: 0.617647, gapRate: 0.4,
  selfSupervisorDiff: 0.7, suppressed: false,
};
const current: KpiFigures = {
  headcount: 34, completionRate: 0.794118, fitIndex: 84.840202, jp20Compliance: 0.5, gapRate: 0.348659,
  selfSupervisorDiff: 0.640316, suppressed: false,
};
const id = createFormatters('id');

describe('kpiChange', () => {
  it('says which way each figure moved and whether that is good news', () => {
    expect(kpiChange('headcount', current, previous)).toMatchObject({ direction: 'flat', tone: 'neutral' });
    expect(kpiChange('completionRate', current, previous)).toMatchObject({ direction: 'down', tone: 'bad' });
    expect(kpiChange('fitIndex', current, previous)).toMatchObject({ direction: 'up', tone: 'good' });
    expect(kpiChange('gapRate', current, previous)).toMatchObject({ direction: 'down', tone: 'good' });
    expect(kpiChange('selfSupervisorDiff', current, previous)).toMatchObject({ direction: 'down', tone: 'good' });
  });

  it('gives no change without a previous cycle, with a missing figure or a suppressed group', () => {
    expect(kpiChange('fitIndex', current, undefined)).toBeNull();
    expect(kpiChange('fitIndex', current, { ...previous, fitIndex: null })).toBeNull();
    expect(kpiChange('fitIndex', { ...current, suppressed: true }, previous)).toBeNull();
  });
});

describe('formatting', () => {
  it('writes values and changes in their units', () => {
    expect(formatKpiValue('completionRate', current.completionRate!, id)).toBe('79,4%');
    expect(formatKpiValue('fitIndex', current.fitIndex!, id)).toBe('84,8');
    expect(formatKpiValue('selfSupervisorDiff', current.selfSupervisorDiff!, id)).toBe('+0,64');
    const completion = kpiChange('completionRate', current, previous)!;
    expect(formatKpiChange('completionRate', completion, id, 'poin')).toBe('−8,8 poin');
    expect(formatKpiChange('fitIndex', kpiChange('fitIndex', current, previous)!, id, 'poin')).toBe('+3,7');
    expect(formatKpiChange('headcount', kpiChange('headcount', current, previous)!, id, 'poin')).toBe('0');
  });
});

import { describe, expect, it } from 'vitest';
import { cycleElapsed, daysOverdue, isDueSoon, stepDueAt, type SeasonAppraisal } from './season';

const cycle = { startMonth: '2026-01', endMonth: '2026-12', assessedAt: null, objectionFiledAt: null };
const at = (iso: string) => new Date(iso);

describe('stepDueAt and daysOverdue', () => {
  const table: [SeasonAppraisal, string | null][] = [
    [{ ...cycle, status: 'DRAFT' }, '2026-02-01T00:00:00.000Z'],
    [{ ...cycle, status: 'PLAN_SUBMITTED' }, '2026-02-01T00:00:00.000Z'],
    [{ ...cycle, status: 'PLAN_AGREED' }, '2027-01-01T00:00:00.000Z'],
    [{ ...cycle, status: 'SELF_ASSESSED' }, '2027-01-15T00:00:00.000Z'],
    [{ ...cycle, status: 'ASSESSED', assessedAt: at('2027-01-10T00:00:00Z') }, '2027-01-31T00:00:00.000Z'],
    [{ ...cycle, status: 'OBJECTED', objectionFiledAt: at('2027-01-10T00:00:00Z') }, '2027-01-24T00:00:00.000Z'],
    [{ ...cycle, status: 'FINALIZED' }, null],
  ];
  it.each(table)('%o is due %s', (appraisal, due) => {
    expect(stepDueAt(appraisal)?.toISOString() ?? null).toBe(due);
  });
  it('counts whole days past the due date, starting at 1 the day after', () => {
    const draft = { ...cycle, status: 'DRAFT' as const };
    expect(daysOverdue(draft, at('2026-01-31T23:00:00Z'))).toBe(0);
    expect(daysOverdue(draft, at('2026-02-01T10:00:00Z'))).toBe(1);
    expect(daysOverdue(draft, at('2026-02-09T10:00:00Z'))).toBe(9);
    expect(isDueSoon(draft, at('2026-01-26T00:00:00Z'))).toBe(true);
    expect(isDueSoon(draft, at('2026-01-10T00:00:00Z'))).toBe(false);
  });
  it('measures how much of the cycle has passed', () => {
    expect(cycleElapsed('2026-01', '2026-12', at('2025-12-01T00:00:00Z'))).toBe(0);
    expect(cycleElapsed('2026-01', '2026-02', at('2026-02-01T00:00:00Z'))).toBeCloseTo(31 / 59);
    expect(cycleElapsed('2026-01', '2026-12', at('2027-03-01T00:00:00Z'))).toBe(1);
  });
});

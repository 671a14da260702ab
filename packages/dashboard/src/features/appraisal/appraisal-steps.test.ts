import { describe, expect, it } from 'vitest';
import { appraisalSteps, daysLeft, type StepInput } from './appraisal-steps';

const base: StepInput = { status: 'DRAFT', targetCount: 0, hasObjection: false };
const now = new Date('2026-03-01T00:00:00Z');
const states = (input: StepInput) => Object.fromEntries(appraisalSteps(input, now).steps.map((s) => [s.key, s.state]));

describe('appraisalSteps', () => {
  it.each([
    [{ ...base }, 'plan', 'EMPLOYEE'],
    [{ ...base, status: 'PLAN_SUBMITTED' }, 'agreement', 'SUPERVISOR'],
    [{ ...base, status: 'PLAN_AGREED' }, 'selfAssessment', 'EMPLOYEE'],
    [{ ...base, status: 'SELF_ASSESSED' }, 'rating', 'SUPERVISOR'],
    [{ ...base, status: 'ASSESSED', objectionDeadline: '2026-03-10T00:00:00Z' }, 'objection', 'EMPLOYEE'],
    [{ ...base, status: 'ASSESSED', objectionDeadline: '2026-02-10T00:00:00Z' }, 'final', 'SUPERVISOR'],
    [{ ...base, status: 'OBJECTED', hasObjection: true }, 'objection', 'SUPERIOR'],
    [{ ...base, status: 'FINALIZED' }, null, 'NOBODY'],
  ] as const)('%o: next %s, waiting on %s', (input, next, awaiting) => {
    const view = appraisalSteps(input, now);
    expect(view.next).toBe(next);
    expect(view.awaiting).toBe(awaiting);
  });

  it('marks a plan being written as in progress and the rest as not started', () => {
    expect(states({ ...base, targetCount: 2 })).toEqual({
      plan: 'inProgress', agreement: 'notStarted', checkIns: 'notStarted', selfAssessment: 'notStarted',
      rating: 'notStarted', objection: 'notStarted', final: 'notStarted',
    });
  });

  it('skips the objection of a final appraisal that had none, and shows one that was decided', () => {
    expect(states({ ...base, status: 'FINALIZED', checkInCount: 1 })).toMatchObject({ checkIns: 'done', objection: 'skipped', final: 'done' });
    expect(states({ ...base, status: 'FINALIZED', hasObjection: true })).toMatchObject({ checkIns: 'skipped', objection: 'done' });
  });

  it('closes the objection once the window has passed', () => {
    expect(states({ ...base, status: 'ASSESSED', objectionDeadline: '2026-02-28T23:59:59Z' })).toMatchObject({ objection: 'closed', final: 'waiting' });
  });
});

describe('daysLeft', () => {
  it('counts days to the deadline, a part day as one, null after it', () => {
    expect(daysLeft('2026-03-15T00:00:00Z', now)).toBe(14);
    expect(daysLeft('2026-03-01T12:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-02-28T00:00:00Z', now)).toBeNull();
    expect(daysLeft(null, now)).toBeNull();
  });
});

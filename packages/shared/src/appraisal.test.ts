import { describe, expect, it } from 'vitest';
import {
  APPRAISAL_ACTIONS,
  APPRAISAL_STATUSES,
  isWithinObjectionWindow,
  nextStatus,
  objectionDeadline,
  type AppraisalAction,
  type AppraisalStatus,
} from './appraisal';

describe('nextStatus', () => {
  // SPEC §4, every allowed move; all other (status, action) pairs must be refused.
  const allowed: [AppraisalStatus, AppraisalAction, AppraisalStatus][] = [
    ['DRAFT', 'SUBMIT_PLAN', 'DRAFT'],
    ['DRAFT', 'SELF_ASSESS', 'SELF_ASSESSED'],
    ['SELF_ASSESSED', 'ASSESS', 'ASSESSED'],
    ['ASSESSED', 'OBJECT', 'OBJECTED'],
    ['ASSESSED', 'FINALIZE', 'FINALIZED'],
    ['OBJECTED', 'DECIDE_OBJECTION', 'FINALIZED'],
  ];

  const all = APPRAISAL_STATUSES.flatMap((from) => APPRAISAL_ACTIONS.map((action) => [from, action] as const));
  it.each(all)('%s + %s', (from, action) => {
    const move = allowed.find(([f, a]) => f === from && a === action);
    expect(nextStatus(from, action)).toBe(move ? move[2] : null);
  });

  it('never leaves FINALIZED', () => {
    expect(APPRAISAL_ACTIONS.map((a) => nextStatus('FINALIZED', a))).toEqual(APPRAISAL_ACTIONS.map(() => null));
  });
});

describe('objection window', () => {
  const assessedAt = new Date('2025-01-10T09:00:00Z');

  it.each([
    ['at the rating', '2025-01-10T09:00:00Z', true],
    ['a minute before, clock skew', '2025-01-10T08:59:00Z', true],
    ['on day 13', '2025-01-23T23:59:59Z', true],
    ['at exactly 14 days', '2025-01-24T09:00:00Z', true],
    ['a second after 14 days', '2025-01-24T09:00:01Z', false],
    ['a month later', '2025-02-10T09:00:00Z', false],
  ])('%s (%s) → %s', (_, now, expected) => {
    expect(isWithinObjectionWindow(assessedAt, new Date(now))).toBe(expected);
  });

  it('ends 14 days after the rating', () => {
    expect(objectionDeadline(assessedAt).toISOString()).toBe('2025-01-24T09:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import {
  APPRAISAL_ACTIONS,
  APPRAISAL_STATUSES,
  awaitingParty,
  BEHAVIOR_VALUE_INFO,
  BEHAVIOR_VALUES,
  isEvidenceUrl,
  isWithinObjectionWindow,
  nextStepKey,
  objectionDaysLeft,
  supervisorTask,
  nextStatus,
  objectionDeadline,
  type AppraisalAction,
  type AppraisalStatus,
} from './appraisal';

describe('nextStatus', () => {
  // SPEC §4, every allowed move; all other (status, action) pairs must be refused.
  const allowed: [AppraisalStatus, AppraisalAction, AppraisalStatus][] = [
    ['DRAFT', 'SUBMIT_PLAN', 'PLAN_SUBMITTED'],
    ['PLAN_SUBMITTED', 'AGREE_PLAN', 'PLAN_AGREED'],
    ['PLAN_SUBMITTED', 'RETURN_PLAN', 'DRAFT'],
    ['PLAN_AGREED', 'REVISE_PLAN', 'DRAFT'],
    ['PLAN_AGREED', 'SELF_ASSESS', 'SELF_ASSESSED'],
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

describe('awaitingParty and nextStepKey', () => {
  const assessedAt = new Date('2025-01-10T09:00:00Z');
  const inWindow = new Date('2025-01-20T09:00:00Z');
  const after = new Date('2025-01-24T09:00:01Z');
  it.each([
    ['DRAFT', null, inWindow, 'EMPLOYEE', 'WRITE_PLAN'],
    ['PLAN_SUBMITTED', null, inWindow, 'SUPERVISOR', 'AGREE_PLAN'],
    ['PLAN_AGREED', null, inWindow, 'EMPLOYEE', 'CHECK_IN'],
    ['SELF_ASSESSED', null, inWindow, 'SUPERVISOR', 'ASSESS'],
    ['ASSESSED', assessedAt, inWindow, 'EMPLOYEE', 'OBJECT_OR_WAIT'],
    ['ASSESSED', assessedAt, after, 'HR_ADMIN', 'FINALIZE'],
    ['ASSESSED', null, after, 'EMPLOYEE', 'OBJECT_OR_WAIT'],
    ['OBJECTED', assessedAt, after, 'DECIDER', 'DECIDE_OBJECTION'],
    ['FINALIZED', assessedAt, after, null, 'DONE'],
  ] as const)('%s (rated %s, at %s) waits on %s, next %s', (status, rated, now, party, step) => {
    expect(awaitingParty(status, rated, now)).toBe(party);
    expect(nextStepKey(status, rated, now)).toBe(step);
  });

  it('counts objection days left, a started day as a day, never below 0', () => {
    expect(objectionDaysLeft(assessedAt, assessedAt)).toBe(14);
    expect(objectionDaysLeft(assessedAt, new Date('2025-01-23T09:00:01Z'))).toBe(1);
    expect(objectionDaysLeft(assessedAt, new Date('2025-01-24T09:00:00Z'))).toBe(0);
    expect(objectionDaysLeft(assessedAt, after)).toBe(0);
  });
});

describe('BerAKHLAK', () => {
  it('has the seven values in order, each with a label and a description', () => {
    expect(BEHAVIOR_VALUES.map((v) => BEHAVIOR_VALUE_INFO[v].label[0]).join('')).toBe('BAKHLAK');
    expect(BEHAVIOR_VALUES.every((v) => BEHAVIOR_VALUE_INFO[v].description.length > 10)).toBe(true);
  });
});

describe('isEvidenceUrl', () => {
  it.each([
    ['https://drive.example.id/a.pdf', true],
    ['http://x.id', true],
    ['ftp://x.id/a', false],
    ['javascript:alert(1)', false],
    ['drive.example.id/a.pdf', false],
    [`https://x.id/${'a'.repeat(2000)}`, false],
  ])('%s → %s', (url, expected) => expect(isEvidenceUrl(url)).toBe(expected));
});

describe('supervisorTask', () => {
  const assessedAt = new Date('2025-01-10T09:00:00Z');
  it.each([
    ['DRAFT', 0, null],
    ['DRAFT', 1, 'ANSWER_CHECK_IN'],
    ['PLAN_SUBMITTED', 0, 'AGREE_PLAN'],
    ['PLAN_AGREED', 0, null],
    ['PLAN_AGREED', 2, 'ANSWER_CHECK_IN'],
    ['SELF_ASSESSED', 1, 'ASSESS'],
    ['OBJECTED', 1, null],
    ['FINALIZED', 1, null],
  ] as const)('%s with %i unanswered check-ins → %s', (status, open, task) => {
    expect(supervisorTask(status, assessedAt, assessedAt, open)).toBe(task);
  });
  it('asks to finalise only once the objection window has passed', () => {
    expect(supervisorTask('ASSESSED', assessedAt, new Date('2025-01-20T00:00:00Z'), 0)).toBeNull();
    expect(supervisorTask('ASSESSED', assessedAt, new Date('2025-01-25T00:00:00Z'), 0)).toBe('FINALIZE');
  });
});

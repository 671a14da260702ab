/*
 * The appraisal season as the BKD runs it (SPEC §4): when each step of an appraisal is due, who is
 * being waited for, and which reminders go out. Used by the API's monitoring and reminder rules and
 * by the dashboard's Pemantauan page, so "overdue" means the same everywhere.
 */
import { objectionDeadline, type AppraisalStatus } from './appraisal';

// Whose move it is comes from `awaitingParty` (appraisal.ts); this file adds when it is due.

/** The reminder rules `pnpm kinerja remind` and the server's daily run apply. */
export const ReminderRule = {
  /** one message a day to each person with appraisals waiting for them that are due soon or overdue */
  DAILY_DIGEST: 'DAILY_DIGEST',
  /** to the supervisor's own superior, for ratings or plan agreements overdue by the escalation days */
  ESCALATION: 'ESCALATION',
} as const;
export type ReminderRule = (typeof ReminderRule)[keyof typeof ReminderRule];
export const REMINDER_RULES = Object.values(ReminderRule);

/** Days a person is reminded ahead of a step's due date. */
export const DUE_SOON_DAYS = 7;
/** Default days overdue before a supervisor's step is escalated to their superior (configurable). */
export const DEFAULT_ESCALATION_DAYS = 7;
/** Days the supervisor has to rate after the period ends (the self-assessment is due at its end). */
export const RATING_DAYS = 14;
/** Days the superior has to decide an objection after it was filed. */
export const DECISION_DAYS = 14;
/** Days the BKD has to finalise once the objection window has passed. */
export const FINALISATION_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first instant after `YYYY-MM`'s last day (UTC): a month-long step is due then. */
export function endOfMonth(month: string): Date {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 1));
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export interface SeasonAppraisal {
  status: AppraisalStatus;
  /** The cycle's first and last month, `YYYY-MM`. */
  startMonth: string;
  endMonth: string;
  assessedAt: Date | null;
  objectionFiledAt: Date | null;
}

/**
 * When the step an appraisal waits for is due: the plan (SKP) by the end of the period's first
 * month, the self-assessment by the end of its last month, the rating RATING_DAYS later, an
 * objection's decision DECISION_DAYS after it was filed, finalisation FINALISATION_DAYS after the
 * objection window. Null when final.
 */
export function stepDueAt(a: SeasonAppraisal): Date | null {
  const periodEnd = endOfMonth(a.endMonth);
  switch (a.status) {
    case 'DRAFT':
    case 'PLAN_SUBMITTED':
      return endOfMonth(a.startMonth);
    case 'PLAN_AGREED':
      return periodEnd;
    case 'SELF_ASSESSED':
      return addDays(periodEnd, RATING_DAYS);
    case 'ASSESSED':
      return addDays(a.assessedAt ? objectionDeadline(a.assessedAt) : periodEnd, FINALISATION_DAYS);
    case 'OBJECTED':
      return addDays(a.objectionFiledAt ?? a.assessedAt ?? periodEnd, DECISION_DAYS);
    default:
      return null;
  }
}

/** Whole days past the due date (0 when not yet due, or final). */
export function daysOverdue(a: SeasonAppraisal, now: Date): number {
  const due = stepDueAt(a);
  if (!due || now.getTime() <= due.getTime()) return 0;
  return Math.floor((now.getTime() - due.getTime()) / DAY_MS) + 1;
}

/** Whether a reminder is worth sending: overdue, or due within DUE_SOON_DAYS. */
export function isDueSoon(a: SeasonAppraisal, now: Date): boolean {
  const due = stepDueAt(a);
  return due != null && due.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY_MS;
}

/** Share of the cycle's time that has passed, 0..1 (from its first day to the end of its last month). */
export function cycleElapsed(startMonth: string, endMonth: string, now: Date): number {
  const start = Date.UTC(Number(startMonth.slice(0, 4)), Number(startMonth.slice(5, 7)) - 1, 1);
  const end = endOfMonth(endMonth).getTime();
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

// The supervisor's lists, from the appraisals in their scope (direct and indirect subordinates): their
// direct reports with what waits on them, and the objections of their reports' reports that they decide.
import type { TeamAppraisalsQuery } from '../../graphql/generated/graphql';
import { daysLeft } from './appraisal-steps';

export type TeamAppraisal = TeamAppraisalsQuery['appraisals']['nodes'][number];

/** What the supervisor has to do about a direct report's appraisal now. */
export type TeamAction = 'agreePlan' | 'rate' | 'finalize';

export interface TeamRow {
  appraisal: TeamAppraisal;
  direct: boolean;
  action: TeamAction | null;
  /** The objection window's end while it runs. */
  deadline: string | null;
}

/** Each employee's latest appraisal (the list is latest cycle first). */
export function latestPerEmployee(nodes: readonly TeamAppraisal[]): TeamAppraisal[] {
  const seen = new Set<string>();
  return nodes.filter((a) => !seen.has(a.employee.id) && seen.add(a.employee.id));
}

export function teamRows(nodes: readonly TeamAppraisal[], me: string | null, now: Date): TeamRow[] {
  return nodes
    .filter((a) => a.employee.id !== me)
    .map((appraisal) => {
      const direct = appraisal.employee.supervisor?.id === me;
      const open = appraisal.status === 'ASSESSED' ? daysLeft(appraisal.objectionDeadline as string | null, now) : null;
      let action: TeamAction | null = null;
      if ((appraisal.status as string) === 'PLAN_SUBMITTED') action = 'agreePlan';
      else if (appraisal.status === 'SELF_ASSESSED') action = 'rate';
      else if (appraisal.status === 'ASSESSED' && open == null) action = 'finalize';
      return { appraisal, direct, action, deadline: open != null ? (appraisal.objectionDeadline as string) : null };
    })
    .sort((a, b) => Number(b.action != null) - Number(a.action != null) || a.appraisal.employee.name.localeCompare(b.appraisal.employee.name, 'id'));
}

/** Objections waiting on me: filed by my reports' reports (PP 30/2019 art. 59: the rater's own supervisor decides). */
export function objectionInbox(nodes: readonly TeamAppraisal[], me: string | null): TeamAppraisal[] {
  return nodes.filter((a) => a.status === 'OBJECTED' && a.employee.supervisor?.supervisor?.id === me);
}

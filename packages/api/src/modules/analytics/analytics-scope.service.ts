import { can, Role, suppressesSmallGroups } from '@kinerja/shared';
import type { AnalyticsScope } from '../../analytics/index.js';
import { refused, requireViewer } from '../../common/auth/auth-checker.js';
import { hasRole, type Viewer } from '../../common/auth/viewer.js';
import type { IdOrCode } from '../../common/database/find-by-key.js';
import type { Context } from '../../common/graphql/context.js';
import { UserInputError } from '../../common/graphql/errors.js';
import type { AnalyticsFilter } from './analytics.input.js';
import type { ScopeIds } from './analytics.loaders.js';

/**
 * Aggregates are read over the subtree of the account's agency-scoped roles: the agencies a
 * SUPERVISOR role adds to a LEADER's view (those of the team) bring no agency aggregates with them.
 */
function inSubtree(viewer: Viewer, agencyId: number): boolean {
  return viewer.subtreeIds === 'ALL' || viewer.subtreeIds.has(agencyId);
}

/**
 * Turns a GraphQL filter into the scope of the analytics queries, for this viewer: the cycle must
 * exist, the agency must lie in the viewer's scope (otherwise it "does not exist"), and an ANALYST
 * gets small groups suppressed.
 */
export async function analyticsScope(ctx: Context, filter: AnalyticsFilter, figures: { team?: 'SUPPORTED' } = {}): Promise<AnalyticsScope> {
  const viewer = requireViewer(ctx);
  if (filter.team === true) return teamScope(ctx, viewer, filter, figures.team === 'SUPPORTED');
  if (!can(viewer.roles, 'READ_AGGREGATES')) throw await refused(ctx, 'analytics', 'Analytics are for leaders, HR admins, training planners and analysts; a supervisor reads their team with `team: true`.');
  const ids = await scopeIds(ctx, filter, { id: filter.agencyId, code: filter.agencyCode });

  let agencyId: number | null = viewer.agencyId;
  if (filter.agencyId != null || filter.agencyCode != null) {
    agencyId = ids.agencyId != null && inSubtree(viewer, ids.agencyId) ? ids.agencyId : null;
    if (agencyId == null) {
      const field = filter.agencyId != null ? 'filter.agencyId' : 'filter.agencyCode';
      throw new UserInputError(field, `no agency ${JSON.stringify(filter.agencyId ?? filter.agencyCode)} in your scope`);
    }
  }
  if (agencyId == null) throw new UserInputError('filter.agencyCode', 'give agencyId or agencyCode');

  const smallGroupsSuppressed = suppressesSmallGroups(viewer.roles);
  // Analysts read whole agencies only: a position-type or employment-type cut of an agency differs
  // from the whole by groups small enough to single someone out (analytics/disclosure.query.ts).
  for (const field of ['positionTypes', 'employmentTypes'] as const) {
    if (smallGroupsSuppressed && (filter[field]?.length ?? 0) > 0) {
      throw new UserInputError(`filter.${field}`, 'analysts read whole agencies: this filter could single out a small group (SPEC §5 small groups)');
    }
  }

  return {
    cycleId: ids.cycleId,
    agencyId,
    positionTypes: filter.positionTypes ?? undefined,
    employmentTypes: filter.employmentTypes ?? undefined,
    competencyCategories: filter.competencyCategories ?? undefined,
    suppressSmallGroups: smallGroupsSuppressed,
  };
}

/**
 * The ids of the filter's cycle (which must exist) and of the agency named by `agency`, in one
 * lookup batched with the request's other analytics fields (analytics.loaders.ts).
 */
async function scopeIds(ctx: Context, filter: AnalyticsFilter, agency: IdOrCode): Promise<ScopeIds & { cycleId: number }> {
  const cycleKey = filter.cycleId ?? filter.cycleCode;
  if (cycleKey == null) throw new UserInputError('filter.cycleCode', 'give cycleId or cycleCode');
  const ids = await ctx.loaders.analyticsScopeIds.load({ cycle: { id: filter.cycleId, code: filter.cycleCode }, agency });
  if (ids.cycleId == null) throw new UserInputError(filter.cycleId != null ? 'filter.cycleId' : 'filter.cycleCode', `no cycle ${JSON.stringify(cycleKey)}`);
  return { ...ids, cycleId: ids.cycleId };
}

/**
 * A supervisor's team as the scope (SPEC §6: their direct and indirect subordinates, and their
 * aggregates): the people below the employee the account is linked to, reported under that
 * employee's agency. They are people the supervisor sees by name, so nothing is suppressed.
 */
async function teamScope(ctx: Context, viewer: Viewer, filter: AnalyticsFilter, supported: boolean): Promise<AnalyticsScope> {
  if (!can(viewer.roles, 'READ_TEAM_AGGREGATES')) {
    throw await refused(ctx, 'analytics', 'Team figures are for supervisors: your account is linked to no employee with subordinates.');
  }
  if (!supported) throw new UserInputError('filter.team', 'this figure is read per agency subtree; team figures are analyticsSummary, trend, competencyGaps by COMPETENCY and talentBoxes');
  const me = viewer.employeeId == null ? null : await ctx.loaders.employee.load(viewer.employeeId);
  if (!me) throw new UserInputError('filter.team', 'your account is linked to no employee, so it has no team');
  const { cycleId } = await scopeIds(ctx, filter, {});
  const team = hasRole(viewer, Role.SUPERVISOR) && viewer.people.kind === 'SOME'
    ? [...viewer.people.employeeIds].filter((id) => id !== me.id)
    : await subordinatesOf(ctx, me.id);
  return {
    cycleId,
    agencyId: me.agency.id,
    employeeIds: team.sort((a, b) => a - b),
    positionTypes: filter.positionTypes ?? undefined,
    employmentTypes: filter.employmentTypes ?? undefined,
    competencyCategories: filter.competencyCategories ?? undefined,
    suppressSmallGroups: false,
  };
}

/** Direct and indirect subordinates of an employee (for an ADMIN, who sees everyone). */
async function subordinatesOf(ctx: Context, employeeId: number): Promise<number[]> {
  const rows = await ctx.sql.query<{ id: number }>(
    `with recursive team(id) as (
       select e.id from employee e where e.supervisor_id = $1
       union select e.id from employee e join team t on e.supervisor_id = t.id)
     select id from team where id <> $1`, [employeeId]);
  return rows.map((r) => r.id);
}

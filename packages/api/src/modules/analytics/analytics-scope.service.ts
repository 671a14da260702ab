import { can, suppressesSmallGroups } from '@kinerja/shared';
import type { AnalyticsScope } from '../../analytics/index.js';
import { refused, requireViewer } from '../../common/auth/auth-checker.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { findByIdOrCode } from '../../common/database/find-by-key.js';
import type { Context } from '../../common/graphql/context.js';
import { UserInputError } from '../../common/graphql/errors.js';
import { Agency } from '../agency/agency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import type { AnalyticsFilter } from './analytics.input.js';

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
export async function analyticsScope(ctx: Context, filter: AnalyticsFilter): Promise<AnalyticsScope> {
  const viewer = requireViewer(ctx);
  if (!can(viewer.roles, 'READ_AGGREGATES')) throw await refused(ctx, 'analytics', 'Analytics are for leaders, HR admins, training planners and analysts.');

  const cycleKey = filter.cycleId ?? filter.cycleCode;
  if (cycleKey == null) throw new UserInputError('filter.cycleCode', 'give cycleId or cycleCode');
  const cycle = await findByIdOrCode(ctx.em, Cycle, { id: filter.cycleId, code: filter.cycleCode });
  if (!cycle) throw new UserInputError(filter.cycleId != null ? 'filter.cycleId' : 'filter.cycleCode', `no cycle ${JSON.stringify(cycleKey)}`);

  let agencyId: number | null = viewer.agencyId;
  if (filter.agencyId != null || filter.agencyCode != null) {
    const agency = await findByIdOrCode(ctx.em, Agency, { id: filter.agencyId, code: filter.agencyCode });
    agencyId = agency && inSubtree(viewer, agency.id) ? agency.id : null;
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
    cycleId: cycle.id,
    agencyId,
    positionTypes: filter.positionTypes ?? undefined,
    employmentTypes: filter.employmentTypes ?? undefined,
    competencyCategories: filter.competencyCategories ?? undefined,
    suppressSmallGroups: smallGroupsSuppressed,
  };
}

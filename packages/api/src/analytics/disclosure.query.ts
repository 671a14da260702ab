import { ownFromSubtrees, publishedGroups, type PublishedGroups } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';
import { SqlParams, subtreeRelations, type AgencyGrouping, type AnalyticsOptions } from './analytics-sql.js';

/**
 * Which groups an aggregates-only reader (ANALYST) may see, from the complementary suppression of
 * `publishedGroups` in @kinerja/shared. The groups are agency subtrees and own staff — of all active
 * staff, and, for figures about one competency, of the staff whose position requires it — and the
 * decision is taken over the whole pemda the scope lies in, so every query gives the same answer
 * for the same group and no two answers differ by fewer than SMALL_GROUP_THRESHOLD people.
 */
export interface Disclosure {
  shows(grouping: AgencyGrouping, agencyId: number, competencyId?: number): boolean;
}

export class FilteredDisclosureError extends Error {
  constructor() {
    super('the small-group protection covers whole agencies only: position-type and employment-type filters are not available with it');
    this.name = 'FilteredDisclosureError';
  }
}

interface TreeRow {
  agency_id: number;
  parent_id: number | null;
  /** null: all staff; else the staff whose position requires this competency */
  competency_id: number | null;
  employees: number;
}

/** The disclosure rules of the scope's pemda, or null when the scope shows everything. */
export async function loadDisclosure(
  sql: SqlClient,
  scope: AnalyticsScope,
  options: AnalyticsOptions & { perCompetency?: boolean } = {},
): Promise<Disclosure | null> {
  if (!scope.suppressSmallGroups) return null;
  // Narrowing by person attributes would cut groups that are not unions of the protected atoms.
  if ((scope.positionTypes?.length ?? 0) > 0 || (scope.employmentTypes?.length ?? 0) > 0) throw new FilteredDisclosureError();

  return disclosureOf(sql, [scope.agencyId], { ...options, cycleId: scope.cycleId });
}

/** Today's active staff per subtree root and position, shaped like the headcount cube. */
const STAFF_TODAY = `(select ac.ancestor_id as agency_id, e.position_id, count(*)::int as employees
    from employee e join agency_closure ac on ac.descendant_id = e.agency_id
    where e.active
    group by ac.ancestor_id, e.position_id)`;

/**
 * The disclosure rules of every pemda that holds one of `agencyIds`. One statement over subtree
 * totals of every agency in those pemdas (per competency too when `perCompetency`): the staff of
 * cycle `cycleId` (employment history, through the headcount cube), or without a cycle today's
 * staff (for lists of agencies with their headcounts today).
 */
export async function disclosureOf(
  sql: SqlClient,
  agencyIds: readonly number[],
  options: AnalyticsOptions & { perCompetency?: boolean; cycleId?: number } = {},
): Promise<Disclosure> {
  const rel = subtreeRelations(options);
  const p = new SqlParams();
  const staff = options.cycleId === undefined ? STAFF_TODAY
    : `(select agency_id, position_id, employees from ${rel.headcount} where cycle_id = ${p.add(options.cycleId)})`;
  const text = `
  with tree as (
    select distinct d.descendant_id as id
    from agency_closure up
    join agency root on root.id = up.ancestor_id and root.parent_id is null
    join agency_closure d on d.ancestor_id = root.id
    where up.descendant_id = any(${p.add(agencyIds)}::int[])
  ),
  totals as (
    select h.agency_id, null::int as competency_id, sum(h.employees)::int as employees
    from ${staff} h
    where h.agency_id = any(array(select id from tree))
    group by h.agency_id
    ${options.perCompetency ? `union all
    select h.agency_id, r.competency_id, sum(h.employees)::int
    from ${staff} h join position_requirement r on r.position_id = h.position_id
    where h.agency_id = any(array(select id from tree))
    group by h.agency_id, r.competency_id` : ''}
  )
  select t.agency_id, a.parent_id, t.competency_id, t.employees
  from totals t join agency a on a.id = t.agency_id`;
  const rows = await sql.query<TreeRow>(text, p.values);

  const families = new Map<number | null, { id: number; parentId: number | null; subtree: number }[]>();
  for (const row of rows) {
    const family = families.get(row.competency_id) ?? [];
    family.push({ id: row.agency_id, parentId: row.parent_id, subtree: row.employees });
    families.set(row.competency_id, family);
  }
  const published = new Map<number | null, PublishedGroups>();
  for (const [competencyId, family] of families) published.set(competencyId, publishedGroups(ownFromSubtrees(family)));

  return {
    shows(grouping, agencyId, competencyId) {
      const groups = published.get(competencyId ?? null);
      if (!groups) return false;
      return grouping === 'OWN' ? groups.owns.has(agencyId) : groups.subtrees.has(agencyId);
    },
  };
}

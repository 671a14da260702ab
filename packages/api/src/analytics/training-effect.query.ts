import {
  costPerClosedGap, isSmallGroup, ownFromSubtrees, publishedGroups, trainingEffectFromTotals,
  type PublishedGroups, type TrainingEffectFigures,
} from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import { IndividualDataRefusedError, type AnalyticsScope } from './analytics-scope.js';
import {
  SqlParams, competencyFilter, cubeGroups, decodeCursor, employeeFilter, encodeCursor, inCubeGroups, nulled, pageSize,
  relationsFor, toPage, type AnalyticsOptions, type Page, type PageRequest, type Suppressible,
} from './analytics-sql.js';
import { FilteredDisclosureError } from './disclosure.query.js';

interface EffectFigures extends TrainingEffectFigures {
  /** trained whose gap in C is 0 */
  closed: number;
  /** cost per participant × trained / closed, in rupiah; null when none closed */
  costPerClosedGap: number | null;
}

/** Training effectiveness of one programme in the scope (SPEC §5). */
export type TrainingEffectRow = Suppressible<EffectFigures> & {
  programId: number;
  programCode: string;
  programTitle: string;
  /** the programme's cost per participant, in rupiah (catalogue data, never suppressed) */
  costPerParticipant: number;
  competencyId: number;
  competencyCode: string;
  /** C′: the cycle the levels before come from */
  previousCycleId: number;
  suppressed: boolean;
};

interface EffectSqlRow {
  program_id: number;
  program_code: string;
  program_title: string;
  cost_per_participant: number;
  competency_id: number;
  competency_code: string;
  previous_cycle_id: number;
  trained: number;
  gap_before: number;
  gap_after: number;
  closed: number;
  level_before: number;
  level_after: number;
  comparison: number;
  comparison_level_before: number;
  comparison_level_after: number;
}

/**
 * Query `analytics.trainingEffectiveness`: per programme with at least one trained cohort member in
 * the scope, the trained and comparison groups' sums from the effect cube, turned into figures by
 * `trainingEffectFromTotals` of @kinerja/shared; by programme code. The competency category filter
 * keeps programmes of those categories; person filters narrow both groups.
 */
export async function trainingEffectiveness(sql: SqlClient, scope: AnalyticsScope, options: AnalyticsOptions = {}): Promise<TrainingEffectRow[]> {
  const rel = relationsFor(scope, options);
  const p = new SqlParams();
  const text = `
  with ${cubeGroups(p, scope.agencyId, 'SCOPE')},
  sums as (
    select q.competency_id, q.program_id, sum(q.employees)::int as employees, sum(q.gap_before)::int as gap_before,
      sum(q.gap_after)::int as gap_after, sum(q.closed)::int as closed,
      sum(q.level_before)::int as level_before, sum(q.level_after)::int as level_after
    from ${rel.effectCube} q
    join cube_groups g on g.agency_id = q.agency_id
    where ${inCubeGroups('q')} and q.cycle_id = ${p.add(scope.cycleId)}
      and ${employeeFilter(p, scope, 'q')} and ${competencyFilter(p, scope, 'q')}
    group by q.competency_id, q.program_id
  )
  select t.program_id, tp.code as program_code, tp.title as program_title, tp.cost_per_participant::float8 as cost_per_participant,
    t.competency_id, c.code as competency_code, pc.previous_cycle_id,
    t.employees as trained, t.gap_before, t.gap_after, t.closed, t.level_before, t.level_after,
    coalesce(k.employees, 0) as comparison, coalesce(k.level_before, 0) as comparison_level_before,
    coalesce(k.level_after, 0) as comparison_level_after
  from sums t
  join training_program tp on tp.id = t.program_id
  join competency c on c.id = t.competency_id
  join analytics_previous_cycle pc on pc.cycle_id = ${p.add(scope.cycleId)}
  left join sums k on k.competency_id = t.competency_id and k.program_id is null
  where t.program_id is not null and t.employees > 0
  order by tp.code collate "C"`;
  const rows = await sql.query<EffectSqlRow>(text, p.values);
  const disclosure = rows.length > 0 ? await effectDisclosure(sql, scope, options) : null;

  return rows.map((r): TrainingEffectRow => {
    const figures = trainingEffectFromTotals({
      trained: r.trained,
      gapBeforeSum: r.gap_before,
      gapAfterSum: r.gap_after,
      closed: r.closed,
      levelBeforeSum: r.level_before,
      levelAfterSum: r.level_after,
      comparison: r.comparison,
      comparisonLevelBeforeSum: r.comparison_level_before,
      comparisonLevelAfterSum: r.comparison_level_after,
    });
    const all: EffectFigures = { ...figures, closed: r.closed, costPerClosedGap: costPerClosedGap(r.cost_per_participant, r.trained, r.closed) };
    const suppressed = disclosure !== null && !disclosure.shows(r.program_id, r.competency_id, r.trained, r.comparison);
    return {
      programId: r.program_id,
      programCode: r.program_code,
      programTitle: r.program_title,
      costPerParticipant: r.cost_per_participant,
      competencyId: r.competency_id,
      competencyCode: r.competency_code,
      previousCycleId: r.previous_cycle_id,
      ...(suppressed ? nulled(all) : all),
      suppressed,
    };
  });
}

interface EffectDisclosure {
  /** Whether a programme's row may be shown: both groups published (an empty comparison group reveals nobody). */
  shows(programId: number, competencyId: number, trained: number, comparison: number): boolean;
}

/**
 * For an ANALYST (SPEC §5 small groups), with the complementary suppression of `publishedGroups`
 * (@kinerja/shared disclosure.ts) as the other figures: each programme's trained group and each
 * competency's comparison group is a family of agency subtrees over the scope's pemda, so that no
 * two answers (this subtree and a child's) differ by fewer than five people. Null when the scope
 * shows everything.
 */
async function effectDisclosure(sql: SqlClient, scope: AnalyticsScope, options: AnalyticsOptions): Promise<EffectDisclosure | null> {
  if (!scope.suppressSmallGroups) return null;
  if ((scope.positionTypes?.length ?? 0) > 0 || (scope.employmentTypes?.length ?? 0) > 0) throw new FilteredDisclosureError();
  const rel = relationsFor(scope, options);
  const p = new SqlParams();
  const rows = await sql.query<{ agency_id: number; parent_id: number | null; competency_id: number; program_id: number | null; employees: number }>(`
  with tree as (
    select distinct d.descendant_id as id
    from agency_closure up
    join agency root on root.id = up.ancestor_id and root.parent_id is null
    join agency_closure d on d.ancestor_id = root.id
    where up.descendant_id = ${p.add(scope.agencyId)}
  )
  select q.agency_id, a.parent_id, q.competency_id, q.program_id, sum(q.employees)::int as employees
  from ${rel.effectCube} q
  join agency a on a.id = q.agency_id
  where q.agency_id = any(array(select id from tree)) and q.cycle_id = ${p.add(scope.cycleId)}
  group by q.agency_id, a.parent_id, q.competency_id, q.program_id`, p.values);

  const familyKey = (programId: number | null, competencyId: number) => (programId === null ? `comparison:${competencyId}` : `program:${programId}`);
  const families = new Map<string, { id: number; parentId: number | null; subtree: number }[]>();
  for (const row of rows) {
    const key = familyKey(row.program_id, row.competency_id);
    families.set(key, [...(families.get(key) ?? []), { id: row.agency_id, parentId: row.parent_id, subtree: row.employees }]);
  }
  const published = new Map<string, PublishedGroups>();
  for (const [key, family] of families) published.set(key, publishedGroups(ownFromSubtrees(family)));
  const shown = (key: string, people: number) => people === 0 || (!isSmallGroup(people) && (published.get(key)?.subtrees.has(scope.agencyId) ?? false));

  return {
    shows: (programId, competencyId, trained, comparison) =>
      shown(familyKey(programId, competencyId), trained) && shown(familyKey(null, competencyId), comparison),
  };
}

/** A trained member of a programme's cohort: their levels before (C′) and after (C). */
export interface TrainingEffectMemberRow {
  employeeId: number;
  name: string;
  agencyId: number;
  required: number;
  levelBefore: number;
  levelAfter: number;
  gapBefore: number;
  gapAfter: number;
}

interface MemberSqlRow {
  employee_id: number;
  name: string;
  agency_id: number;
  required: number;
  level_before: number;
  level_after: number;
  total: number;
}

/**
 * Query `analytics.trainingEffectMembers`: the trained members of one programme's cohort in the
 * scope, by name; keyset pages on (name, id). Individuals: refused in a suppressed (ANALYST) scope.
 */
export async function trainingEffectMembers(
  sql: SqlClient,
  scope: AnalyticsScope,
  programId: number,
  page: PageRequest = {},
  options: AnalyticsOptions = {},
): Promise<Page<TrainingEffectMemberRow>> {
  const limit = pageSize(page);
  if (scope.suppressSmallGroups) throw new IndividualDataRefusedError();
  const rel = relationsFor(scope, options);
  const after = page.after ? decodeCursor(page.after, ['string', 'number'] as const) : null;
  const p = new SqlParams();
  const text = `
  with matching as (
    select f.employee_id, e.name, f.agency_id, f.required::int as required, f.level_before::int as level_before,
      f.level_after::int as level_after
    from ${rel.effects} f
    join agency_closure s on s.descendant_id = f.agency_id and s.ancestor_id = ${p.add(scope.agencyId)}
    join employee e on e.id = f.employee_id
    where f.cycle_id = ${p.add(scope.cycleId)} and f.program_id = ${p.add(programId)} and ${employeeFilter(p, scope, 'f')}
  )
  select m.*, (select count(*)::int from matching) as total
  from matching m
  where ${after ? `(m.name, m.employee_id) > (${p.add(after[0])}, ${p.add(after[1])}::int)` : 'true'}
  order by m.name, m.employee_id
  limit ${p.add(limit + 1)}`;
  const rows = await sql.query<MemberSqlRow>(text, p.values);
  const total = rows[0]?.total ?? (after ? (await trainingEffectMembers(sql, scope, programId, { first: 1 }, options)).totalCount : 0);
  return toPage(rows, limit, total, (r) => ({
    employeeId: r.employee_id,
    name: r.name,
    agencyId: r.agency_id,
    required: r.required,
    levelBefore: r.level_before,
    levelAfter: r.level_after,
    gapBefore: r.required - r.level_before,
    gapAfter: Math.max(0, r.required - r.level_after),
  }), (r) => encodeCursor([r.name, r.employee_id]));
}

import {
  NINE_BOX, NINE_BOXES, POTENTIAL_THRESHOLDS, PREDICATES, PotentialLevel, nineBoxOf, performanceOf,
  type NineBox, type Predicate,
} from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import { IndividualDataRefusedError, type AnalyticsScope } from './analytics-scope.js';
import { loadDisclosure } from './disclosure.query.js';
import {
  FIT_POINT_SCALE, SqlParams, categoryMask, categorySum, cubeGroups, decodeCursor, employeeFilter, encodeCursor, factGroups,
  inCubeGroups, mustSuppress, pageSize, relationsFor, toPage, type AnalyticsOptions, type Page, type PageRequest,
} from './analytics-sql.js';

export interface TalentBoxRow {
  box: NineBox;
  /** employees placed in the box; null when the grid is suppressed */
  count: number | null;
}

export interface TalentBoxes {
  /** all nine boxes, 1..9 */
  boxes: TalentBoxRow[];
  /** employees placed in the grid (finalised appraisal and a fit index) */
  placed: number | null;
  suppressed: boolean;
}

export interface TalentBoxMember {
  employeeId: number;
  nip: string;
  name: string;
  agencyId: number;
  agencyCode: string;
  agencyName: string;
  predicate: Predicate;
  fitIndex: number;
  box: NineBox;
}

/**
 * CTE `placed` for the members list: the scope's employees with a finalised appraisal and a fit
 * index (PermenPANRB 3/2020), with their predicate, fit index and potential — POTENTIAL_THRESHOLDS
 * of @kinerja/shared compared exactly with the fit points: fit ≥ T ⇔ 100·points ≥ T·pairs·scale.
 */
function placedCte(p: SqlParams, scope: AnalyticsScope, options: AnalyticsOptions): string {
  const rel = relationsFor(scope, options);
  const points = categorySum(scope, 'f', 'fit_points');
  const pairs = categorySum(scope, 'f', 'fit_pairs');
  const atLeast = (threshold: number) => `100 * ${points} >= ${p.add(threshold)}::numeric * ${pairs} * ${FIT_POINT_SCALE}`;
  return `${factGroups(p, scope.agencyId, 'SCOPE')},
  placed as (
    select f.employee_id, f.agency_id, f.predicate,
      (100 * ${points}::numeric / (${pairs} * ${FIT_POINT_SCALE}))::float8 as fit_index,
      case
        when ${atLeast(POTENTIAL_THRESHOLDS.HIGH)} then ${p.add(PotentialLevel.HIGH)}
        when ${atLeast(POTENTIAL_THRESHOLDS.MEDIUM)} then ${p.add(PotentialLevel.MEDIUM)}
        else ${p.add(PotentialLevel.LOW)}
      end as potential
    from ${rel.employees} f
    join fact_groups g on g.agency_id = f.agency_id
    where f.cycle_id = ${p.add(scope.cycleId)} and f.finalized and f.predicate is not null and ${pairs} > 0
      and ${employeeFilter(p, scope, 'f')}
  )`;
}

/**
 * Query `analytics.talentBoxes`: employees per 9-box cell (all nine, 1..9) in the scope, from the
 * talent cube: SQL counts per predicate and potential (POTENTIAL_THRESHOLDS applied to the exact
 * fit fraction); performanceOf and nineBoxOf of @kinerja/shared place them in the grid.
 */
export async function talentBoxes(sql: SqlClient, scope: AnalyticsScope, options: AnalyticsOptions = {}): Promise<TalentBoxes> {
  const rel = relationsFor(scope, options);
  const p = new SqlParams();
  const atLeast = (threshold: number) => `100 * q.fit_numerator >= ${p.add(threshold)}::numeric * q.fit_denominator`;
  const text = `
  with ${cubeGroups(p, scope.agencyId, 'SCOPE')}
  select q.predicate,
    case
      when ${atLeast(POTENTIAL_THRESHOLDS.HIGH)} then ${p.add(PotentialLevel.HIGH)}
      when ${atLeast(POTENTIAL_THRESHOLDS.MEDIUM)} then ${p.add(PotentialLevel.MEDIUM)}
      else ${p.add(PotentialLevel.LOW)}
    end as potential,
    sum(q.employees)::int as count
  from ${rel.talentCube} q
  join cube_groups g on g.agency_id = q.agency_id
  where ${inCubeGroups('q')} and q.cycle_id = ${p.add(scope.cycleId)} and q.category_mask = ${p.add(categoryMask(scope))}
    and ${employeeFilter(p, scope, 'q')}
  group by 1, 2`;
  const rows = await sql.query<{ predicate: Predicate; potential: PotentialLevel; count: number }>(text, p.values);
  const counts = new Map<NineBox, number>();
  for (const row of rows) {
    const box = nineBoxOf(performanceOf(row.predicate), row.potential);
    counts.set(box, (counts.get(box) ?? 0) + row.count);
  }
  const placed = rows.reduce((n, r) => n + r.count, 0);
  const disclosure = await loadDisclosure(sql, scope, options);
  const suppressed = mustSuppress(scope, placed, disclosure?.shows('SCOPE', scope.agencyId));
  return {
    boxes: NINE_BOXES.map(({ box }) => ({ box, count: suppressed ? null : counts.get(box) ?? 0 })),
    placed: suppressed ? null : placed,
    suppressed,
  };
}

interface MemberSqlRow {
  employee_id: number;
  nip: string;
  name: string;
  agency_id: number;
  agency_code: string;
  agency_name: string;
  predicate: Predicate;
  fit_index: number;
  total: number;
}

/**
 * Query `analytics.talentBoxMembers`: the employees in one box, by name, a page at a time (keyset on
 * name, id). The box is its performance (the predicates that map to it) and potential. Individuals:
 * refused in a suppressed (ANALYST) scope.
 */
export async function talentBoxMembers(
  sql: SqlClient,
  scope: AnalyticsScope,
  box: NineBox,
  page: PageRequest = {},
  options: AnalyticsOptions = {},
): Promise<Page<TalentBoxMember>> {
  // Arguments first, as for every list: a bad `first` is BAD_USER_INPUT whoever asks.
  const limit = pageSize(page);
  if (scope.suppressSmallGroups) throw new IndividualDataRefusedError();
  const cell = NINE_BOX[box];
  const p = new SqlParams();
  const after = page.after ? decodeCursor(page.after, ['string', 'number'] as const) : null;
  const text = `
  with ${placedCte(p, scope, options)},
  members as (
    select x.employee_id, e.nip, e.name, x.agency_id, a.code as agency_code, a.name as agency_name, x.predicate, x.fit_index
    from placed x
    join employee e on e.id = x.employee_id
    join agency a on a.id = x.agency_id
    where x.predicate = any(${p.add(PREDICATES.filter((predicate) => performanceOf(predicate) === cell.performance))}::text[])
      and x.potential = ${p.add(cell.potential)}
  )
  select m.*, (select count(*)::int from members) as total
  from members m
  where ${after ? `(m.name, m.employee_id) > (${p.add(after[0])}, ${p.add(after[1])}::int)` : 'true'}
  order by m.name, m.employee_id
  limit ${p.add(limit + 1)}`;
  const rows = await sql.query<MemberSqlRow>(text, p.values);
  const total = rows[0]?.total ?? (after ? await memberCount(sql, scope, box, options) : 0);
  return toPage(rows, limit, total, (r) => ({
    employeeId: r.employee_id,
    nip: r.nip,
    name: r.name,
    agencyId: r.agency_id,
    agencyCode: r.agency_code,
    agencyName: r.agency_name,
    predicate: r.predicate,
    fitIndex: r.fit_index,
    box,
  }), (r) => encodeCursor([r.name, r.employee_id]));
}

/** totalCount when a page past the end came back empty. */
async function memberCount(sql: SqlClient, scope: AnalyticsScope, box: NineBox, options: AnalyticsOptions): Promise<number> {
  const { boxes } = await talentBoxes(sql, { ...scope, suppressSmallGroups: false }, options);
  return boxes.find((b) => b.box === box)?.count ?? 0;
}

import { isLeniencyFlagged } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';
import {
  SqlParams, categorySum, employeeFilter, hasEmployeeFilter, mustSuppress, offsetAfter, offsetPage, pageSize, relationsFor,
  subtreeRelations, type AnalyticsOptions, type Page, type PageRequest, type Suppressible,
} from './analytics-sql.js';

interface LeniencyFigures {
  /** SUPERVISOR levels this rater gave to active employees of the scope (in its competency categories) */
  ratings: number;
  /** employees of the scope this rater gave SUPERVISOR levels to in the cycle (the group's size) */
  ratedEmployees: number;
  meanGiven: number;
  /** mean of every SUPERVISOR level given in the same top-level agency (pemda) */
  baselineMean: number;
  /** meanGiven − baselineMean: positive is lenient, negative strict */
  difference: number;
  /** |difference| ≥ LENIENCY_FLAG_DIFFERENCE with at least LENIENCY_MIN_RATINGS ratings */
  flagged: boolean;
}

/** Rater leniency (SPEC §5) of one supervisor (pejabat penilai). */
export type RaterLeniencyRow = Suppressible<LeniencyFigures> & {
  raterId: number;
  /** null in a suppressed (ANALYST) scope: aggregates only, no names or NIP (SPEC §6) */
  nip: string | null;
  name: string | null;
  suppressed: boolean;
};

interface LeniencySqlRow {
  rater_id: number;
  nip: string;
  name: string;
  ratings: number;
  rated_employees: number;
  mean_given: number;
  baseline_mean: number;
  difference: number;
  total: number;
}

/**
 * Query `analytics.raterLeniency`: for each rater of active employees in the scope, the mean
 * SUPERVISOR level they gave minus the mean of all SUPERVISOR levels given in the scope's top-level
 * agency (same cycle and filters), from the rater cubes. The rater of a level is its rater_id, else
 * the rated employee's supervisor. Ordered by |difference|, largest first, a page at a time (offset
 * cursors, common/graphql/paging.ts).
 */
export async function raterLeniency(
  sql: SqlClient,
  scope: AnalyticsScope,
  page: PageRequest = {},
  options: AnalyticsOptions = {},
): Promise<Page<RaterLeniencyRow>> {
  const limit = pageSize(page);
  const offset = offsetAfter(page.after);
  const p = new SqlParams();
  const ranked = (options.source ?? 'FACTS') === 'FACTS' && scope.employeeIds === undefined && !hasEmployeeFilter(scope);
  const text = ranked ? rankedSql(p, scope, offset, limit) : groupedSql(p, scope, offset, limit, options);
  const rows = await sql.query<LeniencySqlRow>(text, p.values);
  // A page past the end has no row to carry the total: ask for the first one.
  const total = rows[0]?.total ?? (offset > 0 ? (await raterLeniency(sql, scope, { first: 1 }, options)).totalCount : 0);
  return offsetPage(rows.slice(0, limit).map((r): RaterLeniencyRow => {
    const figures: LeniencyFigures = {
      ratings: r.ratings,
      ratedEmployees: r.rated_employees,
      meanGiven: r.mean_given,
      baselineMean: r.baseline_mean,
      difference: r.difference,
      flagged: isLeniencyFlagged(r.difference, r.ratings),
    };
    const analyst = scope.suppressSmallGroups === true;
    const suppressed = mustSuppress(scope, r.rated_employees);
    return {
      raterId: r.rater_id,
      nip: analyst ? null : r.nip,
      name: analyst ? null : r.name,
      ...(suppressed ? nullFigures : figures),
      suppressed,
    };
  }), total, offset);
}

const nullFigures: Suppressible<LeniencyFigures> = {
  ratings: null, ratedEmployees: null, meanGiven: null, baselineMean: null, difference: null, flagged: null,
};

/** The scope's top-level agency (pemda), whose raters' levels are the baseline. */
function topLevel(agency: string): string {
  return `top_level as (
    select c.ancestor_id as agency_id
    from agency_closure c join agency a on a.id = c.ancestor_id
    where c.descendant_id = ${agency} and a.parent_id is null
  )`;
}

/**
 * Every rater of the scope summed over the rater cube's positions and employment types, then all
 * of them sorted: the reference, and what a team scope, an employee filter or the base tables read.
 * Grows with the number of raters.
 */
function groupedSql(p: SqlParams, scope: AnalyticsScope, offset: number, limit: number, options: AnalyticsOptions): string {
  const rel = relationsFor(scope, options);
  const agency = `${p.add(scope.agencyId)}::int`;
  const cycle = p.add(scope.cycleId);
  const ratings = categorySum(scope, 'q', 'ratings');
  const levelSum = categorySum(scope, 'q', 'level_sum');
  return `
  with ${topLevel(agency)},
  baseline as (
    select sum(${levelSum})::numeric / nullif(sum(${ratings}), 0) as mean
    from ${rel.raterCube} q
    where q.agency_id = (select agency_id from top_level) and q.cycle_id = ${cycle} and ${employeeFilter(p, scope, 'q')}
  ),
  raters as (
    select q.rater_id, sum(${ratings})::int as ratings, sum(q.rated_employees)::int as rated_employees,
      sum(${levelSum})::numeric / sum(${ratings}) as mean_given
    from ${rel.raterCube} q
    where q.agency_id = ${agency} and q.cycle_id = ${cycle} and ${employeeFilter(p, scope, 'q')}
    group by q.rater_id
    having sum(${ratings}) > 0
  )
  select r.rater_id, e.nip, e.name, r.ratings, r.rated_employees, r.mean_given::float8 as mean_given,
    b.mean::float8 as baseline_mean, (r.mean_given - b.mean)::float8 as difference,
    count(*) over ()::int as total
  from raters r
  cross join baseline b
  join employee e on e.id = r.rater_id
  order by abs(r.mean_given - b.mean) desc, e.name, r.rater_id
  offset ${p.add(offset)} limit ${p.add(limit + 1)}`;
}

/**
 * The same page from analytics_rater_total_cube (one row per rater of a subtree) without sorting
 * every rater. The raters furthest from the baseline b are those with the highest and the lowest
 * mean given: with k = offset + limit, the k-th largest |mean − b| among the k highest and the k
 * lowest means (read from the two ends of the cube's mean index) is the k-th largest of all, T.
 * Every rater with |mean − b| ≥ T — two index ranges, mean ≥ b + T and mean ≤ b − T, ties at T
 * included — then holds the page, which is sorted by the same key as groupedSql. Numeric addition and
 * subtraction are exact, so the ranges select exactly |mean − b| ≥ T. The baseline is read from
 * analytics_rating_cube (a few rows per subtree). Reads what grows with the page and with the raters
 * tied at T, plus an index count of the scope's raters for totalCount. With a category filter the
 * mean is not the indexed one and the ends are sorted (one row per rater; still no group by).
 */
function rankedSql(p: SqlParams, scope: AnalyticsScope, offset: number, limit: number): string {
  const rel = subtreeRelations();
  const agency = `${p.add(scope.agencyId)}::int`;
  const cycle = p.add(scope.cycleId);
  const ratings = categorySum(scope, 'q', 'ratings');
  const levelSum = categorySum(scope, 'q', 'level_sum');
  // Spelled as raterMeanGiven('q') / raterRanked('q') when every category counts: the planner then reads the index.
  const mean = `${levelSum}::numeric / ${ratings}`;
  const rows = `${rel.raterTotalCube} q where q.agency_id = ${agency} and q.cycle_id = ${cycle} and ${ratings} > 0`;
  // The last row of the page is the k-th (hasNextPage comes from the total, not from an extra row).
  const k = p.add(offset + limit);
  const kth = p.add(offset + limit - 1);
  return `
  with ${topLevel(agency)},
  baseline as (
    select sum(${levelSum})::numeric / nullif(sum(${ratings}), 0) as mean
    from ${rel.ratingCube} q
    where q.agency_id = (select agency_id from top_level) and q.cycle_id = ${cycle}
  ),
  ends as materialized (
    (select q.rater_id, ${mean} as mean_given from ${rows} order by ${mean} desc limit ${k})
    union
    (select q.rater_id, ${mean} as mean_given from ${rows} order by ${mean} asc limit ${k})
  ),
  bounds as (
    select b.mean + t.t as upper_bound, b.mean - t.t as lower_bound
    from baseline b
    cross join (
      select coalesce((select abs(x.mean_given - bb.mean) from ends x cross join baseline bb order by 1 desc offset ${kth} limit 1), 0) as t
    ) t
  ),
  raters as (
    select q.rater_id, ${ratings} as ratings, q.rated_employees, ${mean} as mean_given
    from ${rows} and ${mean} >= (select upper_bound from bounds)
    union all
    select q.rater_id, ${ratings} as ratings, q.rated_employees, ${mean} as mean_given
    from ${rows} and ${mean} <= (select lower_bound from bounds) and ${mean} < (select upper_bound from bounds)
  )
  select r.rater_id, e.nip, e.name, r.ratings, r.rated_employees, r.mean_given::float8 as mean_given,
    b.mean::float8 as baseline_mean, (r.mean_given - b.mean)::float8 as difference,
    (select count(*) from ${rows})::int as total
  from raters r
  cross join baseline b
  join employee e on e.id = r.rater_id
  order by abs(r.mean_given - b.mean) desc, e.name, r.rater_id
  offset ${p.add(offset)} limit ${p.add(limit + 1)}`;
}

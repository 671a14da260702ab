import { isLeniencyFlagged } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';
import {
  InvalidCursorError, SqlParams, categorySum, decodeCursor, encodeCursor, employeeFilter, mustSuppress, pageSize, relationsFor, toPage,
  type AnalyticsOptions, type Page, type PageRequest, type Suppressible,
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
 * agency (same cycle and filters), from the rater cube. The rater of a level is its rater_id, else
 * the rated employee's supervisor. Ordered by |difference|, largest first, a page at a time (offset
 * cursor).
 */
export async function raterLeniency(
  sql: SqlClient,
  scope: AnalyticsScope,
  page: PageRequest = {},
  options: AnalyticsOptions = {},
): Promise<Page<RaterLeniencyRow>> {
  const rel = relationsFor(scope, options);
  const limit = pageSize(page);
  const offset = page.after ? checkedOffset(decodeCursor(page.after, ['number'] as const)[0]) : 0;
  const p = new SqlParams();
  const agency = `${p.add(scope.agencyId)}::int`;
  const cycle = p.add(scope.cycleId);
  const ratings = categorySum(scope, 'q', 'ratings');
  const levelSum = categorySum(scope, 'q', 'level_sum');
  const text = `
  with top_level as (
    select c.ancestor_id as agency_id
    from agency_closure c join agency a on a.id = c.ancestor_id
    where c.descendant_id = ${agency} and a.parent_id is null
  ),
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
  const rows = (await sql.query<LeniencySqlRow>(text, p.values)).map((row, i) => ({ ...row, position: offset + i + 1 }));
  // A page past the end has no row to carry the total: ask for the first one.
  const total = rows[0]?.total ?? (offset > 0 ? (await raterLeniency(sql, scope, { first: 1 }, options)).totalCount : 0);
  return toPage(rows, limit, total, (r): RaterLeniencyRow => {
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
  }, (r) => encodeCursor([r.position]));
}

const nullFigures: Suppressible<LeniencyFigures> = {
  ratings: null, ratedEmployees: null, meanGiven: null, baselineMean: null, difference: null, flagged: null,
};

/** The cursor holds a row's position (1-based): the page after it starts there. */
function checkedOffset(position: number): number {
  if (!Number.isSafeInteger(position) || position < 1) throw new InvalidCursorError();
  return position;
}

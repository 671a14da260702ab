import { isLeniencyFlagged } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';
import {
  InvalidCursorError, SqlParams, categorySum, employeeFilter, mustSuppress, pageSize, relationsFor, toPage,
  type AnalyticsOptions, type Page, type PageRequest, type Suppressible,
} from './analytics-sql.js';

interface LeniencyFigures {
  /** SUPERVISOR levels this rater gave to active employees of the scope */
  ratings: number;
  /** distinct employees those levels were given to */
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
 * agency (same cycle and filters). The rater of a level is its rater_id, else the rated employee's
 * supervisor. Ordered by |difference|, largest first, a page at a time (offset cursor).
 */
export async function raterLeniency(
  sql: SqlClient,
  scope: AnalyticsScope,
  page: PageRequest = {},
  options: AnalyticsOptions = {},
): Promise<Page<RaterLeniencyRow>> {
  const rel = relationsFor(options);
  const limit = pageSize(page);
  const offset = page.after ? decodeOffset(page.after) : 0;
  const p = new SqlParams();
  const agency = `${p.add(scope.agencyId)}::int`;
  const text = `
  with top_level as (
    select c.ancestor_id as agency_id
    from agency_closure c join agency a on a.id = c.ancestor_id
    where c.descendant_id = ${agency} and a.parent_id is null
  ),
  given as (
    select f.rater_id, f.employee_id, f.agency_id,
      ${categorySum(scope, 'f', 'ratings')} as ratings, ${categorySum(scope, 'f', 'level_sum')} as level_sum
    from ${rel.ratings} f
    join agency_closure t on t.descendant_id = f.agency_id and t.ancestor_id = (select agency_id from top_level)
    where f.cycle_id = ${p.add(scope.cycleId)} and ${employeeFilter(p, scope, 'f')}
  ),
  baseline as (
    select sum(level_sum)::numeric / nullif(sum(ratings), 0) as mean from given
  ),
  raters as (
    -- one rating fact per (employee, cycle, rater): its rows are the rater's distinct employees
    select g.rater_id, sum(g.ratings)::int as ratings, count(*)::int as rated_employees,
      sum(g.level_sum)::numeric / sum(g.ratings) as mean_given
    from given g
    join agency_closure s on s.descendant_id = g.agency_id and s.ancestor_id = ${agency}
    where g.ratings > 0
    group by g.rater_id
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
  }, (r) => encodeOffset(r.position));
}

const nullFigures: Suppressible<LeniencyFigures> = {
  ratings: null, ratedEmployees: null, meanGiven: null, baselineMean: null, difference: null, flagged: null,
};

function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidCursorError();
  return Number(match[1]);
}

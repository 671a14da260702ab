import {
  MIN_DEVELOPMENT_JP_PER_YEAR, PREDICATES, ratio, type AnalyticsSummary, type CycleKind, type Predicate, type PredicateCount,
} from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';
import {
  SqlParams, categoryMask, competencyFilter, cubeGroups, employeeFilter, groupSums, mustSuppress, nulled, relationsFor,
  type AgencyGrouping, type GroupSum, type AnalyticsOptions, type GroupingMode, type Suppressible,
} from './analytics-sql.js';
import { loadDisclosure, type Disclosure } from './disclosure.query.js';

/** Headline figures of one group; all null (and `suppressed`) for a small group in an ANALYST scope. */
export type SummaryRow = Suppressible<AnalyticsSummary> & { suppressed: boolean };

/** A summary of one part of the scope (SCOPE, a CHILD subtree, or the scope agency's OWN employees). */
export interface AgencySummaryRow extends SummaryRow {
  grouping: AgencyGrouping;
  agencyId: number;
  agencyCode: string;
  agencyName: string;
}

/** The summary of the scope in one cycle. */
export interface TrendRow extends SummaryRow {
  cycleId: number;
  cycleCode: string;
  /** the trend series the point belongs to: annual and semester cycles are separate series */
  cycleKind: CycleKind;
  /** `YYYY-MM` */
  startMonth: string;
}

/** Which cycles a summary reads: the scope's, or the trend series of a kind up to the scope's. */
type CycleSelection = { kind: 'SCOPE_CYCLE' } | { kind: 'SERIES'; cycleKind: CycleKind | undefined };

interface SummarySqlRow {
  grouping: AgencyGrouping;
  group_agency_id: number;
  agency_code: string;
  agency_name: string;
  cycle_id: number;
  cycle_code: string;
  cycle_kind: CycleKind;
  start_month: string;
  headcount: number;
  appraisals: number;
  finalized: number;
  fit_index: number | null;
  predicate_counts: Partial<Record<Predicate, number>> | string;
  assessed: number;
  with_gap: number;
  self_supervisor_sum: number;
  self_supervisor_pairs: number;
  jp_compliant: number;
}

/**
 * Query `analytics.summary`: headline figures (SPEC §5) per agency group and cycle, in one statement
 * over the subtree cubes. Every figure of a cycle counts that cycle's staff (employment history):
 *  - headcount: the cycle's active staff;
 *  - appraisals, finalized and the predicate distribution (over finalised appraisals);
 *  - fit index: mean over employees with an assessed required pair of their own fit, each fit taken
 *    over the scope's competency categories (the fit cube keeps one row per category subset);
 *  - gap rate and self–supervisor difference: sums over required pairs;
 *  - 20 JP: employees whose hours in the cycle's calendar year (the year of its start month, as
 *    calendarYearOf in @kinerja/shared) reach MIN_DEVELOPMENT_JP_PER_YEAR, from the hours histogram.
 */
async function summaryRows(
  sql: SqlClient,
  scope: AnalyticsScope,
  grouping: GroupingMode,
  cycles: CycleSelection,
  options: AnalyticsOptions,
): Promise<SummarySqlRow[]> {
  const rel = relationsFor(scope, options);
  const p = new SqlParams();
  const cycle = p.add(scope.cycleId);
  // A trend series: the cycles of one kind (by default the scope cycle's) starting no later than it.
  const cycleCondition = cycles.kind === 'SCOPE_CYCLE'
    ? `y.id = ${cycle}`
    : `y.start_month <= (select start_month from cycle where id = ${cycle})
      and y.kind = coalesce(${p.add(cycles.cycleKind ?? null)}::text, (select kind from cycle where id = ${cycle}))`;
  /** The cube's rows of the reported cycles, written so that the planner takes them from the index. */
  const inCycles = cycles.kind === 'SERIES' ? 'q.cycle_id = any(array(select cycle_id from cycles))' : `q.cycle_id = ${cycle}`;
  /**
   * Sums the rows of a subtree cube (aliased q) in scope into the report groups per cycle. Roots and
   * cycles are also stated as `= any(array(...))` so that the cube's index serves both.
   */
  const totals = (t: { cube: string; sums: GroupSum[]; where?: string; keys?: Record<string, string> }) => groupSums({
    from: `${t.cube} q join cycles y on y.cycle_id = q.cycle_id`,
    where: `${inCycles} and ${employeeFilter(p, scope, 'q')} and ${t.where ?? 'true'}`,
    keys: { cycle_id: 'y.cycle_id', ...t.keys },
    sums: t.sums,
  });
  const int = (name: string, of: string): GroupSum => ({ name, of, type: 'int' });
  const text = `
  with ${cubeGroups(p, scope.agencyId, grouping)},
  cycles as (
    select y.id as cycle_id, y.code, y.kind, y.start_month
    from cycle y where ${cycleCondition}
  ),
  staff as (${totals({ cube: rel.headcount, sums: [int('headcount', 'q.employees')] })}),
  appraisal_parts as (${totals({
    cube: rel.appraisalCube, sums: [int('n', 'q.appraisals')], keys: { finalized: 'q.finalized', predicate: 'q.predicate' },
  })}),
  appraisal_totals as (
    select grouping, group_agency_id, cycle_id,
      sum(n)::int as appraisals,
      coalesce(sum(n) filter (where finalized), 0)::int as finalized,
      jsonb_object_agg(predicate, n) filter (where finalized and predicate is not null) as predicate_counts
    from appraisal_parts
    group by grouping, group_agency_id, cycle_id
  ),
  fit_totals as (${totals({
    cube: rel.fitCube, where: `q.category_mask = ${p.add(categoryMask(scope))}`,
    sums: [int('fit_employees', 'q.fit_employees'), { name: 'fit_ratio_sum', of: 'q.fit_ratio_sum', type: 'numeric' }],
  })}),
  pair_totals as (${totals({
    cube: rel.gapCube, where: competencyFilter(p, scope, 'q'),
    sums: [int('assessed', 'q.assessed'), int('with_gap', 'q.with_gap'),
      int('self_supervisor_sum', 'q.self_supervisor_sum'), int('self_supervisor_pairs', 'q.self_supervisor_pairs')],
  })}),
  jp_totals as (${totals({
    cube: rel.jpCube, where: `q.hours_jp >= ${p.add(MIN_DEVELOPMENT_JP_PER_YEAR)}`, sums: [int('compliant', 'q.employees')],
  })}),
  report_groups as (
    select distinct grouping, group_agency_id from cube_groups
  )
  select k.grouping, k.group_agency_id, a.code as agency_code, a.name as agency_name,
    y.cycle_id, y.code as cycle_code, y.kind as cycle_kind, to_char(y.start_month, 'YYYY-MM') as start_month,
    coalesce(s.headcount, 0) as headcount,
    coalesce(t.appraisals, 0) as appraisals,
    coalesce(t.finalized, 0) as finalized,
    (100 * f.fit_ratio_sum / nullif(f.fit_employees, 0))::float8 as fit_index,
    coalesce(t.predicate_counts, '{}'::jsonb) as predicate_counts,
    coalesce(q.assessed, 0) as assessed,
    coalesce(q.with_gap, 0) as with_gap,
    coalesce(q.self_supervisor_sum, 0) as self_supervisor_sum,
    coalesce(q.self_supervisor_pairs, 0) as self_supervisor_pairs,
    coalesce(j.compliant, 0) as jp_compliant
  from report_groups k
  cross join cycles y
  join agency a on a.id = k.group_agency_id
  left join staff s on (s.grouping, s.group_agency_id, s.cycle_id) = (k.grouping, k.group_agency_id, y.cycle_id)
  left join appraisal_totals t on (t.grouping, t.group_agency_id, t.cycle_id) = (k.grouping, k.group_agency_id, y.cycle_id)
  left join fit_totals f on (f.grouping, f.group_agency_id, f.cycle_id) = (k.grouping, k.group_agency_id, y.cycle_id)
  left join pair_totals q on (q.grouping, q.group_agency_id, q.cycle_id) = (k.grouping, k.group_agency_id, y.cycle_id)
  left join jp_totals j on (j.grouping, j.group_agency_id, j.cycle_id) = (k.grouping, k.group_agency_id, y.cycle_id)
  where k.grouping <> 'OWN' or coalesce(s.headcount, 0) > 0
  order by y.start_month, y.code, k.grouping = 'SCOPE' desc, a.code collate "C"`;
  return sql.query<SummarySqlRow>(text, p.values);
}

function toSummary(scope: AnalyticsScope, disclosure: Disclosure | null, row: SummarySqlRow): SummaryRow {
  const counts: Partial<Record<Predicate, number>> =
    typeof row.predicate_counts === 'string' ? JSON.parse(row.predicate_counts) : row.predicate_counts;
  const predicateDistribution: PredicateCount[] = PREDICATES.map((predicate) => {
    const count = counts[predicate] ?? 0;
    return { predicate, count, share: ratio(count, row.finalized) };
  });
  const figures: AnalyticsSummary = {
    headcount: row.headcount,
    appraisals: row.appraisals,
    finalized: row.finalized,
    completionRate: ratio(row.finalized, row.headcount),
    fitIndex: row.fit_index,
    gapRate: ratio(row.with_gap, row.assessed),
    selfSupervisorDiff: ratio(row.self_supervisor_sum, row.self_supervisor_pairs),
    jp20Compliance: ratio(row.jp_compliant, row.headcount),
    predicateDistribution,
  };
  return mustSuppress(scope, row.headcount, disclosure?.shows(row.grouping, row.group_agency_id))
    ? { ...nulled(figures), suppressed: true }
    : { ...figures, suppressed: false };
}

/** Headline figures of the scope (cycle × agency subtree). */
export async function summary(sql: SqlClient, scope: AnalyticsScope, options: AnalyticsOptions = {}): Promise<SummaryRow> {
  const disclosure = await loadDisclosure(sql, scope, options);
  const [row] = await summaryRows(sql, scope, 'SCOPE', { kind: 'SCOPE_CYCLE' }, options);
  if (!row) throw new Error(`no cycle ${scope.cycleId} or agency ${scope.agencyId}`);
  return toSummary(scope, disclosure, row);
}

/**
 * Agency ranking: the scope as a whole (SCOPE), each child's subtree (CHILD) and — when the scope
 * agency has employees placed directly in it, such as a kepala dinas above the units — those
 * employees as their own row (OWN), so that the parts add up to the whole. Order: SCOPE, then the
 * parts by agency code.
 */
export async function agencyComparison(sql: SqlClient, scope: AnalyticsScope, options: AnalyticsOptions = {}): Promise<AgencySummaryRow[]> {
  const disclosure = await loadDisclosure(sql, scope, options);
  const rows = await summaryRows(sql, scope, 'SCOPE_AND_PARTS', { kind: 'SCOPE_CYCLE' }, options);
  return rows.map((row) => ({
    ...toSummary(scope, disclosure, row),
    grouping: row.grouping,
    agencyId: row.group_agency_id,
    agencyCode: row.agency_code,
    agencyName: row.agency_name,
  }));
}

/**
 * A trend series: the scope's summary in every cycle of one kind (`cycleKind`, by default the scope
 * cycle's) that starts no later than the scope cycle, oldest first. Annual and semester cycles are
 * separate series, never one line. Each point counts the staff of its own cycle (employment history).
 */
export async function trend(
  sql: SqlClient,
  scope: AnalyticsScope,
  options: AnalyticsOptions & { cycleKind?: CycleKind } = {},
): Promise<TrendRow[]> {
  const rows = await summaryRows(sql, scope, 'SCOPE', { kind: 'SERIES', cycleKind: options.cycleKind }, options);
  // Each cycle had its own staff: the small-group protection of a point is decided over its cycle.
  const disclosures = new Map<number, Disclosure | null>();
  for (const cycleId of new Set(rows.map((row) => row.cycle_id))) {
    disclosures.set(cycleId, await loadDisclosure(sql, { ...scope, cycleId }, options));
  }
  return rows.map((row) => ({
    ...toSummary(scope, disclosures.get(row.cycle_id) ?? null, row),
    cycleId: row.cycle_id,
    cycleCode: row.cycle_code,
    cycleKind: row.cycle_kind,
    startMonth: row.start_month,
  }));
}

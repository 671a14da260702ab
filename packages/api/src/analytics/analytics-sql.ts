/*
 * Building blocks shared by the analytics queries: parameters, the relations figures are read from,
 * scope filters, agency groupings and pagination. Each query file composes one SQL statement from
 * these; nothing here runs SQL.
 */
import {
  COMPETENCY_CATEGORIES, isSmallGroup, type CompetencyCategory,
} from '@kinerja/shared';
import { checkedPageSize, type CursorPage } from '../common/graphql/paging.js';
import { CATEGORY_COLUMN } from './analytics-layout.js';
import type { AnalyticsScope } from './analytics-scope.js';
import { TeamScopeUnsupportedError, teamCubes } from './team-cubes.js';

/** Collects positional parameters: `add(value)` returns the placeholder (`$n`) to write in the SQL. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// ---- where figures come from -----------------------------------------------------------------------

/**
 * FACTS reads the fact tables and subtree cubes kept in step by the analytics migration's triggers
 * (fast); BASE_TABLES computes the same relations from the base tables at query time through the
 * `analytics_*_source` views (slow, the reference the facts are checked against).
 */
export type AnalyticsSource = 'FACTS' | 'BASE_TABLES';

export interface AnalyticsOptions {
  source?: AnalyticsSource;
}

/** The relations a query reads; both sources have the same columns. */
export interface AnalyticsRelations {
  /** required (employee, competency) pairs per appraisal, by the agency the employee was placed in that cycle */
  pairs: string;
  /** one row per appraisal of the cycle's active staff, by the agency they were placed in that cycle */
  employees: string;
  /** required-pair sums per SUBTREE root agency × position × employment type × competency × programme */
  gapCube: string;
  /** required-pair sums per SUBTREE root agency × cycle × competency (gapCube without position, employment type and programme) */
  gapCompetencyCube: string;
  /** the cycle's active staff (employment history) per SUBTREE root agency × cycle × position × employment type */
  headcount: string;
  /** appraisals per SUBTREE root × cycle × position × employment type × finalised × predicate */
  appraisalCube: string;
  /** employees with a fit index and Σ of their fit ratios per SUBTREE root × cycle × position × employment type × category mask */
  fitCube: string;
  /** the cycle's staff with hours per SUBTREE root × cycle × position × employment type × JP total in the cycle's calendar year (a histogram) */
  jpCube: string;
  /** per SUBTREE root × cycle × position × employment type × rater: rated employees, ratings and level sums per category */
  raterCube: string;
  /** per SUBTREE root × cycle × rater (no position or employment type), indexed by the mean given (rater leniency without employee filter) */
  raterTotalCube: string;
  /** every SUPERVISOR level given, per SUBTREE root × cycle × position × employment type (the leniency baseline) */
  ratingCube: string;
  /** 9-box population per SUBTREE root × cycle × position × employment type × category mask × predicate × fit fraction */
  talentCube: string;
  /** training-effect cohort members per (employee, cycle, competency, programme or null = comparison), by own agency */
  effects: string;
  /** training-effect sums per SUBTREE root × cycle × position × employment type × competency × programme (null = comparison) */
  effectCube: string;
}

const RELATIONS: Readonly<Record<AnalyticsSource, AnalyticsRelations>> = {
  FACTS: {
    pairs: 'analytics_pair_fact',
    employees: 'analytics_employee_fact',
    gapCube: 'analytics_gap_cube',
    gapCompetencyCube: 'analytics_gap_competency_cube',
    headcount: 'analytics_headcount_cube',
    appraisalCube: 'analytics_appraisal_cube',
    fitCube: 'analytics_fit_cube',
    jpCube: 'analytics_jp_cube',
    talentCube: 'analytics_talent_cube',
    raterCube: 'analytics_rater_cube',
    raterTotalCube: 'analytics_rater_total_cube',
    ratingCube: 'analytics_rating_cube',
    effects: 'analytics_effect_fact',
    effectCube: 'analytics_effect_cube',
  },
  BASE_TABLES: {
    pairs: 'analytics_pair_source',
    employees: 'analytics_employee_source',
    gapCube: 'analytics_gap_cube_source',
    gapCompetencyCube: 'analytics_gap_competency_cube_source',
    headcount: 'analytics_headcount_cube_source',
    appraisalCube: 'analytics_appraisal_cube_source',
    fitCube: 'analytics_fit_cube_source',
    jpCube: 'analytics_jp_cube_source',
    talentCube: 'analytics_talent_cube_source',
    raterCube: 'analytics_rater_cube_source',
    raterTotalCube: 'analytics_rater_total_cube_source',
    ratingCube: 'analytics_rating_cube_source',
    effects: 'analytics_effect_source',
    effectCube: 'analytics_effect_cube_source',
  },
};

/**
 * The relations a query over this scope reads: the fact tables and subtree cubes, or for a team
 * scope (`employeeIds`, a supervisor's subordinates) cube rows derived from the team's facts
 * (team-cubes.ts).
 */
export function relationsFor(scope: AnalyticsScope, options: AnalyticsOptions = {}): AnalyticsRelations {
  const source = options.source ?? 'FACTS';
  if (scope.employeeIds === undefined) return subtreeRelations(options);
  const cubes = teamCubes({ ...scope, employeeIds: scope.employeeIds }, source === 'FACTS' ? 'table' : 'source');
  // Per-agency fact lists (people, pairs, hours) map facts to groups through the agency tree,
  // which a team is not: reading one is refused rather than answered for the wrong people.
  const refused = (relation: string) => ({ get: () => { throw new TeamScopeUnsupportedError(relation); }, enumerable: true });
  return Object.defineProperties({ ...cubes } as AnalyticsRelations, {
    pairs: refused('pairs'), employees: refused('employees'),
  });
}

/** The fact tables and subtree cubes (or their source views), whatever the scope. */
export function subtreeRelations(options: AnalyticsOptions = {}): AnalyticsRelations {
  return RELATIONS[options.source ?? 'FACTS'];
}

/** Fit points are stored in sixtieths of a pair (analytics-layout.ts); re-exported for the queries. */
export { FIT_POINT_SCALE } from './analytics-layout.js';

// ---- scope filters -----------------------------------------------------------------------------------

function present<T>(list: readonly T[] | undefined): list is readonly T[] {
  return list !== undefined && list.length > 0;
}

/** The categories a scope keeps (all when unfiltered). */
export function scopeCategories(scope: AnalyticsScope): CompetencyCategory[] {
  return COMPETENCY_CATEGORIES.filter((c) => !present(scope.competencyCategories) || scope.competencyCategories.includes(c));
}

/**
 * Sum of a per-category fact column over the scope's categories, e.g. `f.fit_points_managerial +
 * f.fit_points_technical`. Column names come from a fixed table, never from input.
 */
export function categorySum(scope: AnalyticsScope, alias: string, prefix: 'fit_points' | 'fit_pairs' | 'ratings' | 'level_sum'): string {
  const categories = scopeCategories(scope);
  if (categories.length === 0) return '0';
  return `(${categories.map((c) => `${alias}.${prefix}_${CATEGORY_COLUMN[c].suffix}`).join(' + ')})`;
}

/** The fit cube's category mask of the scope's categories. */
export function categoryMask(scope: AnalyticsScope): number {
  return scopeCategories(scope).reduce((mask, c) => mask | CATEGORY_COLUMN[c].bit, 0);
}

/** Whether the scope restricts employees by position type or employment type (employeeFilter is not `true`). */
export function hasEmployeeFilter(scope: AnalyticsScope): boolean {
  return present(scope.positionTypes) || present(scope.employmentTypes);
}

/**
 * Conditions restricting employees on a row with position_id and employment_type (a fact or a
 * cube). Returns `true` when the scope has no employee filter.
 */
export function employeeFilter(p: SqlParams, scope: AnalyticsScope, row: string): string {
  const conditions: string[] = [];
  if (present(scope.positionTypes)) {
    conditions.push(`${row}.position_id in (select id from position where position_type = any(${p.add(scope.positionTypes)}::text[]))`);
  }
  if (present(scope.employmentTypes)) conditions.push(`${row}.employment_type = any(${p.add(scope.employmentTypes)}::text[])`);
  return conditions.length === 0 ? 'true' : conditions.join(' and ');
}

/** Condition restricting a row with competency_id to the scope's categories; `true` when unfiltered. */
export function competencyFilter(p: SqlParams, scope: AnalyticsScope, row: string): string {
  return present(scope.competencyCategories)
    ? `${row}.competency_id in (select id from competency where category = any(${p.add(scope.competencyCategories)}::text[]))`
    : 'true';
}

// ---- agency groupings ----------------------------------------------------------------------------------

/**
 * How a row relates to the scope agency X:
 * SCOPE = X's whole subtree; CHILD = the whole subtree of one child of X; OWN = employees placed
 * directly in X (not in any child). SCOPE = OWN + Σ CHILD.
 */
export type AgencyGrouping = 'SCOPE' | 'CHILD' | 'OWN';

/** Which groupings a query reports: the scope as a whole, its parts (children and own), or both. */
export type GroupingMode = 'SCOPE' | 'PARTS' | 'SCOPE_AND_PARTS';

/**
 * CTE `cube_groups (agency_id, grouping, group_agency_id, sign)` mapping a cube's subtree-root agency
 * to report groups, with a sign: the subtree total read at X minus the totals read at each child
 * leaves what is placed directly in X (OWN), so every part is read from a handful of cube rows.
 */
export function cubeGroups(p: SqlParams, agencyId: number, mode: GroupingMode): string {
  const x = `${p.add(agencyId)}::int`;
  const parts: string[] = [];
  if (mode !== 'PARTS') parts.push(`select ${x}, 'SCOPE', ${x}, 1`);
  if (mode !== 'SCOPE') {
    parts.push(`select ${x}, 'OWN', ${x}, 1`);
    parts.push(`select ch.id, 'OWN', ${x}, -1 from agency ch where ch.parent_id = ${x}`);
    parts.push(`select ch.id, 'CHILD', ch.id, 1 from agency ch where ch.parent_id = ${x}`);
  }
  return `cube_groups (agency_id, grouping, group_agency_id, sign) as (
    ${parts.join('\n    union all ')}
  )`;
}

/**
 * Condition keeping a cube's rows (`cube.agency_id`) to the subtree roots of `cube_groups`. Implied by
 * the join, but stated as `= any(array(...))` so that the cube is read through its index whatever
 * the planner guesses about the size of cube_groups.
 */
export function inCubeGroups(cube: string): string {
  return `${cube}.agency_id = any(array(select agency_id from cube_groups))`;
}

/** A measure of `groupSums`: the sum of `of` over a cube's rows, as an int or kept numeric (exact). */
export interface GroupSum {
  name: string;
  of: string;
  type: 'int' | 'numeric';
}

/**
 * A subtree cube's rows (aliased q) summed into the report groups of `cube_groups`: columns
 * `grouping, group_agency_id`, then `keys` and `sums` by name. The rows are summed per cube root
 * first and only then mapped to the groups with their signs, so each root is read once — a child
 * of the scope agency counts in its CHILD row and (negated) in OWN, and the scope agency in SCOPE
 * and OWN, which a join of the rows to cube_groups would read twice over. The sums are the same:
 * Σ_groups sign × Σ_rows x = Σ_rows sign × x.
 */
export function groupSums(t: {
  /** The cube aliased q, with any joins its keys need. */
  from: string;
  /** Conditions on the rows besides the roots of cube_groups (which are added here). */
  where: string;
  /** Output name → expression over the rows, grouped by (besides the group). */
  keys?: Readonly<Record<string, string>>;
  sums: readonly GroupSum[];
}): string {
  const keys = Object.entries(t.keys ?? {});
  const rootKeys = ['q.agency_id', ...keys.map(([, expression]) => expression)].join(', ');
  const groupKeys = ['g.grouping', 'g.group_agency_id', ...keys.map(([name]) => `r.${name}`)].join(', ');
  return `
    select ${groupKeys}, ${t.sums.map((s) => `sum(g.sign * r.${s.name})${s.type === 'int' ? '::int' : ''} as ${s.name}`).join(', ')}
    from (
      select ${['q.agency_id', ...keys.map(([name, expression]) => `${expression} as ${name}`)].join(', ')},
        ${t.sums.map((s) => `sum(${s.of}) as ${s.name}`).join(', ')}
      from ${t.from}
      where ${inCubeGroups('q')} and ${t.where}
      group by ${rootKeys}
    ) r
    join cube_groups g on g.agency_id = r.agency_id
    group by ${groupKeys}`;
}

/**
 * CTE `fact_groups (agency_id, grouping, group_agency_id)` mapping a fact's own agency to report
 * groups: facts are placed in one agency, so they are mapped through agency_closure.
 */
export function factGroups(p: SqlParams, agencyId: number, mode: GroupingMode): string {
  const x = `${p.add(agencyId)}::int`;
  const parts: string[] = [];
  if (mode !== 'PARTS') {
    parts.push(`select s.descendant_id, 'SCOPE', ${x} from agency_closure s where s.ancestor_id = ${x}`);
  }
  if (mode !== 'SCOPE') {
    parts.push(`select ${x}, 'OWN', ${x}`);
    parts.push(`select d.descendant_id, 'CHILD', ch.id from agency ch join agency_closure d on d.ancestor_id = ch.id where ch.parent_id = ${x}`);
  }
  return `fact_groups (agency_id, grouping, group_agency_id) as (
    ${parts.join('\n    union all ')}
  )`;
}

// ---- small groups (SPEC §5, ANALYST) -------------------------------------------------------------------

/** Figures of a row that may be suppressed: each is null when the row is. */
export type Suppressible<T> = { [K in keyof T]: T[K] | null };

/**
 * Whether a group of `employees` must be hidden from this scope's reader: a small group, or one
 * that the disclosure control (disclosure.query.ts) hides so that it cannot be subtracted from
 * another (`shown` false).
 */
export function mustSuppress(scope: AnalyticsScope, employees: number, shown = true): boolean {
  return scope.suppressSmallGroups === true && (isSmallGroup(employees) || !shown);
}

/** The same figures, all null. */
export function nulled<T extends object>(figures: T): Suppressible<T> {
  return Object.fromEntries(Object.keys(figures).map((k) => [k, null])) as Suppressible<T>;
}

// ---- pagination ---------------------------------------------------------------------------------------

// One page limit, cursor codec and page shape for the whole API (common/graphql/paging.ts).
export {
  DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, InvalidCursorError, keysetPage, MAX_PAGE_SIZE, offsetAfter, offsetPage,
} from '../common/graphql/paging.js';

export interface PageRequest {
  first?: number;
  /** endCursor of the previous page */
  after?: string | null;
}

/** A page of nodes with their cursors (turned into a connection by `pageToConnection`). */
export type Page<T> = CursorPage<T>;

/** The page size, refused (BAD_USER_INPUT naming `first`) outside 1..MAX_PAGE_SIZE like every list. */
export function pageSize(page: PageRequest = {}): number {
  return checkedPageSize(page.first);
}


/*
 * A supervisor's team as a scope (SPEC §6: a SUPERVISOR reads the aggregates of their direct and
 * indirect subordinates). The cubes are summed per agency subtree, and a team crosses agencies
 * without filling any, so a team's cube rows are derived at query time from the per-employee facts
 * of its members, with the same definitions (CUBES, cubeSelect) as the migration's cube views: the
 * team is placed under one root agency (the scope's agencyId), and the queries read those rows as
 * they read a subtree's.
 */
import { CUBES, cubeSelect, type Ancestry } from '../../migrations/Migration20261122090000_analytics.js';
import type { AnalyticsScope } from './analytics-scope.js';

/** The cube relations of a query (AnalyticsRelations in analytics-sql.ts), by the cube table they stand for. */
const CUBE_RELATIONS = {
  headcount: 'analytics_headcount_cube',
  gapCube: 'analytics_gap_cube',
  gapCompetencyCube: 'analytics_gap_competency_cube',
  appraisalCube: 'analytics_appraisal_cube',
  fitCube: 'analytics_fit_cube',
  talentCube: 'analytics_talent_cube',
  jpCube: 'analytics_jp_cube',
  raterCube: 'analytics_rater_cube',
  raterTotalCube: 'analytics_rater_total_cube',
  ratingCube: 'analytics_rating_cube',
} as const;
export type CubeRelation = keyof typeof CUBE_RELATIONS;

/** Thrown when a query that reads per-agency facts is asked for a team scope. */
export class TeamScopeUnsupportedError extends Error {
  constructor(relation: string) {
    super(`a team scope reads cube figures only (summary, trend, competency gaps by competency, 9-box), not ${relation}`);
    this.name = 'TeamScopeUnsupportedError';
  }
}

/**
 * The cube relations of a team scope: each cube becomes a subquery summing the facts of the team's
 * employees (`fromFacts`: the fact tables, or their `_source` views over the base tables) under the
 * one root `scope.agencyId`.
 */
export function teamCubes(scope: AnalyticsScope & { employeeIds: readonly number[] }, fromFacts: 'table' | 'source'): Record<CubeRelation, string> {
  const ids = scope.employeeIds.map((id) => {
    if (!Number.isInteger(id)) throw new Error(`employee id ${String(id)} is not an integer`);
    return id;
  });
  if (!Number.isInteger(scope.agencyId)) throw new Error(`agency id ${String(scope.agencyId)} is not an integer`);
  // Integers checked above, written inline: the relation is a FROM item, not a statement with parameters.
  const team = `array[${ids.join(',')}]::int[]`;
  const root: Ancestry = { join: `cross join (values (${scope.agencyId}::int)) as root(agency_id)`, ancestor: 'root.agency_id' };
  const cubeOf = (table: string) => {
    const cube = CUBES.find((c) => c.table === table);
    if (!cube) throw new Error(`no cube ${table}`);
    return `(${cubeSelect(cube, `(select 1 as w, * from ${cube.fact[fromFacts]} where employee_id = any(${team}))`, root)})`;
  };
  return Object.fromEntries(Object.entries(CUBE_RELATIONS).map(([relation, table]) => [relation, cubeOf(table)])) as Record<CubeRelation, string>;
}

/*
 * The analytics SQL layer (SPEC §5): named, tested queries over facts kept in step with the base
 * tables. Every query takes a SqlClient first; resolvers map arguments and results, nothing more.
 */
import type { CycleKind } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';
import type { PageRequest } from './analytics-sql.js';
import { competencyGaps, type CompetencyGapGrouping } from './competency-gaps.query.js';
import { raterLeniency } from './rater-leniency.query.js';
import { agencyComparison, summary, trend } from './summary.query.js';
import { talentBoxes } from './talent-boxes.query.js';
import { trainingEffectiveness } from './training-effect.query.js';
import { jp20Compliance, trainingNeeds } from './training-needs.query.js';

export * from './analytics-scope.js';
export {
  DEFAULT_PAGE_SIZE, FIT_POINT_SCALE, InvalidCursorError, MAX_PAGE_SIZE,
  type AgencyGrouping, type AnalyticsOptions, type AnalyticsSource, type Page, type PageRequest, type Suppressible,
} from './analytics-sql.js';
export * from './analytics-refresh.js';
export * from './competency-gaps.query.js';
export * from './competency-profile.query.js';
export * from './disclosure.query.js';
export * from './gap-employees.query.js';
export * from './rater-leniency.query.js';
export * from './summary.query.js';
export * from './talent-boxes.query.js';
export { TeamScopeUnsupportedError } from './team-cubes.js';
export * from './training-effect.query.js';
export * from './training-needs.query.js';

/**
 * The aggregate queries computed straight from the base tables (through the `analytics_*_source`
 * views) instead of the facts: the reference that tests and the benchmark compare the facts with.
 * Same results, much slower.
 */
export const baseTableTruth = {
  competencyGaps: (sql: SqlClient, scope: AnalyticsScope, groupBy: CompetencyGapGrouping) =>
    competencyGaps(sql, scope, groupBy, { source: 'BASE_TABLES' }),
  trainingNeeds: (sql: SqlClient, scope: AnalyticsScope) => trainingNeeds(sql, scope, { source: 'BASE_TABLES' }),
  jp20Compliance: (sql: SqlClient, scope: AnalyticsScope) => jp20Compliance(sql, scope, { source: 'BASE_TABLES' }),
  summary: (sql: SqlClient, scope: AnalyticsScope) => summary(sql, scope, { source: 'BASE_TABLES' }),
  agencyComparison: (sql: SqlClient, scope: AnalyticsScope) => agencyComparison(sql, scope, { source: 'BASE_TABLES' }),
  trend: (sql: SqlClient, scope: AnalyticsScope, cycleKind?: CycleKind) => trend(sql, scope, { source: 'BASE_TABLES', cycleKind }),
  talentBoxes: (sql: SqlClient, scope: AnalyticsScope) => talentBoxes(sql, scope, { source: 'BASE_TABLES' }),
  trainingEffectiveness: (sql: SqlClient, scope: AnalyticsScope) => trainingEffectiveness(sql, scope, { source: 'BASE_TABLES' }),
  raterLeniency: (sql: SqlClient, scope: AnalyticsScope, page?: PageRequest) =>
    raterLeniency(sql, scope, page, { source: 'BASE_TABLES' }),
};

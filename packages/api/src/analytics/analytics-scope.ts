import type { CompetencyCategory, EmploymentType, PositionType } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';

/**
 * What an analytics query is about (SPEC §5): one cycle and one agency subtree, optionally narrowed.
 * Filters restrict employees (position type, employment type) or competencies (category); an
 * absent or empty list means "all".
 */
export interface AnalyticsScope {
  cycleId: number;
  /** Root of the subtree: the agency and everything below it. With `employeeIds`, only the agency the group is reported under. */
  agencyId: number;
  /**
   * A team instead of a subtree: only these employees (a supervisor's direct and indirect
   * subordinates, SPEC §6), wherever they are placed. Read by the cube figures — summary, trend,
   * competency gaps by competency, 9-box, training needs, rater leniency; lists of people and
   * agency parts refuse it (TeamScopeUnsupportedError).
   */
  employeeIds?: readonly number[];
  positionTypes?: PositionType[];
  employmentTypes?: EmploymentType[];
  competencyCategories?: CompetencyCategory[];
  /**
   * ANALYST view (SPEC §6): a group of fewer than SMALL_GROUP_THRESHOLD employees returns null
   * figures and `suppressed: true`, and no list of individuals is returned at all.
   */
  suppressSmallGroups?: boolean;
}

/** An AnalyticsScope written with natural keys, as tests and the CLI know them. */
export interface AnalyticsScopeByCode extends Omit<AnalyticsScope, 'cycleId' | 'agencyId'> {
  cycleCode: string;
  agencyCode: string;
}

export class UnknownScopeError extends Error {
  constructor(what: 'cycle' | 'agency', code: string) {
    super(`no ${what} with code ${JSON.stringify(code)}`);
    this.name = 'UnknownScopeError';
  }
}

/** Resolves cycle and agency codes to ids (one round trip). */
export async function resolveScope(sql: SqlClient, scope: AnalyticsScopeByCode): Promise<AnalyticsScope> {
  const { cycleCode, agencyCode, ...filters } = scope;
  const [row] = await sql.query<{ cycle_id: number | null; agency_id: number | null }>(
    `select (select id from cycle where code = $1) as cycle_id, (select id from agency where code = $2) as agency_id`,
    [cycleCode, agencyCode],
  );
  if (row?.cycle_id == null) throw new UnknownScopeError('cycle', cycleCode);
  if (row.agency_id == null) throw new UnknownScopeError('agency', agencyCode);
  return { ...filters, cycleId: row.cycle_id, agencyId: row.agency_id };
}

/** Thrown when individual rows are asked for in a suppressed (ANALYST) scope. */
export class IndividualDataRefusedError extends Error {
  constructor() {
    super('lists of individuals are not available when small groups are suppressed (SPEC §6, ANALYST)');
    this.name = 'IndividualDataRefusedError';
  }
}

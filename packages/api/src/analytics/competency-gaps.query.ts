import { ratio, type CompetencyCategory, type CompetencyGapFigures } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';
import {
  SqlParams, competencyFilter, cubeGroups, employeeFilter, groupSums, hasEmployeeFilter, mustSuppress, nulled, relationsFor,
  type AgencyGrouping, type AnalyticsOptions, type Suppressible,
} from './analytics-sql.js';
import { loadDisclosure } from './disclosure.query.js';

/** Gap figures of one competency in one group (SPEC §5). */
export type CompetencyGapRow = Suppressible<CompetencyGapFigures> & {
  /** null when grouped by competency only (the whole scope) */
  agencyId: number | null;
  agencyCode: string | null;
  /** CHILD subtree or the scope agency's OWN employees; null when grouped by competency only */
  grouping: Exclude<AgencyGrouping, 'SCOPE'> | null;
  competencyId: number;
  competencyCode: string;
  competencyName: string;
  category: CompetencyCategory;
  /** active employees in the group whose position requires the competency (= required pairs) */
  employees: number | null;
  suppressed: boolean;
};

export type CompetencyGapGrouping = 'COMPETENCY' | 'AGENCY';

interface GapSqlRow {
  grouping: AgencyGrouping;
  group_agency_id: number;
  agency_code: string;
  competency_id: number;
  competency_code: string;
  competency_name: string;
  category: CompetencyCategory;
  employees: number;
  assessed: number;
  with_gap: number;
  burden: number;
}

/**
 * Query `analytics.competencyGaps`: per competency (and per agency part when grouped by AGENCY),
 * the required pairs of the cycle's active staff, how many are assessed, and their gaps (SPEC §5).
 * Required pairs = headcount × the position standards (so employees without an appraisal count as
 * unassessed); assessed pairs and gaps come from the subtree gap cube (without an employee filter,
 * from its roll-up by competency: one row per competency and part instead of one per position ×
 * employment type × programme).
 *
 * Grouped by AGENCY, the rows are per child of the scope agency (its whole subtree) plus, when the
 * scope agency has employees placed directly in it, one OWN row for them — so the parts add up to
 * the COMPETENCY rows. Only competencies with at least one required pair in the group appear.
 */
export async function competencyGaps(
  sql: SqlClient,
  scope: AnalyticsScope,
  groupBy: CompetencyGapGrouping,
  options: AnalyticsOptions = {},
): Promise<CompetencyGapRow[]> {
  const rel = relationsFor(scope, options);
  const p = new SqlParams();
  const cycle = p.add(scope.cycleId);
  const text = `
  with ${cubeGroups(p, scope.agencyId, groupBy === 'COMPETENCY' ? 'SCOPE' : 'PARTS')},
  required as (
    -- Staff per group and position first: each position's standard is then joined once per group.
    select h.grouping, h.group_agency_id, r.competency_id, sum(h.employees)::int as employees
    from (${groupSums({
      from: `${rel.headcount} q`,
      where: `q.cycle_id = ${cycle} and ${employeeFilter(p, scope, 'q')}`,
      keys: { position_id: 'q.position_id' },
      sums: [{ name: 'employees', of: 'q.employees', type: 'numeric' }],
    })}
    ) h
    join position_requirement r on r.position_id = h.position_id
    where ${competencyFilter(p, scope, 'r')}
    group by h.grouping, h.group_agency_id, r.competency_id
  ),
  assessed as (${groupSums({
    from: `${hasEmployeeFilter(scope) ? rel.gapCube : rel.gapCompetencyCube} q`,
    where: `q.cycle_id = ${cycle} and ${employeeFilter(p, scope, 'q')} and ${competencyFilter(p, scope, 'q')}`,
    keys: { competency_id: 'q.competency_id' },
    sums: (['assessed', 'with_gap', 'burden'] as const).map((name) => ({ name, of: `q.${name}`, type: 'int' as const })),
  })}
  )
  select r.grouping, r.group_agency_id, a.code as agency_code,
    c.id as competency_id, c.code as competency_code, c.name as competency_name, c.category,
    r.employees, coalesce(s.assessed, 0) as assessed, coalesce(s.with_gap, 0) as with_gap, coalesce(s.burden, 0) as burden
  from required r
  join competency c on c.id = r.competency_id
  join agency a on a.id = r.group_agency_id
  left join assessed s on (s.grouping, s.group_agency_id, s.competency_id) = (r.grouping, r.group_agency_id, r.competency_id)
  where r.employees > 0
  order by a.code collate "C", c.code collate "C"`;
  const rows = await sql.query<GapSqlRow>(text, p.values);
  const disclosure = await loadDisclosure(sql, scope, { ...options, perCompetency: true });
  return rows.map((row) => {
    const figures: CompetencyGapFigures = {
      assessed: row.assessed,
      unassessed: row.employees - row.assessed,
      withGap: row.with_gap,
      gapRate: ratio(row.with_gap, row.assessed),
      meanGap: ratio(row.burden, row.assessed),
      burden: row.burden,
    };
    const suppressed = mustSuppress(scope, row.employees, disclosure?.shows(row.grouping, row.group_agency_id, row.competency_id));
    return {
      agencyId: groupBy === 'AGENCY' ? row.group_agency_id : null,
      agencyCode: groupBy === 'AGENCY' ? row.agency_code : null,
      grouping: row.grouping === 'SCOPE' ? null : row.grouping,
      competencyId: row.competency_id,
      competencyCode: row.competency_code,
      competencyName: row.competency_name,
      category: row.category,
      ...(suppressed ? nulled({ ...figures, employees: row.employees }) : { ...figures, employees: row.employees }),
      suppressed,
    };
  });
}

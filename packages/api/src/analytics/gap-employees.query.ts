import type { SqlClient } from '../common/database/sql.js';
import { IndividualDataRefusedError, type AnalyticsScope } from './analytics-scope.js';
import {
  SqlParams, decodeCursor, employeeFilter, encodeCursor, pageSize, relationsFor, toPage,
  type AnalyticsOptions, type Page, type PageRequest,
} from './analytics-sql.js';

/** An employee with a gap in the competency, and the programme recommended to close it. */
export interface GapEmployeeRow {
  employeeId: number;
  nip: string;
  name: string;
  agencyId: number;
  agencyCode: string;
  agencyName: string;
  required: number;
  assessed: number;
  gap: number;
  /** null when no programme in the catalogue covers the gap */
  recommendedProgram: { id: number; code: string; title: string } | null;
}

interface GapEmployeeSqlRow {
  employee_id: number;
  nip: string;
  name: string;
  agency_id: number;
  agency_code: string;
  agency_name: string;
  required: number;
  assessed: number;
  gap: number;
  program_id: number | null;
  program_code: string | null;
  program_title: string | null;
  total: number;
}

/**
 * Query `analytics.gapEmployees`: the active employees of the scope with a gap ≥ 1 in one
 * competency (a training planner's list, SPEC §6), largest gap first, then by name; keyset pages on
 * (gap, name, id). The competency is named explicitly, so the category filter does not apply.
 * Individuals: refused in a suppressed (ANALYST) scope.
 */
export async function gapEmployees(
  sql: SqlClient,
  scope: AnalyticsScope,
  competencyId: number,
  page: PageRequest = {},
  options: AnalyticsOptions = {},
): Promise<Page<GapEmployeeRow>> {
  // Arguments first, as for every list: a bad `first` is BAD_USER_INPUT whoever asks.
  const limit = pageSize(page);
  if (scope.suppressSmallGroups) throw new IndividualDataRefusedError();
  const rel = relationsFor(scope, options);
  const after = page.after ? decodeCursor(page.after, ['number', 'string', 'number'] as const) : null;
  const p = new SqlParams();
  // The name orders the list, so it is read for every match; agency and programme only for the page.
  const text = `
  with matching as (
    select f.employee_id, e.nip, e.name, f.agency_id, f.required::int as required, f.assessed::int as assessed,
      f.gap::int as gap, f.program_id
    from ${rel.pairs} f
    join agency_closure s on s.descendant_id = f.agency_id and s.ancestor_id = ${p.add(scope.agencyId)}
    join employee e on e.id = f.employee_id
    where f.cycle_id = ${p.add(scope.cycleId)} and f.competency_id = ${p.add(competencyId)} and f.gap >= 1
      and ${employeeFilter(p, scope, 'f')}
  ),
  page as (
    select m.* from matching m
    where ${after
      ? `(m.gap < ${p.add(after[0])} or (m.gap = ${p.add(after[0])} and (m.name, m.employee_id) > (${p.add(after[1])}, ${p.add(after[2])}::int)))`
      : 'true'}
    order by m.gap desc, m.name, m.employee_id
    limit ${p.add(limit + 1)}
  )
  select g.*, a.code as agency_code, a.name as agency_name, tp.code as program_code, tp.title as program_title,
    (select count(*)::int from matching) as total
  from page g
  join agency a on a.id = g.agency_id
  left join training_program tp on tp.id = g.program_id
  order by g.gap desc, g.name, g.employee_id`;
  const rows = await sql.query<GapEmployeeSqlRow>(text, p.values);
  const total = rows[0]?.total ?? (after ? await countAll(sql, scope, competencyId, options) : 0);
  return toPage(rows, limit, total, (r) => ({
    employeeId: r.employee_id,
    nip: r.nip,
    name: r.name,
    agencyId: r.agency_id,
    agencyCode: r.agency_code,
    agencyName: r.agency_name,
    required: r.required,
    assessed: r.assessed,
    gap: r.gap,
    recommendedProgram: r.program_id === null ? null : { id: r.program_id, code: r.program_code!, title: r.program_title! },
  }), (r) => encodeCursor([r.gap, r.name, r.employee_id]));
}

/** totalCount when a page past the end came back empty. */
async function countAll(sql: SqlClient, scope: AnalyticsScope, competencyId: number, options: AnalyticsOptions): Promise<number> {
  return (await gapEmployees(sql, scope, competencyId, { first: 1 }, options)).totalCount;
}

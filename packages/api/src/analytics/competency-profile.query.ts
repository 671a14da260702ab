import { RaterRole, assessedLevel, gapOf, type CompetencyCategory } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import { SqlParams } from './analytics-sql.js';

/** One required competency of an employee in a cycle, with the level each rater role gave. */
export interface CompetencyProfileRow {
  competencyId: number;
  competencyCode: string;
  competencyName: string;
  category: CompetencyCategory;
  /** required level of the employee's position standard */
  required: number;
  self: number | null;
  supervisor: number | null;
  assessor: number | null;
  peer: number | null;
  /** ASSESSOR, else SUPERVISOR (SPEC §5) */
  assessed: number | null;
  /** max(0, required − assessed); null when unassessed */
  gap: number | null;
}

interface ProfileSqlRow {
  competency_id: number;
  competency_code: string;
  competency_name: string;
  category: CompetencyCategory;
  required: number;
  self: number | null;
  supervisor: number | null;
  assessor: number | null;
  peer: number | null;
}

/**
 * Query `analytics.competencyProfile`: an employee's required competencies (current position
 * standard) with the levels of the cycle's appraisal, if any. Read from the base tables: one
 * employee is a handful of index lookups, and the profile then also covers inactive employees.
 */
export async function competencyProfile(sql: SqlClient, employeeId: number, cycleId: number): Promise<CompetencyProfileRow[]> {
  const p = new SqlParams();
  const level = (role: RaterRole) => `max(ca.level) filter (where ca.rater_role = ${p.add(role)})::int`;
  const text = `
  select c.id as competency_id, c.code as competency_code, c.name as competency_name, c.category,
    r.required_level::int as required,
    ${level(RaterRole.SELF)} as self,
    ${level(RaterRole.SUPERVISOR)} as supervisor,
    ${level(RaterRole.ASSESSOR)} as assessor,
    ${level(RaterRole.PEER)} as peer
  from employee e
  join position_requirement r on r.position_id = e.position_id
  join competency c on c.id = r.competency_id
  left join appraisal a on a.employee_id = e.id and a.cycle_id = ${p.add(cycleId)}
  left join competency_assessment ca on ca.appraisal_id = a.id and ca.competency_id = r.competency_id
  where e.id = ${p.add(employeeId)}
  group by c.id, c.code, c.name, c.category, r.required_level
  order by c.code collate "C"`;
  const rows = await sql.query<ProfileSqlRow>(text, p.values);
  return rows.map((row) => {
    const assessed = assessedLevel({
      ...(row.assessor === null ? {} : { ASSESSOR: row.assessor }),
      ...(row.supervisor === null ? {} : { SUPERVISOR: row.supervisor }),
    });
    return {
      competencyId: row.competency_id,
      competencyCode: row.competency_code,
      competencyName: row.competency_name,
      category: row.category,
      required: row.required,
      self: row.self,
      supervisor: row.supervisor,
      assessor: row.assessor,
      peer: row.peer,
      assessed,
      gap: assessed === null ? null : gapOf(row.required, assessed),
    };
  });
}

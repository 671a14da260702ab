import { MIN_DEVELOPMENT_JP_PER_YEAR, ratio, type TrainingNeedProgram } from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';
import {
  SqlParams, competencyFilter, cubeGroups, employeeFilter, inCubeGroups, mustSuppress, nulled, relationsFor,
  type AnalyticsOptions, type Suppressible,
} from './analytics-sql.js';
import { loadDisclosure, type Disclosure } from './disclosure.query.js';

/** A recommended programme of one competency with what sending its participants takes. */
export interface TrainingNeedProgramRow extends TrainingNeedProgram {
  programId: number;
  programTitle: string;
}

interface TrainingNeedFigures {
  employeesWithGap: number;
  burden: number;
  programs: TrainingNeedProgramRow[];
  /** Σ hours over participants of the recommended programmes */
  estimatedHoursJp: number;
  /** Σ cost over participants, IDR */
  estimatedCost: number;
  /** employees with a gap that no programme in the catalogue covers */
  uncoveredEmployees: number;
}

/** Training need (kebutuhan pelatihan) of one competency in the scope (SPEC §5). */
export type TrainingNeedRow = Suppressible<TrainingNeedFigures> & {
  competencyId: number;
  competencyCode: string;
  competencyName: string;
  /** active employees in scope whose position requires the competency (the group's size) */
  employees: number | null;
  suppressed: boolean;
};

export interface Jp20Compliance {
  headcount: number | null;
  /** employees whose development hours in the cycle's calendar year reach MIN_DEVELOPMENT_JP_PER_YEAR */
  compliant: number | null;
  /** compliant / headcount */
  jp20Compliance: number | null;
  suppressed: boolean;
}

export interface TrainingNeeds extends Jp20Compliance {
  /** competencies with at least one gap, by code */
  needs: TrainingNeedRow[];
}

interface NeedSqlRow {
  competency_id: number;
  competency_code: string;
  competency_name: string;
  employees: number;
  program_id: number | null;
  program_code: string | null;
  program_title: string | null;
  participants: number;
  burden: number;
  hours_jp: number | null;
  cost: number | null;
}

/**
 * Query `analytics.trainingNeeds`: per competency with a gap, the employees with a gap, their
 * burden, and the recommended programme of each (stored with the pair: levelFrom ≤ assessed <
 * levelTo, highest levelTo, fewest hours, lowest code). Hours and cost are read from the catalogue
 * now, so a price change shows at once. Gaps no programme covers are counted as uncovered.
 */
export async function trainingNeeds(sql: SqlClient, scope: AnalyticsScope, options: AnalyticsOptions = {}): Promise<TrainingNeeds> {
  const rel = relationsFor(scope, options);
  const p = new SqlParams();
  const cycle = p.add(scope.cycleId);
  const text = `
  with ${cubeGroups(p, scope.agencyId, 'SCOPE')},
  required as (
    select r.competency_id, sum(h.employees)::int as employees
    from ${rel.headcount} h
    join cube_groups g on g.agency_id = h.agency_id
    join position_requirement r on r.position_id = h.position_id
    where ${inCubeGroups('h')} and h.cycle_id = ${cycle} and ${employeeFilter(p, scope, 'h')}
    group by r.competency_id
  ),
  needs as (
    select q.competency_id, q.program_id, sum(q.with_gap)::int as participants, sum(q.burden)::int as burden
    from ${rel.gapCube} q
    join cube_groups g on g.agency_id = q.agency_id
    where ${inCubeGroups('q')} and q.cycle_id = ${cycle} and q.with_gap > 0
      and ${employeeFilter(p, scope, 'q')} and ${competencyFilter(p, scope, 'q')}
    group by q.competency_id, q.program_id
  )
  select c.id as competency_id, c.code as competency_code, c.name as competency_name, r.employees,
    n.program_id, tp.code as program_code, tp.title as program_title, n.participants, n.burden,
    (n.participants * tp.hours_jp)::float8 as hours_jp,
    (n.participants * tp.cost_per_participant)::float8 as cost
  from needs n
  join competency c on c.id = n.competency_id
  join required r on r.competency_id = n.competency_id
  left join training_program tp on tp.id = n.program_id
  order by c.code collate "C", tp.code collate "C" nulls last`;
  const rows = await sql.query<NeedSqlRow>(text, p.values);
  const disclosure = await loadDisclosure(sql, scope, { ...options, perCompetency: true });
  const jp = await jp20Compliance(sql, scope, options, disclosure);

  const byCompetency = new Map<number, NeedSqlRow[]>();
  for (const row of rows) byCompetency.set(row.competency_id, [...(byCompetency.get(row.competency_id) ?? []), row]);
  const needs = [...byCompetency.values()].map((group): TrainingNeedRow => {
    const first = group[0]!;
    const programs: TrainingNeedProgramRow[] = group.flatMap((row) => (row.program_id === null ? [] : [{
      programId: row.program_id,
      programCode: row.program_code!,
      programTitle: row.program_title!,
      participants: row.participants,
      hoursJp: row.hours_jp ?? 0,
      cost: row.cost ?? 0,
    }]));
    const figures: TrainingNeedFigures = {
      employeesWithGap: sum(group.map((r) => r.participants)),
      burden: sum(group.map((r) => r.burden)),
      programs,
      estimatedHoursJp: sum(programs.map((r) => r.hoursJp)),
      estimatedCost: sum(programs.map((r) => r.cost)),
      uncoveredEmployees: sum(group.filter((r) => r.program_id === null).map((r) => r.participants)),
    };
    const suppressed = mustSuppress(scope, first.employees, disclosure?.shows('SCOPE', scope.agencyId, first.competency_id));
    return {
      competencyId: first.competency_id,
      competencyCode: first.competency_code,
      competencyName: first.competency_name,
      ...(suppressed ? nulled({ ...figures, employees: first.employees }) : { ...figures, employees: first.employees }),
      suppressed,
    };
  });
  return { ...jp, needs };
}

/**
 * Query `analytics.jp20Compliance`: share of the scope's active employees whose training records in
 * the cycle's calendar year (the year of its start month) sum to at least 20 JP (PP 11/2017 art. 203).
 */
export async function jp20Compliance(
  sql: SqlClient,
  scope: AnalyticsScope,
  options: AnalyticsOptions = {},
  disclosure?: Disclosure | null,
): Promise<Jp20Compliance> {
  const rel = relationsFor(scope, options);
  const p = new SqlParams();
  const cycle = p.add(scope.cycleId);
  const text = `
  with ${cubeGroups(p, scope.agencyId, 'SCOPE')}
  select
    (select coalesce(sum(h.employees), 0)::int
     from ${rel.headcount} h
     join cube_groups g on g.agency_id = h.agency_id
     where ${inCubeGroups('h')} and h.cycle_id = ${cycle} and ${employeeFilter(p, scope, 'h')}) as headcount,
    (select coalesce(sum(j.employees), 0)::int
     from ${rel.jpCube} j
     join cube_groups g on g.agency_id = j.agency_id
     where ${inCubeGroups('j')} and j.cycle_id = ${cycle}
       and j.hours_jp >= ${p.add(MIN_DEVELOPMENT_JP_PER_YEAR)} and ${employeeFilter(p, scope, 'j')}) as compliant`;
  const [row] = await sql.query<{ headcount: number; compliant: number }>(text, p.values);
  const shown = (disclosure === undefined ? await loadDisclosure(sql, scope, options) : disclosure)?.shows('SCOPE', scope.agencyId);
  const headcount = row?.headcount ?? 0;
  const compliant = row?.compliant ?? 0;
  const figures = { headcount, compliant, jp20Compliance: ratio(compliant, headcount) };
  return mustSuppress(scope, headcount, shown) ? { ...nulled(figures), suppressed: true } : { ...figures, suppressed: false };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

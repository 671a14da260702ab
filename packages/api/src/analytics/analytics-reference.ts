/*
 * Test support: SPEC §5 figures computed in TypeScript from plain rows of the base tables (staff as the
 * cycle's employment history places them) with the
 * pure functions of @kinerja/shared — an implementation that shares no SQL with the facts, the
 * cubes or the `analytics_*_source` views, for the tests to compare both with.
 */
import {
  assessedLevel, fitIndexOf, gapFiguresOf, gapOf, meetsDevelopmentJp, recommendProgram,
  type CompetencyGapFigures, type RaterRole, type RequiredPair,
} from '@kinerja/shared';
import type { SqlClient } from '../common/database/sql.js';
import type { AnalyticsScope } from './analytics-scope.js';

export interface ReferenceFigures {
  headcount: number;
  appraisals: number;
  finalized: number;
  fitIndex: number | null;
  gapRate: number | null;
  selfSupervisorDiff: number | null;
  jp20Compliance: number | null;
  /** by competency code, competencies with a required pair only */
  competencies: Record<string, CompetencyGapFigures>;
  /** by competency code, then programme code (or '' for uncovered) → employees */
  programs: Record<string, Record<string, number>>;
  /** rater id → mean given − top-level mean, with the count of ratings */
  leniency: Map<number, { ratings: number; difference: number }>;
}

interface Employee {
  id: number; agency_id: number; position_id: number; supervisor_id: number | null; active: boolean;
  employment_type: string; position_type: string;
}
interface Level { employee_id: number; competency_id: number; rater_role: RaterRole; level: number; rater_id: number | null }

/** The figures of a scope (cycle × agency subtree, with its filters), from scratch. */
export async function referenceFigures(sql: SqlClient, scope: AnalyticsScope): Promise<ReferenceFigures> {
  const { cycleId, agencyId } = scope;
  const kept = <T>(list: readonly T[] | undefined, value: T) => !list?.length || list.includes(value);
  const subtree = new Set((await sql.query<{ id: number }>(
    `select descendant_id as id from agency_closure where ancestor_id = $1`, [agencyId])).map((r) => r.id));
  const [root] = await sql.query<{ id: number }>(
    `select c.ancestor_id as id from agency_closure c join agency a on a.id = c.ancestor_id where c.descendant_id = $1 and a.parent_id is null`,
    [agencyId]);
  const rootTree = new Set((await sql.query<{ id: number }>(
    `select descendant_id as id from agency_closure where ancestor_id = $1`, [root!.id])).map((r) => r.id));
  // Where each employee stood in the cycle (employment history): without a row there, not its staff.
  const employees = (await sql.query<Employee>(`select e.id, coalesce(h.agency_id, e.agency_id) as agency_id,
    coalesce(h.position_id, e.position_id) as position_id, e.supervisor_id, coalesce(h.active, false) as active, e.employment_type,
    p.position_type
    from employee e
    left join employment_history h on h.employee_id = e.id and h.cycle_id = $1
    join position p on p.id = coalesce(h.position_id, e.position_id)`, [cycleId]))
    .map((e) => ({ ...e, active: e.active && kept(scope.positionTypes, e.position_type) && kept(scope.employmentTypes, e.employment_type) }));
  const allRequirements = await sql.query<{ position_id: number; competency_id: number; required_level: number }>(
    `select position_id, competency_id, required_level from position_requirement`);
  const competencyRows = await sql.query<{ id: number; code: string; category: string }>(`select id, code, category from competency`);
  const competencies = new Map(competencyRows.map((c) => [c.id, c.code]));
  const inCategories = new Set(competencyRows.filter((c) => kept(scope.competencyCategories, c.category)).map((c) => c.id));
  const programs = await sql.query<{ id: number; code: string; competency_id: number; level_from: number; level_to: number; hours_jp: number }>(
    `select id, code, competency_id, level_from, level_to, hours_jp from training_program`);
  const appraisals = await sql.query<{ employee_id: number; status: string }>(
    `select employee_id, status from appraisal where cycle_id = $1`, [cycleId]);
  const levels = await sql.query<Level>(
    `select a.employee_id, ca.competency_id, ca.rater_role, ca.level, ca.rater_id
     from competency_assessment ca join appraisal a on a.id = ca.appraisal_id where a.cycle_id = $1`, [cycleId]);
  const [cycle] = await sql.query<{ year: number }>(`select extract(year from start_month)::int as year from cycle where id = $1`, [cycleId]);
  const hours = await sql.query<{ employee_id: number; hours: string }>(
    `select employee_id, hours_jp::text as hours from training_record where extract(year from completed_on) = $1`, [cycle!.year]);

  const requirements = allRequirements.filter((r) => inCategories.has(r.competency_id));
  // Filtered-out employees are treated like inactive ones: they count nowhere.
  const inScope = employees.filter((e) => e.active && subtree.has(e.agency_id));
  const scopeIds = new Set(inScope.map((e) => e.id));
  const appraised = new Map(appraisals.filter((a) => scopeIds.has(a.employee_id)).map((a) => [a.employee_id, a.status]));
  const levelsOf = new Map<string, Partial<Record<RaterRole, number>>>();
  for (const l of levels) {
    const key = `${l.employee_id}:${l.competency_id}`;
    levelsOf.set(key, { ...levelsOf.get(key), [l.rater_role]: l.level });
  }

  const pairsByCompetency = new Map<string, RequiredPair[]>();
  const programsByCompetency: Record<string, Record<string, number>> = {};
  const fits: number[] = [];
  const diffs: number[] = [];
  for (const e of inScope) {
    const own: RequiredPair[] = [];
    for (const r of requirements.filter((q) => q.position_id === e.position_id)) {
      const code = competencies.get(r.competency_id)!;
      const got = appraised.has(e.id) ? levelsOf.get(`${e.id}:${r.competency_id}`) ?? {} : {};
      const assessed = assessedLevel(got);
      const pair = { required: r.required_level, assessed };
      own.push(pair);
      pairsByCompetency.set(code, [...(pairsByCompetency.get(code) ?? []), pair]);
      if (got.SELF !== undefined && got.SUPERVISOR !== undefined) diffs.push(got.SELF - got.SUPERVISOR);
      if (assessed !== null && gapOf(r.required_level, assessed) >= 1) {
        const program = recommendProgram(programs.filter((p) => p.competency_id === r.competency_id)
          .map((p) => ({ ...p, levelFrom: p.level_from, levelTo: p.level_to, hoursJp: p.hours_jp })), assessed);
        const byProgram = (programsByCompetency[code] ??= {});
        byProgram[program?.code ?? ''] = (byProgram[program?.code ?? ''] ?? 0) + 1;
      }
    }
    const fit = fitIndexOf(own);
    if (fit !== null) fits.push(fit);
  }
  const all = [...pairsByCompetency.values()].flat();
  const overall = gapFiguresOf(all);
  const jp = new Map<number, number>();
  for (const h of hours) jp.set(h.employee_id, (jp.get(h.employee_id) ?? 0) + Number(h.hours));

  // Rater leniency: SUPERVISOR levels of active employees in the top-level agency.
  const byId = new Map(employees.map((e) => [e.id, e]));
  const rated = levels.flatMap((l) => {
    const e = byId.get(l.employee_id)!;
    const rater = l.rater_id ?? e.supervisor_id;
    return l.rater_role === 'SUPERVISOR' && e.active && rootTree.has(e.agency_id) && rater !== null && inCategories.has(l.competency_id)
      ? [{ rater, level: l.level, inScope: subtree.has(e.agency_id) }] : [];
  });
  const baseline = mean(rated.map((r) => r.level));
  const leniency = new Map<number, { ratings: number; difference: number }>();
  for (const rater of new Set(rated.filter((r) => r.inScope).map((r) => r.rater))) {
    const given = rated.filter((r) => r.inScope && r.rater === rater).map((r) => r.level);
    leniency.set(rater, { ratings: given.length, difference: mean(given)! - baseline! });
  }

  return {
    headcount: inScope.length,
    appraisals: appraised.size,
    finalized: [...appraised.values()].filter((s) => s === 'FINALIZED').length,
    fitIndex: mean(fits),
    gapRate: overall.gapRate,
    selfSupervisorDiff: mean(diffs),
    jp20Compliance: inScope.length === 0 ? null
      : inScope.filter((e) => meetsDevelopmentJp(jp.get(e.id) ?? 0)).length / inScope.length,
    competencies: Object.fromEntries([...pairsByCompetency].map(([code, pairs]) => [code, gapFiguresOf(pairs)])),
    programs: programsByCompetency,
    leniency,
  };
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

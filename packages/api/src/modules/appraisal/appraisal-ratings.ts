import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, predicateFor, RULE_SET, type RaterRole, type Rating } from '@kinerja/shared';
import type { InputChecks } from '../../common/input/input-checks.js';
import type { Competency } from '../competency/competency.entity.js';
import type { Employee } from '../employee/employee.entity.js';
import { PositionRequirement } from '../position/position.entity.js';
import { CompetencyAssessment, type Appraisal } from './appraisal.entity.js';
import type { CompetencyLevelInput } from './appraisal.input.js';

// Competency levels and ratings, shared by the assessment (self, supervisor) and the objection
// decision, which may revise them.

/** A required competency of the employee's position (standar kompetensi jabatan). */
export interface Requirement {
  competency: Competency;
  requiredLevel: number;
}

export type CheckedLevel = CompetencyLevelInput & { competency: Competency };

/** The competency standard of the employee's position, by competency code. */
export async function standardOf(tx: EntityManager, employee: Employee): Promise<Map<string, Requirement>> {
  const rows = await tx.find(PositionRequirement, { position: employee.position.id }, { populate: ['competency'] });
  return new Map(rows.map((r) => [r.competency.code, { competency: r.competency, requiredLevel: r.requiredLevel }]));
}

/**
 * Levels must name competencies of the position standard (others are UNKNOWN_COMPETENCY: a level
 * outside the standard would count nowhere, SPEC §5), each once, in 1..5; `complete` asks for all.
 */
export function checkLevels(
  checks: InputChecks,
  levels: readonly CompetencyLevelInput[],
  standard: ReadonlyMap<string, Requirement>,
  path: string[],
  options: { complete: boolean },
): CheckedLevel[] {
  const seen = new Map<string, CheckedLevel>();
  levels.forEach((input, i) => {
    const at = [...path, String(i)];
    const code = input.competencyCode.trim();
    const requirement = standard.get(code);
    if (!requirement) checks.add([...at, 'competencyCode'], ErrorCode.UNKNOWN_COMPETENCY, `${code} is not in the competency standard of the position`);
    else if (seen.has(code)) checks.add([...at, 'competencyCode'], ErrorCode.VALIDATION, `${code} is given twice`);
    checks.level(input.level, [...at, 'level']);
    const comment = checks.optionalText(input.comment, [...at, 'comment']);
    if (requirement && !seen.has(code)) seen.set(code, { ...input, competencyCode: code, comment, competency: requirement.competency });
  });
  if (options.complete) {
    for (const code of standard.keys()) {
      if (!seen.has(code)) checks.add(path, ErrorCode.VALIDATION, `missing a level for ${code}`);
    }
  }
  return [...seen.values()];
}

/** Writes one rater role's levels, replacing that role's earlier level for the same competency. */
export async function putLevels(
  tx: EntityManager,
  appraisal: Appraisal,
  raterRole: RaterRole,
  raterId: number | null,
  levels: readonly CheckedLevel[],
): Promise<void> {
  const existing = await tx.find(CompetencyAssessment, { appraisal, raterRole });
  for (const input of levels) {
    const values = { level: input.level, comment: input.comment ?? null, rater: raterId };
    const row = existing.find((a) => a.competency.id === input.competency.id);
    if (row) tx.assign(row, values);
    else tx.create(CompetencyAssessment, { appraisal, competency: input.competency, raterRole, ...values });
  }
}

/** PermenPANRB 6/2022: the predicate follows from HK × PK; the rule set is stored with it. */
export function rate(appraisal: Appraisal, workResult: Rating, behavior: Rating): void {
  appraisal.workResultRating = workResult;
  appraisal.behaviorRating = behavior;
  appraisal.predicate = predicateFor(workResult, behavior);
  appraisal.ruleSet = RULE_SET;
}

import { assessedLevel, gapOf, type RaterRole } from '@kinerja/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import type { PositionRequirement } from '../position/position.entity.js';
import type { CompetencyAssessment } from './appraisal.entity.js';

/** One competency of an appraisal with the level each rater role gave and the gap to the standard. */
@ObjectType({ description: 'One competency of an appraisal: required level, the level each rater role gave, and the gap (SPEC §5).' })
export class AppraisalCompetency {
  /** Resolved to the Competency by a field resolver. */
  competencyId!: number;

  @Field(() => Int, { nullable: true, description: "Level the position standard requires; null when the competency is not in the employee's standard." })
  requiredLevel!: number | null;

  @Field(() => Int, { nullable: true, description: "The employee's own level (SELF); never counts as assessed." })
  selfLevel!: number | null;

  @Field(() => Int, { nullable: true, description: "The supervisor's level." })
  supervisorLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'A peer’s level; never counts as assessed.' })
  peerLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'The assessment centre’s level; takes precedence over the supervisor’s.' })
  assessorLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'The level that counts: ASSESSOR, else SUPERVISOR, else null (unassessed).' })
  assessedLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'max(0, required − assessed); null when not required or unassessed.' })
  gap!: number | null;
}

/** Joins the position standard with the levels given, required competencies first, then by id. */
export function appraisalCompetencies(
  standard: readonly PositionRequirement[],
  assessments: readonly CompetencyAssessment[],
): AppraisalCompetency[] {
  const levels = new Map<number, Partial<Record<RaterRole, number>>>();
  for (const a of assessments) levels.set(a.competency.id, { ...levels.get(a.competency.id), [a.raterRole]: a.level });
  const required = new Map(standard.map((r) => [r.competency.id, r.requiredLevel]));
  const ids = [...required.keys(), ...[...levels.keys()].filter((id) => !required.has(id)).sort((a, b) => a - b)];
  return ids.map((competencyId) => {
    const given = levels.get(competencyId) ?? {};
    const requiredLevel = required.get(competencyId) ?? null;
    const assessed = assessedLevel(given);
    return Object.assign(new AppraisalCompetency(), {
      competencyId,
      requiredLevel,
      selfLevel: given.SELF ?? null,
      supervisorLevel: given.SUPERVISOR ?? null,
      peerLevel: given.PEER ?? null,
      assessorLevel: given.ASSESSOR ?? null,
      assessedLevel: assessed,
      gap: requiredLevel == null || assessed == null ? null : gapOf(requiredLevel, assessed),
    });
  });
}

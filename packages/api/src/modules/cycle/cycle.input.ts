import { CycleKind, PositionType, TargetAspect } from '@kinerja/shared';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { Cycle, CycleTargetTemplate } from './cycle.entity.js';

@InputType({ description: 'Limits a cycle to a group of employees (e.g. the teachers’ SEMESTER cycle). Criteria given together must all hold.' })
export class CycleGroupInput {
  @Field(() => [PositionType], { nullable: true, description: 'Only holders of positions of these types.' })
  positionTypes?: PositionType[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only holders of these positions.' })
  positionIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only employees of this agency and everything below it (inside the cycle’s pemda).' })
  agencyId?: string | null;
}

@InputType({ description: 'A new appraisal cycle; it starts in PLANNING.' })
export class CycleCreateInput {
  @Field(() => String, { description: 'Unique code, e.g. 2026-TAHUNAN: letters, digits, dots, dashes, underscores.' })
  code!: string;

  @Field(() => String, { description: 'Name of the cycle.' })
  name!: string;

  @Field(() => CycleKind, { description: 'Annual, semester or quarter.' })
  kind!: CycleKind;

  @Field(() => String, { description: 'First month, YYYY-MM.' })
  startMonth!: string;

  @Field(() => String, { description: 'Last month, YYYY-MM, not before the first.' })
  endMonth!: string;

  @Field(() => ID, { nullable: true, description: 'The pemda whose cycle it is. An HR admin’s cycle is always their own pemda’s; an ADMIN leaving it out creates a national cycle.' })
  agencyId?: string | null;

  @Field(() => CycleGroupInput, { nullable: true, description: 'Limit the cycle to a group; everyone eligible when left out.' })
  group?: CycleGroupInput | null;
}

@InputType({ description: 'Open a cycle in PLANNING: creates the appraisal of every eligible active employee, in one transaction.' })
export class CycleOpenInput {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;
}

@InputType({ description: 'Close an OPEN cycle: no new appraisals, plans or ratings. Refused while appraisals are not final, unless forced with a reason (audited).' })
export class CycleCloseInput {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Close although appraisals are not final; their objections and finalisation go on.' })
  force!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the cycle is closed early; required with force, kept in the audit trail.' })
  reason?: string | null;
}

@InputType({ description: 'One target of a template.' })
export class TemplateTargetInput {
  @Field(() => String, { description: 'The expected work result (rencana hasil kerja).' })
  description!: string;

  @Field(() => String, { description: 'How it is measured (indikator kinerja).' })
  indicator!: string;

  @Field(() => TargetAspect, { description: 'Aspect the indicator measures.' })
  aspect!: TargetAspect;

  @Field(() => Float, { description: 'Target value, 0 or more, at most two decimals.' })
  targetValue!: number;

  @Field(() => String, { description: 'Unit of the target value, e.g. dokumen, %, hari.' })
  unit!: string;
}

@InputType({ description: 'Replace the target template of one position in a cycle still in PLANNING (an empty list removes it).' })
export class CycleTemplateSetInput {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;

  @Field(() => ID, { description: 'The position whose holders get these targets.' })
  positionId!: string;

  @Field(() => [TemplateTargetInput], { description: 'The targets, first first.' })
  targets!: TemplateTargetInput[];
}

@ObjectType({ description: 'Result of a cycle mutation.' })
export class CyclePayload {
  @Field(() => Cycle, { nullable: true, description: 'The cycle after the change; null when the mutation failed.' })
  cycle!: Cycle | null;

  @Field(() => Int, { nullable: true, description: 'cycleOpen: how many appraisals the opening created.' })
  appraisalsCreated?: number | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of setting a target template.' })
export class CycleTemplatePayload {
  @Field(() => [CycleTargetTemplate], { nullable: true, description: 'The position’s template after the change; null when the mutation failed.' })
  targets!: CycleTargetTemplate[] | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

import { CycleKind } from '@kinerja/shared';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { Cycle } from './cycle.entity.js';

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
}

@InputType({ description: 'Open a cycle in PLANNING: appraisals can then be filled in.' })
export class CycleOpenInput {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;
}

@InputType({ description: 'Close an OPEN cycle: no new appraisals, plans or ratings; objections and finalisation go on.' })
export class CycleCloseInput {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;
}

@ObjectType({ description: 'Result of a cycle mutation.' })
export class CyclePayload {
  @Field(() => Cycle, { nullable: true, description: 'The cycle after the change; null when the mutation failed.' })
  cycle!: Cycle | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

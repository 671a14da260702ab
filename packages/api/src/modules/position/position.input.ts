import { PositionType } from '@kinerja/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new position (jabatan). Give it a competency standard with positionStandardSet.' })
export class PositionCreateInput {
  @Field(() => String, { description: "Unique code: 1–64 letters, digits, '.', '-', '_' or '/'." })
  code!: string;

  @Field(() => String, { description: 'Title of the position, at most 300 characters.' })
  title!: string;

  @Field(() => PositionType, { description: 'Kind of position.' })
  positionType!: PositionType;
}

@InputType({ description: 'Changes to a position. Omitted fields stay as they are.' })
export class PositionUpdateInput {
  @Field(() => ID, { description: 'The position to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => PositionType, { nullable: true, description: 'New kind of position.' })
  positionType?: PositionType | null;
}

@InputType({ description: 'One row of a competency standard. Name the competency by id or by code, not both.' })
export class PositionRequirementInput {
  @Field(() => ID, { nullable: true, description: 'The required competency, by id.' })
  competencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'The required competency, by code.' })
  competencyCode?: string | null;

  @Field(() => Int, { description: 'Required proficiency level, 1–5.' })
  requiredLevel!: number;
}

@InputType({ description: "A position's whole competency standard, replacing the current one." })
export class PositionStandardSetInput {
  @Field(() => ID, { description: 'The position.' })
  positionId!: string;

  @Field(() => [PositionRequirementInput], {
    description: 'Every required competency with its level, each competency once. Competencies left out are no longer required; an empty list clears the standard.',
  })
  requirements!: PositionRequirementInput[];
}

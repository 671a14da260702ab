import { Field, Float, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { Competency } from '../competency/competency.entity.js';
import { TrainingProgram } from '../training/training.entity.js';
import { DevelopmentPlanItem } from './development.entity.js';

@ObjectType({ description: 'Result of a change to a development plan item.' })
export class DevelopmentPlanItemPayload {
  @Field(() => DevelopmentPlanItem, { nullable: true, description: 'The item after the change; null when nothing was changed.' })
  developmentPlanItem!: DevelopmentPlanItem | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The items of the development queue that share a competency and a programme (or a free title).' })
export class DevelopmentQueueGroup {
  @Field(() => Competency, { description: 'The competency developed.' })
  competency!: Competency;

  @Field(() => TrainingProgram, { nullable: true, description: 'The recommended programme; null for activities outside the catalogue.' })
  program!: TrainingProgram | null;

  @Field(() => String, { description: "The programme's title, or the free title the items share." })
  title!: string;

  @Field(() => Int, { description: 'Items in the group.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: "count × the programme's cost per participant, in rupiah; null for activities outside the catalogue." })
  estimatedCost!: number | null;

  @Field(() => [DevelopmentPlanItem], { description: 'The items, oldest recommendation first.' })
  items!: DevelopmentPlanItem[];
}

@ObjectType({ description: "The training planner's development queue: recommended development grouped by competency and programme." })
export class DevelopmentQueue {
  @Field(() => [DevelopmentQueueGroup], { description: 'Groups by competency code, then programme code (free titles last).' })
  groups!: DevelopmentQueueGroup[];

  @Field(() => Int, { description: 'Items in all groups.' })
  totalCount!: number;

  @Field(() => Float, { description: 'Sum of the groups’ estimated cost, in rupiah.' })
  estimatedCost!: number;
}

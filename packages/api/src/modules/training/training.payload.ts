import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { TrainingProgram, TrainingRecord } from './training.entity.js';

@ObjectType({ description: 'Result of creating or changing a training programme.' })
export class TrainingProgramPayload {
  @Field(() => TrainingProgram, { nullable: true, description: 'The programme after the change; null when nothing was changed.' })
  trainingProgram!: TrainingProgram | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of adding a training record.' })
export class TrainingRecordPayload {
  @Field(() => TrainingRecord, { nullable: true, description: 'The new record; null when nothing was added.' })
  trainingRecord!: TrainingRecord | null;

  @Field(() => [UserError], { description: 'Why nothing was added; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of removing a training record.' })
export class TrainingRecordRemovePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the removed record; null when nothing was removed.' })
  removedTrainingRecordId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was removed; empty on success.' })
  userErrors!: UserError[];
}

import { TrainingMode } from '@kinerja/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new programme in the training catalogue.' })
export class TrainingProgramCreateInput {
  @Field(() => String, { description: "Unique code: 1–64 letters, digits, '.', '-', '_' or '/'." })
  code!: string;

  @Field(() => String, { description: 'Title, at most 300 characters.' })
  title!: string;

  @Field(() => ID, { description: 'The competency the programme develops.' })
  competencyId!: string;

  @Field(() => Int, { description: 'Level a participant should have at least, 1–4.' })
  levelFrom!: number;

  @Field(() => Int, { description: 'Level the programme lifts a participant to, above levelFrom and at most 5.' })
  levelTo!: number;

  @Field(() => Int, { description: 'Length in jam pelajaran (JP), 1–1000.' })
  hoursJp!: number;

  @Field(() => TrainingMode, { description: 'Classical or non-classical delivery.' })
  mode!: TrainingMode;

  @Field(() => Float, { description: 'Cost per participant in rupiah, 0 or more, at most two decimals.' })
  costPerParticipant!: number;
}

@InputType({ description: 'Changes to a training programme. Omitted fields stay as they are.' })
export class TrainingProgramUpdateInput {
  @Field(() => ID, { description: 'The programme to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'New competency.' })
  competencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'New starting level; must stay below levelTo.' })
  levelFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'New target level; must stay above levelFrom.' })
  levelTo?: number | null;

  @Field(() => Int, { nullable: true, description: 'New length in JP.' })
  hoursJp?: number | null;

  @Field(() => TrainingMode, { nullable: true, description: 'New delivery mode.' })
  mode?: TrainingMode | null;

  @Field(() => Float, { nullable: true, description: 'New cost per participant in rupiah.' })
  costPerParticipant?: number | null;
}

@InputType({ description: 'A development activity an employee completed: a catalogue programme, or a free title.' })
export class TrainingRecordAddInput {
  @Field(() => ID, { description: 'The employee; someone in your subtree.' })
  employeeId!: string;

  @Field(() => ID, { nullable: true, description: 'The catalogue programme completed. Give this or title, not both.' })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'Title of an activity outside the catalogue (seminar, coaching, …). Give this or programId.' })
  title?: string | null;

  @Field(() => String, { description: 'Date of completion, YYYY-MM-DD; not in the future.' })
  completedOn!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Jam pelajaran earned, above 0 and at most 1000, one decimal at most. Defaults to the programme's hoursJp; required with a title.",
  })
  hoursJp?: number | null;
}

@InputType({ description: 'A training record to remove (entered by mistake).' })
export class TrainingRecordRemoveInput {
  @Field(() => ID, { description: 'The training record.' })
  id!: string;
}

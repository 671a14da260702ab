import { DevelopmentStatus } from '@kinerja/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: "A supervisor's recommendation that a direct report develop one competency." })
export class DevelopmentPlanItemRecommendInput {
  @Field(() => ID, { description: 'The employee: one of your direct reports.' })
  employeeId!: string;

  @Field(() => ID, { description: 'The competency to develop.' })
  competencyId!: string;

  @Field(() => ID, { nullable: true, description: 'A catalogue programme of that competency. Give this or title, not both.' })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'An activity outside the catalogue (coaching, rotation, …), at most 300 characters. Give this or programId.' })
  title?: string | null;

  @Field(() => String, { description: 'Why you recommend it, at most 2000 characters.' })
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The appraisal cycle the recommendation comes from, if any.' })
  cycleId?: string | null;
}

@InputType({ description: 'A recommended development plan item to plan.' })
export class DevelopmentPlanItemPlanInput {
  @Field(() => ID, { description: 'The development plan item.' })
  id!: string;
}

@InputType({ description: 'An open development plan item to close as done.' })
export class DevelopmentPlanItemCloseInput {
  @Field(() => ID, { description: 'The development plan item.' })
  id!: string;
}

@InputType({ description: 'A development plan item to drop, and why.' })
export class DevelopmentPlanItemDropInput {
  @Field(() => ID, { description: 'The development plan item.' })
  id!: string;

  @Field(() => String, { description: 'Why it is dropped (the employee and supervisor read it), at most 2000 characters.' })
  reason!: string;
}

@InputType({ description: 'Which development plan items the queue shows.' })
export class DevelopmentQueueFilter {
  @Field(() => ID, { nullable: true, description: 'Only employees of this agency and everything below it; your whole scope when omitted.' })
  agencyId?: string | null;

  @Field(() => DevelopmentStatus, { nullable: true, description: 'Only items in this status; RECOMMENDED and PLANNED (still open) when omitted.' })
  status?: DevelopmentStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only items of this competency.' })
  competencyId?: string | null;
}

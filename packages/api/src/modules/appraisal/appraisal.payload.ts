import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { CheckIn } from './appraisal-parts.entity.js';
import { Appraisal, Feedback, Objection, PerformanceTarget } from './appraisal.entity.js';

@ObjectType({ description: 'Result of an appraisal mutation.' })
export class AppraisalPayload {
  @Field(() => Appraisal, { nullable: true, description: 'The appraisal after the change, with its new version; null when the mutation failed.' })
  appraisal!: Appraisal | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of adding or changing a performance target.' })
export class AppraisalTargetPayload {
  @Field(() => PerformanceTarget, { nullable: true, description: 'The target; null when the mutation failed.' })
  target!: PerformanceTarget | null;

  @Field(() => Appraisal, { nullable: true, description: 'The appraisal after the change, with its new version; null when the mutation failed.' })
  appraisal!: Appraisal | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of adding feedback.' })
export class AppraisalFeedbackPayload {
  @Field(() => Feedback, { nullable: true, description: 'The new comment; null when the mutation failed.' })
  feedback!: Feedback | null;

  @Field(() => Appraisal, { nullable: true, description: 'The appraisal after the change, with its new version; null when the mutation failed.' })
  appraisal!: Appraisal | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of filing or deciding an objection.' })
export class ObjectionPayload {
  @Field(() => Objection, { nullable: true, description: 'The objection; null when the mutation failed.' })
  objection!: Objection | null;

  @Field(() => Appraisal, { nullable: true, description: 'The appraisal after the change, with its new version; null when the mutation failed.' })
  appraisal!: Appraisal | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of submitting or answering a check-in.' })
export class CheckInPayload {
  @Field(() => CheckIn, { nullable: true, description: 'The check-in; null when the mutation failed.' })
  checkIn!: CheckIn | null;

  @Field(() => Appraisal, { nullable: true, description: 'The appraisal (its version is unchanged: check-ins are a thread of their own); null when the mutation failed.' })
  appraisal!: Appraisal | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

import { TargetKind } from '@kinerja/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Someone named on an appraisal — who rated, wrote a comment, answered a check-in, returned the plan,
 * decided the objection — shown to its employee even when that person is outside the employee's
 * scope (PP 30/2019 art. 59: the employee knows who judged them). Name and position title only.
 */
@ObjectType({ description: 'A person named on an appraisal (rater, comment author, decider…): name and position title only, visible to the employee even outside their scope.' })
export class Person {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Title of their position (jabatan), e.g. Kepala Bidang Mutasi.' })
  positionTitle!: string | null;

  /** Their own supervisor, to find who decides an objection; never exposed. */
  supervisorId!: number | null;
}

/**
 * A target of the direct supervisor's plan, as the employee sees it for cascading (RHK atasan yang
 * diintervensi): what it says and whose it is, nothing else of the supervisor's appraisal.
 */
@ObjectType({ description: "A target of the direct supervisor's plan that an employee's target may support (cascading, RHK atasan yang diintervensi): what it says and whose it is, nothing else of that appraisal." })
export class SupervisorTarget {
  @Field(() => ID, { description: 'The target id, to pass as `supportsTargetId`.' })
  id!: string;

  @Field(() => Int, { description: 'Position in the supervisor’s plan, 1 first.' })
  ordinal!: number;

  @Field(() => TargetKind, { description: 'UTAMA or TAMBAHAN.' })
  kind!: TargetKind;

  @Field(() => String, { description: 'The expected work result.' })
  description!: string;

  @Field(() => String, { description: 'How it is measured (indikator kinerja).' })
  indicator!: string;

  @Field(() => Person, { description: 'Whose plan it belongs to (the supervisor): name and position title.' })
  employee!: Person;
}

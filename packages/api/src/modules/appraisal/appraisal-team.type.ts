import { AwaitingParty, SupervisorTask } from '@kinerja/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Employee } from '../employee/employee.entity.js';
import { Appraisal } from './appraisal.entity.js';

/** One direct report in the supervisor's team overview. */
@ObjectType({ description: "One of your direct reports with their appraisal of the current cycle and what it waits for. The cycle's dates are on `appraisal.cycle`, the objection deadline on `appraisal.objectionDeadline`." })
export class TeamMember {
  @Field(() => Employee, { description: 'The direct report.' })
  employee!: Employee;

  @Field(() => Appraisal, { nullable: true, description: 'Their appraisal in the cycle asked for, else in the newest cycle not closed; null when they have none.' })
  appraisal!: Appraisal | null;

  @Field(() => AwaitingParty, { nullable: true, description: 'Whose move it is on that appraisal; null when final or when there is no appraisal.' })
  awaitingParty!: AwaitingParty | null;

  @Field(() => SupervisorTask, { nullable: true, description: 'What it asks of you now (agree the plan, answer a check-in, rate, finalise); null when nothing waits on you.' })
  yourTask!: SupervisorTask | null;

  @Field(() => Boolean, { description: 'Whether something waits on you (`yourTask` is set).' })
  waitingOnYou!: boolean;

  @Field(() => Int, { description: 'Check-ins of that appraisal not answered yet.' })
  unansweredCheckIns!: number;
}

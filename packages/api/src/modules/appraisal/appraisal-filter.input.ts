import { AppraisalStatus } from '@kinerja/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which appraisals to list. All conditions must hold.' })
export class AppraisalFilter {
  @Field(() => ID, { nullable: true, description: 'Only appraisals of this cycle.' })
  cycleId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only appraisals of the cycle with this code, e.g. 2025-TAHUNAN.' })
  cycleCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only employees of this agency and every agency below it.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only employees of the agency with this code and every agency below it.' })
  agencyCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the appraisals of this employee.' })
  employeeId?: string | null;

  @Field(() => AppraisalStatus, { nullable: true, description: 'Only appraisals in this workflow status.' })
  status?: AppraisalStatus | null;
}

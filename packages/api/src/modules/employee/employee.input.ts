import { EmploymentType, PositionType } from '@kinerja/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which employees to list. All conditions must hold.' })
export class EmployeeFilter {
  @Field(() => ID, { nullable: true, description: 'Only employees of this agency and every agency below it.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only employees of the agency with this code and every agency below it.' })
  agencyCode?: string | null;

  @Field(() => [PositionType], { nullable: true, description: 'Only employees whose position is of one of these types.' })
  positionTypes?: PositionType[] | null;

  @Field(() => [EmploymentType], { nullable: true, description: 'Only PNS, only PPPK, or both.' })
  employmentTypes?: EmploymentType[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the name (any case), or the start of the NIP.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Active employees only (default), or inactive only when false.' })
  active?: boolean | null;
}

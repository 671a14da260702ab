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

  @Field(() => String, { nullable: true, description: 'Part of the name (any case), or the start of the NIP; at most 100 characters, taken literally (% and _ are not wildcards).' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Active employees only (default), or inactive only when false.' })
  active?: boolean | null;
}

@InputType({ description: 'A new employee (pegawai ASN) in your agency subtree.' })
export class EmployeeCreateInput {
  @Field(() => String, { description: 'NIP (PNS: birth date, appointment month, gender digit, sequence) or NI PPPK: 18 digits; spaces are ignored.' })
  nip!: string;

  @Field(() => String, { description: 'Full name, at most 300 characters.' })
  name!: string;

  @Field(() => EmploymentType, { description: 'PNS or PPPK; decides how nip and rank are checked.' })
  employmentType!: EmploymentType;

  @Field(() => String, { description: 'Golongan for a PNS (I/a … IV/e) or grade for a PPPK (I … XVII), spelled exactly.' })
  rank!: string;

  @Field(() => ID, { description: 'Position (jabatan).' })
  positionId!: string;

  @Field(() => ID, { description: 'Agency or unit the employee is placed in; it must be in your subtree.' })
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: 'Direct supervisor (atasan langsung): an active employee you can see.' })
  supervisorId?: string | null;
}

@InputType({ description: 'Changes to an employee in your subtree. Omitted fields stay as they are.' })
export class EmployeeUpdateInput {
  @Field(() => ID, { description: 'The employee to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Corrected NIP or NI PPPK.' })
  nip?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => EmploymentType, { nullable: true, description: 'New employment type; nip and rank must then be valid for it.' })
  employmentType?: EmploymentType | null;

  @Field(() => String, { nullable: true, description: 'New golongan or grade, valid for the employment type.' })
  rank?: string | null;

  @Field(() => ID, { nullable: true, description: 'New position.' })
  positionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move to this agency or unit, in your subtree.' })
  agencyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'New direct supervisor: an active employee you can see who is not a subordinate of this one. Null removes the supervisor; omit to keep it.',
  })
  supervisorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False to deactivate (left service: counts in no figure), true to reactivate.' })
  active?: boolean | null;
}

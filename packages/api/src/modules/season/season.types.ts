import { AppraisalStatus, AwaitingParty, ReminderRule } from '@kinerja/shared';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/graphql/connection.js';
import { UserError } from '../../common/graphql/errors.js';
import { Agency } from '../agency/agency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';

@ObjectType({ description: 'How many appraisals are in one workflow status.' })
export class StatusCount {
  @Field(() => AppraisalStatus, { description: 'The status.' })
  status!: AppraisalStatus;

  @Field(() => Int, { description: 'Appraisals in it.' })
  count!: number;
}

@ObjectType({ description: 'How many appraisals wait for one party.' })
export class PartyCount {
  @Field(() => AwaitingParty, { description: 'Who is awaited.' })
  party!: AwaitingParty;

  @Field(() => Int, { description: 'Appraisals waiting for them.' })
  count!: number;
}

@ObjectType({ description: 'The season of one agency (and everything below it): appraisals per status, completion, overdue steps.' })
export class SeasonAgencyRow {
  @Field(() => Agency, { description: 'The agency.' })
  agency!: Agency;

  @Field(() => Int, { description: 'Appraisals in the cycle.' })
  appraisals!: number;

  @Field(() => [StatusCount], { description: 'Appraisals per workflow status, in workflow order (every status, zeros included).' })
  byStatus!: StatusCount[];

  @Field(() => [PartyCount], { description: 'Appraisals not final per awaited party (every party, zeros included).' })
  awaiting!: PartyCount[];

  @Field(() => Int, { description: 'Final appraisals.' })
  finalized!: number;

  @Field(() => Float, { nullable: true, description: 'finalized / appraisals; null without appraisals.' })
  completionRate!: number | null;

  @Field(() => Int, { description: 'Appraisals whose current step is past its due date.' })
  overdue!: number;

  @Field(() => Int, { description: 'Appraisals an HR admin may finalise now (rated, objection window passed).' })
  finalizable!: number;
}

@ObjectType({ description: 'An appraisal waiting for someone, with its due date.' })
export class AwaitedAppraisal {
  @Field(() => ID, { description: 'The appraisal.' })
  appraisalId!: string;

  @Field(() => Int, { description: 'Its version (for a single finalisation).' })
  version!: number;

  @Field(() => ID, { description: 'The employee appraised.' })
  employeeId!: string;

  @Field(() => String, { description: 'Their name.' })
  employeeName!: string;

  @Field(() => String, { description: 'Their NIP.' })
  nip!: string;

  @Field(() => String, { description: 'Their agency.' })
  agencyName!: string;

  @Field(() => AppraisalStatus, { description: 'Workflow status.' })
  status!: AppraisalStatus;

  @Field(() => AwaitingParty, { description: 'Whose move it is.' })
  party!: AwaitingParty;

  @Field(() => String, { nullable: true, description: 'The person awaited; null for the BKD or when the data names nobody.' })
  awaitedName!: string | null;

  @Field(() => Date, { description: 'When the step is due.' })
  dueAt!: Date;

  @Field(() => Int, { description: 'Whole days past the due date (0: not yet due).' })
  daysOverdue!: number;
}

export const AwaitedAppraisalConnection = ConnectionType(AwaitedAppraisal, 'AwaitedAppraisal', 'A page of appraisals waiting for someone, most overdue first.');

@ObjectType({ description: 'Pemantauan: where a cycle stands in an agency subtree, against the cycle’s dates.' })
export class SeasonMonitor {
  @Field(() => Cycle, { description: 'The cycle.' })
  cycle!: Cycle;

  @Field(() => Float, { description: 'Share of the cycle’s time that has passed (0–1): completion is read against it.' })
  elapsed!: number;

  @Field(() => SeasonAgencyRow, { description: 'The whole subtree.' })
  total!: SeasonAgencyRow;

  @Field(() => [SeasonAgencyRow], { description: 'Each agency directly below (and the agency itself for staff placed directly in it), largest first.' })
  agencies!: SeasonAgencyRow[];
}

@ArgsType()
export class SeasonArgs {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;

  @Field(() => ID, { nullable: true, description: 'Agency subtree; default the caller’s own agency (ADMIN: required).' })
  agencyId?: string | null;
}

@ArgsType()
export class AwaitedArgs extends PageArgs {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;

  @Field(() => ID, { nullable: true, description: 'Agency subtree; default the caller’s own agency.' })
  agencyId?: string | null;

  @Field(() => AwaitingParty, { nullable: true, description: 'Only those waiting for this party.' })
  party?: AwaitingParty | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Only those past their due date.' })
  overdueOnly!: boolean;
}

@InputType({ description: 'Finalise many appraisals at once after the objection window: a selection, or every one ready in an agency subtree. All or nothing.' })
export class AppraisalsFinalizeInput {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;

  @Field(() => [ID], { nullable: true, description: 'These appraisals; each must be ASSESSED with its objection window passed, or nothing is finalised.' })
  appraisalIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Instead: every appraisal of this agency subtree that is ready.' })
  agencyId?: string | null;
}

@ObjectType({ description: 'How many were finalised in one agency.' })
export class AgencyCount {
  @Field(() => String, { description: 'The agency.' })
  agencyName!: string;

  @Field(() => Int, { description: 'Appraisals finalised.' })
  count!: number;
}

@ObjectType({ description: 'The report of a bulk finalisation.' })
export class FinalizeReport {
  @Field(() => Int, { description: 'Appraisals finalised.' })
  finalized!: number;

  @Field(() => [ID], { description: 'Their ids.' })
  appraisalIds!: string[];

  @Field(() => [AgencyCount], { description: 'Finalised per agency.' })
  byAgency!: AgencyCount[];

  @Field(() => Int, { description: 'Agency mode: appraisals in the subtree left as they were (not yet rated, inside the objection window, or objected).' })
  notReady!: number;
}

@ObjectType({ description: 'Result of appraisalsFinalize.' })
export class AppraisalsFinalizePayload {
  @Field(() => FinalizeReport, { nullable: true, description: 'What was done; null when nothing was.' })
  report!: FinalizeReport | null;

  @Field(() => [UserError], { description: 'Why nothing was finalised; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Run the reminder rules now for the caller’s scope (they also run daily).' })
export class RemindersSendInput {
  @Field(() => ID, { nullable: true, description: 'Only this cycle.' })
  cycleId?: string | null;
}

@ObjectType({ description: 'Reminders sent by one rule.' })
export class RuleCount {
  @Field(() => ReminderRule, { description: 'The rule.' })
  rule!: ReminderRule;

  @Field(() => Int, { description: 'Notifications created (a recipient gets at most one per rule and day).' })
  sent!: number;

  @Field(() => Int, { description: 'Recipients skipped because the rule already reached them today.' })
  alreadySent!: number;
}

@ObjectType({ description: 'What a run of the reminder rules did.' })
export class ReminderReport {
  @Field(() => String, { description: 'The day it counted for, YYYY-MM-DD.' })
  day!: string;

  @Field(() => [RuleCount], { description: 'Per rule.' })
  rules!: RuleCount[];

  @Field(() => Int, { description: 'E-mails delivered to the SMTP server.' })
  emailed!: number;
}

@ObjectType({ description: 'Result of remindersSend.' })
export class RemindersSendPayload {
  @Field(() => ReminderReport, { nullable: true, description: 'What the run did.' })
  report!: ReminderReport | null;

  @Field(() => [UserError], { description: 'Why nothing was sent; empty on success.' })
  userErrors!: UserError[];
}

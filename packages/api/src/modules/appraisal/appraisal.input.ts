import { BehaviorValue, Rating, TargetAspect, TargetKind } from '@kinerja/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ObjectionOutcome } from './appraisal.entity.js';

/**
 * Every write to an existing appraisal names it and the version the client last saw. Its fields are
 * inherited by each mutation's input; no field uses the type itself, so the schema does not list it.
 */
@InputType({ description: 'The appraisal a write applies to, and the version it was read at.' })
export abstract class AppraisalRefInput {
  @Field(() => ID, { description: 'The appraisal to change.' })
  appraisalId!: string;

  @Field(() => Int, { description: 'The `version` you last read; a stale version fails with CONFLICT and changes nothing.' })
  version!: number;
}

@InputType({ description: 'Open an appraisal for an employee in a cycle.' })
export class AppraisalCreateInput {
  @Field(() => ID, { nullable: true, description: 'Whose appraisal; your own employee record when omitted.' })
  employeeId?: string | null;

  @Field(() => ID, { description: 'The cycle (periode penilaian); it must not be closed.' })
  cycleId!: string;
}

@InputType({ description: 'A new performance target (rencana hasil kerja) for the plan (SKP).' })
export class AppraisalTargetAddInput extends AppraisalRefInput {
  @Field(() => String, { description: 'The expected work result.' })
  description!: string;

  @Field(() => String, { description: 'How it is measured (indikator kinerja).' })
  indicator!: string;

  @Field(() => TargetAspect, { description: 'Aspect the indicator measures.' })
  aspect!: TargetAspect;

  @Field(() => Float, { description: 'Target value, 0 or more, at most two decimals.' })
  targetValue!: number;

  @Field(() => String, { description: 'Unit of the target value, e.g. dokumen, %, hari.' })
  unit!: string;

  @Field(() => TargetKind, { nullable: true, description: 'UTAMA (default) or TAMBAHAN.' })
  kind?: TargetKind | null;

  @Field(() => ID, { nullable: true, description: "The target of your direct supervisor's plan in the same cycle that this one supports (cascading); see `supervisorTargets`." })
  supportsTargetId?: string | null;
}

@InputType({ description: 'Changes to one performance target; omitted fields stay as they are.' })
export class AppraisalTargetUpdateInput extends AppraisalRefInput {
  @Field(() => ID, { description: 'The target to change.' })
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'New expected work result.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New indicator.' })
  indicator?: string | null;

  @Field(() => TargetAspect, { nullable: true, description: 'New aspect.' })
  aspect?: TargetAspect | null;

  @Field(() => Float, { nullable: true, description: 'New target value.' })
  targetValue?: number | null;

  @Field(() => String, { nullable: true, description: 'New unit.' })
  unit?: string | null;

  @Field(() => TargetKind, { nullable: true, description: 'New kind.' })
  kind?: TargetKind | null;

  @Field(() => ID, { nullable: true, description: "The supervisor's target this one supports; an explicit null removes the link, omitted keeps it." })
  supportsTargetId?: string | null;
}

@InputType({ description: 'Remove one performance target from a plan that is not yet submitted.' })
export class AppraisalTargetRemoveInput extends AppraisalRefInput {
  @Field(() => ID, { description: 'The target to remove.' })
  targetId!: string;
}

@InputType({ description: 'Submit the performance plan (SKP) to the direct supervisor (DRAFT → PLAN_SUBMITTED).' })
export class AppraisalPlanSubmitInput extends AppraisalRefInput {}

@InputType({ description: "The supervisor's expectation for one BerAKHLAK value (ekspektasi khusus pimpinan)." })
export class BehaviorExpectationInput {
  @Field(() => BehaviorValue, { description: 'The BerAKHLAK value.' })
  value!: BehaviorValue;

  @Field(() => String, { description: 'What the supervisor expects of the employee in this value; blank removes an earlier one.' })
  expectation!: string;
}

@InputType({ description: 'The direct supervisor agrees the plan (PLAN_SUBMITTED → PLAN_AGREED).' })
export class AppraisalPlanAgreeInput extends AppraisalRefInput {
  @Field(() => String, { nullable: true, description: 'A comment for the employee; added to the performance dialogue.' })
  comment?: string | null;

  @Field(() => [BehaviorExpectationInput], { nullable: true, description: 'Expectations per BerAKHLAK value, each value at most once; values not named keep what they had.' })
  expectations?: BehaviorExpectationInput[] | null;
}

@InputType({ description: 'The direct supervisor returns the plan for revision (PLAN_SUBMITTED → DRAFT) with a comment, kept in `planReturns`.' })
export class AppraisalPlanReturnInput extends AppraisalRefInput {
  @Field(() => String, { description: 'What the employee should change.' })
  comment!: string;
}

@InputType({ description: 'The employee reopens an agreed plan during the cycle (PLAN_AGREED → DRAFT), then submits it again for agreement.' })
export class AppraisalPlanReviseInput extends AppraisalRefInput {}

@InputType({ description: 'The realisation of one target in a check-in.' })
export class CheckInEntryInput {
  @Field(() => ID, { description: 'A target of the plan.' })
  targetId!: string;

  @Field(() => Float, { description: 'Realised so far, in the target’s unit, 0 or more, at most two decimals.' })
  realisation!: number;

  @Field(() => String, { nullable: true, description: 'Link to the evidence (bukti dukung), http(s) only.' })
  evidenceUrl?: string | null;
}

@InputType({ description: 'A check-in (evaluasi periodik) by the employee while the plan is agreed. Check-ins are a thread of their own: no version, and they never make a pending write stale.' })
export class CheckInSubmitInput {
  @Field(() => ID, { description: 'The appraisal (status PLAN_AGREED).' })
  appraisalId!: string;

  @Field(() => String, { description: 'The period reported on, e.g. 2026-Q1 or "Triwulan I"; one check-in per period.' })
  period!: string;

  @Field(() => String, { nullable: true, description: 'A note on the period.' })
  note?: string | null;

  @Field(() => [CheckInEntryInput], { description: 'Realisation per target, at least one, each target at most once.' })
  entries!: CheckInEntryInput[];
}

@InputType({ description: "The direct supervisor's answer to a check-in." })
export class CheckInAnswerInput {
  @Field(() => ID, { description: 'The check-in.' })
  checkInId!: string;

  @Field(() => String, { description: 'Feedback on the period.' })
  answer!: string;
}

@InputType({ description: 'A level in one competency of the position standard.' })
export class CompetencyLevelInput {
  @Field(() => String, { description: 'Competency code, e.g. M01; it must be in the competency standard of the employee’s position.' })
  competencyCode!: string;

  @Field(() => Int, { description: 'Level 1–5.' })
  level!: number;

  @Field(() => String, { nullable: true, description: 'Why this level (optional).' })
  comment?: string | null;
}

@InputType({ description: 'What was achieved against one performance target.' })
export class TargetRealisationInput {
  @Field(() => ID, { description: 'The target.' })
  targetId!: string;

  @Field(() => Float, { description: 'Realised value, in the target’s unit, 0 or more.' })
  realisation!: number;

  @Field(() => String, { nullable: true, description: 'Link to the evidence (bukti dukung), http(s).' })
  evidenceUrl?: string | null;
}

@InputType({ description: "The employee's self-assessment: a level for every required competency and a realisation for every target." })
export class AppraisalSelfAssessInput extends AppraisalRefInput {
  @Field(() => [CompetencyLevelInput], { description: 'One level per competency of the position standard, no more, no less.' })
  levels!: CompetencyLevelInput[];

  @Field(() => [TargetRealisationInput], { description: 'One realisation per target of the plan.' })
  realisations!: TargetRealisationInput[];

  @Field(() => String, { nullable: true, description: 'A comment on the period (optional).' })
  comment?: string | null;
}

@InputType({ description: 'The rating of one BerAKHLAK value.' })
export class BehaviorRatingInput {
  @Field(() => BehaviorValue, { description: 'The BerAKHLAK value.' })
  value!: BehaviorValue;

  @Field(() => Rating, { description: 'Against the expectation.' })
  rating!: Rating;
}

@InputType({ description: "The supervisor's feedback on one target." })
export class TargetFeedbackInput {
  @Field(() => ID, { description: 'A target of the plan.' })
  targetId!: string;

  @Field(() => String, { description: 'The feedback.' })
  feedback!: string;
}

@InputType({ description: "The supervisor's rating: competency levels, the seven BerAKHLAK values, and the two ratings the predicate follows from." })
export class AppraisalAssessInput extends AppraisalRefInput {
  @Field(() => [CompetencyLevelInput], { description: 'One level per competency of the position standard, no more, no less.' })
  levels!: CompetencyLevelInput[];

  @Field(() => Rating, { description: 'Work results (hasil kerja, HK) against expectation.' })
  workResultRating!: Rating;

  @Field(() => Rating, { description: "Work behaviour (perilaku kerja, PK) against expectation: the supervisor's overall judgement, given beside the seven values." })
  behaviorRating!: Rating;

  @Field(() => [BehaviorRatingInput], { description: 'A rating for each of the seven BerAKHLAK values, each exactly once.' })
  behaviors!: BehaviorRatingInput[];

  @Field(() => [TargetFeedbackInput], { nullable: true, description: 'Feedback on some targets of the plan (optional, each target at most once).' })
  targetFeedback?: TargetFeedbackInput[] | null;
}

@InputType({ description: 'A comment in the performance dialogue (dialog kinerja). Comments are a thread of their own: they neither need nor change the appraisal version.' })
export class AppraisalFeedbackAddInput {
  @Field(() => ID, { description: 'The appraisal.' })
  appraisalId!: string;

  @Field(() => Int, { nullable: true, description: 'Ignored: a comment never conflicts with other writes (kept so older clients still work).' })
  version?: number | null;

  @Field(() => String, { description: 'The comment.' })
  body!: string;
}

@InputType({ description: "An objection (keberatan) to the supervisor's rating, within 14 days of it." })
export class ObjectionFileInput extends AppraisalRefInput {
  @Field(() => String, { description: 'Why the employee objects.' })
  reason!: string;
}

@InputType({ description: 'The decision on an objection; final, and it finalises the appraisal.' })
export class ObjectionDecideInput extends AppraisalRefInput {
  @Field(() => ObjectionOutcome, { description: 'UPHELD revises the ratings; REJECTED keeps them.' })
  outcome!: ObjectionOutcome;

  @Field(() => String, { description: 'Reasons for the decision.' })
  note!: string;

  @Field(() => Rating, { nullable: true, description: 'Revised work-results rating; required when UPHELD, not allowed when REJECTED.' })
  workResultRating?: Rating | null;

  @Field(() => Rating, { nullable: true, description: 'Revised work-behaviour rating; required when UPHELD, not allowed when REJECTED.' })
  behaviorRating?: Rating | null;

  @Field(() => [CompetencyLevelInput], { nullable: true, description: "Revised supervisor levels for some competencies (UPHELD only); the others keep the rater's level." })
  levels?: CompetencyLevelInput[] | null;
}

@InputType({ description: 'Finalise an assessed appraisal once the objection period has passed without an objection.' })
export class AppraisalFinalizeInput extends AppraisalRefInput {}

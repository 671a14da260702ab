import './appraisal.enums.js';
import { objectionDeadline, RaterRole, rolesWith } from '@kinerja/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditIndividualRead, ReadAuditAction } from '../../common/audit/audited-read.js';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import { ConnectionType, PageArgs, pageWindow, toConnection, type Connection } from '../../common/graphql/connection.js';
import type { Context } from '../../common/graphql/context.js';
import type { UserErrorData } from '../../common/graphql/errors.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { AppraisalCompetency, appraisalCompetencies } from './appraisal-competency.type.js';
import { AppraisalFilter } from './appraisal-filter.input.js';
import { AppraisalQueryService } from './appraisal-query.service.js';
import { Appraisal, CompetencyAssessment, Feedback, Objection, PerformanceTarget } from './appraisal.entity.js';
import {
  AppraisalAssessInput, AppraisalCreateInput, AppraisalFeedbackAddInput, AppraisalFinalizeInput, AppraisalPlanSubmitInput,
  AppraisalSelfAssessInput, AppraisalTargetAddInput, AppraisalTargetRemoveInput, AppraisalTargetUpdateInput,
  ObjectionDecideInput, ObjectionFileInput,
} from './appraisal.input.js';
import { appraisalLoaders, forgetAppraisalLoaders } from './appraisal.loaders.js';
import { AppraisalFeedbackPayload, AppraisalPayload, AppraisalTargetPayload, ObjectionPayload } from './appraisal.payload.js';
import { AppraisalService } from './appraisal.service.js';

export const AppraisalConnection = ConnectionType(Appraisal, 'Appraisal', 'A page of appraisals.');

const service = (ctx: Context) => new AppraisalService(ctx.em, requireViewer(ctx), ctx.requestId);

/** A write's value or its user errors; later fields of the same operation must re-read children. */
function settle<T>(ctx: Context, result: WriteOutcome<T>): { value: T | null; userErrors: UserErrorData[] } {
  forgetAppraisalLoaders(ctx);
  return result.ok ? { value: result.value, userErrors: [] } : { value: null, userErrors: result.errors };
}

function appraisalOnly(ctx: Context, result: WriteOutcome<{ appraisal: Appraisal }>): AppraisalPayload {
  const { value, userErrors } = settle(ctx, result);
  return { appraisal: value?.appraisal ?? null, userErrors };
}

@Resolver(() => Appraisal)
export class AppraisalResolver {
  @Authorized()
  @Query(() => Appraisal, { nullable: true, description: 'One appraisal by id; null when there is none in your scope. Every read is recorded in the audit trail.' })
  async appraisal(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Appraisal id.' }) id: string): Promise<Appraisal | null> {
    return new AppraisalQueryService(ctx.em, requireViewer(ctx), ctx.requestId).read(id);
  }

  // Analysts see aggregates only: no individual appraisals (SPEC §6).
  @Authorized(rolesWith('READ_PEOPLE'))
  @Query(() => AppraisalConnection, { description: 'Appraisals in your scope matching a filter: latest cycle first, then by employee name. Every page read is recorded in the audit trail.' })
  async appraisals(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AppraisalFilter, { nullable: true, description: 'Which appraisals; all in your scope when omitted.' })
    filter?: AppraisalFilter,
  ): Promise<Connection<Appraisal>> {
    const window = pageWindow(page);
    const [items, total] = await new AppraisalQueryService(ctx.em, requireViewer(ctx), ctx.requestId).list(filter ?? {}, window);
    await auditIndividualRead(ctx, {
      action: ReadAuditAction.APPRAISALS, field: 'appraisals', rows: items.length,
      employeeIds: items.map((a) => a.employee.id), scope: { filter: { ...filter }, offset: window.offset, limit: window.limit },
    });
    return toConnection(items, total, window.offset);
  }

  // ---- mutations: each authorised in the service, so that refusals are audited ----------------

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Open an appraisal (status DRAFT) for an employee in a cycle that is not closed: by an HR admin of the employee’s agency, an administrator, or the employee for themself.' })
  async appraisalCreate(@Ctx() ctx: Context, @Arg('input', () => AppraisalCreateInput, { description: 'Employee and cycle.' }) input: AppraisalCreateInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await service(ctx).create(input));
  }

  @Authorized()
  @Mutation(() => AppraisalTargetPayload, { description: 'Add a performance target to your plan (SKP) while it is a DRAFT not yet submitted.' })
  async appraisalTargetAdd(@Ctx() ctx: Context, @Arg('input', () => AppraisalTargetAddInput, { description: 'The target.' }) input: AppraisalTargetAddInput): Promise<AppraisalTargetPayload> {
    const { value, userErrors } = settle(ctx, await service(ctx).addTarget(input));
    return { appraisal: value?.appraisal ?? null, target: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => AppraisalTargetPayload, { description: 'Change a performance target of your plan while it is a DRAFT not yet submitted.' })
  async appraisalTargetUpdate(@Ctx() ctx: Context, @Arg('input', () => AppraisalTargetUpdateInput, { description: 'The target and its changes.' }) input: AppraisalTargetUpdateInput): Promise<AppraisalTargetPayload> {
    const { value, userErrors } = settle(ctx, await service(ctx).updateTarget(input));
    return { appraisal: value?.appraisal ?? null, target: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Remove a performance target from your plan while it is a DRAFT not yet submitted.' })
  async appraisalTargetRemove(@Ctx() ctx: Context, @Arg('input', () => AppraisalTargetRemoveInput, { description: 'The target.' }) input: AppraisalTargetRemoveInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await service(ctx).removeTarget(input));
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Submit your performance plan (SKP); it needs at least one target, and the targets are fixed from then on.' })
  async appraisalPlanSubmit(@Ctx() ctx: Context, @Arg('input', () => AppraisalPlanSubmitInput, { description: 'The appraisal.' }) input: AppraisalPlanSubmitInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await service(ctx).submitPlan(input));
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Submit your self-assessment (DRAFT → SELF_ASSESSED, plan submitted, cycle OPEN): a level for every required competency and a realisation for every target.' })
  async appraisalSelfAssess(@Ctx() ctx: Context, @Arg('input', () => AppraisalSelfAssessInput, { description: 'Levels, realisations and comment.' }) input: AppraisalSelfAssessInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await service(ctx).selfAssess(input));
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Rate a direct report (SELF_ASSESSED → ASSESSED, cycle OPEN): competency levels and the HK and PK ratings; the predicate follows from the PermenPANRB 6/2022 matrix and the 14-day objection period starts.' })
  async appraisalAssess(@Ctx() ctx: Context, @Arg('input', () => AppraisalAssessInput, { description: 'Levels and ratings.' }) input: AppraisalAssessInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await service(ctx).assess(input));
  }

  @Authorized()
  @Mutation(() => AppraisalFeedbackPayload, { description: 'Add a comment to the performance dialogue of an appraisal that is not final: by the employee or their supervisor.' })
  async appraisalFeedbackAdd(@Ctx() ctx: Context, @Arg('input', () => AppraisalFeedbackAddInput, { description: 'The comment.' }) input: AppraisalFeedbackAddInput): Promise<AppraisalFeedbackPayload> {
    const { value, userErrors } = settle(ctx, await service(ctx).addFeedback(input));
    return { appraisal: value?.appraisal ?? null, feedback: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => ObjectionPayload, { description: 'Object to your rating (ASSESSED → OBJECTED) within 14 days of it (PP 30/2019 art. 59).' })
  async objectionFile(@Ctx() ctx: Context, @Arg('input', () => ObjectionFileInput, { description: 'The objection.' }) input: ObjectionFileInput): Promise<ObjectionPayload> {
    const { value, userErrors } = settle(ctx, await service(ctx).fileObjection(input));
    return { appraisal: value?.appraisal ?? null, objection: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => ObjectionPayload, { description: "Decide an objection (OBJECTED → FINALIZED), as the rating official's own supervisor: REJECTED keeps the rating, UPHELD revises it and recomputes the predicate. Final (PP 30/2019 art. 59)." })
  async objectionDecide(@Ctx() ctx: Context, @Arg('input', () => ObjectionDecideInput, { description: 'The decision.' }) input: ObjectionDecideInput): Promise<ObjectionPayload> {
    const { value, userErrors } = settle(ctx, await service(ctx).decideObjection(input));
    return { appraisal: value?.appraisal ?? null, objection: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Finalise an ASSESSED appraisal once the 14-day objection period has passed: by an HR admin of the agency, an administrator or the supervisor. A final appraisal never changes.' })
  async appraisalFinalize(@Ctx() ctx: Context, @Arg('input', () => AppraisalFinalizeInput, { description: 'The appraisal.' }) input: AppraisalFinalizeInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await service(ctx).finalize(input));
  }

  // ---- fields -------------------------------------------------------------------------------

  @FieldResolver(() => Employee, { description: 'The employee appraised.' })
  async employee(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Employee> {
    // Appraisals are handed out only after their employee passed the scope check.
    return (await ctx.loaders.employee.load(appraisal.employee.id))!;
  }

  @FieldResolver(() => Cycle, { description: 'The cycle (periode penilaian).' })
  async cycle(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Cycle> {
    return (await appraisalLoaders(ctx).cycle.load(appraisal.cycle.id))!;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The rating official (pejabat penilai); null before the rating or outside your scope.' })
  async assessedBy(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Employee | null> {
    return appraisal.assessedBy ? ctx.loaders.employee.load(appraisal.assessedBy.id) : null;
  }

  @FieldResolver(() => [PerformanceTarget], { description: 'The performance plan (SKP): targets in order.' })
  async targets(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<PerformanceTarget[]> {
    return appraisalLoaders(ctx).targets.load(appraisal.id);
  }

  @FieldResolver(() => [CompetencyAssessment], { description: 'Competency levels given, by every rater role or one.' })
  async competencyAssessments(
    @Root() appraisal: Appraisal,
    @Ctx() ctx: Context,
    @Arg('raterRole', () => RaterRole, { nullable: true, description: 'Only the levels of this rater role.' }) raterRole?: RaterRole,
  ): Promise<CompetencyAssessment[]> {
    const all = await appraisalLoaders(ctx).assessments.load(appraisal.id);
    return raterRole ? all.filter((a) => a.raterRole === raterRole) : all;
  }

  @FieldResolver(() => [AppraisalCompetency], { description: 'Per competency: the level required by the position standard, the level of each rater role, the assessed level and the gap. Required competencies first.' })
  async competencies(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<AppraisalCompetency[]> {
    const employee = await ctx.loaders.employee.load(appraisal.employee.id);
    const [standard, assessments] = await Promise.all([
      employee ? ctx.loaders.positionRequirements.load(employee.position.id) : [],
      appraisalLoaders(ctx).assessments.load(appraisal.id),
    ]);
    return appraisalCompetencies(standard, assessments);
  }

  @FieldResolver(() => [Feedback], { description: 'The performance dialogue, oldest first.' })
  async feedback(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Feedback[]> {
    return appraisalLoaders(ctx).feedback.load(appraisal.id);
  }

  @FieldResolver(() => Objection, { nullable: true, description: 'The objection, if one was filed.' })
  async objection(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Objection | null> {
    return appraisalLoaders(ctx).objection.load(appraisal.id);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Last instant an objection is accepted: 14 days after the rating (PP 30/2019 art. 59); null before the rating.' })
  objectionDeadline(@Root() appraisal: Appraisal): Date | null {
    return appraisal.assessedAt ? objectionDeadline(appraisal.assessedAt) : null;
  }
}

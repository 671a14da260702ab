import './appraisal.enums.js';
import {
  AwaitingParty, awaitingParty, BEHAVIOR_VALUES, NextStep, nextStepKey, objectionDaysLeft, objectionDeadline, RaterRole, rolesWith,
} from '@kinerja/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
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
import { AppraisalAssessmentService } from './appraisal-assessment.service.js';
import { AppraisalDialogueService } from './appraisal-dialogue.service.js';
import { AppraisalObjectionService } from './appraisal-objection.service.js';
import { AppraisalBehavior, CheckIn, PlanReturn } from './appraisal-parts.entity.js';
import { supervisorTargetOf } from './appraisal-parts.resolver.js';
import { Person, SupervisorTarget } from './appraisal-person.type.js';
import { AppraisalPlanService } from './appraisal-plan.service.js';
import { AppraisalWorkspaceService } from './appraisal-team.service.js';
import { TeamMember } from './appraisal-team.type.js';
import { Appraisal, CompetencyAssessment, Feedback, Objection, PerformanceTarget } from './appraisal.entity.js';
import {
  AppraisalAssessInput, AppraisalCreateInput, AppraisalFeedbackAddInput, AppraisalFinalizeInput, AppraisalPlanAgreeInput,
  AppraisalPlanReturnInput, AppraisalPlanReviseInput, AppraisalPlanSubmitInput, AppraisalSelfAssessInput, AppraisalTargetAddInput,
  AppraisalTargetRemoveInput, AppraisalTargetUpdateInput, CheckInAnswerInput, CheckInSubmitInput, ObjectionDecideInput,
  ObjectionFileInput,
} from './appraisal.input.js';
import { appraisalLoaders, forgetAppraisalLoaders } from './appraisal.loaders.js';
import { AppraisalFeedbackPayload, AppraisalPayload, AppraisalTargetPayload, CheckInPayload, ObjectionPayload } from './appraisal.payload.js';
import type { AppraisalWriter } from './appraisal-write.js';

export const AppraisalConnection = ConnectionType(Appraisal, 'Appraisal', 'A page of appraisals.');

type WriterClass<S extends AppraisalWriter> = new (...args: ConstructorParameters<typeof AppraisalPlanService>) => S;
const service = <S extends AppraisalWriter>(Service: WriterClass<S>, ctx: Context): S => new Service(ctx.em, requireViewer(ctx), ctx.requestId);
const plan = (ctx: Context) => service(AppraisalPlanService, ctx);
const dialogue = (ctx: Context) => service(AppraisalDialogueService, ctx);
const assessment = (ctx: Context) => service(AppraisalAssessmentService, ctx);
const objection = (ctx: Context) => service(AppraisalObjectionService, ctx);

/** A write's value or its user errors; later fields of the same operation must re-read children. */
function settle<T>(ctx: Context, result: WriteOutcome<T>): { value: T | null; userErrors: UserErrorData[] } {
  forgetAppraisalLoaders(ctx);
  return result.ok ? { value: result.value, userErrors: [] } : { value: null, userErrors: result.errors };
}

function appraisalOnly(ctx: Context, result: WriteOutcome<{ appraisal: Appraisal }>): AppraisalPayload {
  const { value, userErrors } = settle(ctx, result);
  return { appraisal: value?.appraisal ?? null, userErrors };
}

/**
 * The rating official as the write path names it (AppraisalWriter.parties): who rated, else the
 * rater of imported supervisor levels, else the direct supervisor.
 */
async function ratingOfficialId(ctx: Context, appraisal: Appraisal): Promise<number | null> {
  if (appraisal.assessedBy) return appraisal.assessedBy.id;
  const levels = await appraisalLoaders(ctx).assessments.load(appraisal.id);
  const rated = levels.find((l) => l.raterRole === RaterRole.SUPERVISOR && l.rater != null);
  if (rated?.rater) return rated.rater.id;
  const employee = await appraisalLoaders(ctx).person.load(appraisal.employee.id);
  return employee?.supervisorId ?? null;
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

  // ---- the workspace: one person's own appraisals, team, objections to decide -------------------

  @Authorized()
  @Query(() => [Appraisal], { description: 'Your own appraisals (the employee your account belongs to), newest cycle first; empty when your account belongs to no employee.' })
  async myAppraisals(@Ctx() ctx: Context): Promise<Appraisal[]> {
    return new AppraisalWorkspaceService(ctx.em, requireViewer(ctx)).mine();
  }

  @Authorized()
  @Query(() => [TeamMember], { description: 'Your active direct reports, by name, each with their appraisal of the cycle (default: their newest cycle not closed), whose move it is and what waits on you. Recorded in the audit trail.' })
  async teamMembers(
    @Ctx() ctx: Context,
    @Arg('cycleId', () => ID, { nullable: true, description: 'The cycle; by default each member’s newest cycle that is not closed.' }) cycleId?: string,
  ): Promise<TeamMember[]> {
    const members = await new AppraisalWorkspaceService(ctx.em, requireViewer(ctx)).team(cycleId);
    await auditIndividualRead(ctx, {
      action: ReadAuditAction.TEAM_MEMBERS, field: 'teamMembers', rows: members.length,
      employeeIds: members.map((m) => m.employee.id), scope: { cycleId: cycleId ?? null },
    });
    return members;
  }

  @Authorized()
  @Query(() => [Appraisal], { description: "OBJECTED appraisals you decide as the rating official's own supervisor (PP 30/2019 art. 59) — your direct reports' reports — with both sides' record (ratings, self-assessment, dialogue, the objection). Oldest rating first. Recorded in the audit trail." })
  async objectionInbox(@Ctx() ctx: Context): Promise<Appraisal[]> {
    const appraisals = await new AppraisalWorkspaceService(ctx.em, requireViewer(ctx)).objectionInbox();
    await auditIndividualRead(ctx, {
      action: ReadAuditAction.OBJECTION_INBOX, field: 'objectionInbox', rows: appraisals.length,
      employeeIds: appraisals.map((a) => a.employee.id), scope: {},
    });
    return appraisals;
  }

  @Authorized()
  @Query(() => [SupervisorTarget], { description: "The targets of the plan of the appraised employee's direct supervisor in the same cycle, in plan order: what a target may support (`supportsTargetId`, cascading). Empty when there is no such plan or the appraisal is not in your scope." })
  async supervisorTargets(@Ctx() ctx: Context, @Arg('appraisalId', () => ID, { description: 'The appraisal whose plan is being written.' }) appraisalId: string): Promise<SupervisorTarget[]> {
    const rows = await new AppraisalWorkspaceService(ctx.em, requireViewer(ctx)).supervisorTargets(appraisalId);
    return Promise.all(rows.map((r) => supervisorTargetOf(ctx, r.target, r.ownerId)));
  }

  // ---- mutations: each authorised in the service, so that refusals are audited ----------------

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Open an appraisal (status DRAFT) for an employee in a cycle that is not closed: by an HR admin of the employee’s agency, an administrator, or the employee for themself.' })
  async appraisalCreate(@Ctx() ctx: Context, @Arg('input', () => AppraisalCreateInput, { description: 'Employee and cycle.' }) input: AppraisalCreateInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await plan(ctx).create(input));
  }

  @Authorized()
  @Mutation(() => AppraisalTargetPayload, { description: 'Add a performance target to your plan (SKP) while it is a DRAFT (new, returned or reopened); `supportsTargetId` links it to a target of your direct supervisor in the same cycle.' })
  async appraisalTargetAdd(@Ctx() ctx: Context, @Arg('input', () => AppraisalTargetAddInput, { description: 'The target.' }) input: AppraisalTargetAddInput): Promise<AppraisalTargetPayload> {
    const { value, userErrors } = settle(ctx, await plan(ctx).addTarget(input));
    return { appraisal: value?.appraisal ?? null, target: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => AppraisalTargetPayload, { description: 'Change a performance target of your plan while it is a DRAFT.' })
  async appraisalTargetUpdate(@Ctx() ctx: Context, @Arg('input', () => AppraisalTargetUpdateInput, { description: 'The target and its changes.' }) input: AppraisalTargetUpdateInput): Promise<AppraisalTargetPayload> {
    const { value, userErrors } = settle(ctx, await plan(ctx).updateTarget(input));
    return { appraisal: value?.appraisal ?? null, target: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Remove a performance target from your plan while it is a DRAFT.' })
  async appraisalTargetRemove(@Ctx() ctx: Context, @Arg('input', () => AppraisalTargetRemoveInput, { description: 'The target.' }) input: AppraisalTargetRemoveInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await plan(ctx).removeTarget(input));
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Submit your performance plan (SKP) to your direct supervisor (DRAFT → PLAN_SUBMITTED); it needs at least one target and is fixed until agreed or returned.' })
  async appraisalPlanSubmit(@Ctx() ctx: Context, @Arg('input', () => AppraisalPlanSubmitInput, { description: 'The appraisal.' }) input: AppraisalPlanSubmitInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await plan(ctx).submitPlan(input));
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: "Agree a direct report's plan (PLAN_SUBMITTED → PLAN_AGREED), optionally with a comment (added to the dialogue) and expectations per BerAKHLAK value." })
  async appraisalPlanAgree(@Ctx() ctx: Context, @Arg('input', () => AppraisalPlanAgreeInput, { description: 'The appraisal, comment and expectations.' }) input: AppraisalPlanAgreeInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await plan(ctx).agreePlan(input));
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: "Return a direct report's plan for revision (PLAN_SUBMITTED → DRAFT); the comment is required and kept in `planReturns`." })
  async appraisalPlanReturn(@Ctx() ctx: Context, @Arg('input', () => AppraisalPlanReturnInput, { description: 'The appraisal and what to change.' }) input: AppraisalPlanReturnInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await plan(ctx).returnPlan(input));
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Reopen your agreed plan during the cycle (PLAN_AGREED → DRAFT) to revise it; submit it again for agreement. Check-ins stay.' })
  async appraisalPlanRevise(@Ctx() ctx: Context, @Arg('input', () => AppraisalPlanReviseInput, { description: 'The appraisal.' }) input: AppraisalPlanReviseInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await plan(ctx).revisePlan(input));
  }

  @Authorized()
  @Mutation(() => CheckInPayload, { description: 'Record a check-in (evaluasi periodik) while your plan is agreed: realisation per target for one period, with evidence links. Needs no version and never makes a pending write stale.' })
  async checkInSubmit(@Ctx() ctx: Context, @Arg('input', () => CheckInSubmitInput, { description: 'Period, note and realisations.' }) input: CheckInSubmitInput): Promise<CheckInPayload> {
    const { value, userErrors } = settle(ctx, await dialogue(ctx).submitCheckIn(input));
    return { appraisal: value?.appraisal ?? null, checkIn: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => CheckInPayload, { description: "Answer a direct report's check-in with feedback, once. Needs no version and never makes a pending write stale." })
  async checkInAnswer(@Ctx() ctx: Context, @Arg('input', () => CheckInAnswerInput, { description: 'The check-in and the answer.' }) input: CheckInAnswerInput): Promise<CheckInPayload> {
    const { value, userErrors } = settle(ctx, await dialogue(ctx).answerCheckIn(input));
    return { appraisal: value?.appraisal ?? null, checkIn: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Submit your self-assessment (PLAN_AGREED → SELF_ASSESSED, cycle OPEN): a level for every required competency and a realisation for every target.' })
  async appraisalSelfAssess(@Ctx() ctx: Context, @Arg('input', () => AppraisalSelfAssessInput, { description: 'Levels, realisations and comment.' }) input: AppraisalSelfAssessInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await assessment(ctx).selfAssess(input));
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Rate a direct report (SELF_ASSESSED → ASSESSED, cycle OPEN): competency levels, all seven BerAKHLAK values, feedback per target, and the HK and overall PK ratings; the predicate follows from the PermenPANRB 6/2022 matrix and the 14-day objection period starts.' })
  async appraisalAssess(@Ctx() ctx: Context, @Arg('input', () => AppraisalAssessInput, { description: 'Levels and ratings.' }) input: AppraisalAssessInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await assessment(ctx).assess(input));
  }

  @Authorized()
  @Mutation(() => AppraisalFeedbackPayload, { description: 'Add a comment to the performance dialogue of an appraisal that is not final: by the employee or their supervisor. Comments never change the appraisal version, so they never make the other party’s pending write stale.' })
  async appraisalFeedbackAdd(@Ctx() ctx: Context, @Arg('input', () => AppraisalFeedbackAddInput, { description: 'The comment.' }) input: AppraisalFeedbackAddInput): Promise<AppraisalFeedbackPayload> {
    const { value, userErrors } = settle(ctx, await dialogue(ctx).addFeedback(input));
    return { appraisal: value?.appraisal ?? null, feedback: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => ObjectionPayload, { description: 'Object to your rating (ASSESSED → OBJECTED) within 14 days of it (PP 30/2019 art. 59).' })
  async objectionFile(@Ctx() ctx: Context, @Arg('input', () => ObjectionFileInput, { description: 'The objection.' }) input: ObjectionFileInput): Promise<ObjectionPayload> {
    const { value, userErrors } = settle(ctx, await objection(ctx).fileObjection(input));
    return { appraisal: value?.appraisal ?? null, objection: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => ObjectionPayload, { description: "Decide an objection (OBJECTED → FINALIZED), as the rating official's own supervisor: REJECTED keeps the rating, UPHELD revises it and recomputes the predicate. Final (PP 30/2019 art. 59)." })
  async objectionDecide(@Ctx() ctx: Context, @Arg('input', () => ObjectionDecideInput, { description: 'The decision.' }) input: ObjectionDecideInput): Promise<ObjectionPayload> {
    const { value, userErrors } = settle(ctx, await objection(ctx).decideObjection(input));
    return { appraisal: value?.appraisal ?? null, objection: value?.value ?? null, userErrors };
  }

  @Authorized()
  @Mutation(() => AppraisalPayload, { description: 'Finalise an ASSESSED appraisal once the 14-day objection period has passed: by an HR admin of the agency, an administrator or the supervisor. A final appraisal never changes.' })
  async appraisalFinalize(@Ctx() ctx: Context, @Arg('input', () => AppraisalFinalizeInput, { description: 'The appraisal.' }) input: AppraisalFinalizeInput): Promise<AppraisalPayload> {
    return appraisalOnly(ctx, await objection(ctx).finalize(input));
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

  @FieldResolver(() => Int, { nullable: true, description: 'While ASSESSED: whole days left to object (a started day counts), 0 once the window has closed; null in any other status.' })
  objectionDaysLeft(@Root() appraisal: Appraisal): number | null {
    return appraisal.status === 'ASSESSED' && appraisal.assessedAt ? objectionDaysLeft(appraisal.assessedAt, new Date()) : null;
  }

  @FieldResolver(() => AwaitingParty, { nullable: true, description: 'Whose move it is now: EMPLOYEE, SUPERVISOR, DECIDER (the rater’s own supervisor) or HR_ADMIN (finalise after the objection window); null once final.' })
  awaitingParty(@Root() appraisal: Appraisal): AwaitingParty | null {
    return awaitingParty(appraisal.status, appraisal.assessedAt ?? null, new Date());
  }

  @FieldResolver(() => NextStep, { description: 'The next step of the SKP year (for task lists).' })
  nextStep(@Root() appraisal: Appraisal): NextStep {
    return nextStepKey(appraisal.status, appraisal.assessedAt ?? null, new Date());
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who rated (pejabat penilai): name and position title, shown to the employee too; null before the rating or when imported without one.' })
  async rater(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Person | null> {
    return appraisal.assessedBy ? appraisalLoaders(ctx).person.load(appraisal.assessedBy.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Pejabat penilai: who rated, or before the rating the direct supervisor who will (name and position title, shown to the employee too); null when the data names none.' })
  async ratingOfficial(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Person | null> {
    const id = await ratingOfficialId(ctx, appraisal);
    return id == null ? null : appraisalLoaders(ctx).person.load(id);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Atasan pejabat penilai: the rating official's own supervisor, who decides an objection (PP 30/2019 art. 59); null when the data names none (the BKD then records the decision)." })
  async objectionDecider(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Person | null> {
    const id = await ratingOfficialId(ctx, appraisal);
    const official = id == null ? null : await appraisalLoaders(ctx).person.load(id);
    return official?.supervisorId == null ? null : appraisalLoaders(ctx).person.load(official.supervisorId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The supervisor who agreed the current plan; null while not agreed.' })
  async planAgreedBy(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<Person | null> {
    return appraisal.planAgreedBy ? appraisalLoaders(ctx).person.load(appraisal.planAgreedBy.id) : null;
  }

  @FieldResolver(() => [CheckIn], { description: 'Check-ins (evaluasi periodik), oldest first.' })
  async checkIns(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<CheckIn[]> {
    return appraisalLoaders(ctx).checkIns.load(appraisal.id);
  }

  @FieldResolver(() => [AppraisalBehavior], { description: 'The seven BerAKHLAK values in official order, each with the supervisor’s expectation and rating (null where not given yet).' })
  async behaviors(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<AppraisalBehavior[]> {
    const stored = await appraisalLoaders(ctx).behaviors.load(appraisal.id);
    return BEHAVIOR_VALUES.map((value) => stored.find((b) => b.value === value)
      ?? Object.assign(new AppraisalBehavior(), { value, expectation: null, rating: null }));
  }

  @FieldResolver(() => [PlanReturn], { description: 'Every time the plan was returned for revision, with the reason, oldest first.' })
  async planReturns(@Root() appraisal: Appraisal, @Ctx() ctx: Context): Promise<PlanReturn[]> {
    return appraisalLoaders(ctx).planReturns.load(appraisal.id);
  }
}

@Resolver(() => Employee)
export class EmployeePersonResolver {
  // The employee knows who rates them (PP 30/2019 art. 59): name and position title even when the
  // supervisor is outside the reader's scope (`supervisor` is then null).
  @Authorized(rolesWith('READ_PEOPLE'))
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Atasan langsung as a name and position title, shown to whoever sees this employee (the employee too) even when `supervisor` is outside their scope; null at the top.',
  })
  async directSupervisor(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Person | null> {
    return employee.supervisor ? appraisalLoaders(ctx).person.load(employee.supervisor.id) : null;
  }
}

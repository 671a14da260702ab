import { rolesWith } from '@kinerja/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Context } from '../../common/graphql/context.js';
import { Competency } from '../competency/competency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { TrainingProgram } from '../training/training.entity.js';
import { DevelopmentPlanItem } from './development.entity.js';
import { DevelopmentPlanItemCloseInput, DevelopmentPlanItemDropInput, DevelopmentPlanItemPlanInput, DevelopmentPlanItemRecommendInput, DevelopmentQueueFilter } from './development.input.js';
import { DevelopmentPlanItemPayload, DevelopmentQueue } from './development.payload.js';
import { DevelopmentService } from './development.service.js';

const toPayload = (outcome: WriteOutcome<DevelopmentPlanItem>): DevelopmentPlanItemPayload =>
  outcome.ok ? { developmentPlanItem: outcome.value, userErrors: [] } : { developmentPlanItem: null, userErrors: outcome.errors };

@Resolver(() => DevelopmentPlanItem)
export class DevelopmentPlanItemResolver {
  // Names with aggregates: the gap-list readers (SPEC §6); analysts see no names.
  @Authorized(rolesWith('READ_GAP_LISTS'))
  @Query(() => DevelopmentQueue, { description: 'Recommended development in your scope, grouped by competency and programme, with counts and cost.' })
  async developmentQueue(
    @Ctx() ctx: Context,
    @Arg('filter', () => DevelopmentQueueFilter, { nullable: true, description: 'Which items; every open item in your scope when omitted.' })
    filter?: DevelopmentQueueFilter,
  ): Promise<DevelopmentQueue> {
    return new DevelopmentService(ctx.em, requireViewer(ctx)).queue(filter ?? {});
  }

  // Who may recommend is a relation (the direct supervisor), checked by the service.
  @Authorized()
  @Mutation(() => DevelopmentPlanItemPayload, { description: 'Recommend development for one of your direct reports (pejabat penilai only). Audited.' })
  async developmentPlanItemRecommend(
    @Ctx() ctx: Context,
    @Arg('input', () => DevelopmentPlanItemRecommendInput, { description: 'The recommendation.' }) input: DevelopmentPlanItemRecommendInput,
  ): Promise<DevelopmentPlanItemPayload> {
    return toPayload(await new DevelopmentService(ctx.em, requireViewer(ctx)).recommend(input, ctx.requestId));
  }

  @Authorized(rolesWith('PLAN_DEVELOPMENT'))
  @Mutation(() => DevelopmentPlanItemPayload, { description: 'Plan a recommended item (RECOMMENDED → PLANNED). Audited.' })
  async developmentPlanItemPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => DevelopmentPlanItemPlanInput, { description: 'The item.' }) input: DevelopmentPlanItemPlanInput,
  ): Promise<DevelopmentPlanItemPayload> {
    return toPayload(await new DevelopmentService(ctx.em, requireViewer(ctx)).plan(input, ctx.requestId));
  }

  @Authorized(rolesWith('PLAN_DEVELOPMENT'))
  @Mutation(() => DevelopmentPlanItemPayload, { description: 'Drop an open item, with a reason (→ DROPPED). Audited.' })
  async developmentPlanItemDrop(
    @Ctx() ctx: Context,
    @Arg('input', () => DevelopmentPlanItemDropInput, { description: 'The item and why.' }) input: DevelopmentPlanItemDropInput,
  ): Promise<DevelopmentPlanItemPayload> {
    return toPayload(await new DevelopmentService(ctx.em, requireViewer(ctx)).drop(input, ctx.requestId));
  }

  @Authorized(rolesWith('PLAN_DEVELOPMENT'))
  @Mutation(() => DevelopmentPlanItemPayload, {
    description: 'Close an open item as done (→ DONE), e.g. for development outside the catalogue. A training record of its programme closes it by itself. Audited.',
  })
  async developmentPlanItemClose(
    @Ctx() ctx: Context,
    @Arg('input', () => DevelopmentPlanItemCloseInput, { description: 'The item.' }) input: DevelopmentPlanItemCloseInput,
  ): Promise<DevelopmentPlanItemPayload> {
    return toPayload(await new DevelopmentService(ctx.em, requireViewer(ctx)).close(input, ctx.requestId));
  }

  @FieldResolver(() => Employee, { description: 'Whose development this is.' })
  async employee(@Root() item: DevelopmentPlanItem, @Ctx() ctx: Context): Promise<Employee> {
    // Items are only reached through a visible employee (the queue and the profile are scoped).
    return (await ctx.loaders.employee.load(item.employee.id))!;
  }

  @FieldResolver(() => Competency, { description: 'The competency to develop.' })
  async competency(@Root() item: DevelopmentPlanItem, @Ctx() ctx: Context): Promise<Competency> {
    return (await ctx.loaders.competency.load(item.competency.id))!;
  }

  @FieldResolver(() => TrainingProgram, { nullable: true, description: 'The recommended programme; null for an activity outside the catalogue.' })
  async program(@Root() item: DevelopmentPlanItem, @Ctx() ctx: Context): Promise<TrainingProgram | null> {
    return item.program ? ctx.em.findOne(TrainingProgram, item.program.id) : null;
  }

  @FieldResolver(() => String, { description: "The programme's title, or the free title of an activity outside the catalogue." })
  async title(@Root() item: DevelopmentPlanItem, @Ctx() ctx: Context): Promise<string> {
    const program = item.program ? await ctx.em.findOne(TrainingProgram, item.program.id) : null;
    return program?.title ?? item.title ?? '';
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The supervisor who recommended it; null when outside your scope or gone.' })
  async recommendedBy(@Root() item: DevelopmentPlanItem, @Ctx() ctx: Context): Promise<Employee | null> {
    return item.recommendedBy ? ctx.loaders.employee.load(item.recommendedBy.id) : null;
  }

  @FieldResolver(() => Cycle, { nullable: true, description: 'The appraisal cycle the recommendation came from, if any.' })
  async cycle(@Root() item: DevelopmentPlanItem, @Ctx() ctx: Context): Promise<Cycle | null> {
    return item.cycle ? ctx.em.findOne(Cycle, item.cycle.id) : null;
  }
}

@Resolver(() => Employee)
export class EmployeeDevelopmentResolver {
  @Authorized(rolesWith('READ_PEOPLE'))
  @FieldResolver(() => [DevelopmentPlanItem], { description: 'Rencana pengembangan: the development recommended for this employee, newest first.' })
  async developmentPlan(@Root() employee: Employee, @Ctx() ctx: Context): Promise<DevelopmentPlanItem[]> {
    return ctx.loaders.developmentPlanByEmployee.load(employee.id);
  }
}

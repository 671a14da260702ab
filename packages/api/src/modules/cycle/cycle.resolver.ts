import { Arg, Authorized, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PositionType, rolesWith } from '@kinerja/shared';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Context } from '../../common/graphql/context.js';
import { Agency } from '../agency/agency.entity.js';
import { Position } from '../position/position.entity.js';
import { Cycle, CycleGroupPosition, CycleTargetTemplate } from './cycle.entity.js';
import { CycleCloseInput, CycleCreateInput, CycleOpenInput, CyclePayload, CycleTemplatePayload, CycleTemplateSetInput } from './cycle.input.js';
import { CycleService } from './cycle.service.js';

const cyclePayload = (result: WriteOutcome<{ cycle: Cycle; appraisalsCreated: number | null }>): CyclePayload =>
  (result.ok ? { ...result.value, userErrors: [] } : { cycle: null, appraisalsCreated: null, userErrors: result.errors });

/** Dates are stored as the first day of a month; the API speaks `YYYY-MM` like the datasets. */
const toMonth = (date: string | Date): string =>
  (typeof date === 'string' ? date : date.toISOString()).slice(0, 7);

@ObjectType({ description: 'The group a cycle is limited to; every criterion given must hold. All empty: everyone in the pemda.' })
export class CycleGroup {
  @Field(() => [PositionType], { description: 'Only holders of positions of these types (empty: any type).' })
  positionTypes!: PositionType[];

  @Field(() => [Position], { description: 'Only holders of these positions (empty: any position).' })
  positions!: Position[];

  @Field(() => Agency, { nullable: true, description: 'Only employees of this agency and everything below it.' })
  agency!: Agency | null;
}

@Resolver(() => Cycle)
export class CycleResolver {
  @Authorized()
  @Query(() => [Cycle], { description: 'Appraisal cycles the caller sees (national ones and their own pemda’s), oldest first.' })
  async cycles(@Ctx() ctx: Context): Promise<Cycle[]> {
    return new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).list();
  }

  // Role checks happen in the service, so that refused attempts are audited like any other.
  @Authorized()
  @Mutation(() => CyclePayload, { description: 'Create an appraisal cycle (status PLANNING) for a pemda, optionally limited to a group; HR admins (their own pemda) and administrators (any, or national).' })
  async cycleCreate(@Ctx() ctx: Context, @Arg('input', () => CycleCreateInput, { description: 'The cycle.' }) input: CycleCreateInput): Promise<CyclePayload> {
    return cyclePayload(await new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).create(input));
  }

  @Authorized()
  @Mutation(() => CyclePayload, { description: 'Open a cycle (PLANNING → OPEN): creates, in one transaction, the appraisal of every eligible active employee with their position’s target template. HR admins (their own pemda’s cycles) and administrators.' })
  async cycleOpen(@Ctx() ctx: Context, @Arg('input', () => CycleOpenInput, { description: 'The cycle.' }) input: CycleOpenInput): Promise<CyclePayload> {
    return cyclePayload(await new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).open(input.cycleId));
  }

  @Authorized()
  @Mutation(() => CyclePayload, { description: 'Close a cycle (OPEN → CLOSED): refused while appraisals are not final unless forced with a reason (audited); objections and finalisation go on. HR admins (their own pemda’s cycles) and administrators.' })
  async cycleClose(@Ctx() ctx: Context, @Arg('input', () => CycleCloseInput, { description: 'The cycle.' }) input: CycleCloseInput): Promise<CyclePayload> {
    return cyclePayload(await new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).close(input));
  }

  @Authorized()
  @Mutation(() => CycleTemplatePayload, { description: 'Set the target template of one position in a cycle still in PLANNING; opening copies it into every holder’s plan.' })
  async cycleTemplateSet(@Ctx() ctx: Context, @Arg('input', () => CycleTemplateSetInput, { description: 'The template.' }) input: CycleTemplateSetInput): Promise<CycleTemplatePayload> {
    const result = await new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).setTemplate(input);
    return result.ok ? { targets: result.value, userErrors: [] } : { targets: null, userErrors: result.errors };
  }

  @FieldResolver(() => String, { description: 'First month of the cycle, YYYY-MM.' })
  startMonth(@Root() cycle: Cycle): string {
    return toMonth(cycle.startMonth);
  }

  @FieldResolver(() => String, { description: 'Last month of the cycle, YYYY-MM.' })
  endMonth(@Root() cycle: Cycle): string {
    return toMonth(cycle.endMonth);
  }

  // Not through the scoped agency loader: whoever sees a cycle may read which pemda runs it, also
  // an account scoped to a unit below that pemda.
  @FieldResolver(() => Agency, { nullable: true, description: 'The pemda whose cycle it is; null for a national cycle.' })
  async agency(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<Agency | null> {
    return cycle.agency ? ctx.em.findOne(Agency, cycle.agency.id) : null;
  }

  @FieldResolver(() => CycleGroup, { description: 'The group the cycle is limited to.' })
  async group(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<CycleGroup> {
    const rows = await ctx.em.find(CycleGroupPosition, { cycle: cycle.id }, { populate: ['position'], orderBy: { position: { code: 'asc' } } });
    return {
      positionTypes: cycle.groupPositionTypes ?? [],
      positions: rows.map((r) => r.position),
      agency: cycle.groupAgency ? await ctx.loaders.agency.load(cycle.groupAgency.id) : null,
    };
  }

  @Authorized(rolesWith('MANAGE_CYCLES'))
  @FieldResolver(() => [CycleTargetTemplate], { description: 'Target templates, by position then order.' })
  async templates(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<CycleTargetTemplate[]> {
    return ctx.em.find(CycleTargetTemplate, { cycle: cycle.id }, { populate: ['position'], orderBy: { position: { code: 'asc' }, ordinal: 'asc' } });
  }

  @Authorized(rolesWith('MANAGE_CYCLES'))
  @FieldResolver(() => Int, { description: 'How many employees opening the cycle would give an appraisal now (eligible, without one yet).' })
  async eligibleEmployees(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<number> {
    return new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).eligibleCount(cycle);
  }
}

@Resolver(() => CycleTargetTemplate)
export class CycleTargetTemplateResolver {
  @FieldResolver(() => Position, { description: 'The position whose holders get this target.' })
  async position(@Root() template: CycleTargetTemplate, @Ctx() ctx: Context): Promise<Position> {
    return (await ctx.loaders.position.load(template.position.id))!;
  }

  @FieldResolver(() => Float, { description: 'Target value.' })
  targetValue(@Root() template: CycleTargetTemplate): number {
    return Number(template.targetValue);
  }
}

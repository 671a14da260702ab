import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Context } from '../../common/graphql/context.js';
import { Cycle } from './cycle.entity.js';
import { CycleCloseInput, CycleCreateInput, CycleOpenInput, CyclePayload } from './cycle.input.js';
import { CycleService } from './cycle.service.js';

const cyclePayload = (result: WriteOutcome<Cycle>): CyclePayload =>
  (result.ok ? { cycle: result.value, userErrors: [] } : { cycle: null, userErrors: result.errors });

/** Dates are stored as the first day of a month; the API speaks `YYYY-MM` like the datasets. */
const toMonth = (date: string | Date): string =>
  (typeof date === 'string' ? date : date.toISOString()).slice(0, 7);

@Resolver(() => Cycle)
export class CycleResolver {
  @Authorized()
  @Query(() => [Cycle], { description: 'Appraisal cycles, oldest first.' })
  async cycles(@Ctx() ctx: Context): Promise<Cycle[]> {
    return ctx.em.find(Cycle, {}, { orderBy: { startMonth: 'asc', code: 'asc' } });
  }

  // Role checks happen in the service, so that refused attempts are audited like any other.
  @Authorized()
  @Mutation(() => CyclePayload, { description: 'Create an appraisal cycle (status PLANNING); HR admins and administrators.' })
  async cycleCreate(@Ctx() ctx: Context, @Arg('input', () => CycleCreateInput, { description: 'The cycle.' }) input: CycleCreateInput): Promise<CyclePayload> {
    return cyclePayload(await new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).create(input));
  }

  @Authorized()
  @Mutation(() => CyclePayload, { description: 'Open a cycle (PLANNING → OPEN) so that self-assessments and ratings can be made; HR admins and administrators.' })
  async cycleOpen(@Ctx() ctx: Context, @Arg('input', () => CycleOpenInput, { description: 'The cycle.' }) input: CycleOpenInput): Promise<CyclePayload> {
    return cyclePayload(await new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).open(input.cycleId));
  }

  @Authorized()
  @Mutation(() => CyclePayload, { description: 'Close a cycle (OPEN → CLOSED): no new appraisals, plans or ratings; objections and finalisation go on. HR admins and administrators.' })
  async cycleClose(@Ctx() ctx: Context, @Arg('input', () => CycleCloseInput, { description: 'The cycle.' }) input: CycleCloseInput): Promise<CyclePayload> {
    return cyclePayload(await new CycleService(ctx.em, requireViewer(ctx), ctx.requestId).close(input.cycleId));
  }

  @FieldResolver(() => String, { description: 'First month of the cycle, YYYY-MM.' })
  startMonth(@Root() cycle: Cycle): string {
    return toMonth(cycle.startMonth);
  }

  @FieldResolver(() => String, { description: 'Last month of the cycle, YYYY-MM.' })
  endMonth(@Root() cycle: Cycle): string {
    return toMonth(cycle.endMonth);
  }
}

import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/graphql/context.js';
import { Cycle } from './cycle.entity.js';

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

  @FieldResolver(() => String, { description: 'First month of the cycle, YYYY-MM.' })
  startMonth(@Root() cycle: Cycle): string {
    return toMonth(cycle.startMonth);
  }

  @FieldResolver(() => String, { description: 'Last month of the cycle, YYYY-MM.' })
  endMonth(@Root() cycle: Cycle): string {
    return toMonth(cycle.endMonth);
  }
}

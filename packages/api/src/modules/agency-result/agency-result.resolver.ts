import { rolesWith } from '@kinerja/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Context } from '../../common/graphql/context.js';
import { Agency } from '../agency/agency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { AgencyResult } from './agency-result.entity.js';
import { AgencyResultSetInput } from './agency-result.input.js';
import { AgencyResultPayload } from './agency-result.payload.js';
import { AgencyResultService } from './agency-result.service.js';

@Resolver(() => AgencyResult)
export class AgencyResultResolver {
  @Authorized(rolesWith('READ_AGGREGATES'))
  @Query(() => AgencyResult, {
    nullable: true,
    description: "An agency's own predicate in a cycle, which decides its distribution pattern; null when none is recorded (or the agency is outside your scope).",
  })
  async agencyResult(
    @Ctx() ctx: Context,
    @Arg('cycleCode', () => String, { description: 'The cycle, by code.' }) cycleCode: string,
    @Arg('agencyCode', () => String, { description: 'The agency, by code.' }) agencyCode: string,
  ): Promise<AgencyResult | null> {
    return new AgencyResultService(ctx.em, requireViewer(ctx)).find(cycleCode, agencyCode);
  }

  // SPEC §6: the HR admin maintains reference data of their subtree.
  @Authorized(rolesWith('MANAGE_CYCLES'))
  @Mutation(() => AgencyResultPayload, { description: "Set an agency's own predicate in a cycle (predikat kinerja organisasi), for the distribution pattern. Audited." })
  async agencyResultSet(
    @Ctx() ctx: Context,
    @Arg('input', () => AgencyResultSetInput, { description: 'The cycle, the agency and its predicate.' }) input: AgencyResultSetInput,
  ): Promise<AgencyResultPayload> {
    const outcome = await new AgencyResultService(ctx.em, requireViewer(ctx)).set(input, ctx.requestId);
    return outcome.ok ? { agencyResult: outcome.value, userErrors: [] } : { agencyResult: null, userErrors: outcome.errors };
  }

  @FieldResolver(() => Cycle, { description: 'The cycle.' })
  async cycle(@Root() result: AgencyResult, @Ctx() ctx: Context): Promise<Cycle> {
    return ctx.em.findOneOrFail(Cycle, result.cycle.id);
  }

  @FieldResolver(() => Agency, { description: 'The agency (results are only answered for agencies in your scope).' })
  async agency(@Root() result: AgencyResult, @Ctx() ctx: Context): Promise<Agency> {
    return (await ctx.loaders.agency.load(result.agency.id))!;
  }
}

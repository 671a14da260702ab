import { Role } from '@kinerja/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Context } from '../../common/graphql/context.js';
import { Agency } from './agency.entity.js';
import { AgencyCreateInput, AgencyUpdateInput } from './agency.input.js';
import { AgencyPayload } from './agency.payload.js';
import { AgencyService } from './agency.service.js';

const toPayload = (outcome: WriteOutcome<Agency>): AgencyPayload =>
  outcome.ok ? { agency: outcome.value, userErrors: [] } : { agency: null, userErrors: outcome.errors };

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized()
  @Query(() => [Agency], { description: 'Every agency in your scope, flat, parents before children (depth, then name). Build the tree with `parentId`.' })
  async agencies(@Ctx() ctx: Context): Promise<Agency[]> {
    return new AgencyService(ctx.em, requireViewer(ctx)).list();
  }

  @Authorized()
  @Query(() => Agency, { nullable: true, description: 'One agency by id or by code; null when there is none in your scope.' })
  async agency(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Agency id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Agency code.' }) code?: string,
  ): Promise<Agency | null> {
    return new AgencyService(ctx.em, requireViewer(ctx)).find({ id, code });
  }

  @Authorized([Role.ADMIN, Role.HR_ADMIN])
  @Mutation(() => AgencyPayload, { description: 'Create an agency or unit below one in your subtree (ADMIN: also a top-level pemda). Audited.' })
  async agencyCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => AgencyCreateInput, { description: 'The new agency.' }) input: AgencyCreateInput,
  ): Promise<AgencyPayload> {
    return toPayload(await new AgencyService(ctx.em, requireViewer(ctx)).create(input, ctx.requestId));
  }

  @Authorized([Role.ADMIN, Role.HR_ADMIN])
  @Mutation(() => AgencyPayload, {
    description: 'Rename, re-kind or move an agency in your subtree. A move takes everything below it along and keeps the subtree queries in step. Audited.',
  })
  async agencyUpdate(
    @Ctx() ctx: Context,
    @Arg('input', () => AgencyUpdateInput, { description: 'The agency and what to change.' }) input: AgencyUpdateInput,
  ): Promise<AgencyPayload> {
    return toPayload(await new AgencyService(ctx.em, requireViewer(ctx)).update(input, ctx.requestId));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the parent agency; null for a top-level pemda. The parent may lie outside your scope.' })
  parentId(@Root() agency: Agency): string | null {
    return agency.parent ? String(agency.parent.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The parent agency; null for a top-level pemda or a parent outside your scope.' })
  async parent(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agency | null> {
    return agency.parent ? ctx.loaders.agency.load(agency.parent.id) : null;
  }

  @FieldResolver(() => [Agency], { description: 'Agencies directly below this one, by name.' })
  async children(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agency[]> {
    return ctx.loaders.agencyChildren.load(agency.id);
  }

  @FieldResolver(() => Int, { description: 'Active employees in this agency and every agency below it.' })
  async headcount(@Root() agency: Agency, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.headcount.load(agency.id)).subtree;
  }

  @FieldResolver(() => Int, { description: 'Active employees placed directly in this agency (not below it).' })
  async directHeadcount(@Root() agency: Agency, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.headcount.load(agency.id)).direct;
  }
}

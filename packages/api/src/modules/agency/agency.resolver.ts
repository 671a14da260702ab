import { isSmallGroup, rolesWith, suppressesSmallGroups } from '@kinerja/shared';
import { disclosureOf, type Disclosure } from '../../analytics/index.js';
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

/** The analyst's disclosure rules, loaded once per request for every pemda in their scope. */
const analystDisclosure = new WeakMap<Context, Promise<Disclosure>>();

/**
 * Analysts see no group small enough to single someone out, headcounts included, and no headcount
 * that the analytics hide to stop subtraction (SPEC §5 small groups; analytics/disclosure.query.ts).
 */
async function suppressForAnalyst(ctx: Context, grouping: 'SCOPE' | 'OWN', agencyId: number, count: number): Promise<number | null> {
  const viewer = ctx.viewer;
  if (!viewer || !suppressesSmallGroups(viewer.roles)) return count;
  if (isSmallGroup(count)) return null;
  let disclosure = analystDisclosure.get(ctx);
  if (!disclosure) {
    disclosure = disclosureOf(ctx.readSql, viewer.subtreeIds === 'ALL' ? [agencyId] : [...viewer.subtreeIds]);
    analystDisclosure.set(ctx, disclosure);
  }
  return (await disclosure).shows(grouping, agencyId) ? count : null;
}

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

  @Authorized(rolesWith('WRITE_REFERENCE_DATA'))
  @Mutation(() => AgencyPayload, { description: 'Create an agency or unit below one in your subtree (ADMIN: also a top-level pemda). Audited.' })
  async agencyCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => AgencyCreateInput, { description: 'The new agency.' }) input: AgencyCreateInput,
  ): Promise<AgencyPayload> {
    return toPayload(await new AgencyService(ctx.em, requireViewer(ctx)).create(input, ctx.requestId));
  }

  @Authorized(rolesWith('WRITE_REFERENCE_DATA'))
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

  @FieldResolver(() => Int, { nullable: true, description: 'Active employees in this agency and every agency below it; null for an analyst when fewer than 5, or when it would reveal a smaller group by subtraction (SPEC §5 small groups).' })
  async headcount(@Root() agency: Agency, @Ctx() ctx: Context): Promise<number | null> {
    return suppressForAnalyst(ctx, 'SCOPE', agency.id, (await ctx.loaders.headcount.load(agency.id)).subtree);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Active employees placed directly in this agency (not below it); null for an analyst when fewer than 5, or when it would reveal a smaller group by subtraction.' })
  async directHeadcount(@Root() agency: Agency, @Ctx() ctx: Context): Promise<number | null> {
    return suppressForAnalyst(ctx, 'OWN', agency.id, (await ctx.loaders.headcount.load(agency.id)).direct);
  }
}

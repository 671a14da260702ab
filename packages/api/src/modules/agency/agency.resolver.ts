import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Context } from '../../common/graphql/context.js';
import { Agency } from './agency.entity.js';
import { AgencyService } from './agency.service.js';

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

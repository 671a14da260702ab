import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CompetencyCategory, rolesWith } from '@kinerja/shared';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Context } from '../../common/graphql/context.js';
import { Competency, CompetencyLevel } from './competency.entity.js';
import { CompetencyCreateInput, CompetencyUpdateInput } from './competency.input.js';
import { CompetencyPayload } from './competency.payload.js';
import { CompetencyService } from './competency.service.js';

const toPayload = (outcome: WriteOutcome<Competency>): CompetencyPayload =>
  outcome.ok ? { competency: outcome.value, userErrors: [] } : { competency: null, userErrors: outcome.errors };

@Resolver(() => Competency)
export class CompetencyResolver {
  @Authorized()
  @Query(() => [Competency], { description: 'The competency catalogue, by code.' })
  async competencies(
    @Ctx() ctx: Context,
    @Arg('category', () => CompetencyCategory, { nullable: true, description: 'Only competencies of this category.' })
    category?: CompetencyCategory,
  ): Promise<Competency[]> {
    return ctx.em.find(Competency, category ? { category } : {}, { orderBy: { code: 'asc' } });
  }

  // The catalogue is global: technical competencies have no owning agency in the schema yet.
  @Authorized(rolesWith('WRITE_REFERENCE_DATA'))
  @Mutation(() => CompetencyPayload, { description: 'Add a competency to the (global) catalogue, with its five level descriptors. Audited.' })
  async competencyCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => CompetencyCreateInput, { description: 'The new competency.' }) input: CompetencyCreateInput,
  ): Promise<CompetencyPayload> {
    return toPayload(await new CompetencyService(ctx.em, requireViewer(ctx)).create(input, ctx.requestId));
  }

  @Authorized(rolesWith('WRITE_REFERENCE_DATA'))
  @Mutation(() => CompetencyPayload, { description: 'Change a competency of the catalogue: code, name, category or level descriptors. Audited.' })
  async competencyUpdate(
    @Ctx() ctx: Context,
    @Arg('input', () => CompetencyUpdateInput, { description: 'The competency and what to change.' }) input: CompetencyUpdateInput,
  ): Promise<CompetencyPayload> {
    return toPayload(await new CompetencyService(ctx.em, requireViewer(ctx)).update(input, ctx.requestId));
  }

  @FieldResolver(() => [CompetencyLevel], { description: 'Descriptors of levels 1–5, lowest first.' })
  async levels(@Root() competency: Competency, @Ctx() ctx: Context): Promise<CompetencyLevel[]> {
    return ctx.loaders.competencyLevels.load(competency.id);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CompetencyCategory } from '@kinerja/shared';
import type { Context } from '../../common/graphql/context.js';
import { Competency, CompetencyLevel } from './competency.entity.js';

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

  @FieldResolver(() => [CompetencyLevel], { description: 'Descriptors of levels 1–5, lowest first.' })
  async levels(@Root() competency: Competency, @Ctx() ctx: Context): Promise<CompetencyLevel[]> {
    return ctx.loaders.competencyLevels.load(competency.id);
  }
}

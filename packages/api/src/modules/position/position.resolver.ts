import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PositionType } from '@kinerja/shared';
import type { Context } from '../../common/graphql/context.js';
import { Competency } from '../competency/competency.entity.js';
import { Position, PositionRequirement } from './position.entity.js';

@Resolver(() => Position)
export class PositionResolver {
  @Authorized()
  @Query(() => [Position], { description: 'Positions with their competency standards, by code.' })
  async positions(
    @Ctx() ctx: Context,
    @Arg('positionType', () => PositionType, { nullable: true, description: 'Only positions of this type.' })
    positionType?: PositionType,
  ): Promise<Position[]> {
    return ctx.em.find(Position, positionType ? { positionType } : {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [PositionRequirement], { description: 'The competency standard: required level per competency.' })
  async standard(@Root() position: Position, @Ctx() ctx: Context): Promise<PositionRequirement[]> {
    return ctx.loaders.positionRequirements.load(position.id);
  }
}

@Resolver(() => PositionRequirement)
export class PositionRequirementResolver {
  @FieldResolver(() => Competency, { description: 'The required competency.' })
  async competency(@Root() requirement: PositionRequirement, @Ctx() ctx: Context): Promise<Competency> {
    return (await ctx.loaders.competency.load(requirement.competency.id))!;
  }
}

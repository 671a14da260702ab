import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PositionType, rolesWith } from '@kinerja/shared';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Context } from '../../common/graphql/context.js';
import { Competency } from '../competency/competency.entity.js';
import { Position, PositionRequirement } from './position.entity.js';
import { PositionCreateInput, PositionStandardSetInput, PositionUpdateInput } from './position.input.js';
import { PositionPayload } from './position.payload.js';
import { PositionService } from './position.service.js';

const toPayload = (outcome: WriteOutcome<Position>): PositionPayload =>
  outcome.ok ? { position: outcome.value, userErrors: [] } : { position: null, userErrors: outcome.errors };

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

  // Positions are global reference data, like the competency catalogue.
  @Authorized(rolesWith('WRITE_REFERENCE_DATA'))
  @Mutation(() => PositionPayload, { description: 'Create a position (jabatan). Audited.' })
  async positionCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => PositionCreateInput, { description: 'The new position.' }) input: PositionCreateInput,
  ): Promise<PositionPayload> {
    return toPayload(await new PositionService(ctx.em, requireViewer(ctx)).create(input, ctx.requestId));
  }

  @Authorized(rolesWith('WRITE_REFERENCE_DATA'))
  @Mutation(() => PositionPayload, { description: 'Change the code, title or type of a position. Audited.' })
  async positionUpdate(
    @Ctx() ctx: Context,
    @Arg('input', () => PositionUpdateInput, { description: 'The position and what to change.' }) input: PositionUpdateInput,
  ): Promise<PositionPayload> {
    return toPayload(await new PositionService(ctx.em, requireViewer(ctx)).update(input, ctx.requestId));
  }

  @Authorized(rolesWith('WRITE_REFERENCE_DATA'))
  @Mutation(() => PositionPayload, {
    description: "Replace a position's competency standard (standar kompetensi jabatan) as a whole. Audited.",
  })
  async positionStandardSet(
    @Ctx() ctx: Context,
    @Arg('input', () => PositionStandardSetInput, { description: 'The position and its complete new standard.' }) input: PositionStandardSetInput,
  ): Promise<PositionPayload> {
    return toPayload(await new PositionService(ctx.em, requireViewer(ctx)).setStandard(input, ctx.requestId));
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

import { can, CycleKind, NINE_BOX, type NineBox, rolesWith } from '@kinerja/shared';
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import {
  agencyComparison, competencyGaps, competencyProfile, gapEmployees, IndividualDataRefusedError, InvalidCursorError,
  raterLeniency, summary, talentBoxes, talentBoxMembers, TeamScopeUnsupportedError, trainingEffectiveness, trainingEffectMembers,
  trainingNeeds, trend,
} from '../../analytics/index.js';
import { auditIndividualRead, ReadAuditAction } from '../../common/audit/audited-read.js';
import { refused, requireViewer } from '../../common/auth/auth-checker.js';
import { canSeeEmployee } from '../../common/auth/viewer.js';
import { findByIdOrCode } from '../../common/database/find-by-key.js';
import { pageToConnection as toConnection, PageArgs, type Connection } from '../../common/graphql/connection.js';
import type { Context } from '../../common/graphql/context.js';
import { UserInputError } from '../../common/graphql/errors.js';
import { parseId } from '../../common/graphql/ids.js';
import { selectsField } from '../../common/graphql/selection.js';
import { Agency } from '../agency/agency.entity.js';
import { Competency } from '../competency/competency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { AnalyticsFilter, GapGrouping } from './analytics.input.js';
import { analyticsScope } from './analytics-scope.service.js';
import {
  AgencyComparisonRow, AnalyticsSummary, CompetencyGapRow, CompetencyProfileRow, GapEmployee, GapEmployeeConnection,
  RaterLeniencyConnection, RaterLeniencyRow, type RelatedRecords, TalentBoxes, TalentBoxMember, TalentBoxMemberConnection, TrainingEffectMember,
  TrainingEffectMemberConnection, TrainingEffectRow, TrainingNeeds, TrainingNeedRow, TrendPoint,
} from './analytics.types.js';
import { TrainingProgram } from '../training/training.entity.js';

/** Ids of the records a list's rows point to, per nested field: `agency`, `competency`, `cycle`. */
interface RelatedIds {
  agency?: readonly (number | null)[];
  competency?: readonly number[];
  cycle?: readonly number[];
}

/**
 * Loads the agencies, competencies or cycles of a list's rows for every row at once, and only those
 * the operation selects. Each row's field then returns its record as it is, where a load per row
 * would make graphql-js complete every row through promises (competencyGaps by AGENCY: hundreds of
 * rows per pemda).
 */
async function loadRelated(ctx: Context, info: GraphQLResolveInfo, ids: RelatedIds): Promise<RelatedRecords> {
  const load = async <V>(field: keyof RelatedIds, loader: DataLoader<number, V | null>) => {
    const wanted: readonly (number | null)[] | undefined = ids[field];
    if (!wanted || !selectsField(info, field)) return undefined;
    const distinct = [...new Set(wanted.filter((id): id is number => id != null))];
    const records = await loader.loadMany(distinct);
    return new Map(distinct.map((id, i) => {
      const record = records[i];
      if (record instanceof Error) throw record;
      return [id, record ?? null];
    }));
  };
  const [agencies, competencies, cycles] = await Promise.all([
    load('agency', ctx.loaders.agency), load('competency', ctx.loaders.competency), load('cycle', ctx.loaders.cycle),
  ]);
  return { agencies, competencies, cycles };
}

/** `rows`, each given the records its nested fields return (loadRelated, with the ids `idsOf` reads from the rows). */
async function withRelated<R>(ctx: Context, info: GraphQLResolveInfo, rows: R[], idsOf: (rows: R[]) => RelatedIds): Promise<(R & { related: RelatedRecords })[]> {
  const related = await loadRelated(ctx, info, idsOf(rows));
  return rows.map((r) => ({ ...r, related }));
}

/** A row's record: loaded with the others of its list (loadRelated), else through the request's loader. */
function relatedRecord<V>(loaded: ReadonlyMap<number, V | null> | undefined, id: number, loader: DataLoader<number, V | null>): V | null | Promise<V | null> {
  return loaded?.has(id) ? loaded.get(id)! : loader.load(id);
}

/** Lists of people: refused for analysts (aggregates only), and for bad cursors, in words. */
async function individuals<T>(ctx: Context, operation: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof IndividualDataRefusedError) throw await refused(ctx, operation, error.message);
    if (error instanceof InvalidCursorError) throw new UserInputError('after', 'not a cursor returned by this API');
    if (error instanceof TeamScopeUnsupportedError) throw new UserInputError('filter.team', error.message);
    throw error;
  }
}

@Resolver()
export class AnalyticsResolver {
  @Authorized(rolesWith('READ_AGGREGATES', 'READ_TEAM_AGGREGATES'))
  @Query(() => [CompetencyGapRow], { description: 'Competency gaps (SPEC §5): per competency, or per child agency × competency. With `filter.team`, per competency over your team.' })
  async competencyGaps(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle, agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
    @Arg('groupBy', () => GapGrouping, { defaultValue: GapGrouping.COMPETENCY, description: 'COMPETENCY (default) or AGENCY.' }) groupBy: GapGrouping,
  ): Promise<CompetencyGapRow[]> {
    const scope = await analyticsScope(ctx, filter, { team: groupBy === GapGrouping.COMPETENCY ? 'SUPPORTED' : undefined });
    return withRelated(ctx, info, await competencyGaps(ctx.readSql, scope, groupBy),
      (rows) => ({ agency: rows.map((r) => r.agencyId), competency: rows.map((r) => r.competencyId) }));
  }

  @Authorized(rolesWith('READ_AGGREGATES'))
  @Query(() => TrainingNeeds, { description: 'Training needs per competency with a gap, recommended programmes, cost, catalogue holes and 20 JP compliance (SPEC §5).' })
  async trainingNeeds(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle, agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
  ): Promise<TrainingNeeds> {
    const result = await trainingNeeds(ctx.readSql, await analyticsScope(ctx, filter));
    return {
      ...result,
      needs: result.needs.map((n): TrainingNeedRow => ({
        ...n,
        programs: n.programs?.map((p) => ({
          program: { id: String(p.programId), code: p.programCode, title: p.programTitle },
          participants: p.participants,
          hoursJp: p.hoursJp,
          cost: p.cost,
        })) ?? null,
      })),
    };
  }

  @Authorized(rolesWith('READ_AGGREGATES'))
  @Query(() => [TrainingEffectRow], { description: 'Training effectiveness (SPEC §5): one row per programme with at least one trained cohort member in the cycle, by programme code — the trained against the comparison group, before (C′) and after (C).' })
  async trainingEffectiveness(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle C, agency subtree and optional narrowing (competency categories keep programmes of those categories).' }) filter: AnalyticsFilter,
  ): Promise<TrainingEffectRow[]> {
    const rows = await trainingEffectiveness(ctx.readSql, await analyticsScope(ctx, filter));
    return rows.map((r) => ({ ...r, program: { id: String(r.programId), code: r.programCode, title: r.programTitle } }));
  }

  @Authorized(rolesWith('READ_GAP_LISTS'))
  @Query(() => TrainingEffectMemberConnection, { description: "The trained members of one programme's cohort in the scope (the people behind trainingEffectiveness.trained), by name." })
  async trainingEffectMembers(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle C, agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('programId', () => ID, { nullable: true, description: 'The programme by id (or give programCode).' }) programId?: string,
    @Arg('programCode', () => String, { nullable: true, description: 'The programme by code, e.g. "PL-INT-1".' }) programCode?: string,
  ): Promise<Connection<TrainingEffectMember>> {
    const scope = await analyticsScope(ctx, filter);
    const program = await findByIdOrCode(ctx.em, TrainingProgram, { id: programId, code: programCode });
    if (!program) throw new UserInputError(programId != null ? 'programId' : 'programCode', 'no such programme');
    const result = await individuals(ctx, 'Query.trainingEffectMembers', () => trainingEffectMembers(ctx.readSql, scope, program.id, page));
    await auditIndividualRead(ctx, {
      action: ReadAuditAction.TRAINING_EFFECT_MEMBERS, field: 'trainingEffectMembers', rows: result.nodes.length,
      employeeIds: result.nodes.map((r) => r.employeeId), scope: { ...scope, programId: program.id, first: page.first, after: page.after ?? null },
    });
    return toConnection(result, (r) => ({ ...r }));
  }

  @Authorized(rolesWith('READ_AGGREGATES', 'READ_TEAM_AGGREGATES'))
  @Query(() => AnalyticsSummary, { description: 'Headline figures of the scope (an agency subtree, or your team with `filter.team`): headcount, completion, predicate distribution, fit index, gap rate, self–supervisor difference, 20 JP compliance.' })
  async analyticsSummary(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle, agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
  ): Promise<AnalyticsSummary> {
    return summary(ctx.readSql, await analyticsScope(ctx, filter, { team: 'SUPPORTED' }));
  }

  @Authorized(rolesWith('READ_AGGREGATES'))
  @Query(() => [AgencyComparisonRow], { description: "The summary for the filter agency (SCOPE), each child agency's subtree (CHILD) and the agency's own employees (OWN)." })
  async agencyComparison(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle, agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
  ): Promise<AgencyComparisonRow[]> {
    return withRelated(ctx, info, await agencyComparison(ctx.readSql, await analyticsScope(ctx, filter)),
      (rows) => ({ agency: rows.map((r) => r.agencyId) }));
  }

  @Authorized(rolesWith('READ_AGGREGATES', 'READ_TEAM_AGGREGATES'))
  @Query(() => [TrendPoint], { description: "A trend series: the summary of the filter's agency (or your team, with `filter.team`) in every cycle of one kind up to the filter's cycle, oldest first. Each point counts the staff of its own cycle (employment history). Annual and semester cycles are separate series: ask once per kind." })
  async trend(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle (the last one shown), agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
    @Arg('cycleKind', () => CycleKind, { nullable: true, description: "The series: cycles of this kind that start no later than the filter's cycle. Default: the filter cycle's kind." }) cycleKind?: CycleKind | null,
  ): Promise<TrendPoint[]> {
    return withRelated(ctx, info, await trend(ctx.readSql, await analyticsScope(ctx, filter, { team: 'SUPPORTED' }), { cycleKind: cycleKind ?? undefined }),
      (rows) => ({ cycle: rows.map((r) => r.cycleId) }));
  }

  @Authorized(rolesWith('READ_AGGREGATES', 'READ_TEAM_AGGREGATES'))
  @Query(() => TalentBoxes, { description: 'The talent 9-box (PermenPANRB 3/2020) of an agency subtree or of your team (`filter.team`): count and follow-up per box; `members` lists the people in one box (agency subtrees only).' })
  async talentBoxes(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle, agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
  ): Promise<TalentBoxes> {
    const scope = await analyticsScope(ctx, filter, { team: 'SUPPORTED' });
    const result = await talentBoxes(ctx.readSql, scope);
    return {
      scope,
      placed: result.placed,
      suppressed: result.suppressed,
      boxes: result.boxes.map((b) => {
        const cell = NINE_BOX[b.box];
        return { box: b.box, count: b.count, performance: cell.performance, potential: cell.potential, followUp: cell.followUp, followUpId: cell.followUpId };
      }),
    };
  }

  @Authorized(rolesWith('READ_AGGREGATES'))
  @Query(() => RaterLeniencyConnection, { description: 'Rater leniency per supervisor (SPEC §5), largest |difference| first; names are hidden from analysts.' })
  async raterLeniency(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle, agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<RaterLeniencyRow>> {
    const scope = await analyticsScope(ctx, filter);
    const result = await individuals(ctx, 'Query.raterLeniency', () => raterLeniency(ctx.readSql, scope, page));
    return toConnection(result, (r) => ({ ...r, visible: !scope.suppressSmallGroups }));
  }

  @Authorized(rolesWith('READ_AGGREGATES', 'READ_PEOPLE'))
  @Query(() => [CompetencyProfileRow], { description: "An employee's required competencies in a cycle with required, self, supervisor, assessor and assessed level and gap." })
  async competencyProfile(
    @Ctx() ctx: Context,
    @Arg('employeeId', () => ID, { description: 'The employee (must be in your scope).' }) employeeId: string,
    @Arg('cycleCode', () => String, { nullable: true, description: 'The cycle by code (or give cycleId).' }) cycleCode?: string,
    @Arg('cycleId', () => ID, { nullable: true, description: 'The cycle by id.' }) cycleId?: string,
  ): Promise<CompetencyProfileRow[]> {
    const viewer = requireViewer(ctx);
    if (!can(viewer.roles, 'READ_PEOPLE')) {
      throw await refused(ctx, 'Query.competencyProfile', 'Analysts see aggregates only.');
    }
    const employeeKey = parseId(employeeId);
    const employee = employeeKey == null ? null : await ctx.loaders.employee.load(employeeKey);
    if (!employee || !canSeeEmployee(viewer, { id: employee.id, agencyId: employee.agency.id })) {
      throw new UserInputError('employeeId', 'no such employee in your scope');
    }
    const cycle = await findByIdOrCode(ctx.em, Cycle, { id: cycleId, code: cycleCode });
    if (!cycle) throw new UserInputError(cycleId != null ? 'cycleId' : 'cycleCode', 'no such cycle');
    const rows = await competencyProfile(ctx.readSql, employee.id, cycle.id);
    await auditIndividualRead(ctx, {
      action: ReadAuditAction.COMPETENCY_PROFILE, field: 'competencyProfile', rows: rows.length,
      employeeIds: [employee.id], scope: { employeeId: employee.id, cycleId: cycle.id },
    });
    return rows;
  }

  @Authorized(rolesWith('READ_GAP_LISTS'))
  @Query(() => GapEmployeeConnection, { description: 'The people with a gap in one competency, with their assessed level, gap and recommended programme: the list a training planner enrols from.' })
  async gapEmployees(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalyticsFilter, { description: 'Cycle, agency subtree and optional narrowing.' }) filter: AnalyticsFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('competencyId', () => ID, { nullable: true, description: 'The competency by id (or give competencyCode).' }) competencyId?: string,
    @Arg('competencyCode', () => String, { nullable: true, description: 'The competency by code, e.g. "M01".' }) competencyCode?: string,
  ): Promise<Connection<GapEmployee>> {
    const scope = await analyticsScope(ctx, filter);
    const competency = await findByIdOrCode(ctx.em, Competency, { id: competencyId, code: competencyCode });
    if (!competency) throw new UserInputError(competencyId != null ? 'competencyId' : 'competencyCode', 'no such competency');
    const result = await individuals(ctx, 'Query.gapEmployees', () => gapEmployees(ctx.readSql, scope, competency.id, page));
    await auditIndividualRead(ctx, {
      action: ReadAuditAction.GAP_EMPLOYEES, field: 'gapEmployees', rows: result.nodes.length,
      employeeIds: result.nodes.map((r) => r.employeeId), scope: { ...scope, competencyId: competency.id, first: page.first, after: page.after ?? null },
    });
    return toConnection(result, (r) => ({
      ...r,
      recommendedProgram: r.recommendedProgram
        ? { id: String(r.recommendedProgram.id), code: r.recommendedProgram.code, title: r.recommendedProgram.title }
        : null,
    }));
  }
}

/** Nested objects of analytics rows, resolved in batches through the request's loaders. */
@Resolver(() => CompetencyGapRow)
export class CompetencyGapRowResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency whose subtree (CHILD) or own employees (OWN) the row covers; null when grouped by competency only.' })
  agency(@Root() row: CompetencyGapRow, @Ctx() ctx: Context) {
    return row.agencyId == null ? null : relatedRecord(row.related?.agencies, row.agencyId, ctx.loaders.agency);
  }

  @FieldResolver(() => Competency, { description: 'The competency.' })
  competency(@Root() row: CompetencyGapRow, @Ctx() ctx: Context) {
    return relatedRecord(row.related?.competencies, row.competencyId, ctx.loaders.competency);
  }
}

@Resolver(() => TrainingNeedRow)
export class TrainingNeedRowResolver {
  @FieldResolver(() => Competency, { description: 'The competency.' })
  async competency(@Root() row: TrainingNeedRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.competency.load(row.competencyId))!;
  }
}

@Resolver(() => TrainingEffectRow)
export class TrainingEffectRowResolver {
  @FieldResolver(() => Competency, { description: "The programme's competency." })
  async competency(@Root() row: TrainingEffectRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.competency.load(row.competencyId))!;
  }

  @FieldResolver(() => Cycle, { description: 'C′: the cycle the levels before come from (the latest cycle of the same kind that ends before C starts).' })
  async previousCycle(@Root() row: TrainingEffectRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.cycle.load(row.previousCycleId))!;
  }
}

@Resolver(() => TrainingEffectMember)
export class TrainingEffectMemberResolver {
  @FieldResolver(() => Employee, { description: 'The employee.' })
  async employee(@Root() row: TrainingEffectMember, @Ctx() ctx: Context) {
    return (await ctx.loaders.employee.load(row.employeeId))!;
  }
}

@Resolver(() => AgencyComparisonRow)
export class AgencyComparisonRowResolver {
  @FieldResolver(() => Agency, { description: 'The agency of the row (for SCOPE and OWN: the filter agency).' })
  agency(@Root() row: AgencyComparisonRow, @Ctx() ctx: Context) {
    return relatedRecord(row.related?.agencies, row.agencyId, ctx.loaders.agency);
  }
}

@Resolver(() => TrendPoint)
export class TrendPointResolver {
  @FieldResolver(() => Cycle, { description: 'The cycle.' })
  cycle(@Root() row: TrendPoint, @Ctx() ctx: Context) {
    return relatedRecord(row.related?.cycles, row.cycleId, ctx.loaders.cycle);
  }
}

@Resolver(() => TalentBoxes)
export class TalentBoxesResolver {
  @FieldResolver(() => TalentBoxMemberConnection, { description: 'The people placed in one box, by name (not for analysts).' })
  async members(
    @Root() boxes: TalentBoxes,
    @Ctx() ctx: Context,
    @Arg('box', () => Int, { description: 'Box number 1–9.' }) box: number,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<TalentBoxMember>> {
    if (!Number.isInteger(box) || box < 1 || box > 9) throw new UserInputError('box', 'must be 1–9');
    const result = await individuals(ctx, 'TalentBoxes.members', () => talentBoxMembers(ctx.readSql, boxes.scope, box as NineBox, page));
    await auditIndividualRead(ctx, {
      action: ReadAuditAction.TALENT_BOX_MEMBERS, field: 'talentBoxes.members', rows: result.nodes.length,
      employeeIds: result.nodes.map((m) => m.employeeId), scope: { ...boxes.scope, box, first: page.first, after: page.after ?? null },
    });
    return toConnection(result, (m) => ({ ...m }));
  }
}

@Resolver(() => TalentBoxMember)
export class TalentBoxMemberResolver {
  @FieldResolver(() => Employee, { description: 'The employee.' })
  async employee(@Root() row: TalentBoxMember, @Ctx() ctx: Context) {
    return (await ctx.loaders.employee.load(row.employeeId))!;
  }
}

@Resolver(() => GapEmployee)
export class GapEmployeeResolver {
  @FieldResolver(() => Employee, { description: 'The employee.' })
  async employee(@Root() row: GapEmployee, @Ctx() ctx: Context) {
    return (await ctx.loaders.employee.load(row.employeeId))!;
  }
}

@Resolver(() => RaterLeniencyRow)
export class RaterLeniencyRowResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'The rater; null for analysts (aggregates only).' })
  rater(@Root() row: RaterLeniencyRow, @Ctx() ctx: Context) {
    return row.visible ? ctx.loaders.employee.load(row.raterId) : null;
  }
}

@Resolver(() => CompetencyProfileRow)
export class CompetencyProfileRowResolver {
  @FieldResolver(() => Competency, { description: 'The competency.' })
  async competency(@Root() row: CompetencyProfileRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.competency.load(row.competencyId))!;
  }
}

export const ANALYTICS_RESOLVERS = [
  AnalyticsResolver, CompetencyGapRowResolver, TrainingNeedRowResolver, AgencyComparisonRowResolver, TrendPointResolver,
  TalentBoxesResolver, TalentBoxMemberResolver, GapEmployeeResolver, RaterLeniencyRowResolver, CompetencyProfileRowResolver,
  TrainingEffectRowResolver, TrainingEffectMemberResolver,
] as const;

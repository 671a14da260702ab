import { rolesWith } from '@kinerja/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import { ConnectionType, PageArgs, pageWindow, toConnection, type Connection } from '../../common/graphql/connection.js';
import type { Context } from '../../common/graphql/context.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { TrainingProgram, TrainingRecord } from './training.entity.js';
import { TrainingProgramCreateInput, TrainingProgramUpdateInput, TrainingRecordAddInput, TrainingRecordRemoveInput } from './training.input.js';
import { TrainingProgramPayload, TrainingRecordPayload, TrainingRecordRemovePayload } from './training.payload.js';
import { TrainingService } from './training.service.js';

export const TrainingRecordConnection = ConnectionType(TrainingRecord, 'TrainingRecord', "A page of an employee's training records.");

/** SPEC §6: training programmes and records are the training planner's to maintain. */
const toProgramPayload = (outcome: WriteOutcome<TrainingProgram>): TrainingProgramPayload =>
  outcome.ok ? { trainingProgram: outcome.value, userErrors: [] } : { trainingProgram: null, userErrors: outcome.errors };

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Authorized()
  @Query(() => [TrainingProgram], { description: 'The training catalogue, by code.' })
  async trainingPrograms(
    @Ctx() ctx: Context,
    @Arg('competencyId', () => ID, { nullable: true, description: 'Only programmes developing this competency.' }) competencyId?: string,
  ): Promise<TrainingProgram[]> {
    return new TrainingService(ctx.em, requireViewer(ctx)).programs(competencyId ?? null);
  }

  @Authorized(rolesWith('WRITE_TRAINING'))
  @Mutation(() => TrainingProgramPayload, { description: 'Add a programme to the (global) training catalogue. Audited.' })
  async trainingProgramCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => TrainingProgramCreateInput, { description: 'The new programme.' }) input: TrainingProgramCreateInput,
  ): Promise<TrainingProgramPayload> {
    return toProgramPayload(await new TrainingService(ctx.em, requireViewer(ctx)).createProgram(input, ctx.requestId));
  }

  @Authorized(rolesWith('WRITE_TRAINING'))
  @Mutation(() => TrainingProgramPayload, { description: 'Change a training programme. Audited.' })
  async trainingProgramUpdate(
    @Ctx() ctx: Context,
    @Arg('input', () => TrainingProgramUpdateInput, { description: 'The programme and what to change.' }) input: TrainingProgramUpdateInput,
  ): Promise<TrainingProgramPayload> {
    return toProgramPayload(await new TrainingService(ctx.em, requireViewer(ctx)).updateProgram(input, ctx.requestId));
  }

  @FieldResolver(() => Competency, { description: 'The competency the programme develops.' })
  async competency(@Root() program: TrainingProgram, @Ctx() ctx: Context): Promise<Competency> {
    return (await ctx.loaders.competency.load(program.competency.id))!;
  }

  @FieldResolver(() => Float, { description: 'Cost per participant in rupiah.' })
  costPerParticipant(@Root() program: TrainingProgram): number {
    return Number(program.costPerParticipant);
  }
}

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver {
  // Analysts see aggregates only (SPEC §6).
  @Authorized(rolesWith('READ_PEOPLE'))
  @Query(() => TrainingRecordConnection, { description: "An employee's training records, latest first; empty for an employee outside your scope." })
  async trainingRecords(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('employeeId', () => ID, { description: 'The employee.' }) employeeId: string,
  ): Promise<Connection<TrainingRecord>> {
    const window = pageWindow(page);
    const [items, total] = await new TrainingService(ctx.em, requireViewer(ctx)).records(employeeId, window);
    return toConnection(items, total, window.offset);
  }

  @Authorized(rolesWith('WRITE_TRAINING'))
  @Mutation(() => TrainingRecordPayload, { description: 'Record a programme or other development activity an employee in your subtree completed. Audited.' })
  async trainingRecordAdd(
    @Ctx() ctx: Context,
    @Arg('input', () => TrainingRecordAddInput, { description: 'The completed activity.' }) input: TrainingRecordAddInput,
  ): Promise<TrainingRecordPayload> {
    const outcome = await new TrainingService(ctx.em, requireViewer(ctx)).addRecord(input, ctx.requestId);
    return outcome.ok ? { trainingRecord: outcome.value, userErrors: [] } : { trainingRecord: null, userErrors: outcome.errors };
  }

  @Authorized(rolesWith('WRITE_TRAINING'))
  @Mutation(() => TrainingRecordRemovePayload, { description: 'Remove a training record of an employee in your subtree (entered by mistake). Audited.' })
  async trainingRecordRemove(
    @Ctx() ctx: Context,
    @Arg('input', () => TrainingRecordRemoveInput, { description: 'The record to remove.' }) input: TrainingRecordRemoveInput,
  ): Promise<TrainingRecordRemovePayload> {
    const outcome = await new TrainingService(ctx.em, requireViewer(ctx)).removeRecord(input, ctx.requestId);
    return outcome.ok ? { removedTrainingRecordId: outcome.value, userErrors: [] } : { removedTrainingRecordId: null, userErrors: outcome.errors };
  }

  @FieldResolver(() => Employee, { description: 'Whose record this is.' })
  async employee(@Root() record: TrainingRecord, @Ctx() ctx: Context): Promise<Employee> {
    // Records are only ever reached through a visible employee.
    return (await ctx.loaders.employee.load(record.employee.id))!;
  }

  @FieldResolver(() => TrainingProgram, { nullable: true, description: 'The catalogue programme; null for an activity outside the catalogue.' })
  async program(@Root() record: TrainingRecord, @Ctx() ctx: Context): Promise<TrainingProgram | null> {
    return record.program ? ctx.em.findOne(TrainingProgram, record.program.id) : null;
  }

  @FieldResolver(() => String, { description: "The programme's title, or the title of an activity outside the catalogue." })
  async title(@Root() record: TrainingRecord, @Ctx() ctx: Context): Promise<string> {
    const program = record.program ? await ctx.em.findOne(TrainingProgram, record.program.id) : null;
    return program?.title ?? record.title ?? '';
  }

  @FieldResolver(() => String, { description: 'Date of completion, YYYY-MM-DD.' })
  completedOn(@Root() record: TrainingRecord): string {
    return record.completedOn.slice(0, 10);
  }

  @FieldResolver(() => Float, { description: 'Jam pelajaran (JP) earned; counts towards the 20 JP a year (PP 11/2017 art. 203).' })
  hoursJp(@Root() record: TrainingRecord): number {
    return Number(record.hoursJp);
  }
}

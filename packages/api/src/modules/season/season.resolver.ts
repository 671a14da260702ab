import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { rolesWith } from '@kinerja/shared';
import { requireViewer } from '../../common/auth/auth-checker.js';
import { pageWindow, toConnection, type Connection } from '../../common/graphql/connection.js';
import type { Context } from '../../common/graphql/context.js';
import { parseId } from '../../common/graphql/ids.js';
import { loadReminderConfig } from './reminder-config.js';
import { ReminderService } from './reminder.service.js';
import { SeasonService } from './season.service.js';
import {
  AppraisalsFinalizeInput, AppraisalsFinalizePayload, AwaitedAppraisal, AwaitedAppraisalConnection, AwaitedArgs, RemindersSendInput,
  RemindersSendPayload, SeasonArgs, SeasonMonitor,
} from './season.types.js';

@Resolver()
export class SeasonResolver {
  @Authorized(rolesWith('MANAGE_CYCLES'))
  @Query(() => SeasonMonitor, { nullable: true, description: 'Pemantauan: a cycle in an agency subtree — appraisals per status and per agency, completion against the cycle’s dates, overdue steps. Null when the cycle or agency is not the caller’s.' })
  async seasonMonitor(@Ctx() ctx: Context, @Args(() => SeasonArgs) args: SeasonArgs): Promise<SeasonMonitor | null> {
    return new SeasonService(ctx.em, requireViewer(ctx), ctx.requestId).monitor(args.cycleId, args.agencyId);
  }

  @Authorized(rolesWith('MANAGE_CYCLES'))
  @Query(() => AwaitedAppraisalConnection, { description: 'Appraisals of a cycle waiting for someone (by default only overdue ones), most overdue first, with whose move it is.' })
  async awaitedAppraisals(@Ctx() ctx: Context, @Args(() => AwaitedArgs) args: AwaitedArgs): Promise<Connection<AwaitedAppraisal>> {
    const window = pageWindow(args);
    const rows = await new SeasonService(ctx.em, requireViewer(ctx), ctx.requestId).awaited(args);
    const page = rows.slice(window.offset, window.offset + window.limit).map((r): AwaitedAppraisal => ({
      appraisalId: String(r.id), version: r.version, employeeId: String(r.employeeId), employeeName: r.employeeName, nip: r.nip,
      agencyName: r.agencyName, status: r.status as AwaitedAppraisal['status'], party: r.party!, awaitedName: r.awaitedName,
      dueAt: r.dueAt!, daysOverdue: r.daysOverdue,
    }));
    return toConnection(page, rows.length, window.offset);
  }

  @Authorized(rolesWith('MANAGE_CYCLES'))
  @Mutation(() => AppraisalsFinalizePayload, { description: 'Finalise many appraisals after the objection window, all or nothing: a selection, or every ready one of an agency subtree. HR admins (their scope) and administrators.' })
  async appraisalsFinalize(@Ctx() ctx: Context, @Arg('input', () => AppraisalsFinalizeInput, { description: 'What to finalise.' }) input: AppraisalsFinalizeInput): Promise<AppraisalsFinalizePayload> {
    const result = await new SeasonService(ctx.em, requireViewer(ctx), ctx.requestId).finalizeMany(input);
    return result.ok ? { report: result.value, userErrors: [] } : { report: null, userErrors: result.errors };
  }

  @Authorized(rolesWith('MANAGE_CYCLES'))
  @Mutation(() => RemindersSendPayload, { description: 'Run the reminder rules now for the caller’s scope; a rule still reaches each person at most once a day.' })
  async remindersSend(@Ctx() ctx: Context, @Arg('input', () => RemindersSendInput, { description: 'Which cycle.' }) input: RemindersSendInput): Promise<RemindersSendPayload> {
    const viewer = requireViewer(ctx);
    const cycleId = input.cycleId == null ? null : parseId(input.cycleId);
    if (input.cycleId != null && cycleId == null) {
      return { report: null, userErrors: [{ field: ['input', 'cycleId'], code: 'NOT_FOUND', message: 'No cycle with this id.' }] };
    }
    const config = loadReminderConfig();
    try {
      const report = await new ReminderService(ctx.em, config, { viewer, requestId: ctx.requestId }).run({ cycleId });
      return { report, userErrors: [] };
    } finally {
      config.mailer?.close();
    }
  }
}

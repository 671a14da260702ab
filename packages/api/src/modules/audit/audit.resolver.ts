import { rolesWith } from '@kinerja/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../common/auth/auth-checker.js';
import { ConnectionType, PageArgs, pageWindow, toConnection, type Connection } from '../../common/graphql/connection.js';
import type { Context } from '../../common/graphql/context.js';
import { AuditEvent } from '../../common/audit/audit-event.entity.js';
import { AuditTrailService } from './audit-trail.service.js';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent', 'A page of audit events, newest first.');

@Resolver(() => AuditEvent)
export class AuditResolver {
  // LEADER, TRAINING_PLANNER and ANALYST work with figures and lists, not with who-did-what.
  @Authorized(rolesWith('READ_AUDIT_TRAIL'))
  @Query(() => AuditEventConnection, { description: "The audit trail in your scope, newest first: everything (ADMIN), your agency subtree's people and accounts (HR_ADMIN), or the events about your own data (EMPLOYEE, SUPERVISOR)." })
  async auditTrail(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('subjectNip', () => String, { nullable: true, description: 'Only events about the employee with this NIP.' }) subjectNip?: string,
  ): Promise<Connection<AuditEvent>> {
    const window = pageWindow(page);
    const [items, total] = await new AuditTrailService(ctx.em, requireViewer(ctx)).list(subjectNip ?? null, window);
    return toConnection(items, total, window.offset);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Details of the event as a JSON text (e.g. the status change, or the user errors of a refused write).' })
  detail(@Root() event: AuditEvent): string | null {
    return event.detail == null ? null : JSON.stringify(event.detail);
  }
}

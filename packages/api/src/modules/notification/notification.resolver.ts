import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { auditedWrite } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection, type Connection } from '../../common/graphql/connection.js';
import type { Context } from '../../common/graphql/context.js';
import { UserError } from '../../common/graphql/errors.js';
import { parseId } from '../../common/graphql/ids.js';
import { Notification } from './notification.entity.js';

const NotificationConnection = ConnectionType(Notification, 'Notification', 'A page of notifications, newest first.');

@ArgsType()
class NotificationArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only unread ones.' })
  unreadOnly!: boolean;
}

@InputType({ description: 'Mark notifications read.' })
class NotificationsMarkReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications; all of the caller’s when left out.' })
  ids?: string[] | null;
}

@ObjectType({ description: 'Result of notificationsMarkRead.' })
class NotificationsMarkReadPayload {
  @Field(() => Int, { description: 'Notifications newly marked read.' })
  marked!: number;

  @Field(() => [UserError], { description: 'Empty on success.' })
  userErrors!: UserError[];
}

/** The caller's own notifications: addressed to their person (any of their accounts) or to this account. */
const mine = (viewer: Viewer) => ({
  $or: [{ recipientAccount: viewer.userId }, ...(viewer.employeeId != null ? [{ recipientEmployee: viewer.employeeId }] : [])],
});

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'The signed-in person’s notifications (reminders of appraisals waiting for them), newest first.' })
  async notifications(@Ctx() ctx: Context, @Args(() => NotificationArgs) args: NotificationArgs): Promise<Connection<Notification>> {
    const window = pageWindow(args);
    const where = { ...mine(requireViewer(ctx)), ...(args.unreadOnly ? { readAt: null } : {}) };
    const [items, total] = await ctx.em.findAndCount(Notification, where, {
      orderBy: { createdAt: 'desc', id: 'desc' }, limit: window.limit, offset: window.offset,
    });
    return toConnection(items, total, window.offset);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of the signed-in person’s notifications are unread (the bell’s badge).' })
  async notificationsUnread(@Ctx() ctx: Context): Promise<number> {
    return ctx.em.count(Notification, { ...mine(requireViewer(ctx)), readAt: null });
  }

  @Authorized()
  @Mutation(() => NotificationsMarkReadPayload, { description: 'Mark the signed-in person’s notifications read (the listed ones, or all).' })
  async notificationsMarkRead(
    @Ctx() ctx: Context,
    @Arg('input', () => NotificationsMarkReadInput, { description: 'Which.' }) input: NotificationsMarkReadInput,
  ): Promise<NotificationsMarkReadPayload> {
    const viewer = requireViewer(ctx);
    const ids = input.ids?.map(parseId).filter((id): id is number => id != null);
    const result = await auditedWrite({ em: ctx.em, viewer, requestId: ctx.requestId }, 'NOTIFICATION_READ', { subjectType: 'notification' }, async (tx, note) => {
      const marked = await tx.nativeUpdate(Notification, { ...mine(viewer), readAt: null, ...(ids ? { id: { $in: ids } } : {}) }, { readAt: new Date() });
      note.detail = { marked, ids: ids ?? 'ALL' };
      return marked;
    });
    return result.ok ? { marked: result.value, userErrors: [] } : { marked: 0, userErrors: result.errors };
  }
}

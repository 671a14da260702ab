import { primaryRole, Role, rolesWith } from '@kinerja/shared';
import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { requireViewer } from '../../common/auth/auth-checker.js';
import { loadViewer } from '../../common/auth/viewer.js';
import type { Context } from '../../common/graphql/context.js';
import { UserError } from '../../common/graphql/errors.js';
import { Agency } from '../agency/agency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import {
  AccountPasswordChangeInput, AccountPasswordResetInput, AccountUsernameInput, SessionCreateInput,
} from './account.input.js';
import { AccountService } from './account.service.js';
import type { UserAccount } from './user-account.entity.js';

export { SessionCreateInput };

@ObjectType({ description: 'The signed-in user: who they are and what their scope is.' })
export class ViewerInfo {
  @Field(() => String, { description: 'Username.' })
  username!: string;

  @Field(() => Role, {
    description: 'The widest of `roles` (ROLES order: ADMIN first, EMPLOYEE last).',
    deprecationReason: 'An account holds one or more roles: read `roles`.',
  })
  role!: Role;

  @Field(() => [Role], {
    description: 'The roles the user acts in (SPEC §6), widest first: those granted to the account, plus SUPERVISOR for anyone whose employee has subordinates. What can be seen and changed is the union of their capabilities and scopes.',
  })
  roles!: Role[];

  @Field(() => Agency, { nullable: true, description: 'Root of the agency subtree the account is scoped to, if any.' })
  agency!: Agency | null;

  @Field(() => Employee, { nullable: true, description: 'The employee the account belongs to (SUPERVISOR, EMPLOYEE).' })
  employee!: Employee | null;
}

@ObjectType({ description: 'Result of signing in.' })
export class SessionCreatePayload {
  @Field(() => String, { nullable: true, description: 'Bearer token for the Authorization header; null when sign-in failed.' })
  token!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token stops working.' })
  expiresAt!: Date | null;

  @Field(() => ViewerInfo, { nullable: true, description: 'The signed-in user.' })
  viewer!: ViewerInfo | null;

  @Field(() => [UserError], { description: 'Why sign-in failed (wrong credentials, too many attempts); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('Account', { description: 'A Kinerja account, as seen by someone who may manage it.' })
export class AccountInfo {
  @Field(() => String, { description: 'Username.' })
  username!: string;

  @Field(() => Role, { description: 'The widest of `roles`.', deprecationReason: 'An account holds one or more roles: read `roles`.' })
  role!: Role;

  @Field(() => [Role], { description: 'The roles granted to the account, widest first (SPEC §6).' })
  roles!: Role[];

  @Field(() => Boolean, { description: 'False when the account is disabled: it cannot sign in and has no live sessions.' })
  active!: boolean;
}

@ObjectType({ description: 'Result of a change to an account (password, disabled or enabled).' })
export class AccountPayload {
  @Field(() => AccountInfo, { nullable: true, description: 'The account after the change; null when nothing was changed.' })
  account!: AccountInfo | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

/** `roles` widest first and the deprecated one-role `role` (the first of them). */
function rolesOf(roles: readonly Role[]): { role: Role; roles: Role[] } {
  return { role: primaryRole(roles) ?? Role.EMPLOYEE, roles: [...roles] };
}

/** The roles a just-signed-in account acts in (SUPERVISOR included when it has subordinates). */
async function viewerRolesOf(ctx: Context, account: UserAccount): Promise<{ role: Role; roles: Role[] }> {
  const viewer = await loadViewer(ctx.em, account.id);
  return rolesOf(viewer?.roles ?? account.roles);
}

const payload = (outcome: WriteOutcome<UserAccount>): AccountPayload => (outcome.ok
  ? { account: { username: outcome.value.username, ...rolesOf(outcome.value.roles), active: outcome.value.active }, userErrors: [] }
  : { account: null, userErrors: outcome.errors });

@ObjectType({ description: 'Result of signing out.' })
export class SessionDeletePayload {
  @Field(() => Boolean, { description: 'True: the session is ended on the server (its token no longer works) and the session cookie is cleared.' })
  signedOut!: boolean;

  @Field(() => [UserError], { description: 'Always empty; present for a uniform payload shape.' })
  userErrors!: UserError[];
}

@Resolver()
export class AccountResolver {
  @Query(() => ViewerInfo, { nullable: true, description: 'The signed-in user; null without a valid token.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo | null> {
    if (!ctx.viewer) return null;
    return {
      username: ctx.viewer.username,
      ...rolesOf(ctx.viewer.roles),
      agency: ctx.viewer.agencyId == null ? null : await ctx.loaders.agency.load(ctx.viewer.agencyId),
      employee: ctx.viewer.employeeId == null ? null : await ctx.loaders.employee.load(ctx.viewer.employeeId),
    };
  }

  @Mutation(() => SessionDeletePayload, { description: 'Sign out: ends the session on the server, so its token stops working at once, and clears the session cookie.' })
  async sessionDelete(@Ctx() ctx: Context): Promise<SessionDeletePayload> {
    if (ctx.viewer?.sessionId) await new AccountService(ctx.em).closeSession(ctx.viewer.sessionId);
    ctx.setSessionCookie(null);
    return { signedOut: true, userErrors: [] };
  }

  @Authorized()
  @Mutation(() => AccountPayload, { description: 'Change your own password, giving the current one. Ends all your sessions, this one included: sign in again with the new password.' })
  async accountPasswordChange(
    @Ctx() ctx: Context,
    @Arg('input', () => AccountPasswordChangeInput, { description: 'Current and new password.' }) input: AccountPasswordChangeInput,
  ): Promise<AccountPayload> {
    const viewer = requireViewer(ctx);
    return payload(await new AccountService(ctx.em).changePassword({ em: ctx.em, viewer, requestId: ctx.requestId, ip: ctx.ip }, input));
  }

  @Authorized(rolesWith('MANAGE_ACCOUNTS'))
  @Mutation(() => AccountPayload, { description: "Set someone's password (ADMIN; HR_ADMIN for accounts below HR_ADMIN in their subtree). Ends all their sessions." })
  async accountPasswordReset(
    @Ctx() ctx: Context,
    @Arg('input', () => AccountPasswordResetInput, { description: 'Account and new password.' }) input: AccountPasswordResetInput,
  ): Promise<AccountPayload> {
    return payload(await new AccountService(ctx.em).resetPassword({ em: ctx.em, viewer: requireViewer(ctx), requestId: ctx.requestId }, input));
  }

  @Authorized(rolesWith('MANAGE_ACCOUNTS'))
  @Mutation(() => AccountPayload, { description: 'Disable an account: it can no longer sign in and its sessions end at once (ADMIN; HR_ADMIN within their subtree). Not your own.' })
  async accountDisable(
    @Ctx() ctx: Context,
    @Arg('input', () => AccountUsernameInput, { description: 'The account.' }) input: AccountUsernameInput,
  ): Promise<AccountPayload> {
    return payload(await new AccountService(ctx.em).setActive({ em: ctx.em, viewer: requireViewer(ctx), requestId: ctx.requestId }, input, false));
  }

  @Authorized(rolesWith('MANAGE_ACCOUNTS'))
  @Mutation(() => AccountPayload, { description: 'Enable a disabled account again (ADMIN; HR_ADMIN within their subtree).' })
  async accountEnable(
    @Ctx() ctx: Context,
    @Arg('input', () => AccountUsernameInput, { description: 'The account.' }) input: AccountUsernameInput,
  ): Promise<AccountPayload> {
    return payload(await new AccountService(ctx.em).setActive({ em: ctx.em, viewer: requireViewer(ctx), requestId: ctx.requestId }, input, true));
  }

  @Mutation(() => SessionCreatePayload, { description: 'Sign in with username and password; returns a bearer token valid for 8 hours or until sign-out. Attempts are rate-limited per username and address.' })
  async sessionCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => SessionCreateInput, { description: 'Credentials.' }) input: SessionCreateInput,
  ): Promise<SessionCreatePayload> {
    const result = await new AccountService(ctx.em).login(input, { ip: ctx.ip, requestId: ctx.requestId }, ctx.tokens);
    if (!result.ok) return { token: null, expiresAt: null, viewer: null, userErrors: [result.error] };
    const { account } = result;
    ctx.setSessionCookie(result.token, result.expiresAt);
    return {
      token: result.token,
      expiresAt: result.expiresAt,
      viewer: {
        username: account.username,
        ...(await viewerRolesOf(ctx, account)),
        agency: account.agency ? await ctx.em.findOne(Agency, account.agency.id) : null,
        employee: account.employee ? await ctx.em.findOne(Employee, account.employee.id) : null,
      },
      userErrors: [],
    };
  }
}

import { Role } from '@kinerja/shared';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/graphql/context.js';
import { UserError } from '../../common/graphql/errors.js';
import { Agency } from '../agency/agency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { AccountService } from './account.service.js';

@InputType({ description: 'Credentials of a Kinerja account.' })
export class SessionCreateInput {
  @Field(() => String, { description: 'Username (case does not matter).' })
  username!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@ObjectType({ description: 'The signed-in user: who they are and what their scope is.' })
export class ViewerInfo {
  @Field(() => String, { description: 'Username.' })
  username!: string;

  @Field(() => Role, { description: 'Role; decides what can be seen and changed (SPEC §6).' })
  role!: Role;

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

@ObjectType({ description: 'Result of signing out.' })
export class SessionDeletePayload {
  @Field(() => Boolean, { description: 'True: the session cookie is cleared (a bearer token simply expires).' })
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
      role: ctx.viewer.role,
      agency: ctx.viewer.agencyId == null ? null : await ctx.loaders.agency.load(ctx.viewer.agencyId),
      employee: ctx.viewer.employeeId == null ? null : await ctx.loaders.employee.load(ctx.viewer.employeeId),
    };
  }

  @Mutation(() => SessionDeletePayload, { description: 'Sign out: clears the session cookie used by the explorer.' })
  sessionDelete(@Ctx() ctx: Context): SessionDeletePayload {
    ctx.setSessionCookie(null);
    return { signedOut: true, userErrors: [] };
  }

  @Mutation(() => SessionCreatePayload, { description: 'Sign in with username and password; returns a bearer token valid for 8 hours. Failed attempts are rate-limited.' })
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
        role: account.role,
        agency: account.agency ? await ctx.em.findOne(Agency, account.agency.id) : null,
        employee: account.employee ? await ctx.em.findOne(Employee, account.employee.id) : null,
      },
      userErrors: [],
    };
  }
}

import { GraphQLError } from 'graphql';
import type { Role } from '@kinerja/shared';
import type { AuthCheckerFn } from 'type-graphql';
import { refusalAudit } from '../audit/refusal-audit.js';
import type { Context } from '../graphql/context.js';

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first (sessionCreate) and send the token as `Authorization: Bearer <token>`.', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

export function forbidden(message = 'Your role may not do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * A FORBIDDEN error for a signed-in caller, recorded in the audit trail first (rate-limited per
 * account and operation, see RefusalAudit). `operation` names what was refused, e.g.
 * "Query.gapEmployees".
 */
export async function refused(context: Context, operation: string, message?: string): Promise<GraphQLError> {
  const error = forbidden(message);
  const viewer = requireViewer(context);
  await refusalAudit.refused(context.em, { viewer, requestId: context.requestId }, operation, error.message);
  return error;
}

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(rolesWith('WRITE_TRAINING'))` one of the roles
 * holding that capability (shared `role.ts`); an account with several roles passes when any of them does.
 * Authorisation failures are top-level errors (STYLE.md), and audited; what lies outside a viewer's
 * scope is filtered by the services, so it looks exactly like something that does not exist.
 */
export const authChecker: AuthCheckerFn<Context, Role> = async ({ context, info }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.some((role) => context.viewer!.roles.includes(role))) {
    throw await refused(context, `${info.parentType.name}.${info.fieldName}`);
  }
  return true;
};

/** The viewer of a request that must be signed in (for services called outside `@Authorized`). */
export function requireViewer(context: Context) {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

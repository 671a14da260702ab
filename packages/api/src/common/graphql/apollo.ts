import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { TokenService } from '../auth/token.js';
import type { Limits } from '../config.js';
import { loadViewer } from '../auth/viewer.js';
import { routeReads, type ReadRouting } from '../database/read-routing.js';
import { readSqlFromEm, sqlFromEm } from '../database/sql.js';
import { callerBudgetPlugin, timeoutError } from './caller-budget.js';
import type { Context } from './context.js';
import { edgeGuardPlugin, withoutSuggestions } from './edge-guard.plugin.js';
import { idempotencyPlugin } from '../idempotency/idempotency.plugin.js';
import { readRoutingPlugin } from './read-routing.plugin.js';
import type { ComposedFeatures } from '../module.js';
import { kinerjaSchema } from './schema.js';

/**
 * Limits on what one operation may ask for; an operation over any of them is rejected before it
 * runs (graphql-armor validation rules). Chosen so the dashboard's and the README's example
 * queries pass with room to spare, and a hostile query cannot fan out.
 */
export const OPERATION_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 5000,
} as const;

/**
 * Every answer is `cache-control: no-store`: it holds one account's figures and people. Apollo's
 * cache-control plugin, which would send the same for lack of cache hints, is off because it wraps
 * every field's resolver to collect hints Kinerja never gives, at a cost per field of every row of
 * an analytics list.
 */
function noStorePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** With `limits`, each caller's operations are charged to a budget and run a few at a time (caller-budget.ts). */
export async function createApolloServer(options: {
  production: boolean;
  limits?: Limits;
  /** The features' resolvers (src/app.ts). */
  features: Pick<ComposedFeatures, 'resolvers' | 'costlyResolvers'>;
  /** With a replica configured (DATABASE_READ_URL): where each query operation's reads go. */
  readRouting?: ReadRouting;
}): Promise<ApolloServer<Context>> {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    // The token limit is graphql-js's own parse option (below): armor's version throws from a plugin
    // hook, which Apollo answers with HTTP 500 instead of a 400 syntax error.
    maxTokens: { enabled: false },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: options.production },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    // `kinerja start` owns SIGINT/SIGTERM and drains the HTTP server first (cli/commands.ts); Apollo's
    // own signal handlers would start a second, competing stop outside NODE_ENV=test.
    stopOnTerminationSignals: false,
    schema: await kinerjaSchema(options.features.resolvers),
    ...protection,
    plugins: [...protection.plugins, ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<Context>,
      ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<Context>, noStorePlugin(), edgeGuardPlugin(options),
      ...(options.limits ? [callerBudgetPlugin(options.limits, options.features.costlyResolvers)] : []), idempotencyPlugin(),
      ...(options.readRouting?.enabled ? [readRoutingPlugin(options.readRouting)] : [])],
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    validationRules: [...protection.validationRules],
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: (formatted, error) => {
      const masked = maskError(formatted, error, options.production);
      return options.production ? withoutSuggestions(masked) : masked;
    },
  });
}

/** In production, unexpected errors reach the client as a bare INTERNAL_SERVER_ERROR. */
function maskError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const timeout = timeoutError(formatted, error);
  if (timeout) return timeout;
  const code = formatted.extensions?.code;
  const expected = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
  if (!production || expected) return formatted;
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  console.error('[graphql] internal error', original);
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export interface ContextRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string | undefined;
}

export interface ContextResponse {
  cookie(name: string, value: string, options: Record<string, unknown>): unknown;
  clearCookie(name: string, options: Record<string, unknown>): unknown;
}

export const SESSION_COOKIE = 'kinerja_session';
const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'strict', path: '/' } as const;

/** The session token from `Authorization: Bearer …`, else from the session cookie. */
export function tokenOf(req: ContextRequest): string | undefined {
  const authorization = req.headers.authorization;
  const bearer = typeof authorization === 'string' ? /^Bearer (\S+)$/i.exec(authorization)?.[1] : undefined;
  if (bearer) return bearer;
  const cookies = typeof req.headers.cookie === 'string' ? req.headers.cookie : '';
  return cookies.split(';').map((c) => c.trim().split('='))
    .find(([name]) => name === SESSION_COOKIE)?.[1];
}

/** Builds each request's context: a forked EntityManager, the viewer behind the bearer token, loaders. */
export function contextFactory(orm: MikroORM, tokens: TokenService, createLoaders: ComposedFeatures['createLoaders']) {
  return async ({ req, res }: { req: ContextRequest; res?: ContextResponse }): Promise<Context> => {
    const em = orm.em.fork();
    const requestIdHeader = req.headers['x-request-id'];
    const token = tokenOf(req);
    const claims = token ? await tokens.verify(token) : null;
    const viewer = claims ? await loadViewer(em, claims) : null;
    const readRoute: Context['readRoute'] = { target: 'write' };
    routeReads(em, readRoute);
    return {
      em,
      sql: sqlFromEm(em),
      readSql: readSqlFromEm(em),
      readRoute,
      loaders: createLoaders(em, viewer),
      requestId: typeof requestIdHeader === 'string' && requestIdHeader.length <= 100 ? requestIdHeader : randomUUID(),
      viewer,
      ip: req.ip ?? 'unknown',
      tokens,
      setSessionCookie(value, expiresAt) {
        if (!res) return;
        if (value) res.cookie(SESSION_COOKIE, value, { ...COOKIE_OPTIONS, expires: expiresAt });
        else res.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
      },
    };
  };
}

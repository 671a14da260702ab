import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Kind, type DocumentNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { getMetadataStorage } from 'type-graphql';
import type { Limits } from '../config.js';
import { cancelStatements, DeadlineExpiredError, isQueryCanceled, QueryDeadline, runUnderDeadline } from '../database/query-deadline.js';
import type { ResolverClass } from '../module.js';
import type { Context } from './context.js';

/*
 * No single caller may stall the API (README, Security):
 * - a cost budget per caller (account, or IP when anonymous) per time window: each operation costs
 *   1 point plus `analyticsCost` per analytics field it asks for;
 * - at most `callerConcurrency` of one caller's requests run at once, so a flood from one account
 *   holds at most that many of the pool's connections and leaves the rest to everybody else; up to
 *   `callerQueue` more wait their turn, beyond that they are refused;
 * - a request deadline (express middleware below) and a statement timeout (apiOrmOptions).
 */

/** Query fields served by the features' costly resolvers (the analytics resolver): the expensive ones. */
function costlyFields(resolvers: readonly ResolverClass[]): ReadonlySet<string> {
  return new Set(getMetadataStorage().queries.filter((q) => resolvers.includes(q.target)).map((q) => q.schemaName));
}

/** The root fields an operation selects (aliases counted each time, fragments followed). */
export function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): string[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(selectionSet);
  return names;
}

function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** Lets at most `limit` of one key's requests run at once; the others wait in line, up to `queue`. */
export class CallerGate {
  private readonly callers = new Map<string, { running: number; waiting: (() => void)[] }>();

  constructor(private readonly limit: number, private readonly queue: number) {}

  /** Resolves with a release function once the caller may run; false when its line is full. */
  async enter(key: string): Promise<(() => void) | false> {
    let caller = this.callers.get(key);
    if (!caller) this.callers.set(key, caller = { running: 0, waiting: [] });
    if (caller.running >= this.limit) {
      if (caller.waiting.length >= this.queue) return false;
      await new Promise<void>((resolve) => caller!.waiting.push(resolve));
    } else {
      caller.running += 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next in line, so `running` stays as it is.
      const next = caller!.waiting.shift();
      if (next) return next();
      caller!.running -= 1;
      if (caller!.running === 0) this.callers.delete(key);
    };
  }
}

export type BudgetLimits = Pick<Limits, 'budgetPoints' | 'budgetWindowSeconds' | 'analyticsCost' | 'callerConcurrency' | 'callerQueue'>;

/** The caller an operation is charged to. */
export const callerKey = (context: Context) => (context.viewer ? `account:${context.viewer.userId}` : `ip:${context.ip}`);

export function callerBudgetPlugin(limits: BudgetLimits, costlyResolvers: readonly ResolverClass[]): ApolloServerPlugin<Context> {
  const budget = new RateLimiterMemory({ points: limits.budgetPoints, duration: limits.budgetWindowSeconds });
  const gate = new CallerGate(limits.callerConcurrency, limits.callerQueue);
  let heavy: ReadonlySet<string> | undefined;
  const costOf = (request: GraphQLRequestContext<Context>) => {
    heavy ??= costlyFields(costlyResolvers);
    const fields = request.operation && request.document ? rootFields(request.document, request.operation.selectionSet) : [];
    return 1 + fields.filter((f) => heavy!.has(f)).length * limits.analyticsCost;
  };
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation(request) {
          const key = callerKey(request.contextValue);
          const cost = costOf(request);
          try {
            await budget.consume(key, cost);
          } catch (error) {
            if (!(error instanceof RateLimiterRes)) throw error;
            const retry = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
            throw rateLimited(`Too many requests: this operation costs ${cost} of your ${limits.budgetPoints} points per `
              + `${limits.budgetWindowSeconds} s (analytics fields cost ${limits.analyticsCost} each). Try again in ${retry} s.`, retry);
          }
          const entered = await gate.enter(key);
          if (!entered) {
            throw rateLimited(`Too many requests at once: at most ${limits.callerConcurrency} run and ${limits.callerQueue} wait per caller.`, 1);
          }
          release = entered;
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}

/**
 * Express middleware before the GraphQL handler: a request still running after `timeoutMs` is
 * answered 503 with a `TIMEOUT` error, its running statements are cancelled and it starts no more.
 */
export function requestDeadline(options: { timeoutMs: number }) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const deadline = new QueryDeadline();
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        res.status(503).set('retry-after', '1').json({
          errors: [{
            message: `The request ran longer than ${options.timeoutMs} ms and was stopped. Narrow it (a smaller scope or page) or try again later.`,
            extensions: { code: 'TIMEOUT' },
          }],
        });
        // The GraphQL handler still finishes (its statements fail fast now); its late answer goes nowhere.
        res.setHeader = () => res;
        res.send = () => res;
        res.write = () => true;
        res.end = () => res;
      }
      cancelStatements(deadline).catch((error: unknown) => console.error('[deadline] cancel failed', error));
    }, options.timeoutMs);
    res.on('close', () => clearTimeout(timer));
    runUnderDeadline(deadline, next);
  };
}

/**
 * A statement stopped by `statement_timeout` or by the request deadline, as the client sees it:
 * code TIMEOUT and no SQL text. Null for any other error.
 */
export function timeoutError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    // statement_timeout, or pg_cancel_backend from the request deadline.
    if (isQueryCanceled(e) || e instanceof DeadlineExpiredError) {
      return {
        message: 'This query ran longer than the server allows and was stopped. Narrow it (a smaller scope or page) or try again later.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'TIMEOUT' },
      };
    }
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return null;
}

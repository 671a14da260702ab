import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import type { Context } from '../graphql/context.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const TTL = "interval '24 hours'";

function reject(code: string, message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: code, argument: 'Idempotency-Key', http: { status } } });
}

function requestHash({ request }: GraphQLRequestContext<Context>): string {
  return createHash('sha256')
    .update(JSON.stringify([request.query ?? '', request.operationName ?? null, request.variables ?? {}]))
    .digest('hex');
}

/**
 * `Idempotency-Key` on mutations by a signed-in account: the first request claims the key (a row
 * with no response yet) before it runs and stores its answer afterwards; a retry with the same key
 * gets that answer back and writes nothing. The claim is a unique row, so two concurrent retries
 * cannot both run: the second is told the first is still in progress (409). A request that failed
 * with errors releases its claim, so it can be retried. The claim commits before the mutation's own
 * transaction (services own their transactions), so a crash between the two leaves a claim without
 * an answer: the retry is then refused as in progress until the key expires (24 h), never run twice.
 */
export function idempotencyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(start) {
      const raw = start.request.http?.headers.get(IDEMPOTENCY_HEADER);
      if (raw === undefined) return;
      let claimed: { accountId: number; key: string } | null = null;
      let replay: FormattedExecutionResult | null = null;
      return {
        // Errors thrown here reach the client with their HTTP status (later hooks would answer 500).
        async didResolveOperation(ctx) {
          const viewer = ctx.contextValue.viewer;
          if (ctx.operation?.operation !== 'mutation' || !viewer) return;
          if (!KEY_PATTERN.test(raw)) throw reject('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key: use 1–200 printable ASCII characters.', 400);
          const { sql } = ctx.contextValue;
          const hash = requestHash(ctx);
          await sql.query(`delete from idempotency_key where created_at < now() - ${TTL}`);
          const inserted = await sql.query<{ id: string }>(
            `insert into idempotency_key (account_id, key, request_hash) values ($1, $2, $3)
             on conflict (account_id, key) do nothing returning id`,
            [viewer.userId, raw, hash],
          );
          if (inserted.length) {
            claimed = { accountId: viewer.userId, key: raw };
            return;
          }
          const [first] = await sql.query<{ request_hash: string; response: FormattedExecutionResult | null }>(
            'select request_hash, response from idempotency_key where account_id = $1 and key = $2',
            [viewer.userId, raw],
          );
          if (!first || first.request_hash !== hash) {
            throw reject('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key: this key was used for a different request; use a new key for a new request.', 422);
          }
          if (!first.response) throw reject('IDEMPOTENCY_KEY_IN_PROGRESS', 'Idempotency-Key: the first request with this key is still running.', 409);
          replay = first.response;
        },
        async responseForOperation() {
          if (!replay) return null;
          return {
            http: { status: 200, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
            body: { kind: 'single', singleResult: replay },
          };
        },
        async willSendResponse(ctx) {
          if (!claimed) return;
          const { sql } = ctx.contextValue;
          const body = ctx.response.body;
          if (body.kind === 'single' && !body.singleResult.errors?.length) {
            await sql.query('update idempotency_key set response = $3 where account_id = $1 and key = $2',
              [claimed.accountId, claimed.key, JSON.stringify(body.singleResult)]);
          } else {
            await sql.query('delete from idempotency_key where account_id = $1 and key = $2', [claimed.accountId, claimed.key]);
          }
        },
      };
    },
  };
}

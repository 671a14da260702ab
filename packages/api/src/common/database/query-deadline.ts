import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/**
 * The SQL of one request, so that a request past its deadline can have its statements cancelled.
 * Every connection of the API's pool reports each statement it starts to the deadline of the
 * request it runs for (found through AsyncLocalStorage, which follows the request's awaits).
 */
export class QueryDeadline {
  /** Backend process ids of the request's statements running now. */
  readonly running = new Set<number>();
  expired = false;
}

const current = new AsyncLocalStorage<QueryDeadline>();

/** Runs `work` (and everything it awaits) under `deadline`. */
export function runUnderDeadline<T>(deadline: QueryDeadline, work: () => T): T {
  return current.run(deadline, work);
}

/** The statement PostgreSQL refused to start because its request is past its deadline. */
export class DeadlineExpiredError extends Error {
  readonly code = 'KINERJA_DEADLINE';
  constructor() {
    super('The request is past its deadline; no further SQL runs for it.');
  }
}

interface TrackedClient {
  processID?: number | null;
  query: (...args: unknown[]) => unknown;
}

/**
 * Wraps a pooled pg client's `query` (knex calls it with a callback): a request past its deadline
 * starts no new statement, and a running one is known by its backend pid until it answers.
 */
export function trackStatements(client: TrackedClient): void {
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const deadline = current.getStore();
    if (!deadline) return query(...args);
    const callback = args.at(-1);
    if (deadline.expired) {
      if (typeof callback === 'function') {
        queueMicrotask(() => (callback as (e: Error) => void)(new DeadlineExpiredError()));
        return undefined;
      }
      return Promise.reject(new DeadlineExpiredError());
    }
    const pid = client.processID;
    if (pid == null || typeof callback !== 'function') return query(...args);
    deadline.running.add(pid);
    return query(...args.slice(0, -1), (...results: unknown[]) => {
      deadline.running.delete(pid);
      (callback as (...r: unknown[]) => void)(...results);
    });
  };
}

/**
 * Cancels the statements the request is running now. A separate short connection sends the
 * cancellation, since the pool may be full of exactly the statements to cancel.
 */
export async function cancelStatements(databaseUrl: string, deadline: QueryDeadline): Promise<void> {
  deadline.expired = true;
  const pids = [...deadline.running];
  if (pids.length === 0) return;
  // A statement may finish, and its connection start another request's statement, between this
  // read and the cancel; that statement then fails with 57014 (a TIMEOUT error, retryable). Rare,
  // and cheaper than a lock around every statement.
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select pg_cancel_backend(pid) from unnest($1::int[]) as pid', [pids]);
  } finally {
    await client.end().catch(() => {});
  }
}

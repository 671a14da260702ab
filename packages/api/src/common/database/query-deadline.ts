import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/**
 * The SQL of one request, so that a request past its deadline can have its statements cancelled.
 * Every connection of the API's pool reports each statement it starts to the deadline of the
 * request it runs for (found through AsyncLocalStorage, which follows the request's awaits).
 */
export class QueryDeadline {
  /** The request's statements running now: backend process id, and the server it runs on (primary or a replica). */
  readonly running = new Set<RunningStatement>();
  expired = false;
}

/** Where to reach a server: a pg client's own connection parameters. */
export interface ServerAddress {
  host?: string;
  port?: number;
  user?: string;
  password?: string | (() => string | Promise<string>);
  database?: string;
}

export interface RunningStatement {
  pid: number;
  server: ServerAddress;
}

const current = new AsyncLocalStorage<QueryDeadline>();

/** Runs `work` (and everything it awaits) under `deadline`. */
export function runUnderDeadline<T>(deadline: QueryDeadline, work: () => T): T {
  return current.run(deadline, work);
}

/** Whether PostgreSQL cancelled the statement (57014 query_canceled: statement_timeout or pg_cancel_backend). */
export function isQueryCanceled(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '57014';
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
  connectionParameters?: ServerAddress;
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
    const statement: RunningStatement = { pid, server: client.connectionParameters ?? {} };
    deadline.running.add(statement);
    return query(...args.slice(0, -1), (...results: unknown[]) => {
      deadline.running.delete(statement);
      (callback as (...r: unknown[]) => void)(...results);
    });
  };
}

/**
 * Cancels the statements the request is running now, on whichever server each runs (the primary or
 * a replica). A separate short connection per server sends the cancellation, since the pool may be
 * full of exactly the statements to cancel.
 */
export async function cancelStatements(deadline: QueryDeadline): Promise<void> {
  deadline.expired = true;
  const byServer = new Map<string, { server: ServerAddress; pids: number[] }>();
  for (const { pid, server } of deadline.running) {
    const key = `${server.host}:${server.port}`;
    const entry = byServer.get(key) ?? { server, pids: [] };
    entry.pids.push(pid);
    byServer.set(key, entry);
  }
  // A statement may finish, and its connection start another request's statement, between this
  // read and the cancel; that statement then fails with 57014 (a TIMEOUT error, retryable). Rare,
  // and cheaper than a lock around every statement.
  await Promise.all([...byServer.values()].map(async ({ server, pids }) => {
    // Field by field: pg keeps the password non-enumerable, so a spread would drop it.
    const { host, port, user, password, database } = server;
    const client = new pg.Client({ host, port, user, password, database, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select pg_cancel_backend(pid) from unnest($1::int[]) as pid', [pids]);
    } finally {
      await client.end().catch(() => {});
    }
  }));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { readTargetOf, type ReadTarget } from './read-routing.js';

/**
 * The one way hand-written SQL reaches PostgreSQL (analytics, import, health): parameterised text in,
 * rows out. Backed by a request's EntityManager (same connection and transaction) or a pg client.
 */
export interface SqlClient {
  query<T extends object>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * `target` picks the connection at each query (the primary unless it says `read`); inside a
 * transaction every statement goes to the primary, with the transaction.
 */
export function sqlFromEm(em: EntityManager, target: () => ReadTarget = () => 'write'): SqlClient {
  return {
    query: async <T extends object>(text: string, params: readonly unknown[] = []) => {
      const { sql, bindings } = toKnexBindings(text, params);
      const transaction = em.getTransactionContext();
      return em.getConnection(transaction ? 'write' : target()).execute<T[]>(sql, bindings, 'all', transaction);
    },
  };
}

/**
 * Raw-SQL list reads on a request's EntityManager: they follow its read route (`routeReads`) like
 * its ORM reads — the replica in a query operation that may read there — and the primary otherwise
 * and in a transaction. Writes and reads that must be current use `sqlFromEm`.
 */
export function readSqlFromEm(em: EntityManager): SqlClient {
  return sqlFromEm(em, () => readTargetOf(em));
}

/**
 * Queries are written with PostgreSQL's `$1` placeholders; MikroORM's connection (knex) takes `?`
 * in order, so each `$n` becomes a `?` with its value repeated as often as it is used.
 */
export function toKnexBindings(text: string, params: readonly unknown[]): { sql: string; bindings: unknown[] } {
  const bindings: unknown[] = [];
  const sql = text.replace(/\$(\d+)/g, (_m, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= params.length) throw new RangeError(`no value for placeholder $${n}`);
    const value = params[index];
    // knex would spread an array into a list; PostgreSQL wants one array value (as node-pg sends it).
    bindings.push(Array.isArray(value) ? arrayLiteral(value) : value);
    return '?';
  });
  return { sql, bindings };
}

function arrayLiteral(values: readonly unknown[]): string {
  const item = (v: unknown) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`);
  return `{${values.map(item).join(',')}}`;
}

export function sqlFromPg(client: pg.ClientBase | pg.Pool): SqlClient {
  return {
    query: async <T extends object>(text: string, params: readonly unknown[] = []) =>
      (await client.query<T & pg.QueryResultRow>(text, [...params])).rows as T[],
  };
}

import pg from 'pg';
import { expect } from 'vitest';
import { databaseFingerprint } from '../../common/testing/fixtures.js';
import { AUDIT_ROW_COLUMNS, type AuditRow } from '../../common/audit/audit-row.js';
import type { TestApp } from '../../testing/test-app.js';

/** Test helpers for the reference-data mutations: run one, and see exactly what it wrote. */

export interface UserErrorRow {
  field: string[] | null;
  code: string;
  message: string;
}

export async function sqlRows<T extends object>(app: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: app.db.url });
  await client.connect();
  try {
    return (await client.query<T & pg.QueryResultRow>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Id of the row with this code (an agency unless another table is named). */
export async function idOf(app: TestApp, code: string, table: 'agency' | 'competency' | 'position' | 'training_program' = 'agency'): Promise<string> {
  const [row] = await sqlRows<{ id: number }>(app, `select id from "${table}" where code = $1`, [code]);
  if (!row) throw new Error(`no ${table} ${code}`);
  return String(row.id);
}

export async function employeeIdOf(app: TestApp, nip: string): Promise<string> {
  const [row] = await sqlRows<{ id: number }>(app, 'select id from employee where nip = $1', [nip]);
  if (!row) throw new Error(`no employee ${nip}`);
  return String(row.id);
}

export interface Mutation<P> {
  payload: P & { userErrors: UserErrorRow[] };
  /** Audit events the mutation appended, oldest first. */
  events: AuditRow[];
}

/**
 * Runs `mutation <field>(input: $input) { <selection> userErrors { field code message } }` and
 * returns the payload with the audit events written meanwhile. Top-level errors throw.
 */
export async function mutate<P = Record<string, unknown>>(
  app: TestApp, field: string, input: Record<string, unknown>, selection: string, as = 'admin',
): Promise<Mutation<P>> {
  const inputType = `${field[0]!.toUpperCase()}${field.slice(1)}Input`;
  const [{ last }] = await sqlRows<{ last: string }>(app, 'select coalesce(max(id), 0) as last from audit_event') as [{ last: string }];
  const data = await app.execute<Record<string, P & { userErrors: UserErrorRow[] }>>(
    `mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { field code message } } }`, { input }, { as });
  const events = await sqlRows<AuditRow>(app,
    `select ${AUDIT_ROW_COLUMNS}
     from audit_event where audit_event.id > $1 order by audit_event.id`, [last]);
  return { payload: data[field]!, events };
}

/** The mutation succeeded and appended exactly one SUCCESS event for it. */
export function expectSuccess<P>(result: Mutation<P>, action: string, subject: Partial<AuditRow> = {}): void {
  expect(result.payload.userErrors).toEqual([]);
  expect(result.events).toHaveLength(1);
  expect(result.events[0]).toMatchObject({ action, outcome: 'SUCCESS', ...subject });
}

/**
 * The mutation was refused with a user error at `field` with `code`, changed no domain table, and
 * appended exactly one FAILURE event.
 */
export async function expectRefused(
  app: TestApp, run: () => Promise<Mutation<unknown>>, expected: { field: string[] | null; code: string; action: string },
): Promise<Mutation<unknown>> {
  const before = await databaseFingerprint(app.db.url);
  const result = await run();
  expect(result.payload.userErrors.map((e) => ({ field: e.field, code: e.code }))).toContainEqual({ field: expected.field, code: expected.code });
  expect(result.events).toHaveLength(1);
  expect(result.events[0]).toMatchObject({ action: expected.action, outcome: 'FAILURE' });
  expect(await databaseFingerprint(app.db.url)).toEqual(before);
  return result;
}

/**
 * A top-level FORBIDDEN error, and nothing written but the refusal's own audit event (at most one:
 * repeated refusals of an account and operation within a minute are counted into one event).
 */
export async function expectForbidden(app: TestApp, query: string, variables: Record<string, unknown>, as: string): Promise<void> {
  const [{ last }] = await sqlRows<{ last: string }>(app, 'select coalesce(max(id), 0) as last from audit_event') as [{ last: string }];
  const before = await databaseFingerprint(app.db.url);
  const result = await app.run(query, variables, { as });
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(await databaseFingerprint(app.db.url)).toEqual(before);
  const events = await sqlRows<{ action: string; outcome: string; actor_username: string }>(app,
    'select action, outcome, actor_username from audit_event where id > $1', [last]);
  expect(events.length).toBeLessThanOrEqual(1);
  for (const event of events) expect(event).toEqual({ action: 'AUTHORIZATION_REFUSED', outcome: 'DENIED', actor_username: as });
}

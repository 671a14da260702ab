import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server.js';
import { SMALL_DATASET } from '../testing/fixtures.js';
import { createTestApp, TEST_TOKEN_SECRET, type TestApp } from '../../testing/test-app.js';
import { TokenService } from '../auth/token.js';
import { OPERATION_LIMITS } from './apollo.js';

/** Runs anonymously: the context then sends no SQL, so any SQL counted came from the operation. */
async function sqlRunBy(app: TestApp, query: string, variables?: Record<string, unknown>) {
  const before = app.queryCount();
  const result = await app.run(query, variables, { as: null });
  return { result, statements: app.queryCount() - before };
}

describe('API hardening', () => {
  let app: TestApp;
  let prod: TestApp;
  let server: RunningServer;

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    prod = await createTestApp({ production: true });
    server = await startServer({ orm: app.orm, tokens: new TokenService(TEST_TOKEN_SECRET), port: 0, host: '127.0.0.1', production: true });
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
    await prod?.close();
  });

  it('tells every client and proxy not to store an answer, an error included', async () => {
    for (const query of ['{ __typename }', '{ agencies { code } }', '{ nothing }']) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
      });
      expect(response.headers.get('cache-control'), query).toBe('no-store');
    }
  });

  it('rejects a depth bomb before any SQL runs', async () => {
    const nested = (n: number): string => (n === 0 ? 'code' : `parent { ${nested(n - 1)} }`);
    const { result, statements } = await sqlRunBy(app, `{ agencies { ${nested(OPERATION_LIMITS.maxDepth + 2)} } }`);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(statements).toBe(0);
  });

  it('rejects an alias bomb before any SQL runs', async () => {
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: agencies { code }`).join(' ');
    const { result, statements } = await sqlRunBy(app, `{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
    expect(statements).toBe(0);
  });

  it('rejects a cost bomb and a token flood before any SQL runs', async () => {
    // Within the depth and alias limits, but wide and deep enough to cost more than allowed.
    const fields = 'id code name kind depth parentId';
    const deep = (n: number): string => (n === 0 ? fields : `children { ${fields} ${deep(n - 1)} }`);
    const bomb = Array.from({ length: OPERATION_LIMITS.maxAliases }, (_, i) => `x${i}: agencies { ${deep(OPERATION_LIMITS.maxDepth - 2)} }`).join(' ');
    const costly = await sqlRunBy(app, `{ ${bomb} }`);
    expect(costly.result.errors?.[0]?.message).toMatch(/cost/i);
    expect(costly.statements).toBe(0);
    const flood = `{ agencies { ${'code '.repeat(OPERATION_LIMITS.maxTokens)} } }`;
    const tokens = await sqlRunBy(app, flood);
    expect(tokens.result.errors?.[0]?.message).toMatch(/token/i);
    expect(tokens.statements).toBe(0);
  });

  it('rejects an oversized page and a malformed argument before any SQL runs', async () => {
    const big = await app.run('{ employees(first: 1000) { totalCount } }');
    expect(big.errors?.[0]?.message).toMatch(/first: must be between 1 and 100/);
    const { result, statements } = await sqlRunBy(app, '{ employees(first: "ten") { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(statements).toBe(0);
  });

  it('refuses anonymous reads with UNAUTHENTICATED', async () => {
    const { result } = await sqlRunBy(app, '{ agencies { code } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('in production, suggests no field names and leaks no stack trace', async () => {
    const typo = await prod.run('{ agencis { code } }', undefined, { as: null });
    const message = typo.errors?.[0]?.message ?? '';
    expect(message).not.toMatch(/did you mean/i);
    expect(JSON.stringify(typo)).not.toMatch(/stacktrace|at .*\.ts:/);
    const dev = await app.run('{ agencis { code } }', undefined, { as: null });
    expect(dev.errors?.[0]?.message).toMatch(/did you mean/i);
  });

  it('over HTTP: refuses oversized bodies, batches and cross-site simple requests', async () => {
    const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
    const huge = await post(JSON.stringify({ query: `{ agencies { code } } # ${'x'.repeat(200_000)}` }));
    expect(huge.status).toBe(413);
    const batch = await post(JSON.stringify([{ query: '{ viewer { username } }' }, { query: '{ viewer { username } }' }]));
    expect(batch.status).toBe(400);
    // A form post or text/plain request could come from any web page: CSRF prevention refuses it.
    const simple = await post(JSON.stringify({ query: '{ viewer { username } }' }), { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/\.ts:\d+/);
  });
});

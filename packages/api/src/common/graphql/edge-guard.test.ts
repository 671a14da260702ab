import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { AccountService } from '../../modules/account/account.service.js';
import { UserAccount } from '../../modules/account/user-account.entity.js';
import { OPERATION_LIMITS } from './apollo.js';
import { unstorableString } from './edge-guard.plugin.js';

interface HttpResult {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** The production server over HTTP, as a browser or script meets it. */
describe('the GraphQL edge in production', () => {
  let app: TestApp;
  let server: RunningServer;
  let adminToken: string;

  const post = async (query: string, variables?: Record<string, unknown>, token?: string): Promise<HttpResult> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as HttpResult['body'] };
  };

  beforeAll(async () => {
    app = await createTestApp({ production: true });
    server = await startServer({ orm: app.orm, tokens: app.tokens, port: 0, host: '127.0.0.1', production: true });
    // A real session row, as sign-in makes: tokens without a live session are refused.
    const em = app.orm.em.fork();
    const admin = await em.findOneOrFail(UserAccount, { username: 'admin' });
    adminToken = (await new AccountService(em).openSession(admin, app.tokens)).token;
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
  });

  it('knows which strings PostgreSQL cannot hold', () => {
    expect(unstorableString('Dinas Kesehatan — ✓ 😀')).toBeNull();
    expect(unstorableString('a\u0000b')).toMatch(/NUL/);
    expect(unstorableString('a\uD800b')).toMatch(/surrogate/);
    expect(unstorableString('\uDC00')).toMatch(/surrogate/);
  });

  const create = 'mutation($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }';

  it('refuses a NUL byte or a lone surrogate in a variable with 400 BAD_USER_INPUT naming it', async () => {
    for (const name of ['Dinas\u0000X', 'Dinas \uD83D']) {
      const result = await post(create, { input: { code: 'X1', kind: 'DINAS', name } }, adminToken);
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.message).toMatch(/^\$input\.name: /);
    }
    const { agencies } = await app.execute<{ agencies: unknown[] }>('{ agencies { id } }');
    expect(agencies).toHaveLength(0);
  });

  it('refuses a NUL byte or a lone surrogate in a literal argument, naming the argument', async () => {
    // JSON carries the escapes; the GraphQL string literal holds the raw characters.
    const literal = await post('mutation { agencyCreate(input: { code: "X2", kind: DINAS, name: "a\\u0000b" }) { userErrors { code } } }', undefined, adminToken);
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.body.errors?.[0]?.message).toMatch(/^input\.name: .*NUL/);
    // In a literal, graphql-js itself refuses a lone surrogate (raw or escaped) as a syntax error.
    const surrogate = await post('{ employees(after: "\uDC00") { totalCount } }', undefined, adminToken);
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.errors?.[0]?.message).toMatch(/U\+DC00/);
  });

  it('answers a token flood, a depth bomb and an alias bomb with 400, never 500', async () => {
    const flood = await post(`{ agencies { ${'code '.repeat(OPERATION_LIMITS.maxTokens)} } }`, undefined, adminToken);
    expect(flood.status).toBe(400);
    expect(flood.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(flood.body.errors?.[0]?.message).toMatch(/tokens/);
    const nested = (n: number): string => (n === 0 ? 'code' : `parent { ${nested(n - 1)} }`);
    const deep = await post(`{ agencies { ${nested(OPERATION_LIMITS.maxDepth + 2)} } }`, undefined, adminToken);
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: agencies { code }`).join(' ');
    const wide = await post(`{ ${aliases} }`, undefined, adminToken);
    expect(wide.status).toBe(400);
  });

  it('lets only signed-in callers introspect', async () => {
    const anonymous = await post('{ __schema { queryType { name } } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const hidden = await post('query { ...F } fragment F on Query { __type(name: "Query") { name } }');
    expect(hidden.status).toBe(401);
    const signedIn = await post('{ __schema { queryType { name } } }', undefined, adminToken);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // __typename is not introspection of the schema; clients add it freely.
    expect((await post('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('suggests no names in any error: fields, arguments, enum values in literals and variables', async () => {
    const answers = await Promise.all([
      post('{ agencis { code } }', undefined, adminToken),
      post('{ employees(frist: 1) { totalCount } }', undefined, adminToken),
      post('mutation { agencyCreate(input: { code: "X3", kind: DINS, name: "x" }) { userErrors { code } } }', undefined, adminToken),
      post(create, { input: { code: 'X3', kind: 'DINS', name: 'x' } }, adminToken),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      for (const error of answer.body.errors ?? []) expect(error.message).not.toMatch(/did you mean/i);
    }
    // The enum error still says what was wrong.
    expect(answers[3]!.body.errors?.[0]?.message).toMatch(/DINS.*AgencyKind/);
  });
});

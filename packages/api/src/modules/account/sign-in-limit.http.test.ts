import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';
import { Role } from '@kinerja/shared';
import { LOGIN_LIMIT } from './account.service.js';

type SignInBody = { data: { sessionCreate: { token: string | null; userErrors: { code: string }[] } } };

/** The sign-in limit and the client address, through the real HTTP server (express, trust proxy, Apollo). */
describe('sign-in limit over HTTP', () => {
  let app: TestApp;
  let direct: RunningServer;
  let proxied: RunningServer;

  beforeAll(async () => {
    app = await createTestApp();
    for (const u of ['flood', 'spoofer', 'behind.proxy']) await app.addUser(u, Role.ADMIN);
    direct = await startServer({ orm: app.orm, tokens: app.tokens, port: 0, host: '127.0.0.1' });
    proxied = await startServer({ orm: app.orm, tokens: app.tokens, port: 0, host: '127.0.0.1', trustProxy: 'loopback' });
  });
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
    await app?.close();
  });

  const signIn = async (server: RunningServer, username: string, password: string, forwardedFor?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { token userErrors { code } } }',
        variables: { u: username, p: password },
      }),
    });
    const body = await response.json() as SignInBody & { errors?: { extensions?: { code?: string } }[] };
    // Refused before the resolver ran (the per-caller gate): a top-level error, no data.
    if (!body.data) return body.errors?.[0]?.extensions?.code ?? JSON.stringify(body);
    return body.data.sessionCreate.userErrors[0]?.code ?? 'OK';
  };
  const refusalEvents = (username: string) => app.orm.em.fork().getConnection().execute<{ outcome: string; ip: string; attempts: number }[]>(
    `select outcome, detail->>'ip' as ip, (detail->>'attempts')::int as attempts from audit_event
     where action = 'SESSION_CREATE' and actor_username = ? and outcome <> 'SUCCESS' order by id`, [username]);

  it(`lets at most ${LOGIN_LIMIT.attempts} of 50 parallel wrong passwords be checked, and audits the flood once`, async () => {
    const codes = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(direct, 'flood', `wrong-guess-${i}`)));
    const count = (code: string) => codes.filter((c) => c === code).length;
    expect(count('UNAUTHENTICATED')).toBe(LOGIN_LIMIT.attempts);
    expect(count('RATE_LIMITED')).toBe(50 - LOGIN_LIMIT.attempts);
    // Locked out now, even with the right password.
    expect(await signIn(direct, 'flood', TEST_PASSWORD)).toBe('RATE_LIMITED');
    const events = await refusalEvents('flood');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ attempts: 1 });
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set: the client is the socket peer', async () => {
    const codes = [];
    for (let i = 0; i <= LOGIN_LIMIT.attempts; i += 1) codes.push(await signIn(direct, 'spoofer', 'wrong-guess', `203.0.113.${i}`));
    expect(codes.slice(0, LOGIN_LIMIT.attempts).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect((await refusalEvents('spoofer'))[0]?.ip).toMatch(/127\.0\.0\.1$/);
  });

  it('with TRUST_PROXY=loopback, takes the client address from the proxy\'s X-Forwarded-For', async () => {
    const codes = [];
    for (let i = 0; i <= LOGIN_LIMIT.attempts; i += 1) codes.push(await signIn(proxied, 'behind.proxy', 'wrong-guess', `198.51.100.${i}`));
    expect(codes.every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    for (let i = 0; i < LOGIN_LIMIT.attempts; i += 1) await signIn(proxied, 'behind.proxy', 'wrong-guess', '198.51.100.200');
    expect(await signIn(proxied, 'behind.proxy', TEST_PASSWORD, '198.51.100.200')).toBe('RATE_LIMITED');
    expect(await signIn(proxied, 'behind.proxy', TEST_PASSWORD, '198.51.100.201')).toBe('OK');
    const ips = (await refusalEvents('behind.proxy')).map((e) => e.ip);
    expect(ips).toContain('198.51.100.0');
    expect(ips).toContain('198.51.100.200');
  });
});

import { randomUUID } from 'node:crypto';
import { Role } from '@kinerja/shared';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, TEST_PASSWORD, TEST_TOKEN_SECRET, type TestApp } from '../../testing/test-app.js';
import { AccountInputError, AccountService, LOGIN_LIMIT } from './account.service.js';

const SIGN_IN = `mutation($u: String!, $p: String!) {
  sessionCreate(input: { username: $u, password: $p }) { token expiresAt viewer { username role agency { code } } userErrors { field code message } }
}`;
type SignIn = { sessionCreate: { token: string | null; viewer: { username: string; role: string; agency: { code: string } | null } | null; userErrors: { code: string }[] } };

describe('accounts and sign-in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('pimpinan.kdi', Role.LEADER, { agencyCode: 'KDI' });
  });
  afterAll(async () => app?.close());

  it('signs in with the right password and the token opens the API', async () => {
    const { sessionCreate } = await app.execute<SignIn>(SIGN_IN, { u: 'PIMPINAN.KDI', p: TEST_PASSWORD }, { as: null });
    expect(sessionCreate.userErrors).toEqual([]);
    expect(sessionCreate.viewer).toMatchObject({ username: 'pimpinan.kdi', role: 'LEADER', agency: { code: 'KDI' } });
    const claims = await app.tokens.verify(sessionCreate.token!);
    expect(claims).toMatchObject({ username: 'pimpinan.kdi', role: 'LEADER' });
  });

  it('refuses a wrong password as a userError, and an unknown user the same way', async () => {
    const wrong = await app.execute<SignIn>(SIGN_IN, { u: 'pimpinan.kdi', p: 'not-the-password' }, { as: null, ip: '10.0.0.1' });
    const unknown = await app.execute<SignIn>(SIGN_IN, { u: 'nobody', p: 'not-the-password' }, { as: null, ip: '10.0.0.1' });
    expect(wrong.sessionCreate).toMatchObject({ token: null, userErrors: [{ code: 'UNAUTHENTICATED' }] });
    expect(unknown.sessionCreate.userErrors).toEqual(wrong.sessionCreate.userErrors);
  });

  it(`locks a username out of one address after ${LOGIN_LIMIT.attempts} failed attempts`, async () => {
    for (let i = 0; i < LOGIN_LIMIT.attempts; i += 1) {
      await app.execute<SignIn>(SIGN_IN, { u: 'admin', p: 'guess' }, { as: null, ip: '10.9.9.9' });
    }
    const locked = await app.execute<SignIn>(SIGN_IN, { u: 'admin', p: TEST_PASSWORD }, { as: null, ip: '10.9.9.9' });
    expect(locked.sessionCreate.userErrors[0]?.code).toBe('RATE_LIMITED');
    const elsewhere = await app.execute<SignIn>(SIGN_IN, { u: 'admin', p: TEST_PASSWORD }, { as: null, ip: '10.9.9.10' });
    expect(elsewhere.sessionCreate.token).toBeTruthy();
  });

  it('audits every sign-in, and refused ones once per username and address per minute, with a count', async () => {
    const rows = await app.orm.em.fork().getConnection().execute<{ outcome: string; username: string; ip: string; attempts: number }[]>(
      `select outcome, actor_username as username, detail->>'ip' as ip, (detail->>'attempts')::int as attempts
       from audit_event where action = 'SESSION_CREATE' order by id`);
    expect(rows.filter((r) => r.outcome === 'SUCCESS').length).toBeGreaterThanOrEqual(2);
    const refused = rows.filter((r) => r.outcome !== 'SUCCESS');
    // Wrong password and unknown user from 10.0.0.1; the lock-out flood from 10.9.9.9: one event each.
    expect(refused).toEqual([
      { outcome: 'FAILURE', username: 'pimpinan.kdi', ip: '10.0.0.1', attempts: 1 },
      { outcome: 'FAILURE', username: 'nobody', ip: '10.0.0.1', attempts: 1 },
      { outcome: 'FAILURE', username: 'admin', ip: '10.9.9.9', attempts: 1 },
    ]);
  });

  it('reports the viewer, or null without a token', async () => {
    expect((await app.execute<{ viewer: null }>('{ viewer { username } }', undefined, { as: null })).viewer).toBeNull();
    expect((await app.execute<{ viewer: { role: string } }>('{ viewer { role } }')).viewer.role).toBe('ADMIN');
  });

  it.each([
    [{ username: 'x', roles: 'ADMIN' }, 'username'],
    [{ username: 'someone', roles: 'BOSS' }, 'role'],
    [{ username: 'someone', roles: 'ADMIN', password: 'short' }, 'password'],
    [{ username: 'admin', roles: 'ADMIN' }, 'username'],
    [{ username: 'someone', roles: 'HR_ADMIN' }, 'agency'],
    [{ username: 'someone', roles: 'HR_ADMIN', agencyCode: 'NOPE' }, 'agency'],
    [{ username: 'someone', roles: 'EMPLOYEE' }, 'employee'],
    [{ username: 'someone', roles: 'EMPLOYEE', employeeNip: '000000000000000000' }, 'employee'],
    [{ username: 'someone', roles: [] }, 'role'],
    [{ username: 'someone', roles: ['LEADER', 'SUPERVISOR'], agencyCode: 'KDI' }, 'employee'],
  ])('refuses to create %o (names %s)', async (input, field) => {
    const create = new AccountService(app.orm.em.fork()).create({ password: TEST_PASSWORD, ...input });
    await expect(create).rejects.toThrow(AccountInputError);
    await expect(create).rejects.toMatchObject({ field });
  });

  it('ends the session on sign-out: the token stops working at once, not when it expires', async () => {
    const { sessionCreate } = await app.execute<SignIn>(SIGN_IN, { u: 'pimpinan.kdi', p: TEST_PASSWORD }, { as: null, ip: '10.1.1.1' });
    const token = sessionCreate.token!;
    const whoAmI = async () => (await app.execute<{ viewer: { username: string } | null }>('{ viewer { username } }', undefined, { token })).viewer;
    expect(await whoAmI()).toEqual({ username: 'pimpinan.kdi' });
    const out = await app.execute<{ sessionDelete: { signedOut: boolean } }>('mutation { sessionDelete { signedOut } }', undefined, { token });
    expect(out.sessionDelete.signedOut).toBe(true);
    expect(await whoAmI()).toBeNull();
    expect((await app.run('{ agencies { code } }', undefined, { token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with the real secret that lacks exp, jti or sub, or names no stored session', async () => {
    const admin = await app.orm.em.fork().getConnection().execute<{ id: number }[]>(`select id from user_account where username = 'admin'`);
    const key = new TextEncoder().encode(TEST_TOKEN_SECRET);
    const forge = async (parts: { exp?: boolean; jti?: string | null; sub?: boolean }) => {
      let jwt = new SignJWT({ username: 'admin', role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('kinerja').setIssuedAt();
      if (parts.sub !== false) jwt = jwt.setSubject(String(admin[0]!.id));
      if (parts.exp !== false) jwt = jwt.setExpirationTime('1h');
      if (parts.jti !== null) jwt = jwt.setJti(parts.jti ?? randomUUID());
      return jwt.sign(key);
    };
    // A live session, so that only the claim under test is missing.
    const { sessionCreate } = await app.execute<SignIn>(SIGN_IN, { u: 'admin', p: TEST_PASSWORD }, { as: null, ip: '10.1.1.2' });
    const live = (await app.tokens.verify(sessionCreate.token!))!.sessionId;
    const viewerWith = async (token: string) => (await app.execute<{ viewer: { username: string } | null }>('{ viewer { username } }', undefined, { token })).viewer;
    expect(await viewerWith(await forge({ jti: live }))).toEqual({ username: 'admin' });
    expect(await viewerWith(await forge({ jti: live, exp: false }))).toBeNull();
    expect(await viewerWith(await forge({ jti: null }))).toBeNull();
    expect(await viewerWith(await forge({ jti: live, sub: false }))).toBeNull();
    expect(await viewerWith(await forge({}))).toBeNull();
  });
});

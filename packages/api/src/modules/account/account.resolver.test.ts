import { Role } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../common/testing/test-app.js';
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

  it('audits every sign-in attempt', async () => {
    const rows = await app.orm.em.fork().getConnection().execute<{ outcome: string; n: number }[]>(
      `select outcome, count(*)::int as n from audit_event where action = 'SESSION_CREATE' group by outcome`);
    const byOutcome = Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
    expect(byOutcome.SUCCESS).toBeGreaterThanOrEqual(2);
    expect(byOutcome.FAILURE).toBeGreaterThanOrEqual(LOGIN_LIMIT.attempts + 2);
    expect(byOutcome.DENIED).toBeGreaterThanOrEqual(1);
  });

  it('reports the viewer, or null without a token', async () => {
    expect((await app.execute<{ viewer: null }>('{ viewer { username } }', undefined, { as: null })).viewer).toBeNull();
    expect((await app.execute<{ viewer: { role: string } }>('{ viewer { role } }')).viewer.role).toBe('ADMIN');
  });

  it.each([
    [{ username: 'x', role: 'ADMIN' }, 'username'],
    [{ username: 'someone', role: 'BOSS' }, 'role'],
    [{ username: 'someone', role: 'ADMIN', password: 'short' }, 'password'],
    [{ username: 'admin', role: 'ADMIN' }, 'username'],
    [{ username: 'someone', role: 'HR_ADMIN' }, 'agency'],
    [{ username: 'someone', role: 'HR_ADMIN', agencyCode: 'NOPE' }, 'agency'],
    [{ username: 'someone', role: 'EMPLOYEE' }, 'employee'],
    [{ username: 'someone', role: 'EMPLOYEE', employeeNip: '000000000000000000' }, 'employee'],
  ])('refuses to create %o (names %s)', async (input, field) => {
    const create = new AccountService(app.orm.em.fork()).create({ password: TEST_PASSWORD, ...input });
    await expect(create).rejects.toThrow(AccountInputError);
    await expect(create).rejects.toMatchObject({ field });
  });
});

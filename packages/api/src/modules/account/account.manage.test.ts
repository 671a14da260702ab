import { Role } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';

const SIGN_IN = `mutation($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { token userErrors { code } } }`;
const CHANGE = `mutation($i: AccountPasswordChangeInput!) { accountPasswordChange(input: $i) { account { username active } userErrors { field code message } } }`;
const RESET = `mutation($i: AccountPasswordResetInput!) { accountPasswordReset(input: $i) { account { username } userErrors { field code message } } }`;
const DISABLE = `mutation($i: AccountUsernameInput!) { accountDisable(input: $i) { account { username active } userErrors { field code message } } }`;
const ENABLE = `mutation($i: AccountUsernameInput!) { accountEnable(input: $i) { account { username active } userErrors { field code message } } }`;

type Payload = { account: { username: string; active?: boolean } | null; userErrors: { field: string[] | null; code: string; message: string }[] };
type SignIn = { sessionCreate: { token: string | null; userErrors: { code: string }[] } };

describe('account management', () => {
  let app: TestApp;
  let ip = 0;
  /** A fresh client address per sign-in, so the sign-in limit never gets in the way here. */
  const signIn = async (u: string, p: string) => (await app.execute<SignIn>(SIGN_IN, { u, p }, { as: null, ip: `10.7.0.${(ip += 1)}` })).sessionCreate;
  const viewerOf = async (token: string) => (await app.execute<{ viewer: { username: string } | null }>('{ viewer { username } }', undefined, { token })).viewer;
  const audit = async (action: string) => app.orm.em.fork().getConnection().execute<{ outcome: string; actor: string; subject: string; detail: Record<string, unknown> }[]>(
    `select outcome, actor_username as actor, subject_id as subject, detail from audit_event where action = ? order by id`, [action]);
  const hashOf = async (username: string) => (await app.orm.em.fork().getConnection().execute<{ h: string }[]>(
    'select password_hash as h from user_account where username = ?', [username]))[0]!.h;

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await app.addUser('bkd.kdi', Role.HR_ADMIN, { agencyCode: 'KDI' });
    await app.addUser('bkd.pauh', Role.HR_ADMIN, { agencyCode: 'PAUH' });
    await app.addUser('pimpinan.kdi', Role.LEADER, { agencyCode: 'KDI' });
    await app.addUser('analis.bkd', Role.ANALYST, { agencyCode: 'KDI-BKD' });
    await app.addUser('analis.pauh', Role.ANALYST, { agencyCode: 'PAUH' });
    await app.addUser('pegawai.kdi', Role.EMPLOYEE, { employeeNip: '199708162024041001' });
  });
  afterAll(async () => app?.close());

  it('changes your own password only with the current one, and ends every session of yours', async () => {
    const first = (await signIn('pegawai.kdi', TEST_PASSWORD)).token!;
    const second = (await signIn('pegawai.kdi', TEST_PASSWORD)).token!;
    const change = async (currentPassword: string, newPassword: string) =>
      (await app.execute<{ accountPasswordChange: Payload }>(CHANGE, { i: { currentPassword, newPassword } }, { token: first })).accountPasswordChange;

    const before = await hashOf('pegawai.kdi');
    expect((await change('wrong-password!', 'a-brand-new-password')).userErrors)
      .toEqual([{ field: ['input', 'currentPassword'], code: 'UNAUTHENTICATED', message: 'The current password is wrong.' }]);
    expect((await change(TEST_PASSWORD, 'too-short')).userErrors)
      .toEqual([{ field: ['input', 'newPassword'], code: 'VALIDATION', message: 'The new password must be at least 12 characters.' }]);
    expect((await change(TEST_PASSWORD, TEST_PASSWORD)).userErrors[0]).toMatchObject({ field: ['input', 'newPassword'], code: 'VALIDATION' });
    expect(await hashOf('pegawai.kdi')).toBe(before);

    expect(await change(TEST_PASSWORD, 'a-brand-new-password')).toEqual({ account: { username: 'pegawai.kdi', active: true }, userErrors: [] });
    expect(await viewerOf(first)).toBeNull();
    expect(await viewerOf(second)).toBeNull();
    expect((await signIn('pegawai.kdi', TEST_PASSWORD)).token).toBeNull();
    expect((await signIn('pegawai.kdi', 'a-brand-new-password')).token).toBeTruthy();

    const events = await audit('USER_PASSWORD_CHANGE');
    expect(events.map((e) => e.outcome)).toEqual(['FAILURE', 'FAILURE', 'FAILURE', 'SUCCESS']);
    expect(events[3]).toMatchObject({ actor: 'pegawai.kdi', detail: { username: 'pegawai.kdi', sessionsRevoked: 2 } });
    expect(JSON.stringify(events)).not.toContain('a-brand-new-password');
  });

  it('lets an ADMIN reset any password, ending that user\'s sessions', async () => {
    const token = (await signIn('pimpinan.kdi', TEST_PASSWORD)).token!;
    const reset = await app.execute<{ accountPasswordReset: Payload }>(RESET, { i: { username: 'PIMPINAN.KDI', newPassword: 'reset-by-the-admin' } });
    expect(reset.accountPasswordReset).toEqual({ account: { username: 'pimpinan.kdi' }, userErrors: [] });
    expect(await viewerOf(token)).toBeNull();
    expect((await signIn('pimpinan.kdi', 'reset-by-the-admin')).token).toBeTruthy();
    const short = await app.execute<{ accountPasswordReset: Payload }>(RESET, { i: { username: 'pimpinan.kdi', newPassword: 'short' } });
    expect(short.accountPasswordReset.userErrors).toEqual([{ field: ['input', 'newPassword'], code: 'VALIDATION', message: 'The new password must be at least 12 characters.' }]);
    const nobody = await app.execute<{ accountPasswordReset: Payload }>(RESET, { i: { username: 'nobody', newPassword: 'long-enough-password' } });
    expect(nobody.accountPasswordReset.userErrors[0]).toMatchObject({ field: ['input', 'username'], code: 'NOT_FOUND' });
  });

  it('lets an HR_ADMIN manage accounts below HR_ADMIN in their subtree only; others look absent', async () => {
    const asHr = async (query: string, username: string, extra: Record<string, unknown> = {}) =>
      Object.values(await app.execute<Record<string, Payload>>(query, { i: { username, ...extra } }, { as: 'bkd.kdi' }))[0]!;
    expect((await asHr(RESET, 'analis.bkd', { newPassword: 'set-by-hr-admin-kdi' })).userErrors).toEqual([]);
    const outside = await asHr(RESET, 'analis.pauh', { newPassword: 'set-by-hr-admin-kdi' });
    const admin = await asHr(DISABLE, 'admin');
    const peer = await asHr(DISABLE, 'bkd.pauh');
    const absent = await asHr(DISABLE, 'nobody');
    for (const refused of [outside, admin, peer]) expect(refused).toEqual(absent);
    expect(absent.userErrors[0]).toMatchObject({ field: ['input', 'username'], code: 'NOT_FOUND' });
    expect((await signIn('analis.pauh', TEST_PASSWORD)).token).toBeTruthy();
    expect((await signIn('admin', TEST_PASSWORD)).token).toBeTruthy();
    const denied = (await audit('USER_DISABLE')).filter((e) => e.actor === 'bkd.kdi').map((e) => e.outcome);
    expect(denied).toEqual(['DENIED', 'DENIED', 'FAILURE']);

    const leader = await app.run(DISABLE, { i: { username: 'analis.bkd' } }, { as: 'pimpinan.kdi' });
    expect(leader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('disables an account at once (sessions end, sign-in refused) and enables it again; nobody disables themselves', async () => {
    const token = (await signIn('analis.pauh', TEST_PASSWORD)).token!;
    const off = await app.execute<{ accountDisable: Payload }>(DISABLE, { i: { username: 'analis.pauh' } });
    expect(off.accountDisable).toEqual({ account: { username: 'analis.pauh', active: false }, userErrors: [] });
    expect(await viewerOf(token)).toBeNull();
    expect((await signIn('analis.pauh', TEST_PASSWORD)).userErrors[0]?.code).toBe('UNAUTHENTICATED');
    const on = await app.execute<{ accountEnable: Payload }>(ENABLE, { i: { username: 'analis.pauh' } });
    expect(on.accountEnable).toEqual({ account: { username: 'analis.pauh', active: true }, userErrors: [] });
    expect(await viewerOf(token)).toBeNull();
    expect((await signIn('analis.pauh', TEST_PASSWORD)).token).toBeTruthy();

    const self = await app.execute<{ accountDisable: Payload }>(DISABLE, { i: { username: 'admin' } });
    expect(self.accountDisable.userErrors[0]).toMatchObject({ field: ['input', 'username'], code: 'INVALID_STATE' });
    expect((await signIn('admin', TEST_PASSWORD)).token).toBeTruthy();
    const events = await audit('USER_ENABLE');
    expect(events.at(-1)).toMatchObject({ outcome: 'SUCCESS', actor: 'admin', detail: { username: 'analis.pauh', active: { from: false, to: true } } });
  });

  it('refuses anonymous callers', async () => {
    const result = await app.run(CHANGE, { i: { currentPassword: TEST_PASSWORD, newPassword: 'whatever-long-enough' } }, { as: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

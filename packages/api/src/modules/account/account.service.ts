import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_SCOPED_ROLES, EMPLOYEE_SCOPED_ROLES, ErrorCode, normaliseRoles, primaryRole, Role, ROLES } from '@kinerja/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { auditedWrite, type AuditSubject, type WriteActor, type WriteOutcome, type WritePolicy } from '../../common/audit/audited-write.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../common/auth/password.js';
import type { TokenService } from '../../common/auth/token.js';
import { hasRole, type Viewer } from '../../common/auth/viewer.js';
import { denied, refuse } from '../../common/input/refusal.js';
import type { UserErrorData } from '../../common/graphql/errors.js';
import { Agency } from '../agency/agency.entity.js';
import { AuditOutcome, AuditService } from '../../common/audit/audit.service.js';
import { Employee } from '../employee/employee.entity.js';
import { UserAccount } from './user-account.entity.js';
import { UserSession } from './user-session.entity.js';

/**
 * Sign-in attempts per client address and username: 10 per 15 minutes, then the pair is locked
 * out until the window passes. A point is consumed before the password is checked — one
 * synchronous step in this process, so parallel guesses cannot all pass a "not yet locked" check
 * before any of them is counted — and a successful sign-in clears the pair's count.
 */
export const LOGIN_LIMIT = { attempts: 10, windowSeconds: 15 * 60 } as const;
const loginAttempts = new RateLimiterMemory({ points: LOGIN_LIMIT.attempts, duration: LOGIN_LIMIT.windowSeconds });

/**
 * Refused sign-ins are audited at most once per username and address per minute, so a flood of
 * guesses cannot fill the append-only audit table; each event's `detail.attempts` counts the
 * refusals since the pair's previous event, this one included.
 */
export const REFUSAL_AUDIT_WINDOW_MS = 60_000;
const REFUSAL_AUDIT_MAX_KEYS = 10_000;
const refusalsSinceEvent = new Map<string, { since: number; suppressed: number }>();

/** How many refusals to report now for this key, or null when this one is only counted. */
function refusalToAudit(key: string, now = Date.now()): number | null {
  const entry = refusalsSinceEvent.get(key);
  if (entry && now - entry.since < REFUSAL_AUDIT_WINDOW_MS) {
    entry.suppressed += 1;
    return null;
  }
  refusalsSinceEvent.delete(key);
  refusalsSinceEvent.set(key, { since: now, suppressed: 0 });
  // Bounded memory under a flood of made-up usernames: forget the oldest pairs first.
  if (refusalsSinceEvent.size > REFUSAL_AUDIT_MAX_KEYS) {
    const oldest = refusalsSinceEvent.keys().next().value;
    if (oldest !== undefined) refusalsSinceEvent.delete(oldest);
  }
  return 1 + (entry?.suppressed ?? 0);
}

// A hash to verify against when the username is unknown, so both cases take the same time.
const dummyHash = hashPassword('kinerja-timing-equaliser');

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; account: UserAccount }
  | { ok: false; error: UserErrorData };

/** The actor of account writes made from the command line (audited as `cli`, with ADMIN rights). */
export const CLI_VIEWER: Viewer = {
  userId: 0, sessionId: null, username: 'cli', roles: [Role.ADMIN], agencyId: null, employeeId: null,
  agencyIds: 'ALL', subtreeIds: 'ALL', people: { kind: 'ALL' },
};

const ACCOUNT_WRITES: WritePolicy = { conflict: () => null, fieldForm: 'path' };

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * Whether a viewer may reset, disable or enable an account: an ADMIN any account, an HR_ADMIN
 * the accounts below ADMIN and HR_ADMIN scoped to their agency subtree.
 */
export function mayManage(viewer: Viewer, account: UserAccount): boolean {
  if (hasRole(viewer, Role.ADMIN)) return true;
  if (!hasRole(viewer, Role.HR_ADMIN)) return false;
  if (account.roles.includes(Role.ADMIN) || account.roles.includes(Role.HR_ADMIN)) return false;
  return account.agency != null && viewer.subtreeIds !== 'ALL' && viewer.subtreeIds.has(account.agency.id);
}

export class AccountService {
  constructor(private readonly em: EntityManager) {}

  async login(input: { username: string; password: string }, client: { ip: string; requestId: string }, tokens: TokenService): Promise<LoginResult> {
    const username = normaliseUsername(input.username);
    const key = `${client.ip}|${username}`;
    const audit = new AuditService(this.em, { viewer: null, requestId: client.requestId, username });
    const refused = async (outcome: AuditOutcome, reason: string) => {
      const attempts = refusalToAudit(key);
      if (attempts == null) return;
      await audit.recordNow({ action: 'SESSION_CREATE', subjectType: 'user_account', outcome, detail: { reason, ip: client.ip, attempts } });
    };
    try {
      await loginAttempts.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      await refused(AuditOutcome.DENIED, 'rate limited');
      return { ok: false, error: { field: null, code: ErrorCode.RATE_LIMITED, message: `Too many failed sign-ins; try again in ${Math.ceil(error.msBeforeNext / 60000)} minute(s).` } };
    }
    const account = await this.em.findOne(UserAccount, { username, active: true });
    const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash), input.password);
    if (!account || !valid) {
      await refused(AuditOutcome.FAILURE, 'wrong credentials');
      return { ok: false, error: { field: ['input', 'password'], code: ErrorCode.UNAUTHENTICATED, message: 'Unknown username or wrong password.' } };
    }
    await loginAttempts.delete(key);
    const { token, expiresAt } = await this.openSession(account, tokens);
    await audit.recordNow({ action: 'SESSION_CREATE', subjectType: 'user_account', subjectId: account.id, outcome: AuditOutcome.SUCCESS, detail: { ip: client.ip } });
    return { ok: true, token, expiresAt, account };
  }

  /** Signs a token for the account and stores its session, which the token is only good for while live. */
  async openSession(account: UserAccount, tokens: TokenService): Promise<{ token: string; expiresAt: Date }> {
    const { token, expiresAt, sessionId } = await tokens.sign({ userId: account.id, username: account.username, role: primaryRole(account.roles) ?? Role.EMPLOYEE });
    const fork = this.em.fork();
    // Sessions that ended are of no further use (the audit trail keeps the sign-ins): each sign-in
    // clears its user's, so the table holds about one row per session of the last 8 hours.
    await fork.nativeDelete(UserSession, { user: account.id, expiresAt: { $lt: new Date() } });
    fork.create(UserSession, { id: sessionId, user: fork.getReference(UserAccount, account.id), expiresAt });
    await fork.flush();
    return { token, expiresAt };
  }

  /** Ends one session (sign-out); an unknown or already ended one is left as it is. */
  async closeSession(sessionId: string): Promise<void> {
    await this.em.nativeUpdate(UserSession, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  }

  /** The signed-in user changes their own password, proving they know the current one. Ends all their sessions. */
  async changePassword(actor: WriteActor & { ip: string }, input: { currentPassword: string; newPassword: string }): Promise<WriteOutcome<UserAccount>> {
    return auditedWrite(actor, 'USER_PASSWORD_CHANGE', { subjectType: 'user_account', subjectId: actor.viewer.userId }, async (em, note) => {
      const problem = passwordProblem(input.newPassword);
      if (problem) refuse(ErrorCode.VALIDATION, `The new password ${problem}.`, ['input', 'newPassword']);
      // Guessing the current password here costs the same points as guessing it at sign-in.
      const key = `${actor.ip}|${actor.viewer.username}`;
      try {
        await loginAttempts.consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        throw denied(ErrorCode.RATE_LIMITED, `Too many wrong passwords; try again in ${Math.ceil(error.msBeforeNext / 60000)} minute(s).`, ['input', 'currentPassword']);
      }
      const account = await em.findOneOrFail(UserAccount, { id: actor.viewer.userId, active: true }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
        refuse(ErrorCode.UNAUTHENTICATED, 'The current password is wrong.', ['input', 'currentPassword']);
      }
      await loginAttempts.delete(key);
      if (input.newPassword === input.currentPassword) refuse(ErrorCode.VALIDATION, 'The new password must differ from the current one.', ['input', 'newPassword']);
      note.detail = { username: account.username, sessionsRevoked: await this.setPassword(em, account, input.newPassword) };
      return account;
    }, ACCOUNT_WRITES);
  }

  /** An ADMIN (or an HR_ADMIN within their subtree) sets someone's password. Ends all their sessions. */
  async resetPassword(actor: WriteActor, input: { username: string; newPassword: string }): Promise<WriteOutcome<UserAccount>> {
    return auditedWrite(actor, 'USER_PASSWORD_RESET', { subjectType: 'user_account' }, async (em, note) => {
      const problem = passwordProblem(input.newPassword);
      if (problem) refuse(ErrorCode.VALIDATION, `The new password ${problem}.`, ['input', 'newPassword']);
      const account = await this.manageable(em, actor.viewer, input.username, note);
      note.detail = { username: account.username, sessionsRevoked: await this.setPassword(em, account, input.newPassword) };
      return account;
    }, ACCOUNT_WRITES);
  }

  /** Disables (active = false, all sessions ended) or re-enables an account. Nobody disables their own. */
  async setActive(actor: WriteActor, input: { username: string }, active: boolean): Promise<WriteOutcome<UserAccount>> {
    return auditedWrite(actor, active ? 'USER_ENABLE' : 'USER_DISABLE', { subjectType: 'user_account' }, async (em, note) => {
      const account = await this.manageable(em, actor.viewer, input.username, note);
      if (!active && account.id === actor.viewer.userId) {
        refuse(ErrorCode.INVALID_STATE, 'You cannot disable your own account; ask another administrator.', ['input', 'username']);
      }
      const before = account.active;
      account.active = active;
      const sessionsRevoked = active ? 0 : await this.revokeSessions(em, account.id);
      note.detail = { username: account.username, active: { from: before, to: active }, sessionsRevoked };
      return account;
    }, ACCOUNT_WRITES);
  }

  /** The account the viewer names, locked for the write; absent and out of scope answer the same. */
  private async manageable(em: EntityManager, viewer: Viewer, username: string, note: AuditSubject): Promise<UserAccount> {
    const account = await em.findOne(UserAccount, { username: normaliseUsername(username) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const notFound = 'No such account, or it is outside your agency subtree.';
    if (!account) refuse(ErrorCode.NOT_FOUND, notFound, ['input', 'username']);
    note.subjectId = account.id;
    if (!mayManage(viewer, account)) throw denied(ErrorCode.NOT_FOUND, notFound, ['input', 'username']);
    return account;
  }

  private async setPassword(em: EntityManager, account: UserAccount, password: string): Promise<number> {
    account.passwordHash = await hashPassword(password);
    return this.revokeSessions(em, account.id);
  }

  private async revokeSessions(em: EntityManager, userId: number): Promise<number> {
    return em.nativeUpdate(UserSession, { user: userId, revokedAt: null, expiresAt: { $gt: new Date() } }, { revokedAt: new Date() });
  }

  /**
   * Creates an account (CLI `user add`, demo data) holding one or more roles (SPEC §6). Agency-scoped
   * roles need an agency, SUPERVISOR and EMPLOYEE an employee (their agency follows from it, unless
   * an agency-scoped role names one).
   */
  async create(input: {
    username: string; password: string; roles: string | readonly string[]; agencyCode?: string | null; employeeNip?: string | null;
  }): Promise<UserAccount> {
    const username = normaliseUsername(input.username);
    if (!/^[a-z0-9._-]{3,40}$/.test(username)) throw new AccountInputError('username', 'use 3–40 letters, digits, dots, dashes or underscores');
    const asked = typeof input.roles === 'string' ? [input.roles] : input.roles;
    const unknown = asked.find((role) => !ROLES.includes(role as Role));
    if (asked.length === 0) throw new AccountInputError('role', `give at least one of ${ROLES.join('/')}`);
    if (unknown != null) throw new AccountInputError('role', `${JSON.stringify(unknown)} is not ${ROLES.join('/')}`);
    const roles = normaliseRoles(asked as Role[]);
    const problem = passwordProblem(input.password);
    if (problem) throw new AccountInputError('password', problem);
    if (await this.em.count(UserAccount, { username })) throw new AccountInputError('username', 'is taken');

    let agency: Agency | null = null;
    let employee: Employee | null = null;
    if (input.employeeNip) {
      employee = await this.em.findOne(Employee, { nip: input.employeeNip });
      if (!employee) throw new AccountInputError('employee', `no employee with NIP ${input.employeeNip}`);
    }
    if (input.agencyCode) {
      agency = await this.em.findOne(Agency, { code: input.agencyCode });
      if (!agency) throw new AccountInputError('agency', `no agency with code ${input.agencyCode}`);
    }
    const needsAgency = roles.find((role) => AGENCY_SCOPED_ROLES.includes(role));
    const needsEmployee = roles.find((role) => EMPLOYEE_SCOPED_ROLES.includes(role));
    if (needsAgency && !agency) throw new AccountInputError('agency', `a ${needsAgency} account needs --agency`);
    if (needsEmployee && !employee) throw new AccountInputError('employee', `a ${needsEmployee} account needs --employee`);

    const account = this.em.create(UserAccount, {
      username,
      passwordHash: await hashPassword(input.password),
      roles,
      agency: agency ?? employee?.agency ?? null,
      employee,
    });
    new AuditService(this.em, { viewer: null, requestId: 'cli', username: 'cli' })
      .record({ action: 'USER_CREATE', subjectType: 'user_account', outcome: AuditOutcome.SUCCESS, detail: { username, roles } });
    await this.em.flush();
    return account;
  }
}

export class AccountInputError extends Error {
  constructor(readonly field: string, reason: string) {
    super(`${field}: ${reason}`);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_SCOPED_ROLES, EMPLOYEE_SCOPED_ROLES, ErrorCode, Role, ROLES } from '@kinerja/shared';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../../common/auth/password.js';
import type { TokenService } from '../../common/auth/token.js';
import type { UserErrorData } from '../../common/graphql/errors.js';
import { Agency } from '../agency/agency.entity.js';
import { AuditOutcome, AuditService } from '../audit/audit.service.js';
import { Employee } from '../employee/employee.entity.js';
import { UserAccount } from './user-account.entity.js';

/**
 * Failed sign-ins per client address and username: 10 per 15 minutes, then the pair is locked out
 * until the window passes. Successful sign-ins cost nothing.
 */
export const LOGIN_LIMIT = { attempts: 10, windowSeconds: 15 * 60 } as const;
const failedLogins = new RateLimiterMemory({ points: LOGIN_LIMIT.attempts, duration: LOGIN_LIMIT.windowSeconds });

// A hash to verify against when the username is unknown, so both cases take the same time.
const dummyHash = hashPassword('kinerja-timing-equaliser');

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; account: UserAccount }
  | { ok: false; error: UserErrorData };

export class AccountService {
  constructor(private readonly em: EntityManager) {}

  async login(input: { username: string; password: string }, client: { ip: string; requestId: string }, tokens: TokenService): Promise<LoginResult> {
    const username = input.username.trim().toLowerCase();
    const key = `${client.ip}|${username}`;
    const audit = new AuditService(this.em, { viewer: null, requestId: client.requestId, username });
    const limit = await failedLogins.get(key);
    if (limit && limit.remainingPoints <= 0) {
      await audit.recordNow({ action: 'SESSION_CREATE', subjectType: 'user_account', outcome: AuditOutcome.DENIED, detail: { reason: 'rate limited' } });
      return { ok: false, error: { field: null, code: ErrorCode.RATE_LIMITED, message: `Too many failed sign-ins; try again in ${Math.ceil(limit.msBeforeNext / 60000)} minute(s).` } };
    }
    const account = await this.em.findOne(UserAccount, { username, active: true });
    const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash), input.password);
    if (!account || !valid) {
      await failedLogins.penalty(key, 1);
      await audit.recordNow({ action: 'SESSION_CREATE', subjectType: 'user_account', outcome: AuditOutcome.FAILURE });
      return { ok: false, error: { field: ['input', 'password'], code: ErrorCode.UNAUTHENTICATED, message: 'Unknown username or wrong password.' } };
    }
    await failedLogins.delete(key);
    const { token, expiresAt } = await tokens.sign({ userId: account.id, username: account.username, role: account.role });
    await audit.recordNow({ action: 'SESSION_CREATE', subjectType: 'user_account', subjectId: account.id, outcome: AuditOutcome.SUCCESS });
    return { ok: true, token, expiresAt, account };
  }

  /**
   * Creates an account (CLI `user add`, demo data). Agency-scoped roles need an agency, SUPERVISOR
   * and EMPLOYEE an employee (their agency follows from it).
   */
  async create(input: { username: string; password: string; role: string; agencyCode?: string | null; employeeNip?: string | null }): Promise<UserAccount> {
    const username = input.username.trim().toLowerCase();
    if (!/^[a-z0-9._-]{3,40}$/.test(username)) throw new AccountInputError('username', 'use 3–40 letters, digits, dots, dashes or underscores');
    if (!ROLES.includes(input.role as Role)) throw new AccountInputError('role', `not ${ROLES.join('/')}`);
    const role = input.role as Role;
    if (input.password.length < MIN_PASSWORD_LENGTH) throw new AccountInputError('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
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
    if (AGENCY_SCOPED_ROLES.includes(role) && !agency) throw new AccountInputError('agency', `a ${role} account needs --agency`);
    if (EMPLOYEE_SCOPED_ROLES.includes(role) && !employee) throw new AccountInputError('employee', `a ${role} account needs --employee`);

    const account = this.em.create(UserAccount, {
      username,
      passwordHash: await hashPassword(input.password),
      role,
      agency: agency ?? employee?.agency ?? null,
      employee,
    });
    new AuditService(this.em, { viewer: null, requestId: 'cli', username: 'cli' })
      .record({ action: 'USER_CREATE', subjectType: 'user_account', outcome: AuditOutcome.SUCCESS, detail: { username, role } });
    await this.em.flush();
    return account;
  }
}

export class AccountInputError extends Error {
  constructor(readonly field: string, reason: string) {
    super(`${field}: ${reason}`);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@kinerja/shared';
import { verifyPassword } from '../common/auth/password.js';
import { AccountService } from '../modules/account/account.service.js';
import { UserAccount } from '../modules/account/user-account.entity.js';
import { sqlFromEm } from '../common/database/sql.js';

/**
 * Every demo account signs in with this password (README lists the accounts). It is published, so
 * a production server refuses to start while an active account still has it (demoPasswordAccounts).
 */
export const DEMO_PASSWORD = 'kinerja-demo-2026';
/** The region the agency-scoped demo accounts look after. */
export const DEMO_REGION = 'KDI';

export interface DemoAccount {
  username: string;
  /** One role, or several (SPEC §6: a kepala dinas is LEADER of the dinas and SUPERVISOR of their reports). */
  roles: Role[];
  agencyCode?: string;
  employeeNip?: string;
}

/**
 * One account per role, tied to real demo agencies and employees: the supervisor is the Kendari
 * employee with the most direct reports who has a supervisor of their own (so objections have
 * someone to decide them), and the employee one of their reports. One account holds two roles: the
 * kepala dinas of Kendari's largest dinas (its head, who reports to the Sekda) is LEADER of the dinas
 * and SUPERVISOR of their reports, with one sign-in.
 */
export async function createDemoAccounts(em: EntityManager): Promise<DemoAccount[]> {
  const [pick] = await sqlFromEm(em).query<{ supervisor_nip: string; employee_nip: string }>(
    `select s.nip as supervisor_nip, min(e.nip) as employee_nip
     from employee s join employee e on e.supervisor_id = s.id
     join agency_closure c on c.descendant_id = s.agency_id join agency r on r.id = c.ancestor_id and r.code = $1
     where s.supervisor_id is not null and s.active and e.active
     group by s.id, s.nip order by count(*) desc, s.nip limit 1`, [DEMO_REGION]);
  const [head] = await sqlFromEm(em).query<{ head_nip: string; agency_code: string }>(
    `select h.nip as head_nip, a.code as agency_code
     from employee h join employee s on s.id = h.supervisor_id and s.agency_id <> h.agency_id
     join agency a on a.id = h.agency_id and a.kind = 'DINAS'
     join agency_closure c on c.descendant_id = a.id join agency r on r.id = c.ancestor_id and r.code = $1
     where h.active
     order by (select count(*) from agency_closure d join employee e on e.agency_id = d.descendant_id
               where d.ancestor_id = a.id) desc, a.code, h.nip
     limit 1`, [DEMO_REGION]);
  const accounts: DemoAccount[] = [
    { username: 'admin', roles: [Role.ADMIN] },
    { username: 'bkd.kendari', roles: [Role.HR_ADMIN], agencyCode: DEMO_REGION },
    { username: 'pimpinan.kendari', roles: [Role.LEADER], agencyCode: DEMO_REGION },
    { username: 'perencana.kendari', roles: [Role.TRAINING_PLANNER], agencyCode: DEMO_REGION },
    { username: 'analis.kendari', roles: [Role.ANALYST], agencyCode: DEMO_REGION },
  ];
  if (pick) {
    accounts.push(
      { username: 'atasan', roles: [Role.SUPERVISOR], employeeNip: pick.supervisor_nip },
      { username: 'pegawai', roles: [Role.EMPLOYEE], employeeNip: pick.employee_nip },
    );
  }
  if (head) {
    accounts.push({ username: 'kadis.kendari', roles: [Role.LEADER, Role.SUPERVISOR], agencyCode: head.agency_code, employeeNip: head.head_nip });
  }
  const service = new AccountService(em);
  for (const account of accounts) {
    if (await em.count(UserAccount, { username: account.username })) continue;
    await service.create({ ...account, password: DEMO_PASSWORD });
  }
  return accounts;
}

/** Usernames createDemoAccounts uses (the accounts a demo password could be left on). */
export const DEMO_USERNAMES = ['admin', 'bkd.kendari', 'pimpinan.kendari', 'perencana.kendari', 'analis.kendari', 'atasan', 'pegawai', 'kadis.kendari'] as const;

/**
 * Active accounts whose password is still the published demo one. Only the demo usernames are
 * checked: every check is a deliberately slow Argon2 verification, and those are the accounts
 * created with it (`user add` and resets take any password of 12+ characters, the demo one included,
 * so it is checked under those names whoever set it).
 */
export async function demoPasswordAccounts(em: EntityManager): Promise<string[]> {
  const accounts = await em.find(UserAccount, { username: { $in: [...DEMO_USERNAMES] }, active: true }, { orderBy: { username: 'asc' } });
  const found: string[] = [];
  for (const account of accounts) {
    if (await verifyPassword(account.passwordHash, DEMO_PASSWORD)) found.push(account.username);
  }
  return found;
}

/** Why a production server must not start with these accounts, and how to fix it. */
export function demoPasswordRefusal(usernames: readonly string[]): string {
  return [
    `Refusing to start in production (NODE_ENV=production): ${usernames.length} active account(s) still have the published demo password: ${usernames.join(', ')}.`,
    'Give each a new password or disable it, then start again:',
    ...usernames.map((u) => `  pnpm kinerja user passwd --username ${u}      (or: pnpm kinerja user disable --username ${u})`),
  ].join('\n');
}

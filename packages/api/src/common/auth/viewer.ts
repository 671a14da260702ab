import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@kinerja/shared';
import { sqlFromEm } from '../database/sql.js';

/** The signed-in user of a request and what they may see (SPEC §6). */
export interface Viewer {
  userId: number;
  /** The session (token `jti`) the request came with; null for a viewer built outside a request (CLI, tests). */
  sessionId?: string | null;
  username: string;
  role: Role;
  agencyId: number | null;
  employeeId: number | null;
  /** Agencies whose data the viewer may see; 'ALL' for ADMIN. */
  agencyIds: ReadonlySet<number> | 'ALL';
  /** Employees the viewer may see individually; 'ALL' for ADMIN; by agency for agency-scoped roles. */
  employeeScope: { kind: 'ALL' } | { kind: 'AGENCIES' } | { kind: 'EMPLOYEES'; ids: ReadonlySet<number> } | { kind: 'NONE' };
}

interface AccountRow {
  id: number;
  username: string;
  role: Role;
  agency_id: number | null;
  employee_id: number | null;
}

/**
 * Loads the account behind a token and works out its scope; null when the account is gone or
 * disabled, or — given a session — when that session was revoked or has expired. The session and
 * the account come in one query over the session's primary key.
 */
export async function loadViewer(em: EntityManager, claims: number | { userId: number; sessionId: string }): Promise<Viewer | null> {
  const sql = sqlFromEm(em);
  const [account] = typeof claims === 'number'
    ? await sql.query<AccountRow>(
      'select id, username, role, agency_id, employee_id from user_account where id = $1 and active', [claims])
    : await sql.query<AccountRow>(
      `select a.id, a.username, a.role, a.agency_id, a.employee_id
       from user_session s join user_account a on a.id = s.user_id
       where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.expires_at > now() and a.active`,
      [claims.sessionId, claims.userId]);
  if (!account) return null;
  const base = {
    userId: account.id,
    sessionId: typeof claims === 'number' ? null : claims.sessionId,
    username: account.username,
    role: account.role,
    agencyId: account.agency_id,
    employeeId: account.employee_id,
  };
  if (account.role === Role.ADMIN) return { ...base, agencyIds: 'ALL', employeeScope: { kind: 'ALL' } };

  const subtree = async (agencyId: number | null) => new Set(agencyId == null ? [] : (await sql.query<{ id: number }>(
    'select descendant_id as id from agency_closure where ancestor_id = $1', [agencyId])).map((r) => r.id));

  switch (account.role) {
    case Role.HR_ADMIN:
    case Role.LEADER:
    case Role.TRAINING_PLANNER:
      return { ...base, agencyIds: await subtree(base.agencyId), employeeScope: { kind: 'AGENCIES' } };
    case Role.ANALYST:
      return { ...base, agencyIds: await subtree(base.agencyId), employeeScope: { kind: 'NONE' } };
    case Role.SUPERVISOR: {
      // Direct and indirect subordinates, and the supervisor's own record.
      const rows = base.employeeId == null ? [] : await sql.query<{ id: number; agency_id: number }>(
        `with recursive team(id, agency_id) as (
           select id, agency_id from employee where id = $1
           union select e.id, e.agency_id from employee e join team t on e.supervisor_id = t.id)
         select id, agency_id from team`, [base.employeeId]);
      return {
        ...base,
        agencyIds: new Set(rows.map((r) => r.agency_id)),
        employeeScope: { kind: 'EMPLOYEES', ids: new Set(rows.map((r) => r.id)) },
      };
    }
    case Role.EMPLOYEE: {
      const own = base.employeeId == null ? [] : await sql.query<{ agency_id: number }>(
        'select agency_id from employee where id = $1', [base.employeeId]);
      return {
        ...base,
        agencyIds: new Set(own.map((r) => r.agency_id)),
        employeeScope: { kind: 'EMPLOYEES', ids: new Set(base.employeeId == null ? [] : [base.employeeId]) },
      };
    }
  }
}

export function canSeeAgency(viewer: Viewer, agencyId: number): boolean {
  return viewer.agencyIds === 'ALL' || viewer.agencyIds.has(agencyId);
}

/** Whether the viewer may see this employee as an individual (name, NIP, appraisal). */
export function canSeeEmployee(viewer: Viewer, employee: { id: number; agencyId: number }): boolean {
  switch (viewer.employeeScope.kind) {
    case 'ALL': return true;
    case 'AGENCIES': return canSeeAgency(viewer, employee.agencyId);
    case 'EMPLOYEES': return viewer.employeeScope.ids.has(employee.id);
    case 'NONE': return false;
  }
}

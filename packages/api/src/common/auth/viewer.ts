import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_SCOPED_ROLES, can, normaliseRoles, primaryRole, Role } from '@kinerja/shared';
import { sqlFromEm } from '../database/sql.js';

/**
 * The signed-in user of a request and what they may see (SPEC §6). An account holds one or more
 * roles; its scope is the union of the role scopes: a kepala dinas who is LEADER of their agency and
 * SUPERVISOR of their reports sees the agency subtree and the team, with one sign-in.
 */
export interface Viewer {
  userId: number;
  /** The session (token `jti`) the request came with; null for a viewer built outside a request (CLI, tests). */
  sessionId?: string | null;
  username: string;
  /**
   * The roles the viewer acts in, in ROLES order: those granted to the account, plus SUPERVISOR for
   * anyone linked to an employee who has subordinates (no grant needed).
   */
  roles: readonly Role[];
  agencyId: number | null;
  employeeId: number | null;
  /** Agencies whose data the viewer may see: 'ALL' for ADMIN; else the subtree plus the agencies of the team. */
  agencyIds: ReadonlySet<number> | 'ALL';
  /**
   * The agency subtree of the account's agency-scoped roles (HR_ADMIN, LEADER, TRAINING_PLANNER,
   * ANALYST): the agencies whose aggregates they read. 'ALL' for ADMIN; empty without such a role.
   */
  subtreeIds: ReadonlySet<number> | 'ALL';
  /**
   * People the viewer may see as individuals (name, NIP, appraisal): 'ALL' for ADMIN; else everyone
   * in `agencyIds` (the subtree of a people-reading agency role) and the employees in `employeeIds`
   * (the team of a SUPERVISOR, the own record of an EMPLOYEE).
   */
  people: { kind: 'ALL' } | { kind: 'SOME'; agencyIds: ReadonlySet<number>; employeeIds: ReadonlySet<number> };
}

interface AccountRow {
  id: number;
  username: string;
  roles: Role[];
  agency_id: number | null;
  employee_id: number | null;
}

/** The primary (widest) role of the viewer, for one-role screens and audit rows. */
export function viewerRole(viewer: Viewer): Role {
  return primaryRole(viewer.roles) ?? Role.EMPLOYEE;
}

/** The roles an audit row names as the actor's: `LEADER,SUPERVISOR` for a kepala dinas. */
export function actorRoles(viewer: Viewer): string {
  return viewer.roles.join(',');
}

/** Whether the viewer acts in this role (granted, or SUPERVISOR by having subordinates). */
export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.roles.includes(role);
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
      'select id, username, roles, agency_id, employee_id from user_account where id = $1 and active', [claims])
    : await sql.query<AccountRow>(
      `select a.id, a.username, a.roles, a.agency_id, a.employee_id
       from user_session s join user_account a on a.id = s.user_id
       where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.expires_at > now() and a.active`,
      [claims.sessionId, claims.userId]);
  if (!account) return null;
  const base = {
    userId: account.id,
    sessionId: typeof claims === 'number' ? null : claims.sessionId,
    username: account.username,
    agencyId: account.agency_id,
    employeeId: account.employee_id,
  };
  const granted = normaliseRoles(account.roles);
  if (granted.includes(Role.ADMIN)) {
    return { ...base, roles: granted, agencyIds: 'ALL', subtreeIds: 'ALL', people: { kind: 'ALL' } };
  }
  return { ...base, ...await scopeOf(em, granted, account.agency_id, account.employee_id) };
}

/**
 * The union of the role scopes of a non-ADMIN account: the agency subtree of its agency-scoped
 * roles, and the employee it is linked to with — when it has subordinates or holds SUPERVISOR — its
 * direct and indirect subordinates.
 */
async function scopeOf(em: EntityManager, granted: readonly Role[], agencyId: number | null, employeeId: number | null)
  : Promise<Pick<Viewer, 'roles' | 'agencyIds' | 'subtreeIds' | 'people'>> {
  const sql = sqlFromEm(em);
  const agencyScoped = granted.some((role) => AGENCY_SCOPED_ROLES.includes(role));
  const subtree = new Set(!agencyScoped || agencyId == null ? [] : (await sql.query<{ id: number }>(
    'select descendant_id as id from agency_closure where ancestor_id = $1', [agencyId])).map((r) => r.id));
  // The linked employee and their direct and indirect subordinates (the first row is the employee).
  const team = employeeId == null ? [] : await sql.query<{ id: number; agency_id: number }>(
    `with recursive team(id, agency_id, depth) as (
       select id, agency_id, 0 from employee where id = $1
       union select e.id, e.agency_id, t.depth + 1 from employee e join team t on e.supervisor_id = t.id)
     select distinct on (id) id, agency_id from team order by id, depth`, [employeeId]);
  const leads = team.length > 1;
  const roles = normaliseRoles(leads ? [...granted, Role.SUPERVISOR] : granted);
  const seen = roles.includes(Role.SUPERVISOR) ? team : roles.includes(Role.EMPLOYEE) ? team.filter((r) => r.id === employeeId) : [];
  // Agency-scoped roles that read people (HR_ADMIN, LEADER, TRAINING_PLANNER) see everyone in the subtree.
  const subtreePeople = granted.some((role) => AGENCY_SCOPED_ROLES.includes(role) && can(role, 'READ_PEOPLE'));
  return {
    roles,
    agencyIds: new Set([...subtree, ...seen.map((r) => r.agency_id)]),
    subtreeIds: subtree,
    people: { kind: 'SOME', agencyIds: subtreePeople ? subtree : new Set(), employeeIds: new Set(seen.map((r) => r.id)) },
  };
}

export function canSeeAgency(viewer: Viewer, agencyId: number): boolean {
  return viewer.agencyIds === 'ALL' || viewer.agencyIds.has(agencyId);
}

/** Whether the viewer may see this employee as an individual (name, NIP, appraisal). */
export function canSeeEmployee(viewer: Viewer, employee: { id: number; agencyId: number }): boolean {
  const { people } = viewer;
  return people.kind === 'ALL' || people.agencyIds.has(employee.agencyId) || people.employeeIds.has(employee.id);
}

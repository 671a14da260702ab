/** Who a user is to Kinerja; decides what they may see and change (SPEC §6). */
export const Role = {
  /** everything, everywhere */
  ADMIN: 'ADMIN',
  /** BKD staff: reference data, employees, cycles, imports and finalisation in their agency subtree */
  HR_ADMIN: 'HR_ADMIN',
  /** pimpinan: reads individuals and aggregates in their subtree, changes nothing */
  LEADER: 'LEADER',
  /** gap lists with names and aggregates in their subtree; maintains training programmes and records */
  TRAINING_PLANNER: 'TRAINING_PLANNER',
  /** aggregates only, no names or NIP; small groups suppressed */
  ANALYST: 'ANALYST',
  /** pejabat penilai: their direct and indirect subordinates */
  SUPERVISOR: 'SUPERVISOR',
  /** their own appraisal */
  EMPLOYEE: 'EMPLOYEE',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

/** Roles whose scope is an agency subtree (the account names the agency). */
export const AGENCY_SCOPED_ROLES: readonly Role[] = [Role.HR_ADMIN, Role.LEADER, Role.TRAINING_PLANNER, Role.ANALYST];
/** Roles whose scope follows an employee (the account names the employee). */
export const EMPLOYEE_SCOPED_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.EMPLOYEE];

const { ADMIN, HR_ADMIN, LEADER, TRAINING_PLANNER, ANALYST, SUPERVISOR, EMPLOYEE } = Role;

/**
 * The role matrix of SPEC §6 as data: per capability, the roles that hold it. The API's
 * `@Authorized(rolesWith(…))` guards, the analytics scope and the dashboard's menus all read this
 * one table, so a role cannot gain a page in one place and lose it in another. Scope (which
 * agencies, which people) is a second, separate filter applied by the services.
 */
export const CAPABILITIES = {
  /** Aggregates of an agency subtree: the analytics queries. */
  READ_AGGREGATES: [ADMIN, HR_ADMIN, LEADER, TRAINING_PLANNER, ANALYST],
  /**
   * Aggregates of one's own team (`team: true` in an analytics filter): the direct and indirect
   * subordinates of the employee the account is linked to, wherever they are placed.
   */
  READ_TEAM_AGGREGATES: [ADMIN, SUPERVISOR],
  /** Named people: employee lists, appraisals, training records, competency profiles (everyone but ANALYST). */
  READ_PEOPLE: [ADMIN, HR_ADMIN, LEADER, TRAINING_PLANNER, SUPERVISOR, EMPLOYEE],
  /** The named people behind the aggregates of a subtree: the gap lists a training planner enrols from. */
  READ_GAP_LISTS: [ADMIN, HR_ADMIN, LEADER, TRAINING_PLANNER],
  /** The audit trail of one's scope (ADMIN, HR_ADMIN) or of one's own data (SUPERVISOR, EMPLOYEE). */
  READ_AUDIT_TRAIL: [ADMIN, HR_ADMIN, SUPERVISOR, EMPLOYEE],
  /** Agencies, positions with their competency standards, and the competency catalogue. */
  WRITE_REFERENCE_DATA: [ADMIN, HR_ADMIN],
  /** Employees: create, correct, transfer, deactivate. */
  WRITE_EMPLOYEES: [ADMIN, HR_ADMIN],
  /** Appraisal cycles. */
  MANAGE_CYCLES: [ADMIN, HR_ADMIN],
  /** Other people's accounts: password reset, disable, enable. */
  MANAGE_ACCOUNTS: [ADMIN, HR_ADMIN],
  /** The training catalogue and employees' training records. */
  WRITE_TRAINING: [ADMIN, TRAINING_PLANNER],
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof CAPABILITIES;

/**
 * Roles that read aggregates with small groups suppressed (SPEC §5 small groups): no figure of a group
 * under SMALL_GROUP_THRESHOLD people, and no narrowing of an agency by position or employment type.
 */
export const SMALL_GROUPS_SUPPRESSED: readonly Role[] = [ANALYST];

/**
 * What an account holds (SPEC §6: one or more roles): one role, a role set, or nothing (signed out).
 * A role set holds the union of its roles' capabilities.
 */
export type Roles = Role | readonly Role[] | null | undefined;

function roleList(roles: Roles): readonly Role[] {
  if (roles == null) return [];
  return typeof roles === 'string' ? [roles] : roles;
}

/** The roles holding any of these capabilities, in ROLES order (an `@Authorized` list). */
export function rolesWith(...capabilities: readonly Capability[]): readonly Role[] {
  return ROLES.filter((role) => capabilities.some((c) => (CAPABILITIES[c] as readonly Role[]).includes(role)));
}

/** Whether any of these roles holds the capability; false for none (signed out). */
export function can(roles: Roles, capability: Capability): boolean {
  return roleList(roles).some((role) => (CAPABILITIES[capability] as readonly Role[]).includes(role));
}

/**
 * Whether these roles read aggregates with small groups suppressed: every role of the set that
 * reads aggregates is a suppressed one (an ANALYST who is also a LEADER of the same subtree sees
 * the people anyway, so nothing is gained by suppressing).
 */
export function suppressesSmallGroups(roles: Roles): boolean {
  const readers = roleList(roles).filter((role) => can(role, 'READ_AGGREGATES'));
  return readers.length > 0 && readers.every((role) => SMALL_GROUPS_SUPPRESSED.includes(role));
}

/** The role set in ROLES order, without repeats (how accounts store and show it). */
export function normaliseRoles(roles: Roles): Role[] {
  const held = roleList(roles);
  return ROLES.filter((role) => held.includes(role));
}

/**
 * The first role of the set in ROLES order (the widest): what a one-role screen shows. Null for an
 * empty set.
 */
export function primaryRole(roles: Roles): Role | null {
  return normaliseRoles(roles)[0] ?? null;
}

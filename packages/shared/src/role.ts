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

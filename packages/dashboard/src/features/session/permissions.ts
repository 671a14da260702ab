import { can, Role, suppressesSmallGroups } from '@kinerja/shared';

// What the dashboard shows each role (SPEC §6), read from the same capability table as the API's
// guards. The API enforces scope on every read; these only decide which pages and links are offered,
// so nobody is led to a page that would answer "forbidden". An account may hold several roles (a
// kepala dinas is SUPERVISOR and LEADER): a page is offered when any of them allows it.

type Roles = Role | readonly Role[] | undefined | null;
const list = (roles: Roles): readonly Role[] => (roles == null ? [] : typeof roles === 'string' ? [roles] : roles);

/** Roles that read analytics of an agency subtree. */
export function canSeeAnalytics(roles: Roles): boolean {
  return list(roles).some((role) => can(role, 'READ_AGGREGATES'));
}

/**
 * False for analysts: they read whole agencies, because a position-type or employment-type cut of an
 * agency could differ from the whole by a group small enough to single someone out (the API refuses it).
 */
export function canNarrowByPeople(roles: Roles): boolean {
  const held = list(roles);
  return held.length > 0 && !held.every((role) => suppressesSmallGroups(role));
}

/** False for analysts: aggregates only, no names, no NIP, no profiles. */
export function canSeePeople(roles: Roles): boolean {
  return list(roles).some((role) => can(role, 'READ_PEOPLE'));
}

/** Supervisors (pejabat penilai): their team's plans, check-ins, ratings and their reports' reports' objections. */
export function canSuperviseTeam(roles: Roles): boolean {
  return list(roles).includes(Role.SUPERVISOR);
}

/** Lists of named people picked for training (who has a gap, who took a programme): not for analysts. */
export function canSeeGapLists(role: Role | undefined | null): boolean {
  return can(role, 'READ_GAP_LISTS');
}

/** ADMIN and HR_ADMIN: the Data page (dataset import and export of their scope, SPEC §8). */
export function canManageDatasets(roles: Roles): boolean {
  return list(roles).some((role) => can(role, 'IMPORT_DATASETS'));
}

/** The BKD console (cycles, monitoring, bulk finalisation): HR admins and administrators. */
export function canRunConsole(roles: Roles): boolean {
  return list(roles).some((role) => can(role, 'MANAGE_CYCLES'));
}

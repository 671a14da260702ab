import { can, suppressesSmallGroups, type Role } from '@kinerja/shared';

// What the dashboard shows each role (SPEC §6), read from the same capability table as the API's
// guards. The API enforces scope on every read; these only decide which pages and links are offered,
// so nobody is led to a page that would answer "forbidden".

/** Roles that read analytics of an agency subtree. */
export function canSeeAnalytics(role: Role | undefined | null): boolean {
  return can(role, 'READ_AGGREGATES');
}

/**
 * False for analysts: they read whole agencies, because a position-type or employment-type cut of an
 * agency could differ from the whole by a group small enough to single someone out (the API refuses it).
 */
export function canNarrowByPeople(role: Role | undefined | null): boolean {
  return role != null && !suppressesSmallGroups(role);
}

/** False for analysts: aggregates only, no names, no NIP, no profiles. */
export function canSeePeople(role: Role | undefined | null): boolean {
  return can(role, 'READ_PEOPLE');
}

/** Lists of named people picked for training (who has a gap, who took a programme): not for analysts. */
export function canSeeGapLists(role: Role | undefined | null): boolean {
  return can(role, 'READ_GAP_LISTS');
}

/** ADMIN and HR_ADMIN: the Data page (dataset import and export of their scope, SPEC §8). */
export function canManageDatasets(role: Role | undefined | null): boolean {
  return can(role, 'IMPORT_DATASETS');
}

/** The BKD console (cycles, monitoring, bulk finalisation): HR admins and administrators. */
export function canRunConsole(role: Role | undefined | null): boolean {
  return can(role, 'MANAGE_CYCLES');
}

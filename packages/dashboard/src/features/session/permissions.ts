import type { Role } from '@kinerja/shared';

// What the dashboard shows each role (SPEC §6). The API enforces scope on every read; these only
// decide which pages and links are offered, so nobody is led to a page that would answer "forbidden".

/** Roles that read analytics of an agency subtree. */
const ANALYTICS_ROLES: readonly Role[] = ['ADMIN', 'HR_ADMIN', 'LEADER', 'TRAINING_PLANNER', 'ANALYST'];
/** Roles that may see named people (lists, profiles) behind the aggregates. */
const PEOPLE_ROLES: readonly Role[] = ['ADMIN', 'HR_ADMIN', 'LEADER', 'TRAINING_PLANNER', 'SUPERVISOR', 'EMPLOYEE'];

export function canSeeAnalytics(role: Role | undefined | null): boolean {
  return role != null && ANALYTICS_ROLES.includes(role);
}

/**
 * False for analysts: they read whole agencies, because a position-type or employment-type cut of an
 * agency could differ from the whole by a group small enough to single someone out (the API refuses it).
 */
export function canNarrowByPeople(role: Role | undefined | null): boolean {
  return role != null && role !== 'ANALYST';
}

/** False for analysts: aggregates only, no names, no NIP, no profiles. */
export function canSeePeople(role: Role | undefined | null): boolean {
  return role != null && PEOPLE_ROLES.includes(role);
}

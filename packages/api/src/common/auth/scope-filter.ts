import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Viewer } from './viewer.js';

/**
 * The kinds of record a viewer's scope (SPEC §6) filters, and how each reaches the scope: an agency
 * is in scope itself; a person directly; an appraisal or a training record through its employee.
 */
export const SCOPED = {
  agency: { via: null, by: 'agency' },
  employee: { via: null, by: 'people' },
  appraisal: { via: 'employee', by: 'people' },
  trainingRecord: { via: 'employee', by: 'people' },
} as const;
export type ScopedKind = keyof typeof SCOPED;

/** Matches no row (an empty `$in` is false in MikroORM's SQL). */
const NOTHING = { id: { $in: [] as number[] } };

/**
 * The one ORM filter for reading records of this kind as this viewer: everything for ADMIN; else the
 * union of the role scopes (the agency subtree, the team, one's own record). Every service read goes
 * through it, so a record outside the scope looks exactly like one that does not exist.
 */
export function scopeFilter<T extends object>(viewer: Viewer, kind: ScopedKind): FilterQuery<T> {
  const { via, by } = SCOPED[kind];
  const own = by === 'agency' ? agencyWhere(viewer) : peopleWhere(viewer);
  if (own == null) return {} as FilterQuery<T>;
  return (via == null ? own : { [via]: own }) as FilterQuery<T>;
}

/** Agencies in scope, or null for all of them. */
function agencyWhere(viewer: Viewer): object | null {
  return viewer.agencyIds === 'ALL' ? null : { id: { $in: [...viewer.agencyIds] } };
}

/** Employees in scope, or null for all of them. */
function peopleWhere(viewer: Viewer): object | null {
  const { people } = viewer;
  if (people.kind === 'ALL') return null;
  const parts: object[] = [];
  if (people.agencyIds.size > 0) parts.push({ agency: { $in: [...people.agencyIds] } });
  if (people.employeeIds.size > 0) parts.push({ id: { $in: [...people.employeeIds] } });
  if (parts.length === 0) return NOTHING;
  return parts.length === 1 ? parts[0]! : { $or: parts };
}

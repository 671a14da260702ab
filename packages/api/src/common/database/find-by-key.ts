import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { parseId } from '../graphql/ids.js';

/** How GraphQL arguments name a record: by `id` or, when no id is given, by its natural `code`. */
export interface IdOrCode {
  id?: string | null;
  code?: string | null;
}

/**
 * The record named by id (when given) or code, within `where` (e.g. the viewer's scope). A malformed
 * or out-of-range id, or neither key, finds nothing: the same null as a missing record.
 */
export async function findByIdOrCode<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: IdOrCode,
  where?: FilterQuery<T>,
): Promise<T | null> {
  let match: FilterQuery<T>;
  if (key.id != null) {
    const id = parseId(key.id);
    if (id == null) return null;
    match = { id } as FilterQuery<T>;
  } else if (key.code != null) {
    match = { code: key.code } as FilterQuery<T>;
  } else {
    return null;
  }
  return em.findOne(entity, (where ? { $and: [match, where] } : match) as FilterQuery<T>);
}

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';

/**
 * The per-request DataLoaders on `context.loaders`. Empty here: each feature module declares its
 * own loaders by augmenting this interface (`declare module '…/common/graphql/loaders.js'`) and
 * creates them in its `FeatureModule.loaders`, so every nested field resolves in one query per level.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * Batches lookups by id into one `where id in (…)` per entity and tick. Rows the viewer may not
 * see come back as null, exactly like rows that do not exist (SPEC §6).
 */
export function byId<T extends { id: number }>(em: EntityManager, entity: EntityClass<T>, visible: (row: T) => boolean = () => true) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const found = new Map(rows.filter(visible).map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Batches one-to-many lookups: all children of many parents in one query. */
export function groupedBy<K, T>(load: (keys: readonly K[]) => Promise<[K, T][]>) {
  return new DataLoader<K, T[]>(async (keys) => {
    const groups = new Map<K, T[]>();
    for (const [key, row] of await load(keys)) {
      const list = groups.get(key) ?? [];
      list.push(row);
      groups.set(key, list);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

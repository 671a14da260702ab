import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byId } from '../../common/graphql/loaders.js';
import { Cycle } from './cycle.entity.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    cycle: DataLoader<number, Cycle | null>;
  }
}

export function cycleLoaders(em: EntityManager) {
  return { cycle: byId(em, Cycle) };
}
